"""Relances: the next actions of a project (and its post-creation check-ins), their form, and
the Relances tab (add, mark done, edit, delete, export to a calendar)."""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from municipaless.core import formats
from municipaless.storage.errors import StorageError
from municipaless.ui.casework.common import CaseworkForm, RecordsTable, set_editable
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.editing import DateField, TextField, confirm_remove, show_storage_error

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
OVERDUE, DONE = "overdue", "done"  # theme roles; the last column says it in words


class FollowUpForm(CaseworkForm):
    def __init__(
        self, territory: Any, project_id: str, record: Any = None, parent: QWidget | None = None
    ):
        title = (
            translate("FollowUpForm", "New follow-up")
            if record is None
            else translate("FollowUpForm", "Follow-up")
        )
        super().__init__(territory, "follow_up", record, title=title, parent=parent)
        self.project_id = project_id
        self.due_on = self.add_field("due_on", self.tr("Due on"), DateField(), required=True)
        self.add_field("what", self.tr("What to do"), TextField(), required=True)
        if record is not None:
            self.add_field("done_on", self.tr("Done on"), DateField())
        else:
            self.due_on.set_value((dt.date.today() + dt.timedelta(days=7)).isoformat())
        self.finish()

    def write(self, changes: dict) -> Any:
        from municipaless.services.casework import follow_ups

        territory, record = self.territory, self.record
        if record is None:
            return follow_ups.add(territory, self.project_id, changes["due_on"], changes["what"])
        with territory.transaction():
            if "due_on" in changes:
                record = follow_ups.reschedule(territory, record.id, record.rev, changes["due_on"])
            if "what" in changes:
                record = follow_ups.edit(territory, record.id, record.rev, changes["what"] or "")
            if "done_on" in changes:
                if changes["done_on"]:
                    record = follow_ups.mark_done(
                        territory, record.id, record.rev, changes["done_on"]
                    )
                else:
                    record = follow_ups.reopen(territory, record.id, record.rev)
        return record


class FollowUpsView(QWidget):
    """The Relances tab."""

    changed = Signal()
    export_requested = Signal()  # the project's open relances as an .ics file

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.project_id: str | None = None
        self.rows: list[Any] = []
        self.table = RecordsTable(
            [self.tr("Due on"), self.tr("What"), self.tr("Kind"), self.tr("Done on")], stretch=(1,)
        )
        self.table.setObjectName("followUpTable")
        self.add_button = QPushButton(self.tr("New follow-up…"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Delete"))
        self.ics_button = QPushButton(self.tr("Calendar (.ics)…"))
        self.summary = QLabel()
        buttons = ActionBar()  # what does not fit goes into its « ⋯ » menu
        for button in (self.add_button, self.done_button, self.edit_button, self.remove_button):
            buttons.add(button)
        buttons.add_stretch()
        buttons.add(self.ics_button)
        layout = QVBoxLayout(self)
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(self.add_follow_up)
        self.done_button.clicked.connect(self.mark_current_done)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.ics_button.clicked.connect(self.export_requested)
        self.table.record_activated.connect(self.edit_follow_up)

    def show_project(self, territory: Any, project_id: str, block_reason: str) -> None:
        from municipaless.services.casework import follow_ups

        self.territory, self.project_id = territory, project_id
        self.rows = follow_ups.of_project(territory, project_id)
        today = dt.date.today().isoformat()
        rows, colours = [], {}
        for f in self.rows:
            kind = (
                self.tr("Post-creation check-in") if f.kind == "checkin" else self.tr("Follow-up")
            )
            done = formats.format_date(f.done_on) if f.done_on else ""
            if not f.done_on and f.due_on < today:
                done = self.tr("overdue")  # never by colour alone
            rows.append((f.id, [formats.format_date(f.due_on), f.what, kind, done]))
            if f.done_on:
                colours[f.id] = DONE
            elif f.due_on < today:
                colours[f.id] = OVERDUE
        self.table.set_rows(rows, colours)
        open_rows = [f for f in self.rows if not f.done_on]
        late = sum(1 for f in open_rows if f.due_on < today)
        self.summary.setText(
            self.tr("{open} to do, of which {late} overdue").format(
                open=formats.format_count(len(open_rows)), late=formats.format_count(late)
            )
            if self.rows
            else self.tr("No follow-up yet.")
        )
        editing = [self.add_button, self.done_button, self.edit_button, self.remove_button]
        set_editable(editing, block_reason)
        if not block_reason and not self.rows:
            for button in editing[1:]:
                button.setEnabled(False)
        self.ics_button.setEnabled(bool(open_rows))

    # actions -----------------------------------------------------------------------------
    def add_follow_up(self) -> None:
        if self.project_id is None:
            return
        self.form = FollowUpForm(self.territory, self.project_id, parent=self)
        self.form.saved.connect(lambda _r: self.changed.emit())
        self.form.open()

    def edit_current(self) -> None:
        row_id = self.table.current_id()
        if row_id:
            self.edit_follow_up(row_id)

    def edit_follow_up(self, row_id: str) -> None:
        record = self.territory.records["follow_up"].get(row_id)
        self.form = FollowUpForm(self.territory, record.project_id, record, parent=self)
        self.form.saved.connect(lambda _r: self.changed.emit())
        self.form.open()

    def mark_current_done(self) -> None:
        from municipaless.services.casework import follow_ups

        row_id = self.table.current_id()
        record = next((f for f in self.rows if f.id == row_id), None)
        if record is None or record.done_on:
            return
        try:
            follow_ups.mark_done(self.territory, record.id, record.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()  # a conflict shows the colleague's version too

    def remove_current(self) -> None:
        row_id = self.table.current_id()
        record = next((f for f in self.rows if f.id == row_id), None)
        if record is None:
            return
        what = self.tr("the follow-up « {what} »").format(what=record.what)
        if confirm_remove(self, self.territory, "follow_up", record, what):
            self.changed.emit()
