"""Points en suspens: the open actions of the series, carried from its earlier meetings to the
top of this one, where each is closed or carried again (maybe with a new due date).

The service also returns those closed since the meeting's day, greyed, so an action closed
during the meeting stays in sight (and in the compte rendu) rather than vanishing.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from municipaless.core.statuses import ActionItemStatus
from municipaless.storage.errors import StorageError
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.small_tables import RowsModel, guard, make_table, selected_rows
from municipaless.ui.editing import DateField, RecordForm, show_storage_error
from municipaless.ui.meetings.action_items_panel import (
    action_columns,
    action_style,
    set_status,
    status_labels,
)


class CarryForm(RecordForm):
    """Carry an action again, with a new due date if wanted."""

    def __init__(self, territory, record, parent: QWidget | None = None):
        super().__init__(
            territory, "action_item", record, title=self.tr("Carry again"), parent=parent
        )
        what = QLabel(record.what)
        what.setWordWrap(True)
        self.add_widget(self.tr("Action"), what)
        self.add_field("due_on", self.tr("New due date"), DateField())
        self.finish()

    def save(self, changes: dict) -> Any:
        from municipaless.services import meetings

        return meetings.carry_action(
            self.territory, self.record.id, self.record.rev, due_on=changes.get("due_on")
        )


class PendingPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.today = ""
        self.reason = ""
        self.form: CarryForm | None = None
        self.title = QLabel()
        self.title.setObjectName("pendingTitle")
        self.title.setWordWrap(True)
        self.model = RowsModel([], style=lambda a: action_style(a, self.today), parent=self)
        self.table = make_table(self.model, "pendingTable", multi=True)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("pendingDone")
        self.abandon_button = QPushButton(self.tr("Abandoned"))
        self.carry_button = QPushButton(self.tr("Carry again…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.done_button.clicked.connect(lambda: self._status(ActionItemStatus.DONE))
        self.abandon_button.clicked.connect(lambda: self._status(ActionItemStatus.ABANDONED))
        self.reopen_button.clicked.connect(lambda: self._status(ActionItemStatus.TODO))
        self.carry_button.clicked.connect(self.carry)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        self.buttons = (self.done_button, self.abandon_button, self.carry_button)
        self.button_bar = ActionBar()  # what does not fit goes into its « ⋯ » menu
        self.button_bar.add_stretch()
        for button in (*self.buttons, self.reopen_button):
            self.button_bar.add(button)
        bar.addWidget(self.button_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def show_view(self, territory, view, reason: str) -> None:
        from datetime import date

        if self.territory is not territory or not self.model.columns:
            self.model.beginResetModel()
            self.model.columns = action_columns(status_labels(territory), meeting=True)
            self.model.endResetModel()
            for column, width in enumerate((85, 80, 170, 120)):
                self.table.setColumnWidth(column, width)
        self.territory, self.reason = territory, reason
        self.today = date.today().isoformat()
        rows = list(view.pending) if view is not None else []
        self.model.set_rows(rows)
        still_open = sum(1 for a in rows if a.is_open)
        if view is not None and view.meeting.series_id is None:
            text = self.tr("Open items: this meeting belongs to no instance.")
        elif not rows:
            text = self.tr("No open action carried from earlier meetings.")
        elif still_open == len(rows):
            text = self.tr("Open items: {open} open action(s) from earlier meetings").format(
                open=still_open
            )
        else:
            text = self.tr(
                "Open items: {open} open action(s) from earlier meetings, {closed} closed since"
            ).format(open=still_open, closed=len(rows) - still_open)
        self.title.setText(f"<b>{text}</b>")
        self.table.setVisible(bool(rows))
        shown = min(max(len(rows), 1), 3)  # as tall as its rows, up to three, then it scrolls
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header + shown * row_height + 4)
        for button in (*self.buttons, self.reopen_button):
            self.button_bar.set_wanted(button, bool(rows))
        guard([*self.buttons, self.reopen_button], reason)

    def _status(self, status: str) -> None:
        rows = selected_rows(self.table)
        if rows and not self.reason and set_status(self, self.territory, rows, status):
            self.changed.emit()

    def carry(self) -> None:
        rows = [r for r in selected_rows(self.table) if r.is_open]
        if not rows or self.reason:
            if rows == [] and selected_rows(self.table):
                show_storage_error(
                    self,
                    StorageError(self.tr("This action is closed: reopen it to carry it again.")),
                )
            return
        self.form = CarryForm(self.territory, rows[0].record, parent=self)
        self.form.saved.connect(lambda _r: self.changed.emit())
        self.form.open()
