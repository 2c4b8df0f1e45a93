"""Fichier ▸ Revue annuelle de conservation…: what the retention rules say is due, decided one
by one (RGPD art. 5.1.e).

Each dossier or person due gets « Conserver » (with a reason and a date when it comes back to
the review) or « Purger »; nothing is decided by default. « Appliquer… » says what will happen
and asks once; then the dossiers are anonymised in place and the people erased
(``services.privacy.retention``), and the report lists the backups still holding the data.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.ui.common.dialogs import open_at
from municipaless.ui.editing import show_storage_error

KEEP, PURGE, REASON, UNTIL = 4, 5, 6, 7


class RetentionReviewDialog(QDialog):
    applied = Signal()  # the file was written: every page must re-read it

    def __init__(self, territory: Any, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.territory = territory
        self.today = today or dt.date.today()
        self.due: list[Any] = []
        self.reports: list[Any] = []  # the erasure reports of the last « Appliquer »
        self.setWindowTitle(self.tr("Annual retention review"))
        open_at(self, 1200, 560)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 8)
        self.table.setAccessibleName(self.tr("Dossiers and people to review"))
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Last activity"),
                self.tr("Why it is due"),
                self.tr("Keep"),
                self.tr("Purge"),
                self.tr("Reason for keeping"),
                self.tr("Keep until"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        layout.addWidget(self.table)
        self.result_text = QPlainTextEdit()
        self.result_text.setObjectName("retentionReport")
        self.result_text.setReadOnly(True)
        self.result_text.hide()
        layout.addWidget(self.result_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton(self.tr("Apply…"))
        self.apply_button.setObjectName("applyRetention")
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.clicked.connect(self.apply)
        self.purge_button = QPushButton(self.tr("Delete these backups…"))
        self.purge_button.setObjectName("purgeRetentionBackups")
        self.purge_button.setEnabled(False)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.clicked.connect(self.purge_backups)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        from municipaless.services.file import privacy_settings
        from municipaless.services.privacy import retention

        rules = privacy_settings.load(self.territory)
        self.due = retention.review(self.territory, self.today)
        self.intro.setText(
            self.tr(
                "Closed or abandoned projects are kept {projects} years after their last "
                "activity, people with no live link {people} years after their last update "
                "(Territory settings). {count} records are due: keep them (with a reason) or "
                "purge them. A purged project keeps its figures; its names and texts go."
            ).format(
                projects=rules.closed_project_years,
                people=rules.unlinked_person_years,
                count=len(self.due),
            )
        )
        self.table.setRowCount(len(self.due))
        next_year = QDate(self.today.year + 1, self.today.month, min(self.today.day, 28))
        for row, due in enumerate(self.due):
            kind = self.tr("Project") if due.table == "project" else self.tr("Person")
            for column, text in enumerate(
                (kind, due.label, formats.format_date(due.last) or "—", due.reason)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            keep, purge = QCheckBox(), QCheckBox()
            keep.toggled.connect(lambda on, other=purge: on and other.setChecked(False))
            purge.toggled.connect(lambda on, other=keep: on and other.setChecked(False))
            self.table.setCellWidget(row, KEEP, keep)
            self.table.setCellWidget(row, PURGE, purge)
            self.table.setCellWidget(row, REASON, QLineEdit())
            until = QDateEdit(next_year)
            until.setCalendarPopup(True)
            until.setDisplayFormat("dd/MM/yyyy")
            self.table.setCellWidget(row, UNTIL, until)
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(REASON, 200)
        self.apply_button.setEnabled(bool(self.due) and not self.territory.read_only)

    # the officer's choices (tests drive these too) -----------------------------------------
    def choose(self, row: int, decision: str, reason: str = "") -> None:
        widget = self.table.cellWidget(row, KEEP if decision == "keep" else PURGE)
        widget.setChecked(True)
        if reason:
            self.table.cellWidget(row, REASON).setText(reason)

    def decisions(self) -> tuple[list[tuple[Any, str, dt.date]], list[Any]]:
        """(kept: (due, reason, until)), purged."""
        kept, purged = [], []
        for row, due in enumerate(self.due):
            if self.table.cellWidget(row, KEEP).isChecked():
                reason = self.table.cellWidget(row, REASON).text()
                until = self.table.cellWidget(row, UNTIL).date().toPython()
                kept.append((due, reason, until))
            elif self.table.cellWidget(row, PURGE).isChecked():
                purged.append(due)
        return kept, purged

    def apply(self) -> bool:
        from municipaless.services.privacy import erasure, retention
        from municipaless.storage.errors import StorageError

        kept, purged = self.decisions()
        if not kept and not purged:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Tick « Keep » or « Purge » on a line first.")
            )
            return False
        if any(not reason.strip() for _d, reason, _u in kept):
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Say why each kept record is kept.")
            )
            return False
        projects = [d.row_id for d in purged if d.table == "project"]
        people = [d.row_id for d in purged if d.table == "person"]
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "{projects} projects will be anonymised, {people} people erased and {kept} "
                "records kept. Anonymised data cannot be brought back. Continue?"
            ).format(projects=len(projects), people=len(people), kept=len(kept)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        lines: list[str] = []
        self.reports = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the file is rewritten
        try:
            for due, reason, until in kept:
                retention.keep(
                    self.territory, due.table, due.row_id, reason, until, today=self.today
                )
            if projects:
                report = retention.purge_projects(
                    self.territory, projects, today=self.today, by=self.territory.officer
                )
                lines += report.erasure.lines()
                self.reports.append(report.erasure)
            for person_id in people:
                self.reports.append(
                    erasure.erase_person(self.territory, person_id, self.territory.officer)
                )
                lines += self.reports[-1].lines()
        except StorageError as exc:
            QApplication.restoreOverrideCursor()
            show_storage_error(self, exc)
            self.applied.emit()
            self.load()
            return False
        lines.insert(
            0, self.tr("{kept} kept, {purged} purged.").format(kept=len(kept), purged=len(purged))
        )
        QApplication.restoreOverrideCursor()
        self.result_text.setPlainText("\n".join(lines))
        self.purge_button.setEnabled(any(r.holders for r in self.reports))
        self.result_text.show()
        self.applied.emit()
        self.load()
        return True

    def purge_backups(self) -> list:
        """Delete the backups the last purge found holding what it removed, once confirmed."""
        from municipaless.services.privacy import erasure

        holders = {h.path for r in self.reports for h in r.holders}
        if not holders:
            return []
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Delete the {count} backups that still hold the purged data? Earlier states "
                "of the file can then no longer be restored from them."
            ).format(count=len(holders)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return []
        deleted = [path for r in self.reports for path in erasure.purge_backups(r)]
        self.purge_button.setEnabled(any(r.holders for r in self.reports))
        return deleted
