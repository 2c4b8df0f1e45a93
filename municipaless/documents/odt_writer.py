"""OpenDocument text (.odt) writer, with odfpy.

Headings are real ``text:h`` elements with outline levels and the standard "Heading 1-3"
styles, so LibreOffice's navigator and table of contents see them. Each orientation is a master
page (A4 portrait / landscape) carrying the commune in the header and "page n / N" in the
footer; a section switches master page through its first paragraph's style. Charts are PNG
pictures, as in Word.

Tables take their column widths from ``table_layout`` (never under a column's longest word; a
table too wide for portrait gets landscape pages, its headings going along), repeat their
header row on every page and, when short, never break across pages. Past ``BIG_TABLE`` rows the
body rows are written into content.xml as text (``_save``): odfpy's object per element made a
13,000-row annex take ~24 s and 360 MB.
"""

from __future__ import annotations

import re
from pathlib import Path

from odf import teletype
from odf.draw import Frame, Image
from odf.namespaces import TEXTNS
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    Header,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (
    H,
    List,
    ListItem,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    P,
    PageCount,
    PageNumber,
    Span,
)

from . import _fr, _package, _props, chart_png
from . import table_layout as tl
from .model import (
    NUMERIC_KINDS,
    BulletList,
    Chart,
    Document,
    Heading,
    KeyFigure,
    KeyFigures,
    PageBreak,
)
from .model import Paragraph as MParagraph
from .model import Table as MTable
from .safety import atomic_write

FONT = "Arial"
WIDTH_CM = {"portrait": 17.0, "landscape": 25.7}
PT_PER_CM = 72 / 2.54
METRICS = tl.Metrics(8.5, 2 * 0.05 * PT_PER_CM + 1)  # Cell size; padding 0.05 cm, borders


