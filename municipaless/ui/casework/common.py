"""Small pieces every form and tab of Porteurs & projets shares.

- ``edit_block_reason``: why editing is off (read-only file), so each button says it itself;
- ``CaseworkForm``: a ``RecordForm`` whose save calls a casework service and puts the
  service's per-field French messages (``CaseworkError.errors``) under the fields they concern;
- ``RecordsTable``: the small read-only tables of the Orientations, Financement and Relances
  tabs (a project has a handful of rows: a QTableWidget, sized to its content, costs nothing
  there).
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from municipaless.ui.editing import RecordForm, read_only_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def edit_block_reason(territory: Any) -> str:
    """ "" when the officer may write; else a French sentence saying why not."""
    if territory is None:
        return translate("Casework", "No file is open.")
    return read_only_text(territory)


def set_editable(buttons: list[QAbstractButton], reason: str, tips: dict | None = None) -> None:
    """Enable the editing buttons, or disable them with ``reason`` as their tooltip."""
    tips = tips or {}
    for button in buttons:
        button.setEnabled(not reason)
        button.setToolTip(reason or tips.get(button, ""))


class CaseworkForm(RecordForm):
    """A RecordForm whose ``write(changes)`` calls a service; field errors land in place."""

    def fit(self, width: int, height: int) -> None:
        """Open at a size that shows the whole form, within the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def write(self, changes: dict) -> Any:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def save(self, changes: dict) -> Any:
        return self.write(changes)


class RecordsTable(QTableWidget):
    """A read-only table of a project's orientations, requests or relances: one record per
    row, its id kept on the row; ``record_activated(id)`` on double-click or Enter."""

    record_activated = Signal(str)

    def __init__(
        self, headers: list[str], stretch: tuple[int, ...] = (0,), parent: QWidget | None = None
    ):
        """``stretch``: the columns sharing the pane's width (names, reasons); the others
        fit their content, so amounts and dates always show without scrolling sideways."""
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(True)  # names and reasons wrap in their stretched columns
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)
        self.itemActivated.connect(self._activated)

    def set_rows(self, rows: list[tuple[str, list[str]]], colours: dict | None = None) -> None:
        """``rows``: (record id, cell texts); ``colours``: record id -> QColor of its text."""
        colours = colours or {}
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for number, (row_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                item.setToolTip(text)
                if row_id in colours:
                    item.setForeground(colours[row_id])
                self.setItem(number, column, item)
        self.resizeRowsToContents()  # a handful of rows: cheap

    def current_id(self) -> str | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def row_of(self, row_id: str) -> int | None:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(Qt.ItemDataRole.UserRole) == row_id:
                return row
        return None

    def _activated(self, item: QTableWidgetItem) -> None:
        self.record_activated.emit(item.data(Qt.ItemDataRole.UserRole))
