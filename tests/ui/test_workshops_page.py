"""Coopérations ▸ Ateliers, driven like the officer does: an atelier created, two porteurs
registered with their projects, one marked present at the door and the other absent in the
table, a satisfaction noted, then the project opened: the atelier is in its timeline (and not
in the absent porteur's). Also: the same person twice refused, a full atelier asking before
registering beyond its capacity, and the documents written from the detail pane."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox

from municipaless.ui.common import export_runner
from municipaless.ui.cooperation.page import WORKSHOPS_TAB
from municipaless.ui.cooperation.registrations_table import COMMENT, SATISFACTION, STATUS
from municipaless.ui.shell.main_window import COOPERATION
from tests.ui.driving import choose, pick, save, select_row, type_text


@pytest.fixture
def porteurs(window):
    """Léa carries the épicerie, Paul the recyclerie (holders, as the case log records them)."""
    t = window.territory
    lea = t.records["person"].where("last_name = 'Dubois'")[0]
    epicerie, recyclerie = t.records["project"].where(order_by="reference")
    paul = t.save("person", {"first_name": "Paul", "last_name": "Roux"})
    for person, project in ((lea, epicerie), (paul, recyclerie)):
        t.save("project_holder", {"project_id": project.id, "person_id": person.id})
    return {"lea": (lea, epicerie), "paul": (paul, recyclerie)}


@pytest.fixture
def page(window, porteurs):
    window.show_section(COOPERATION)
    cooperation = window._page(COOPERATION)
    cooperation.tabs.setCurrentIndex(WORKSHOPS_TAB)
    return cooperation.workshops


def new_workshop(qtbot, page, title: str, when: str, capacity: str = ""):
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    form = page.form
    type_text(qtbot, form.fields["title"], title)
    type_text(qtbot, form.fields["theme"], "Gouvernance")
    type_text(qtbot, form.fields["starts_at"], when)
    if capacity:
        type_text(qtbot, form.fields["capacity"], capacity)
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    return form.result_record


def register(qtbot, page, person, query: str):
    qtbot.mouseClick(page.detail.registrations.register_button, Qt.LeftButton)
    form = page.form
    pick(form.fields["person_id"], query, person.id)
    return form


def edit_cell(qtbot, table, row: int, column: int, value) -> None:
    """Double-click a cell's way in: its combo opens, the choice is taken at once."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = table.viewport().findChildren(QComboBox)
    assert editor.accessibleName()
    row_id, rev = table.model().rows[row].id, table.model().rows[row].rev
    choose(editor, value)
    qtbot.waitUntil(  # saved, the rows re-read, the editor gone
        lambda: (
            not table.viewport().findChildren(QComboBox)
            and next(r for r in table.model().rows if r.id == row_id).rev > rev
        )
    )


def test_an_atelier_with_registrations_feeds_the_projects_timeline(
    qtbot, window, page, porteurs, dialogs
):
    (lea, epicerie), (paul, recyclerie) = porteurs["lea"], porteurs["paul"]
    workshop = new_workshop(qtbot, page, "Créer sa SCIC", "12/03/2026 14:00", "12")
    detail = page.detail
    assert detail.shown == ("workshop", workshop.id)
    assert "12/03/2026 14:00" in detail.facts.text()
    assert page.list.model.rowCount() == 1

    # Two porteurs, each with the project they carry (the only one is taken).
    for person, project, query in ((lea, epicerie, "dubois"), (paul, recyclerie, "roux")):
        form = register(qtbot, page, person, query)
        assert form.projects.value() == project.id
        with qtbot.waitSignal(form.saved):
            save(qtbot, form)
    table = detail.registrations.table
    model = table.model()
    assert [(r.name, r.project_id) for r in model.rows] == [
        ("Léa Dubois", epicerie.id),
        ("Paul Roux", recyclerie.id),
    ]
    assert "2 inscrits pour 12 places" in detail.registrations.summary.text().replace("\xa0", " ")
    assert model.index(0, 1).data() == "P-2026-0001 Épicerie solidaire des Bruyères"
    row = page.list.model.index(0, 3).data()
    assert row == "2 / 12"

    # The same person twice: refused in French, the form stays open with its message.
    form = register(qtbot, page, lea, "dubois")
    save(qtbot, form)
    assert form.isVisible()
    assert form._errors["person_id"].text() == "Léa Dubois est déjà inscrit(e) à cet atelier."
    form.discard()

    # At the door: Léa present (the button), then Paul absent and Léa's note in the table.
    select_row(table, lambda r: r.name == "Léa Dubois")
    qtbot.mouseClick(detail.registrations.mark_buttons["present"], Qt.LeftButton)
    edit_cell(qtbot, table, 1, STATUS, "absent")
    edit_cell(qtbot, table, 0, SATISFACTION, 5)
    assert [(r.status, r.satisfaction) for r in model.rows] == [("present", 5), ("absent", None)]
    index = model.index(0, COMMENT)  # the comment typed in place, Enter to keep it
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = table.viewport().findChildren(QLineEdit)
    assert editor.accessibleName() == "Commentaire"
    type_text(qtbot, editor, "Très concret")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows[0].comment == "Très concret")
    assert model.index(0, STATUS).data() == "Présent"
    assert "Réalisé" in detail.facts.text()  # someone came: it took place

    # The project: the atelier on its date in the timeline; not in the absent porteur's.
    window.open_record("project", epicerie.id)
    timeline = window.projects.project_detail.timeline
    lines = [timeline.line(n) for n in range(timeline.count())]
    assert ("12/03/2026  ·  Atelier", "Atelier « Créer sa SCIC »", "Gouvernance") in [
        line[:3] for line in lines
    ]
    window.open_record("project", recyclerie.id)
    timeline = window.projects.project_detail.timeline
    titles = [timeline.line(n)[1] for n in range(timeline.count())]
    assert "Atelier « Créer sa SCIC »" not in titles


