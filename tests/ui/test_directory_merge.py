"""Annuaire: the « Doublons possibles » review (merge, keep every link, undo), read-only files,
exporting the filtered list and the Guide des structures."""

import csv

import pytest
from PySide6.QtWidgets import QMessageBox

from municipaless.services import directory
from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.common import export_runner
from tests.documents.typography_sample import plain


@pytest.fixture
def no_open_after_export(monkeypatch):
    asked = []
    monkeypatch.setattr(export_runner, "ask_after_export", lambda _p, path: asked.append(path))
    return asked


def _by_name(territory, name):
    return next(o for o in territory.records["organisation"].where() if o.name == name)


def test_merge_two_duplicates_keeps_every_link_and_can_be_undone(win, qtbot, dialogs):
    t = win.territory
    original = _by_name(t, "France Active Ardèche")
    copy = directory.save_organisation(
        t,
        {"name": "France Active Ardeche", "email": "contact@franceactive07.example"},
        tags=["Finance"],
    )
    copy = directory.save_organisation(t, {"phone": "04 75 00 00 07"}, row_id=copy.id, rev=copy.rev)
    marc = next(p for p in t.records["person"].where() if p.last_name == "Fabre")
    moved = directory.add_affiliation(t, marc.id, copy.id, role="bénévole")
    page = win.organisations
    page.reload()
    assert page.filters is not None and page.model.total() == 4

    dialog = page.duplicates()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.status.text() == "1 paire de fiches semble être un doublon."
    labels = {dialog.list.item(0, 1).text(), dialog.list.item(0, 2).text()}
    assert labels == {"France Active Ardèche", "France Active Ardeche"}
    assert "même adresse e-mail" in dialog.list.item(0, 3).text()
    if dialog.preview.kept.id != original.id:  # keep the original record, on the left
        dialog.radios["keep2"].click()
    assert dialog.preview.kept.id == original.id
    assert "1 affiliation" in dialog.links_label.text()
    assert dialog.radios["name_a"].isChecked()
    phone = dialog.radios["phone_b"]
    assert phone.text() == "04 75 00 00 07"
    phone.click()

    with qtbot.waitSignal(dialog.merged):
        dialog.merge_current()
    assert dialog.status.text().startswith("Fusionné dans « France Active Ardèche »")
    assert dialog.list.rowCount() == 0
    kept = t.records["organisation"].get(original.id)
    assert (kept.name, kept.phone) == ("France Active Ardèche", "+33475000007")
    assert t.records["organisation"].get(copy.id, include_deleted=True).deleted_at
    assert t.records["affiliation"].get(moved.id).organisation_id == original.id
    assert [tag.name for tag in directory.tags_of(t, "organisation", original.id)] == [
        "Finance",
        "Réseau ESS",
    ]
    assert page.model.total() == 3
    dialog.reject()

    # The kept record's detail offers to undo the merge.
    page.show_record(original.id)
    merges = page.detail.section_text("Doublons fusionnés")
    assert merges.startswith("France Active Ardeche, fusionnée le")
    assert "Marc Fabre" in page.detail.section_text("Personnes")
    link = page.detail.sections["Doublons fusionnés"].text().split('href="')[1].split('"')[0]
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    page.detail.sections["Doublons fusionnés"].linkActivated.emit(link)
    assert t.records["organisation"].get(copy.id).deleted_at is None
    assert t.records["affiliation"].get(moved.id).organisation_id == copy.id
    assert t.records["organisation"].get(original.id).phone is None
    assert page.model.total() == 4
    assert page.detail.section_text("Doublons fusionnés") == ""


def test_not_a_duplicate_is_remembered(win, qtbot):
    t = win.territory
    directory.save_organisation(t, {"name": "BGE Ardeche Drome", "acronym": "BGE"})
    dialog = win.organisations.duplicates()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    assert dialog.list.rowCount() == 1
    dialog.dismiss_current()
    assert dialog.list.rowCount() == 0
    dialog.reject()
    again = win.organisations.duplicates()
    with qtbot.waitSignal(again.loaded, timeout=10_000):
        pass
    assert again.status.text() == "Aucun doublon possible trouvé."
    again.reject()


def test_read_only_file_disables_every_editing_action_and_says_why(win, directory_file):
    territory = open_territory(directory_file, mode=OpenMode.READ_ONLY)
    territory.read_only_reason = "ouvert par Marie Dupont"
    win.set_territory(territory)
    for page in (win.organisations, win.people):
        win.directory.setCurrentWidget(page)
        page.view.selectRow(0)
        assert page.current_id() is not None
        for action in (page.new_action, page.edit_action, page.delete_action):
            assert not action.isEnabled()
            assert action.toolTip() == "Lecture seule : ouvert par Marie Dupont"
        assert not page.duplicates_action.isEnabled()
        assert page.export_action.isEnabled()  # reading is fine
        assert page.new_record() is None and page.edit_current() is None
        assert not page.delete_current()
    assert win.organisations.guide_action.isEnabled()


def test_export_the_filtered_list_to_xlsx_and_csv(
    win, qtbot, dialogs, tmp_path, no_open_after_export
):
    page = win.organisations
    kind = page.filters.widgets["kind"]
    kind.setCurrentIndex(kind.findData("accompagnement"))
    for name in ("structures.xlsx", "structures.csv"):
        dialogs.file_answers = [str(tmp_path / name)]
        page.export_dialog(name.rpartition(".")[2])
        qtbot.waitUntil(lambda: not page.runner.busy(), timeout=15_000)
    assert no_open_after_export == [tmp_path / "structures.xlsx", tmp_path / "structures.csv"]
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "structures.xlsx")["Structures"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(rows) if row[0] == "Nom")
    assert rows[header][:3] == ["Nom", "Sigle", "Type"]
    data = [row for row in rows[header + 1 :] if row[1]]  # the table, not its note
    assert [row[0] for row in data] == ["BGE Ardèche Drôme"]
    assert "07270" in data[0]  # the postcode stays text with its leading zero
    assert "Type : Structure d'accompagnement" in plain(rows[-1][0])  # the filter is printed
    text = (tmp_path / "structures.csv").read_text("utf-8-sig")
    lines = list(csv.reader(text.splitlines(), delimiter=";"))
    assert any(line[:2] == ["BGE Ardèche Drôme", "BGE"] for line in lines)
    assert not any("France Active" in ";".join(line) for line in lines)


def test_guide_of_organisations_for_a_need_and_a_commune(
    win, qtbot, dialogs, tmp_path, no_open_after_export
):
    page = win.organisations
    dialog = page.guide()
    need = dialog.need
    need.setCurrentIndex(need.findData("creation"))
    assert dialog.count_label.text() == "1 structure correspond."
    need.setCurrentIndex(need.findData("financement"))
    assert dialog.count_label.text() == "1 structure correspond."
    need.setCurrentIndex(0)
    assert dialog.count_label.text() == "2 structures correspondent."
    dialogs.file_answers = [str(tmp_path / "guide.docx")]
    dialog.write_dialog()
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=15_000)
    assert no_open_after_export == [tmp_path / "guide.docx"]
    from docx import Document

    text = "\n".join(p.text for p in Document(tmp_path / "guide.docx").paragraphs)
    assert "Guide des structures" in text
    assert "BGE Ardèche Drôme" in text and "France Active Ardèche" in text
    assert "Accompagnement à la création" in text
    dialog.reject()
