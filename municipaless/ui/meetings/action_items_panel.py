"""Actions (qui / quoi / pour quand): the form, the table model, and the panel of a meeting.

An action outlives its meeting: on an approved compte rendu only its follow-up (status, due
date) may still change, so the form then greys the other fields with the reason. "Qui" is a
person of the annuaire, a structure, or a name typed free.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from municipaless.core.formats import format_date
from municipaless.core.statuses import ActionItemStatus
from municipaless.core.vocabularies import shown_label
from municipaless.storage.errors import StorageError
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.small_tables import (
    ColumnDef,
    RowsModel,
    confirm,
    guard,
    make_table,
    selected_rows,
)
from municipaless.ui.editing import (
    DateField,
    RecordForm,
    RecordPicker,
    TextField,
    VocabField,
    show_storage_error,
)
from municipaless.ui.meetings.fields import ChoiceField

translate = QCoreApplication.translate
FOLLOW_UP = ("status", "due_on")


def status_labels(territory: Any) -> dict[str, str]:
    if territory is None:
        return {}
    entries = territory.vocabulary("action_status")
    return {v.code: shown_label("action_status", v.code, v.label) for v in entries}


def action_style(row: Any, today: str) -> str:
    """ "overdue" (open, past due) or "muted" (done, abandoned) for a whole table row."""
    if row.overdue(today):
        return "overdue"
    return "" if row.is_open else "muted"


def _status_text(row: Any, labels: dict[str, str]) -> str:
    """The status, and « en retard » in words for an overdue action (red is not enough)."""
    text = labels.get(row.record.status, "")
    if row.overdue(date.today().isoformat()):
        late = translate("Actions", "overdue")
        text = f"{text} · {late}" if text else late
    return text


def action_columns(labels: dict[str, str], *, meeting: bool = False) -> list[ColumnDef]:
    columns = [
        ColumnDef(translate("Actions", "Due"), lambda a: format_date(a.record.due_on)),
        ColumnDef(translate("Actions", "Status"), lambda a: _status_text(a, labels)),
        ColumnDef(translate("Actions", "Who"), lambda a: a.owner),
        ColumnDef(translate("Actions", "What"), lambda a: a.record.what),
    ]
    if meeting:
        columns.insert(
            3,
            ColumnDef(
                translate("Actions", "Decided at"),
                lambda a: f"{a.series_code} {format_date(a.meeting_starts_at[:10])}".strip(),
            ),
        )
    return columns


class ActionForm(RecordForm):
    """New action of ``meeting_id`` (``record`` None) or an existing one; ``follow_only``
    (approved compte rendu) leaves only status and due date editable, and says why."""

    def __init__(
        self,
        territory,
        meeting_id: str | None,
        record=None,
        *,
        agenda=(),
        decisions=(),
        item_id: str | None = None,
        follow_only: str = "",
        parent: QWidget | None = None,
    ):
        title = self.tr("New action") if record is None else self.tr("Action")
        super().__init__(territory, "action_item", record, title=title, parent=parent)
        self.meeting_id = meeting_id
        self.add_field("what", self.tr("What"), TextField(), required=True)
        self.add_section(self.tr("Who (a person, a structure or a name)"))
        self.add_field("owner_person_id", self.tr("Person"), RecordPicker(territory, "person"))
        self.add_field(
            "owner_organisation_id", self.tr("Structure"), RecordPicker(territory, "organisation")
        )
        free = TextField(placeholder=self.tr("or typed free, e.g. “Economic development”"))
        self.add_field("owner_text", self.tr("Other"), free)
        self.add_section(self.tr("Follow-up"))
        self.add_field("due_on", self.tr("Due on"), DateField())
        status = self.add_field(
            "status", self.tr("Status"), VocabField(territory, "action_status", allow_empty=False)
        )
        if record is None:
            status.set_value(ActionItemStatus.TODO)
        items = [(f"{i.position}. {i.title}", i.id) for i in agenda]
        if items:
            field = self.add_field("agenda_item_id", self.tr("Agenda item"), ChoiceField(items))
            if record is None:
                field.set_value(item_id)
        choices = [(f"{x.number} — {x.text[:60]}", x.id) for x in decisions]
        if choices:
            self.add_field("decision_id", self.tr("Decision"), ChoiceField(choices))
        self.finish()
        if follow_only and not territory.read_only:
            for name, widget in self.fields.items():
                if name not in FOLLOW_UP:
                    widget.setEnabled(False)
                    widget.setToolTip(follow_only)
            self.banner.setText(follow_only)
            self.banner.show()

    def save(self, changes: dict) -> Any:
        from municipaless.services import meetings

        if self.record is None:
            status = changes.pop("status", None) or ActionItemStatus.TODO
            action = meetings.add_action(
                self.territory,
                self.meeting_id,
                changes.get("what") or "",
                owner_person_id=changes.get("owner_person_id"),
                owner_organisation_id=changes.get("owner_organisation_id"),
                owner_text=changes.get("owner_text") or "",
                due_on=changes.get("due_on"),
                agenda_item_id=changes.get("agenda_item_id"),
                decision_id=changes.get("decision_id"),
            )
            if status != ActionItemStatus.TODO:
                action = meetings.set_action_status(self.territory, action.id, action.rev, status)
            return action
        if not changes:
            return self.record
        if "owner_text" in changes:
            changes["owner_text"] = changes["owner_text"] or ""
        return meetings.update_action(self.territory, self.record.id, self.record.rev, **changes)


def set_status(parent: QWidget, territory: Any, rows: list, status: str) -> bool:
    """Mark actions done / in progress / abandoned; says why if one is refused."""
    from municipaless.services import meetings

    try:
        with territory.transaction():
            for row in rows:
                if row.record.status != status:
                    meetings.set_action_status(territory, row.record.id, row.record.rev, status)
    except StorageError as exc:
        show_storage_error(parent, exc)
        return False
    return True


class ActionItemsPanel(QWidget):
    """The actions decided at the meeting (``whole_meeting``) or at one agenda item."""

    changed = Signal()

    def __init__(self, *, whole_meeting: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.whole_meeting = whole_meeting
        self.territory: Any = None
        self.view_data: Any = None
        self.item_id: str | None = None
        self.edit_reason = self.follow_reason = ""
        self.form: ActionForm | None = None
        self.today = date.today().isoformat()
        self.model = RowsModel([], style=lambda a: action_style(a, self.today), parent=self)
        self.table = make_table(self.model, "meetingActionsTable", multi=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.title = QLabel(self.tr("Actions"))
        self.add_button = QPushButton(self.tr("New action…"))
        self.add_button.setObjectName("addAction")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.done_button = QPushButton(self.tr("Done"))
        self.remove_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.mark_done)
        self.remove_button.clicked.connect(self.remove_selected)
        self.button_bar = ActionBar()  # what does not fit goes into its « ⋯ » menu
        self.button_bar.add_stretch()
        for w in (self.add_button, self.edit_button, self.done_button, self.remove_button):
            self.button_bar.add(w)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.button_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 3)

    def show_view(self, territory, view, item_id, edit_reason: str, follow_reason: str) -> None:
        new_file = territory is not self.territory  # its own labels of the statuses
        self.territory, self.view_data, self.item_id = territory, view, item_id
        self.edit_reason, self.follow_reason = edit_reason, follow_reason
        self.today = date.today().isoformat()
        if new_file or not self.model.columns:
            self.model.beginResetModel()
            self.model.columns = action_columns(status_labels(territory))
            self.model.endResetModel()
            for column, width in enumerate((85, 80, 180)):
                self.table.setColumnWidth(column, width)
        rows = [] if view is None else list(view.actions)
        if not self.whole_meeting:
            rows = [a for a in rows if a.record.agenda_item_id == item_id] if item_id else []
        self.model.set_rows(rows)
        self.title.setText(self.tr("Actions ({count})").format(count=len(rows)))
        no_item = "" if self.whole_meeting or item_id else self.tr("Choose an agenda item first.")
        guard([self.add_button], edit_reason or no_item)
        guard([self.remove_button], edit_reason)
        guard([self.edit_button, self.done_button], follow_reason)

    def add(self) -> None:
        if self.view_data is None or self.edit_reason:
            return
        self._open(None)

    def edit_selected(self) -> None:
        rows = selected_rows(self.table)
        if rows and not self.follow_reason:
            self._open(rows[0].record)

    def _open(self, record) -> None:
        view = self.view_data
        self.form = ActionForm(
            self.territory,
            view.meeting.id,
            record,
            agenda=view.agenda,
            decisions=view.decisions,
            item_id=self.item_id,
            follow_only=self.edit_reason if record is not None else "",
            parent=self,
        )
        self.form.saved.connect(lambda _r: self.changed.emit())
        self.form.open()

    def mark_done(self) -> None:
        rows = selected_rows(self.table)
        if (
            rows
            and not self.follow_reason
            and set_status(self, self.territory, rows, ActionItemStatus.DONE)
        ):
            self.changed.emit()

    def remove_selected(self) -> None:
        from municipaless.services import meetings

        rows = selected_rows(self.table)
        if not rows or self.edit_reason:
            return
        what = rows[0].record.what if len(rows) == 1 else self.tr("these actions")
        if not confirm(self, f"« {what} »" if len(rows) == 1 else what):
            return
        try:
            with self.territory.transaction():
                for row in rows:
                    meetings.remove_action(self.territory, row.record.id, row.record.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()