def test_a_persons_card_and_a_project_list_their_ateliers(qtbot, window, page, porteurs):
    from municipaless.services.cooperation import workshops
    from municipaless.ui.cooperation.workshop_extras import RecordWorkshops

    (lea, epicerie), (paul, _recyclerie) = porteurs["lea"], porteurs["paul"]
    t = window.territory
    w = workshops.create_workshop(t, {"title": "Créer sa SCIC", "starts_at": "2026-03-12T14:00"})
    r = workshops.register(t, w.id, person_id=lea.id, project_id=epicerie.id).registration
    workshops.set_attendance(t, r.id, r.rev, "excuse")
    window.open_record("project", epicerie.id)
    lines = window.projects.project_detail.findChild(RecordWorkshops, "workshopExtras")
    assert lines.text() == "12/03/2026 — Créer sa SCIC (Excusé)"
    window.open_record("person", lea.id)
    card = window.people.detail.findChild(RecordWorkshops, "workshopExtras")
    assert card.text() == "12/03/2026 — Créer sa SCIC (Excusé)"
    card.body.linkActivated.emit(f"workshop:{w.id}")  # the officer follows the link
    assert window.nav.currentItem().text() == "Coopérations"
    assert page.detail.shown == ("workshop", w.id) and page.isVisible()
    window.open_record("person", paul.id)  # registered nowhere: no line
    shown = [
        x
        for x in window.people.detail.findChildren(RecordWorkshops, "workshopExtras")
        if x.isVisible()
    ]
    assert not shown


def test_a_full_atelier_asks_before_registering_and_writes_its_documents(
    qtbot, window, page, porteurs, dialogs, monkeypatch, tmp_path
):
    (lea, _epicerie), (paul, _recyclerie) = porteurs["lea"], porteurs["paul"]
    new_workshop(qtbot, page, "Budget prévisionnel", "02/04/2026 09:30", "1")
    form = register(qtbot, page, lea, "dubois")
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    form = register(qtbot, page, paul, "roux")
    warning = form.findChild(QLabel, "fullWarning")
    assert "complet : 1 inscrit pour 1 place" in warning.text().replace("\xa0", " ")
    dialogs.message_answer = QMessageBox.StandardButton.No
    save(qtbot, form)
    assert dialogs.messages[-1][0] == "question"
    assert "complet : 1 inscrit pour 1 place" in dialogs.messages[-1][2].replace("\xa0", " ")
    assert form.isVisible() and len(page.detail.registrations.model.rows) == 1
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert len(page.detail.registrations.model.rows) == 2

    written: list[Path] = []
    monkeypatch.setattr(export_runner, "ask_after_export", lambda _p, path: written.append(path))
    for button, name in (
        (page.detail.sheet_button, "emargement.pdf"),
        (page.detail.export_button, "inscrits.xlsx"),
    ):
        dialogs.file_answers.append(str(tmp_path / name))
        qtbot.mouseClick(button, Qt.LeftButton)
        qtbot.waitUntil(lambda n=name: bool(written) and written[-1].name == n, timeout=60000)
        assert not [m for m in dialogs.messages if m[0] == "critical"]
    from pypdf import PdfReader

    text = PdfReader(written[0]).pages[0].extract_text()
    assert "Léa Dubois" in text and "Paul Roux" in text and "Budget prévisionnel" in text
    import openpyxl

    names = [
        r[0] for r in openpyxl.load_workbook(written[1])["Inscrits"].iter_rows(values_only=True)
    ]
    assert "Léa Dubois" in names and "Paul Roux" in names


def test_the_dashboard_counts_this_years_ateliers_and_who_came(qtbot, window, porteurs):
    import datetime as dt

    from municipaless.services.cooperation import workshops
    from municipaless.ui.shell.main_window import DASHBOARD

    t = window.territory
    lea, epicerie = porteurs["lea"]
    day = dt.date.today() - dt.timedelta(days=1)
    if day.year != dt.date.today().year:  # the 1st of January: nothing held this year yet
        day = dt.date.today()
    w = workshops.create_workshop(t, {"title": "Créer sa SCIC", "starts_at": f"{day}T00:00"})
    workshops.register(t, w.id, person_id=lea.id, project_id=epicerie.id)
    workshops.register(t, w.id, free_name="Paul Roux")
    workshops.all_present(t, w.id)
    window.show_section(DASHBOARD)
    dashboard = window.stack.currentWidget()
    dashboard.reload()  # what the window does when a section wrote
    qtbot.waitUntil(lambda: "ateliers réalisés" in dashboard.year_figures.text(), timeout=20000)
    text = dashboard.year_figures.text().replace("\u202f", " ")
    assert "<b>1</b> ateliers réalisés" in text and "<b>2</b> présences aux ateliers" in text
