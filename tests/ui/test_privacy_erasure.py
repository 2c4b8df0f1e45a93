"""RGPD screens: « Ne plus contacter » on the person card, the erasure from the card, the
annual retention review from the Fichier menu."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from municipaless.services.file import backups
from tests.services.erasure_sample import bilan, write_demo
from tests.ui.driving import save, type_text


def open_person(win, name: str):
    win.directory.setCurrentWidget(win.people)
    page = win.people
    person = next(p for p in win.territory.records["person"].where() if p.display_name == name)
    page.show_record(person.id)
    return page, person


def test_the_objection_is_ticked_on_the_person_form_and_shown_on_the_card(win, qtbot):
    page, person = open_person(win, "Léa Dubois")
    form = page.edit_current()
    opposition = form.fields["no_contact_since"]
    assert opposition.box.text() == "Ne plus contacter (opposition)"
    assert not opposition.since.isEnabled()
    qtbot.mouseClick(opposition.box, Qt.LeftButton)
    assert opposition.since.isEnabled()
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    saved = win.territory.records["person"].get(person.id)
    assert saved.no_contact_since == dt.date.today().isoformat()
    page.show_record(person.id)
    assert page.detail.section_text("Opposition").startswith("Ne plus contacter, depuis le")
    form = page.edit_current()
    form.fields["no_contact_since"].box.setChecked(False)
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert win.territory.records["person"].get(person.id).no_contact_since is None


def test_erasing_from_the_person_card_asks_for_the_name_then_reports(win, qtbot, dialogs):
    page, person = open_person(win, "Léa Dubois")
    old = backups.make(win.territory, "manual")
    assert page.erase_action.text() == "Effacer définitivement cette personne…"
    page.erase_action.trigger()
    dialog = win.privacy_dialog
    assert dialog.windowTitle() == "Effacer définitivement cette personne"
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.typed, "lea dubo")
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.typed, "is")
    assert dialog.erase_button.isEnabled()  # folded: no accent or case needed
    qtbot.mouseClick(dialog.erase_button, Qt.LeftButton)
    erased = win.territory.records["person"].get(person.id)
    assert erased.erased_at and erased.display_name == "Personne effacée"
    text = dialog.report_text.toPlainText()
    assert "Occurrences du nom dans le fichier" in text and ", 0 après." in text
    assert "Ces sauvegardes contiennent encore" in text and old.path.name in text
    assert "Léa" not in text and "Dubois" not in text
    assert "Personne effacée" in [
        page.model.index(r, 0).data() for r in range(page.model.rowCount())
    ]
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.purge_button, Qt.LeftButton)
    assert not old.path.exists()
    assert "Aucune sauvegarde connue" in dialog.report_text.toPlainText()
    assert not dialog.purge_button.isEnabled()


@pytest.fixture
def demo_win(qtbot, tmp_path):
    from municipaless.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(write_demo(tmp_path / "demo.municipaless"))
    yield window
    window.close()


def test_the_annual_review_keeps_and_purges_what_the_officer_ticks(demo_win, qtbot, dialogs):
    from municipaless.ui.privacy.retention_review import RetentionReviewDialog
    from municipaless.ui.shell.file_menu import FileAction

    win = demo_win
    action = win.menus.action(FileAction.RETENTION)
    assert action.text() == "Revue annuelle de &conservation…"
    action.trigger()
    assert isinstance(win.privacy_dialog, RetentionReviewDialog)
    win.privacy_dialog.close()
    figures = bilan(win.territory)
    dialog = RetentionReviewDialog(win.territory, win, today=dt.date(2030, 6, 1))
    qtbot.addWidget(dialog)
    due = list(dialog.due)
    assert len(due) >= 3 and dialog.table.rowCount() == len(due)
    dialog.choose(0, "keep")  # no reason: refused
    dialog.choose(1, "purge")
    dialog.choose(2, "purge")
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    assert dialogs.messages[-1][2] == "Indiquez pourquoi chaque donnée conservée l'est."
    dialog.table.cellWidget(0, 6).setText("Contentieux en cours")
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    question = dialogs.messages[-1][2]
    assert question.startswith("2 dossiers seront anonymisés")
    assert "2 purgés" in dialog.result_text.toPlainText()
    assert [d.row_id for d in dialog.due] == [d.row_id for d in due[3:]]
    for d in due[1:3]:
        project = win.territory.records["project"].get(d.row_id)
        assert project.purged_at and project.name == f"Dossier {project.reference}"
    assert bilan(win.territory) == figures
    assert "Ces sauvegardes contiennent encore" in dialog.result_text.toPlainText()
    held = backups.for_territory(win.territory)
    assert held and dialog.purge_button.isEnabled()  # the one made at opening holds them
    qtbot.mouseClick(dialog.purge_button, Qt.LeftButton)
    assert not any(e.path.exists() for e in held) and not dialog.purge_button.isEnabled()
