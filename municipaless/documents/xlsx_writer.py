"""Excel (.xlsx) writer, with openpyxl.

The workbook is for working with the figures, not just reading them: a cover sheet, then one
sheet per table as a real Excel table (sortable, filterable) with typed cells (money in euros
with a ``# ##0 €`` format, real dates, percents), and one sheet per chart holding its data and a
native Excel chart. Headings and paragraphs stay in the text formats.

Text cells go through :func:`~.safety.is_formula_like`: openpyxl turns any string starting with
``=`` into a live formula (KNOWN-TRAPS 6), so such text is forced to a string cell with Excel's
quote-prefix flag. Codes (SIRET, postcode) are text cells with the ``@`` format, so leading
zeros survive and Excel never shows ``7,32829E+13``.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table as XTable
from openpyxl.worksheet.table import TableStyleInfo

from . import _fr
from .model import Chart, Document, KeyFigures
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
    wb = Workbook()
    cover = wb.active
    cover.title = "Couverture"
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


def _print_setup(ws, landscape: bool, doc: Document) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
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
    ws["A1"] = doc.title
    ws["A1"].font = Font(size=16, bold=True, color="1F5F8B")
    _set(ws["A2"], doc.subtitle, "text").font = Font(italic=True, size=12)
    meta = doc.meta
    rows = [("Commune", meta.commune, "text"), ("Période", meta.period, "text")]
    rows += [("Filtres", meta.filters, "text"), ("Date d'export", meta.generated, "date")]
    r = 4
    for label, value, kind in rows:
        ws.cell(r, 1, label).font = Font(bold=True)
        _set(ws.cell(r, 2), value, kind).alignment = Alignment(horizontal="left")
        r += 1
    for block in doc.blocks():
        if isinstance(block, KeyFigures):
            r += 1
            ws.cell(r, 1, "Chiffres clés").font = Font(bold=True, size=12)
            for fig in block.items:
                r += 1
                _set(ws.cell(r, 1), fig.label, "text")
                _set(ws.cell(r, 2), fig.value, fig.kind).alignment = Alignment(horizontal="left")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60
    _print_setup(ws, False, doc)


def _width(table: MTable, i: int) -> float:
    col = table.columns[i]
    texts = [_fr.cell(r[i], col.kind) for r in table.rows[:300]]
    longest = max([len(t) for t in texts] + [min(len(col.header), 24), 6])
    return min(longest + 3, 60)


def _table_sheet(ws, table: MTable, number: int, doc: Document) -> None:
    ncols, kinds = len(table.columns), [c.kind for c in table.columns]
    _set(ws.cell(1, 1), table.title, "text").font = Font(bold=True, size=13)
    headers: list[str] = []
    for c, col in enumerate(table.columns, start=1):
        header = col.header or f"Colonne {c}"
        while header in headers:  # an Excel table needs unique column names
            header += " "
        headers.append(header)
        cell = _set(ws.cell(HEADER_ROW, c), header, "text")
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(c)].width = _width(table, c - 1)
    r = HEADER_ROW
    for r, values in enumerate(table.rows, start=HEADER_ROW + 1):
        for c, (value, kind) in enumerate(zip(values, kinds, strict=True), start=1):
            if value is not None:
                _set(ws.cell(r, c), value, kind)
    last = get_column_letter(ncols)
    ref = f"A{HEADER_ROW}:{last}{r}"
    if table.rows:
        xt = XTable(displayName=f"Tableau{number}", ref=ref)
        xt.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(xt)
    else:
        ws.auto_filter.ref = ref
    if table.totals is not None:
        r += 1  # below the Excel table, so sorting and filtering never move it
        for c, (value, kind) in enumerate(zip(table.totals, kinds, strict=True), start=1):
            cell = _set(ws.cell(r, c), value, kind)
            cell.font, cell.fill = Font(bold=True), TOTALS_FILL
            cell.border = Border(top=Side("thin"))
    if table.note:
        _set(ws.cell(r + 2, 1), table.note, "text").font = Font(italic=True, size=9)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _print_setup(ws, ncols > 6, doc)


def _chart_sheet(ws, chart: Chart, doc: Document) -> None:
    _set(ws.cell(1, 1), chart.title, "text").font = Font(bold=True, size=13)
    _set(ws.cell(HEADER_ROW, 1), "Catégorie", "text").font = Font(bold=True)
    for s, series in enumerate(chart.series, start=2):
        _set(ws.cell(HEADER_ROW, s), series.name, "text").font = Font(bold=True)
    for r, cat in enumerate(chart.categories, start=HEADER_ROW + 1):
        _set(ws.cell(r, 1), cat, "text")
        for s, series in enumerate(chart.series, start=2):
            _set(ws.cell(r, s), series.values[r - HEADER_ROW - 1], chart.value_kind)
    ws.column_dimensions["A"].width = max([len(c) for c in chart.categories] + [12]) + 2
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
    _print_setup(ws, True, doc)
