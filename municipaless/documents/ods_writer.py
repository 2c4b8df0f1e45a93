"""OpenDocument spreadsheet (.ods) writer, with odfpy.

Same shape as the xlsx: a cover sheet, then one sheet per table (chart data get a sheet too,
without a native chart: an ODF chart is a whole embedded sub-document). Cells are typed (float,
currency in euros, percentage, date, string) with French display styles. Text is always a
``string`` cell holding the original text, never a formula (:mod:`.safety`); codes are strings,
so leading zeros stay. The header row is a ``table-header-rows`` group, repeated when printed.
"""

from __future__ import annotations

from pathlib import Path

from odf import number as num
from odf import teletype
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import P

from . import _fr, _props
from .model import NUMERIC_KINDS, Chart, Document, KeyFigures
from .model import Table as MTable
from .safety import atomic_write


class _Styles:
    def __init__(self, ods: OpenDocumentSpreadsheet) -> None:
        a = ods.automaticstyles
        grouped = num.NumberStyle(name="N_count")
        grouped.addElement(num.Number(decimalplaces=0, minintegerdigits=1, grouping=True))
        euro = num.CurrencyStyle(name="N_money", language="fr", country="FR")
        euro.addElement(num.Number(decimalplaces=2, minintegerdigits=1, grouping=True))
        euro.addElement(num.Text(text="\u00a0"))
        euro.addElement(num.CurrencySymbol(language="fr", country="FR", text="€"))
        pct = num.PercentageStyle(name="N_percent")
        pct.addElement(num.Number(decimalplaces=1, minintegerdigits=1))
        pct.addElement(num.Text(text="\u00a0%"))
        day = num.DateStyle(name="N_date")
        for part in (
            num.Day(style="long"),
            num.Text(text="/"),
            num.Month(style="long"),
            num.Text(text="/"),
            num.Year(style="long"),
        ):
            day.addElement(part)
        self.cells = {}
        for kind, data in (("money", euro), ("count", grouped), ("percent", pct), ("date", day)):
            a.addElement(data)
            st = Style(name=f"C_{kind}", family="table-cell", datastylename=data)
            a.addElement(st)
            self.cells[kind] = st
        self.bold = Style(name="C_bold", family="table-cell")
        self.bold.addElement(TextProperties(fontweight="bold"))
        self.bold.addElement(TableCellProperties(backgroundcolor="#dbe6ef"))
        a.addElement(self.bold)
        self.emphasis = {}  # Table.emphasis: the same data styles on a light red fill
        for kind in ("text", *self.cells):
            st = Style(name=f"C_emph_{kind}", family="table-cell")
            if kind in self.cells:
                st.setAttribute("datastylename", self.cells[kind].getAttribute("datastylename"))
            st.addElement(TableCellProperties(backgroundcolor="#fbe3e1"))
            st.addElement(TextProperties(color="#9c0006"))
            a.addElement(st)
            self.emphasis[kind] = st
        self.title = Style(name="C_title", family="table-cell")
        self.title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
        a.addElement(self.title)
        self.ods, self.n = ods, 0

    def column(self, width_cm: float) -> Style:
        self.n += 1
        st = Style(name=f"Co{self.n}", family="table-column")
        st.addElement(TableColumnProperties(columnwidth=f"{width_cm:.2f}cm"))
        self.ods.automaticstyles.addElement(st)
        return st


def _cell(value, kind: str, styles: _Styles, style=None) -> TableCell:
    """One typed cell; its text:p is the French display, as LibreOffice itself writes."""
    if value is None:
        return TableCell()
    shown = _fr.cell(value, kind)
    if isinstance(value, str) and kind in NUMERIC_KINDS:  # masked ("< 3"): a string cell
        tc = TableCell(valuetype="string")
    elif kind == "money":
        tc = TableCell(valuetype="currency", currency="EUR", value=value / 100)
    elif kind == "count":
        tc = TableCell(valuetype="float", value=value)
    elif kind == "percent":
        tc = TableCell(valuetype="percentage", value=float(value))
    elif kind == "date":
        tc = TableCell(valuetype="date", datevalue=_fr.to_date(value).isoformat())
    else:  # text and codes: a string cell is never evaluated, whatever it starts with
        tc = TableCell(valuetype="string")
        shown = str(value)
    if style is not None or kind in styles.cells:
        tc.setAttribute("stylename", style or styles.cells[kind])
    p = P()
    teletype.addTextToElement(p, shown)
    tc.addElement(p)
    return tc


