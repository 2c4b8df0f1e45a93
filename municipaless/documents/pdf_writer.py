"""PDF writer, with reportlab platypus.

* DejaVu Sans is embedded (subset): the standard PDF fonts cannot draw U+202F, the thousands
  separator of French numbers, nor always ``œ`` (docs/known-traps.md#7).
* Every text going into ``Paragraph`` markup is escaped first.
* Tables are ``pdf_table``'s: columns never narrower than their longest word (``table_layout``),
  a landscape page for a table too wide for portrait, rows drawn in ~200-row chunks (one huge
  flowable is super-linear to split), the header repeated on every page.
* "page n / N" needs the page count before it is known: pages are kept, then numbered at save.
* Headings become PDF bookmarks (the outline pane of a PDF reader).
* Any stored text lays out in bounded time: a long text is cut at ``TEXT_CAP`` with a note
  and laid out as paragraphs of at most ``CHUNK_CHARS`` (splitting one huge paragraph across
  pages is quadratic: a 1 MB description took over a minute); a table cell is cut to what
  fits on a page (a cell taller than the frame is reportlab's ``LayoutError``); titles,
  headings and the running header are shortened. A word wider than its column (only in the
  one column ``table_layout`` lets break, as a last resort) is split at its edge.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from . import _fr, _props, chart_pdf, pdf_table
from ._fonts import register_reportlab
from .model import BulletList, Chart, Document, Heading, KeyFigures
from .model import PageBreak as MPageBreak
from .model import Paragraph as MParagraph
from .model import Table as MTable
from .pdf_table import escape_markup
from .safety import atomic_write, cut, shorten

CHUNK = 200
TEXT_CAP = 30_000  # ~10 pages of one text; the rest is in the file
CHUNK_CHARS = 1_500
HEADING_CAP = 300
CELL_LINES = 30
ACCENT = colors.HexColor("#1f5f8b")
MARGIN = 2 * cm
F = "DejaVuSans"
LANDSCAPE_WIDTH = landscape(A4)[0] - 2 * MARGIN
LANDSCAPE_HEIGHT = landscape(A4)[1] - 2 * MARGIN


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=F, fontSize=10, leading=14, spaceAfter=6)
    return {
        "title": ParagraphStyle("title", base, fontSize=22, leading=27, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=17, spaceAfter=12),
        # keepWithNext: a heading never ends a page without what it heads
        "h1": ParagraphStyle(
            "h1", base, fontSize=16, leading=20, spaceBefore=12, textColor=ACCENT, keepWithNext=1
        ),
        "h2": ParagraphStyle(
            "h2", base, fontSize=13, leading=17, spaceBefore=10, textColor=ACCENT, keepWithNext=1
        ),
        "h3": ParagraphStyle(
            "h3",
            base,
            fontName=F + "-Bold",
            fontSize=11,
            leading=15,
            spaceBefore=8,
            keepWithNext=1,
        ),
        "body": base,
        "caption": ParagraphStyle("caption", base, fontName=F + "-Bold", spaceBefore=6),
        "note": ParagraphStyle("note", base, fontName=F + "-Oblique", fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0),
        "cell_r": ParagraphStyle("cell_r", base, fontSize=8, leading=10, spaceAfter=0, alignment=2),
        "big": ParagraphStyle(
            "big",
            base,
            fontName=F + "-Bold",
            fontSize=16,
            leading=20,
            alignment=1,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, alignment=1),
    }


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable) -> None:
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        # an outline may not skip a level (h1 then h3): clamp to one below the previous
        level = min(level, getattr(self, "_last_level", -1) + 1)
        self._last_level = level
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=level > 0)


def _numbered_canvas(doc: Document):
    """A canvas that holds every page until the end, then stamps "page n / N" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(n, len(self._pages))
                super().showPage()
            super().save()

        def _decorate(self, n: int, total: int) -> None:
            width, height = self._pagesize
            self.setFont(F, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN, height - 1.2 * cm, shorten(doc.meta.commune, 50))
            self.drawRightString(width - MARGIN, height - 1.2 * cm, shorten(doc.title, 70))
            self.drawString(MARGIN, 1.1 * cm, f"Établi le {_fr.long_date(doc.meta.generated)}")
            self.drawRightString(width - MARGIN, 1.1 * cm, f"page {n} / {total}")

    return NumberedCanvas


def write_pdf(doc: Document, path: Path) -> None:
    register_reportlab()
    st = _styles()
    with atomic_write(path) as tmp:
        pdf = _Doc(
            str(tmp),
            pagesize=A4,
            title=shorten(_props.plain(doc.title), 255),
            author=shorten(_props.plain(doc.author), 255),
            subject=shorten(_props.plain(doc.subject), 255),
            keywords=shorten(_props.plain(doc.meta.keywords), 255),
            creator=_props.APPLICATION,
            producer=_props.APPLICATION,  # not « ReportLab PDF Library »
            lang="fr-FR",
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        templates = []
        for name, size in (("portrait", A4), ("landscape", landscape(A4))):
            frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id=name)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=size))
        if doc.sections and doc.sections[0].orientation == "landscape":
            templates.reverse()  # the first template is the first page's
        pdf.addPageTemplates(templates)
        story = _cover(doc, st)
        for i, section in enumerate(doc.sections):
            portrait = section.orientation == "portrait"
            size = A4 if portrait else landscape(A4)
            width, height = size[0] - 2 * MARGIN, size[1] - 2 * MARGIN
            if i > 0:
                story += [NextPageTemplate(section.orientation), PageBreak()]
            turned = False
            for block in section.blocks:
                if turned:  # back from a landscape table to the section's portrait pages
                    story += [NextPageTemplate("portrait"), PageBreak()]
                    turned = False
                if isinstance(block, MTable):
                    turn = (LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT) if portrait else None
                    flow, turned = pdf_table.table(block, st, width, height, turn)
                    if turned:  # a table too wide for portrait: a landscape page of its own
                        story += [NextPageTemplate("landscape"), PageBreak()]
                    story += flow
                else:
                    story += _block(block, st, width)
        pdf.build(_headings_kept(story), canvasmaker=_numbered_canvas(doc))
        _props.unsign_pdf(tmp)


