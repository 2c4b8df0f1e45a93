"""Small screens (1024×600) and large ones (1920×1080): every action of the meeting workspace,
the project list and the annuaire is on screen or in a « ⋯ » menu, never past a sideways
scroll; dialogs show their whole form and grow with their messages; long labels elide."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from municipaless.services import demo
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.elided_label import ElidedLabel
from tests.ui.driving import save, select_row, type_text

SMALL, LARGE = (1024, 600), (1920, 1080)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    demo.generate(path, "small", seed=3, today=date(2026, 9, 1))
    return path


@pytest.fixture
def demo_window(qtbot, demo_template, tmp_path):
    import shutil

    from municipaless.ui.shell.main_window import MainWindow

    path = shutil.copy(demo_template, tmp_path / "demo.municipaless")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(tmp_path / "demo.municipaless")
    assert path
    yield win
    win.close()


def _settle(qtbot, win, size) -> None:
    win.resize(*size)
    qtbot.wait(30)
    assert (win.width(), win.height()) == size


def _buttons(root: QWidget) -> list[QAbstractButton]:
    """The buttons the officer sees (Qt's own tab and line-edit arrows aside)."""
    found = []
    for button in root.findChildren(QAbstractButton):
        parent = button.parentWidget()
        if not button.isVisible() or isinstance(parent, QTabBar | QLineEdit):
            continue
        if button.objectName().startswith("qt_"):
            continue
        found.append(button)
    return found


def _check_fits(win, root: QWidget) -> list[QAbstractButton]:
    """Every visible button lies across the window's width; no sideways scroll bar shows
    outside the tables' own; returns the buttons checked."""
    buttons = _buttons(root)
    assert buttons
    for button in buttons:
        left = button.mapTo(win, QPoint(0, 0)).x()
        place = QRect(QPoint(left, 0), button.size())
        assert place.left() >= 0 and place.right() < win.width(), (button.text(), place)
    for bar in _bars(root):  # what a bar hides for want of room, its « ⋯ » menu lists
        listed = {a.text() for a in bar.menu_actions()}
        for button in bar.overflowed():
            assert bar.is_wanted(button) and not button.isVisible()
            assert (button.text() or button.toolTip()) in listed, button.text()
        assert bar.more_button.isVisible() == bool(bar.overflowed() or listed)
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisible() and not isinstance(area, QAbstractItemView | QTextEdit):
            bar: QScrollBar = area.horizontalScrollBar()
            assert not bar.isVisible(), area
    return buttons


def _bars(root: QWidget) -> list[ActionBar]:
    return [b for b in root.findChildren(ActionBar) if b.isVisible()]


def _open_meeting(qtbot, win):
    from municipaless.ui.shell.main_window import MEETINGS

    win.show_section(MEETINGS)
    page = win.meetings
    qtbot.waitUntil(lambda: page.list.model is not None and page.list.model.rowCount() > 0)
    view = page.list.view
    # the meeting with the most open items from earlier ones: the fullest workspace
    rows = range(page.list.model.rowCount())
    for row in rows:
        view.selectRow(row)
        if page.workspace.pending.model.rowCount():
            break
    qtbot.wait(30)
    return page.workspace


def test_the_meeting_workspace_fits_1024x600(qtbot, demo_window):
    win = demo_window
    _settle(qtbot, win, SMALL)
    ws = _open_meeting(qtbot, win)
    for tab in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        _check_fits(win, ws)
    ws.tabs.setCurrentIndex(0)
    qtbot.wait(10)
    _check_fits(win, win.meetings)
    status = ws.status
    assert status.width() >= status.sizeHint().width()  # « Compte rendu : Brouillon » whole
    # The pending panel's last buttons fold into its « ⋯ »; the menu's entry does their work.
    bar = ws.pending.button_bar
    assert ws.pending.carry_button in bar.overflowed()
    assert bar.more_button.isVisible()
    select_row(ws.pending.table, lambda r: True)
    entries = {a.text(): a for a in bar.menu_actions()}
    assert ws.pending.carry_button.text() in entries
    entries[ws.pending.carry_button.text()].trigger()
    assert ws.pending.form is not None and ws.pending.form.isVisible()
    ws.pending.form.discard()
    # the header's rarer commands live in its « ⋯ » menu at every size
    texts = [a.text() for a in ws.button_bar.menu_actions()]
    assert ws.more_actions["delete"].text() in texts


def test_the_project_list_and_detail_fit_1024x600(qtbot, demo_window):
    from municipaless.ui.shell.main_window import PROJECTS

    win = demo_window
    _settle(qtbot, win, SMALL)
    win.show_section(PROJECTS)
    page = win.projects
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 0)
    page.view.selectRow(0)
    qtbot.wait(20)
    detail = page.project_detail
    for tab in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        _check_fits(win, page)
    # the list shows its reference and the project's name whole, beside the detail
    header = page.view.horizontalHeader()
    shown = page.view.viewport().width()
    name_column = [c.key for c in page._territory.list_source("project").columns].index("name")
    assert header.sectionViewportPosition(name_column) + header.sectionSize(name_column) <= shown
    count = page.filters.count_label
    assert count.isVisible() and count.width() >= count.sizeHint().width()
    assert _check_fits(win, page.filters)


