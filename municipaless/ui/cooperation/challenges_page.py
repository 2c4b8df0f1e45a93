"""Enjeux du territoire (tab of Coopérations): the list of enjeux with this year's projects and
money, the selected enjeu beside it (ui/cooperation/challenge_detail.py), and the « Matrice de
couverture » view (ui/cooperation/coverage_view.py) one button away.

The tab's contract (ui/cooperation/page.py): ``set_territory``, ``reload``,
``show_record(row_id)``, ``new_record()``; ``records_changed`` when it wrote,
``record_requested(kind, id)`` to open a project, a meeting, a call… where it lives.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.statuses import ChallengeStatus
from municipaless.storage.errors import StorageError
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.cooperation.challenge_detail import ChallengeDetail
from municipaless.ui.cooperation.coverage_view import CoverageView

ID_ROLE = Qt.ItemDataRole.UserRole


class ChallengesPage(QWidget):
    records_changed = Signal()
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self._dirty = True

        self.list_button = QPushButton(self.tr("Challenges"))
        self.matrix_button = QPushButton(self.tr("Coverage matrix"))
        self.matrix_button.setObjectName("coverageMatrixButton")
        self.new_button = QPushButton(self.tr("New challenge…"))
        self.new_button.setObjectName("newChallenge")
        self.new_button.clicked.connect(self.new_record)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        modes = QButtonGroup(self)
        for button in (self.list_button, self.matrix_button):
            button.setCheckable(True)
            modes.addButton(button)
        self.list_button.setChecked(True)
        self.list_button.toggled.connect(lambda on: on and self.show_list())
        self.matrix_button.toggled.connect(lambda on: on and self.show_matrix())
        bar = QHBoxLayout()
        bar.addWidget(self.list_button)
        bar.addWidget(self.matrix_button)
        bar.addStretch(1)
        bar.addWidget(self.up_button)
        bar.addWidget(self.down_button)
        bar.addWidget(self.new_button)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("challengeList")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, *_: self._selected(row))
        self.detail = ChallengeDetail()
        self.detail.saved.connect(self._wrote)
        self.detail.record_requested.connect(self.record_requested)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.coverage = CoverageView()
        self.coverage.record_requested.connect(self.record_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.coverage)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # the contract ------------------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.detail.set_territory(territory)
        self.coverage.set_territory(territory)
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Re-read the open file (the list's figures, the enjeu shown, the matrix)."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self.coverage.forget()  # the file changed: every figure is read again
        current = self.current_id()
        self._fill(select_first=current is None)
        if current is not None:
            self._select(current)
        self.coverage.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def show_record(self, row_id: str) -> None:
        """Select the enjeu ``row_id`` (from the global search, a link)."""
        self.list_button.setChecked(True)
        if self._dirty or self.table.rowCount() == 0:
            self._dirty = False
            self._fill()
        self._select(row_id)

    def new_record(self) -> None:
        """Ctrl+N: a new enjeu, named in a small dialog, then shown to be described."""
        if self.territory is None or read_only_text(self.territory):
            return
        title, ok = QInputDialog.getText(
            self, self.tr("New challenge"), self.tr("Title of the challenge:")
        )
        if ok:
            self.create(title)

    def create(self, title: str) -> str | None:
        from municipaless.services.cooperation import challenges

        try:
            challenge = challenges.create(self.territory, title)
        except StorageError as e:
            QMessageBox.warning(self, self.tr("The challenge could not be created"), e.message)
            return None
        self.list_button.setChecked(True)
        self._wrote()
        self._select(challenge.id)
        return challenge.id

    # the list ----------------------------------------------------------------------------
    def _fill(self, select_first: bool = True) -> None:
        from municipaless.services.cooperation import challenges

        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Challenge"),
                self.tr("Status"),
                self.tr("Projects {year}").format(year=dt.date.today().year),
                self.tr("Granted {year}").format(year=dt.date.today().year),
            ]
        )
        if self.territory is None:
            self.table.blockSignals(False)
            return
        year = dt.date.today().year
        lines = {
            line.challenge.id: line
            for line in self.coverage.matrix_for(f"{year}-01-01", f"{year}-12-31").lines
        }
        rows = challenges.all_challenges(self.territory)
        self.table.setRowCount(len(rows))
        for row, c in enumerate(rows):
            line = lines.get(c.id)
            status = (
                ChallengeStatus(c.status).shown if c.status in set(ChallengeStatus) else c.status
            )
            if c.archived:
                status = self.tr("{status} (archived)").format(status=status)
            cells = [
                c.title,
                status,
                formats.format_count(line.projects) if line else "0",
                formats.format_money(line.granted_cents) if line else formats.format_money(0),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, c.id)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        writable = not read_only_text(self.territory)
        for button in (self.new_button, self.up_button, self.down_button):
            button.setEnabled(writable)
        if select_first and self.table.rowCount() and self.current_id() is None:
            self.table.setCurrentCell(0, 0)
            self._selected(0)

    def current_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(ID_ROLE) if item is not None else None

    def _select(self, row_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == row_id:
                self.table.setCurrentCell(row, 0)
                self._selected(row)
                return

    def _selected(self, row: int) -> None:
        item = self.table.item(row, 0)
        self.detail.show_challenge(item.data(ID_ROLE) if item is not None else None)

    def move(self, step: int) -> None:
        from municipaless.services.cooperation import challenges

        current = self.current_id()
        if current is None:
            return
        try:
            challenges.move(self.territory, current, step)
        except StorageError as e:
            QMessageBox.warning(self, self.tr("The challenge could not be moved"), e.message)
            return
        self._wrote()
        self._select(current)

    def _wrote(self) -> None:
        """A write here: the list's figures, the matrix and the other sections re-read."""
        current = self.current_id()
        self.coverage.forget()  # re-read when shown
        self._fill(select_first=False)
        if current is not None:
            self.table.blockSignals(True)
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(ID_ROLE) == current:
                    self.table.setCurrentCell(row, 0)
            self.table.blockSignals(False)
        self.records_changed.emit()

    # views -------------------------------------------------------------------------------
    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)

    def show_matrix(self) -> None:
        self.matrix_button.setChecked(True)
        self.stack.setCurrentWidget(self.coverage)
        self.coverage.reload()
