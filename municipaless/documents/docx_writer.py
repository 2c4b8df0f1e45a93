"""Word (.docx) writer, with python-docx.

Word's built-in Title and Heading 1-3 styles are used (never look-alike bold paragraphs) so the
navigation pane, the outline and an inserted table of contents work in Word and LibreOffice.
Table rows are written as XML text against two custom paragraph styles, straight into the saved
file: python-docx's cell API is slow on the hundreds of rows a bilan can hold, and per-cell
formatting bloats the file. Column widths come from ``table_layout`` (never under a column's
longest word), set on the grid and on every cell, layout fixed; the header row repeats on each
page; a short table is kept on one page, a long one only with its first rows.

With ``Document.docx_template`` (the commune's letterhead) the file starts from that .docx: its
styles, page setup, header and footer are kept and only its body is replaced; styles the
export needs and the template lacks are copied from python-docx's default template.
"""

from __future__ import annotations

import io
import re
from copy import deepcopy
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from . import _fr, _package, _props, chart_png
from . import table_layout as tl
from .model import NUMERIC_KINDS, BulletList, Chart, Document, Heading, KeyFigures, PageBreak
from .model import Paragraph as MParagraph
from .model import Section as MSection
from .model import Table as MTable
from .safety import atomic_write, shorten

ACCENT = "1F5F8B"
TOTALS_FILL = "E3EAF1"
EMPHASIS_FILL = "FBE3E1"  # Table.emphasis
A4 = (Cm(21), Cm(29.7))
MARGIN = Cm(2)
BODY_FONT = "Arial"


def write_docx(doc: Document, path: Path) -> None:
    templated = bool(doc.docx_template)
    out = docx.Document(io.BytesIO(doc.docx_template)) if templated else docx.Document()
    if templated:
        _from_template(out)
    else:
        _setup_styles(out)
    for i, section in enumerate(doc.sections or [MSection()]):
        word_section = out.sections[0] if i == 0 else out.add_section(WD_SECTION.NEW_PAGE)
        if templated:
            _turn(word_section, section.orientation)
            width = word_section.page_width - word_section.left_margin
            width -= word_section.right_margin
        else:
            _page(word_section, section.orientation)
            width = word_section.page_width - 2 * MARGIN
            _header_footer(word_section, doc, width)
        ws = word_section
        height = ws.page_height - ws.top_margin - ws.bottom_margin
        turned = None  # the turned text area, for a table too wide for a portrait section
        if section.orientation == "portrait":
            turned = (
                width + ws.page_height - ws.page_width,
                height + ws.page_width - ws.page_height,
            )
        if i == 0:
            _cover(out, doc, logo=not templated)
        for block in section.blocks:
            if isinstance(block, MTable):
                _table(out, block, width, height, turned)
            else:
                _block(out, block, width)
    _properties(out, doc)
    with atomic_write(path) as tmp:
        _save(out, tmp)


ROWS_MARK = "municipaless-rows-"
_MARKS = re.compile(f"<!--{ROWS_MARK}(\\d+)-->")


def _save(out, path) -> None:
    """Save with the tables' rows written straight into word/document.xml as the text
    ``_rows_xml`` made: parsing them into python-docx's tree and serialising them again was
    most of the time and memory of a 13,000-row table (~750,000 elements, 370 MB)."""
    pending = out.__dict__.get("_pending_rows")
    if not pending:
        out.save(str(path))
        return
    _package.save_spliced(out.save, path, "word/document.xml", _MARKS, pending)


