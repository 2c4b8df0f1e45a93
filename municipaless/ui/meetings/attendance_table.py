"""Who was invited, and who came: présent / excusé / représenté (by whom) / absent, with the
structure each person represents, and the quorum when the series defines one.

Marking is what the officer does at the door, so it is one click (or one key: P, E, R, A) on
the selected rows; "Représenté…" asks by whom. Invitees come from the annuaire (typed search)
or are typed free.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.statuses import AttendanceStatus
from municipaless.core.vocabularies import shown_label
from municipaless.storage.errors import StorageError
from municipaless.ui.common import theme
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
    RecordForm,
    RecordPicker,
    TextField,
    VocabField,
    show_storage_error,
)


class AttendanceForm(RecordForm):
    """Status, "représenté par" and the structure represented, for one invitee."""

    def __init__(self, territory, attendee, status: str | None = None, parent=None):
        record = attendee.record
        super().__init__(territory, "attendance", record, title=attendee.name, parent=parent)
        field = VocabField(territory, "attendance_status", allow_empty=False)
        self.add_field("status", self.tr("Attendance"), field)
        if status:
            field.set_value(status)
        self.add_field("represented_by", self.tr("Represented by"), TextField())
        picker = RecordPicker(territory, "organisation")
        self.add_field("organisation_id", self.tr("Structure represented"), picker)
        self.finish()
        if status == AttendanceStatus.REPRESENTED:
            self.fields["represented_by"].setFocus()

    def changes(self) -> dict:
        changes = super().changes()
        if changes and "status" not in changes:
            changes["status"] = self.fields["status"].value()
        return changes

    def save(self, changes: dict) -> Any:
        from municipaless.services import meetings

        if not changes:
            return self.record
        kwargs: dict = {"represented_by": changes.get("represented_by") or ""}
        if "organisation_id" in changes:
            kwargs["organisation_id"] = changes["organisation_id"]
        return meetings.set_attendance(
            self.territory, self.record.id, self.record.rev, changes["status"], **kwargs
        )


class AttendanceTable(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.view_data: Any = None
        self.reason = ""
        self.form: AttendanceForm | None = None
        self.labels: dict[str, str] = {}
        self.model = RowsModel(
            [
                ColumnDef(self.tr("Name"), lambda a: a.name),
                ColumnDef(self.tr("Structure"), lambda a: a.organisation_name),
                ColumnDef(self.tr("Attendance"), self._status_text),
            ],
            style=lambda a: "muted" if a.record.status == AttendanceStatus.INVITED else "",
            parent=self,
        )
        self.table = make_table(self.model, "attendanceTable", multi=True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        for column, width in enumerate((200, 220)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        self.quorum = QLabel()
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)  # « (quorum de l'instance : 5 ; invités : 3) » at 1024 px
        self.quorum.setTextFormat(Qt.TextFormat.RichText)

        self.status_buttons: dict[str, QPushButton] = {}
        marks = ActionBar()  # what does not fit goes into its « ⋯ » menu
        self.button_bar = marks
        for code, text, key in (
            (AttendanceStatus.PRESENT, self.tr("&Present"), "P"),
            (AttendanceStatus.EXCUSED, self.tr("&Excused"), "E"),
            (AttendanceStatus.REPRESENTED, self.tr("&Represented…"), "R"),
            (AttendanceStatus.ABSENT, self.tr("&Absent"), "A"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"mark_{code}")
            button.setToolTip(self.tr("Key {key} in the list").format(key=key))
            button.clicked.connect(lambda _c=False, s=code: self.mark(s))
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=code: self.mark(s))
            self.status_buttons[code] = button
            marks.add(button)
        marks.add_stretch()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        marks.add(self.edit_button)
        marks.add(self.remove_button)

        self.person_picker: RecordPicker | None = None
        self.invite_row = QHBoxLayout()
        self.invite_person_button = QPushButton(self.tr("Invite"))
        self.invite_person_button.setObjectName("invitePerson")
        self.invite_person_button.clicked.connect(self.invite_person)
        self.free_name = QLineEdit()
        self.free_name.setObjectName("freeInvitee")
        self.free_name.setPlaceholderText(self.tr("or a name typed free"))
        self.free_name.setMinimumWidth(120)
        self.free_name.returnPressed.connect(self.invite_free)
        self.invite_free_button = QPushButton(self.tr("Add"))
        self.invite_free_button.clicked.connect(self.invite_free)
        self.invite_row.addWidget(self.invite_person_button)
        self.invite_row.addSpacing(12)
        self.invite_row.addWidget(self.free_name, 1)
        self.invite_row.addWidget(self.invite_free_button)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.quorum)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(marks)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.invite_row)

    def _status_text(self, attendee) -> str:
        record = attendee.record
        label = self.labels.get(record.status, record.status)
        if record.status == AttendanceStatus.REPRESENTED and record.represented_by:
            return self.tr("{status} by {who}").format(status=label, who=record.represented_by)
        return label

    # data --------------------------------------------------------------------------------
    def show_view(self, territory, view, reason: str) -> None:
        if territory is not self.territory:
            self.territory = territory
            self.labels = {
                v.code: shown_label("attendance_status", v.code, v.label)
                for v in territory.vocabulary("attendance_status")
            }
            if self.person_picker is not None:
                self.person_picker.deleteLater()
            self.person_picker = RecordPicker(territory, "person")
            self.person_picker.setObjectName("inviteePicker")
            self.person_picker.setMinimumWidth(160)
            self.person_picker.lineEdit().setPlaceholderText(
                self.tr("Invite someone of the directory…")
            )
            self.invite_row.insertWidget(0, self.person_picker, 2)
        self.view_data, self.reason = view, reason
        rows = list(view.attendance) if view is not None else []
        self.model.set_rows(rows)
        counts = {code: 0 for code in self.labels}
        for a in rows:
            counts[a.record.status] = counts.get(a.record.status, 0) + 1
        invited = self.tr("{count} invited") if len(rows) > 1 else self.tr("{count} invitee")
        parts = [invited.format(count=len(rows))]  # French: « 0 invité », « 1 invité »
        for code, text in (
            (AttendanceStatus.PRESENT, self.tr("{count} present")),
            (AttendanceStatus.EXCUSED, self.tr("{count} excused")),
            (AttendanceStatus.REPRESENTED, self.tr("{count} represented")),
            (AttendanceStatus.ABSENT, self.tr("{count} absent")),
            (AttendanceStatus.INVITED, self.tr("{count} not marked yet")),
        ):
            if counts.get(code):
                parts.append(text.format(count=counts[code]))
        self.summary.setText(" · ".join(parts))
        self._show_quorum(view.quorum if view is not None else None)
        editing = [*self.status_buttons.values(), self.edit_button, self.remove_button]
        editing += [self.invite_person_button, self.free_name, self.invite_free_button]
        guard([*editing, self.person_picker], reason)

    def _show_quorum(self, quorum) -> None:
        if quorum is None:
            self.quorum.setText("")
            return
        if quorum.reached:
            state, tone = self.tr("reached"), "success"
        else:
            state, tone = self.tr("not reached"), "error"
        text = self.tr("Quorum: {present} of {required} required — {state}").format(
            present=quorum.present, required=quorum.required, state=state
        )
        if quorum.capped:  # the instance asks more than were invited
            text += " " + self.tr("(instance's quorum: {rule}; invited: {invited})").format(
                rule=quorum.rule, invited=quorum.invited
            )
        theme.set_tone(self.quorum, tone)  # the colour repeats the word, never replaces it
        self.quorum.setText(f"<b>{text}</b>")

    # editing -----------------------------------------------------------------------------
    def mark(self, status: str) -> None:
        from municipaless.services import meetings

        rows = selected_rows(self.table)
        if not rows or self.reason:
            return
        if status == AttendanceStatus.REPRESENTED:
            self.form = AttendanceForm(
                self.territory, rows[0], AttendanceStatus.REPRESENTED, parent=self
            )
            self.form.saved.connect(lambda _r: self.changed.emit())
            self.form.open()
            return
        numbers = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        try:
            with self.territory.transaction():
                for row in rows:
                    record = row.record
                    meetings.set_attendance(self.territory, record.id, record.rev, status)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()
        if len(numbers) == 1 and numbers[0] + 1 < self.model.rowCount():
            self.table.selectRow(numbers[0] + 1)  # at the door: mark, next, mark…

    def edit_selected(self) -> None:
        rows = selected_rows(self.table)
        if rows and not self.reason:
            self.form = AttendanceForm(self.territory, rows[0], parent=self)
            self.form.saved.connect(lambda _r: self.changed.emit())
            self.form.open()

    def remove_selected(self) -> None:
        from municipaless.services import meetings

        rows = selected_rows(self.table)
        if not rows or self.reason:
            return
        names = ", ".join(r.name for r in rows)
        if not confirm(self, names):
            return
        try:
            with self.territory.transaction():
                for row in rows:
                    meetings.remove_invitee(self.territory, row.record.id, row.record.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()

    def invite_person(self) -> None:
        picker = self.person_picker
        if picker is None or self.reason or self.view_data is None:
            return
        if picker.error():
            show_storage_error(self, StorageError(picker.error()))
            return
        if picker.value() and self._invite(person_id=picker.value()):
            picker.set_value(None)

    def invite_free(self) -> None:
        name = self.free_name.text().strip()
        if name and not self.reason and self._invite(free_name=name):
            self.free_name.clear()

    def _invite(self, **who) -> bool:
        from municipaless.services import meetings

        try:
            meetings.add_invitee(self.territory, self.view_data.meeting.id, **who)
        except StorageError as exc:
            show_storage_error(self, exc)
            return False
        self.changed.emit()
        return True
