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
