"""The history of a compte rendu (the workspace's last tab): every version diffused or
approved, each one opened read-only (« Ouvrir ») or exported (« Exporter… ») as it was fixed.

A version is printed from its snapshot in ``minutes_version`` by the same builder as the
meeting's own export (services/meetings/documents.py ``version_document``), so what is shown
here, exported or printed is what the members read or approved, whatever changed since.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.formats import format_date
from municipaless.storage.errors import StorageError
from municipaless.ui.common.dialogs import open_at
from municipaless.ui.common.labels import code_label
from municipaless.ui.editing import show_storage_error

FORMATS = (("docx", "Word"), ("pdf", "PDF"), ("odt", "LibreOffice"))


class MinutesHistory(QWidget):
    """The versions, newest first, with « Ouvrir » and « Exporter… » for the one selected."""

    def __init__(self, exporter: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.name = ""  # the meeting's title, for the file name
        self.exporter = exporter  # ui/meetings/exports.py: one export at a time per workspace
        self.viewer: VersionViewer | None = None  # the last one opened (tests reach it)
        self.list = QListWidget()
        self.list.setObjectName("minutesHistory")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openVersion")
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setObjectName("exportVersion")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions = {
            fmt: menu.addAction(f"{text}…", lambda f=fmt: self.export(f)) for fmt, text in FORMATS
        }
        self.export_button.setMenu(menu)
        self.open_button.clicked.connect(self.open_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._sync())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._sync()

    def show_meeting(self, territory: Any, meeting_id: str, name: str) -> None:
        from municipaless.services.meetings import minutes

        self.territory = territory
        self.name = name
        self.list.clear()
        entries = minutes.history(territory, meeting_id)
        for entry in reversed(entries):
            item = QListWidgetItem(
                self.tr("Version {version} — {status} on {date} by {who}").format(
                    version=entry.version,
                    status=code_label("minutes_status", entry.status).lower(),
                    date=format_date(entry.status_on),
                    who=entry.by or "—",
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.record.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"v{entry.version} {entry.status}")
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("Not circulated yet: the minutes are a draft."))
        self._sync()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _sync(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.export_button.setEnabled(chosen)

    def _title(self) -> str:
        item = self.list.currentItem()
        return item.text() if item is not None else ""

    def open_selected(self) -> None:
        """The version in a read-only window, as it was fixed."""
        from municipaless.services.meetings import documents as docs

        version_id = self.selected_id()
        if version_id is None or self.territory is None:
            return
        try:
            doc = docs.version_document(self.territory, version_id)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = VersionViewer(doc, self._title(), self)
        self.viewer.show()

    def export(self, fmt: str) -> None:
        from municipaless.services.meetings import documents as docs

        version_id = self.selected_id()
        if version_id is None:
            return
        which = self.list.currentItem().data(Qt.ItemDataRole.UserRole + 1)
        self.exporter.run(
            self.tr("Export this version of the minutes"),
            f"compte-rendu {self.name} {which}",
            fmt,
            lambda t, path: docs.export_version(t, version_id, path, fmt),
        )


class VersionViewer(QDialog):
    """One version of a compte rendu, read-only: the document model rendered by Qt (the
    writer the print preview uses), « Imprimer… » beside « Fermer »."""

    def __init__(self, doc: Any, title: str, parent: QWidget | None = None):
        from municipaless.ui.common.print_document import to_text_document

        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(title or doc.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_at(self, 760, 720)
        self.browser = QTextBrowser()
        self.browser.setObjectName("versionText")
        self.browser.setReadOnly(True)
        self.text = to_text_document(doc)
        self.text.setParent(self)
        self.text.setDocumentMargin(16)  # the printer adds its own margins, a window does not
        self.browser.setDocument(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_preview)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        from municipaless.ui.common.print_preview import print_action

        print_action(self, self.print_preview)
        self.preview: Any = None

    def print_preview(self) -> None:
        from municipaless.ui.common.print_preview import preview

        self.preview = preview(self, self.doc)
