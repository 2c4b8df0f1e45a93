"""Corbeille, Historique and Listes through the window's own widgets: a meeting restored with
its decision and action, an e-mail put back from a structure's history, a stage renamed and
seen at once in the projects' filter."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from municipaless.services import meetings
from municipaless.ui.file import lists_dialog
from municipaless.ui.shell.file_menu import FileAction
from municipaless.ui.shell.main_window import DIRECTORY, MEETINGS, PROJECTS
from tests.ui.driving import cell, row_count


def _one(territory, table, **values):
    return next(
        r
        for r in territory.records[table].where()
        if all(getattr(r, k) == v for k, v in values.items())
    )


def test_the_recycle_bin_restores_a_meeting_with_its_decision_and_action(window, qtbot):
    t = window.territory
    meeting = _one(t, "meeting", title="Comité de pilotage ESS")
    meetings.delete_meeting(t, meeting.id, meeting.rev)
    assert t.records["decision"].count() == 0
    window.menus.action(FileAction.TRASH).trigger()
    dialog = window.file_dialog
    assert dialog.windowTitle() == "Corbeille"
    table = dialog.view
    assert row_count(table) == 1
    assert cell(table, 0, 0).startswith("Comité de pilotage ESS")
    assert "(avec 2 élément(s) lié(s))" in cell(table, 0, 0)
    assert (cell(table, 0, 1), cell(table, 0, 3)) == ("Réunion", t.officer)
    table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert row_count(table) == 0
    assert t.records["meeting"].get(meeting.id).deleted_at is None
    assert t.records["decision"].count() == 1 and t.records["action_item"].count() == 1
    window.show_section(MEETINGS)
    assert window.meetings.model.total() == 1  # the page re-read the file
    dialog.close()


def test_the_recycle_bin_says_what_to_restore_first(window, qtbot, dialogs):
    t = window.territory
    project = _one(t, "project", reference="P-2026-0001")
    event = _one(t, "case_event", project_id=project.id)
    t.remove("case_event", event.id, event.rev)
    t.tdb.db.execute(  # the entry was deleted a day earlier than its project
        "UPDATE case_event SET deleted_at = '2026-01-01T09:00:00Z' WHERE id = ?", [event.id]
    )
    project = t.records["project"].get(project.id)
    t.remove("project", project.id, project.rev)
    window.menus.action(FileAction.TRASH).trigger()
    dialog = window.file_dialog
    assert row_count(dialog.view) == 2
    dialog.type_filter.setCurrentIndex(dialog.type_filter.findText("Entrée du suivi"))
    assert row_count(dialog.view) == 1
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    [(_kind, title, text)] = dialogs.messages
    assert title == "Non restauré"
    assert "Restaurez d'abord le projet « P-2026-0001 Épicerie solidaire" in text
    dialog.close()


def test_history_puts_an_old_value_back_as_a_new_change(window, qtbot):
    t = window.territory
    org = _one(t, "organisation", acronym="CBS")
    t.save("organisation", {"email": "accueil@cbs.example"}, row_id=org.id, rev=org.rev)
    window.open_record("organisation", org.id)
    pane = window.organisations.detail
    button = pane.findChild(QPushButton, "historyButton")
    assert button.text() == "Historique…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    view = dialog.view
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Date", "Par", "Champ", "Avant", "Après"]
    assert [cell(view, 0, c) for c in (1, 2, 3, 4)] == [
        t.officer,
        "E-mail",
        "contact@coeur-bresse.example",
        "accueil@cbs.example",
    ]
    assert cell(view, row_count(view) - 1, 2) == "Création"
    view.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert t.records["organisation"].get(org.id).email == "contact@coeur-bresse.example"
    assert [cell(view, 0, c) for c in (2, 3, 4)] == [
        "E-mail",
        "accueil@cbs.example",
        "contact@coeur-bresse.example",
    ]
    dialog.close()
    texts = [w.text() for w in pane.findChildren(type(pane.ui.titleLabel))]
    assert "contact@coeur-bresse.example" in texts  # the pane re-read the record


def test_every_section_offers_the_history(window):
    t = window.territory
    project = _one(t, "project", reference="P-2026-0001")
    window.open_record("project", project.id)
    assert window.projects.findChild(QPushButton, "historyButton") is not None
    person = _one(t, "person", last_name="Dubois")
    window.open_record("person", person.id)
    assert window.people.detail.findChild(QPushButton, "historyButton") is not None
    meeting = _one(t, "meeting", title="Comité de pilotage ESS")
    window.open_record("meeting", meeting.id)
    assert window.meetings.findChild(QPushButton, "historyButton") is not None


def test_a_renamed_stage_shows_in_the_projects_filter(window, qtbot, monkeypatch):
    window.show_section(PROJECTS)
    page = window.projects
    assert page.stage_filter.findText("Émergence") >= 0
    window.menus.action(FileAction.LISTS).trigger()
    dialog = window.file_dialog
    dialog.select_list("stage")
    dialog.select_value("Émergence")
    delete = dialog.buttons["delete"]
    assert not delete.isEnabled() and "Utilisée par 1 fiche" in delete.toolTip()
    monkeypatch.setattr(lists_dialog, "ask_text", lambda *_a, **_k: "Idée et émergence")
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    assert dialog.current().label == "Idée et émergence"
    assert page.stage_filter.findText("Émergence") < 0
    page.stage_filter.setCurrentIndex(page.stage_filter.findText("Idée et émergence"))
    assert page.model.total() == 1
    assert page.model.index(0, 1).data() == "Épicerie solidaire des Bruyères"
    dialog.close()


def test_a_renamed_sector_shows_in_the_directory_filter_and_its_history(window, qtbot, monkeypatch):
    window.show_section(DIRECTORY)
    sector = window.organisations.filters.widgets["sector"]
    assert sector.findText("Circuits courts alimentaires") < 0
    before = [sector.itemText(i) for i in range(1, sector.count())]
    window.menus.action(FileAction.LISTS).trigger()
    dialog = window.file_dialog
    dialog.select_list("sector")
    dialog.select_value(before[0])
    monkeypatch.setattr(lists_dialog, "ask_text", lambda *_a, **_k: "Circuits courts alimentaires")
    qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
    after = [sector.itemText(i) for i in range(1, sector.count())]
    assert after == ["Circuits courts alimentaires", *before[1:]]
    history = dialog.show_history()
    assert [cell(history.view, 0, c) for c in (2, 3, 4)] == [
        "Libellé",
        before[0],
        "Circuits courts alimentaires",
    ]
    history.close()
    dialog.close()


def test_an_archived_value_leaves_the_choices_but_keeps_its_label_on_old_records(window, qtbot):
    from municipaless.services.file import vocabulary_lists as lists
    from municipaless.ui.editing.fields import MultiVocabField, VocabField

    window.menus.action(FileAction.LISTS).trigger()
    dialog = window.file_dialog
    dialog.select_list("stage")
    dialog.select_value("Émergence")
    qtbot.mouseClick(dialog.buttons["archive"], Qt.MouseButton.LeftButton)
    assert dialog.current().archived and dialog.buttons["unarchive"].isEnabled()
    dialog.close()
    combo = VocabField(window.territory, "stage")
    qtbot.addWidget(combo)
    assert combo.findText("Émergence") < 0  # no choice for a new entry
    combo.set_value("emergence")
    assert combo.currentText() == "Émergence"  # an old project still reads it
    several = MultiVocabField(window.territory, "stage")
    qtbot.addWidget(several)
    several.set_value(("emergence",))
    assert several.text() == "Émergence"
    assert "emergence" not in [e.code for e in window.territory.vocabulary("stage")]
    [kept] = [e for e in lists.entries(window.territory, "stage") if e.code == "emergence"]
    assert kept.archived and kept.uses == 1


def test_an_unused_value_added_then_deleted_waits_in_the_recycle_bin(
    window, qtbot, monkeypatch, dialogs
):
    from PySide6.QtWidgets import QMessageBox

    window.menus.action(FileAction.LISTS).trigger()
    dialog = window.file_dialog
    dialog.select_list("stage")
    monkeypatch.setattr(lists_dialog, "ask_text", lambda *_a, **_k: "Essaimage")
    qtbot.mouseClick(dialog.buttons["add"], Qt.MouseButton.LeftButton)
    assert dialog.current().label == "Essaimage" and dialog.current().uses == 0
    assert dialog.buttons["delete"].isEnabled()
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "Essaimage" not in [e.label for e in dialog.entries]
    dialog.close()
    window.menus.action(FileAction.TRASH).trigger()
    trash = window.file_dialog
    assert cell(trash.view, 0, 0) == "Essaimage — Étapes des projets"
    assert cell(trash.view, 0, 1) == "Valeur de liste"
    trash.close()


def test_a_colleague_write_meanwhile_is_the_usual_conflict(window, qtbot, dialogs):
    t = window.territory
    org = _one(t, "organisation", acronym="CBS")
    org = t.save("organisation", {"phone": "+33474000001"}, row_id=org.id, rev=org.rev)
    window.open_record("organisation", org.id)
    button = window.organisations.detail.findChild(QPushButton, "historyButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    t.save("organisation", {"acronym": "CBS2"}, row_id=org.id, rev=org.rev)  # meanwhile
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    [(_kind, title, text)] = dialogs.messages
    assert title == "Non enregistré" and "modifiée entre-temps" in text
    assert t.records["organisation"].get(org.id).phone == "+33474000001"
    assert cell(dialog.view, 0, 2) == "Sigle"  # the colleague's change now shows first
    dialog.close()


def test_parametres_leads_to_the_lists(qtbot, window, monkeypatch):
    """The lists are reached from Paramètres too, where an officer looks for them first."""
    from municipaless.ui.file.settings_dialog import SettingsDialog

    def ask_lists(dialog):
        qtbot.mouseClick(dialog.lists_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", ask_lists)
    window.menus.action(FileAction.SETTINGS).trigger()
    lists = window.file_dialog
    assert isinstance(lists, lists_dialog.ListsDialog) and lists.isVisible()
    lists.reject()
