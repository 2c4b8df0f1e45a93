"""`municipaless export bilan`: every format written from the command line and read back."""

from pathlib import Path

import pytest

from municipaless import cli
from tests.documents.typography_sample import plain
from tests.storage.activity_sample import VOULTE, write_sample

PERIOD = ["--from", "2025-01-01", "--to", "2025-12-31"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    return write_sample(tmp_path_factory.mktemp("cli") / "t.municipaless")


def _export(sample: Path, out: Path, *extra: str) -> int:
    return cli.main(["export", "bilan", str(sample), *PERIOD, "-o", str(out), *extra])


def test_xlsx_reads_back_with_masked_text_cells(sample, tmp_path):
    import openpyxl

    out = tmp_path / "bilan.xlsx"
    assert _export(sample, out, "--format", "xlsx") == 0
    wb = openpyxl.load_workbook(out)
    cover = wb["Couverture"]
    values = {cover.cell(r, 1).value: cover.cell(r, 2) for r in range(1, cover.max_row + 1)}
    masked = values["porteurs accueillis pour la première fois"]
    assert masked.value == "< 3" and masked.data_type == "s"  # text: cannot be summed back
    assert values["porteurs accompagnés"].value == 3
    assert values["financements obtenus"].value == 20_000
    assert "Comparaison" in wb.sheetnames
    text = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert "Dubois" not in text and "Privas" in text


def test_docx_pdf_odt_ods_read_back(sample, tmp_path):
    import docx
    from odf import teletype
    from odf.opendocument import load
    from pypdf import PdfReader

    for fmt in ("docx", "pdf", "odt", "ods"):
        assert _export(sample, tmp_path / f"bilan.{fmt}", "--format", fmt) == 0
    d = docx.Document(str(tmp_path / "bilan.docx"))
    headings = [plain(p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "Synthèse" in headings and "Financements mobilisés" in headings
    assert any(plain(c.text) == "< 3" for t in d.tables for row in t.rows for c in row.cells)
    pdf = plain("".join(page.extract_text() for page in PdfReader(tmp_path / "bilan.pdf").pages))
    assert "Bilan d'activité ESS" in pdf and "Comité de pilotage ESS" in pdf
    assert "Dubois" not in pdf
    odt = plain(teletype.extractText(load(str(tmp_path / "bilan.odt")).text))
    assert "Taux de prise en charge" in odt
    ods = plain(teletype.extractText(load(str(tmp_path / "bilan.ods")).spreadsheet))
    assert "Autres structures (2)" in ods  # two structures with 1 or 2 orientations each


def test_scope_and_nominative_annex(sample, tmp_path, capsys):
    import openpyxl

    out = tmp_path / "nominatif.xlsx"
    assert _export(sample, out, "--communes", VOULTE, "--nominatif") == 0
    assert "Écrit : " in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    annex = wb["Annexe nominative"]
    names = [annex.cell(r, 3).value for r in range(4, annex.max_row + 1)]
    assert names == ["Léa Dubois"]  # only P4 is in La Voulte-sur-Rhône
    assert "La Voulte-sur-Rhône" in wb["Couverture"]["B6"].value


def test_bad_period_is_refused(sample, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    code = cli.main(
        [
            "export",
            "bilan",
            str(sample),
            "--from",
            "2025-12-31",
            "--to",
            "2025-01-01",
            "-o",
            str(out),
        ]
    )
    assert code == 2 and not out.exists()
    assert "Période invalide" in capsys.readouterr().err
