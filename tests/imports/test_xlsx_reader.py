"""Workbooks as they really arrive: lying dimensions, odd styles, bombs, .ods and .xls names.

Every test file is made here, by zip surgery on a small workbook openpyxl writes.
"""

import io
import zipfile

import pytest

from municipaless.imports import xlsx_reader
from municipaless.imports.errors import ImportFileError
from municipaless.imports.reader import read_table


def _workbook(rows: int, *, coloured: bool = False) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nom", "Commune", "Téléphone"])
    for n in range(1, rows + 1):
        sheet.append([f"Structure {n}", "Privas", f"04 75 00 00 {n % 100:02d}"])
    if coloured:
        sheet["A1"].font = Font(color="FF000000", bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rewrite(data: bytes, part: str, old: bytes, new: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == part:
                assert old in content, f"{old!r} not in {part}"
                content = content.replace(old, new)
            target.writestr(info.filename, content)
    return out.getvalue()


def _openpyxl_rows(path) -> int:
    """What openpyxl's read-only mode (the reader before calamine) made of the sheet."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for row in book.active.iter_rows(values_only=True) if any(row))
    finally:
        book.close()


def test_a_sheet_declaring_a_smaller_dimension_reads_every_row(tmp_path):
    data = _workbook(50)
    lying = _rewrite(data, "xl/worksheets/sheet1.xml", b'ref="A1:C51"', b'ref="A1:C10"')
    path = tmp_path / "dimension.xlsx"
    path.write_bytes(lying)
    assert _openpyxl_rows(path) == 10  # before: the header and 9 rows
    table = read_table(path)
    assert len(table) == 50  # after: every row
    assert table.rows[-1][0] == "Structure 50" and table.row_numbers[-1] == 51


def test_a_workbook_declaring_a1_everywhere_reads_every_row(tmp_path):
    data = _workbook(50)
    lying = _rewrite(data, "xl/worksheets/sheet1.xml", b'ref="A1:C51"', b'ref="A1"')
    path = tmp_path / "gouv.xlsx"
    path.write_bytes(lying)
    assert _openpyxl_rows(path) <= 1  # before: nothing under the header
    assert len(read_table(path)) == 50


def test_a_colour_written_with_a_hash_does_not_reject_the_workbook(tmp_path):
    data = _workbook(12, coloured=True)
    odd = _rewrite(data, "xl/styles.xml", b'rgb="FF000000"', b'rgb="#000000"')
    path = tmp_path / "couleur.xlsx"
    path.write_bytes(odd)
    import openpyxl

    with pytest.raises(ValueError, match="stylesheet"):  # what openpyxl does with it
        openpyxl.load_workbook(path, read_only=True)
    table = read_table(path)
    assert len(table) == 12 and table.headers == ["Nom", "Commune", "Téléphone"]


def _bomb(path, megabytes: int) -> None:
    """A valid workbook whose sheet inflates to ``megabytes`` MiB: small on disk."""
    data = _workbook(3)
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info.filename, source.read(info.filename))
                continue
            xml = source.read(info.filename).decode()
            head, tail = xml.split("</sheetData>")
            with target.open(info.filename, "w", force_zip64=True) as stream:
                stream.write(head.encode())
                filler = b"<!--" + b" " * (1024 * 1024 - 7) + b"-->"
                for _ in range(megabytes):
                    stream.write(filler)
                stream.write(("</sheetData>" + tail).encode())


def test_a_zip_bomb_is_refused_before_anything_is_inflated(tmp_path, monkeypatch):
    path = tmp_path / "bombe.xlsx"
    _bomb(path, 200)
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk
    monkeypatch.setattr(xlsx_reader, "_open", lambda *a: pytest.fail("calamine was called"))
    with pytest.raises(ImportFileError, match="trop volumineux") as caught:
        read_table(path)
    assert "Mo" in caught.value.message and "« bombe.xlsx »" in caught.value.message


def test_too_many_rows_are_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "MAX_ROWS", 2_000)
    path = tmp_path / "long.xlsx"
    path.write_bytes(_workbook(5_000))
    monkeypatch.setattr(xlsx_reader, "_open", lambda *a: pytest.fail("calamine was called"))
    with pytest.raises(ImportFileError, match="5\u202f001 lignes, au plus 2\u202f000"):
        read_table(path)


def test_a_cell_longer_than_a_spreadsheet_allows_is_refused(tmp_path):
    data = _workbook(2)
    long = _rewrite(data, "xl/worksheets/sheet1.xml", b"Structure 2", b"x" * 40_000)
    path = tmp_path / "cellule.xlsx"
    path.write_bytes(long)
    with pytest.raises(ImportFileError, match="La cellule A3 .* 40\u202f000 caractères"):
        read_table(path)


def test_a_workbook_named_csv_and_an_ods_are_read(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(_workbook(4))
    table = read_table(path)
    assert len(table) == 4 and "lu comme un classeur" in table.notes[0]
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    ods = OpenDocumentSpreadsheet()
    sheet = Table(name="Liste")
    for values in (["Nom", "Commune"], ["SCOP Élan", "Privas"], ["CAE", "Valence"]):
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        sheet.addElement(row)
    ods.spreadsheet.addElement(sheet)
    ods.save(str(tmp_path / "liste.ods"))
    table = read_table(tmp_path / "liste.ods")
    assert table.headers == ["Nom", "Commune"] and table.sheet == "Liste"
    assert table.rows == [["SCOP Élan", "Privas"], ["CAE", "Valence"]]


def test_rows_of_an_ods_are_counted_before_reading_too(tmp_path, monkeypatch):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    ods = OpenDocumentSpreadsheet()
    sheet = Table(name="Liste")
    for n in range(300):
        row = TableRow()
        for value in (f"Structure {n}", "Privas"):
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        sheet.addElement(row)
    ods.spreadsheet.addElement(sheet)
    ods.save(str(tmp_path / "liste.ods"))
    monkeypatch.setattr(xlsx_reader, "MAX_ROWS", 100)
    monkeypatch.setattr(xlsx_reader, "_open", lambda *a: pytest.fail("calamine was called"))
    with pytest.raises(ImportFileError, match="300 lignes, au plus 100"):
        read_table(tmp_path / "liste.ods")
