"""Keyboard-first: Ctrl+1…5, Ctrl+N, Ctrl+F, Ctrl+P per section, no key held twice, and
« Aide ▸ Raccourcis clavier » listing every key the actions carry."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from municipaless.ui.common import print_preview
from municipaless.ui.shell.file_menu import FileAction
from municipaless.ui.shell.main_window import (
    DASHBOARD,
    DIRECTORY,
    MEETINGS,
    PROJECTS,
    REPORTS,
    WELCOME,
)

NATIVE = QKeySequence.SequenceFormat.NativeText
SECTIONS = (DASHBOARD, PROJECTS, DIRECTORY, MEETINGS, REPORTS)


def _press(qtbot, window, key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keySequence(QApplication.focusWidget() or window, QKeySequence(key))


def _build_every_section(window) -> None:
    for section in SECTIONS:
        window.show_section(section)


@pytest.mark.parametrize("section", SECTIONS)
def test_ctrl_digit_shows_the_section_in_navigation_order(qtbot, window, section):
    other = REPORTS if section != REPORTS else DASHBOARD
    window.show_section(other)
    _press(qtbot, window, f"Ctrl+{section + 1}")
    assert window.current_section() == section
    assert window.nav.currentRow() == section
    assert window.nav.item(section).text() in window.keys.section_actions[section].text().replace(
        "&&", "&"
    )


def _new_form(window, section: int, tab: int = 0):
    """The form Ctrl+N opened in ``section`` (None when it opens none)."""
    if section in (DASHBOARD, PROJECTS):
        return window.projects.project_detail.form
    if section == DIRECTORY:
        return window.directory.widget(tab).form
    if section == MEETINGS:
        return window.meetings.form
    return None


@pytest.mark.parametrize(
    ("section", "tab", "form_class"),
    [
        (DASHBOARD, 0, "ProjectForm"),
        (PROJECTS, 0, "ProjectForm"),
        (DIRECTORY, 0, "OrganisationForm"),
        (DIRECTORY, 1, "PersonForm"),
        (MEETINGS, 0, "NewMeetingForm"),
    ],
)
def test_ctrl_n_opens_the_new_record_form_of_the_section(qtbot, window, section, tab, form_class):
    window.show_section(section)
    if section == DIRECTORY:
        window.directory.setCurrentIndex(tab)
    assert _new_form(window, section, tab) is None
    _press(qtbot, window, QKeySequence.StandardKey.New)
    form = _new_form(window, section, tab)
    assert type(form).__name__ == form_class
    assert form.isVisible() and form.record is None  # a new record, not an edit
    if section == DASHBOARD:
        assert window.current_section() == PROJECTS  # welcoming a porteur starts there
    form.reject()


def test_ctrl_n_in_reports_says_there_is_nothing_to_create(qtbot, window):
    window.show_section(REPORTS)
    _press(qtbot, window, QKeySequence.StandardKey.New)
    assert (
        window.status.currentMessage()
        == "Rien à créer dans cette section : choisissez une autre section."
    )
    assert QApplication.activeModalWidget() is None


def test_ctrl_n_on_a_read_only_file_says_why_nothing_opens(qtbot, qapp, small_file):
    from municipaless.services.file import OpenMode, open_territory
    from municipaless.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_territory(open_territory(small_file, mode=OpenMode.READ_ONLY))
    win.show_section(PROJECTS)
    _press(qtbot, win, QKeySequence.StandardKey.New)
    assert win.projects.project_detail.form is None
    assert win.status.currentMessage().startswith("Lecture seule")
    win.close()


def test_ctrl_n_without_a_file_asks_where_to_create_one(qtbot, dialogs):
    from municipaless.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.current_section() == WELCOME
    _press(qtbot, win, QKeySequence.StandardKey.New)
    assert [kind for kind, _ in dialogs.file_requests] == ["getSaveFileName"]
    win.close()


@pytest.mark.parametrize(
    ("section", "tab"),
    [(PROJECTS, 0), (DIRECTORY, 0), (DIRECTORY, 1), (MEETINGS, 0), (MEETINGS, 1)],
)
def test_ctrl_f_puts_the_cursor_in_the_list_filter(qtbot, window, section, tab):
    window.show_section(section)
    page = window.stack.currentWidget()
    if section in (DIRECTORY, MEETINGS):
        (page if section == DIRECTORY else page.tabs).setCurrentIndex(tab)
    bars = {
        PROJECTS: lambda: window.projects.filters,
        DIRECTORY: lambda: window.directory.widget(tab).filters,
        MEETINGS: lambda: (window.meetings.filters, window.meetings.action_items.filters)[tab],
    }
    qtbot.waitUntil(lambda: getattr(bars[section](), "widgets", None) is not None)
    edit = bars[section]().widgets["text"]
    qtbot.waitUntil(edit.isVisible)  # a tab's bar is built and shown when the tab first shows
    edit.blockSignals(True)  # no filtering left running after the test
    edit.setText("vélo")
    edit.blockSignals(False)
    _press(qtbot, window, QKeySequence.StandardKey.Find)
    assert QApplication.focusWidget() is edit
    assert edit.selectedText() == "vélo"  # typing replaces the previous filter


@pytest.mark.parametrize("section", [DASHBOARD, REPORTS])
def test_ctrl_f_without_a_list_searches_everywhere(qtbot, window, section):
    window.show_section(section)
    _press(qtbot, window, QKeySequence.StandardKey.Find)
    assert QApplication.focusWidget() is window.search_field


def _window_keys(window) -> list[tuple[str, str]]:
    """(key, text) of every enabled action active anywhere in the window."""
    return [
        (key.toString(NATIVE), action.text())
        for action in window.findChildren(QAction)
        if action.isEnabled()
        and action.shortcutContext()
        in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
        for key in action.shortcuts()
    ]


def test_no_key_is_held_by_two_window_actions(window):
    _build_every_section(window)
    keys = [key for key, _text in _window_keys(window)]
    assert len(keys) >= 12
    assert sorted(keys) == sorted(set(keys)), [k for k in keys if keys.count(k) > 1]


@pytest.fixture
def previews(monkeypatch):
    shown = []
    monkeypatch.setattr(print_preview, "preview", lambda parent, doc: shown.append(doc))
    return shown


def test_ctrl_p_prints_the_project_in_view_wherever_the_focus_is(qtbot, window):
    window.show_section(PROJECTS)
    projects = window.projects
    projects.show_record(projects.model.row_id(0))
    detail = projects.project_detail
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    fired = []
    detail.print_action.triggered.connect(lambda: fired.append("fiche"))
    window.keys.print_action.triggered.connect(lambda: fired.append("window"))
    projects.view.setFocus()  # in the list: the window's « Imprimer… » finds the fiche
    qtbot.waitUntil(lambda: QApplication.focusWidget() is projects.view)
    assert window.keys.print_action.isEnabled()
    _press(qtbot, window, QKeySequence.StandardKey.Print)
    assert sorted(fired) == ["fiche", "window"]  # the window's found the fiche's
    detail.exports.options.reject()  # nominative or anonymised: asked before the preview
    detail.tabs.setFocus()  # inside the fiche: its own Ctrl+P, the window's steps aside
    qtbot.waitUntil(lambda: not window.keys.print_action.isEnabled())
    _press(qtbot, window, QKeySequence.StandardKey.Print)
    assert sorted(fired) == ["fiche", "fiche", "window"]
    assert detail.exports.options.isVisible()
    detail.exports.options.reject()


def test_ctrl_p_in_meetings_prints_the_minutes_or_the_register(qtbot, window, previews):
    from municipaless.ui.meetings.page import DECISIONS_TAB, MEETINGS_TAB

    window.show_section(MEETINGS)
    meetings = window.meetings
    meetings.open_meeting(meetings.list.model.row_id(0))
    meetings.list.view.setFocus()  # the list: the window's « Imprimer… » finds the minutes
    _press(qtbot, window, QKeySequence.StandardKey.Print)
    assert len(previews) == 1 and previews[0].subtitle == "Compte rendu"
    meetings.tabs.setCurrentIndex(DECISIONS_TAB)
    meetings.decisions.filters.setFocus()
    _press(qtbot, window, QKeySequence.StandardKey.Print)
    register = previews[-1]
    assert len(previews) == 2 and "décisions" in f"{register.title} {register.subtitle}".lower()
    meetings.tabs.setCurrentIndex(MEETINGS_TAB)


def test_ctrl_p_in_reports_prints_the_bilan(qtbot, window, previews):
    window.show_section(REPORTS)
    _press(qtbot, window, QKeySequence.StandardKey.Print)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)


def test_ctrl_p_where_nothing_prints_says_so(qtbot, window, previews):
    window.show_section(DASHBOARD)
    _press(qtbot, window, QKeySequence.StandardKey.Print)
    assert previews == []
    assert window.status.currentMessage() == "Rien à imprimer sur cet écran."


def test_the_keys_page_lists_every_action_that_has_a_key(qtbot, window):
    _build_every_section(window)
    window.menus.action(FileAction.SHORTCUTS).trigger()
    dialog = window.keys_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Raccourcis clavier"
    listed = {(what, keys) for what, keys, _where in dialog.rows()}
    walked = {
        (action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…"), key)
        for action in window.findChildren(QAction)
        for key in [", ".join(k.toString(NATIVE) for k in action.shortcuts())]
        if key
    }
    assert walked and walked <= listed
    keys = {keys for _what, keys in listed}
    for expected in ("Ctrl+1", "Ctrl+5", "Ctrl+N", "Ctrl+F", "Ctrl+K", "Ctrl+P", "F1"):
        assert expected in keys
    assert ("Porteurs & projets", "Ctrl+2") in listed
    assert ("Imprimer la fiche projet", "Ctrl+P") in listed  # a screen's own key, once built


def test_each_key_is_named_in_its_tooltip(window):
    actions = [*window.keys.section_actions, window.keys.new_action, window.keys.filter_action]
    actions += [window.keys.search_action, window.keys.print_action]
    actions += [window.menus.action(FileAction.GUIDE), window.menus.action(FileAction.NEW)]
    for action in actions:
        key = action.shortcut().toString(NATIVE)
        assert key and key in action.toolTip() and key in action.statusTip(), action.text()
