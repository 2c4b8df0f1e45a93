"""Word (.docx) writer, with python-docx.

Word's built-in Title and Heading 1-3 styles are used (never look-alike bold paragraphs) so the
navigation pane, the outline and an inserted table of contents work in Word and LibreOffice.
Table rows are built as raw XML against two custom paragraph styles: python-docx's cell API is
slow on the hundreds of rows a bilan can hold, and per-cell formatting bloats the file.

With ``Document.docx_template`` (the commune's letterhead) the file starts from that .docx: its
styles, page setup, header and footer are kept and only its body is replaced; styles the
export needs and the template lacks are copied from python-docx's default template.
"""

from __future__ import annotations

import io
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

from . import _fr, _props, chart_png
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
        if i == 0:
            _cover(out, doc, logo=not templated)
        for block in section.blocks:
            _block(out, block, width)
    _properties(out, doc)
    with atomic_write(path) as tmp:
        out.save(str(tmp))


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
        ("Commune", meta.commune),
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
    if isinstance(block, Heading):
        _styled(out, block.text, f"Heading {block.level}")
    elif isinstance(block, MParagraph):
        p = out.add_paragraph()
        for run in block.runs:
            r = p.add_run(run.text)
            r.bold, r.italic = run.bold or None, run.italic or None
    elif isinstance(block, BulletList):
        for item in block.items:
            _styled(out, item, "List Number" if block.numbered else "List Bullet")
    elif isinstance(block, MTable):
        _table(out, block, width)
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


def _row(
    cells, widths, style_id, aligns, fill=None, header=False, bold=False, keep=True, height=None
):
    tr = OxmlElement("w:tr")
    tr_pr = OxmlElement("w:trPr")
    tr_pr.append(OxmlElement("w:cantSplit"))
    if height:  # Table.row_height_cm: at least this tall (room to sign)
        tr_height = OxmlElement("w:trHeight")
        tr_height.set(qn("w:val"), str(int(height)))
        tr_height.set(qn("w:hRule"), "atLeast")
        tr_pr.append(tr_height)
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page
    tr.append(tr_pr)
    for text, w, align in zip(cells, widths, aligns, strict=True):
        tc = OxmlElement("w:tc")
        tc_pr = OxmlElement("w:tcPr")
        tc_w = OxmlElement("w:tcW")
        tc_w.set(qn("w:w"), str(w))
        tc_w.set(qn("w:type"), "dxa")
        tc_pr.append(tc_w)
        if fill:
            _shade(tc_pr, fill)
        tc.append(tc_pr)
        p = OxmlElement("w:p")
        p_pr = OxmlElement("w:pPr")
        p_style = OxmlElement("w:pStyle")
        p_style.set(qn("w:val"), style_id)
        p_pr.append(p_style)
        if keep:
            p_pr.append(OxmlElement("w:keepNext"))
        if align:
            jc = OxmlElement("w:jc")
            jc.set(qn("w:val"), align)
            p_pr.append(jc)
        p.append(p_pr)
        if text:
            r = OxmlElement("w:r")
            if bold:
                r_pr = OxmlElement("w:rPr")
                r_pr.append(OxmlElement("w:b"))
                r.append(r_pr)
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            p.append(r)
        tc.append(p)
        tr.append(tc)
    return tr


def _table(out, table: MTable, width) -> None:
    caption = out.add_paragraph()
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_before = Pt(6)
    caption.add_run(table.title).bold = True
    weights = _fr.column_weights(table.columns, table.rows, table.totals)
    total_twips = int(width / 635)
    widths = [int(total_twips * w / sum(weights)) for w in weights]
    t = out.add_table(rows=0, cols=len(table.columns))
    t.style = out.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    _borders_and_padding(t._tbl.tblPr)
    for grid_col, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        grid_col.set(qn("w:w"), str(w))
    kinds = [c.kind for c in table.columns]
    aligns = ["right" if k in NUMERIC_KINDS or k == "date" else None for k in kinds]
    head_id = out.styles["Table Header"].style_id
    cell_id = out.styles["Table Text"].style_id
    tbl = t._tbl
    tbl.append(_row([c.header for c in table.columns], widths, head_id, aligns, ACCENT, True))
    keep = len(table.rows) <= 25  # a short table is kept on one page
    emphasis = set(table.emphasis)
    height = table.row_height_cm and int(table.row_height_cm * 567)  # twips
    for n, values in enumerate(table.rows):
        cells = [_fr.cell(v, k) for v, k in zip(values, kinds, strict=True)]
        fill = EMPHASIS_FILL if n in emphasis else None
        tbl.append(_row(cells, widths, cell_id, aligns, fill, keep=keep, height=height))
    if table.totals is not None:
        cells = [_fr.cell(v, k) for v, k in zip(table.totals, kinds, strict=True)]
        tbl.append(_row(cells, widths, cell_id, aligns, TOTALS_FILL, bold=True))
    if table.note:
        out.add_paragraph(table.note, style="Table Note")
    else:
        out.add_paragraph().paragraph_format.space_after = Pt(0)


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
