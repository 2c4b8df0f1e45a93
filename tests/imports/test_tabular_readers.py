"""CSV and XLSX as officers really get them: French Excel, Excel UTF-8, title rows, liars."""

import importlib.util
from pathlib import Path

import pytest

from municipaless.imports import sniff
from municipaless.imports.csv_reader import parse_csv, sniff_delimiter
from municipaless.imports.errors import ImportFileError
from municipaless.imports.reader import read_table
from municipaless.imports.table import column_letter, find_header
from municipaless.imports.xlsx_reader import cell_text

DATA = Path(__file__).parents[1] / "data" / "import"
_spec = importlib.util.spec_from_file_location("import_samples", DATA / "samples.py")
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)


def test_french_excel_csv_cp1252_semicolon_decimal_comma_title_rows():
    table = read_table(DATA / "partenaires-excel-fr.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert table.header_row == 4
    assert table.headers[:3] == ["Raison sociale", "Sigle", "SIRET"]
    assert table.headers[-1] == "Subvention 2024 (k€)"
    assert table.row_numbers == [5, 6, 7]
    first = dict(zip(table.headers, table.rows[0], strict=True))
    assert first["Raison sociale"] == "Épicerie solidaire de l'Œuvre"
    assert first["Adresse"] == "12, rue de l'Église"  # a comma inside a ";" file stays
    assert first["Subvention 2024 (k€)"] == "12,5"  # decimal comma: one cell, not two
    assert table.rows[1][-1] == "1 234,56"
    assert all(len(row) == len(table.headers) for row in table.rows)
    assert any("ligne 4" in note for note in table.notes)


def test_excel_utf8_bom_comma_csv_with_quoted_commas():
    table = read_table(DATA / "contacts-utf8-bom.csv")
    assert (table.encoding, table.delimiter, table.header_row) == ("utf-8-sig", ",", 1)
    assert table.headers[0] == "Nom"  # no BOM glued to the first header
    assert table.rows[0][2] == "Initiative Ain, antenne de Bourg"
    assert table.rows[1][:2] == ["N'Diaye", "Zoé"]


def test_xlsx_header_below_title_rows_and_cells_as_shown():
    table = read_table(DATA / "partenaires-titre.xlsx")
    assert table.sheet == "Partenaires"
    assert table.header_row == 4
    assert table.headers == ["Structure", "Code postal", "Commune", "Code INSEE", "Téléphone",
                             "Site web"]  # fmt: skip
    assert table.row_numbers == [5, 6, 8]  # the blank row 7 is skipped, numbering kept
    assert table.rows[0][:4] == ["Épicerie solidaire", "1000", "Bourg-en-Bresse", "1053"]
    assert table.rows[2][1] == "01100"  # a number formatted 00000 reads as the sheet shows it
    assert table.rows[1][4] == ""


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("vide.csv", "est vide"),
        ("binaire.csv", "données binaires"),
        ("classeur-renomme.csv", "pas un classeur"),  # a zip, but no workbook inside
        ("archive.xlsx", "pas un classeur"),
        ("ancien.xls", "Excel 97-2003"),
    ],
)
def test_a_file_that_is_not_what_it_claims_gets_one_french_sentence(name, words):
    with pytest.raises(ImportFileError) as caught:
        read_table(DATA / name)
    assert words in caught.value.message
    assert f"« {name} »" in caught.value.message


def test_the_content_decides_the_reader_whatever_the_name_says(tmp_path):
    text = read_table(DATA / "texte-renomme.xlsx")
    assert text.headers == ["Nom", "Ville"] and text.rows == [["SCOP Élan", "Privas"]]
    assert "lu comme un fichier texte" in text.notes[0]


def test_missing_file_and_unknown_extension(tmp_path):
    with pytest.raises(ImportFileError, match="introuvable"):
        read_table(tmp_path / "absent.csv")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    with pytest.raises(ImportFileError, match="pas un format importable"):
        read_table(tmp_path / "notes.docx")


def test_encoding_is_decided_by_decoding():
    french = "Épicerie solidaire ; Œuvre ; déjà à côté"
    for encoding in ("utf-8", "cp1252", "mac_roman"):
        text, found = sniff.decode_text(french.encode(encoding))
        assert text == french, encoding
        assert found == encoding
    assert sniff.decode_text(b"\xef\xbb\xbfNom")[0] == "Nom"
    assert sniff.decode_text("Nom;Prénom".encode("utf-16"))[0] == "Nom;Prénom"


def test_delimiter_sniffing_is_not_fooled_by_decimal_commas():
    text = "Nom;Montant;Taux\r\nA;12,5;0,3\r\nB;1 200,75;1,5\r\nC;3;2,25\r\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter('Nom,Montant\nA,"12,5"\nB,3\n') == ","
    assert sniff_delimiter("Nom\tVille\nA\tPrivas\n") == "\t"
    table = parse_csv("sep=,\nNom;x,Ville\nA;b,Privas\n")
    assert table.headers == ["Nom;x", "Ville"]  # Excel's own "sep=" line is obeyed
    assert table.row_numbers == [3]


def test_header_detection_prefers_known_header_words():
    rows = [["Liste", "2024"], ["Source : CRESS", "Date : mars"], ["Nom", "CP", "Ville"],
            ["A", "7000", "Privas"]]  # fmt: skip
    assert find_header(rows) == 2
    # a two-cell legend as wide as a two-column table: the header words settle it
    rows = [["Source : CRESS", "Mis à jour en mars"], ["Nom", "Ville"], ["A", "Privas"]]
    assert find_header(rows) == 0
    assert find_header(rows, hints={"nom", "ville"}) == 1


def test_untitled_and_repeated_columns_get_names_and_empty_rows_are_skipped():
    table = parse_csv("Nom;;Nom;\r\nA;x;B;\r\n;;;\r\nC;;D;\r\n")
    assert table.headers == ["Nom", "Colonne B", "Nom (2)"]  # trailing empty column dropped
    assert table.rows == [["A", "x", "B"], ["C", "", "D"]]
    assert table.row_numbers == [2, 4]
    assert [column_letter(i) for i in (0, 25, 26, 701)] == ["A", "Z", "AA", "ZZ"]


def test_xlsx_cell_text():
    from datetime import date, datetime

    assert cell_text(1000.0) == "1000"
    assert cell_text(12.5) == "12,5"
    assert cell_text(73282932000074) == "73282932000074"
    assert cell_text(7000, "00000") == "07000"
    assert cell_text(datetime(2024, 3, 12)) == "12/03/2024"
    assert cell_text(date(2024, 3, 1)) == "01/03/2024"
    assert cell_text(True) == "oui"
    assert cell_text("  texte\u00a0") == "texte"


def test_a_big_generated_csv_reads_every_row(tmp_path):
    rows = samples.people_rows(1000)
    path = samples.write_csv(tmp_path / "gros.csv", samples.PEOPLE_HEADER, rows)
    table = read_table(path)
    assert table.headers == samples.PEOPLE_HEADER
    assert table.rows == rows
    assert table.row_numbers == list(range(2, 1002))