def _p(text: str, style) -> P:
    p = P(stylename=style)
    teletype.addTextToElement(p, text)
    return p


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc, self.odt, self.n = doc, OpenDocumentText(), 0
        self.pending: list[list[str]] = []  # big tables' rows as text, put in by _save
        s = self.odt.styles
        a = self.odt.automaticstyles
        # A named sans face, as the PDF and Word files have: without one LibreOffice sets the
        # whole text in its default serif (Arial is Liberation Sans there, same metrics).
        self.odt.fontfacedecls.addElement(
            FontFace(name=FONT, fontfamily=FONT, fontfamilygeneric="swiss", fontpitch="variable")
        )
        default = DefaultStyle(family="paragraph")
        default.addElement(TextProperties(fontname=FONT, fontsize="10.5pt"))
        s.addElement(default)

        def style(container, name, family="paragraph", text=None, para=None, **kw):
            st = Style(name=name, family=family, **kw)
            if text:
                st.addElement(TextProperties(**text))
            if para:
                st.addElement(ParagraphProperties(**para))
            container.addElement(st)
            return st

        self.body = style(
            s, "Text_20_body", displayname="Text body", para={"marginbottom": "0.2cm"}
        )
        self.h = {
            lvl: style(
                s,
                f"Heading_20_{lvl}",
                displayname=f"Heading {lvl}",
                defaultoutlinelevel=str(lvl),
                parentstylename=self.body,
                text={"fontsize": size, "fontweight": "bold", "color": "#1f5f8b"},
                para={"margintop": "0.4cm", "keepwithnext": "always"},
            )
            for lvl, size in ((1, "16pt"), (2, "13pt"), (3, "11pt"))
        }
        self.title = style(s, "Title", text={"fontsize": "22pt", "color": "#1f5f8b"})
        self.cell = style(a, "Cell", text={"fontsize": "8.5pt"})
        self.cell_b = style(a, "CellB", text={"fontsize": "8.5pt", "fontweight": "bold"})
        self.cell_r = style(a, "CellR", text={"fontsize": "8.5pt"}, para={"textalign": "end"})
        self.bold = style(a, "Bold", "text", text={"fontweight": "bold"})
        self.italic = style(a, "Italic", "text", text={"fontstyle": "italic"})
        self.note = style(a, "Note", text={"fontsize": "8pt", "fontstyle": "italic"})
        self.big = style(
            a,
            "Big",
            text={"fontsize": "16pt", "fontweight": "bold", "color": "#1f5f8b"},
            para={"textalign": "center"},
        )
        self.center = style(a, "Center", para={"textalign": "center"})
        self.brk = style(a, "Break", para={"breakbefore": "page"})
        self.head_cell = style(a, "HeadCell", "table-cell")
        self.head_cell.addElement(
            TableCellProperties(
                backgroundcolor="#dbe6ef", padding="0.05cm", border="0.5pt solid #999999"
            )
        )
        self.body_cell = style(a, "BodyCell", "table-cell")
        self.body_cell.addElement(
            TableCellProperties(padding="0.05cm", border="0.5pt solid #cccccc")
        )
        self.emph_cell = style(a, "EmphCell", "table-cell")  # Table.emphasis
        self.emph_cell.addElement(
            TableCellProperties(
                backgroundcolor="#fbe3e1", padding="0.05cm", border="0.5pt solid #cccccc"
            )
        )
        # The label needs its own room, or LibreOffice draws « •Yannick ».
        room = {"spacebefore": "0.3cm", "minlabelwidth": "0.5cm"}
        self.bullets = ListStyle(name="Bullets")
        bullet = ListLevelStyleBullet(level=1, bulletchar="•")
        bullet.addElement(ListLevelProperties(**room))
        self.bullets.addElement(bullet)
        a.addElement(self.bullets)
        self.numbers = ListStyle(name="Numbers")
        number = ListLevelStyleNumber(level=1, numformat="1", numsuffix=".")
        number.addElement(ListLevelProperties(**room))
        self.numbers.addElement(number)
        a.addElement(self.numbers)
        self.masters = {o: self._master(o) for o in ("portrait", "landscape")}

    def _master(self, orientation: str) -> Style:
        w, h = ("21cm", "29.7cm") if orientation == "portrait" else ("29.7cm", "21cm")
        layout = PageLayout(name=f"PL_{orientation}")
        layout.addElement(
            PageLayoutProperties(
                pagewidth=w, pageheight=h, margin="2cm", printorientation=orientation
            )
        )
        self.odt.automaticstyles.addElement(layout)
        name = "Standard" if orientation == "portrait" else "Landscape"
        master = MasterPage(name=name, pagelayoutname=layout)
        header, footer = Header(), Footer()
        header.addElement(_p(f"{self.doc.meta.commune} — {self.doc.title}", self.note))
        foot = P(stylename=self.center)
        foot.addText("page ")
        foot.addElement(PageNumber(selectpage="current"))
        foot.addText(" / ")
        foot.addElement(PageCount())
        footer.addElement(foot)
        master.addElement(header)
        master.addElement(footer)
        self.odt.masterstyles.addElement(master)
        switch = Style(name=f"Start_{orientation}", family="paragraph", masterpagename=name)
        self.odt.automaticstyles.addElement(switch)
        return switch

    def add(self, el) -> None:
        self.odt.text.addElement(el)

    def _labelled(self, label: str, value: str) -> P:
        """« Commune : Privas », the label in bold, as the Word and PDF covers print it."""
        p = P(stylename=self.body)
        bold = Span(stylename=self.bold)
        teletype.addTextToElement(bold, _fr.lead(label))
        p.addElement(bold)
        teletype.addTextToElement(p, value)
        return p

    def build(self) -> OpenDocumentText:
        d = self.doc
        for i, section in enumerate(d.sections):
            self.add(P(stylename=self.masters[section.orientation]))
            if i == 0:
                self.add(_p(d.title, self.title))
                if d.subtitle:
                    self.add(_p(d.subtitle, self.body))
                for label, value in (
                    (_fr.territory_label(d.meta.commune), d.meta.commune),
                    ("Période", d.meta.period),
                    ("Filtres", d.meta.filters),
                    ("Document établi le", _fr.long_date(d.meta.generated)),
                ):
                    if value:
                        self.add(self._labelled(label, value))
            for block in section.blocks:
                self.block(block, WIDTH_CM[section.orientation])
        return self.odt

    def block(self, block, width: float) -> None:
        if isinstance(block, Heading):
            h = H(outlinelevel=block.level, stylename=self.h[block.level])
            teletype.addTextToElement(h, block.text)
            self.add(h)
        elif isinstance(block, MParagraph):
            p = P(stylename=self.body)
            for run in block.runs:
                style = self.bold if run.bold else self.italic if run.italic else None
                span = Span(stylename=style) if style else Span()
                teletype.addTextToElement(span, run.text)
                p.addElement(span)
            self.add(p)
        elif isinstance(block, BulletList):
            lst = List(stylename=self.numbers if block.numbered else self.bullets)
            for item in block.items:
                li = ListItem()
                li.addElement(_p(item, self.body))
                lst.addElement(li)
            self.add(lst)
        elif isinstance(block, MTable):
            self.table(block, width, portrait=width == WIDTH_CM["portrait"])
        elif isinstance(block, KeyFigures):
            per_row = 4  # as in Word: ten figures on one line were crushed to unreadable
            for start in range(0, len(block.items), per_row):
                items = block.items[start : start + per_row]
                items += (KeyFigure("", None),) * (per_row - len(items))
                rows = [[_fr.cell(f.value, f.kind) for f in items], [f.label for f in items]]
                self.grid(rows, [1] * per_row, width, [self.big, self.center])
        elif isinstance(block, Chart):
            self.n += 1
            w_pt = width / 2.54 * 72
            h_pt = min(w_pt * 0.55, 270)
            href = self.odt.addPicture(
                f"Pictures/chart{self.n}.png", "image/png", chart_png.render(block, w_pt, h_pt)
            )
            frame = Frame(
                width=f"{width}cm",
                height=f"{h_pt / 72 * 2.54:.2f}cm",
                anchortype="as-char",
                name=f"chart{self.n}",
            )
            frame.addElement(Image(href=href))
            p = P(stylename=self.center)
            p.addElement(frame)
            self.add(p)
        elif isinstance(block, PageBreak):
            self.add(P(stylename=self.brk))

    def grid(
        self,
        rows,
        weights,
        width,
        styles,
        header=None,
        emphasis=frozenset(),
        whole=False,
        bold=None,
    ) -> Table:
        """``whole``: a short table never broken across pages."""
        self.n += 1
        t_style = Style(name=f"T{self.n}", family="table")
        props = {"width": f"{width:.3f}cm", "align": "center"}
        if whole:
            props["maybreakbetweenrows"] = "false"
        t_style.addElement(TableProperties(**props))
        self.odt.automaticstyles.addElement(t_style)
        table = Table(name=f"Tableau{self.n}", stylename=t_style)
        for i, w in enumerate(weights):
            c_style = Style(name=f"T{self.n}C{i}", family="table-column")
            c_style.addElement(
                TableColumnProperties(columnwidth=f"{width * w / sum(weights):.3f}cm")
            )
            self.odt.automaticstyles.addElement(c_style)
            table.addElement(TableColumn(stylename=c_style))
        if header:
            head = TableHeaderRows()  # repeated on every page
            head_style = bold or self.cell_b
            head.addElement(self._row(header, [head_style] * len(header), self.head_cell))
            table.addElement(head)
        if len(rows) > BIG_TABLE and len(styles) == len(rows[0]):
            # one marker row, replaced at save by the rows written as text (see _save)
            self.pending.append(_rows_xml(rows, styles, self.body_cell, self.emph_cell, emphasis))
            table.addElement(self._row([f"{ROWS_MARK}{len(self.pending) - 1}"], styles[:1], None))
            self.add(table)
            return table
        for r, row in enumerate(rows):
            row_styles = styles if len(styles) == len(row) else [styles[r % len(styles)]] * len(row)
            cell = self.emph_cell if r in emphasis else self.body_cell
            table.addElement(self._row(row, row_styles, cell))
        self.add(table)
        return table

    def _row(self, texts, styles, cell_style) -> TableRow:
        tr = TableRow()
        for text, st in zip(texts, styles, strict=True):
            tc = TableCell(valuetype="string")
            if cell_style is not None:
                tc.setAttribute("stylename", cell_style)
            tc.addElement(_p(text, st))
            tr.addElement(tc)
        return tr

    def table(self, table: MTable, width: float, portrait: bool = False) -> None:
        """Columns from table_layout (in points, here in cm); a table too wide for a portrait
        page gets landscape pages of its own."""
        kinds = [c.kind for c in table.columns]
        rows = [
            [tl.joined(_fr.cell(v, k), k) for v, k in zip(r, kinds, strict=True)]
            for r in table.rows
        ]
        totals = [_fr.cell(v, k) for v, k in zip(table.totals or (), kinds, strict=False)]
        columns = [
            tl.ColumnText(
                c.header, c.kind, c.width, [r[i] for r in rows], totals[i] if totals else ""
            )
            for i, c in enumerate(table.columns)
        ]
        wide = WIDTH_CM["landscape"] * PT_PER_CM if portrait else None
        layout = tl.plan(columns, width * PT_PER_CM, METRICS, landscape_width=wide)
        if layout.landscape:
            width = WIDTH_CM["landscape"]
            headings = []  # the headings of the table go along to its landscape page
            while self.odt.text.childNodes and self.odt.text.lastChild.qname == (TEXTNS, "h"):
                headings.insert(0, self.odt.text.removeChild(self.odt.text.lastChild))
            self.add(P(stylename=self.masters["landscape"]))
            for h in headings:
                self.add(h)
        caption, span = P(stylename=self.h[3]), Span(stylename=self.bold)
        teletype.addTextToElement(span, table.title)
        caption.addElement(span)
        self.add(caption)
        cell, cell_r, cell_b = self.cell, self.cell_r, self.cell_b
        if layout.size != METRICS.size:  # a wide table in a smaller font
            cell, cell_r, cell_b = self._small(layout.size)
        styles = [cell_r if k in NUMERIC_KINDS or k == "date" else cell for k in kinds]
        if totals:
            rows.append(totals)
        header = [c.header for c in table.columns]
        height = 25.7 if width == WIDTH_CM["portrait"] else 17.0
        whole = len(rows) <= 25 and len(rows) * 0.55 <= 0.45 * height  # short: one page
        emphasis = frozenset(table.emphasis)
        self.grid(rows, layout.widths, width, styles, header, emphasis, whole, cell_b)
        if table.note:
            self.add(_p(table.note, self.note))
        if layout.landscape:
            self.add(P(stylename=self.masters["portrait"]))

    def _small(self, size: float) -> tuple[Style, Style, Style]:
        """Cell, right-aligned and bold cell styles at ``size``, made once per size."""
        cache = self.__dict__.setdefault("_sizes", {})
        if size not in cache:
            styles = []
            for name, text, para in (
                ("Cell", {}, None),
                ("CellR", {}, {"textalign": "end"}),
                ("CellB", {"fontweight": "bold"}, None),
            ):
                st = Style(name=f"{name}{size:g}".replace(".", "_"), family="paragraph")
                st.addElement(TextProperties(fontsize=f"{size}pt", **text))
                if para:
                    st.addElement(ParagraphProperties(**para))
                self.odt.automaticstyles.addElement(st)
                styles.append(st)
            cache[size] = tuple(styles)
        return cache[size]


