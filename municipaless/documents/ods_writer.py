"""OpenDocument spreadsheet (.ods) writer, with odfpy.

Same shape as the xlsx: a cover sheet, one sheet per table, one per chart holding its data and
a native chart drawn from them (:mod:`.ods_chart`). Cells are typed (float, currency in euros,
percentage, date, string) with French display styles; a masked figure (« < 3 ») is a string.
Text is always a ``string`` cell holding the original text, never a formula (:mod:`.safety`);
codes are strings, so leading zeros stay.

Printing is set up as for the xlsx: each sheet's table style names a master page (A4, portrait
or landscape from the sheet's width, fitted to one page wide, commune and title in the header,
page x / y in the footer), the header row is a ``table-header-rows`` group repeated on every
page, and text cells wrap. Every cell style names its font (Arial, which LibreOffice maps to
the metric-compatible Liberation Sans; without one it chose a serif face).
"""

from __future__ import annotations

from pathlib import Path

from odf import number as num
from odf import teletype
from odf.namespaces import LOEXTNS
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    FooterStyle,
    Header,
    HeaderFooterProperties,
    HeaderStyle,
    Map,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    RegionLeft,
    RegionRight,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import P, PageCount, PageNumber

from . import _fr, _props, ods_chart
from .model import NUMERIC_KINDS, Chart, Document, KeyFigures
from .model import Table as MTable
from .safety import atomic_write, shorten

FONT = "Arial"
FR = {"language": "fr", "country": "FR"}  # decimal comma, whatever LibreOffice's own locale
PORTRAIT_CM = 18.0  # the width an A4 portrait page prints within its margins
LINE_CM = 0.43  # one line of Arial 10
CHAR_CM = 0.16  # an average character of Arial 10 as LibreOffice wraps French text


def _number_styles() -> dict[str, object]:
    grouped = num.NumberStyle(name="N_count", **FR)
    grouped.addElement(num.Number(decimalplaces=0, minintegerdigits=1, grouping=True))
    one = num.NumberStyle(name="N_decimal", **FR)
    one.addElement(num.Number(decimalplaces=1, minintegerdigits=1, grouping=True))
    euro = num.CurrencyStyle(name="N_money", language="fr", country="FR")
    euro.addElement(num.Number(decimalplaces=2, minintegerdigits=1, grouping=True))
    euro.addElement(num.Text(text="\u00a0"))
    euro.addElement(num.CurrencySymbol(language="fr", country="FR", text="€"))
    pct = num.PercentageStyle(name="N_percent", **FR)
    pct.addElement(num.Number(decimalplaces=1, minintegerdigits=1))
    pct.addElement(num.Text(text="\u00a0%"))
    rise = num.PercentageStyle(name="N_change_rise", **FR)  # a change shows its sign: « +4 % »
    rise.addElement(num.Text(text="+"))
    rise.addElement(num.Number(decimalplaces=0, minintegerdigits=1))
    rise.addElement(num.Text(text="\u00a0%"))
    change = num.PercentageStyle(name="N_change", **FR)
    change.addElement(num.Number(decimalplaces=0, minintegerdigits=1))
    change.addElement(num.Text(text="\u00a0%"))
    change.addElement(Map(condition="value()>0", applystylename=rise))
    day = num.DateStyle(name="N_date", **FR)
    for part in (
        num.Day(style="long"),
        num.Text(text="/"),
        num.Month(style="long"),
        num.Text(text="/"),
        num.Year(style="long"),
    ):
        day.addElement(part)
    return {
        "money": euro,
        "count": grouped,
        "percent": pct,
        "change": (rise, change),
        "decimal": one,
        "date": day,
    }


