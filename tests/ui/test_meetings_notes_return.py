"""Coming back to an item shows its notes as saved, and typing there never silently replaces
text the officer did not see (issue « Fiabilité », point 6)."""

import docx
from PySide6.QtCore import Qt

from municipaless.services import meetings
from municipaless.services.meetings import documents
from municipaless.services.meetings import series as meeting_series
from municipaless.ui.shell.main_window import MEETINGS
from tests.documents.typography_sample import plain
from tests.ui.driving import type_text


def _click_item(qtbot, agenda, row: int) -> None:
    entry = agenda.list.item(row)
    rect = agenda.list.visualItemRect(entry)
    qtbot.mouseClick(agenda.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert agenda.list.currentRow() == row


def test_notes_typed_are_shown_again_when_the_item_is_chosen_again(qtbot, window, tmp_path):
    t = window.territory
    series = meeting_series.create_series(t, "copil")
    meeting = meetings.create_meeting(t, series.id, "2026-03-12T14:00")
    window.show_section(MEETINGS)
    window.meetings.open_meeting(meeting.id)
    agenda = window.meetings.workspace.agenda
    assert agenda.list.count() >= 5
    _click_item(qtbot, agenda, 3)
    item4 = agenda.current_id()
    agenda.notes.setFocus()
    type_text(qtbot, agenda.notes, "Budget voté à l'unanimité.")
    qtbot.waitUntil(lambda: agenda.notes_status.text().startswith("Enregistré à"), timeout=3000)
    _click_item(qtbot, agenda, 4)
    assert agenda.notes.toPlainText() != "Budget voté à l'unanimité."
    _click_item(qtbot, agenda, 3)
    assert agenda.notes.toPlainText() == "Budget voté à l'unanimité."  # what is saved
    agenda.notes.setFocus()
    agenda.notes.moveCursor(agenda.notes.textCursor().MoveOperation.End)
    type_text(qtbot, agenda.notes, " Suite en juin.")
    agenda.notes.flush()
    saved = t.records["agenda_item"].get(item4).notes
    assert saved == "Budget voté à l'unanimité. Suite en juin."
    assert not agenda.conflict.isVisible()
    # and the compte rendu says it
    path = tmp_path / "cr.docx"
    documents.export_minutes(t, meeting.id, path)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Budget voté à l'unanimité. Suite en juin." in plain(text)


def test_an_editor_showing_stale_notes_keeps_both_texts(qtbot, window):
    """Should the editor ever show an item's notes older than the file's at the current rev
    (the bug above), typing there keeps both texts and says so: nothing is replaced."""
    t = window.territory
    series = meeting_series.create_series(t, "copil")
    meeting = meetings.create_meeting(t, series.id, "2026-03-12T14:00")
    window.show_section(MEETINGS)
    window.meetings.open_meeting(meeting.id)
    agenda = window.meetings.workspace.agenda
    _click_item(qtbot, agenda, 3)
    item_id = agenda.current_id()
    saved = t.records["agenda_item"].get(item_id)
    rev = meetings.save_notes(t, item_id, saved.rev, "Budget voté.")
    agenda.notes.load(t, item_id, rev, "")  # the right rev, but text the officer never saw
    agenda.notes.setFocus()
    type_text(qtbot, agenda.notes, "Autre remarque.")
    assert agenda.notes.flush()
    notes = t.records["agenda_item"].get(item_id).notes
    assert notes.startswith("Budget voté.") and notes.endswith("Autre remarque.")
    assert agenda.notes.toPlainText() == notes
    assert agenda.conflict.isVisible() and "modifiées ailleurs" in agenda.conflict.text()
