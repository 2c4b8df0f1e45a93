"""The spreadsheets élus sum and print, read back from the demo's real exports: the bilan, a
fiche projet, the actions workbook and a directory list, in XLSX (openpyxl) and ODS (odfpy).

Every value of a numeric column is a number cell (a masked « < 3 » or « n.s. » stays text),
every tab name is unique, within 31 characters and says what it holds, every cell names its
font, and every sheet prints one page wide with a header, a footer and its header row
repeated."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import openpyxl
import pytest
from odf import opendocument
from odf.draw import Object as DrawObject
from odf.namespaces import LOEXTNS, OFFICENS, STYLENS, TABLENS
from odf.style import MasterPage, PageLayoutProperties, Style, TextProperties
from odf.table import Table, TableCell, TableHeaderRows, TableRow

from municipaless import documents
from municipaless.documents.model import NUMERIC_KINDS, Chart, Document, KeyFigures
from municipaless.documents.model import Table as MTable
from municipaless.services.casework import project_sheet
from municipaless.services.meetings import documents as meeting_documents
from municipaless.services.reports import activity_document, activity_report, list_export

TODAY = dt.date(2026, 3, 15)  # the demo's « today » (tests/documents/conftest.py)
ODS_TYPES = {"money": "currency", "count": "float", "decimal": "float", "percent": "percentage"}
ODS_TYPES["change"] = "percentage"


def _fiche(territory) -> Document:
    """The fiche of the first project whose funding plan gives an effet levier."""
    source = territory.list_source("project")
    for row in source.fetch(0, min(source.count(), 200)):
        doc = project_sheet.build(territory, row[0], nominative=False, today=TODAY)
        figures = [f for b in doc.blocks() if isinstance(b, KeyFigures) for f in b.items]
        if any(f.kind == "decimal" for f in figures) and doc.tables():
            return doc
    raise AssertionError("no project of the demo has a funding plan with commune money")


def _documents(territory) -> dict[str, Document]:
    period = activity_report.Period.year(2025)
    bilan = activity_document.build(activity_report.compute(territory, period, today=TODAY))
    source = territory.list_source("organisation")
    return {
        "bilan": bilan,
        "fiche": _fiche(territory),
        "actions": meeting_documents.action_items_workbook_document(territory, today=TODAY),
        "annuaire": list_export.build_document(source, commune="Privas", today=TODAY),
    }


@pytest.fixture(scope="module")
def exports(demo_territory, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sheets")
    out = {}
    for name, doc in _documents(demo_territory).items():
        for fmt in ("xlsx", "ods"):
            documents.write(doc, folder / f"{name}.{fmt}")
        out[name] = (doc, folder / name)
    return out


def _blocks(doc: Document) -> list[MTable | Chart]:
    return [b for b in doc.blocks() if isinstance(b, MTable | Chart)]


def _check_names(names: list[str], doc: Document) -> None:
    assert names[0] == "Couverture" and len(names) == 1 + len(_blocks(doc))
    assert len({n.lower() for n in names}) == len(names)
    assert all(0 < len(n) <= 31 for n in names)
    assert not [n for n in names if re.fullmatch(r"Graphique \d*", n)]
    for name, block in zip(names[1:], _blocks(doc), strict=True):
        if isinstance(block, Chart):  # named after its chart: its first word at least
            assert name.startswith("Graph. " + block.title.split()[0])
        else:  # its short name, or its words abbreviated (« Comité pilotage projet… »)
            words = name.rstrip(" ()0123456789").rstrip("…").split()
            assert all(w in block.short_name.split() for w in words), (name, block.short_name)


def test_bilan_values_are_numbers_of_the_right_kind(exports):
    doc = exports["bilan"][0]
    comparison = next(t for t in doc.tables() if t.name == "Comparaison")
    assert comparison.columns[-1].kind == "change"
    changes = [r[-1] for r in comparison.rows]
    assert any(isinstance(v, float) and v < 0 for v in changes)  # a fall, a number too
    assert all(isinstance(v, float) or v in ("n.s.", "–") for v in changes)
    figures = {f.label: f for b in doc.blocks() if isinstance(b, KeyFigures) for f in b.items}
    lever = next(f for label, f in figures.items() if label.startswith("effet levier"))
    assert lever.kind == "decimal" and isinstance(lever.value, float)


@pytest.mark.parametrize("name", ["bilan", "fiche", "actions", "annuaire"])
def test_xlsx_numbers_fonts_names_and_print_setup(exports, name):
    doc, stem = exports[name]
    wb = openpyxl.load_workbook(stem.with_suffix(".xlsx"))
    _check_names(wb.sheetnames, doc)
    masked = numbers = 0
    for ws, block in zip(wb.worksheets[1:], _blocks(doc), strict=True):
        setup = ws.page_setup
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert setup.orientation in ("portrait", "landscape") and setup.paperSize == 9
        assert ws.oddHeader.right.text and ws.oddFooter.right.text == "page &P / &N"
        assert ws.page_margins.left == 0.5
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == "Arial", (ws.title, cell.coordinate)
        if isinstance(block, Chart):
            assert len(ws._charts) == 1
            continue
        assert ws.print_title_rows == "$3:$3"
        rows = [*block.rows, *([block.totals] if block.totals is not None else [])]
        for r, values in enumerate(rows, start=4):
            for c, (value, col) in enumerate(zip(values, block.columns, strict=True), start=1):
                cell = ws.cell(r, c)
                if value is None:
                    continue
                if isinstance(value, str) and col.kind in NUMERIC_KINDS:
                    assert cell.data_type == "s" and cell.value == value
                    masked += 1
                elif col.kind in NUMERIC_KINDS:
                    assert cell.data_type == "n" and cell.number_format != "General"
                    expected = value / 100 if col.kind == "money" else value
                    assert cell.value == pytest.approx(expected)
                    numbers += 1
                elif col.kind == "date":
                    assert cell.is_date and cell.value.date().isoformat() == str(value)[:10]
                elif col.kind == "code":
                    assert cell.data_type == "s" and cell.number_format == "@"
                else:
                    assert cell.alignment.wrap_text, (ws.title, cell.coordinate)
    if name == "bilan":
        assert numbers > 100 and masked > 0
        cover = wb.worksheets[0]
        lever = next(r for r in cover.iter_rows() if str(r[0].value).startswith("effet levier"))
        assert lever[1].data_type == "n" and lever[1].number_format == "#,##0.0"
        change = wb["Comparaison"]["D4"]
        assert change.number_format == "+0 %;-0 %;0 %"
    if name == "actions":
        assert all(ws.page_setup.orientation == "landscape" for ws in wb.worksheets[1:])
        for ws, block in zip(wb.worksheets[1:], _blocks(doc), strict=True):
            # the instance's name, or its sigle when the name is too long for a tab
            assert ws.title == block.title or (len(block.title) > 31 and " " not in ws.title)


def _ods_cells(row) -> list:
    out = []
    for cell in row.getElementsByType(TableCell):
        repeat = int(cell.getAttrNS(TABLENS, "number-columns-repeated") or 1)
        out += [cell] * repeat
    return out


def _text(cell) -> str:
    return "".join(str(p) for p in cell.childNodes)


@pytest.mark.parametrize("name", ["bilan", "fiche", "actions", "annuaire"])
def test_ods_numbers_fonts_names_and_page_styles(exports, name):
    doc, stem = exports[name]
    ods = opendocument.load(str(stem.with_suffix(".ods")))
    sheets = ods.spreadsheet.getElementsByType(Table)
    _check_names([s.getAttrNS(TABLENS, "name") for s in sheets], doc)
    styles = {s.getAttrNS(STYLENS, "name"): s for s in ods.automaticstyles.getElementsByType(Style)}
    for st in styles.values():
        if st.getAttrNS(STYLENS, "family") == "table-cell":
            fonts = [
                t.getAttrNS(STYLENS, "font-name") for t in st.getElementsByType(TextProperties)
            ]
            assert fonts == ["Arial"], st.getAttrNS(STYLENS, "name")
    layouts = {
        p.parentNode.getAttrNS(STYLENS, "name"): p
        for p in ods.automaticstyles.getElementsByType(PageLayoutProperties)
    }
    masters = {
        m.getAttrNS(STYLENS, "name"): m for m in ods.masterstyles.getElementsByType(MasterPage)
    }

    def page_of(sheet):
        """(master page, page layout properties) a sheet prints with."""
        master = masters[
            styles[sheet.getAttrNS(TABLENS, "style-name")].getAttrNS(STYLENS, "master-page-name")
        ]
        return master, layouts[master.getAttrNS(STYLENS, "page-layout-name")]

    with zipfile.ZipFile(stem.with_suffix(".ods")) as z:
        package = set(z.namelist())
    for sheet, block in zip(sheets[1:], _blocks(doc), strict=True):
        master, layout = page_of(sheet)
        assert layout.getAttrNS(STYLENS, "print-orientation") in ("portrait", "landscape")
        assert layout.getAttrNS(LOEXTNS, "scale-to-X") == "1"
        header_footer = [n.qname[1] for n in master.childNodes]
        assert header_footer == ["header", "footer"] and "page" in str(master.childNodes[1])
        if isinstance(block, Chart):
            objects = [o.getAttribute("href") for o in sheet.getElementsByType(DrawObject)]
            assert len(objects) == 1 and f"{objects[0][2:]}/content.xml" in package
            continue
        header = sheet.getElementsByType(TableHeaderRows)
        assert len(header) == 1 and [_text(c) for c in _ods_cells(header[0].childNodes[0])] == [
            c.header for c in block.columns
        ]
        body = [r for r in sheet.getElementsByType(TableRow) if r.parentNode.qname[1] == "table"]
        rows = [*block.rows, *([block.totals] if block.totals is not None else [])]
        for row, values in zip(body[1:], rows, strict=False):
            for cell, value, col in zip(_ods_cells(row), values, block.columns, strict=False):
                kind = cell.getAttrNS(OFFICENS, "value-type")
                if value is None:
                    continue
                if isinstance(value, str) and col.kind in NUMERIC_KINDS:
                    assert kind == "string" and _text(cell) == value
                elif col.kind in NUMERIC_KINDS:
                    assert kind == ODS_TYPES[col.kind]
                    expected = value / 100 if col.kind == "money" else value
                    assert float(cell.getAttrNS(OFFICENS, "value")) == pytest.approx(expected)
                elif col.kind == "date":
                    assert kind == "date"
                else:
                    assert kind == "string"
    if name == "actions":
        wide = {page_of(s)[1].getAttrNS(STYLENS, "print-orientation") for s in sheets[1:]}
        assert wide == {"landscape"}


def test_csv_writes_changes_and_decimals_as_french_numbers(exports, tmp_path):
    doc = exports["bilan"][0]
    paths = documents.write(doc, tmp_path / "bilan.csv")
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in paths)
    assert "\u2212" not in text  # a U+2212 minus makes text of a number in Excel
    assert doc.tables()[0].name == "Comparaison"  # the first table: the requested path
    lines = paths[0].read_text(encoding="utf-8-sig").splitlines()
    changes = [line.rsplit(";", 1)[1] for line in lines[1:]]
    assert all(re.fullmatch(r"-?\d+(,\d+)?%|n\.s\.|–", c) for c in changes), changes
    assert any(c.startswith("-") for c in changes)
