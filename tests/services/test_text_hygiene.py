"""Pasted control characters and broken text go in through the services, come out clean, and
every export of the records that hold them succeeds (they used to fail deep inside lxml)."""

import datetime as dt

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook

from municipaless import documents
from municipaless.services import directory
from municipaless.services.casework import project_sheet
from municipaless.services.reports import activity_document, list_export
from municipaless.services.reports import activity_report as ar
from municipaless.storage.errors import InvalidText
from tests.services.casework_sample import make_sample

DIRTY_NAME = "Épicerie\x00 solidaire\x0bMartin\ud800 \x1b[31m"
DIRTY_TEXT = "Ligne 1\x0bLigne 2\x0cpage\r\nfin\rici\x85\x7f\udfff « ok »\t."


@pytest.fixture(scope="module")
def dirty(tmp_path_factory):
    sample = make_sample(tmp_path_factory.mktemp("hygiene") / "t.municipaless")
    t, p = sample.t, sample.project
    p = t.save("project", {"name": DIRTY_NAME, "description": DIRTY_TEXT}, row_id=p.id, rev=p.rev)
    directory.save_organisation(t, {"name": "=SOMME(A1)\x00\x01", "notes": DIRTY_TEXT})
    yield sample, t.records["project"].get(p.id)
    t.close()


def test_stored_text_is_clean(dirty):
    _, p = dirty
    assert p.name == "Épicerie solidaire\nMartin\ufffd [31m"
    assert p.description == "Ligne 1\nLigne 2\npage\nfin\nici\ufffd « ok »\t."


def test_a_valid_surrogate_pair_is_joined_not_lost(dirty):
    sample, _ = dirty
    org = sample.t.save("organisation", {"name": "Café \ud83d\ude00"})
    assert org.name == "Café 😀"


def test_too_long_text_is_refused_in_french_under_its_field(dirty):
    sample, _ = dirty
    with pytest.raises(InvalidText) as caught:
        sample.t.save("organisation", {"name": "x" * 301})
    assert set(caught.value.errors) == {"name"}
    assert "trop long" in caught.value.message
    # free text is allowed far longer
    org = sample.t.save("organisation", {"name": "Longue", "notes": "mot " * 20_000})
    assert len(org.notes) == 80_000


def test_fiche_projet_docx_and_pdf(dirty, tmp_path):
    sample, p = dirty
    for nominative in (True, False):
        for fmt in ("docx", "pdf", "odt"):
            out = tmp_path / f"fiche-{nominative}.{fmt}"
            project_sheet.write(sample.t, p.id, out, nominative=nominative)
            assert out.stat().st_size > 0
    text = "\n".join(par.text for par in DocxDocument(tmp_path / "fiche-True.docx").paragraphs)
    assert "Ligne 2" in text


def test_xlsx_list_export(dirty, tmp_path):
    sample, _ = dirty
    for table in ("organisation", "project"):
        path = list_export.export_list(sample.t, table, tmp_path / f"{table}.xlsx")
        assert load_workbook(path).worksheets


def test_nominative_bilan(dirty, tmp_path):
    sample, _ = dirty
    report = ar.compute(
        sample.t, ar.Period.year(2026), today=dt.date(2026, 12, 31), nominative=True
    )
    doc = activity_document.build(report, nominative=True)
    for fmt in ("docx", "xlsx", "pdf", "ods"):
        (out,) = documents.write(doc, tmp_path / f"bilan.{fmt}")
        assert out.stat().st_size > 0
    wb = load_workbook(tmp_path / "bilan.xlsx")
    annex = wb["Annexe nominative"]
    assert any("Martin" in str(c.value) for row in annex.iter_rows() for c in row if c.value)


def test_a_project_name_at_its_limit_still_makes_the_fiche(dirty, tmp_path):
    import docx

    sample, p = dirty
    long_name = "Coopérative " * 25  # 300 characters: Word's title property holds 255
    p = sample.t.save("project", {"name": long_name.strip()}, row_id=p.id, rev=p.rev)
    for fmt in ("docx", "pdf"):
        (out,) = project_sheet.write(sample.t, p.id, tmp_path / f"long.{fmt}", nominative=True)
        assert out.stat().st_size > 0
    title = docx.Document(str(tmp_path / "long.docx")).core_properties.title
    assert len(title) <= 255
