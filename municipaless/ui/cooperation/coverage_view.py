"""« Matrice de couverture »: the enjeux crossed with projects, meetings, calls, collectifs,
ateliers, structures and money over a period (services/cooperation/coverage.py).

This year by default; a year or a custom period from the picker. A line with nothing says
« Non couvert » in words, tinted with the theme's error role (« Sans financement »: warning),
never by colour alone. A click on a cell lists what is behind it below the table; a double
click on a listed record opens it where it lives. « Exporter en Excel… » / « Exporter en
Word… » write the same matrix on a worker (ui/common/export_runner.py).
"""

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.ui.common import file_dialogs, theme
from municipaless.ui.common.export_runner import ExportRunner, remove_if_cancelled

CUSTOM = "custom"
# Columns: the enjeu, then one per kind of link (coverage.COLUMNS order), then its state.
KINDS = (
    "project",
    "meeting",
    "project_call",
    "collective",
    "workshop",
    "organisation",
    "funding_request",
)
STATE_COLUMN = len(KINDS) + 1
# Kinds the window opens (record_requested); a grant opens in the small record window.
OPENABLE = frozenset(KINDS)


class CoverageView(QWidget):
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.matrix: Any = None
        self._drills: dict[str, Any] = {}  # enjeu id -> drill-down of the period shown
        self._matrices: dict[tuple[str, str], Any] = {}  # period -> matrix, until a write
        self.runner = ExportRunner(self, self.tr("The matrix could not be written"))

        self.period = QComboBox()
        self.period.setObjectName("coveragePeriod")
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._custom_changed)
        self.date_from.setAccessibleName(self.tr("Start of the period"))
        self.date_to.setAccessibleName(self.tr("End of the period"))
        self.period.setAccessibleName(self.tr("Period"))
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.xlsx_button.setObjectName("coverageXlsx")
        self.docx_button = QPushButton(self.tr("Export to Word…"))
        self.docx_button.setObjectName("coverageDocx")
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        self.docx_button.clicked.connect(lambda: self.export_dialog("docx"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        self.to_label = QLabel(self.tr("to"))
        bar.addWidget(self.date_from)
        bar.addWidget(self.to_label)
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.xlsx_button)
        bar.addWidget(self.docx_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, STATE_COLUMN + 1)
        self.table.setObjectName("coverageTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Challenge"),
                self.tr("Projects"),
                self.tr("Meetings"),
                self.tr("Calls"),
                self.tr("Collectives"),
                self.tr("Workshops"),
                self.tr("Structures"),
                self.tr("Granted"),
                self.tr("Coverage"),
            ]
        )
        for column, kind in enumerate(KINDS, start=1):  # short headers; the full name on hover
            self.table.horizontalHeaderItem(column).setToolTip(self.kind_text(kind))
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, STATE_COLUMN + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda row, column, *_: self.show_cell(row, column))
        self.behind_title = QLabel(self.tr("Click a cell to see what is behind it."))
        self.behind_title.setWordWrap(True)
        self.behind = QTreeWidget()
        self.behind.setObjectName("coverageBehind")
        self.behind.setHeaderLabels([self.tr("Record"), self.tr("Date"), self.tr("Detail")])
        self.behind.setRootIsDecorated(True)
        self.behind.itemActivated.connect(self._open_item)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.behind_title)
        lower_layout.addWidget(self.behind)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._fill_periods()
        self.period.currentIndexChanged.connect(self._period_changed)
        self._period_changed()

    # period ------------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        year = dt.date.today().year
        self.period.blockSignals(True)
        for y in range(year, year - 5, -1):
            self.period.addItem(self.tr("Year {year}").format(year=y), y)
        self.period.addItem(self.tr("Custom period…"), CUSTOM)
        self.period.blockSignals(False)
        self.date_from.setDate(QDate(year, 1, 1))
        self.date_to.setDate(QDate(year, 12, 31))

    def _period_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)
        self.reload()

    def _custom_changed(self) -> None:
        if self.period.currentData() == CUSTOM:
            self.reload()

    def set_year(self, year: int) -> None:
        self.period.setCurrentIndex(max(self.period.findData(year), 0))

    def set_custom(self, start: dt.date, end: dt.date) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(end.year, end.month, end.day))
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(False)
        self.period.setCurrentIndex(self.period.findData(CUSTOM))
        self.reload()

    def dates(self) -> tuple[str, str]:
        """The period picked, as ISO dates (both included)."""
        data = self.period.currentData()
        if data == CUSTOM:
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython()
            if end < start:
                start, end = end, start
            return start.isoformat(), end.isoformat()
        return f"{data}-01-01", f"{data}-12-31"

    # the matrix --------------------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.forget()
        self.reload()

    def reload(self) -> None:
        """Re-read the matrix of the period picked (the period changed, or the file did)."""
        self.behind.clear()
        self._drills.clear()
        if self.territory is None or not self.isVisible():
            self.matrix = None
            if self.territory is None:
                self.table.setRowCount(0)
            return

        self.matrix = self.matrix_for(*self.dates())
        lines = [*self.matrix.lines, self.matrix.total]
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            total = line.challenge is None
            title = self.tr("Total") if total else line.title
            self._set(row, 0, title, bold=total)
            for column, kind in enumerate(KINDS, start=1):
                if kind == "funding_request":
                    text = formats.format_money(line.granted_cents)
                else:
                    text = formats.format_count(line.count(kind))
                self._set(row, column, text, align=True, bold=total)
            self._set(row, STATE_COLUMN, "" if total else self.state_text(line.state))
            if not total:
                role = {"Non couvert": "error", "Sans financement": "warning"}.get(line.state)
                if role is not None:
                    item = self.table.item(row, STATE_COLUMN)
                    item.setForeground(theme.colour(role))
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary())

    def matrix_for(self, date_from: str, date_to: str) -> Any:
        """The matrix of a period, read once until the file is written (the list of enjeux
        shows this year's figures from the same one)."""
        from municipaless.services.cooperation import coverage

        key = (date_from, date_to)
        if key not in self._matrices:
            self._matrices[key] = coverage.matrix(self.territory, date_from, date_to)
        return self._matrices[key]

    def forget(self) -> None:
        """The file was written: the matrix and what is behind it are read again when shown."""
        self.matrix = None
        self._drills.clear()
        self._matrices.clear()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.matrix is None:
            self.reload()

    def state_text(self, state: str) -> str:
        return {
            "Non couvert": self.tr("Not covered"),
            "Sans financement": self.tr("No funding"),
            "Couvert": self.tr("Covered"),
        }[state]

    def _summary(self) -> str:
        uncovered = [line.title for line in self.matrix.uncovered]
        if not uncovered:
            return self.tr("Every challenge has a project or funding over the period.")
        return self.tr("Not covered over the period (no project, no funding): {names}.").format(
            names=", ".join(uncovered)
        )

    def _set(self, row: int, column: int, text: str, *, align: bool = False, bold: bool = False):
        item = QTableWidgetItem(text)
        if align:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, column, item)

    # what is behind a cell ---------------------------------------------------------------
    def kind_text(self, kind: str) -> str:
        return {
            "project": self.tr("Projects"),
            "meeting": self.tr("Meetings"),
            "project_call": self.tr("Calls for projects"),
            "collective": self.tr("Collectives"),
            "workshop": self.tr("Workshops"),
            "organisation": self.tr("Structures involved"),
            "funding_request": self.tr("Money granted"),
        }[kind]

    def show_cell(self, row: int, column: int) -> None:
        """List the records behind the cell (the enjeu's name or state: every column)."""
        self.behind.clear()
        if self.matrix is None or not 0 <= row < len(self.matrix.lines):
            return
        from municipaless.services.cooperation import coverage

        line = self.matrix.lines[row]
        drill = self._drills.get(line.challenge.id)
        if drill is None:  # moving along a line asks once
            drill = coverage.drill_down(self.territory, line.challenge.id, *self.dates())
            self._drills[line.challenge.id] = drill
        kinds = [KINDS[column - 1]] if 1 <= column <= len(KINDS) else list(KINDS)
        self.behind_title.setText(
            self.tr("{challenge}: what the period holds").format(challenge=line.title)
        )
        for kind in kinds:
            items = drill.of(kind)
            group = QTreeWidgetItem([f"{self.kind_text(kind)} ({len(items)})"])
            self.behind.addTopLevelItem(group)
            for it in items:
                detail = it.detail
                if it.cents is not None:
                    detail = f"{formats.format_money(it.cents)} — {detail}".rstrip(" —")
                child = QTreeWidgetItem([it.label, formats.format_date(it.when), detail])
                child.setData(0, Qt.ItemDataRole.UserRole, (it.kind, it.row_id))
                group.addChild(child)
            group.setExpanded(True)
        self.behind.resizeColumnToContents(0)

    def behind_texts(self) -> list[str]:
        """The records listed below the table (for tests and the screen reader)."""
        out = []
        for i in range(self.behind.topLevelItemCount()):
            group = self.behind.topLevelItem(i)
            out += [group.child(j).text(0) for j in range(group.childCount())]
        return out

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data and data[0] in OPENABLE:
            self.record_requested.emit(*data)

    # exports -----------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> Path | None:
        if self.territory is None or self.runner.busy():
            return None
        start, end = self.dates()
        stem = f"matrice-couverture-{start[:4]}" if start[5:] == "01-01" else "matrice-couverture"
        title = self.tr("Export the coverage matrix")
        filters = "Excel (*.xlsx)" if fmt == "xlsx" else "Word (*.docx)"
        chosen, _ = file_dialogs.ask_save(self, "coverage", title, f"{stem}.{fmt}", filters)
        if chosen is None:
            return None
        path = chosen if chosen.suffix else chosen.with_suffix(f".{fmt}")

        def work(territory: Any, job: Any) -> Path:
            from municipaless.services.cooperation import coverage_document

            written = coverage_document.write(territory, path, start, end, fmt)
            return remove_if_cancelled(job, written)

        self.runner.start(self.territory, work, self.tr("Writing the coverage matrix…"))
        return path