ROWS_MARK = "municipaless-rows-"
BIG_TABLE = 200  # rows: past this, a table's body rows are written as text
_MARK_ROW = re.compile(
    f"<table:table-row>(?:(?!</table:table-row>).)*?{ROWS_MARK}(\\d+)<.*?</table:table-row>",
    re.DOTALL,
)


def _odf_text(text: str) -> str:
    """``text`` as ODF paragraph content: what ``teletype.addTextToElement`` makes."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "  " in text or text.startswith(" "):
        text = re.sub(
            r"(^| ) +",
            lambda m: m.group(1) + f'<text:s text:c="{len(m.group(0)) - len(m.group(1))}"/>',
            text,
        )
    return text.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")


def _rows_xml(rows, styles, body_cell, emph_cell, emphasis) -> list[str]:
    """Body rows as ``<table:table-row>`` text: odfpy makes a Python object per element, and
    a 13,000-row annex took ~24 s and 360 MB that way."""
    p_open = [f'<text:p text:style-name="{st.getAttribute("name")}">' for st in styles]
    out = []
    for r, row in enumerate(rows):
        cell = (emph_cell if r in emphasis else body_cell).getAttribute("name")
        open_cell = f'<table:table-cell table:style-name="{cell}" office:value-type="string">'
        parts = ["<table:table-row>"]
        for i, text in enumerate(row):
            parts.append(f"{open_cell}{p_open[i]}{_odf_text(text)}</text:p></table:table-cell>")
        parts.append("</table:table-row>")
        out.append("".join(parts))
    return out


def _save(odt, pending: list[list[str]], path) -> None:
    """Save, then put each big table's rows in place of its marker row in content.xml."""
    if not pending:
        odt.save(str(path))
        return
    _package.save_spliced(odt.save, path, "content.xml", _MARK_ROW, pending)


def write_odt(doc: Document, path: Path) -> None:
    writer = _Writer(doc)
    odt = writer.build()
    _props.odf_properties(odt, doc.title, doc.subject, doc.author, doc.meta.keywords)
    with atomic_write(path) as tmp:
        _save(odt, writer.pending, tmp)