@pytest.mark.parametrize("tab", ["organisations", "people"])
def test_the_annuaire_fits_1024x600(qtbot, demo_window, tab):
    from municipaless.ui.shell.main_window import DIRECTORY

    win = demo_window
    _settle(qtbot, win, SMALL)
    win.show_section(DIRECTORY)
    page = getattr(win, tab)
    win.directory.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.filters is not None and page.model is not None)
    page.view.selectRow(0)
    qtbot.wait(20)
    _check_fits(win, page)
    count = page.filters.count_label
    assert count.text() and count.width() >= count.sizeHint().width()  # « 60 structures »
    assert count.mapTo(win, QPoint(count.width(), 0)).x() <= win.width()
    toolbar = page.toolbar
    for action in toolbar.actions():
        if action.isVisible() and not action.isSeparator():
            button = toolbar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()


def test_everything_inline_at_1920x1080(qtbot, demo_window):
    from municipaless.ui.shell.main_window import DIRECTORY, PROJECTS

    win = demo_window
    _settle(qtbot, win, LARGE)
    ws = _open_meeting(qtbot, win)
    _check_fits(win, win.meetings)
    bars = _bars(win.meetings)
    assert ws.button_bar in bars and ws.pending.button_bar in bars
    for bar in bars:
        assert bar.overflowed() == []
    assert ws.pending.carry_button.isVisible()
    win.show_section(PROJECTS)
    win.projects.view.selectRow(0)
    qtbot.wait(20)
    _check_fits(win, win.projects)
    for bar in _bars(win.projects):
        assert bar.overflowed() == [] and not bar.more_button.isVisible()
    # the list gets the room its columns use, not a sliver beside a stretched detail
    assert win.projects.view.width() > 600
    win.show_section(DIRECTORY)
    qtbot.waitUntil(lambda: win.organisations.filters is not None)
    qtbot.wait(30)
    _check_fits(win, win.organisations)
    filters = win.organisations.filters
    wide = filters.height()
    _settle(qtbot, win, SMALL)
    qtbot.wait(30)
    assert filters.height() > wide  # the width saved a line of filters


