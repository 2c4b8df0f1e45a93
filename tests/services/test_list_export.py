"""Exporting a list as filtered and sorted on screen, read back from the files."""

import csv

import pytest
from openpyxl import load_workbook

from municipaless.services import directory
from municipaless.services.reports import list_export
from tests.documents.typography_sample import plain
from tests.services.directory_sample import PRIVAS, TODAY, build


@pytest.fixture(scope="module")
def annuaire(tmp_path_factory):
    t, ids = build(tmp_path_factory.mktemp("export") / "annuaire.municipaless")
    directory.save_organisation(
        t, {"name": '=HYPERLINK("http://x")', "postcode": "01000", "territory": ("dep:07",)}
    )
    yield t, ids
    t.close()


def test_xlsx_is_the_filtered_sorted_list_as_an_excel_table(annuaire, tmp_path):
    t, _ = annuaire
    where = directory.organisation_filter(t, commune=PRIVAS)
    source = t.list_source("organisation", where)
    on_screen = source.fetch(0, 100, 0, True)  # by name, descending
    path = list_export.export_list(
        t,
        "organisation",
        tmp_path / "structures.xlsx",
        where=where,
        sort_column=0,
        descending=True,
        filters="Commune : Privas",
        today=TODAY,
    )
    wb = load_workbook(path)
    ws = wb["Structures"]
    assert ws.freeze_panes == "A4"
    headers = [c.value for c in ws[3]]
    assert headers == ["Nom", "Sigle", "Type", "Code postal", "Téléphone", "E-mail", "Services"]
    table = next(iter(ws.tables.values()))
    assert table.ref == f"A3:G{3 + len(on_screen)}"
    names = [ws.cell(row=4 + i, column=1).value for i in range(len(on_screen))]
    assert names == [r[1] for r in on_screen]
    # a code stays text (the zero of 01000), a phone is shown the French way
    codes = {ws.cell(row=r, column=4).value: ws.cell(row=r, column=4) for r in range(4, 20)}
    assert codes["01000"].data_type == "s" and codes["01000"].number_format == "@"
    phones = [ws.cell(row=r, column=5).value for r in range(4, 4 + len(on_screen))]
    assert "04 75 00 00 01" in phones
    # user text that looks like a formula stays text
    formula = next(c for c in ws["A"] if c.value and str(c.value).startswith("=HYPER"))
    assert formula.data_type == "s"
    assert ws.column_dimensions["A"].width > ws.column_dimensions["D"].width
    cover = wb["Couverture"]
    assert "Commune : Privas" in [plain(str(c.value)) for row in cover.iter_rows() for c in row]


def test_csv_is_utf8_with_bom_and_semicolons(annuaire, tmp_path):
    t, ids = annuaire
    path = list_export.export_list(
        t,
        "person",
        tmp_path / "interlocuteurs.csv",
        where=directory.person_filter(t, contact=True, today=TODAY.isoformat()),
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Nom", "Prénom", "E-mail", "Téléphone", "Structure", "Fonction"]
    assert rows[1:] == [
        ["Durand", "Paul", "", "", "BGE Ardèche Drôme", "conseiller création"],
        ["Martin", "Anne", "anne.martin@example.fr", "", "Initiative Centre Ardèche", "directrice"],
    ]


def test_headers_from_the_window_and_an_unknown_format(annuaire, tmp_path):
    t, _ = annuaire
    headers = [f"Colonne n° {i}" for i in range(len(t.list_source("meeting").columns))]
    path = list_export.export_list(t, "meeting", tmp_path / "r.csv", headers=headers)
    assert path.read_text(encoding="utf-8-sig").splitlines() == [";".join(headers)]
    with pytest.raises(ValueError, match="one header per column"):
        list_export.export_list(t, "meeting", tmp_path / "r.csv", headers=["Le"])
    with pytest.raises(ValueError, match="xlsx ou csv"):
        list_export.export_list(t, "meeting", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_every_list_exports(annuaire, tmp_path):
    from municipaless.storage.listing import SPECS

    t, _ = annuaire
    for name in SPECS:
        path = list_export.export_list(t, name, tmp_path / f"{name}.xlsx")
        ws = load_workbook(path).worksheets[1]
        assert ws.max_column == len(SPECS[name].columns)


def test_every_list_column_has_a_french_header_for_the_command_line():
    from municipaless.services.reports.list_export import FRENCH_HEADERS
    from municipaless.storage.listing import SPECS

    headers = {column.header for spec in SPECS.values() for column in spec.columns}
    assert headers <= set(FRENCH_HEADERS)


def test_meeting_list_shows_minutes_status_labels_not_codes(tmp_path):
    from municipaless.services.file.territory import Territory

    t = Territory.create(tmp_path / "m.municipaless")
    try:
        t.save("meeting", {"title": "COPIL", "starts_at": "2026-03-12T14:00"})
        path = list_export.export_list(t, "meeting", tmp_path / "reunions.csv")
        text = path.read_text("utf-8-sig")
        assert "Brouillon" in text and "brouillon" not in text
    finally:
        t.close()