class _Styles:
    def __init__(self, ods: OpenDocumentSpreadsheet, doc: Document) -> None:
        self.ods, self.n, a = ods, 0, ods.automaticstyles
        ods.fontfacedecls.addElement(
            FontFace(name=FONT, fontfamily=FONT, fontfamilygeneric="swiss", fontpitch="variable")
        )
        default = DefaultStyle(family="table-cell")
        default.addElement(TextProperties(fontname=FONT, fontsize="10pt"))
        ods.styles.addElement(default)
        data: dict[str, object] = {}
        for kind, style in _number_styles().items():
            for st in style if isinstance(style, tuple) else (style,):
                a.addElement(st)
            data[kind] = style[-1] if isinstance(style, tuple) else style
        self.cells = {"text": self._cell("C_text")}  # plain text: wraps
        for kind, st in data.items():
            self.cells[kind] = self._cell(f"C_{kind}", data=st)
        self.masked = self._cell("C_masked", align="end")  # « < 3 » beside the numbers
        self.header = self._cell("C_header", bold=True, fill="#1f5f8b", color="#ffffff")
        self.bold = self._cell("C_bold", bold=True)
        self.totals = {
            k: self._cell(f"C_tot_{k}", data=data.get(k), bold=True, fill="#e3eaf1")
            for k in ("text", *data)
        }
        self.emphasis = {  # Table.emphasis: the same data styles on a light red fill
            k: self._cell(f"C_emph_{k}", data=data.get(k), fill="#fbe3e1", color="#9c0006")
            for k in ("text", *data)
        }
        self.title = self._cell("C_title", bold=True, size="14pt", wrap=False)
        self.note = self._cell("C_note", italic=True, size="9pt")
        self.subtitle = self._cell("C_subtitle", italic=True, size="12pt", wrap=False)
        self.tables = {o: self._page(o, doc) for o in ("portrait", "landscape")}
        # Rows as tall as their wrapped text: without it LibreOffice (7.4) sized some rows
        # to one line and their text overlapped the next row.
        self.row = Style(name="R_auto", family="table-row")
        self.row.addElement(TableRowProperties(useoptimalrowheight="true"))
        a.addElement(self.row)
        self.rows: dict[int, Style] = {1: self.row}

    def _cell(
        self,
        name,
        *,
        data=None,
        bold=False,
        italic=False,
        fill=None,
        color=None,
        size="10pt",
        wrap=True,
        align=None,
    ) -> Style:
        st = Style(name=name, family="table-cell")
        if data is not None:
            st.setAttribute("datastylename", data)
        cell = {"verticalalign": "top"}
        if wrap:
            cell["wrapoption"] = "wrap"
        if fill:
            cell["backgroundcolor"] = fill
        st.addElement(TableCellProperties(**cell))
        if align:
            st.addElement(ParagraphProperties(textalign=align))
        text = {"fontname": FONT, "fontsize": size}
        if bold:
            text["fontweight"] = "bold"
        if italic:
            text["fontstyle"] = "italic"
        if color:
            text["color"] = color
        st.addElement(TextProperties(**text))
        self.ods.automaticstyles.addElement(st)
        return st

    def _page(self, orientation: str, doc: Document) -> Style:
        """A table style whose master page prints A4 in ``orientation``, one page wide, with
        the commune and title in the header and page x / y in the footer."""
        wide = orientation == "landscape"
        layout = PageLayout(name=f"PL_{orientation}")
        props = {
            "pagewidth": "29.7cm" if wide else "21cm",
            "pageheight": "21cm" if wide else "29.7cm",
            "printorientation": orientation,
            "margintop": "1.2cm",
            "marginbottom": "1.2cm",
            "marginleft": "1.5cm",
            "marginright": "1.5cm",
            "tablecentering": "horizontal",
            "firstpagenumber": "continue",  # page 3 / 9 across the sheets, not 1 on each
        }
        pl = PageLayoutProperties(**props)
        pl.setAttrNS(LOEXTNS, "scale-to-X", "1")  # fit to one page wide,
        pl.setAttrNS(LOEXTNS, "scale-to-Y", "0")  # as many pages down as needed
        layout.addElement(pl)
        header_style, footer_style = HeaderStyle(), FooterStyle()
        header_style.addElement(HeaderFooterProperties(minheight="0.5cm", marginbottom="0.25cm"))
        footer_style.addElement(HeaderFooterProperties(minheight="0.5cm", margintop="0.25cm"))
        layout.addElement(header_style)
        layout.addElement(footer_style)
        self.ods.automaticstyles.addElement(layout)
        master = MasterPage(name=f"MP_{orientation}", pagelayoutname=layout)
        header, footer = Header(), Footer()
        for region, text in ((RegionLeft(), doc.meta.commune), (RegionRight(), doc.title)):
            region.addElement(P(text=shorten(text, 120)))
            header.addElement(region)
        right = RegionRight()
        page = P(text="page ")
        page.addElement(PageNumber(selectpage="current"))
        page.addText(" / ")
        page.addElement(PageCount())
        right.addElement(page)
        footer.addElement(right)
        master.addElement(header)
        master.addElement(footer)
        self.ods.masterstyles.addElement(master)
        table = Style(name=f"T_{orientation}", family="table", masterpagename=master)
        table.addElement(TableProperties(display="true"))
        self.ods.automaticstyles.addElement(table)
        return table

    def row_for(self, values, per_line: list[float | None]) -> Style:
        """The row style fitting the longest wrapped text of ``values`` (``per_line``: the
        characters a line of each text column holds, None for other columns)."""
        lines = 1
        for value, chars in zip(values, per_line, strict=True):
            if chars and isinstance(value, str) and len(value) > chars:
                lines = max(lines, _fr.text_lines(value, chars))
        style = self.rows.get(lines)
        if style is None:
            style = self.rows[lines] = Style(name=f"R_{lines}", family="table-row")
            height = f"{LINE_CM * lines + 0.1:.2f}cm"
            style.addElement(TableRowProperties(rowheight=height, useoptimalrowheight="false"))
            self.ods.automaticstyles.addElement(style)
        return style

    def column(self, width_cm: float) -> Style:
        self.n += 1
        st = Style(name=f"Co{self.n}", family="table-column")
        st.addElement(TableColumnProperties(columnwidth=f"{width_cm:.2f}cm"))
        self.ods.automaticstyles.addElement(st)
        return st


