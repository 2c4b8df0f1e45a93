"""Coopérations ▸ Collectifs through the real widgets: a PTCE created, three members added,
one leaving recorded (and one before joining refused), its instance created, the structure's
collectifs on its card in the annuaire, the fiche exported and read back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from municipaless.ui.common import export_runner
from tests.ui.driving import (
    choose,
    pick,
    replace_text,
    row_count,
    save,
    select_row,
    texts_of,
    type_text,
)


@pytest.fixture
def coop(win, qtbot, monkeypatch):
    from municipaless.ui.cooperation import extras
    from municipaless.ui.shell.main_window import COOPERATION

    extras.install()
    monkeypatch.setattr(export_runner, "ask_after_export", lambda _parent, _path: "")
    win.show_section(COOPERATION)
    page = win._page(COOPERATION)
    page.tabs.setCurrentWidget(page.collectives)
    return page.collectives


def _org_id(win, name: str) -> str:
    org = win.territory.records["organisation"].where("name = ?", [name])
    return org[0].id


def _create_ptce(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    form = page.form
    assert form.isVisible()
    qtbot.keyClicks(form.fields["name"], "PTCE Val de Drome")
    choose(form.fields["kind"], "ptce")
    replace_text(qtbot, form.fields["founded_on"], "01/03/2024")
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    return page.collective_detail.view.collective


def _add_member(qtbot, win, page, name: str, role: str, joined: str):
    qtbot.mouseClick(page.collective_detail.add_member_button, Qt.LeftButton)
    form = page.form
    pick(form.fields["organisation_id"], name.split()[0], _org_id(win, name))
    choose(form.fields["role"], role)
    replace_text(qtbot, form.fields["joined_on"], joined)
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)


def test_a_ptce_with_members_leaving_and_its_instance(win, coop, qtbot, dialogs, tmp_path):
    page = coop
    collective = _create_ptce(qtbot, page)
    assert page.model.total() == 1
    assert page.model.index(0, 0).data() == "PTCE Val de Drome"
    detail = page.collective_detail
    for name, role, joined in (
        ("France Active Ardèche", "fondateur", "01/03/2024"),
        ("BGE Ardèche Drôme", "membre", "15/01/2025"),
        ("Chambre régionale de l'ESS", "partenaire", "01/06/2025"),
    ):
        _add_member(qtbot, win, page, name, role, joined)
    assert row_count(detail.members_table) == 3
    assert page.model.index(0, 2).data() == "3"  # the list's member count
    # the same structure again while it is a member: refused under the field, form kept
    qtbot.mouseClick(detail.add_member_button, Qt.LeftButton)
    form = page.form
    pick(form.fields["organisation_id"], "BGE", _org_id(win, "BGE Ardèche Drôme"))
    save(qtbot, form)
    assert form.isVisible()
    assert "déjà membre" in form._errors["organisation_id"].text()
    form.discard()

    # BGE leaves; first a date before it joined, refused in French
    select_row(detail.members_table, lambda r: r.organisation_name.startswith("BGE"))
    assert detail.leaving_button.isEnabled()
    qtbot.mouseClick(detail.leaving_button, Qt.LeftButton)
    form = page.form
    replace_text(qtbot, form.fields["left_on"], "01/01/2025")
    save(qtbot, form)
    assert form.isVisible()
    assert "précède la date d'entrée" in form._errors["left_on"].text()
    replace_text(qtbot, form.fields["left_on"], "30/06/2026")
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    rows = texts_of(detail.members_table)
    assert [r[0] for r in rows][-1] == "BGE Ardèche Drôme"  # past members last, kept
    assert rows[-1][3] == "30/06/2026"
    assert page.model.index(0, 2).data() == "2"

    # its instance, then « Ouvrir l'instance » with no meeting yet: a message, no jump
    assert detail.instance_button.text() == "Créer son instance"
    qtbot.mouseClick(detail.instance_button, Qt.LeftButton)
    assert detail.instance_button.text() == "Ouvrir l'instance"
    series = detail.view.series
    assert series is not None and series.name == "PTCE Val de Drome" and series.kind == "ptce"
    opened = []
    page.record_requested.connect(lambda kind, row_id: opened.append((kind, row_id)))
    qtbot.mouseClick(detail.instance_button, Qt.LeftButton)
    assert opened == [] and dialogs.messages[-1][0] == "information"
    from municipaless.services import meetings

    meeting = meetings.create_meeting(win.territory, series.id, "2026-10-05T14:00")
    page.reload()
    qtbot.mouseClick(detail.instance_button, Qt.LeftButton)
    assert opened == [("meeting", meeting.id)]

    # the fiche, as DOCX, read back
    target = tmp_path / "fiche.docx"
    dialogs.file_answers.append(str(target))
    with qtbot.waitSignal(page.runner.finished, timeout=20_000):
        detail.sheet_button.click()
    import docx

    text = "\n".join(
        c.text for t in docx.Document(str(target)).tables for r in t.rows for c in r.cells
    )
    assert "Chambre régionale de l'ESS" in text.replace("\u2019", "'") and "30/06/2026" in text

    # the annuaire: the structure's card lists its collectifs, a link back here
    win.organisations.show_record(_org_id(win, "BGE Ardèche Drôme"))
    card = win.organisations.detail.findChild(QWidget_type(), "organisationCollectives")
    assert card is not None
    assert "PTCE Val de Drome (PTCE) — Membre, du 15/01/2025 au 30/06/2026" in card.text()
    card.follow(f"collective:{collective.id}")
    assert page.current_id() == collective.id


def QWidget_type():  # noqa: N802 - a type for findChild
    from PySide6.QtWidgets import QWidget

    return QWidget


def test_a_name_already_taken_offers_the_existing_one(win, coop, qtbot, dialogs):
    page = coop
    first = _create_ptce(qtbot, page)
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    form = page.form
    type_text(qtbot, form.fields["name"], "ptce val de drôme")
    dialogs.box_answer = form.tr("Open the existing collective")
    save(qtbot, form)
    assert "existe déjà" in dialogs.messages[-1][2]
    assert page.current_id() == first.id


def test_filters_and_fit_a_small_screen(win, coop, qtbot, tmp_path):
    from tests.ui.accessibility import literal_colours, offenders

    page = coop
    _create_ptce(qtbot, page)
    page.filters.widgets["state"].setCurrentIndex(2)  # « Fermés »
    qtbot.waitUntil(lambda: page.model.total() == 0)
    page.filters.reset()
    qtbot.waitUntil(lambda: page.model.total() == 1)
    win.resize(1024, 600)
    qtbot.wait(50)
    assert offenders(page, "collectifs") == []
    assert literal_colours(page, "collectifs") == []
    buttons = [b for b in page.collective_detail.findChildren(QPushButton) if b.isVisible()]
    assert all(b.width() >= b.sizeHint().width() - 2 for b in buttons)
    page.window().grab().save(str(tmp_path / "collectifs-1024.png"))
    # every input of the forms is named for a screen reader
    detail = page.collective_detail
    for button in (page.new_button, detail.add_member_button, detail.add_referent_button):
        qtbot.mouseClick(button, Qt.LeftButton)
        form = page.form
        assert form.isVisible()
        assert offenders(form, form.windowTitle()) == []
        form.discard()


def test_referents_projects_a_correction_and_deleting(win, coop, qtbot, dialogs):
    from municipaless.services import casework

    page = coop
    t = win.territory
    project = casework.create_project(t, {"name": "Légumerie partagée"}, [])
    collective = _create_ptce(qtbot, page)
    detail = page.collective_detail
    # a referent from the annuaire
    qtbot.mouseClick(detail.add_referent_button, Qt.LeftButton)
    form = page.form
    lea = t.records["person"].where("last_name = ?", ["Dubois"])[0]
    pick(form.fields["person_id"], "Dubois", lea.id)
    type_text(qtbot, form.fields["role"], "Coordinatrice")
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert texts_of(detail.referents_table) == [["Léa Dubois", "Coordinatrice"]]
    # a project, opened in Porteurs & projets with a double-click
    qtbot.mouseClick(detail.link_project_button, Qt.LeftButton)
    form = page.form
    pick(form.fields["project_id"], "Légumerie", project.id)
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert texts_of(detail.projects_table)[0][:2] == [project.reference, "Légumerie partagée"]
    opened = []
    page.record_requested.connect(lambda kind, row_id: opened.append((kind, row_id)))
    select_row(detail.projects_table, lambda r: True)
    detail.projects_table.activated.emit(detail.projects_table.currentIndex())
    assert opened == [("project", project.id)]
    qtbot.mouseClick(detail.unlink_project_button, Qt.LeftButton)
    assert row_count(detail.projects_table) == 0
    # a member's role corrected with a double-click on its line
    _add_member(qtbot, win, page, "France Active Ardèche", "membre", "01/03/2024")
    select_row(detail.members_table, lambda r: True)
    detail.members_table.activated.emit(detail.members_table.currentIndex())
    form = page.form
    choose(form.fields["role"], "fondateur")
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert texts_of(detail.members_table)[0][1] == "Fondateur"
    # deleted, with its lines, after a confirmation
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    detail.delete_action.trigger()
    assert page.model.total() == 0
    gone = t.records["collective"].get(collective.id, include_deleted=True)
    assert gone.deleted_at is not None


def test_read_only_file_offers_nothing_to_write(win, coop, qtbot):
    page = coop
    collective = _create_ptce(qtbot, page)
    tdb = win.territory.tdb
    tdb.read_only, tdb.read_only_reason = True, "ouvert en lecture seule"
    try:
        page.set_territory(win.territory)
        page.show_record(collective.id)
        detail = page.collective_detail
        assert not page.new_button.isEnabled()
        for button in (detail.add_member_button, detail.edit_button, detail.link_project_button):
            assert not button.isEnabled() and button.toolTip() == "ouvert en lecture seule"
    finally:
        tdb.read_only, tdb.read_only_reason = False, ""


def test_print_the_sheet_from_its_pane(win, coop, qtbot, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtGui import QKeySequence
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    page = coop
    _create_ptce(qtbot, page)
    _add_member(qtbot, win, page, "BGE Ardèche Drôme", "fondateur", "01/03/2024")
    action = page.collective_detail.print_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    action.trigger()
    dialog = page.preview
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "fiche.pdf"))
    dialog.paintRequested.emit(printer)
    dialog.close()
    pages = PdfReader(tmp_path / "fiche.pdf").pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "Fiche collectif" in text and "BGE Ardèche Drôme" in text
