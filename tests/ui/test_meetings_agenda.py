"""Preparing and following a meeting: the ordre du jour typed, renamed and reordered, the
attendance marked from the keyboard at the door, the compte rendu approved at the next meeting
of the series, and a meeting made the model of its instance."""

import pytest
from PySide6.QtCore import Qt

from municipaless.services import meetings
from municipaless.services.meetings import minutes
from municipaless.services.meetings import series as meeting_series
from municipaless.ui.shell.main_window import MEETINGS
from tests.ui.driving import new_meeting, select_row, type_text


@pytest.fixture
def page(window):
    window.show_section(MEETINGS)
    return window.meetings


def _titles(agenda) -> list[str]:
    return [agenda.list.item(i).text().split("\n")[0] for i in range(agenda.list.count())]


def test_agenda_typed_renamed_and_reordered(qtbot, page, window):
    t = window.territory
    meeting = meetings.create_meeting(t, None, "2026-09-01T18:00", from_template=False)
    page.open_meeting(meeting.id)
    agenda = page.workspace.agenda
    assert "Pas encore d'ordre du jour" in agenda.total.text()
    for title in ("Tour de table", "Budget", "Questions diverses"):
        type_text(qtbot, agenda.new_item, title)
        qtbot.keyClick(agenda.new_item, Qt.Key.Key_Return)
    assert _titles(agenda) == ["1. Tour de table", "2. Budget", "3. Questions diverses"]
    assert agenda.current_item().title == "Questions diverses"  # the new item is chosen
    agenda.list.setCurrentRow(1)
    agenda.item_title.setFocus()
    agenda.item_title.selectAll()
    type_text(qtbot, agenda.item_title, "Budget 2027")
    agenda.duration.setValue(25)
    agenda.duration.editingFinished.emit()
    qtbot.keyClick(agenda.item_title, Qt.Key.Key_Return)
    assert _titles(agenda)[1] == "2. Budget 2027"
    assert "25 min" in agenda.list.item(1).text() and "25 min" in agenda.total.text()
    agenda.list.setFocus()
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _titles(agenda) == ["1. Budget 2027", "2. Tour de table", "3. Questions diverses"]
    qtbot.mouseClick(agenda.down_button, Qt.LeftButton)
    qtbot.mouseClick(agenda.down_button, Qt.LeftButton)
    assert _titles(agenda)[-1] == "3. Budget 2027"
    stored = sorted(
        (i.position, i.title)
        for i in t.records["agenda_item"].where("meeting_id = ?", [meeting.id])
    )
    assert stored == [(1, "Tour de table"), (2, "Questions diverses"), (3, "Budget 2027")]


def test_attendance_marked_from_the_keyboard(qtbot, page, window):
    t = window.territory
    meeting = meetings.create_meeting(t, None, "2026-09-01T18:00", from_template=False)
    for name in ("Anne Petit", "Bruno Vidal", "Chloé Roy"):
        meetings.add_invitee(t, meeting.id, free_name=name)
    page.open_meeting(meeting.id)
    ws = page.workspace
    ws.tabs.setCurrentWidget(ws.attendance)
    table = ws.attendance.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_P)  # présent, and the next row is chosen
    qtbot.keyClick(table, Qt.Key.Key_A)
    qtbot.keyClick(table, Qt.Key.Key_E)
    statuses = [a.record.status for a in ws.attendance.model.rows]
    assert statuses == ["present", "absent", "excuse"]
    assert "1 présent(s)" in ws.attendance.summary.text()
    assert ws.tabs.tabText(1) == "Présences (3)"


def test_minutes_circulated_are_approved_at_the_next_meeting(qtbot, page, window):
    t = window.territory
    series = meeting_series.create_series(t, "cotech")
    first = meetings.create_meeting(t, series.id, "2026-01-15T10:00")
    second = meetings.create_meeting(t, series.id, "2026-03-15T10:00")
    page.open_meeting(first.id)
    ws = page.workspace
    qtbot.mouseClick(ws.circulate_button, Qt.LeftButton)
    assert minutes.history(t, first.id)[0].status == "diffuse"
    qtbot.mouseClick(ws.next_button, Qt.LeftButton)  # « Réunion suivante › »
    assert ws.shown == ("meeting", second.id)
    assert ws.approvals.isVisible() and "15/01/2026" in ws.approvals_label.text()
    qtbot.mouseClick(ws.approve_previous_button, Qt.LeftButton)
    approved = t.records["meeting"].get(first.id)
    assert approved.minutes_status == "approuve" and approved.approved_on == "2026-03-15"
    assert [d.text for d in ws.view_data.decisions] == [
        "Le compte rendu de la réunion du 15 janvier 2026 est approuvé."
    ]
    assert not ws.approvals.isVisible()


def test_a_meeting_made_the_model_of_its_instance(qtbot, page, window):
    t = window.territory
    lea = t.records["person"].where()[0]
    series = meeting_series.create_series(t, "gt_filiere")
    meeting = meetings.create_meeting(t, series.id, "2026-02-02T14:00")
    meetings.add_invitee(t, meeting.id, person_id=lea.id)
    meetings.add_agenda_item(t, meeting.id, "Visite de la légumerie")
    page.open_meeting(meeting.id)
    ws = page.workspace
    ws.more_actions["template"].trigger()
    assert "commenceront" in ws.note.text()
    qtbot.mouseClick(ws.next_button, Qt.LeftButton)  # no next one yet: plan it
    following = new_meeting(qtbot, page, "02/04/2026 14:00", series_id=series.id)
    view = meetings.open_meeting(t, following.id)
    assert [a.name for a in view.attendance] == ["Léa Dubois"]
    assert view.agenda[-1].title == "Visite de la légumerie"
    select_row(ws.attendance.table, lambda a: a.name == "Léa Dubois")
