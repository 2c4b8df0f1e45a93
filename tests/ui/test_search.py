"""Global search: Ctrl+K, debounced typing, grouped results, keyboard and mouse to open."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from municipaless.ui.shell.main_window import DIRECTORY, MEETINGS, PROJECTS
from tests.ui.sample import HEART


def _popup_rows(window) -> list[str]:
    model = window.search_field.results
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _type(qtbot, window, text: str) -> None:
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(window.search_field.popup_visible, timeout=2000)


def test_typing_coeur_shows_grouped_results_with_the_ligature(qtbot, window):
    _type(qtbot, window, "coeur")
    rows = _popup_rows(window)
    assert rows[0] == "Structures"
    assert rows[1].startswith(f"{HEART} (CBS)")
    assert "Projets" in rows
    assert any(row.startswith("Recyclerie du cœur de ville") for row in rows)


def test_enter_opens_the_first_hit_in_its_section(qtbot, window):
    _type(qtbot, window, "coeur")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert not window.search_field.popup_visible()
    assert window.stack.currentIndex() == DIRECTORY
    assert window.directory.currentWidget() is window.organisations
    assert window.organisations.detail.title_text() == HEART
    selected = window.organisations.view.selectionModel().selectedRows()
    assert [index.data() for index in selected] == [HEART]


def test_arrow_down_skips_group_headers(qtbot, window):
    _type(qtbot, window, "coeur")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)  # past the "Projets" header
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == PROJECTS
    assert window.projects.detail.title_text() == "Recyclerie du cœur de ville"


def test_clicking_a_hit_opens_it(qtbot, window):
    _type(qtbot, window, "epicerie")
    view = window.search_field.popup.view
    model = window.search_field.results
    row = next(
        r for r in range(model.rowCount()) if model.hit(r) and model.hit(r).kind == "project"
    )
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentIndex() == PROJECTS
    assert window.projects.detail.title_text() == "Épicerie solidaire des Bruyères"


def test_an_action_opens_in_the_actions_of_meetings(qtbot, window):
    _type(qtbot, window, "releve")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == MEETINGS
    actions = window.meetings.action_items
    assert window.meetings.tabs.currentWidget() is actions
    selected = actions.table.selectionModel().selectedRows()
    assert [actions.model.row(i.row()).record.what for i in selected] == [
        "Envoyer le relevé de décisions"
    ]


def test_no_results_and_escape(qtbot, window):
    _type(qtbot, window, "zzzz")
    assert window.search_field.results.rowCount() == 0
    assert window.search_field.popup.empty_label.text() == "Aucun résultat"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not window.search_field.popup_visible()
