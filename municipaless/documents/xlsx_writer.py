"""Excel (.xlsx) writer, with openpyxl.

The workbook is for working with the figures, not just reading them: a cover sheet, then one
sheet per table as a real Excel table (sortable, filterable) with typed cells (money in euros
with a ``# ##0 €`` format, real dates, percents), and one sheet per chart holding its data and a
native Excel chart. Headings and paragraphs stay in the text formats.

Text cells go through :func:`~.safety.is_formula_like`: openpyxl turns any string starting with
``=`` into a live formula (docs/known-traps.md#6), so such text is forced to a string cell with
Excel's quote-prefix flag. Codes (SIRET, postcode) are text cells with the ``@`` format, so leading
zeros survive and Excel never shows ``7,32829E+13``.

Printing: every sheet fits one A4 page wide (landscape when its columns are wide), with the
commune and title in the header, page x / y in the footer and the header row repeated; text
wraps and rows take the height of their wrapped text; every style, the default one included,
is Arial (LibreOffice's metric twin Liberation Sans), so widths hold in Excel and LibreOffice.

The workbook is written in openpyxl's write-only mode, row after row: a 20,000-row list took
2.2x the time of a raw write-only dump in normal mode (every cell an object kept in memory),
and cells that need no style (plain text, empty) go in as bare values.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.header_footer import HeaderFooter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.table import Table as XTable
from openpyxl.worksheet.table import TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from . import _fr, _props
from .model import NUMERIC_KINDS, Chart, Document, KeyFigures
from .model import Table as MTable
from .safety import atomic_write, cut, is_formula_like, shorten

FORMATS = {  # French-looking in any Excel: a space before %, the sign of a change always shown
    "money": '#,##0 "€"',
    "money_cents": '#,##0.00 "€"',
    "count": "#,##0",
    "percent": "0 %",
    "percent_1": "0.0 %",
    "change": "+0 %;-0 %;0 %",
    "decimal": "#,##0.0",
    "date": "dd/mm/yyyy",
    "code": "@",
    "text": "General",
}
# One font on every style, the default cell style included: Arial is on every Windows and Mac,
# and LibreOffice maps it to the metric-compatible Liberation Sans, so widths measured for one
# hold for the other (without a name LibreOffice fell back to a serif face).
FONT_NAME = "Arial"
BASE_FONT = Font(name=FONT_NAME, size=10, family=2)
# The default cell style (xf 0) of bare cells, plain text above all: wrapped, top-aligned, so
# a long « Quoi » grows its row instead of being cut at the column's edge when printed.
BASE_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
HEADER_FILL = PatternFill("solid", fgColor="1F5F8B")
TOTALS_FILL = PatternFill("solid", fgColor="E3EAF1")
EMPHASIS_FILL = PatternFill("solid", fgColor="FBE3E1")  # Table.emphasis: overdue rows
EMPHASIS_FONT = Font(name=FONT_NAME, size=10, color="9C0006")
CELL_CAP = 32_767  # what an Excel cell holds
HEADER_ROW = 3  # row 1: title, row 2: blank or note


def write_xlsx(doc: Document, path: Path) -> None:
    wb = Workbook(write_only=True)
    _base_style(wb)
    cover = wb.create_sheet("Couverture")
    names: set[str] = {cover.title}
    _cover(cover, doc)
    with warnings.catch_warnings():  # openpyxl warns on tables in write-only mode, always
        warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
        for n, block in enumerate(b for b in doc.blocks() if isinstance(b, MTable | Chart)):
            ws = wb.create_sheet(_fr.sheet_name(_fr.tab_title(block), names))
            if isinstance(block, MTable):
                _table_sheet(ws, block, n + 1, doc)
            else:
                _chart_sheet(ws, block, doc)
    _properties(wb, doc)
    with atomic_write(path) as tmp:
        _save(wb, tmp)


class _Package(zipfile.ZipFile):
    """The workbook's zip with our ``app.xml`` in place of openpyxl's (« Microsoft Excel
    Compatible / Openpyxl 3.1.5 »), written once: rewriting the saved zip cost a sixth of
    the bilan's export."""

    def writestr(self, zinfo_or_arcname, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = getattr(zinfo_or_arcname, "filename", zinfo_or_arcname)
        if name == "docProps/app.xml":
            data = _props.ooxml_app_xml()
        return super().writestr(zinfo_or_arcname, data, *args, **kwargs)


def _save(wb: Workbook, path: Path) -> None:
    """``Workbook.save`` through our package (the same steps as openpyxl's save_workbook)."""
    from openpyxl.writer.excel import ExcelWriter

    ExcelWriter(wb, _Package(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()


def _properties(wb: Workbook, doc: Document) -> None:
    """The commune as creator (not « openpyxl »), the export's time in UTC."""
    props = wb.properties
    props.title = shorten(_props.plain(doc.title), 255)
    props.subject = shorten(_props.plain(doc.subject), 255)
    props.creator = props.lastModifiedBy = shorten(_props.plain(doc.author), 255)
    props.keywords = shorten(_props.plain(doc.meta.keywords), 255) or None
    props.created = props.modified = _props.now_utc().replace(tzinfo=None)  # openpyxl: naive UTC
    props.language = "fr-FR"


def _base_style(wb: Workbook) -> None:
    """Make the workbook's default cell format (xf 0, what a bare value gets) Arial 10, wrapped
    and top-aligned: plain text then needs no cell object of its own, which kept the 20,000-row
    list near raw openpyxl's speed. openpyxl has no public setter for xf 0: its font is the
    first of ``_fonts`` and its alignment is written only when its id is not 0."""
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.utils.indexed_list import IndexedList

    wb._fonts = IndexedList([BASE_FONT])
    wb._alignments = IndexedList([Alignment(), BASE_ALIGNMENT])
    wb._cell_styles = IndexedList([StyleArray([0, 0, 0, 0, 0, 1, 0, 0, 0])])  # alignment 1
    normal = wb._named_styles["Normal"]
    normal.font, normal.alignment = BASE_FONT, BASE_ALIGNMENT


RIGHT = Alignment(horizontal="right", vertical="top")
LEFT = Alignment(horizontal="left", vertical="top")
TOP = Alignment(vertical="top")  # numbers beside wrapped text: on the text's first line
# Every style a cell can get, built once: a style is looked up by name, never re-hashed.
STYLES: dict[str, dict] = {
    "doc_title": {"font": Font(name=FONT_NAME, size=16, bold=True, color="1F5F8B")},
    "subtitle": {"font": Font(name=FONT_NAME, italic=True, size=12)},
    "section": {"font": Font(name=FONT_NAME, bold=True, size=12)},
    "sheet_title": {"font": Font(name=FONT_NAME, bold=True, size=13)},
    "bold": {"font": Font(name=FONT_NAME, size=10, bold=True), "alignment": TOP},
    "left": {"alignment": Alignment(horizontal="left", vertical="top", wrap_text=True)},
    "header": {
        "font": Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF"),
        "fill": HEADER_FILL,
        "alignment": Alignment(wrap_text=True, vertical="top"),
    },
    "totals": {
        "font": Font(name=FONT_NAME, size=10, bold=True),
        "fill": TOTALS_FILL,
        "border": Border(top=Side("thin")),
    },
    "emphasis": {"fill": EMPHASIS_FILL, "font": EMPHASIS_FONT},
    "note": {"font": Font(name=FONT_NAME, italic=True, size=9)},
}
WRAPPED = {"emphasis", "totals"}  # their text cells wrap like the bare ones


def _convert(value, kind: str) -> tuple:
    """(cell value, number format key, quote prefix, right-aligned) of one model value, with
    its native type and French display format."""
    if isinstance(value, str) and kind in NUMERIC_KINDS:  # masked ("< 3"): text, never summed
        return value, None, False, True
    if kind in ("text", "code"):
        text = str(value)
        return text, ("code" if kind == "code" else None), is_formula_like(text), False
    if kind == "money":
        return value / 100, ("money" if value % 100 == 0 else "money_cents"), False, False
    if kind == "percent":
        whole = round(value * 100, 6) % 1 == 0
        return float(value), ("percent" if whole else "percent_1"), False, False
    if kind in ("change", "decimal"):
        return float(value), kind, False, False
    if kind == "date":
        return _fr.to_date(value), "date", False, False
    return value, "count", False, False


def _cell(ws, value, kind: str = "text", style: str | None = None):
    """A write-only cell for ``value`` with the named ``style`` (see STYLES).

    Setting a font, fill or number format on an openpyxl cell hashes the style object into
    the workbook's tables, which cost most of a small workbook's time: the resulting style
    array is kept per combination and shared (write-only cells are written once and
    dropped, so sharing it is safe). A cell with no value keeps its style (a totals row)."""
    cell = WriteOnlyCell(ws)
    if value is None:
        key: tuple = (None, False, False, style)
    else:
        converted, fmt, quote, right = _convert(value, kind)
        if isinstance(converted, str) and len(converted) > CELL_CAP:
            converted = cut(converted, CELL_CAP)
        cell.value = converted
        if quote:
            cell.data_type = "s"  # never a formula (docs/known-traps.md#6)
        key = (fmt, quote, right, style)
    cache = _cache(ws)
    shared = cache.get(key)
    if shared is not None:
        cell._style = shared
        return cell
    fmt, quote, right, _style = key
    if fmt is not None:
        cell.number_format = FORMATS[fmt]
    if quote:
        cell.quotePrefix = True
    wrap = fmt is None and not right and style in (None, *WRAPPED)  # text: wraps as bare text
    cell.alignment = RIGHT if right else BASE_ALIGNMENT if wrap else TOP
    cell.font = BASE_FONT
    for name, v in STYLES.get(style or "", {}).items():
        setattr(cell, name, v)
    cache[key] = cell._style
    return cell


def _cache(ws) -> dict:
    """What this workbook writes many times over: its style arrays (their numbers index its
    own style tables) and its one header and footer."""
    wb = ws.parent
    cache = getattr(wb, "_municipaless_styles", None)
    if cache is None:
        cache = wb._municipaless_styles = {}
    return cache


def _plain(ws, value, kind: str):
    """The cheapest cell that keeps the value's type: plain text goes in bare."""
    if value is None:
        return None
    if kind == "text" and isinstance(value, str) and not is_formula_like(value):
        return value
    return _cell(ws, value, kind)


MARGINS = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.8, header=0.3, footer=0.3)


def _print_setup(ws, landscape: bool, doc: Document) -> None:
    """A4, one page wide (as many pages down as needed), the commune and title in the header,
    page x / y in the footer; table sheets also repeat their header row (print_title_rows)."""
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = MARGINS
    ws.print_options.horizontalCentered = True
    cache = _cache(ws)
    shared = cache.get("header_footer")
    if shared is None:
        # One header and footer for every sheet, serialised once: writing it again for
        # each sheet took a tenth of a small workbook's time.
        shared = cache["header_footer"] = HeaderFooter()
        shared.oddHeader.left.text = _header_text(doc.meta.commune)
        shared.oddHeader.right.text = _header_text(doc.title)
        shared.oddFooter.right.text = "page &P / &N"
        tree = shared.to_tree()
        shared.to_tree = lambda *_args, **_kw: tree  # the same element, written per sheet
    ws.HeaderFooter = shared


def _header_text(text: str) -> str:
    # '&' starts a header code in Excel, which refuses a header section over 255 characters
    return shorten(text, 120).replace("&", "&&")


def _cover(ws, doc: Document) -> None:
    _column(ws, 1, 30)
    _column(ws, 2, 70)
    _print_setup(ws, False, doc)
    ws.append([_cell(ws, doc.title, style="doc_title")])
    ws.append([_cell(ws, doc.subtitle, style="subtitle")])
    ws.append([])
    meta = doc.meta
    rows = [
        (_fr.territory_label(meta.commune), meta.commune, "text"),
        ("Période", meta.period, "text"),
    ]
    rows += [("Filtres", meta.filters, "text"), ("Date d’export", meta.generated, "date")]
    for n, (label, value, kind) in enumerate(rows, start=4):
        _row_height(ws, n, [label, value], [29 * TEXT_PER_DIGIT, 69 * TEXT_PER_DIGIT])
        ws.append([_cell(ws, label, style="bold"), _cell(ws, value, kind, "left")])
    row = 4 + len(rows)
    for block in doc.blocks():
        if isinstance(block, KeyFigures):
            ws.append([])
            ws.append([_cell(ws, "Chiffres clés", style="section")])
            row += 2
            for fig in block.items:
                value = _cell(ws, fig.value, fig.kind, "left")  # « < 3 » too: a column
                _row_height(ws, row, [fig.label], [29 * TEXT_PER_DIGIT])
                ws.append([_cell(ws, fig.label), value])
                row += 1


def _column(ws, number: int, width: float) -> None:
    """A column of the given width whose style is the base one (xf 0): LibreOffice gives a
    cell without a style its column's, so a column left on openpyxl's default style unwrapped
    every bare text cell."""
    dim = ws.column_dimensions[get_column_letter(number)]
    dim.width = width
    cache = _cache(ws)
    shared = cache.get("column")
    if shared is None:  # hashed into the style tables once per workbook, then shared
        dim.font, dim.alignment = BASE_FONT, BASE_ALIGNMENT
        cache["column"] = dim._style
    else:
        dim._style = shared


def _width(table: MTable, i: int) -> float:
    """Column width from the longest shown value of the first rows (approximated without
    babel, which took a third of a small workbook's time), capped: longer text wraps. A header
    wraps at its spaces, so its longest word sets its minimum."""
    col = table.columns[i]
    if col.width:
        return min(col.width + 3, 60)
    longest = max([_shown_len(r[i], col.kind) for r in table.rows[:300]] + [6])
    if table.totals is not None:
        longest = max(longest, _shown_len(table.totals[i], col.kind))
    header = max((len(w) for w in col.header.split()), default=0)
    return min(max(longest, header, min(len(col.header), 16)) + 2, 50)


LINE_PT = 12.75  # one line of Arial 10, Excel's own row height for it
TEXT_PER_DIGIT = 1.15


def _wrap_widths(table: MTable, widths: list[float]) -> list[float | None]:
    """Characters per line of each wrapped (text) column, None for the others: a column width
    counts digits, and an average letter of Arial is narrower (measured in LibreOffice)."""
    return [
        (w - 1) * TEXT_PER_DIGIT if c.kind == "text" else None
        for c, w in zip(table.columns, widths, strict=True)
    ]


def _row_height(ws, row: int, values, chars: list[float | None]) -> None:
    """Give ``row`` the height of its longest wrapped text: LibreOffice (7.4) keeps the
    default height of a row it is not told about, and showed one line of three. Measured in
    characters, a little generously (a wrapped line breaks at a word); one-line rows are left
    alone, so most rows cost a length check."""
    lines = 1
    for value, per_line in zip(values, chars, strict=True):
        if per_line and isinstance(value, str) and len(value) > per_line:
            lines = max(lines, _fr.text_lines(value, per_line))
    if lines > 1:
        ws.row_dimensions[row].height = round(LINE_PT * lines + 2, 2)


LANDSCAPE_FROM = 100  # characters of column width: more than a portrait A4 holds at 10 pt


def _shown_len(value, kind: str) -> int:
    if value is None:
        return 0
    if isinstance(value, str) and kind != "date":
        return len(value)
    if kind == "date":
        return 10
    if kind in ("percent", "change"):
        return 7
    if kind == "decimal":
        return len(f"{value:,.1f}")
    number = value / 100 if kind == "money" else value
    return len(f"{number:,.0f}") + (2 if kind == "money" else 0)


def _table_sheet(ws, table: MTable, number: int, doc: Document) -> None:
    ncols, kinds = len(table.columns), [c.kind for c in table.columns]
    widths = [_width(table, c) for c in range(ncols)]
    for c, width in enumerate(widths):
        _column(ws, c + 1, width)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _print_setup(ws, sum(widths) > LANDSCAPE_FROM, doc)
    ws.append([_cell(ws, table.title, style="sheet_title")])
    ws.append([])
    headers: list[str] = []
    for c, col in enumerate(table.columns, start=1):
        header = col.header or f"Colonne {c}"
        while header in headers:  # an Excel table needs unique column names
            header += " "
        headers.append(header)
    chars = _wrap_widths(table, widths)
    _row_height(ws, HEADER_ROW, headers, [w - 1 for w in widths])
    ws.append([_cell(ws, h, style="header") for h in headers])
    emphasis = set(table.emphasis)
    for n, values in enumerate(table.rows):
        _row_height(ws, HEADER_ROW + 1 + n, values, chars)
        if n in emphasis:
            ws.append([_cell(ws, v, k, "emphasis") for v, k in zip(values, kinds, strict=True)])
            continue
        ws.append([_plain(ws, v, k) for v, k in zip(values, kinds, strict=True)])
    r = HEADER_ROW + len(table.rows)
    ref = f"A{HEADER_ROW}:{get_column_letter(ncols)}{r}"
    if table.rows:
        xt = XTable(displayName=f"Tableau{number}", ref=ref)
        xt.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        # write-only mode cannot read the header cells back: name the columns ourselves
        xt.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
        ws.add_table(xt)  # its warning in write-only mode is silenced in write_xlsx
    else:
        ws.auto_filter.ref = ref
    if table.totals is not None:  # below the Excel table, so sorting never moves it
        _row_height(ws, r + 1, table.totals, chars)
        ws.append([_cell(ws, v, k, "totals") for v, k in zip(table.totals, kinds, strict=True)])
    if table.note:
        ws.append([])
        ws.append([_cell(ws, table.note, style="note")])


def _chart_sheet(ws, chart: Chart, doc: Document) -> None:
    _column(ws, 1, min(max([len(c) for c in chart.categories] + [12]) + 2, 40))
    for s, series in enumerate(chart.series, start=2):
        _column(ws, s, min(max(len(series.name), 10) + 2, 30))
    _print_setup(ws, True, doc)
    ws.append([_cell(ws, chart.title, style="sheet_title")])
    ws.append([])
    ws.append(
        [
            _cell(ws, "Catégorie", style="bold"),
            *(_cell(ws, s.name, style="bold") for s in chart.series),
        ]
    )
    for i, cat in enumerate(chart.categories):
        values = [_plain(ws, s.values[i], chart.value_kind) for s in chart.series]
        ws.append([_cell(ws, cat), *values])
    last_row = HEADER_ROW + len(chart.categories)
    if chart.kind == "pie":
        xc = PieChart()
        xc.add_data(Reference(ws, min_col=2, min_row=HEADER_ROW, max_row=last_row), True)
    else:
        xc = LineChart() if chart.kind == "line" else BarChart()
        if chart.kind != "line":
            xc.type = "col"
        if chart.kind == "stacked_bar":
            xc.grouping, xc.overlap = "stacked", 100
        data = Reference(
            ws, min_col=2, max_col=1 + len(chart.series), min_row=HEADER_ROW, max_row=last_row
        )
        xc.add_data(data, titles_from_data=True)
        fmt = chart.value_kind if chart.value_kind in ("money", "percent", "change") else "count"
        xc.y_axis.numFmt = FORMATS[fmt]
        xc.x_axis.delete = xc.y_axis.delete = False  # openpyxl >= 3.1 hides axes by default
        if len(chart.series) == 1:
            xc.legend = None
    xc.set_categories(Reference(ws, min_col=1, min_row=HEADER_ROW + 1, max_row=last_row))
    xc.title = chart.title
    xc.width, xc.height = 18, 9
    ws.add_chart(xc, f"{get_column_letter(len(chart.series) + 3)}{HEADER_ROW}")