def _headings_kept(story: list) -> list:
    """Headings just before a table join it (``keepWithNext`` cannot reach into a
    ``KeepTogether``), so a heading never ends a page alone; a heading left behind on a
    portrait page by a table turned landscape follows it onto the new page."""
    out: list = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            at = len(out)
            while at and (hasattr(out[at - 1], "outline_level") or _is_turn(out[at - 1])):
                at -= 1
            while at < len(out) and not hasattr(out[at], "outline_level"):
                at += 1  # the page turn itself stays before the headings
            headings = [f for f in out[at:] if hasattr(f, "outline_level")]
            turns = [f for f in out[at:] if not hasattr(f, "outline_level")]
            del out[at:]
            out += turns
            if headings:
                if isinstance(flowable, pdf_table.KeepStart):
                    flowable.prepend(headings)
                else:
                    flowable = KeepTogether([*headings, *flowable._content])
        out.append(flowable)
    return out


def _is_turn(flowable) -> bool:
    return isinstance(flowable, NextPageTemplate | PageBreak | CondPageBreak)


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape_markup(text), style)


def _chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, cut at a line end or a space when
    there is one in the second half of the piece."""
    out = []
    while len(text) > size:
        at = max(text.rfind("\n", size // 2, size), text.rfind(" ", size // 2, size))
        at = at + 1 if at > 0 else size
        out.append(text[:at])
        text = text[at:]
    out.append(text)
    return out


def _long(text: str, style, markup=lambda t: t) -> list[Paragraph]:
    """A text of any length as paragraphs laid out in linear time (see the module doc)."""
    return [Paragraph(markup(escape_markup(c)), style) for c in _chunks(cut(text, TEXT_CAP))]


def _cover(doc: Document, st) -> list:
    story: list = []
    if doc.logo:
        img = Image(io.BytesIO(doc.logo))
        img.drawWidth, img.drawHeight = img.drawWidth * 2.2 * cm / img.drawHeight, 2.2 * cm
        img.hAlign = "LEFT"
        story.append(img)
    story.append(_p(shorten(doc.title, HEADING_CAP), st["title"]))
    if doc.subtitle:
        story.append(_p(cut(doc.subtitle, CHUNK_CHARS), st["subtitle"]))
    meta = doc.meta
    for label, value in (
        (_fr.territory_label(meta.commune), meta.commune),
        ("Période", meta.period),
        ("Filtres", meta.filters),
        ("Document établi le", _fr.long_date(meta.generated)),
    ):
        if value:
            value = escape_markup(cut(value, CHUNK_CHARS))
            story.append(Paragraph(f"<b>{_fr.lead(label)}</b>{value}", st["body"]))
    story.append(Spacer(1, 12))
    return story


def _block(block, st, width: float) -> list:
    if isinstance(block, Heading):
        p = _p(shorten(block.text, HEADING_CAP), st[f"h{block.level}"])
        p.outline_level = block.level - 1
        return [CondPageBreak(3 * cm), p]
    if isinstance(block, MParagraph):

        def emphasis(run):
            def markup(text: str) -> str:
                text = f"<b>{text}</b>" if run.bold else text
                return f"<i>{text}</i>" if run.italic else text

            return markup

        if len(block.text) > CHUNK_CHARS:  # one paragraph per piece of each run
            return [p for run in block.runs for p in _long(run.text, st["body"], emphasis(run))]
        parts = [emphasis(run)(escape_markup(run.text)) for run in block.runs]
        return [Paragraph("".join(parts), st["body"])]
    if isinstance(block, BulletList):
        items = [
            ListItem(_p(cut(item, CHUNK_CHARS), st["body"]), leftIndent=12) for item in block.items
        ]
        if block.numbered:
            return [ListFlowable(items, bulletType="1", bulletFormat="%s.", leftIndent=16)]
        return [ListFlowable(items, bulletType="bullet", start="•", leftIndent=12)]
    if isinstance(block, KeyFigures):
        return [_key_figures(block, st, width), Spacer(1, 10)] if block.items else []
    if isinstance(block, Chart):
        return [chart_pdf.drawing(block, width, min(width * 0.55, 270)), Spacer(1, 8)]
    if isinstance(block, MPageBreak):
        return [PageBreak()]
    return []


def _key_figures(block: KeyFigures, st, width: float) -> Table:
    per_row = min(4, max(len(block.items), 1))
    cells = [
        [_p(shorten(_fr.cell(f.value, f.kind), 40), st["big"]), _p(cut(f.label, 200), st["small"])]
        for f in block.items
    ]
    cells += [""] * (-len(cells) % per_row)
    data = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    t = Table(data, colWidths=[width / per_row] * per_row)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f7")),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return t
