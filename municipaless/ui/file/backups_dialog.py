"""Fichier ▸ Sauvegardes…: the automatic backups of the open file, to restore or to look at.

Restoring first backs up the current state (so a wrong restore can itself be undone), and is
refused in read-only mode with the reason. Opening a backup shows it read-only in the window,
so the officer can look for a lost value before deciding anything. The dialog only asks and
says: what the window does next (reload its pages, show the backup) follows its signals.
"""

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common import dialogs
from municipaless.ui.common.read_only import read_only_text

COUNT_COLUMNS = ("organisation", "person", "project", "meeting")


def format_when(moment: datetime) -> str:
    """« 03/12/2026 14 h 05 », in the officer's time zone."""
    local = moment.astimezone()
    return f"{local:%d/%m/%Y} {local.hour} h {local.minute:02d}"


class BackupsDialog(QDialog):
    restored = Signal(object)  # the backup entry now in the file: every page must re-read it
    open_requested = Signal(object)  # the backup entry to show read-only instead of the file

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.file import backups

        self.territory = territory
        self.entries = backups.for_territory(self.territory)
        self.setWindowTitle(self.tr("Backups of {name}").format(name=self.territory.path.name))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.folder_label = QLabel(
            self.tr("Kept in {folder}").format(folder=backups.territory_folder(self.territory))
        )
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        self.table = QTableWidget(len(self.entries), 2 + len(COUNT_COLUMNS))
        self.table.setAccessibleName(self.tr("Backups of this file"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Reason"),
                self.tr("Organisations"),
                self.tr("People"),
                self.tr("Projects"),
                self.tr("Meetings"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(self.entries):
            cells = [format_when(entry.at), entry.reason_label]
            cells += [str(entry.counts.get(table, "—")) for table in COUNT_COLUMNS]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.entries:
            self.table.selectRow(0)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.open_button = QPushButton(self.tr("Open read-only"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button.clicked.connect(self.open_selected)
        layout.addWidget(buttons)
        has_entries = bool(self.entries)
        self.open_button.setEnabled(has_entries)
        self.restore_button.setEnabled(has_entries and not self.territory.read_only)
        if self.territory.read_only:
            self.restore_button.setToolTip(read_only_text(self.territory))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        from municipaless.services.file import backups

        entry = self.selected()
        if entry is None or self.territory is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "The file will go back to its state of {date}. Its current state is backed up "
                "first, so you can come back to it."
            ).format(date=format_when(entry.at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            backups.restore(self.territory, entry)
        except Exception as exc:  # the file keeps its state: restore is one transaction
            dialogs.error(self, self.tr("The backup could not be restored"), str(exc))
            return
        self.accept()
        self.restored.emit(entry)

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.accept()
        self.open_requested.emit(entry)
