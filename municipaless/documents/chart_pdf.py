"""Chart primitives to a reportlab ``Drawing`` (vector graphics inside the PDF)."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, PolyLine, String
from reportlab.graphics.shapes import Rect as RLRect
from reportlab.graphics.shapes import Wedge as RLWedge
from reportlab.lib.colors import HexColor, white

from . import charts
from ._fonts import register_reportlab
from .model import Chart


def drawing(chart: Chart, width: float = 480, height: float = 260) -> Drawing:
    family = register_reportlab()
    d = Drawing(width, height)
    for p in charts.layout(chart, width, height):
        if isinstance(p, charts.Rect):
            d.add(
                RLRect(
                    p.x, height - p.y - p.h, p.w, p.h, fillColor=HexColor(p.fill), strokeColor=None
                )
            )
        elif isinstance(p, charts.Line):
            pts = [c for x, y in p.points for c in (x, height - y)]
            d.add(PolyLine(pts, strokeColor=HexColor(p.color), strokeWidth=p.width))
        elif isinstance(p, charts.Dot):
            d.add(Circle(p.cx, height - p.cy, p.r, fillColor=HexColor(p.fill), strokeColor=None))
        elif isinstance(p, charts.Wedge):
            # y is flipped, so clockwise-from-3-o'clock angles become their negatives
            d.add(
                RLWedge(
                    p.cx,
                    height - p.cy,
                    p.r,
                    -p.end,
                    -p.start,
                    fillColor=HexColor(p.fill),
                    strokeColor=white,
                    strokeWidth=0.8,
                )
            )
        elif isinstance(p, charts.Text):
            d.add(
                String(
                    p.x,
                    height - p.y,
                    p.text,
                    fontName=family + ("-Bold" if p.bold else ""),
                    fontSize=p.size,
                    fillColor=HexColor(p.color),
                    textAnchor=p.anchor,
                )
            )
    return d
