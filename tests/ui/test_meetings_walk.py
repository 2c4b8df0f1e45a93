"""Réunions, the walk of issue 6 driven like the officer does: a COPIL created from its
template, attendance marked, notes typed (saved without pressing anything), two decisions and
three actions recorded, the meeting closed, the next meeting opened with the open actions
carried over, and the compte rendu exported to Word and read back."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from municipaless.ui.common import export_runner
from municipaless.ui.shell.main_window import MEETINGS
from tests.documents.typography_sample import plain
from tests.ui.driving import new_meeting, pick, save, select_row, type_text


@pytest.fixture
def page(window):
    window.show_section(MEETINGS)
    return window.meetings


@pytest.fixture
def answers(monkeypatch):
    """Export finished: "Fermer" (never opens a real viewer in a test)."""
    chosen: list[Path] = []

    def answer(_parent, path):
        chosen.append(path)
        return ""

    monkeypatch.setattr(export_runner, "ask_after_export", answer)
    return chosen


def test_the_walk_of_a_copil(qtbot, window, page, dialogs, answers, tmp_path):
    import docx

    territory = window.territory
    lea = territory.records["person"].where()[0]
    heart = territory.records["organisation"].where("name LIKE 'Cœur%'")[0]

    # A COPIL from its template: the agenda comes pre-filled, the quorum is shown.
    meeting = new_meeting(qtbot, page, "12/03/2026 14:00", kind="copil")
    assert "1. Approbation du compte rendu précédent" in page.form.template.text()
    ws = page.workspace
    assert ws.shown == ("meeting", meeting.id)
    assert ws.title_text() == "Comité de pilotage ESS du 12 mars 2026"
    agenda = ws.agenda.list
    titles = [agenda.item(i).text().split("\n")[0] for i in range(agenda.count())]
    assert titles[0] == "1. Approbation du compte rendu précédent"
    assert "3. Avancement de la feuille de route ESS" in titles
    assert "Quorum" in ws.attendance.quorum.text() and "5" in ws.attendance.quorum.text()

    # Attendance: one person of the annuaire, one typed free, one represented.
    attendance = ws.attendance
    pick(attendance.person_picker, "dubois", lea.id)
    qtbot.mouseClick(attendance.invite_person_button, Qt.LeftButton)
    for name in ("Jean Martin", "Nadia Benali"):
        type_text(qtbot, attendance.free_name, name)
        qtbot.keyClick(attendance.free_name, Qt.Key.Key_Return)
    assert sorted(a.name for a in attendance.model.rows) == [
        "Jean Martin",
        "Léa Dubois",
        "Nadia Benali",
    ]
    select_row(attendance.table, lambda a: a.name == "Léa Dubois")
    qtbot.mouseClick(attendance.status_buttons["present"], Qt.LeftButton)
    select_row(attendance.table, lambda a: a.name == "Jean Martin")
    qtbot.mouseClick(attendance.status_buttons["excuse"], Qt.LeftButton)
    select_row(attendance.table, lambda a: a.name == "Nadia Benali")
    qtbot.mouseClick(attendance.status_buttons["represente"], Qt.LeftButton)
    represent = attendance.form
    type_text(qtbot, represent.fields["represented_by"], "Paul Roux")
    pick(represent.fields["organisation_id"], "coeur", heart.id)
    with qtbot.waitSignal(represent.saved):
        save(qtbot, represent)
    statuses = {a.name: attendance._status_text(a) for a in attendance.model.rows}
    assert statuses == {
        "Léa Dubois": "Présent",
        "Jean Martin": "Excusé",
        "Nadia Benali": "Représenté par Paul Roux",
    }
    assert (
        "2 sur 3 requis" in attendance.quorum.text() and "non atteint" in attendance.quorum.text()
    )
    assert "(quorum de l'instance : 5 ; invités : 3)" in attendance.quorum.text()

    # Notes typed in place are saved at the pause, without pressing anything.
    ws.tabs.setCurrentIndex(0)
    ws.agenda.list.setCurrentRow(2)
    item = ws.agenda.current_item()
    notes = ws.agenda.notes
    notes.setFocus()
    type_text(qtbot, notes, "La feuille de route avance : 4 actions sur 6 engagées.")
    records = territory.records["agenda_item"]
    qtbot.waitUntil(lambda: "4 actions sur 6" in records.get(item.id).notes, timeout=3000)
    assert "Enregistré" in ws.agenda.notes_status.text()

    # Two decisions on this item, numbered by the service.
    for text in ("Le plan d'action ESS 2026 est adopté.", "Un appel à projets est lancé."):
        qtbot.mouseClick(ws.agenda.decisions.add_button, Qt.LeftButton)
        form = ws.agenda.decisions.form
        type_text(qtbot, form.fields["text"], text)
        with qtbot.waitSignal(form.saved):
            save(qtbot, form)
    numbers = [d.number for d in ws.agenda.decisions.model.rows]
    assert numbers == ["COPIL-2026-01", "COPIL-2026-02"]
    assert ws.agenda.item_tabs.tabText(0) == "Décisions (2)"

    # Three actions: a person, a structure, a name typed free.
    actions = ws.agenda.action_items
    for what, owner in (
        ("Envoyer le plan d'action aux partenaires", ("owner_person_id", "dubois", lea.id)),
        ("Préparer le cahier des charges de l'AAP", ("owner_organisation_id", "coeur", heart.id)),
        ("Réserver la salle du prochain COPIL", ("owner_text", "Service accueil", None)),
    ):
        qtbot.mouseClick(actions.add_button, Qt.LeftButton)
        form = actions.form
        type_text(qtbot, form.fields["what"], what)
        field, text, row_id = owner
        if row_id:
            pick(form.fields[field], text, row_id)
        else:
            type_text(qtbot, form.fields[field], text)
        type_text(qtbot, form.fields["due_on"], "30/04/2026")
        with qtbot.waitSignal(form.saved):
            save(qtbot, form)
    owners = [a.owner for a in actions.model.rows]
    assert owners == ["Léa Dubois", "Cœur de Bresse Solidaire", "Service accueil"]
    assert ws.agenda.item_tabs.tabText(1) == "Actions (3)"

    # Closing the meeting: nobody left "invité" (here, nobody was).
    qtbot.mouseClick(ws.close_button, Qt.LeftButton)
    assert "0" in ws.note.text()

    # The next meeting of the series: planned from here, the open actions carried over.
    assert ws.next_button.text() == "Planifier la suivante…"
    qtbot.mouseClick(ws.next_button, Qt.LeftButton)
    assert page.form.fields["series_id"].value() == meeting.series_id
    following = new_meeting(qtbot, page, "11/06/2026 14:00", series_id=meeting.series_id)
    assert ws.shown == ("meeting", following.id)
    pending = ws.pending
    assert [a.record.what for a in pending.model.rows] == [
        "Envoyer le plan d'action aux partenaires",
        "Préparer le cahier des charges de l'AAP",
        "Réserver la salle du prochain COPIL",
    ]
    assert "3" in pending.title.text()
    select_row(pending.table, lambda a: a.record.what.startswith("Réserver"))
    qtbot.mouseClick(pending.done_button, Qt.LeftButton)
    done = [a for a in pending.model.rows if a.record.what.startswith("Réserver")][0]
    assert done.record.status == "fait"  # greyed, still shown, and counted apart:
    assert "2 action(s) ouverte(s)" in pending.title.text() and "1 close(s)" in pending.title.text()

    # Back to the first meeting; its compte rendu in Word, read back.
    page.open_meeting(meeting.id)
    assert ws.shown == ("meeting", meeting.id)
    target = tmp_path / "cr-copil.docx"
    dialogs.file_answers.append(str(target))
    with qtbot.waitSignal(ws.exporter.finished, timeout=60_000):
        ws.export_actions["minutes_docx"].trigger()
    assert answers == [target] and target.exists()
    document = docx.Document(str(target))
    headings = [plain(p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    text = plain("\n".join(p.text for p in document.paragraphs))
    cells = [plain(c.text) for t in document.tables for row in t.rows for c in row.cells]
    everything = text + "\n" + "\n".join(cells)
    assert any("Présents" in h for h in headings)
    assert any("Ordre du jour" in h for h in headings)
    assert "Léa Dubois" in everything and "Jean Martin" in everything
    assert "Paul Roux" in everything
    assert "COPIL-2026-01" in everything and "COPIL-2026-02" in everything
    assert "4 actions sur 6 engagées" in everything
    action_tables = [
        t
        for t in document.tables
        if "Préparer le cahier des charges de l'AAP"
        in plain("\n".join(c.text for row in t.rows for c in row.cells))
    ]
    assert action_tables, "the actions table (qui / quoi / pour quand) is in the compte rendu"
    header = [plain(c.text) for c in action_tables[0].rows[0].cells]
    assert any("Qui" in h for h in header) and any("Quoi" in h for h in header)
    assert "30/04/2026" in "\n".join(c.text for row in action_tables[0].rows for c in row.cells)
    assert not [m for m in dialogs.messages if m[0] in ("critical", "warning")], dialogs.messages
