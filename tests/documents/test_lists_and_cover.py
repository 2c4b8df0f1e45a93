"""Lists and cover lines as a reader sees them in Word, LibreOffice and the PDF: an ordre du
jour numbered once (never « • 1. »), a bullet apart from its text, the cover's labels present."""

from __future__ import annotations

import datetime as dt
import zipfile

import docx
import pytest
from pypdf import PdfReader

from municipaless import documents
from municipaless.documents.model import BulletList, Document, Meta, Section

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def doc() -> Document:
    meta = Meta(commune="Privas", period="année 2025", generated=dt.date(2026, 12, 3))
    blocks = [
        BulletList(["Accueil", "Budget 2026", "Questions diverses"], numbered=True),
        BulletList(["Yannick Martin", "Inès Nicolas"]),
    ]
    return Document("Compte rendu", "COPIL", meta=meta, sections=[Section(blocks)])


def test_odt_cover_has_its_labels_and_lists_have_room(tmp_path, doc):
    path = documents.write(doc, tmp_path / "d.odt")[0]
    content = zipfile.ZipFile(path).read("content.xml").decode()
    assert f"Commune{NBSP}: </text:span>Privas" in content
    assert f"Période{NBSP}: </text:span>année 2025" in content
    assert "Document établi le </text:span>" in content
    assert 'text:list-level-style-number text:level="1"' in content
    assert 'style:num-format="1"' in content
    assert 'text:min-label-width="0.5cm"' in content  # « • Yannick », not « •Yannick »
    assert "1. Accueil" not in content  # the number is the list's, not typed in


def test_docx_numbers_the_agenda_with_word_s_numbered_list(tmp_path, doc):
    path = documents.write(doc, tmp_path / "d.docx")[0]
    paragraphs = docx.Document(str(path)).paragraphs
    styles = {p.text: p.style.name for p in paragraphs}
    assert styles["Budget 2026"] == "List Number"
    assert styles["Inès Nicolas"] == "List Bullet"
    assert f"Commune{NBSP}: Privas" in [p.text for p in paragraphs]


def test_docx_numbers_the_agenda_with_a_commune_template_too(tmp_path, doc):
    plain = documents.write(doc, tmp_path / "plain.docx")[0]
    doc.docx_template = plain.read_bytes()  # any .docx stands for the commune's letterhead
    try:
        path = documents.write(doc, tmp_path / "templated.docx")[0]
    finally:
        doc.docx_template = None
    styles = {p.text: p.style.name for p in docx.Document(str(path)).paragraphs}
    assert styles["Budget 2026"] == "List Number"


def test_pdf_numbers_once(tmp_path, doc):
    path = documents.write(doc, tmp_path / "d.pdf")[0]
    text = PdfReader(path).pages[0].extract_text()
    assert "1." in text and "3." in text
    assert "• 1" not in text and "•1" not in text
    assert "Document établi le" in text and "établi le :" not in text


def _bare_template(tmp_path) -> bytes:
    """A letterhead as a commune might make it: no list styles, no numbering definitions."""
    from docx.oxml.ns import qn

    d = docx.Document()
    for style_id in ("ListBullet", "ListNumber"):
        for el in d.styles.element.findall(qn("w:style")):
            if el.get(qn("w:styleId")) == style_id:
                d.styles.element.remove(el)
    numbering = d.part.numbering_part.element
    for el in list(numbering):
        numbering.remove(el)
    path = tmp_path / "modele.docx"
    d.save(str(path))
    return path.read_bytes()


def test_lists_lent_to_a_template_bring_their_numbering(tmp_path, doc):
    """Word shows a list style's bullets or numbers from numbering.xml: a style copied into
    the commune's template without its definition would print as plain paragraphs."""
    from docx.oxml.ns import qn

    doc.docx_template = _bare_template(tmp_path)
    try:
        path = documents.write(doc, tmp_path / "avec-modele.docx")[0]
    finally:
        doc.docx_template = None
    out = docx.Document(str(path))
    numbering = out.part.numbering_part.element
    formats = {}
    for name in ("List Number", "List Bullet"):
        num_id = out.styles[name].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        num = next(
            n
            for n in numbering.findall(qn("w:num"))
            if n.get(qn("w:numId")) == num_id.get(qn("w:val"))
        )
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(
            a
            for a in numbering.findall(qn("w:abstractNum"))
            if a.get(qn("w:abstractNumId")) == abstract_id
        )
        formats[name] = abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val"))
    assert formats == {"List Number": "decimal", "List Bullet": "bullet"}
    tags = [el.tag.split("}")[1] for el in numbering]
    assert tags == sorted(tags)  # every abstractNum before the first num, as the schema wants


@pytest.mark.parametrize("suffix", ["docx", "odt", "pdf", "xlsx", "ods"])
def test_an_intercommunalite_signs_as_a_collectivite_not_a_commune(tmp_path, suffix):
    """A bilan or a letter of the agglomération read « Commune : Communauté d'agglomération… »
    on its cover; a town keeps « Commune »."""
    import openpyxl
    from odf.opendocument import load
    from odf.text import P

    epci = "Communauté d'agglomération Privas Centre Ardèche"
    meta = Meta(commune=epci, period="année 2025", generated=dt.date(2026, 12, 3))
    d = Document("Bilan", meta=meta, sections=[Section([BulletList(["Accueil"])])])
    path = documents.write(d, tmp_path / f"cover.{suffix}")[0]
    if suffix == "docx":
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    elif suffix == "pdf":
        text = PdfReader(path).pages[0].extract_text()
    elif suffix == "xlsx":
        book = openpyxl.load_workbook(path)
        text = "\n".join(
            str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value
        )
    else:
        from odf import teletype

        text = "\n".join(teletype.extractText(p) for p in load(str(path)).getElementsByType(P))
        if suffix == "ods":
            from odf.table import TableCell

            cells = load(str(path)).getElementsByType(TableCell)
            text += "\n".join(teletype.extractText(c) for c in cells)
    flat = text.replace(NBSP, " ")
    assert "Collectivité" in flat and epci.split()[0] in flat
    assert "Commune :" not in flat and "Commune\n" not in flat
