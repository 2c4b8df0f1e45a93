"""Small helpers the Réunions screens share: a table model over a short Python list, and the
"disabled, and here is why" rule for editing controls.

The lists of one meeting (attendance, agenda, decisions, actions) and the register views hold
at most a few thousand rows the service already sorted, so a plain ``QAbstractTableModel``
over the list is enough (no proxy: docs/known-traps.md#4).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOR = QColor("#b00020")
MUTED_COLOR = QColor("#6b6b6b")


@dataclass(frozen=True)
class ColumnDef:
    header: str
    text: Callable[[Any], str]
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of any type shown through column functions; ``style(row)`` may return "overdue"
    (red, bold) or "muted" (grey) for a whole row."""

    def __init__(
        self,
        columns: Sequence[ColumnDef],
        *,
        style: Callable[[Any], str] | None = None,
        tooltip: Callable[[Any], str] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self._style = style
        self._tooltip = tooltip

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def row(self, number: int) -> Any:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row) if self._tooltip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style = self._style(row) if self._style else ""
        if role == Qt.ItemDataRole.ForegroundRole and style:
            return QBrush(OVERDUE_COLOR if style == "overdue" else MUTED_COLOR)
        if role == Qt.ItemDataRole.FontRole and style == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return None


def make_table(model: RowsModel, name: str, *, multi: bool = False) -> QTableView:
    """A read-only row table: whole rows selected, last column stretched, compact rows."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


def selected_rows(view: QTableView) -> list[Any]:
    """The rows selected in a ``make_table`` view, top to bottom."""
    model = view.model()
    numbers = sorted({index.row() for index in view.selectionModel().selectedRows()})
    if not numbers and view.currentIndex().isValid():
        numbers = [view.currentIndex().row()]
    assert isinstance(model, RowsModel)
    return [model.row(n) for n in numbers if model.row(n) is not None]


def set_widths(view: QTableView, widths: Sequence[int]) -> None:
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


def guard(widgets: Sequence[QWidget | Any], reason: str, tips: dict | None = None) -> None:
    """Enable editing controls, or disable them with ``reason`` as their tooltip (a disabled
    button that does not say why is a dead end for the officer)."""
    for widget in widgets:
        widget.setEnabled(not reason)
        tip = (tips or {}).get(widget, "")
        widget.setToolTip(reason or tip)


def confirm(parent: QWidget, what: str) -> bool:
    """Ask before deleting ``what`` (it stays in the history and can be restored)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RecordForm", "Delete"),
        QCoreApplication.translate(
            "RecordForm", "Delete {what}? It stays in the history and can be restored."
        ).format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