def _cell(value, kind: str, styles: _Styles, style=None) -> TableCell:
    """One typed cell; its text:p is the French display, as LibreOffice itself writes."""
    if value is None:
        return TableCell(stylename=style) if style is not None else TableCell()
    shown = _fr.cell(value, kind)
    if isinstance(value, str) and kind in NUMERIC_KINDS:  # masked ("< 3"): a string cell
        tc = TableCell(valuetype="string")
        style = style or styles.masked
    elif kind == "money":
        tc = TableCell(valuetype="currency", currency="EUR", value=value / 100)
    elif kind in ("count", "decimal"):
        tc = TableCell(valuetype="float", value=value)
    elif kind in ("percent", "change"):
        tc = TableCell(valuetype="percentage", value=float(value))
    elif kind == "date":
        tc = TableCell(valuetype="date", datevalue=_fr.to_date(value).isoformat())
    else:  # text and codes: a string cell is never evaluated, whatever it starts with
        tc = TableCell(valuetype="string")
        shown = str(value)
    tc.setAttribute("stylename", style or styles.cells.get(kind, styles.cells["text"]))
    p = P()
    teletype.addTextToElement(p, shown)
    tc.addElement(p)
    return tc


def _sheet(name: str, widths: list[float], styles: _Styles) -> Table:
    orientation = "landscape" if sum(widths) > PORTRAIT_CM else "portrait"
    sheet = Table(name=name, stylename=styles.tables[orientation])
    for w in widths:
        sheet.addElement(TableColumn(stylename=styles.column(w)))
    return sheet


def _row(cells, style=None) -> TableRow:
    tr = TableRow(stylename=style) if style is not None else TableRow()
    for c in cells:
        tr.addElement(c)
    return tr


def _widths(table: MTable) -> list[float]:
    """Centimetres per column from the displayed text (Arial 10: ~0.2 cm a character), capped
    at 9 cm: longer text wraps."""
    weights = _fr.column_weights(table.columns, table.rows, table.totals)
    return [min(max(w * 0.21 + 0.3, 1.8), 9.0) for w in weights]


