"""Every writer renders the sample report, and the file is read back with an independent reader."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile

import pytest

from municipaless import documents
from municipaless.documents.typography import text_fixer
from tests.documents.documents_sample import (
    INJECTION,
    PHONE,
    POSTCODE,
    SIRET,
    TITLE,
    sample_document,
)

NNBSP = "\u202f"
PRINTED, SHEET = text_fixer("docx"), text_fixer("xlsx")  # the French typography of each


@pytest.fixture(scope="module")
def doc():
    return sample_document()


@pytest.fixture(scope="module")
def out(tmp_path_factory, doc):
    """Write every format once for the module; each test reads one back."""
    folder = tmp_path_factory.mktemp("exports")
    written = {}
    for fmt in documents.FORMATS:
        written[fmt] = documents.write(doc, folder / f"bilan.{fmt}")
    return folder, written


def test_no_temp_files_left(out):
    folder, written = out
    names = sorted(p.name for p in folder.iterdir())
    assert not [n for n in names if n.endswith(".tmp")]
    assert len(names) == 7  # six formats, csv as two files


def test_docx(out):
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(str(out[0] / "bilan.docx"))
    styles = {(p.style.name, p.text) for p in d.paragraphs}
    assert ("Title", PRINTED(TITLE)) in styles
    assert ("Heading 1", "Synthèse de l’année") in styles
    assert ("Heading 2", "Répartition par filière") in styles
    assert ("Heading 3", "Détail") in styles
    big = max(d.tables, key=lambda t: len(t.rows))
    assert len(big.rows) == 1 + 450 + 1
    assert big.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    first = [c.text for c in big.rows[1].cells]
    assert first[:4] == ["La Ruche œuvrière", SIRET, POSTCODE, "05/03/2024"]
    assert first[4] == f"12{NNBSP}500\u00a0€" and first[6] == "42\u00a0%"
    assert big.rows[2].cells[0].text == INJECTION  # a Word cell is inert text
    assert d.sections[1].page_width > d.sections[1].page_height  # landscape section
    assert d.inline_shapes  # the chart pictures
    footer = d.sections[0].footer._element.xml
    assert "NUMPAGES" in footer and "PAGE" in footer


def test_xlsx(out):
    from openpyxl import load_workbook

    wb = load_workbook(out[0] / "bilan.xlsx")
    assert wb.sheetnames[0] == "Couverture"
    assert wb["Couverture"]["A1"].value == SHEET(TITLE)
    ws = wb["Structures"]
    header = [c.value for c in ws[3]]
    assert header[:3] == ["Structure", "SIRET", "Code postal"]
    ruche, evil, phone = ws[4], ws[5], ws[6]
    assert evil[0].value == INJECTION and evil[0].data_type == "s"
    assert phone[0].value == PHONE and phone[0].data_type == "s"
    assert ruche[1].value == SIRET and ruche[1].data_type == "s"
    assert ruche[2].value == POSTCODE and ruche[2].data_type == "s"
    assert ruche[3].value == dt.datetime(2024, 3, 5) and ruche[3].number_format == "dd/mm/yyyy"
    assert ruche[4].value == 12500 and "€" in ruche[4].number_format
    assert ruche[6].value == pytest.approx(0.42) and "%" in ruche[6].number_format
    assert "Tableau" in next(iter(ws.tables.values())).displayName
    assert ws.freeze_panes == "A4"
    totals = ws[4 + 450]
    assert totals[0].value == "Total" and isinstance(totals[4].value, float)
    chart_sheets = [s for s in wb.worksheets if s._charts]
    assert len(chart_sheets) == 2
    with zipfile.ZipFile(out[0] / "bilan.xlsx") as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
        sheet_xml = z.read("xl/worksheets/sheet3.xml").decode()
    assert "<f>" not in sheet_xml  # no formula anywhere in the data sheet


def test_pdf(out):
    from pypdf import PdfReader

    reader = PdfReader(out[0] / "bilan.pdf")
    n = len(reader.pages)
    assert n > 1
    first = reader.pages[0].extract_text()
    assert "Cœur de ville" in first
    assert f"page 1 / {n}" in first
    text = "".join(p.extract_text() for p in reader.pages[:4])
    assert f"12{NNBSP}500" in text or "12 500" in text
    assert "<associatives> & coopératives" in text  # escaped, not eaten as markup
    fonts = {str(f) for p in reader.pages[:2] for f in p["/Resources"]["/Font"].values()}
    assert fonts
    outline_titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Synthèse de l’année" in outline_titles
    assert "Structure n° 447" in "".join(p.extract_text() for p in reader.pages[-3:])


def test_odt(out):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H

    odt = load(str(out[0] / "bilan.odt"))
    heads = [
        (h.getAttribute("outlinelevel"), teletype.extractText(h)) for h in odt.getElementsByType(H)
    ]
    assert ("1", "Synthèse de l’année") in heads
    assert ("2", "Répartition par filière") in heads
    text = teletype.extractText(odt.text)
    assert "La Ruche œuvrière" in text and f"12{NNBSP}500\u00a0€" in text and INJECTION in text


def test_ods(out):
    from odf import teletype
    from odf.opendocument import load
    from odf.table import Table, TableCell, TableRow

    ods = load(str(out[0] / "bilan.ods"))
    sheets = {t.getAttribute("name"): t for t in ods.spreadsheet.getElementsByType(Table)}
    assert list(sheets)[0] == "Couverture" and "Structures" in sheets
    rows = sheets["Structures"].getElementsByType(TableRow)
    ruche = rows[2].getElementsByType(TableCell)
    assert [c.getAttribute("valuetype") for c in ruche] == [
        "string",
        "string",
        "string",
        "date",
        "currency",
        "float",
        "percentage",
    ]
    assert teletype.extractText(ruche[1]) == SIRET and teletype.extractText(ruche[2]) == POSTCODE
    assert float(ruche[4].getAttribute("value")) == 12500
    assert ruche[3].getAttribute("datevalue") == "2024-03-05"
    evil = rows[3].getElementsByType(TableCell)[0]
    assert evil.getAttribute("valuetype") == "string" and evil.getAttribute("formula") is None
    assert teletype.extractText(evil) == INJECTION


def test_csv(out):
    first, second = out[1]["csv"]
    assert first.name == "bilan.csv" and second.name == "bilan-structures.csv"
    raw = second.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Structure", "SIRET", "Code postal"]
    assert rows[1] == ["La Ruche œuvrière", SIRET, POSTCODE, "05/03/2024", "12500,00", "12", "42%"]
    assert rows[2][0] == "'" + INJECTION and rows[3][0] == "'" + PHONE
    assert rows[2][6] == "12,5%"
    assert len(rows) == 1 + 450  # no totals row in data files


def test_unknown_format(tmp_path, doc):
    with pytest.raises(ValueError):
        documents.write(doc, tmp_path / "bilan.txt")
