"""The real documents of the small demo read back from their PDF as a council member reads
them: no word cut across two lines in any table, no page holding only a heading, and the
émargement's signing grid on page 1 whatever the number of invitees."""

import pytest

from municipaless import documents
from tests.documents import layout_samples as ls
from tests.documents.pdf_pages import cut_words, lonely_heading_pages, norm, page_lines

TABLES = ["bilan", "bilan_nominatif", "fiche_projet", "fiche_liaison", "releve", "registre"]
NAMES = [*TABLES, "guide"]  # the guide: headings and paragraphs, no table


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout")
    t = ls.small_demo(folder)
    docs = ls.documents(t)
    for n in (7, 13, 40):
        docs[f"emargement_{n}"] = ls.signin_sheet(t, n)
    t.close()
    pdfs = {}
    for name, doc in docs.items():
        pdfs[name] = folder / f"{name}.pdf"
        documents.write(doc, pdfs[name])
    return docs, pdfs


@pytest.mark.parametrize("name", TABLES + ["emargement_40"])
def test_no_word_of_any_table_cell_is_cut_across_lines(demo, name):
    docs, pdfs = demo
    assert docs[name].tables(), "a document without tables proves nothing here"
    assert cut_words(pdfs[name], docs[name]) == []


@pytest.mark.parametrize("name", NAMES + ["emargement_13"])
def test_no_page_holds_only_a_heading(demo, name):
    docs, pdfs = demo
    assert lonely_heading_pages(pdfs[name], docs[name]) == []


@pytest.mark.parametrize("invitees", [7, 13, 40])
def test_the_signing_grid_starts_on_page_one(demo, invitees):
    docs, pdfs = demo
    doc = docs[f"emargement_{invitees}"]
    first_invitee = doc.tables()[0].rows[0][0]
    pages = page_lines(pdfs[f"emargement_{invitees}"])
    page1 = "\n".join(pages[0])
    assert "Nom Structure Signature" in page1
    assert first_invitee in page1
    # every invitee is on the sheet, each page under the grid's header again
    everything = "\n".join(line for page in pages for line in page)
    assert all(row[0] in everything for row in doc.tables()[0].rows if row[0])
    assert all("Nom Structure Signature" in "\n".join(page) for page in pages)


def test_the_nominative_annex_is_in_landscape_with_its_header_on_every_page(demo):
    import pdfplumber

    docs, pdfs = demo
    annex = docs["bilan_nominatif"].tables()[-1]
    with pdfplumber.open(str(pdfs["bilan_nominatif"])) as pdf:
        pages = [p for p in pdf.pages if "Référence" in (p.extract_text() or "")]
        assert len(pages) >= 2
        assert all(p.width > p.height for p in pages)
        text = norm("\n".join(p.extract_text() for p in pages))
    assert all(norm(row[0]) in text for row in annex.rows)


def test_a_table_too_wide_for_portrait_gets_a_landscape_page(tmp_path):
    import pdfplumber

    from municipaless.documents.model import Column, Document, Heading, Paragraph, Section, Table

    words = ["Anticonstitutionnellement", "Intergouvernementalisation", "Désinstitutionnalisation"]
    columns = [Column(f"Colonne {i}") for i in range(6)]
    table = Table("Large", columns, [words * 2] * 3)
    doc = Document(
        "Essai",
        sections=[
            Section([Paragraph("Avant."), Heading("Le tableau"), table, Paragraph("Après.")])
        ],
    )
    path = tmp_path / "large.pdf"
    documents.write(doc, path)
    with pdfplumber.open(str(path)) as pdf:
        shapes = [(p.width > p.height, p.extract_text()) for p in pdf.pages]
    assert [s[0] for s in shapes] == [False, True, False]
    assert "Le tableau" in shapes[1][1] and "Après." in shapes[2][1]  # the heading went along
    assert cut_words(path, doc) == []


def test_no_break_spaces_hold_in_paragraphs_too(tmp_path):
    """U+00A0 and U+202F (what the French typography puts in phones and amounts) never break
    a line, though reportlab counts U+202F as a space."""
    from municipaless.documents.model import Column, Document, Paragraph, Section, Table

    phone, amount = "04\u00a065\u00a071\u00a065\u00a039", "12\u202f500\u00a0€"
    text = " ".join(["Appelez le", phone, "pour les", amount, "demandés."] * 30)
    notes = Table("Notes", [Column("N°", "code"), Column("Note")], [["1", text]])
    doc = Document("Essai", sections=[Section([Paragraph(text), notes])])
    path = tmp_path / "nbsp.pdf"
    documents.write(doc, path)
    lines = [line for page in page_lines(path) for line in page]
    assert sum(line.count("04 65 71 65 39") for line in lines) == 60
    assert sum(line.count("12 500 €") for line in lines) == 60
