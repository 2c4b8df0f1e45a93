"""The menu bar: Fichier (files, sharing, merge, settings, import, personal data) and Aide.

Every entry is a ``FileAction``: the window connects each to what it does, tests and the window
reach an entry by its key, never by a string. Editing entries are off (saying why) while the
file is read-only; file entries are off with no file open.

Recent files are rebuilt each time the submenu opens, so a file deleted or unplugged since
(a USB key) shows greyed out instead of failing when clicked.
"""

from collections.abc import Callable
from enum import Enum, auto
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox

from municipaless import __version__
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.shell.keyboard import set_key
from municipaless.ui.shell.recent_files import RecentFiles
from municipaless.ui.shell.share_sync import save_to_share_text, save_to_share_tip

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class FileAction(Enum):
    NEW = auto()
    OPEN = auto()
    DEMO = auto()
    BACKUPS = auto()
    RESTORE = auto()
    SEND_COPY = auto()
    SAVE_SHARE = auto()
    MERGE = auto()
    SETTINGS = auto()
    IMPORT = auto()
    VCARD_EXPORT = auto()
    PRIVACY_SETTINGS = auto()
    PROCESSING_REGISTER = auto()
    RETENTION = auto()
    TRASH = auto()
    LISTS = auto()
    QUIT = auto()
    GUIDE = auto()
    SHORTCUTS = auto()
    ABOUT = auto()


# Off while the file is read-only (the tooltip says why).
EDITING = (
    FileAction.RESTORE,
    FileAction.MERGE,
    FileAction.SETTINGS,
    FileAction.IMPORT,
    FileAction.PRIVACY_SETTINGS,
    FileAction.RETENTION,
    FileAction.LISTS,
)
# Off while no file is open.
NEEDS_FILE = (
    FileAction.TRASH,
    FileAction.BACKUPS,
    FileAction.SEND_COPY,
    FileAction.VCARD_EXPORT,
    FileAction.PROCESSING_REGISTER,
)


