"""Chart primitives to PNG bytes with Pillow, for the formats that only embed raster images.

Drawn at 200 dpi so the picture stays sharp when printed at its nominal size.
"""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageDraw, ImageFont

from . import charts
from ._fonts import FAMILY, font_path
from .model import Chart

DPI = 200
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


@functools.cache
def _font(size_px: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(FAMILY + ("-Bold" if bold else ""))), size_px)


def render(chart: Chart, width: float = 480, height: float = 260) -> bytes:
    """PNG bytes of ``chart`` laid out on ``width`` x ``height`` points."""
    s = DPI / 72
    img = Image.new("RGB", (round(width * s), round(height * s)), "white")
    draw = ImageDraw.Draw(img)
    for p in charts.layout(chart, width, height):
        if isinstance(p, charts.Rect):
            draw.rectangle(
                [p.x * s, p.y * s, (p.x + p.w) * s - 1, (p.y + p.h) * s - 1], fill=p.fill
            )
        elif isinstance(p, charts.Line):
            pts = [(x * s, y * s) for x, y in p.points]
            draw.line(pts, fill=p.color, width=max(1, round(p.width * s)), joint="curve")
        elif isinstance(p, charts.Dot):
            draw.ellipse(
                [(p.cx - p.r) * s, (p.cy - p.r) * s, (p.cx + p.r) * s, (p.cy + p.r) * s],
                fill=p.fill,
            )
        elif isinstance(p, charts.Wedge):
            box = [(p.cx - p.r) * s, (p.cy - p.r) * s, (p.cx + p.r) * s, (p.cy + p.r) * s]
            draw.pieslice(box, p.start, p.end, fill=p.fill, outline="white", width=round(s))
        elif isinstance(p, charts.Text):
            font = _font(round(p.size * s), p.bold)
            draw.text(
                (p.x * s, p.y * s), p.text, fill=p.color, font=font, anchor=_ANCHORS[p.anchor]
            )
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(DPI, DPI), optimize=True)
    return buf.getvalue()