def _table_sheet(table: MTable, name: str, styles: _Styles) -> Table:
    kinds = [c.kind for c in table.columns]
    widths = _widths(table)
    chars = [(w - 0.2) / CHAR_CM for w in widths]
    per_line = [n if k == "text" else None for n, k in zip(chars, kinds, strict=True)]
    sheet = _sheet(name, widths, styles)
    sheet.addElement(_row([_cell(table.title, "text", styles, styles.title)]))
    head = TableHeaderRows()
    headers = [c.header for c in table.columns]
    row = styles.row_for(headers, chars)
    head.addElement(_row([_cell(h, "text", styles, styles.header) for h in headers], row))
    sheet.addElement(head)
    emphasis, em = set(table.emphasis), styles.emphasis
    for n, values in enumerate(table.rows):
        if n in emphasis:
            cells = [
                _cell(v, k, styles, em.get(k, em["text"]))
                for v, k in zip(values, kinds, strict=True)
            ]
        else:
            cells = [_cell(v, k, styles) for v, k in zip(values, kinds, strict=True)]
        sheet.addElement(_row(cells, styles.row_for(values, per_line)))
    if table.totals is not None:
        tot = styles.totals
        cells = [
            _cell(v, k, styles, tot.get(k, tot["text"]))
            for v, k in zip(table.totals, kinds, strict=True)
        ]
        sheet.addElement(_row(cells, styles.row_for(table.totals, per_line)))
    if table.note:  # across the table's width, wrapped: never beyond the printed page
        note = _cell(table.note, "text", styles, styles.note)
        note.setAttribute("numbercolumnsspanned", str(len(kinds)))
        sheet.addElement(_row([note], styles.row_for([table.note], [sum(chars) * 1.1])))
    return sheet


def _chart_sheet(ods, chart: Chart, name: str, styles: _Styles) -> Table:
    """The chart's data (row 2: headers) and, beside them, the chart drawn from them."""
    n = len(chart.series)
    widths = [min(max(len(c) for c in [*chart.categories, "Catégorie"]) * 0.2 + 0.4, 7.0)]
    widths += [2.8] * n + [ods_chart.WIDTH_CM + 0.6]
    sheet = _sheet(name, widths, styles)
    sheet.addElement(_row([_cell(chart.title, "text", styles, styles.title)]))
    head = [_cell("Catégorie", "text", styles, styles.header)]
    head += [_cell(s.name, "text", styles, styles.header) for s in chart.series]
    holder = TableCell()
    holder.addElement(ods_chart.frame(ods, chart, name, first_row=1))
    sheet.addElement(_row([*head, holder]))
    for i, cat in enumerate(chart.categories):
        cells = [_cell(cat, "text", styles)]
        cells += [_cell(s.values[i], chart.value_kind, styles) for s in chart.series]
        sheet.addElement(_row(cells))
    rows = len(chart.categories) + 2
    for _ in range(max(0, round(ods_chart.HEIGHT_CM / 0.45) - rows)):  # room for the chart
        sheet.addElement(TableRow())
    return sheet


def _cover(doc: Document, styles: _Styles) -> Table:
    sheet = _sheet("Couverture", [5.5, 12.0], styles)
    rows = [[_cell(doc.title, "text", styles, styles.title)]]
    rows.append([_cell(doc.subtitle, "text", styles, styles.subtitle)])
    meta = doc.meta
    for label, value, kind in (
        (_fr.territory_label(meta.commune), meta.commune, "text"),
        ("Période", meta.period, "text"),
        ("Filtres", meta.filters, "text"),
        ("Date d’export", meta.generated, "date"),
    ):
        rows.append([_cell(label, "text", styles, styles.bold), _cell(value, kind, styles)])
    for block in doc.blocks():
        if isinstance(block, KeyFigures):
            rows.append([_cell("Chiffres clés", "text", styles, styles.bold)])
            rows += [
                [_cell(f.label, "text", styles), _cell(f.value, f.kind, styles)]
                for f in block.items
            ]
    for r in rows:
        sheet.addElement(_row(r))
    return sheet


def write_ods(doc: Document, path: Path) -> None:
    ods = OpenDocumentSpreadsheet()
    styles = _Styles(ods, doc)
    ods.spreadsheet.addElement(_cover(doc, styles))
    taken = {"Couverture"}
    for block in (b for b in doc.blocks() if isinstance(b, MTable | Chart)):
        name = _fr.sheet_name(_fr.tab_title(block), taken)
        if isinstance(block, MTable):
            ods.spreadsheet.addElement(_table_sheet(block, name, styles))
        else:
            ods.spreadsheet.addElement(_chart_sheet(ods, block, name, styles))
    _props.odf_properties(ods, doc.title, doc.subject, doc.author, doc.meta.keywords)
    with atomic_write(path) as tmp:
        ods.save(str(tmp))
