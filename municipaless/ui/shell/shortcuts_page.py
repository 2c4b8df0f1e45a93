"""« Aide ▸ Raccourcis clavier »: the keys, read from the actions themselves.

No hand-written list to fall behind: the rows come from walking the window's ``QAction``s (menu
entries and the built screens' own, such as « Imprimer… ») and its ``QShortcut``s that say what
they do (``whatsThis``), each key written the platform's way (Cmd on macOS).
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def _plain(text: str) -> str:
    """A menu text without its mnemonic (« &Fichier » → « Fichier »)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def _where(action: QAction) -> str:
    """The menu holding the entry; « Sur son écran » for a screen's own key."""
    if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
        return translate("ShortcutsDialog", "On its screen")
    titles = [m.title() for m in action.associatedObjects() if isinstance(m, QMenu)]
    titles = [_plain(title) for title in titles if title]
    return titles[0] if titles else translate("ShortcutsDialog", "Window")


def shortcut_rows(root: QWidget) -> list[tuple[str, str, str]]:
    """(what, keys, where) for every action and described shortcut under ``root``."""
    rows: list[tuple[str, str, str]] = []
    for action in root.findChildren(QAction):
        keys = _keys(action.shortcuts())
        text = _plain(action.text()).rstrip("…").strip()
        if keys and text:
            rows.append((text, keys, _where(action)))
    for shortcut in root.findChildren(QShortcut):
        keys = _keys(shortcut.keys())
        if keys and shortcut.whatsThis():
            rows.append((shortcut.whatsThis(), keys, translate("ShortcutsDialog", "On its screen")))
    unique = sorted(set(rows), key=lambda row: (row[2], row[1], row[0]))
    return unique


class ShortcutsDialog(QDialog):
    """The table of keys; non-modal, rebuilt each time it is opened."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 520)
        intro = QLabel(
            self.tr(
                "The keys of the window and of the screens opened so far. F1 opens the user "
                "guide at the page of the section in view."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]
