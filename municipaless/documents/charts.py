"""Chart layout: a :class:`~.model.Chart` becomes a list of drawing primitives.

One layout, two renderers: :mod:`.chart_pdf` turns the primitives into a reportlab ``Drawing``
(vector, in the PDF) and :mod:`.chart_png` into a Pillow image (for docx and odt, which only take
raster pictures). reportlab's own PNG renderer needs pycairo, which has no Linux wheels, so the
PNG path uses Pillow, already installed with reportlab. Both renderers use the shipped DejaVu
font, so a chart looks the same in every format.

Coordinates are points, origin top-left, y growing downwards; angles are degrees clockwise from
3 o'clock in that frame.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import _fr
from ._fonts import register_reportlab
from .model import Chart

PALETTE = ("#1f5f8b", "#e69f00", "#2a9d8f", "#c8553d", "#7b5ea7", "#56b4e9", "#8c8c8c", "#b5a32e")
INK, GRID, AXIS = "#222222", "#dddddd", "#777777"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    color: str
    width: float = 1.0


@dataclass(frozen=True)
class Dot:
    cx: float
    cy: float
    r: float
    fill: str


@dataclass(frozen=True)
class Wedge:
    cx: float
    cy: float
    r: float
    start: float
    end: float
    fill: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float = 8.0
    anchor: str = "start"  # start | middle | end
    bold: bool = False
    color: str = INK


Prim = Rect | Line | Dot | Wedge | Text


def text_width(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    family = register_reportlab()
    return stringWidth(text, family + ("-Bold" if bold else ""), size)


def fit(text: str, size: float, width: float) -> str:
    """Truncate ``text`` with an ellipsis so it fits ``width`` points."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _pieces(text: str) -> list[tuple[str, str]]:
    """(joiner, piece): the words of ``text``, long compounds split after their hyphens
    (« Auvergne-Rhône-Alpes »), each with what joins it to the piece before."""
    out: list[tuple[str, str]] = []
    for word in text.split():
        for i, part in enumerate(re.findall(r"[^-]+-?|-", word)):
            out.append(("" if i else " ", part))
    return out


def wrap(text: str, size: float, width: float, max_lines: int) -> list[str] | None:
    """``text`` broken at spaces (and after hyphens) into lines of at most ``width`` points,
    measured with the font's real metrics; None if it needs more than ``max_lines`` lines or
    one word alone is wider than ``width``."""
    lines: list[str] = []
    line = ""
    for joiner, piece in _pieces(text):
        trial = line + joiner + piece if line else piece
        if text_width(trial, size) <= width:
            line = trial
            continue
        if not line or text_width(piece, size) > width:
            return None
        lines.append(line)
        line = piece
    lines.append(line)
    return lines if len(lines) <= max_lines else None


def fit_lines(
    texts: list[str], width: float, sizes: tuple[float, ...] = (7.5, 7, 6.5, 6)
) -> tuple[float, list[list[str]]]:
    """A font size and the lines of each text, so that every text fits ``width`` whole: two
    lines at the largest size that allows it, else three, and an ellipsis only for a single
    word wider than the room at the smallest size (never seen in a bilan)."""
    for max_lines in (2, 3):
        for size in sizes:
            wrapped = [wrap(t, size, width, max_lines) for t in texts]
            if all(w is not None for w in wrapped):
                return size, [w for w in wrapped if w is not None]
    size = sizes[-1]
    out = []
    for t in texts:
        lines = wrap(t, size, width, 99)
        out.append(lines if lines is not None else [fit(t, size, width)])
    return size, out


