"""The small-table kit: every short list shown inside a screen, and the "disabled, and here is
why" rule for editing controls.

- ``ColumnDef`` (header, text of a row, right-aligned?) describes a column;
- ``RowsModel`` shows a short Python list of rows of any type through those columns (a whole
  row may be styled "overdue" or "muted");
- ``make_table`` builds the read-only ``QTableView`` over it (whole rows selected, compact);
  ``selected_rows`` / ``selected_row`` read the selection back, ``fit_columns`` sizes columns
  to their content within bounds.

Used by the lists of one meeting (attendance, agenda, decisions, actions), the register views
and the line editors of the structure and person forms (offers, jobs). They hold at most a few
thousand rows the service already sorted, so a plain ``QAbstractTableModel`` over the list is
enough (no proxy: docs/known-traps.md#4). Big lists page from SQL instead (``models.py``).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from municipaless.ui.common import theme

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnDef:
    header: str
    text: Callable[[Any], str]
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of any type shown through column functions; ``style(row)`` may return "overdue"
    (red, bold), "muted" (grey) or a QBrush for the text of a whole row."""

    def __init__(
        self,
        columns: Sequence[ColumnDef],
        *,
        style: Callable[[Any], Any] | None = None,
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
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(style, QBrush):
            return style
        if role == Qt.ItemDataRole.ForegroundRole and style:
            return QBrush(theme.colour("overdue" if style == "overdue" else "muted"))
        if role == Qt.ItemDataRole.FontRole and isinstance(style, str) and style == "overdue":
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


def make_table(
    model: RowsModel,
    name: str,
    *,
    multi: bool = False,
    stretch: Sequence[int] | None = None,
    view: QTableView | None = None,
) -> QTableView:
    """A read-only row table: whole rows selected, compact rows, no editing.

    By default the last column stretches and the others keep the width they are given (one
    line a row). With ``stretch``, those columns share the width and wrap their text, the
    others fit their content, so amounts and dates always show without scrolling sideways.
    ``view``: configure this (subclass) instance instead of a new ``QTableView``."""
    view = view if view is not None else QTableView()
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
    view.setWordWrap(stretch is not None)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    if stretch is None:
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    else:
        header.setStretchLastSection(False)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
    return view


class RecordsTable(QTableView):
    """A read-only table of records shown as ready-made texts: one record per row, its id kept;
    ``record_activated(id)`` on double-click or Enter. ``stretch``: see ``make_table``;
    ``right``: the columns aligned right (amounts)."""

    record_activated = Signal(str)

    def __init__(
        self,
        headers: Sequence[str],
        stretch: tuple[int, ...] = (0,),
        parent: QWidget | None = None,
        *,
        right: tuple[int, ...] = (),
    ):
        super().__init__(parent)
        self._colours: dict[str, Any] = {}
        columns = [
            ColumnDef(header, lambda row, n=number: row[1][n], align_right=number in right)
            for number, header in enumerate(headers)
        ]
        self.records = RowsModel(columns, style=self._style, parent=self)
        make_table(self.records, self.objectName(), stretch=stretch, view=self)
        self.activated.connect(self._activated)

    def set_rows(self, rows: list[tuple[str, list[str]]], colours: dict | None = None) -> None:
        """``rows``: (record id, cell texts); ``colours``: record id -> a theme role (« overdue »,
        « muted », « success »…) or a QColor, for its text (a cell says it in words too)."""
        self._colours = colours or {}
        self.records.set_rows(rows)
        self.resizeRowsToContents()  # a handful of rows: cheap

    def current_id(self) -> str | None:
        row = self.records.row(self.currentIndex().row()) if self.currentIndex().isValid() else None
        return row[0] if row is not None else None

    def row_of(self, row_id: str) -> int | None:
        return next((n for n, row in enumerate(self.records.rows) if row[0] == row_id), None)

    def _style(self, row: tuple[str, list[str]]) -> Any:
        colour = self._colours.get(row[0])
        if isinstance(colour, str):
            colour = theme.colour(colour)
        return QBrush(colour) if colour is not None else ""

    def _activated(self, index: QModelIndex) -> None:
        row = self.records.row(index.row())
        if row is not None:
            self.record_activated.emit(row[0])


def selected_rows(view: QTableView) -> list[Any]:
    """The rows selected in a ``make_table`` view, top to bottom."""
    model = view.model()
    numbers = sorted({index.row() for index in view.selectionModel().selectedRows()})
    if not numbers and view.currentIndex().isValid():
        numbers = [view.currentIndex().row()]
    assert isinstance(model, RowsModel)
    return [model.row(n) for n in numbers if model.row(n) is not None]


def selected_row(view: QTableView) -> int | None:
    """The number of the first selected row of a single-selection table, or None."""
    numbers = {index.row() for index in view.selectionModel().selectedRows()}
    return min(numbers) if numbers else None


def fit_columns(view: QTableView, *, most: int, least: Sequence[int] = ()) -> None:
    """Size every column but the last (it stretches) to its content, between ``least[i]`` and
    ``most`` pixels (a handful of rows: reading them all is cheap)."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount() - 1):
        width = min(view.columnWidth(column), most)
        floor = least[column] if column < len(least) else 0
        view.setColumnWidth(column, max(width, floor))


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
