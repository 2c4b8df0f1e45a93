"""Keyboard-first use: the Édition and Affichage menus, whose entries carry the window's keys.

Every key is an action in a menu (so the menu shows it, « Aide ▸ Raccourcis clavier » lists it
and the tooltip names it): Ctrl+1…6 the sections in navigation order, Ctrl+N a new record of
the section in view, Ctrl+F the list's filter, Ctrl+K the global search, Ctrl+P the printable
document in view. Standard keys where Qt has one, so macOS gets Cmd.

Ctrl+P is also held by each printable screen (``ui/common/print_preview.print_action``, on the
screen and the widgets inside it). Two active actions on one key make Qt fire neither, so the
window's « Imprimer… » steps aside (disabled) while the focus is inside such a screen, and
otherwise triggers the print action of the screen in view.
"""

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PRINT_ACTION_NAME = "printAction"  # ui/common/print_preview.print_action names its actions so


def set_key(action: QAction, key: QKeySequence) -> None:
    """``action.setShortcut(key)``, which would make Qt's namespace (~12 ms of the window's
    start) to weigh its overloads against ``Qt.Key`` (docs/known-traps.md#5)."""
    action.setShortcuts([key])


def describe(action: QAction, text: str) -> None:
    """Tooltip and status tip say what the entry does and its key."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = f"{text} ({key})" if key else text
    action.setToolTip(tip)
    action.setStatusTip(tip)


def screen_print_action(widget: QWidget | None) -> QAction | None:
    """The enabled Ctrl+P action of the printable screen holding ``widget``, if any."""
    from PySide6.QtCore import Qt  # made on first use: not at start (known-traps.md#5)

    while widget is not None:
        for action in widget.actions():
            if (
                action.objectName() == PRINT_ACTION_NAME
                and action.isEnabled()
                and action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
            ):
                return action
        widget = widget.parentWidget()
    return None


def visible_print_action(page: QWidget | None) -> QAction | None:
    """The print action of a printable screen shown inside ``page`` (the section in view)."""
    if page is None:
        return None
    for owner in [page, *page.findChildren(QWidget)]:
        if not owner.isVisible():
            continue
        for action in owner.actions():
            if action.objectName() == PRINT_ACTION_NAME and action.isEnabled():
                return action
    return None


class KeyboardMenus(QObject):
    """The Édition and Affichage menus, inserted before ``before`` (the Aide menu).

    The window gives what each entry does: ``show_section(i)``, ``new_record()``,
    ``focus_filter()``, ``focus_search()`` and ``page_in_view()`` (the page Ctrl+P looks in).
    """

    def __init__(
        self,
        menu_bar: QMenuBar,
        before: QAction,
        section_names: Sequence[str],
        *,
        show_section: Callable[[int], Any],
        new_record: Callable[[], Any],
        focus_filter: Callable[[], Any],
        focus_search: Callable[[], Any],
        page_in_view: Callable[[], QWidget | None],
        tell: Callable[[str], Any],
    ):
        super().__init__(menu_bar)
        self._page_in_view = page_in_view
        self._tell = tell
        self.edit_menu = QMenu(translate("KeyboardMenus", "&Edit"), menu_bar)
        self.edit_menu.setObjectName("editMenu")
        self.view_menu = QMenu(translate("KeyboardMenus", "&View"), menu_bar)
        self.view_menu.setObjectName("viewMenu")
        menu_bar.insertMenu(before, self.edit_menu)
        menu_bar.insertMenu(before, self.view_menu)

        self.new_action = self._add(
            self.edit_menu,
            "newRecordAction",
            translate("KeyboardMenus", "&New record in this section…"),
            translate("KeyboardMenus", "A new project, structure, person or meeting"),
            QKeySequence(QKeySequence.StandardKey.New),
            new_record,
        )
        self.print_action = self._add(
            self.edit_menu,
            "printInViewAction",
            translate("KeyboardMenus", "&Print…"),
            translate("KeyboardMenus", "Print the document in view (fiche, minutes, bilan)"),
            QKeySequence(QKeySequence.StandardKey.Print),
            self.print_in_view,
        )
        self.edit_menu.addSeparator()
        self.filter_action = self._add(
            self.edit_menu,
            "filterListAction",
            translate("KeyboardMenus", "&Filter the list"),
            translate("KeyboardMenus", "Type in the list's filter (else: search everywhere)"),
            QKeySequence(QKeySequence.StandardKey.Find),
            focus_filter,
        )
        self.search_action = self._add(
            self.edit_menu,
            "searchEverywhereAction",
            translate("KeyboardMenus", "&Search everywhere"),
            translate("KeyboardMenus", "Projects, people, structures, meetings…"),
            QKeySequence("Ctrl+K"),
            focus_search,
        )
        self.section_actions: list[QAction] = []
        for index, name in enumerate(section_names):
            self.section_actions.append(
                self._add(
                    self.view_menu,
                    f"section{index + 1}Action",
                    name.replace("&", "&&"),  # « Porteurs & projets »: no mnemonic
                    translate("KeyboardMenus", "Show the section « {name} »").format(name=name),
                    QKeySequence(f"Ctrl+{index + 1}"),
                    lambda i=index: show_section(i),
                )
            )
        # The window's Ctrl+P must not compete with a printable screen's own (see module doc).
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
            app.aboutToQuit.connect(self._stop_following_focus)
        self.edit_menu.aboutToShow.connect(lambda: self.print_action.setEnabled(True))
        # After the chosen entry ran: Qt hides the menu before triggering it.
        self.edit_menu.aboutToHide.connect(
            lambda: QTimer.singleShot(
                0, self, lambda: self._focus_moved(None, QApplication.focusWidget())
            )
        )

    def _add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        tip: str,
        key: QKeySequence,
        slot: Callable[[], Any],
    ) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        set_key(action, key)
        action.triggered.connect(lambda _checked=False: slot())
        describe(action, tip)
        return action

    def set_file_open(self, is_open: bool) -> None:
        """Sections, filter and print need a file; Ctrl+N then creates a file."""
        for action in (*self.section_actions, self.filter_action, self.print_action):
            action.setEnabled(is_open)
        self.search_action.setEnabled(is_open)

    def _stop_following_focus(self) -> None:
        """On quit: the exit destroys every widget and moves the focus once per focused one,
        and each move handed to Python made PySide wrap widgets it never showed it (~8 ms)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):  # not connected any more
                app.focusChanged.disconnect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        actions = (self.section_actions[0], self.print_action)
        if not all(shiboken6.isValid(a) for a in actions):
            return  # the window is being destroyed: its menus go first, focus moves after
        if not self.section_actions[0].isEnabled():  # no file: nothing to print
            return
        self.print_action.setEnabled(screen_print_action(new) is None)

    def print_in_view(self) -> None:
        action = screen_print_action(QApplication.focusWidget())
        action = action or visible_print_action(self._page_in_view())
        if action is None:
            self._tell(translate("KeyboardMenus", "Nothing to print on this screen."))
            return
        action.trigger()