class FileMenu(QObject):
    """The Fichier and Aide menus of ``menu_bar``; ``open_recent`` opens a recent file."""

    def __init__(self, menu_bar: QMenuBar, recent: RecentFiles, open_recent: Callable[[Path], Any]):
        super().__init__(menu_bar)
        self.recent = recent
        self._open_recent = open_recent
        self.actions: dict[FileAction, QAction] = {}
        menu = menu_bar.addMenu(translate("FileMenu", "&File"))
        self._add(menu, FileAction.NEW, translate("FileMenu", "&New file…"))
        # Ctrl+N is a new record of the section in view (ui/shell/keyboard.py).
        set_key(self.actions[FileAction.NEW], QKeySequence("Ctrl+Shift+N"))
        self._add(menu, FileAction.OPEN, translate("FileMenu", "&Open…"))
        set_key(self.actions[FileAction.OPEN], QKeySequence(QKeySequence.StandardKey.Open))
        self.recent_menu = menu.addMenu(translate("FileMenu", "Recent &files"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()
        self._add(menu, FileAction.DEMO, translate("FileMenu", "Open the &demonstration territory"))
        menu.addSeparator()
        self._add(menu, FileAction.BACKUPS, translate("FileActions", "&Backups…"))
        self._add(menu, FileAction.RESTORE, translate("FileActions", "&Restore a backup…"))
        self._add(menu, FileAction.SEND_COPY, translate("FileActions", "&Send a copy…"))
        share = self._add(menu, FileAction.SAVE_SHARE, save_to_share_text(), "saveToShareAction")
        set_key(share, QKeySequence(QKeySequence.StandardKey.Save))
        share.setStatusTip(save_to_share_tip())
        self._add(
            menu,
            FileAction.MERGE,
            translate("MergeDialog", "&Merge a colleague's copy…"),
            "mergeAction",
        )
        self._add(menu, FileAction.SETTINGS, translate("SettingsDialog", "Territory &settings…"))
        self._add(
            menu,
            FileAction.LISTS,
            translate("ListsDialog", "&Lists and local challenges…"),
            "listsAction",
        )
        self._add(menu, FileAction.TRASH, translate("TrashDialog", "Recycle &bin…"), "trashAction")
        menu.addSeparator()
        self._add(
            menu,
            FileAction.IMPORT,
            translate("ImportWizard", "&Import into the directory…"),
            "importAction",
        )
        self._add(
            menu,
            FileAction.VCARD_EXPORT,
            translate("ImportWizard", "Export the contacts (&vCard)…"),
            "vcardExportAction",
        )
        menu.addSeparator()
        self._add(
            menu,
            FileAction.PRIVACY_SETTINGS,
            translate("PrivacySettingsDialog", "Personal &data (GDPR)…"),
            "privacySettingsAction",
        )
        self._add(
            menu,
            FileAction.PROCESSING_REGISTER,
            translate("RegisterExport", "Processing &register…"),
            "processingRegisterAction",
        )
        self._add(
            menu,
            FileAction.RETENTION,
            translate("RetentionReviewDialog", "Annual re&tention review…"),
            "retentionAction",
        )
        menu.addSeparator()
        self._add(menu, FileAction.QUIT, translate("FileMenu", "&Quit"))
        set_key(self.actions[FileAction.QUIT], QKeySequence("Ctrl+Q"))
        help_menu = self.help_menu = menu_bar.addMenu(translate("FileMenu", "&Help"))
        guide = self._add(help_menu, FileAction.GUIDE, translate("FileMenu", "User &guide"))
        set_key(guide, QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.setObjectName("guideAction")
        self._add(
            help_menu,
            FileAction.SHORTCUTS,
            translate("FileMenu", "&Keyboard shortcuts"),
            "keysAction",
        )
        help_menu.addSeparator()
        self._add(help_menu, FileAction.ABOUT, translate("FileMenu", "&About MunicipalESS"))
        self.actions[FileAction.ABOUT].triggered.connect(partial(about, menu_bar))

    def _add(self, menu: QMenu, key: FileAction, text: str, name: str = "") -> QAction:
        action = menu.addAction(text)
        if name:
            action.setObjectName(name)
        self.actions[key] = action
        return action

    def action(self, key: FileAction) -> QAction:
        return self.actions[key]

    def connect(self, slots: dict[FileAction, Callable[[], Any]]) -> None:
        """Each entry runs its slot (the ``checked`` argument of ``triggered`` dropped)."""
        for key, slot in slots.items():
            self.actions[key].triggered.connect(lambda _checked=False, run=slot: run())

    @property
    def editing_actions(self) -> list[QAction]:
        return [self.actions[key] for key in EDITING]

    def update(self, territory: Any) -> None:
        """Editing entries off (saying why) when read-only; file entries off with no file."""
        why = read_only_text(territory)
        for key in EDITING:
            action = self.actions[key]
            action.setEnabled(territory is not None and not territory.read_only)
            action.setToolTip(why)
            action.setStatusTip(why)
        for key in NEEDS_FILE:
            self.actions[key].setEnabled(territory is not None)

    def fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            if path.is_file():
                action.triggered.connect(partial(self._open_path, path))
            else:
                action.setText(translate("FileMenu", "{name} (not found)").format(name=path.name))
                action.setEnabled(False)
        if paths:
            menu.addSeparator()
            clear = menu.addAction(translate("FileMenu", "Clear the list"))
            clear.triggered.connect(self.recent.clear)
        else:
            empty = menu.addAction(translate("FileMenu", "No recent files"))
            empty.setEnabled(False)

    def _open_path(self, path: Path, _checked: bool = False) -> None:
        self._open_recent(path)


def about(parent: QMenuBar, _checked: bool = False) -> None:
    QMessageBox.about(
        parent.window(),
        translate("FileMenu", "About MunicipalESS"),
        translate(
            "FileMenu",
            "MunicipalESS {version}\n\nFor the social and solidarity economy officer of a "
            "commune: project holders, directory, meetings and activity reports, offline.",
        ).format(version=__version__),
    )