def _blank(style) -> TableCell:
    return TableCell(stylename=style)


def _sheet(name: str, widths: list[float], styles: _Styles) -> Table:
    sheet = Table(name=name)
    for w in widths:
        sheet.addElement(TableColumn(stylename=styles.column(w)))
    return sheet


def _row(cells) -> TableRow:
    tr = TableRow()
    for c in cells:
        tr.addElement(c)
    return tr


def _table_sheet(table: MTable, name: str, styles: _Styles) -> Table:
    kinds = [c.kind for c in table.columns]
    weights = _fr.column_weights(table.columns, table.rows, table.totals)
    sheet = _sheet(name, [min(max(w * 0.22, 2.0), 9.0) for w in weights], styles)
    sheet.addElement(_row([_cell(table.title, "text", styles, styles.title)]))
    head = TableHeaderRows()
    head.addElement(_row([_cell(c.header, "text", styles, styles.bold) for c in table.columns]))
    sheet.addElement(head)
    emphasis = set(table.emphasis)
    for n, values in enumerate(table.rows):
        if n in emphasis:
            em = styles.emphasis
            cells = [
                _cell(v, k, styles, em.get(k, em["text"])) if v is not None else _blank(em["text"])
                for v, k in zip(values, kinds, strict=True)
            ]
        else:
            cells = [_cell(v, k, styles) for v, k in zip(values, kinds, strict=True)]
        sheet.addElement(_row(cells))
    if table.totals is not None:
        cells = [_cell(v, k, styles) for v, k in zip(table.totals, kinds, strict=True)]
        sheet.addElement(_row(cells))
    if table.note:
        sheet.addElement(_row([_cell(table.note, "text", styles)]))
    return sheet


def _chart_sheet(chart: Chart, name: str, styles: _Styles) -> Table:
    sheet = _sheet(name, [6.0] + [3.5] * len(chart.series), styles)
    sheet.addElement(_row([_cell(chart.title, "text", styles, styles.title)]))
    head = [_cell("Catégorie", "text", styles, styles.bold)]
    head += [_cell(s.name, "text", styles, styles.bold) for s in chart.series]
    sheet.addElement(_row(head))
    for i, cat in enumerate(chart.categories):
        cells = [_cell(cat, "text", styles)]
        cells += [_cell(s.values[i], chart.value_kind, styles) for s in chart.series]
        sheet.addElement(_row(cells))
    return sheet


def _cover(doc: Document, styles: _Styles) -> Table:
    sheet = _sheet("Couverture", [5.0, 12.0], styles)
    rows = [[_cell(doc.title, "text", styles, styles.title)], [_cell(doc.subtitle, "text", styles)]]
    meta = doc.meta
    for label, value, kind in (
        ("Commune", meta.commune, "text"),
        ("Période", meta.period, "text"),
        ("Filtres", meta.filters, "text"),
        ("Date d’export", meta.generated, "date"),
    ):
        rows.append([_cell(label, "text", styles, styles.bold), _cell(value, kind, styles)])
    for block in doc.blocks():
        if isinstance(block, KeyFigures):
            rows += [
                [_cell(f.label, "text", styles), _cell(f.value, f.kind, styles)]
                for f in block.items
            ]
    for r in rows:
        sheet.addElement(_row(r))
    return sheet


def write_ods(doc: Document, path: Path) -> None:
    ods = OpenDocumentSpreadsheet()
    styles = _Styles(ods)
    ods.spreadsheet.addElement(_cover(doc, styles))
    taken = {"Couverture"}
    blocks = [b for b in doc.blocks() if isinstance(b, MTable | Chart)]
    for n, block in enumerate(blocks, start=1):
        base = block.short_name if isinstance(block, MTable) else f"Graphique {n}"
        name = _fr.sheet_name(base, taken)
        if isinstance(block, MTable):
            ods.spreadsheet.addElement(_table_sheet(block, name, styles))
        else:
            ods.spreadsheet.addElement(_chart_sheet(block, name, styles))
    _props.odf_properties(ods, doc.title, doc.subject, doc.author, doc.meta.keywords)
    with atomic_write(path) as tmp:
        ods.save(str(tmp))