def nice_ticks(vmin: float, vmax: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5, 5 x 10^k) covering ``[vmin, vmax]``."""
    if vmax <= vmin:
        vmax = vmin + 1
    raw = (vmax - vmin) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(vmin / step) * step
    ticks = [start]
    while ticks[-1] < vmax - 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def layout(chart: Chart, width: float = 480, height: float = 260) -> list[Prim]:
    out: list[Prim] = [Text(width / 2, 14, fit(chart.title, 11, width - 16), 11, "middle", True)]
    if chart.kind == "pie":
        _pie(chart, out, width, height, top=26)
    else:
        _axes_chart(chart, out, width, height, top=30)
    return out


def _legend(names: list[str], out: list[Prim], x: float, bottom: float, width: float) -> float:
    """Lay legend entries in rows ending at ``bottom``; return the top y used."""
    rows: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for i, name in enumerate(names):
        label = fit(name, 8, width - 14)
        w = 14 + text_width(label, 8) + 12
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((label, PALETTE[i % len(PALETTE)], w))
        used += w
    top = bottom - 13 * len(rows)
    for r, row in enumerate(rows):
        cx = x + (width - sum(w for *_, w in row)) / 2
        y = top + 13 * r + 10
        for label, color, w in row:
            out.append(Rect(cx, y - 7, 8, 8, color))
            out.append(Text(cx + 12, y, label, 8))
            cx += w
    return top


def _axes_chart(chart: Chart, out: list[Prim], width: float, height: float, top: float) -> None:
    cats, series, kind = list(chart.categories), chart.series, chart.value_kind
    bottom = height - 4
    if len(series) > 1:
        bottom = _legend([s.name for s in series], out, 8, bottom, width - 16) - 4
    if chart.kind == "stacked_bar":
        columns = list(zip(*(s.values for s in series), strict=True))
        highs = [sum(max(v or 0, 0) for v in col) for col in columns]
        lows = [sum(min(v or 0, 0) for v in col) for col in columns]
    else:
        highs = lows = [v for s in series for v in s.values if v is not None]
    ticks = nice_ticks(min([0, *lows]), max([0, *highs]))
    labels = [_fr.axis(t, kind, max(abs(ticks[0]), abs(ticks[-1]))) for t in ticks]
    x0 = 8 + max(text_width(t, 7.5) for t in labels) + 6
    x1 = width - 10
    slot = (x1 - x0) / max(len(cats), 1)
    # category labels whole, on up to 2 (3) lines, the plot shortened to give them room
    size, cat_lines = fit_lines(cats, slot - 4)
    leading = size * 1.2
    extra = max((len(lines) for lines in cat_lines), default=1) - 1
    y0, y1 = top + 6, bottom - 16 - extra * leading
    lo, hi = ticks[0], ticks[-1]

    def y_of(v: float) -> float:
        return y1 - (v - lo) / (hi - lo) * (y1 - y0)

    for t, label in zip(ticks, labels, strict=True):
        out.append(Line(((x0, y_of(t)), (x1, y_of(t))), GRID, 0.5))
        out.append(Text(x0 - 4, y_of(t) + 2.5, label, 7.5, "end", color=AXIS))
    for i, lines in enumerate(cat_lines):
        for n, line in enumerate(lines):
            out.append(Text(x0 + slot * (i + 0.5), y1 + 11 + n * leading, line, size, "middle"))
    if chart.kind == "line":
        _lines(chart, out, x0, slot, y_of)
    else:
        _bars(chart, out, x0, slot, y_of)
    out.append(Line(((x0, y_of(0)), (x1, y_of(0))), AXIS, 0.8))


def _bars(chart: Chart, out: list[Prim], x0: float, slot: float, y_of) -> None:
    stacked = chart.kind == "stacked_bar"
    n = 1 if stacked else len(chart.series)
    group = slot * 0.7
    bar = group / n
    label_values = n == 1 and len(chart.series) == 1 and len(chart.categories) <= 12
    value_size = 7.0
    if label_values:  # a value is shown whole or not at all: the axis still reads it
        shown = [_fr.cell(v, chart.value_kind) for v in chart.series[0].values if v is not None]
        widest = max((text_width(t, 7) for t in shown), default=0)
        value_size = 7 * min(1.0, (slot - 2) / widest) if widest else 7
        label_values = value_size >= 5.5
    base_pos = [0.0] * len(chart.categories)
    base_neg = [0.0] * len(chart.categories)
    for s_i, s in enumerate(chart.series):
        color = PALETTE[s_i % len(PALETTE)]
        for c_i, v in enumerate(s.values):
            if v is None:
                continue
            left = x0 + slot * c_i + (slot - group) / 2 + (0 if stacked else s_i * bar)
            base = 0.0
            if stacked:
                bases = base_pos if v >= 0 else base_neg
                base, bases[c_i] = bases[c_i], bases[c_i] + v
            ya, yb = sorted((y_of(base), y_of(base + v)))
            out.append(Rect(left, ya, bar * (0.92 if n > 1 else 1), max(yb - ya, 0.5), color))
            if label_values:
                label = _fr.cell(v, chart.value_kind)
                out.append(Text(left + bar / 2, ya - 3, label, value_size, "middle"))


def _lines(chart: Chart, out: list[Prim], x0: float, slot: float, y_of) -> None:
    for s_i, s in enumerate(chart.series):
        color = PALETTE[s_i % len(PALETTE)]
        run: list[tuple[float, float]] = []
        pts = [
            None if v is None else (x0 + slot * (i + 0.5), y_of(v)) for i, v in enumerate(s.values)
        ]
        for p in [*pts, None]:
            if p is None:
                if len(run) > 1:
                    out.append(Line(tuple(run), color, 1.8))
                run = []
            else:
                run.append(p)
        out.extend(Dot(x, y, 2.4, color) for p in pts if p is not None for x, y in [p])


def _pie(chart: Chart, out: list[Prim], width: float, height: float, top: float) -> None:
    values = [max(v or 0, 0) for v in chart.series[0].values] if chart.series else []
    total = sum(values) or 1
    r = min((height - top - 10) / 2, width * 0.22)
    cx, cy = 12 + r, top + 4 + r
    angle = -90.0
    lx = cx + r + 24
    labels = [
        f"{cat} : {_fr.cell(v, chart.value_kind)} ({_fr.percent(v / total)})"
        for cat, v in zip(chart.categories, values, strict=True)
    ]
    size, wrapped = fit_lines(labels, width - lx - 20, (8, 7.5, 7, 6.5))
    leading = size * 1.2
    block = sum(len(lines) * leading + 13 - leading for lines in wrapped)
    ly = cy - block / 2 + 9
    for i, v in enumerate(values):
        color = PALETTE[i % len(PALETTE)]
        sweep = 360 * v / total
        if sweep > 0:
            out.append(Wedge(cx, cy, r, angle, angle + sweep, color))
        angle += sweep
        out.append(Rect(lx, ly - 7, 8, 8, color))
        for n, line in enumerate(wrapped[i]):
            out.append(Text(lx + 12, ly + n * leading, line, size))
        ly += len(wrapped[i]) * leading + 13 - leading