def _properties(out, doc: Document) -> None:
    """Our own properties, not python-docx's template ones (author « python-docx », created
    2013, application « Microsoft Macintosh Word ») nor those of the commune's template
    (its author, its dates). Word's core properties hold 255 characters at most."""
    props = out.core_properties
    props.title = shorten(_props.plain(doc.title), 255)
    props.subject = shorten(_props.plain(doc.subject), 255)
    props.author = props.last_modified_by = shorten(_props.plain(doc.author), 255)
    props.keywords = shorten(_props.plain(doc.meta.keywords), 255)
    props.comments = props.category = props.content_status = ""
    props.identifier = props.version = ""
    props.revision = 1
    props.created = props.modified = _props.now_utc()
    props.language = "fr-FR"
    for printed in props._element.findall(qn("cp:lastPrinted")):
        props._element.remove(printed)
    for part in out.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _props.ooxml_app_xml()  # a plain Part: its bytes are what is saved
    # python-docx's template carries the thumbnail of a blank page: Explorer would show it
    rels = out.part.package.rels
    for key in [k for k, rel in rels.items() if rel.reltype.endswith("/metadata/thumbnail")]:
        del rels[key]  # a part no relationship reaches is not saved


def _setup_styles(out) -> None:
    styles = out.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    # Arial, named: python-docx's theme fonts (Calibri, Cambria) are missing on most Linux
    # desktops, where LibreOffice fell back to a wider serif face and cut table words;
    # Arial is everywhere (Liberation Sans, its metric twin, in LibreOffice), and narrower
    # than the DejaVu Sans the column widths are measured with (table_layout).
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        _font_name(styles[name], BODY_FONT)
    defaults = out.styles.element.find(qn("w:docDefaults"))
    for lang in defaults.iter(qn("w:lang")):
        lang.set(qn("w:val"), "fr-FR")  # French spell-checking and hyphenation in Word
    cell = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(9)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.space_before = Pt(0)
    cell.paragraph_format.line_spacing = 1.0
    head = styles.add_style("Table Header", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = cell
    head.font.bold = True
    head.font.color.rgb = RGBColor.from_string("FFFFFF")
    note = styles.add_style("Table Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.size = Pt(8.5)
    note.font.italic = True


def _font_name(style, name: str) -> None:
    """Set every script's font of ``style`` (python-docx's ``font.name`` leaves the theme's
    East-Asian and complex-script fonts, which Word then shows for « € » or « ’ »)."""
    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _from_template(out) -> None:
    """Empty the template's body (keeping its last section properties: page, header, footer)
    and add the styles this writer uses that it lacks."""
    body = out.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    default = docx.Document()
    _setup_styles(default)
    needed = [
        "Title",
        "Subtitle",
        "List Bullet",
        "List Number",
        "Table Grid",
        "Table Text",
        "Table Header",
    ]
    needed += ["Table Note"] + [f"Heading {n}" for n in (1, 2, 3)]
    for name in needed:
        if name not in out.styles:
            out.styles.element.append(deepcopy(default.styles[name].element))
            _lend_numbering(out, default, name)


def _lend_numbering(out, default, name: str) -> None:
    """A list style lent to the commune's template brings its numbering definition: the
    style names a ``numId`` of python-docx's template, which the commune's file lacks or
    gives to another list (Word then shows no bullet, or the wrong numbers)."""
    num_id = out.styles[name].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if num_id is None:
        return
    source = default.part.numbering_part.element
    target = out.part.numbering_part.element  # created when the template has none
    old = num_id.get(qn("w:val"))
    num = next(n for n in source.findall(qn("w:num")) if n.get(qn("w:numId")) == old)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in source.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    taken_abstract = [
        int(a.get(qn("w:abstractNumId"))) for a in target.findall(qn("w:abstractNum"))
    ]
    taken_num = [int(n.get(qn("w:numId"))) for n in target.findall(qn("w:num"))]
    new_abstract, new_num = max(taken_abstract, default=-1) + 1, max(taken_num, default=0) + 1
    abstract, num = deepcopy(abstract), deepcopy(num)
    abstract.set(qn("w:abstractNumId"), str(new_abstract))
    num.set(qn("w:numId"), str(new_num))
    num.find(qn("w:abstractNumId")).set(qn("w:val"), str(new_abstract))
    first_num = target.find(qn("w:num"))  # the schema wants every abstractNum before any num
    if first_num is None:
        target.append(abstract)
    else:
        first_num.addprevious(abstract)
    target.append(num)
    num_id.set(qn("w:val"), str(new_num))


def _turn(section, orientation: str) -> None:
    """Keep the template's page size and margins, turned for a landscape section."""
    landscape = orientation == "landscape"
    width, height = section.page_width, section.page_height
    if landscape != (width > height):
        section.page_width, section.page_height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def _page(section, orientation: str) -> None:
    short, long_ = A4
    landscape = orientation == "landscape"
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Cm(1)


def _field(paragraph, instruction: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _header_footer(section, doc: Document, width) -> None:
    """Commune left, title right in the header; "page n / N" in the footer. Each section has
    its own copy so the right tab stop follows its orientation."""
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    head = section.header.paragraphs[0]
    tabs = head.paragraph_format.tab_stops
    for inherited in head.style.paragraph_format.tab_stops:
        tabs.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    head.add_run(doc.meta.commune).font.size = Pt(8.5)
    head.add_run("\t" + doc.title).font.size = Pt(8.5)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.add_run("page ")
    _field(foot, "PAGE")
    foot.add_run(" / ")
    _field(foot, "NUMPAGES")


def _cover(out, doc: Document, logo: bool = True) -> None:
    if doc.logo and logo:
        out.add_picture(io.BytesIO(doc.logo), height=Cm(2.2))
    out.add_paragraph(doc.title, style="Title")
    if doc.subtitle:
        out.add_paragraph(doc.subtitle, style="Subtitle")
    meta = doc.meta
    lines = [
        (_fr.territory_label(meta.commune), meta.commune),
        ("Période", meta.period),
        ("Filtres", meta.filters),
        ("Document établi le", _fr.long_date(meta.generated)),
    ]
    for label, value in lines:
        if value:
            p = out.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.add_run(_fr.lead(label)).bold = True
            p.add_run(value)
    out.add_paragraph()


def _block(out, block, width) -> None:
    if isinstance(block, Heading):  # never at the foot of a page without what it heads
        _styled(out, block.text, f"Heading {block.level}").paragraph_format.keep_with_next = True
    elif isinstance(block, MParagraph):
        p = out.add_paragraph()
        for run in block.runs:
            r = p.add_run(run.text)
            r.bold, r.italic = run.bold or None, run.italic or None
    elif isinstance(block, BulletList):
        for item in block.items:
            _styled(out, item, "List Number" if block.numbered else "List Bullet")
    elif isinstance(block, KeyFigures):
        _key_figures(out, block)
    elif isinstance(block, Chart):
        w_pt = width / 12700
        png = chart_png.render(block, w_pt, min(w_pt * 0.55, 270))
        out.add_picture(io.BytesIO(png), width=width)
        out.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif isinstance(block, PageBreak):
        out.add_page_break()


def _styled(out, text: str, style: str):
    """``add_paragraph(text, style)`` without python-docx's scan of every style on each call
    (~4 ms each: half the time of a compte rendu with a hundred headings and bullets)."""
    ids = out.__dict__.setdefault("_style_ids", {})
    if style not in ids:
        ids[style] = out.styles[style].style_id
    p = out.add_paragraph(text)
    p._p.style = ids[style]
    return p


def _shade(tc_pr, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _borders_and_padding(tbl_pr) -> None:
    """Light grey hairlines and a little vertical padding: Table Grid's black lines are heavy."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        for k, v in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "BFBFBF")):
            b.set(qn(f"w:{k}"), v)
        borders.append(b)
    # Word rejects a file whose children are out of schema order: insert, never append
    tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    margins = OxmlElement("w:tblCellMar")
    for edge, w in (("top", 25), ("bottom", 25), ("left", 80), ("right", 80)):
        m = OxmlElement(f"w:{edge}")
        m.set(qn("w:w"), str(w))
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    tbl_pr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


BODY_PT = 9.0  # the Table Text style
PAD_PT = 2 * 80 / 20 + 1  # tblCellMar left + right (80 twips each) and the hairlines
START_ROWS = 3  # a long table starts on a page only with its header and this many rows
SMALL_TABLE = 0.45  # of the text height: a table this short is kept on one page


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rows_xml(
    rows,
    widths,
    style_id,
    aligns,
    *,
    fill=None,
    header=False,
    bold=False,
    keep=0,
    height=None,
    size=None,
    fills=None,
) -> list[str]:
    """``<w:tr>`` elements as text, put in the saved file by ``_save``: building them one
    OxmlElement at a time was 800,000 element creations (10 s) for a 13,000-row annex.
    ``keep``: how many first rows keep with the next (the header with the first rows)."""
    run_pr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{round(size * 2)}"/>' if size else "")
    run_open = f"<w:r><w:rPr>{run_pr}</w:rPr>" if run_pr else "<w:r>"
    tr_pr = "<w:cantSplit/>"
    if height:  # Table.row_height_cm: at least this tall (room to sign)
        tr_pr += f'<w:trHeight w:val="{int(height)}" w:hRule="atLeast"/>'
    if header:
        tr_pr += "<w:tblHeader/>"  # repeated at the top of every page
    cell_pr = [f'<w:tcW w:w="{w}" w:type="dxa"/>' for w in widths]
    p_pr = [
        f'<w:pStyle w:val="{style_id}"/>',
        *(f'<w:jc w:val="{a}"/>' if a else "" for a in aligns),
    ]
    out = []
    for n, cells in enumerate(rows):
        shade = (fills or {}).get(n, fill)
        shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
        kept = "<w:keepNext/>" if n < keep else ""
        parts = [f"<w:tr><w:trPr>{tr_pr}</w:trPr>"]
        for i, text in enumerate(cells):
            run = (
                f'{run_open}<w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r>' if text else ""
            )
            parts.append(
                f"<w:tc><w:tcPr>{cell_pr[i]}{shd}</w:tcPr><w:p><w:pPr>{p_pr[0]}{kept}"
                f"{p_pr[i + 1]}</w:pPr>{run}</w:p></w:tc>"
            )
        parts.append("</w:tr>")
        out.append("".join(parts))
    return out


def docx_layout(table: MTable, texts: list[list[str]], width_pt: float, landscape_pt):
    """The columns of ``table`` laid out at the Table Text size (table_layout.plan)."""
    totals = [_fr.cell(v, c.kind) for v, c in zip(table.totals or (), table.columns, strict=False)]
    columns = [
        tl.ColumnText(c.header, c.kind, c.width, [r[i] for r in texts], totals[i] if totals else "")
        for i, c in enumerate(table.columns)
    ]
    metrics = tl.Metrics(BODY_PT, PAD_PT)
    return tl.plan(columns, width_pt, metrics, landscape_width=landscape_pt)


def _estimated_height(texts, layout, row_height_pt) -> float:
    """Points a table takes, roughly: lines per row from the measured text widths."""
    line = layout.size * 1.2 + 3
    total = 0.0
    for row in texts:
        lines = max(
            (tl.text_width(t, tl.FONT, layout.size) // max(w - PAD_PT, 1) + 1 if t else 1)
            for t, w in zip(row, layout.widths, strict=True)
        )
        total += max(lines * line, row_height_pt or 0)
    return total + 2 * line


def _table(out, table: MTable, width, height, landscape=None) -> None:
    """``width``, ``height``: the text area (EMU); ``landscape``: the section's turned text
    area when it is portrait, for a table too wide for it (then ``_turned`` gives it a
    landscape section of its own)."""
    kinds = [c.kind for c in table.columns]
    texts = [
        [tl.joined(_fr.cell(v, k), k) for v, k in zip(r, kinds, strict=True)] for r in table.rows
    ]
    layout = docx_layout(table, texts, width / 12700, landscape and landscape[0] / 12700)
    if layout.landscape:
        width, height = landscape
        headings = _trailing_headings(out)
        _turned(out, "landscape")
        body = out.element.body
        for el in headings:  # the headings of the table go along to its landscape page
            body.insert(len(body) - 1, el)  # the body's last child is its sectPr
    caption = out.add_paragraph()
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_before = Pt(6)
    caption.add_run(table.title).bold = True
    total_twips = int(width / 635)
    widths = [int(w * 20) for w in layout.widths]
    widths[-1] += total_twips - sum(widths)  # exactly the text width
    t = out.add_table(rows=0, cols=len(table.columns))
    t.style = out.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False  # tblLayout fixed: the widths below are kept
    _borders_and_padding(t._tbl.tblPr)
    tbl_w = t._tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        t._tbl.tblPr.insert_element_before(tbl_w, "w:jc", "w:tblInd", "w:tblBorders")
    tbl_w.set(qn("w:w"), str(total_twips))
    tbl_w.set(qn("w:type"), "dxa")
    for grid_col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        grid_col.set(qn("w:w"), str(w))
    aligns = ["right" if k in NUMERIC_KINDS or k == "date" else None for k in kinds]
    head_id = out.styles["Table Header"].style_id
    cell_id = out.styles["Table Text"].style_id
    size = layout.size if layout.size != BODY_PT else None
    row_height = table.row_height_cm and table.row_height_cm * 567  # twips
    small = (
        len(texts) <= 25
        and _estimated_height(texts, layout, row_height and row_height / 20)
        <= SMALL_TABLE * height / 12700
    )
    keep = len(texts) if small else START_ROWS  # a short table is kept on one page
    head = [c.header for c in table.columns]
    xml = _rows_xml([head], widths, head_id, aligns, fill=ACCENT, header=True, keep=1, size=size)
    fills = {n: EMPHASIS_FILL for n in table.emphasis}
    xml += _rows_xml(
        texts, widths, cell_id, aligns, keep=keep, height=row_height, size=size, fills=fills
    )
    if table.totals is not None:
        totals = [_fr.cell(v, k) for v, k in zip(table.totals, kinds, strict=True)]
        xml += _rows_xml([totals], widths, cell_id, aligns, fill=TOTALS_FILL, bold=True, size=size)
    pending = out.__dict__.setdefault("_pending_rows", [])
    t._tbl.append(etree.Comment(f"{ROWS_MARK}{len(pending)}"))  # the rows, put in at _save
    pending.append(xml)
    if table.note:
        out.add_paragraph(table.note, style="Table Note")
    else:
        out.add_paragraph().paragraph_format.space_after = Pt(0)
    if layout.landscape:
        _turned(out, "portrait")


def _trailing_headings(out) -> list:
    """The heading paragraphs at the end of the body, taken out of it (in order)."""
    ids = set(out.__dict__.get("_style_ids", {}).get(f"Heading {n}") for n in (1, 2, 3))
    body, found = out.element.body, []
    for el in reversed(list(body)[:-1]):
        style = el.find(f"{qn('w:pPr')}/{qn('w:pStyle')}") if el.tag == qn("w:p") else None
        if style is None or style.get(qn("w:val")) not in ids:
            break
        found.insert(0, el)
    for el in found:
        body.remove(el)
    return found


def _turned(out, orientation: str) -> None:
    """A section break to ``orientation`` (a table too wide for portrait gets a landscape
    section of its own), with the running header and footer of the section before."""
    section = out.add_section(WD_SECTION.NEW_PAGE)
    _turn(section, orientation)


def _key_figures(out, block: KeyFigures) -> None:
    per_row = min(4, max(len(block.items), 1))
    rows = (len(block.items) + per_row - 1) // per_row
    t = out.add_table(rows=rows, cols=per_row)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, fig in enumerate(block.items):
        cell = t.cell(i // per_row, i % per_row)
        _shade(cell._tc.get_or_add_tcPr(), "EEF3F7")
        value = cell.paragraphs[0]
        value.alignment = WD_ALIGN_PARAGRAPH.CENTER
        value.paragraph_format.space_before = Pt(6)
        value.paragraph_format.space_after = Pt(0)
        run = value.add_run(_fr.cell(fig.value, fig.kind))
        run.bold, run.font.size = True, Pt(16)
        run.font.color.rgb = RGBColor.from_string(ACCENT)
        label = cell.add_paragraph()
        label.alignment = WD_ALIGN_PARAGRAPH.CENTER
        label.paragraph_format.space_after = Pt(6)
        label.add_run(fig.label).font.size = Pt(9)  # a run even for an empty label
    out.add_paragraph()
