"""A new file's dashboard shows the three first steps (each button doing its step), a file
with data the usual figures; an empty list says what to do and its button does it."""

import pytest
from PySide6.QtCore import Qt

from municipaless.services.file.territory import Territory
from municipaless.ui.shell.main_window import DASHBOARD, DIRECTORY, MEETINGS, PROJECTS, MainWindow
from tests.ui.driving import type_text


@pytest.fixture
def new_window(qtbot, tmp_path):
    path = tmp_path / "nouveau.municipaless"
    Territory.create(path, "test").close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    assert window.open_path(path)
    yield window
    window.close()


def _step(window, name):
    steps = window.dashboard.first_steps
    return next(b for b in steps.buttons if b.objectName() == name)


def test_a_new_file_dashboard_shows_three_steps_not_zero_tiles(qtbot, new_window):
    window = new_window
    window.show_section(DASHBOARD)
    board = window.dashboard
    assert board.first_steps.isVisible() and board.value_labels == {}
    assert not board.follow_ups.isVisible() and not board.stage_chart.isVisible()
    assert [b.text() for b in board.first_steps.buttons] == [
        "Importer l'annuaire…",
        "Nouveau projet…",
        "Nouvelle réunion…",
    ]
    qtbot.mouseClick(_step(window, "stepImport"), Qt.LeftButton)
    wizard = window.session.import_wizard
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    qtbot.mouseClick(_step(window, "stepMeeting"), Qt.LeftButton)
    assert window.stack.currentWidget() is window.meetings
    form = window.meetings.form
    assert form is not None and form.isVisible()
    form.reject()


def test_a_file_with_data_keeps_the_usual_dashboard(window):
    window.show_section(DASHBOARD)
    board = window.dashboard
    assert not board.first_steps.isVisible()
    assert int(board.value_labels["project"].text()) > 0
    assert board.follow_ups.isVisible()


def test_the_empty_project_list_offers_the_new_project_form(qtbot, new_window):
    window = new_window
    window.show_section(PROJECTS)
    page = window.projects
    assert page.empty_state.isVisible() and not page.view.isVisible()
    assert page.empty_label.text().startswith("Aucun projet pour l'instant")
    assert page.empty_button.text() == "Nouveau projet…"
    qtbot.mouseClick(page.empty_button, Qt.LeftButton)
    form = page.project_detail.form
    assert form is not None and form.isVisible()
    type_text(qtbot, form.name, "Café associatif")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.LeftButton)
    assert page.view.isVisible() and not page.empty_state.isVisible()
    assert page.model.rowCount() == 1


def test_a_filter_without_result_offers_to_clear_it(qtbot, window):
    window.show_section(PROJECTS)
    page = window.projects
    rows = page.model.rowCount()
    type_text(qtbot, page.text_filter, "zzzz introuvable")
    page.filters.flush()
    qtbot.waitUntil(lambda: page.empty_state.isVisible(), timeout=3000)
    assert page.empty_label.text() == "Aucun résultat pour ce filtre."
    assert page.empty_button.text() == "Effacer les filtres"
    qtbot.mouseClick(page.empty_button, Qt.LeftButton)
    assert page.text_filter.text() == "" and page.view.isVisible()
    assert page.model.rowCount() == rows


def test_empty_directory_and_meeting_lists_open_their_forms(qtbot, new_window):
    window = new_window
    window.show_section(DIRECTORY)
    organisations = window.organisations
    assert organisations.empty_state.isVisible()
    assert "Importer dans l'annuaire" in organisations.empty_label.text()
    qtbot.mouseClick(organisations.empty_button, Qt.LeftButton)
    assert organisations.form is not None and organisations.form.isVisible()
    organisations.form.reject()
    window.show_section(MEETINGS)
    meetings = window.meetings
    assert meetings.list.empty_state.isVisible()
    qtbot.mouseClick(meetings.list.empty_button, Qt.LeftButton)
    assert meetings.form is not None and meetings.form.isVisible()
    meetings.form.reject()


def test_read_only_empty_list_button_is_off(qtbot, tmp_path):
    path = tmp_path / "vide.municipaless"
    Territory.create(path, "test").close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_territory(window.session._open_file(path, read_only=True))
    window.show_section(PROJECTS)
    page = window.projects
    assert page.empty_state.isVisible() and not page.empty_button.isEnabled()
    window.show_section(DASHBOARD)
    assert not any(b.isEnabled() for b in window.dashboard.first_steps.buttons)
    window.close()
