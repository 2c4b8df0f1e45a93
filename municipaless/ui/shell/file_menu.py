"""The menu bar: Fichier (new, open, recent files, demo, quit) and Aide.

Recent files are rebuilt each time the submenu opens, so a file deleted or unplugged since
(a USB key) shows greyed out instead of failing when clicked.
"""

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from municipaless import __version__
from municipaless.ui.directory.import_wizard import add_import_actions
from municipaless.ui.file.merge_dialog import add_merge_action
from municipaless.ui.file.settings_dialog import add_settings_action
from municipaless.ui.shell.file_session import add_sharing_actions

if TYPE_CHECKING:
    from municipaless.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def build_menus(window: "MainWindow") -> list[QAction]:
    """Create the menus; returns the editing actions to disable when read-only."""
    window.file_actions = {}
    file_menu = window.menuBar().addMenu(translate("FileMenu", "&File"))
    new_action = file_menu.addAction(translate("FileMenu", "&New file…"))
    new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    new_action.triggered.connect(window.new_file_dialog)
    open_action = file_menu.addAction(translate("FileMenu", "&Open…"))
    open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
    open_action.triggered.connect(window.open_dialog)
    recent_menu = file_menu.addMenu(translate("FileMenu", "Recent &files"))
    recent_menu.setObjectName("recentMenu")
    recent_menu.aboutToShow.connect(partial(fill_recent_menu, window, recent_menu))
    fill_recent_menu(window, recent_menu)
    demo_action = file_menu.addAction(translate("FileMenu", "Open the &demonstration territory"))
    demo_action.triggered.connect(window.open_demo)
    file_menu.addSeparator()
    edit_actions = add_sharing_actions(window, file_menu)
    edit_actions.append(add_merge_action(window, file_menu))
    edit_actions.append(add_settings_action(window, file_menu))
    file_menu.addSeparator()
    edit_actions.append(add_import_actions(window, file_menu))
    file_menu.addSeparator()
    quit_action = file_menu.addAction(translate("FileMenu", "&Quit"))
    quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(window.close)

    help_menu = window.menuBar().addMenu(translate("FileMenu", "&Help"))
    about_action = help_menu.addAction(translate("FileMenu", "&About MunicipalESS"))
    about_action.triggered.connect(partial(_about, window))
    window.file_actions.update(
        {"new": new_action, "open": open_action, "demo": demo_action, "quit": quit_action}
    )
    return edit_actions


def fill_recent_menu(window: "MainWindow", menu: QMenu) -> None:
    menu.clear()
    paths = window.recent.paths()
    for path in paths:
        action = menu.addAction(path.name)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        if path.is_file():
            action.triggered.connect(partial(_open_recent, window, path))
        else:
            action.setText(translate("FileMenu", "{name} (not found)").format(name=path.name))
            action.setEnabled(False)
    if paths:
        menu.addSeparator()
        clear = menu.addAction(translate("FileMenu", "Clear the list"))
        clear.triggered.connect(window.recent.clear)
    else:
        empty = menu.addAction(translate("FileMenu", "No recent files"))
        empty.setEnabled(False)


def _open_recent(window: "MainWindow", path: Path, _checked: bool = False) -> None:
    window.open_path(path)


def _about(window: "MainWindow", _checked: bool = False) -> None:
    QMessageBox.about(
        window,
        translate("FileMenu", "About MunicipalESS"),
        translate(
            "FileMenu",
            "MunicipalESS {version}\n\nFor the social and solidarity economy officer of a "
            "commune: project holders, directory, meetings and activity reports, offline.",
        ).format(version=__version__),
    )
