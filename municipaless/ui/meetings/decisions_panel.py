"""Decisions of a meeting (of one agenda item, or all of them), and the form recording one.

The number is the service's (``meetings.add_decision``: next of the series and year, e.g.
COPIL-2026-07, never reused); the officer types the text and picks the item it belongs to.
A decision's status (en vigueur, caduque, remplacée par…) lives on after the meeting, so it
may change even when the compte rendu is approved; its text may not.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.statuses import DecisionStatus
from municipaless.storage.errors import StorageError
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.labels import code_label
from municipaless.ui.common.small_tables import (
    ColumnDef,
    RowsModel,
    confirm,
    guard,
    make_table,
    selected_rows,
)
from municipaless.ui.editing import NotesField, RecordForm, show_storage_error
from municipaless.ui.meetings.fields import ChoiceField

translate = QCoreApplication.translate


def decision_status_text(record: Any, replaced_by_number: str = "") -> str:
    label = code_label("decision_status", record.status)
    if record.status == DecisionStatus.REPLACED and replaced_by_number:
        return translate("Decisions", "Replaced by {number}").format(number=replaced_by_number)
    return label


def set_decision_status(parent: QWidget, territory: Any, decision: Any, status: str) -> bool:
    """« En vigueur » or « caduque »; says why if refused."""
    from municipaless.services import meetings

    try:
        meetings.set_decision_status(territory, decision.id, decision.rev, status)
    except StorageError as exc:
        show_storage_error(parent, exc)
        return False
    return True


def replace_decision(parent: QWidget, territory: Any, decision: Any) -> bool:
    """Ask the number of the decision that replaces ``decision``, then mark it replaced."""
    from municipaless.services import meetings

    number, ok = QInputDialog.getText(
        parent,
        translate("Decisions", "Replaced by"),
        translate("Decisions", "Number of the decision that replaces {number}:").format(
            number=decision.number
        ),
    )
    number = number.strip()
    if not ok or not number:
        return False
    found = meetings.decision_register(territory, text=number)
    match = [r for r in found if r.record.number.lower() == number.lower()]
    try:
        if not match:
            raise StorageError(
                translate("Decisions", "No decision has the number {number}.").format(number=number)
            )
        meetings.replace_decision(territory, decision.id, decision.rev, match[0].record.id)
    except StorageError as exc:
        show_storage_error(parent, exc)
        return False
    return True


class DecisionForm(RecordForm):
    """Record (``record`` None) or edit a decision of ``meeting_id``."""

    def __init__(self, territory, meeting_id: str, agenda, record=None, *, item_id=None, parent):
        title = self.tr("Decision") if record is None else record.number
        super().__init__(territory, "decision", record, title=title, parent=parent)
        self.meeting_id = meeting_id
        if record is None:
            note = QLabel(self.tr("The number is given when the decision is saved."))
            note.setWordWrap(True)
            self.add_widget("", note)
        self.add_field("text", self.tr("Decision"), NotesField(lines=4), required=True)
        items = [(f"{i.position}. {i.title}", i.id) for i in agenda]
        field = self.add_field("agenda_item_id", self.tr("Agenda item"), ChoiceField(items))
        if record is None:
            field.set_value(item_id)
        self.finish()

    def save(self, changes: dict) -> Any:
        from municipaless.services import meetings

        if self.record is None:
            return meetings.add_decision(
                self.territory,
                self.meeting_id,
                changes.get("text") or "",
                agenda_item_id=changes.get("agenda_item_id"),
            )
        if not changes:
            return self.record
        kwargs: dict = {}
        if "text" in changes:
            kwargs["text"] = changes["text"] or ""
        if "agenda_item_id" in changes:
            kwargs["agenda_item_id"] = changes["agenda_item_id"]
        return meetings.update_decision(self.territory, self.record.id, self.record.rev, **kwargs)


class DecisionsPanel(QWidget):
    """The decisions of the meeting shown (``item_id`` narrows to one agenda item)."""

    changed = Signal()  # something was written: the workspace re-reads the meeting

    def __init__(self, *, whole_meeting: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.whole_meeting = whole_meeting
        self.territory: Any = None
        self.view_data: Any = None
        self.item_id: str | None = None
        self.edit_reason = ""
        self.follow_reason = ""
        self.form: DecisionForm | None = None
        columns = [
            ColumnDef(self.tr("Number"), lambda d: d.number),
            ColumnDef(self.tr("Status"), lambda d: decision_status_text(d, self._number(d))),
        ]
        if whole_meeting:
            columns.append(ColumnDef(self.tr("Agenda item"), self._item_title))
        columns.append(ColumnDef(self.tr("Decision"), lambda d: d.text.replace("\n", " ")))
        self.model = RowsModel(columns, tooltip=lambda d: d.text, parent=self)
        self.table = make_table(self.model, "decisionsTable")
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.title = QLabel(self.tr("Decisions"))
        self.add_button = QPushButton(self.tr("Record a decision…"))
        self.add_button.setObjectName("addDecision")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        menu.addAction(self.tr("In force"), lambda: self.set_status(DecisionStatus.IN_FORCE))
        menu.addAction(self.tr("Lapsed"), lambda: self.set_status(DecisionStatus.LAPSED))
        menu.addAction(self.tr("Replaced by…"), self.replace_selected)
        self.status_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.button_bar = ActionBar()  # what does not fit goes into its « ⋯ » menu
        self.button_bar.add_stretch()
        for w in (self.add_button, self.edit_button, self.status_button, self.remove_button):
            self.button_bar.add(w)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.button_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 3)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 110)
        if whole_meeting:
            self.table.setColumnWidth(2, 200)

    # data --------------------------------------------------------------------------------
    def show_view(self, territory, view, item_id, edit_reason: str, follow_reason: str) -> None:
        self.territory, self.view_data, self.item_id = territory, view, item_id
        self.edit_reason, self.follow_reason = edit_reason, follow_reason
        rows = [] if view is None else list(view.decisions)
        if not self.whole_meeting:
            rows = [d for d in rows if d.agenda_item_id == item_id] if item_id else []
        self.model.set_rows(rows)
        self.title.setText(self.tr("Decisions ({count})").format(count=len(rows)))
        no_item = "" if self.whole_meeting or item_id else self.tr("Choose an agenda item first.")
        guard([self.add_button], edit_reason or no_item)
        guard([self.edit_button, self.remove_button], edit_reason)
        guard([self.status_button], follow_reason)

    def _number(self, decision) -> str:
        if not decision.replaced_by or self.view_data is None:
            return ""
        for other in self.view_data.decisions:
            if other.id == decision.replaced_by:
                return other.number
        return "…"

    def _item_title(self, decision) -> str:
        for item in self.view_data.agenda if self.view_data else ():
            if item.id == decision.agenda_item_id:
                return f"{item.position}. {item.title}"
        return ""

    def selected(self) -> Any:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    # actions -----------------------------------------------------------------------------
    def _open_form(self, record=None) -> None:
        meeting = self.view_data.meeting
        self.form = DecisionForm(
            self.territory,
            meeting.id,
            self.view_data.agenda,
            record,
            item_id=self.item_id,
            parent=self,
        )
        self.form.saved.connect(lambda _r: self.changed.emit())
        self.form.open()

    def add(self) -> None:
        if self.view_data is not None and not self.edit_reason:
            self._open_form()

    def edit_selected(self) -> None:
        decision = self.selected()
        if decision is not None and not self.edit_reason:
            self._open_form(decision)

    def set_status(self, status: str) -> None:
        decision = self.selected()
        if decision is not None and not self.follow_reason:
            set_decision_status(self, self.territory, decision, status)
            self.changed.emit()

    def replace_selected(self) -> None:
        decision = self.selected()
        if decision is not None and not self.follow_reason:
            replace_decision(self, self.territory, decision)
            self.changed.emit()

    def remove_selected(self) -> None:
        from municipaless.services import meetings

        decision = self.selected()
        if decision is None or self.edit_reason:
            return
        what = self.tr("the decision {number}").format(number=decision.number)
        if not confirm(self, what):
            return
        try:
            meetings.remove_decision(self.territory, decision.id, decision.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()
