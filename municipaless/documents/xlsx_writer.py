"""Excel (.xlsx) writer, with openpyxl.

The workbook is for working with the figures, not just reading them: a cover sheet, then one
sheet per table as a real Excel table (sortable, filterable) with typed cells (money in euros
with a ``# ##0 €`` format, real dates, percents), and one sheet per chart holding its data and a
native Excel chart. Headings and paragraphs stay in the text formats.

Text cells go through :func:`~.safety.is_formula_like`: openpyxl turns any string starting with
``=`` into a live formula (KNOWN-TRAPS 6), so such text is forced to a string cell with Excel's
quote-prefix flag. Codes (SIRET, postcode) are text cells with the ``@`` format, so leading
zeros survive and Excel never shows ``7,32829E+13``.

The workbook is written in openpyxl's write-only mode, row after row: a 20,000-row list took
2.2x the time of a raw write-only dump in normal mode (every cell an object kept in memory),
and cells that need no style (plain text, empty) go in as bare values.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table as XTable
from openpyxl.worksheet.table import TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from . import _fr
from .model import NUMERIC_KINDS, Chart, Document, KeyFigures
from .model import Table as MTable
from .safety import atomic_write, is_formula_like

FORMATS = {
    "money": '#,##0 "€"',
    "money_cents": '#,##0.00 "€"',
    "count": "#,##0",
    "percent": "0%",
    "percent_1": "0.0%",
    "date": "dd/mm/yyyy",
    "code": "@",
    "text": "General",
}
HEADER_FILL = PatternFill("solid", fgColor="1F5F8B")
TOTALS_FILL = PatternFill("solid", fgColor="E3EAF1")
HEADER_ROW = 3  # row 1: title, row 2: blank or note


def write_xlsx(doc: Document, path: Path) -> None:
    wb = Workbook(write_only=True)
    cover = wb.create_sheet("Couverture")
    names: set[str] = {cover.title}
    _cover(cover, doc)
    for n, block in enumerate(b for b in doc.blocks() if isinstance(b, MTable | Chart)):
        title = block.short_name if isinstance(block, MTable) else f"Graphique {n + 1}"
        ws = wb.create_sheet(_fr.sheet_name(title, names))
        if isinstance(block, MTable):
            _table_sheet(ws, block, n + 1, doc)
        else:
            _chart_sheet(ws, block, doc)
    wb.properties.title = doc.title
    wb.properties.subject = doc.subtitle
    with atomic_write(path) as tmp:
        wb.save(tmp)


def _set(cell, value, kind: str):
    """Write one model value with its native type and French display format."""
    if value is None:
        return cell
    if isinstance(value, str) and kind in NUMERIC_KINDS:  # masked ("< 3"): text, never summed
        cell.value, cell.data_type = value, "s"
        cell.alignment = Alignment(horizontal="right")
        return cell
    if kind in ("text", "code"):
        text = str(value)
        cell.value = text
        if is_formula_like(text) or cell.data_type != "s":
            cell.data_type = "s"
            cell.quotePrefix = True
        if kind == "code":
            cell.number_format = "@"
    elif kind == "money":
        cell.value = value / 100
        cell.number_format = FORMATS["money" if value % 100 == 0 else "money_cents"]
    elif kind == "percent":
        cell.value = float(value)
        cell.number_format = FORMATS["percent" if round(value * 100, 6) % 1 == 0 else "percent_1"]
    elif kind == "date":
        cell.value = _fr.to_date(value)
        cell.number_format = FORMATS["date"]
    else:
        cell.value = value
        cell.number_format = FORMATS["count"]
    return cell


def _cell(ws, value, kind: str = "text", **style):
    """A styled write-only cell (``font``, ``fill``, ``alignment``, ``border``)."""
    cell = _set(WriteOnlyCell(ws), value, kind)
    for name, v in style.items():
        setattr(cell, name, v)
    return cell


def _plain(ws, value, kind: str, styles: dict | None = None):
    """The cheapest cell that keeps the value's type: plain text goes in bare; a code, date or
    number reuses the style of the first cell of its kind and format instead of looking its
    style up again (the writer's own cost on a 20,000-row list fell by half)."""
    if value is None:
        return None
    if kind == "text" and isinstance(value, str) and not is_formula_like(value):
        return value
    fast = None if styles is None else _fast(value, kind)
    if fast is not None and fast[1] in styles:
        cell = WriteOnlyCell(ws, fast[0])
        cell._style = styles[fast[1]]  # written once and dropped: sharing the array is safe
        return cell
    cell = _set(WriteOnlyCell(ws), value, kind)
    if fast is not None:
        styles[fast[1]] = cell._style
    return cell


def _fast(value, kind: str) -> tuple | None:
    """(cell value, style key) of an ordinary value; None for what needs ``_set``'s care."""
    if isinstance(value, str) and kind in NUMERIC_KINDS:
        return None
    if kind == "code":
        return None if is_formula_like(str(value)) else (str(value), "code")
    if kind == "date":
        return _fr.to_date(value), "date"
    if kind == "count" and isinstance(value, int):
        return value, "count"
    if kind == "money" and isinstance(value, int):
        return value / 100, "money" if value % 100 == 0 else "money_cents"
    return None


def _print_setup(ws, landscape: bool, doc: Document) -> None:
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.left.text = _header_text(doc.meta.commune)
    ws.oddHeader.right.text = _header_text(doc.title)
    ws.oddFooter.right.text = "page &P / &N"


def _header_text(text: str) -> str:
    return text.replace("&", "&&")  # '&' starts a header code in Excel


def _cover(ws, doc: Document) -> None:
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60
    _print_setup(ws, False, doc)
    ws.append([_cell(ws, doc.title, font=Font(size=16, bold=True, color="1F5F8B"))])
    ws.append([_cell(ws, doc.subtitle, font=Font(italic=True, size=12))])
    ws.append([])
    meta, left = doc.meta, Alignment(horizontal="left")
    rows = [("Commune", meta.commune, "text"), ("Période", meta.period, "text")]
    rows += [("Filtres", meta.filters, "text"), ("Date d'export", meta.generated, "date")]
    for label, value, kind in rows:
        ws.append([_cell(ws, label, font=Font(bold=True)), _cell(ws, value, kind, alignment=left)])
    for block in doc.blocks():
        if isinstance(block, KeyFigures):
            ws.append([])
            ws.append([_cell(ws, "Chiffres clés", font=Font(bold=True, size=12))])
            for fig in block.items:
                value = _cell(ws, fig.value, fig.kind)
                if not (isinstance(fig.value, str) and fig.kind in NUMERIC_KINDS):
                    value.alignment = left
                ws.append([_cell(ws, fig.label), value])


def _width(table: MTable, i: int) -> float:
    """Column width from the longest shown value of the first rows (approximated without
    babel, which took a third of a small workbook's time)."""
    col = table.columns[i]
    longest = max([_shown_len(r[i], col.kind) for r in table.rows[:300]] + [6])
    return min(max(longest, min(len(col.header), 24)) + 3, 60)


def _shown_len(value, kind: str) -> int:
    if value is None:
        return 0
    if isinstance(value, str) and kind != "date":
        return len(value)
    if kind == "date":
        return 10
    if kind == "percent":
        return 7
    number = value / 100 if kind == "money" else value
    return len(f"{number:,.0f}") + (2 if kind == "money" else 0)


def _table_sheet(ws, table: MTable, number: int, doc: Document) -> None:
    ncols, kinds = len(table.columns), [c.kind for c in table.columns]
    for c in range(ncols):
        ws.column_dimensions[get_column_letter(c + 1)].width = _width(table, c)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _print_setup(ws, ncols > 6, doc)
    ws.append([_cell(ws, table.title, font=Font(bold=True, size=13))])
    ws.append([])
    headers: list[str] = []
    header_style = {
        "font": Font(bold=True, color="FFFFFF"),
        "fill": HEADER_FILL,
        "alignment": Alignment(wrap_text=True, vertical="top"),
    }
    for c, col in enumerate(table.columns, start=1):
        header = col.header or f"Colonne {c}"
        while header in headers:  # an Excel table needs unique column names
            header += " "
        headers.append(header)
    ws.append([_cell(ws, h, **header_style) for h in headers])
    styles: dict = {}
    for values in table.rows:
        ws.append([_plain(ws, v, k, styles) for v, k in zip(values, kinds, strict=True)])
    r = HEADER_ROW + len(table.rows)
    ref = f"A{HEADER_ROW}:{get_column_letter(ncols)}{r}"
    if table.rows:
        xt = XTable(displayName=f"Tableau{number}", ref=ref)
        xt.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        # write-only mode cannot read the header cells back: name the columns ourselves
        xt.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
        with warnings.catch_warnings():  # openpyxl warns in write-only mode whatever we did
            warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
            ws.add_table(xt)
    else:
        ws.auto_filter.ref = ref
    if table.totals is not None:  # below the Excel table, so sorting never moves it
        style = {"font": Font(bold=True), "fill": TOTALS_FILL, "border": Border(top=Side("thin"))}
        ws.append([_cell(ws, v, k, **style) for v, k in zip(table.totals, kinds, strict=True)])
    if table.note:
        ws.append([])
        ws.append([_cell(ws, table.note, font=Font(italic=True, size=9))])


def _chart_sheet(ws, chart: Chart, doc: Document) -> None:
    ws.column_dimensions["A"].width = max([len(c) for c in chart.categories] + [12]) + 2
    for s, series in enumerate(chart.series, start=2):
        ws.column_dimensions[get_column_letter(s)].width = max(len(series.name), 10) + 2
    _print_setup(ws, True, doc)
    bold = Font(bold=True)
    ws.append([_cell(ws, chart.title, font=Font(bold=True, size=13))])
    ws.append([])
    ws.append(
        [_cell(ws, "Catégorie", font=bold), *(_cell(ws, s.name, font=bold) for s in chart.series)]
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
        xc.y_axis.numFmt = FORMATS["money" if chart.value_kind == "money" else "count"]
        xc.x_axis.delete = xc.y_axis.delete = False  # openpyxl >= 3.1 hides axes by default
        if len(chart.series) == 1:
            xc.legend = None
    xc.set_categories(Reference(ws, min_col=1, min_row=HEADER_ROW + 1, max_row=last_row))
    xc.title = chart.title
    xc.width, xc.height = 18, 9
    ws.add_chart(xc, f"{get_column_letter(len(chart.series) + 3)}{HEADER_ROW}")
