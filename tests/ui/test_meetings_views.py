"""Réunions around the walk: nothing typed is lost (pause, item change, window closing,
a colleague's save meanwhile), read-only files and approved minutes say why nothing can be
edited, the actions across instances come overdue first, and the decision register filters."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from municipaless.services import meetings
from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.shell.main_window import MEETINGS, MainWindow
from tests.ui.driving import select_row, type_text


def _copil(territory, when="2026-03-12T14:00"):
    from municipaless.services.meetings import series as meeting_series

    series = meeting_series.create_series(territory, "copil")
    return meetings.create_meeting(territory, series.id, when)


@pytest.fixture
def page(window):
    window.show_section(MEETINGS)
    return window.meetings


def test_notes_are_saved_on_item_change_and_when_the_window_closes(qtbot, small_file):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(small_file)
    meeting = _copil(win.territory)
    win.show_section(MEETINGS)
    win.meetings.open_meeting(meeting.id)
    agenda = win.meetings.workspace.agenda
    agenda.list.setCurrentRow(0)
    first = agenda.current_item()
    type_text(qtbot, agenda.notes, "Approuvé sans remarque.")
    assert agenda.notes.timer.isActive()  # not saved yet: the pause has not come
    agenda.list.setCurrentRow(1)  # another item: the first one's notes are written now
    assert win.territory.records["agenda_item"].get(first.id).notes == "Approuvé sans remarque."
    second = agenda.current_item()
    type_text(qtbot, agenda.notes, "Deux actions restent ouvertes.")
    win.close()  # before the pause: the window's closing saves them
    reopened = open_territory(small_file, mode=OpenMode.UNLOCKED)
    try:
        assert reopened.records["agenda_item"].get(second.id).notes == (
            "Deux actions restent ouvertes."
        )
    finally:
        reopened.close()


def test_a_colleague_saving_the_same_notes_loses_nothing(qtbot, page, window, small_file):
    meeting = _copil(window.territory)
    page.open_meeting(meeting.id)
    agenda = page.workspace.agenda
    agenda.list.setCurrentRow(2)
    item = agenda.current_item()
    colleague = open_territory(small_file, "Marie", OpenMode.UNLOCKED)
    try:
        current = colleague.records["agenda_item"].get(item.id)
        meetings.save_notes(colleague, item.id, current.rev, "Notes de Marie.")
    finally:
        colleague.close()
    type_text(qtbot, agenda.notes, "Mes notes.")
    records = window.territory.records["agenda_item"]
    qtbot.waitUntil(lambda: "Mes notes." in records.get(item.id).notes, timeout=3000)
    saved = records.get(item.id).notes
    assert saved.startswith("Notes de Marie.") and saved.endswith("Mes notes.")
    assert agenda.notes.toPlainText() == saved
    assert agenda.conflict.isVisible() and "modifiées ailleurs" in agenda.conflict.text()


def test_a_read_only_file_disables_editing_and_says_why(qtbot, small_file):
    writer = open_territory(small_file, mode=OpenMode.UNLOCKED)
    meeting = _copil(writer)
    writer.close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    territory = open_territory(small_file, mode=OpenMode.READ_ONLY)
    territory.read_only_reason = "ouvert par Marie Dupont depuis 10 h 32"
    win.set_territory(territory)
    win.show_section(MEETINGS)
    page = win.meetings
    assert not page.new_button.isEnabled() and "Marie Dupont" in page.new_button.toolTip()
    page.open_meeting(meeting.id)
    ws = page.workspace
    assert ws.banner.isVisible() and "Lecture seule" in ws.banner.text()
    for control in (
        ws.edit_button,
        ws.circulate_button,
        ws.close_button,
        ws.agenda.new_item,
        ws.agenda.decisions.add_button,
        ws.agenda.action_items.add_button,
        ws.attendance.status_buttons["present"],
        ws.attendance.invite_person_button,
    ):
        assert not control.isEnabled(), control
        assert "Marie Dupont" in control.toolTip()
    assert ws.agenda.notes.isReadOnly() and "Marie Dupont" in ws.agenda.notes.toolTip()
    page.tabs.setCurrentWidget(page.action_items)
    assert not page.action_items.done_button.isEnabled()
    win.close()


def test_approved_minutes_are_frozen_until_a_new_version(qtbot, page, window):
    territory = window.territory
    meeting = _copil(territory)
    meetings.add_decision(territory, meeting.id, "Le plan d'action est adopté.")
    action = meetings.add_action(territory, meeting.id, "Relancer la CRESS", due_on="2026-04-01")
    page.open_meeting(meeting.id)
    ws = page.workspace
    qtbot.mouseClick(ws.circulate_button, Qt.LeftButton)
    assert "Diffusé" in ws.status.text() and ws.approve_button.isEnabled()
    qtbot.mouseClick(ws.approve_button, Qt.LeftButton)
    assert "Approuvé" in ws.status.text()
    assert ws.banner.isVisible() and "figé" in ws.banner.text()
    assert ws.agenda.notes.isReadOnly()
    assert not ws.agenda.new_item.isEnabled() and "Nouvelle version" in ws.agenda.new_item.toolTip()
    assert not ws.all_decisions.add_button.isEnabled()
    assert not ws.attendance.status_buttons["present"].isEnabled()
    # The follow-up lives on: an action of an approved meeting can still be closed.
    ws.tabs.setCurrentIndex(2)
    select_row(ws.all_action_items.table, lambda a: a.record.id == action.id)
    assert ws.all_action_items.done_button.isEnabled()
    qtbot.mouseClick(ws.all_action_items.done_button, Qt.LeftButton)
    assert territory.records["action_item"].get(action.id).status == "fait"
    history = [ws.history.item(i).text() for i in range(ws.history.count())]
    assert history[0].startswith("Version 1 — approuvé") and history[1].startswith("Version 1")
    assert ws.button_bar.is_wanted(ws.new_version_button)  # the bar shows it (or its menu)
    assert not ws.button_bar.is_wanted(ws.approve_button)
    qtbot.mouseClick(ws.new_version_button, Qt.LeftButton)
    assert "Brouillon" in ws.status.text() and "(v2)" in ws.status.text()
    assert not ws.banner.isVisible() and not ws.agenda.notes.isReadOnly()


def test_actions_across_instances_come_overdue_first(qtbot, page, window):
    territory = window.territory
    meeting = _copil(territory)
    today = date.today()
    late = meetings.add_action(
        territory, meeting.id, "Relancer le Département", due_on="2020-01-10"
    )
    meetings.add_action(
        territory, meeting.id, "Préparer le bilan", due_on=str(today + timedelta(days=30))
    )
    page.tabs.setCurrentWidget(page.action_items)
    view = page.action_items
    whats = [r.record.what for r in view.model.rows]
    assert whats[0] == "Relancer le Département"  # the most overdue, then the sample's (May)
    assert whats[-1] == "Préparer le bilan"  # not due yet
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "en retard" in view.count.text()
    select_row(view.table, lambda r: r.record.id == late.id)
    qtbot.mouseClick(view.done_button, Qt.LeftButton)
    assert "Relancer le Département" not in [r.record.what for r in view.model.rows]
    type_text(qtbot, view.filters.widgets["text"], "bilan")
    view.filters.flush()
    assert [r.record.what for r in view.model.rows] == ["Préparer le bilan"]
    view.closed.setChecked(True)
    view.filters.reset()
    view.closed.setChecked(True)
    view.filters.flush()
    assert "Relancer le Département" in [r.record.what for r in view.model.rows]


def test_the_decision_register_searches_filters_and_replaces(
    qtbot, page, window, monkeypatch, dialogs
):
    territory = window.territory
    meeting = _copil(territory)
    old = meetings.add_decision(territory, meeting.id, "Subvention de 5 000 € à la ressourcerie.")
    new = meetings.add_decision(territory, meeting.id, "Subvention portée à 8 000 €.")
    page.tabs.setCurrentWidget(page.decisions)
    register = page.decisions
    assert {r.record.id for r in register.model.rows} >= {old.id, new.id}
    type_text(qtbot, register.filters.widgets["text"], "ressourcerie")
    register.filters.flush()
    assert [r.record.number for r in register.model.rows] == [old.number]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: (new.number, True)))
    register.table.selectRow(0)
    register._replace()
    row = register.model.rows[0]
    assert row.record.status == "remplacee" and row.replaced_by_number == new.number
    assert register.model.index(0, 3).data() == f"Remplacée par {new.number}"
    status = register.filters.widgets["status"]
    status.setCurrentIndex(status.findData("active"))
    assert register.model.rows == []  # "ressourcerie" and in force: none left
    register.filters.reset()
    assert {r.record.id for r in register.model.rows} >= {old.id, new.id}
    assert not [m for m in dialogs.messages if m[0] == "warning"]


def test_deleting_a_decision_asks_first(qtbot, page, window, dialogs):
    territory = window.territory
    meeting = _copil(territory)
    decision = meetings.add_decision(territory, meeting.id, "Décision prise par erreur.")
    page.open_meeting(meeting.id)
    panel = page.workspace.all_decisions
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)  # "Annuler"
    assert territory.records["decision"].count() == 2
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert [d.id for d in panel.model.rows] == []
    assert decision.number == "COPIL-2026-01"


def test_the_global_search_opens_meetings_and_decisions_here(qtbot, window):
    from PySide6.QtGui import QKeySequence

    def search(text: str) -> None:
        window.activateWindow()
        qtbot.keySequence(window, QKeySequence("Ctrl+K"))
        qtbot.keyClicks(window.search_field, text)
        qtbot.waitUntil(window.search_field.popup_visible, timeout=2000)
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)

    page = window.meetings
    search("comite de pilotage")
    assert window.stack.currentIndex() == MEETINGS
    assert page.tabs.currentWidget() is page.list
    assert page.workspace.title_text() == "Comité de pilotage ESS"
    search("COPIL-2026-01")
    assert page.tabs.currentWidget() is page.decisions
    selected = page.decisions.table.selectionModel().selectedRows()
    assert [page.decisions.model.row(i.row()).record.number for i in selected] == ["COPIL-2026-01"]
