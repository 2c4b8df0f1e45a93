"""Actions across all instances, overdue ones first: what the officer chases every Monday.

The service sorts (overdue by oldest due date, then open by due date, then closed when asked);
the view shows it as is, overdue rows in red. Follow-up (done, in progress, abandoned, carried
to a new date) happens here as at the meeting; "Open the meeting" goes to where it was decided.
The follow-up workbook (XLSX, one sheet per instance) is written on a worker.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.statuses import ActionItemStatus
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.filter_bar import FilterBar
from municipaless.ui.common.small_tables import RowsModel, guard, make_table, selected_rows
from municipaless.ui.editing import BoolField, read_only_text
from municipaless.ui.meetings.action_items_panel import (
    ActionForm,
    action_columns,
    action_style,
    set_status,
    status_labels,
)
from municipaless.ui.meetings.exports import Exporter
from municipaless.ui.meetings.pending_panel import CarryForm


class ActionItemsView(QWidget):
    open_meeting = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.loaded = self.prepared = False
        self.reason = ""
        self.today = date.today().isoformat()
        self.form: Any = None
        self.exporter = Exporter(self)
        self.filters = FilterBar()
        self.filters.add_choice("series_id", self.tr("Instance"), self.tr("All instances"))
        self.filters.add_text("text", self.tr("Words of the action"))
        self.closed = BoolField(self.tr("Closed ones too"))
        self.filters.add_field(
            "closed", "", self.closed, reset=lambda: self.closed.setChecked(False)
        )
        self.filters.finish()
        self.filters.changed.connect(self.reload)
        self.model = RowsModel([], style=lambda a: action_style(a, self.today), parent=self)
        self.table = make_table(self.model, "allActionsTable", multi=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("actionsDone")
        self.progress_button = QPushButton(self.tr("In progress"))
        self.abandon_button = QPushButton(self.tr("Abandoned"))
        self.carry_button = QPushButton(self.tr("Carry again…"))
        self.open_button = QPushButton(self.tr("Open the meeting"))
        self.export_button = QPushButton(self.tr("Follow-up workbook (Excel)…"))
        self.export_button.setObjectName("exportActions")
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(lambda: self._status(ActionItemStatus.DONE))
        self.progress_button.clicked.connect(lambda: self._status(ActionItemStatus.IN_PROGRESS))
        self.abandon_button.clicked.connect(lambda: self._status(ActionItemStatus.ABANDONED))
        self.carry_button.clicked.connect(self.carry)
        self.open_button.clicked.connect(self._open_meeting)
        self.export_button.clicked.connect(self.export)
        self.count = QLabel()
        bar = ActionBar()  # what does not fit goes into its « ⋯ » menu
        bar.setObjectName("actionsBar")
        bar.setContentsMargins(6, 2, 6, 2)
        self.editing = (
            self.edit_button,
            self.done_button,
            self.progress_button,
            self.abandon_button,
            self.carry_button,
        )
        for button in (*self.editing, self.open_button):
            bar.add(button)
        bar.add_stretch()
        bar.add(self.export_button)
        self.button_bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def set_territory(self, territory: Any) -> None:
        """Cheap: the instances and the rows are read when the tab is first shown."""
        self.territory = territory
        self.exporter.territory = territory
        self.loaded = self.prepared = False
        self.model.set_rows([])
        self.reason = read_only_text(territory)
        guard(self.editing, self.reason)
        if territory is not None and self.isVisible():
            self.reload()

    def _prepare(self) -> None:
        from municipaless.services.meetings import series as meeting_series

        self.prepared = True
        self.model.beginResetModel()
        self.model.columns = action_columns(status_labels(self.territory), meeting=True)
        self.model.endResetModel()
        for column, width in enumerate((90, 85, 220, 130)):
            self.table.setColumnWidth(column, width)
        series = meeting_series.list_series(self.territory)
        self.filters.set_choices("series_id", [(s.name, s.id) for s in series])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        from municipaless.services import meetings

        if self.territory is None:
            return
        if not self.prepared:
            self._prepare()
        self.loaded = True
        values = self.filters.values()
        self.today = date.today().isoformat()
        rows = meetings.action_items_overview(
            self.territory,
            open_only=not values["closed"],
            series_id=values["series_id"],
            text=values["text"] or "",
        )
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue(self.today))
        self.count.setText(
            self.tr("{count} action(s) shown, {overdue} overdue").format(
                count=len(rows), overdue=overdue
            )
        )
        self.filters.set_count("")

    def select_action(self, action_id: str) -> bool:
        """Show one action (from the global search): closed ones too if needed."""
        for attempt in range(2):
            for number, row in enumerate(self.model.rows):
                if row.record.id == action_id:
                    self.table.selectRow(number)
                    self.table.scrollTo(self.model.index(number, 0))
                    return True
            if attempt == 0:
                self.filters.reset()
                self.closed.setChecked(True)
                self.filters.flush()
                self.reload()
        return False

    # follow-up ---------------------------------------------------------------------------
    def _status(self, status: str) -> None:
        rows = selected_rows(self.table)
        if rows and not self.reason and set_status(self, self.territory, rows, status):
            self.reload()

    def edit_selected(self) -> None:
        rows = selected_rows(self.table)
        if not rows or self.reason:
            return
        row = rows[0]
        frozen = ""
        if row.record.meeting_id:
            from municipaless.services import meetings

            try:
                meetings.ensure_editable(self.territory, row.record.meeting_id)
            except meetings.MeetingError as exc:
                frozen = exc.message
        self.form = ActionForm(
            self.territory, row.record.meeting_id, row.record, follow_only=frozen, parent=self
        )
        self.form.saved.connect(lambda _r: self.reload())
        self.form.open()

    def carry(self) -> None:
        rows = [r for r in selected_rows(self.table) if r.is_open]
        if rows and not self.reason:
            self.form = CarryForm(self.territory, rows[0].record, parent=self)
            self.form.saved.connect(lambda _r: self.reload())
            self.form.open()

    def _open_meeting(self) -> None:
        rows = selected_rows(self.table)
        if rows and rows[0].record.meeting_id:
            self.open_meeting.emit(rows[0].record.meeting_id)

    def export(self) -> None:
        from municipaless.services.meetings import documents as docs

        self.exporter.run(
            self.tr("Export the actions follow-up"),
            f"suivi-des-actions {date.today().isoformat()}",
            "xlsx",
            lambda t, path: docs.export_action_items_workbook(t, path, "xlsx"),
        )
