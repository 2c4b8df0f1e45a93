"""Withheld counts of an anonymised bilan stay withheld in every spreadsheet export.

A str in a count column of the model is a withheld value; each writer must write it as text,
and nothing else in the file may carry the number: no numeric cell beyond the model's, no
formula, no hidden row or column, no chart series with a value the table withholds."""

import csv
import datetime as dt

import pytest

from municipaless import documents
from municipaless.documents.model import NUMERIC_KINDS, Table
from municipaless.services.demo import generate
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.reports import activity_document as ad
from municipaless.services.reports import activity_report as ar
from tests.documents.typography_sample import plain

TODAY = dt.date(2026, 12, 3)
MARKS = {"< 3", "s", "n.s."}


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    """The demo's 2025 bilan over its three smallest communes: both « < 3 » and « s »."""
    path = tmp_path_factory.mktemp("sdc") / "demo.municipaless"
    generate(path, "small", today=TODAY)
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        codes = [c for c, _ in ar.scope_choices(t)][-3:]
        report = ar.compute(t, ar.Period.year(2025), codes, today=TODAY)
    finally:
        t.close()
    return ad.build(report)


def _withheld(table: Table) -> list[tuple[int, int, str]]:
    """(row index, column index, mark) of every withheld value; the totals row last."""
    rows = [*table.rows, *([table.totals] if table.totals else [])]
    return [
        (i, j, v)
        for i, row in enumerate(rows)
        for j, (v, c) in enumerate(zip(row, table.columns, strict=True))
        if isinstance(v, str) and c.kind in NUMERIC_KINDS
    ]


def _numbers(table: Table) -> int:
    rows = [*table.rows, *([table.totals] if table.totals else [])]
    return sum(
        isinstance(v, int | float) and not isinstance(v, bool) and c.kind in NUMERIC_KINDS
        for row in rows
        for v, c in zip(row, table.columns, strict=True)
    )


def test_the_document_withholds_both_kinds_and_its_charts_follow_the_tables(doc):
    marks = {m for t in doc.tables() for _, _, m in _withheld(t)}
    assert {"< 3", "s"} <= marks
    stage = next(t for t in doc.tables() if t.title == "Projets suivis par étape")
    chart = next(c for c in doc.charts() if c.title == stage.title)
    assert list(chart.categories) == [r[0] for r in stage.rows]
    for k, series in enumerate(chart.series):
        shown = [r[1 + k] for r in stage.rows]
        assert list(series.values) == [None if isinstance(v, str) else v for v in shown]


def test_xlsx_writes_every_withheld_value_as_text_and_nothing_else(doc, tmp_path):
    import openpyxl

    path = tmp_path / "bilan.xlsx"
    documents.write(doc, path, "xlsx")
    wb = openpyxl.load_workbook(path)
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]  # no formula anywhere
    assert not list(wb.defined_names)
    for ws in wb:
        assert not any(d.hidden for d in ws.row_dimensions.values())
        assert not any(d.hidden for d in ws.column_dimensions.values())
    checked = 0
    for table in doc.tables():
        header = [c.header for c in table.columns]
        ws = next(
            ws
            for ws in wb
            if plain(str(ws["A1"].value)) == table.title
            and any(
                [plain(str(c.value)) for c in r][: len(header)] == header for r in ws.iter_rows()
            )
        )
        rows = {}
        for row in ws.iter_rows():  # the sheet's text is typeset: « Prêt d’honneur »
            rows.setdefault(plain(str(row[0].value)), row)
        body = [*table.rows, *([table.totals] if table.totals else [])]
        for i, j, mark in _withheld(table):
            cell = rows[body[i][0]][j]
            assert cell.value == mark and cell.data_type == "s", (table.title, body[i][0])
            checked += 1
        numeric = sum(
            isinstance(c.value, int | float) and not isinstance(c.value, bool)
            for row in ws.iter_rows()
            for c in row
        )
        assert numeric == _numbers(table), table.title  # no number the model does not hold
    assert checked >= 5
    for chart in doc.charts():  # the chart sheets hold the data the native charts draw
        ws = next(ws for ws in wb if plain(str(ws["A1"].value)) == chart.title and ws._charts)
        rows = {plain(str(r[0].value)): r for r in ws.iter_rows()}
        for k, series in enumerate(chart.series, start=1):
            for category, value in zip(chart.categories, series.values, strict=True):
                scale = 100 if chart.value_kind == "money" else 1  # euros in the sheet
                assert rows[category][k].value == (None if value is None else value / scale)


def _ods_tables(path):
    from odf import teletype
    from odf.namespaces import TABLENS
    from odf.opendocument import load
    from odf.table import Table as OdsTable
    from odf.table import TableCell, TableRow

    content = load(str(path))
    out = {}
    for table in content.spreadsheet.getElementsByType(OdsTable):
        rows = []
        for tr in table.getElementsByType(TableRow):
            row = []
            for tc in tr.getElementsByType(TableCell):
                assert tc.getAttrNS(TABLENS, "formula") is None
                repeat = int(tc.getAttrNS(TABLENS, "number-columns-repeated") or 1)
                kind = tc.getAttrNS(
                    "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "value-type"
                )
                row += [(kind, teletype.extractText(tc))] * min(repeat, 50)
            rows.append(row)
        out[plain(rows[0][0][1]) if rows and rows[0] else ""] = rows
    return out


def test_ods_writes_every_withheld_value_as_a_string_cell(doc, tmp_path):
    path = tmp_path / "bilan.ods"
    documents.write(doc, path, "ods")
    sheets = _ods_tables(path)
    checked = 0
    for table in doc.tables():
        rows = {}
        for row in sheets[table.title]:
            if row:  # read back as typed: the sheet writes « Accès à l’emploi »
                rows.setdefault(plain(row[0][1]), row)
        body = [*table.rows, *([table.totals] if table.totals else [])]
        for i, j, mark in _withheld(table):
            assert rows[body[i][0]][j] == ("string", mark), (table.title, body[i][0])
            checked += 1
        numeric = sum(
            kind in ("float", "currency", "percentage")
            for row in sheets[table.title]
            for kind, _ in row
        )
        assert numeric == _numbers(table), table.title
    assert checked >= 5


def test_csv_writes_every_withheld_value_as_its_mark(doc, tmp_path):
    written = documents.write(doc, tmp_path / "bilan.csv", "csv")
    files = {}
    for path in written:
        with open(path, encoding="utf-8-sig", newline="") as f:
            files[path] = list(csv.reader(f, delimiter=";"))
    checked = 0
    for table in doc.tables():
        body = [*table.rows, *([table.totals] if table.totals else [])]
        withheld = _withheld(table)
        if not withheld:
            continue
        header = [c.header for c in table.columns]
        rows = next(r for r in files.values() if header in r)
        by_label = {}
        for row in rows:
            by_label.setdefault(row[0], row)
        for i, j, mark in withheld:
            assert by_label[body[i][0]][j] == mark
            checked += 1
    assert checked >= 5
