"""The « Guide des structures » handout, read back from the DOCX and the PDF."""

import docx
import pytest
from pypdf import PdfReader

from municipaless.services.directory import organisations_guide
from tests.documents.typography_sample import plain
from tests.services.directory_sample import PRIVAS, TODAY, build


@pytest.fixture(scope="module")
def annuaire(tmp_path_factory):
    t, ids = build(tmp_path_factory.mktemp("guide") / "annuaire.municipaless")
    yield t, ids
    t.close()


def paragraphs(path):
    return [plain(p.text) for p in docx.Document(str(path)).paragraphs]


def test_docx_groups_the_fitting_structures_by_need(annuaire, tmp_path):
    t, _ = annuaire
    path = organisations_guide.write(
        t,
        tmp_path / "guide.docx",
        needs=["creation", "financement", "hebergement"],
        stage="emergence",
        commune_insee=PRIVAS,
        today=TODAY,
    )
    text = paragraphs(path)
    document = docx.Document(str(path))
    headings = [
        (p.style.name, plain(p.text))
        for p in document.paragraphs
        if p.style.name.startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "Accompagnement à la création"),
        ("Heading 2", "Agglo Privas"),  # names Privas itself: first
        ("Heading 2", "BGE Ardèche Drôme (BGE)"),
        ("Heading 2", "Structure sans territoire"),
        ("Heading 1", "Financement"),
        ("Heading 2", "Région AURA"),  # nobody offers hébergement: no empty chapter
    ]
    joined = "\n".join(text)
    assert "Privas" in joined and "26 novembre 2026" not in joined and "15 mars 2026" in joined
    bge = text.index("BGE Ardèche Drôme (BGE)")
    assert text[bge + 1 : bge + 6] == [
        "Ce qu'elle propose : Accompagnement à la création",
        "Conditions : Gratuit",
        "Pour quels projets : Idée, Émergence ; toutes filières",
        "Territoire : Ardèche (07)",
        "Contact : Paul Durand, conseiller création — 04 75 00 00 02",
    ]
    assert text[bge + 6].startswith("Pour la joindre : 07000 Privas · 04 75 00 00 01")
    # Anne left the BGE in 2023: never on the handout as its contact
    assert "Anne Martin, chargée de mission" not in joined
    assert "Incubateur parisien" not in joined  # covers Paris, not Privas


def test_pdf_says_so_when_nothing_fits(annuaire, tmp_path):
    t, _ = annuaire
    path = organisations_guide.write(
        t, tmp_path / "guide.pdf", needs="hebergement", commune_insee=PRIVAS, today=TODAY
    )
    text = plain("\n".join(page.extract_text() for page in PdfReader(path).pages))
    assert "Guide des structures" in text
    assert "Aucune structure" in text
    assert "15 mars 2026" in text


def test_every_need_by_default_in_pdf(annuaire, tmp_path):
    t, _ = annuaire
    path = organisations_guide.write(t, tmp_path / "tout.pdf", today=TODAY)
    text = plain(" ".join(page.extract_text() for page in PdfReader(path).pages))
    for name in ("BGE Ardèche Drôme", "Initiative Centre Ardèche", "Incubateur parisien"):
        assert name in text
    assert "Prêt d'honneur" in text
    with pytest.raises(ValueError, match="format du guide"):
        organisations_guide.write(t, tmp_path / "g.xlsx")
