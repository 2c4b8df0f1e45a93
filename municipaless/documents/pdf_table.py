"""The PDF writer's tables: widths from ``table_layout``, page rules, and a fast row flowable.

reportlab's ``Table`` draws every cell through its own ``drawString`` (a text object, a font
switch and a style lookup per cell) and resolves its style commands per chunk: 13,000 rows took
~9 s. ``Rows`` draws what our tables need (header band, hairlines, emphasis and totals fills, an
optional full grid for signatures) and every one-line cell of a chunk in one text object, with
``Paragraph`` only for the cells that wrap. A row is never split across pages; the header row is
drawn again at the top of every page.

Page rules: a short table (at most ``SMALL_TABLE`` of the frame) is kept whole, moving to the
next page if need be; a longer one starts where it is when its caption, header and first
``START_ROWS`` rows fit there (``KeepStart``), so a long grid never leaves a page blank.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import _listWrapOn

from . import _fr
from . import table_layout as tl
from .model import NUMERIC_KINDS
from .model import Table as MTable
from .safety import cut, shorten
from .safety import escape_markup as _escape

F, FB = tl.FONT, tl.BOLD
PAD = 4  # points of cell padding, left and right
VPAD = 2  # top and bottom
CHUNK = 200  # rows per flowable: splitting stays linear
CELL_LINES = 30  # a row must fit on a page: a cell holds this many lines of its column
START_ROWS = 3
SMALL_TABLE = 0.45
HEADER_FILL = colors.HexColor("#dbe6ef")
EMPHASIS_FILL = colors.HexColor("#fbe3e1")
TOTALS_FILL = colors.HexColor("#eef3f7")
HAIRLINE = colors.HexColor("#cccccc")
GRID = colors.HexColor("#888888")
ACCENT = colors.HexColor("#1f5f8b")


def escape_markup(text: str) -> str:
    """Markup-escaped text for a ``Paragraph``, its narrow no-break spaces (French thousands)
    made no-break spaces: reportlab breaks lines at U+202F as at a space, cutting
    « 12 500 € » in two."""
    return _escape(text).replace("\u202f", "\u00a0")


def cell_styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle]:
    """Cell styles at ``size`` (a wide table may shrink its font: table_layout.plan)."""
    # embeddedHyphenation 2: a line may end after the hyphen of « Auvergne-Rhône-Alpes »
    left = ParagraphStyle(
        f"cell{size}",
        fontName=F,
        fontSize=size,
        leading=round(size * 1.25, 2),
        embeddedHyphenation=2,
    )
    return left, ParagraphStyle(f"cell_r{size}", left, alignment=2)


def plan(table: MTable, texts: list[list[str]], width: float, landscape: float | None):
    totals = [_fr.cell(v, c.kind) for v, c in zip(table.totals or (), table.columns, strict=False)]
    columns = [
        tl.ColumnText(c.header, c.kind, c.width, [r[i] for r in texts], totals[i] if totals else "")
        for i, c in enumerate(table.columns)
    ]
    return tl.plan(columns, width, tl.Metrics(8.0, 2 * PAD), landscape_width=landscape)


class Rows(Flowable):
    """Rows under a repeated header row; see the module doc."""

    def __init__(self, header, rows, spec, first: int = 0, heights=None) -> None:
        super().__init__()
        self.header, self.rows, self.spec, self.first = header, rows, spec, first
        self._heights: list[float] | None = heights

    def _measure(self) -> list[float]:
        if self._heights is None:
            s = self.spec
            one = s.leading + 2 * VPAD
            out = []
            for r, row in enumerate([self.header, *self.rows]):
                h = one
                for cell, w in zip(row, s.widths, strict=True):
                    if not isinstance(cell, str):
                        h = max(h, cell.wrap(w - 2 * PAD, 0xFFFFFF)[1] + 2 * VPAD)
                if r and s.row_height:
                    h = max(h, s.row_height)
                out.append(h)
            self._heights = out
        return self._heights

    def wrap(self, aW, aH):
        return min(sum(self.spec.widths), aW), sum(self._measure())

    def split(self, aW, aH):
        heights = self._measure()
        used, n = heights[0], 0
        while n < len(self.rows) and used + heights[n + 1] <= aH:
            used += heights[n + 1]
            n += 1
        if n == len(self.rows):
            return [self]
        if n == 0:
            return []  # not even one row: on the next page
        head = heights[:1]  # each part keeps what was measured: no Paragraph wrapped twice
        return [
            Rows(self.header, self.rows[:n], self.spec, self.first, head + heights[1 : n + 1]),
            Rows(self.header, self.rows[n:], self.spec, self.first + n, head + heights[n + 1 :]),
        ]

    def draw(self) -> None:
        s, c = self.spec, self.canv
        heights = self._measure()
        total_w = sum(s.widths)
        xs = [sum(s.widths[:i]) for i in range(len(s.widths) + 1)]
        top = sum(heights)
        tops, y = [], top
        for h in heights:
            tops.append(y)
            y -= h
        last = len(self.rows)
        totals_row = s.totals and self.first + last == s.count
        c.saveState()
        fills = [(0, HEADER_FILL)]
        fills += [(r + 1, EMPHASIS_FILL) for r in range(last) if self.first + r in s.emphasis]
        if totals_row:
            fills.append((last, TOTALS_FILL))
        for r, fill in fills:
            c.setFillColor(fill)
            c.rect(0, tops[r] - heights[r], total_w, heights[r], stroke=0, fill=1)
        if s.row_height:  # a full grid: room to sign
            c.setStrokeColor(GRID)
            c.setLineWidth(0.5)
            c.grid(xs, [*tops, 0])
        else:
            c.setStrokeColor(HAIRLINE)
            c.setLineWidth(0.25)
            for r in range(1, last + 1):
                c.line(0, tops[r] - heights[r], total_w, tops[r] - heights[r])
        c.setStrokeColor(s.accent)
        c.setLineWidth(0.8)
        c.line(0, tops[0] - heights[0], total_w, tops[0] - heights[0])
        if totals_row:
            c.line(0, tops[last], total_w, tops[last])
        text = c.beginText()
        c.setFillColor(colors.black)
        font = None
        for r, row in enumerate([self.header, *self.rows]):
            want = FB if totals_row and r == last else F
            if want != font:
                font = want
                text.setFont(font, s.size, s.leading)
            middle = r and s.row_height
            for i, cell in enumerate(row):
                if not cell:
                    continue
                if isinstance(cell, str):
                    if middle:
                        base = tops[r] - heights[r] / 2 - s.size * 0.35
                    else:
                        base = tops[r] - VPAD - s.size
                    if i in s.right:
                        x = xs[i + 1] - PAD - tl.text_width(cell, font, s.size)
                    else:
                        x = xs[i] + PAD
                    text.setTextOrigin(x, base)
                    text.textOut(cell)
                else:
                    ph = cell.height  # as wrapped by _measure, at this column's width
                    y = tops[r] - VPAD - ph
                    if middle:
                        y = tops[r] - (heights[r] + ph) / 2
                    cell.drawOn(c, xs[i] + PAD, y)
        c.drawText(text)
        c.restoreState()


class Spec:
    """What every chunk of one table shares."""

    def __init__(self, layout, right, emphasis, row_height, totals, count, accent) -> None:
        self.widths, self.size = layout.widths, layout.size
        self.leading = round(layout.size * 1.25, 2)
        self.right, self.emphasis, self.row_height = set(right), set(emphasis), row_height
        self.totals, self.count, self.accent = totals, count, accent


class KeepStart(KeepTogether):
    """A long table starts on the current page when its caption (and the headings kept with
    it), its header and its first rows fit there, else on the next page; it then flows over
    the pages with its header repeated. A whole ``KeepTogether`` would push any table taller
    than what is left of the page to the next one, leaving that space blank."""

    def __init__(self, flowables: list, start: list) -> None:
        super().__init__(flowables)
        self._start = start

    def prepend(self, flowables: list) -> None:
        self._content[:0] = flowables
        self._start[:0] = flowables

    def wrap(self, aW, aH):
        dims: list = []
        _, h = _listWrapOn(self._start, aW, self.canv, dims=dims)
        self._H, self._H0 = h, dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return aW, 0xFFFFFF  # force a split, as KeepTogether does


def table(t: MTable, st, width: float, height: float, landscape: tuple[float, float] | None):
    """The flowables of ``t`` and whether it needs a landscape page of its own
    (``landscape``: that page's frame, when the section is portrait)."""
    kinds = [c.kind for c in t.columns]
    texts = [[tl.joined(_fr.cell(v, k), k) for v, k in zip(r, kinds, strict=True)] for r in t.rows]
    layout = plan(t, texts, width, landscape[0] if landscape else None)
    if layout.landscape and landscape:
        width, height = landscape
    size = layout.size
    cell_l, cell_r = cell_styles(size)
    right = [i for i, k in enumerate(kinds) if k in NUMERIC_KINDS or k == "date"]
    styles = [cell_r if i in right else cell_l for i in range(len(kinds))]
    if layout.breakable is not None:
        styles[layout.breakable] = ParagraphStyle("cell_break", cell_l, splitLongWords=1)
    room = [w - 2 * PAD for w in layout.widths]
    caps = [max(80, int(r / (size * 0.5)) * CELL_LINES) for r in room]

    def cells(values: list[str]) -> list:
        out: list = []
        for i, text in enumerate(values):
            # a plain string (fast) when it fits on one line; a Paragraph wraps between words
            if "\n" not in text and tl.text_width(text, F, size) <= room[i]:
                out.append(text)
            else:
                out.append(Paragraph(escape_markup(cut(text, caps[i])), styles[i]))
        return out

    head_l = ParagraphStyle("head", cell_l, fontName=FB)
    head_r = ParagraphStyle("head_r", head_l, alignment=2)
    header = [
        Paragraph(escape_markup(c.header), head_r if i in right else head_l)
        for i, c in enumerate(t.columns)
    ]
    rows = [cells(r) for r in texts]
    if t.totals is not None:
        rows.append(cells([_fr.cell(v, k) for v, k in zip(t.totals, kinds, strict=True)]))
    row_height = t.row_height_cm * cm if t.row_height_cm else None
    spec = Spec(layout, right, t.emphasis, row_height, t.totals is not None, len(rows), ACCENT)
    caption = Paragraph(escape_markup(shorten(t.title, 300)), st["caption"])
    flow: list = [caption]
    flow += [Rows(header, rows[i : i + CHUNK], spec, i) for i in range(0, len(rows), CHUNK)]
    if not rows:
        flow.append(Rows(header, [], spec))
    if t.note:
        flow.append(Paragraph(escape_markup(cut(t.note, 1500)), st["note"]))
    flow.append(Spacer(1, 8))
    if len(rows) <= 26 and flow[1].wrap(width, height)[1] <= height * SMALL_TABLE:
        return [KeepTogether(flow)], layout.landscape  # short: kept whole
    start = [caption, Rows(header, rows[:START_ROWS], spec)]
    return [KeepStart(flow, start)], layout.landscape
