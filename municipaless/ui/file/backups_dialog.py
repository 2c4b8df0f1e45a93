"""Fichier ▸ Sauvegardes…: the automatic backups of the open file, to restore or to look at.

Restoring first backs up the current state (so a wrong restore can itself be undone), and is
refused in read-only mode with the reason. Opening a backup shows it read-only in the window,
so the officer can look for a lost value before deciding anything.
"""

from typing import TYPE_CHECKING

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
)

from municipaless.ui.common import dialogs
from municipaless.ui.common.read_only import read_only_text

if TYPE_CHECKING:
    from municipaless.ui.shell.main_window import MainWindow

COUNT_COLUMNS = ("organisation", "person", "project", "meeting")


class BackupsDialog(QDialog):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        from municipaless.services.file import backups

        self.window_ = window
        self.territory = window.territory
        assert self.territory is not None
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
        from municipaless.ui.shell.file_session import format_when

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
        from municipaless.ui.shell.file_session import format_when

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
        self.window_.set_territory(self.territory)  # reload every page
        self.window_.status.showMessage(
            self.tr("Backup of {date} restored.").format(date=format_when(entry.at))
        )
        self.accept()

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.accept()
        self.window_.open_backup(entry)
