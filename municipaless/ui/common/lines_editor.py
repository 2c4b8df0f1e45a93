"""The line editors inside a form (a structure's offers, a person's jobs): a small table of
lines with its buttons under it, built on the small-table kit (``small_tables.py``).

The lines are plain dicts the form saves with its record, in one transaction, so cancelling the
form leaves everything as it was. A subclass gives the columns and the buttons, and writes
``add`` / ``edit_selected`` / ``_sync_buttons``; the table, the selection, the refresh and the
layout are here.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from municipaless.ui.common.small_tables import (
    ColumnDef,
    RowsModel,
    fit_columns,
    make_table,
    selected_row,
)


class LinesEditor(QWidget):
    """A table of ``self.lines`` (dicts) with its buttons; ``changed`` once the officer edits."""

    MOST_WIDTH = 180  # no column but the last grows wider than this (pixels)
    LEAST_WIDTHS: tuple[int, ...] = ()  # and each at least this

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory = territory
        self.lines: list[dict] = []
        self.changed = False

    def build(
        self,
        name: str,
        columns: Sequence[ColumnDef],
        buttons: Sequence[tuple[QPushButton, Callable]],
        *,
        style: Callable[[Any], Any] | None = None,
    ) -> None:
        """The table ``name`` over the lines, and the buttons (each with its slot) under it."""
        self.model = RowsModel(columns, style=style, parent=self)
        self.table = make_table(self.model, name)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button, slot in buttons:
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self._sync_buttons()

    def writable(self) -> bool:
        return self.territory is not None and not self.territory.read_only

    def _selected(self) -> int | None:
        return selected_row(self.table)

    def _refresh(self, select: int | None = None) -> None:
        self.model.set_rows(self.lines)
        fit_columns(self.table, most=self.MOST_WIDTH, least=self.LEAST_WIDTHS)
        if select is not None:
            self.table.selectRow(select)
        self._sync_buttons()

    def edit_selected(self) -> Any:  # pragma: no cover - every editor overrides it
        raise NotImplementedError

    def _sync_buttons(self) -> None:  # pragma: no cover - every editor overrides it
        raise NotImplementedError
