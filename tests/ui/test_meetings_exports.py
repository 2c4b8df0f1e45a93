"""Every export of Réunions, asked from the window, written on a worker and read back:
compte rendu PDF and ODT, relevé de décisions, feuille d'émargement, invitation ICS for the
next meeting, actions follow-up workbook, and the register filtered."""

import pytest
from PySide6.QtCore import Qt

from municipaless.services import meetings
from municipaless.services.meetings import series as meeting_series
from municipaless.ui.common import export_runner
from municipaless.ui.shell.main_window import MEETINGS
from tests.documents.typography_sample import plain


@pytest.fixture
def answers(monkeypatch):
    chosen = []

    def answer(_parent, path):
        chosen.append(path)
        return ""  # "Fermer"

    monkeypatch.setattr(export_runner, "ask_after_export", answer)
    return chosen


@pytest.fixture
def copil(window):
    """A COPIL with attendance, a decision and an open action, and its next meeting."""
    t = window.territory
    lea = t.records["person"].where()[0]
    series = meeting_series.create_series(t, "copil")
    first = meetings.create_meeting(t, series.id, "2026-03-12T14:00", place="Mairie")
    meetings.add_invitee(t, first.id, person_id=lea.id, status="present")
    meetings.add_invitee(t, first.id, free_name="Jean Martin", status="excuse")
    meetings.add_decision(t, first.id, "Le plan d'action ESS 2026 est adopté.")
    meetings.add_action(t, first.id, "Relancer la CRESS", owner_text="Élu", due_on="2026-04-01")
    following = meetings.create_meeting(t, series.id, "2030-06-11T14:00", place="Salle B")
    window.show_section(MEETINGS)
    window.meetings.open_meeting(first.id)
    return first, following


def _export(qtbot, exporter, dialogs, path, trigger) -> None:
    dialogs.file_answers.append(str(path))
    trigger()
    assert exporter.job is not None  # on a worker
    qtbot.waitUntil(lambda: exporter.job is None, timeout=60_000)
    assert not [m for m in dialogs.messages if m[0] == "critical"], dialogs.messages
    assert exporter.last_export == path


def test_meeting_exports_read_back(qtbot, window, copil, dialogs, answers, tmp_path):
    import docx
    import icalendar
    from odf import teletype
    from odf.opendocument import load
    from odf.text import P
    from pypdf import PdfReader

    first, following = copil
    ws = window.meetings.workspace
    pdf, odt = tmp_path / "cr.pdf", tmp_path / "cr.odt"
    _export(qtbot, ws.exporter, dialogs, pdf, ws.export_actions["minutes_pdf"].trigger)
    text = plain("\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages))
    assert "COPIL-2026-01" in text and "Relancer la CRESS" in text and "Jean Martin" in text
    _export(qtbot, ws.exporter, dialogs, odt, ws.export_actions["minutes_odt"].trigger)
    paragraphs = [plain(teletype.extractText(p)) for p in load(str(odt)).getElementsByType(P)]
    assert any("COPIL-2026-01" in p for p in paragraphs)

    releve = tmp_path / "releve.docx"
    _export(qtbot, ws.exporter, dialogs, releve, ws.export_actions["decisions"].trigger)
    document = docx.Document(str(releve))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "COPIL-2026-01" in plain("\n".join(cells + [p.text for p in document.paragraphs]))

    sheet = tmp_path / "emargement.pdf"
    _export(qtbot, ws.exporter, dialogs, sheet, ws.export_actions["signin"].trigger)
    assert "Léa Dubois" in PdfReader(str(sheet)).pages[0].extract_text()

    # The meeting is past: the invitation is the next meeting's.
    invitation = tmp_path / "invitation.ics"
    _export(qtbot, ws.exporter, dialogs, invitation, ws.export_actions["ics"].trigger)
    calendar = icalendar.Calendar.from_ical(invitation.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert [str(e["SUMMARY"]) for e in events] == [following.title]
    assert answers == [pdf, odt, releve, sheet, invitation]
    assert dialogs.file_requests[-1] == ("getSaveFileName", "iCalendar (*.ics)")


def test_actions_workbook_and_register_exports(qtbot, window, copil, dialogs, answers, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    page = window.meetings
    page.tabs.setCurrentWidget(page.action_items)
    workbook = tmp_path / "suivi.xlsx"
    _export(
        qtbot, page.action_items.exporter, dialogs, workbook, page.action_items.export_button.click
    )
    book = openpyxl.load_workbook(workbook)
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "Relancer la CRESS" in values
    page.tabs.setCurrentWidget(page.decisions)
    register = page.decisions
    status = register.filters.widgets["status"]
    status.setCurrentIndex(status.findData("active"))
    target = tmp_path / "registre.pdf"
    menu = register.export_button.menu()
    pdf_action = [a for a in menu.actions() if a.text().startswith("PDF")][0]
    _export(qtbot, register.exporter, dialogs, target, pdf_action.trigger)
    assert "COPIL-2026-01" in plain(
        "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    )
    assert not [m for m in dialogs.messages if m[0] == "critical"], dialogs.messages


def test_a_failed_export_says_why_and_leaves_nothing(qtbot, window, copil, dialogs, tmp_path):
    ws = window.meetings.workspace
    target = tmp_path / "absent" / "cr.docx"  # a folder that does not exist
    dialogs.file_answers.append(str(target))
    ws.export_actions["minutes_docx"].trigger()
    qtbot.waitUntil(lambda: ws.exporter.job is None, timeout=60_000)
    assert [m[:2] for m in dialogs.messages] == [("critical", "Le fichier n'a pas pu être écrit")]
    assert not target.exists()
    assert ws.exporter.last_export is None
    qtbot.mouseClick(ws.edit_button, Qt.LeftButton)  # the window still works
    assert ws.editor is not None and ws.editor.isVisible()
    ws.editor.close()