def test_action_bar_moves_what_does_not_fit_into_its_menu(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = ActionBar(holder)
    clicked: list[str] = []
    buttons = []
    for name in ("Premier", "Deuxième", "Troisième", "Quatrième"):
        button = QPushButton(name)
        button.clicked.connect(lambda _c=False, n=name: clicked.append(n))
        buttons.append(bar.add(button))
    buttons[3].setEnabled(False)
    holder.show()
    bar.resize(bar.sizeHint())
    qtbot.wait(10)
    assert bar.overflowed() == [] and not bar.more_button.isVisible()
    bar.resize(buttons[0].sizeHint().width() + bar.more_button.sizeHint().width() + 20, 30)
    qtbot.wait(10)
    assert bar.overflowed() == buttons[1:]
    assert buttons[0].isVisible() and not buttons[2].isVisible()
    assert bar.more_button.isVisible()
    entries = bar.menu_actions()
    assert [a.text() for a in entries] == ["Deuxième", "Troisième", "Quatrième"]
    assert [a.isEnabled() for a in entries] == [True, True, False]
    entries[1].trigger()
    assert clicked == ["Troisième"]
    bar.set_wanted(buttons[2], False)  # hidden by its section: neither shown nor listed
    assert "Troisième" not in [a.text() for a in bar.menu_actions()]


def test_elided_label_keeps_its_whole_text_in_the_tooltip(qtbot):
    text = "Compte rendu : Brouillon (version 3), diffusé aux membres du comité le 12 mai"
    label = ElidedLabel(text)
    qtbot.addWidget(label)
    label.show()
    label.resize(label.sizeHint())
    qtbot.wait(10)
    assert label.shown_text() == text and label.text() == text
    label.resize(120, label.height())
    qtbot.wait(10)
    assert label.shown_text().endswith("…") and len(label.shown_text()) < len(text)
    assert label.toolTip() == text and label.accessibleName() == text
    assert label.text() == text
    assert label.minimumSizeHint().width() < 120


def test_a_record_form_grows_with_its_messages(qtbot, demo_window):
    from municipaless.ui.shell.main_window import DIRECTORY

    win = demo_window
    _settle(qtbot, win, SMALL)
    win.show_section(DIRECTORY)
    page = win.organisations
    page.new_record()
    form = page.form
    qtbot.waitUntil(form.isVisible)
    scroll = form.scroll
    assert not scroll.verticalScrollBar().isVisible() or form.height() >= 600 - 60
    assert not scroll.horizontalScrollBar().isVisible()
    before = form.size()
    type_text(qtbot, form.fields["email"], "pas-un-courriel")
    save(qtbot, form)  # refused: the name is missing and the e-mail is wrong
    qtbot.wait(20)
    assert form.isVisible()
    assert form.findChild(QWidget, "error_name").isVisible()
    assert form.height() > before.height() or form.height() >= 600 - 60
    assert not scroll.horizontalScrollBar().isVisible()
    screen = form.screen().availableGeometry()
    assert form.height() <= screen.height() and form.width() <= screen.width()
    form.discard()


def test_a_small_form_grows_instead_of_scrolling(qtbot, demo_window):
    """The « Marquer créé » dialog: two fields; its message must not bring a scroll bar."""
    from municipaless.ui.shell.main_window import PROJECTS

    win = demo_window
    _settle(qtbot, win, SMALL)
    win.show_section(PROJECTS)
    win.projects.view.selectRow(0)
    detail = win.projects.project_detail
    detail.mark_created()
    form = detail.form
    qtbot.waitUntil(form.isVisible)
    before = form.height()
    assert not form.scroll.verticalScrollBar().isVisible()
    form.fields["founded_on"].set_value(None)
    save(qtbot, form)  # the founding date is required
    qtbot.wait(20)
    message = form.findChild(QWidget, "error_founded_on")
    assert message.isVisible()
    assert form.height() >= before
    assert not form.scroll.verticalScrollBar().isVisible()
    viewport = form.scroll.viewport()
    assert message.mapTo(viewport, QPoint(0, message.height())).y() <= viewport.height()
    form.discard()


def test_new_action_opens_with_every_field_in_sight(qtbot, demo_window):
    win = demo_window
    _settle(qtbot, win, SMALL)
    ws = _open_meeting(qtbot, win)
    panel = ws.agenda.action_items
    ws.tabs.setCurrentIndex(0)
    panel.add()
    form = panel.form
    qtbot.waitUntil(form.isVisible)
    qtbot.wait(20)
    assert not form.scroll.verticalScrollBar().isVisible()
    assert not form.scroll.horizontalScrollBar().isVisible()
    viewport = form.scroll.viewport()
    for name, field in form.fields.items():
        bottom = field.mapTo(viewport, QPoint(0, field.height())).y()
        assert bottom <= viewport.height(), name
    form.discard()


def test_section_lists_keep_their_first_columns_in_sight(qtbot, demo_window):
    """Structures, personnes, projets, réunions at 1024×600: the first two columns whole."""
    win = demo_window
    _settle(qtbot, win, SMALL)
    for page in (win.projects, win.organisations, win.people, win.meetings.list):
        section = {
            win.projects: 1,
            win.organisations: 2,
            win.people: 2,
        }.get(page, 3)
        win.show_section(section)
        if page is win.people:
            win.directory.setCurrentWidget(win.people)
        qtbot.waitUntil(lambda p=page: p.model is not None)
        qtbot.wait(20)
        header = page.view.horizontalHeader()
        first = header.logicalIndex(0)
        assert header.sectionSize(first) + header.sectionViewportPosition(first) <= (
            page.view.viewport().width()
        ), page.list_name
        assert page.view.viewport().width() >= 240, page.list_name
