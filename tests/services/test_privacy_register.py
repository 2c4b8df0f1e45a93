"""The register fiche says what this file holds: categories from filled columns, volumes
counted, the settings' retention and recipients; DOCX, PDF and ODT from one model."""

import zipfile

import pytest
from pypdf import PdfReader

from municipaless.services.privacy import register
from tests.documents.typography_sample import plain
from tests.services.casework_sample import docx_text, make_sample
from tests.services.privacy_sample import make_privacy_sample


def test_an_empty_file_holds_no_category(tmp_path):
    from municipaless.services.file.territory import Territory

    t = Territory.create(tmp_path / "vide.municipaless", "Camille")
    try:
        assert [here for _n, _w, here in register.categories_present(t)] == [False] * len(
            register.CATEGORIES
        )
    finally:
        t.close()


def test_categories_follow_what_is_filled(tmp_path):
    s = make_sample(tmp_path / "t.municipaless")  # no funding, no meeting yet
    try:
        present = {name: here for name, _w, here in register.categories_present(s.t)}
        assert present["Coordonnées"] and present["Textes libres"]
        assert not present["Informations d'ordre économique et financier"]
        assert not present["Participation à des réunions"]
    finally:
        s.t.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    ps = make_privacy_sample(tmp_path_factory.mktemp("register") / "t.municipaless")
    yield ps
    ps.s.t.close()


def test_docx_holds_settings_counts_and_security(sample, tmp_path):
    path = tmp_path / "registre.docx"
    register.write(sample.s.t, path)
    text = docx_text(path)
    for present in (
        "Registre des traitements",
        "Commune de Privas",
        "dpo@privas.fr",
        "6 ans après la dernière activité",
        "4 ans après la dernière mise à jour",
        "Aucun.",  # transfers outside the EU
        "Informations d'ordre économique et financier",
        "Journal de chaque modification",
        "secret statistique en dessous de 3 personnes",
    ):
        assert present in text, present
    counts = _table_values(path, "dont porteurs de projets")
    assert counts["dont porteurs de projets"] == "2"  # Léa and Paul
    assert counts["Réunions"] == "1"
    assert counts["Structures"] == "5"


def _table_values(path, first_cell) -> dict[str, str]:
    """The (first cell → last cell) rows of the Word table that has a row ``first_cell``."""
    import docx

    for table in docx.Document(str(path)).tables:
        rows = {plain(row.cells[0].text): plain(row.cells[-1].text) for row in table.rows}
        if first_cell in rows:
            return rows
    raise AssertionError(f"no table with a row {first_cell}")


def test_pdf_and_odt_from_the_same_model(sample, tmp_path):
    pdf = tmp_path / "registre.pdf"
    register.write(sample.s.t, pdf)
    reader = PdfReader(pdf)
    assert len(reader.pages) <= 3
    text = plain(" ".join(" ".join(p.extract_text().split()) for p in reader.pages))
    assert "Transferts hors de l'Union européenne" in text and "Mesures de sécurité" in text
    odt = tmp_path / "registre.odt"
    register.write(sample.s.t, odt)
    with zipfile.ZipFile(odt) as archive:
        content = archive.read("content.xml").decode()
    assert "Registre des traitements" in content and "Durées de conservation" in content
