"""OpenDocument text (.odt) writer, with odfpy.

Headings are real ``text:h`` elements with outline levels and the standard "Heading 1-3"
styles, so LibreOffice's navigator and table of contents see them. Each orientation is a master
page (A4 portrait / landscape) carrying the commune in the header and "page n / N" in the
footer; a section switches master page through its first paragraph's style. Charts are PNG
pictures, as in Word.
"""

from __future__ import annotations

from pathlib import Path

from odf import teletype
from odf.draw import Frame, Image
from odf.opendocument import OpenDocumentText
from odf.style import (
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

from . import _fr, _props, chart_png
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

WIDTH_CM = {"portrait": 17.0, "landscape": 25.7}


def _p(text: str, style) -> P:
    p = P(stylename=style)
    teletype.addTextToElement(p, text)
    return p


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc, self.odt, self.n = doc, OpenDocumentText(), 0
        s = self.odt.styles
        a = self.odt.automaticstyles

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
                    ("Commune", d.meta.commune),
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
            self.table(block, width)
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

    def grid(self, rows, weights, width, styles, header=None, emphasis=frozenset()) -> Table:
        self.n += 1
        t_style = Style(name=f"T{self.n}", family="table")
        t_style.addElement(TableProperties(width=f"{width}cm", align="center"))
        self.odt.automaticstyles.addElement(t_style)
        table = Table(name=f"Tableau{self.n}", stylename=t_style)
        for i, w in enumerate(weights):
            c_style = Style(name=f"T{self.n}C{i}", family="table-column")
            c_style.addElement(
                TableColumnProperties(columnwidth=f"{width * w / sum(weights):.2f}cm")
            )
            self.odt.automaticstyles.addElement(c_style)
            table.addElement(TableColumn(stylename=c_style))
        if header:
            head = TableHeaderRows()  # repeated on every page
            head.addElement(self._row(header, [self.cell_b] * len(header), self.head_cell))
            table.addElement(head)
        for r, row in enumerate(rows):
            row_styles = styles if len(styles) == len(row) else [styles[r % len(styles)]] * len(row)
            cell = self.emph_cell if r in emphasis else self.body_cell
            table.addElement(self._row(row, row_styles, cell))
        self.add(table)
        return table

    def _row(self, texts, styles, cell_style) -> TableRow:
        tr = TableRow()
        for text, st in zip(texts, styles, strict=True):
            tc = TableCell(valuetype="string", stylename=cell_style)
            tc.addElement(_p(text, st))
            tr.addElement(tc)
        return tr

    def table(self, table: MTable, width: float) -> None:
        caption, span = P(stylename=self.h[3]), Span(stylename=self.bold)
        teletype.addTextToElement(span, table.title)
        caption.addElement(span)
        self.add(caption)
        kinds = [c.kind for c in table.columns]
        styles = [self.cell_r if k in NUMERIC_KINDS or k == "date" else self.cell for k in kinds]
        rows = [[_fr.cell(v, k) for v, k in zip(r, kinds, strict=True)] for r in table.rows]
        if table.totals is not None:
            rows.append([_fr.cell(v, k) for v, k in zip(table.totals, kinds, strict=True)])
        weights = _fr.column_weights(table.columns, table.rows, table.totals)
        header = [c.header for c in table.columns]
        self.grid(rows, weights, width, styles, header, frozenset(table.emphasis))
        if table.note:
            self.add(_p(table.note, self.note))


def write_odt(doc: Document, path: Path) -> None:
    odt = _Writer(doc).build()
    _props.odf_properties(odt, doc.title, doc.subject, doc.author, doc.meta.keywords)
    with atomic_write(path) as tmp:
        odt.save(str(tmp))
