"""The « Candidatures » tab of a call: one line per candidature (project, porteur, category,
amount asked, partners, documents n/N, eligibility in words with the reasons in a tooltip),
the selected one's reasons written out under the table, and what the officer does with them:
add, edit, check eligibility against the rules, declare eligible with a reason, withdraw,
open the project.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from municipaless.core.formats import format_date, format_money
from municipaless.core.statuses import SubmissionStatus, label_of
from municipaless.services.cooperation import eligibility, submissions
from municipaless.storage.errors import StorageError
from municipaless.ui.common import theme
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.small_tables import ColumnDef, RowsModel, make_table, selected_row
from municipaless.ui.editing import NotesField, RecordForm, read_only_text, show_storage_error

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
_OPEN = (SubmissionStatus.RECEIVED, SubmissionStatus.ELIGIBLE, SubmissionStatus.INELIGIBLE)


class OverrideForm(RecordForm):
    """« Déclarer éligible… »: the written reason is mandatory (the council summary prints it)."""

    def __init__(self, territory: Any, record: Any, reasons: tuple[str, ...], parent=None):
        super().__init__(
            territory, "submission", record, title=self.tr("Declare eligible"), parent=parent
        )
        self.setObjectName("overrideForm")
        if reasons:
            unmet = QLabel("\n".join(f"• {r}" for r in reasons))
            unmet.setWordWrap(True)
            self.add_widget(self.tr("Rules not met"), unmet)
        self.add_field("eligibility_note", self.tr("Reason"), NotesField(lines=3), required=True)
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        reason = self.fields["eligibility_note"].value()
        return eligibility.declare_eligible(self.territory, self.record.id, self.record.rev, reason)


def eligibility_words(line: submissions.Line) -> str:
    """The candidature's state in words: its status once decided or withdrawn, else the
    rules' verdict (and « déclarée éligible » when the officer overrode it)."""
    status = line.record.status
    if status not in _OPEN:
        return label_of(SubmissionStatus, status)
    verdict = line.verdict
    if verdict.overridden:
        return translate("SubmissionsTab", "Declared eligible")
    if verdict.by_rules:
        return translate("SubmissionsTab", "Eligible")
    return translate("SubmissionsTab", "Not eligible ({n})").format(n=len(verdict.reasons))


class SubmissionsTab(QWidget):
    changed = Signal()  # something was written
    project_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.call: Any = None
        self.form: Any = None  # the form open (tests reach it)
        columns = [
            ColumnDef(self.tr("Project"), lambda x: f"{x.project_reference} {x.project_name}"),
            ColumnDef(self.tr("Porteur"), lambda x: x.porteur or x.organisation),
            ColumnDef(self.tr("Category"), lambda x: x.record.category),
            ColumnDef(
                self.tr("Asked"), lambda x: format_money(x.record.asked_cents), align_right=True
            ),
            ColumnDef(self.tr("Partners"), lambda x: str(x.partners), align_right=True),
            ColumnDef(
                self.tr("Documents"),
                lambda x: f"{x.documents_received}/{x.documents_required}",
                align_right=True,
            ),
            ColumnDef(self.tr("Eligibility"), eligibility_words),
        ]
        self.model = RowsModel(columns, style=self._style, tooltip=self._tooltip, parent=self)
        self.table = make_table(self.model, "submissionsTable", stretch=(0, 1, 2, 6))
        self.table.setAccessibleName(self.tr("Applications"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.detail = QLabel()
        self.detail.setObjectName("submissionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        theme.set_tone(self.summary, "muted")
        self.new_button = QPushButton(self.tr("New application…"))
        self.new_button.setObjectName("newSubmission")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editSubmission")
        self.check_button = QPushButton(self.tr("Check eligibility"))
        self.check_button.setObjectName("checkEligibility")
        self.override_button = QPushButton(self.tr("Declare eligible…"))
        self.override_button.setObjectName("declareEligible")
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setObjectName("withdrawSubmission")
        self.project_button = QPushButton(self.tr("Open the project"))
        self.project_button.setObjectName("openProject")
        self.bar = ActionBar()
        for button, slot in (
            (self.new_button, self.new_submission),
            (self.edit_button, self.edit_selected),
            (self.check_button, self.check_eligibility),
            (self.override_button, self.declare_eligible),
            (self.withdraw_button, self.withdraw_selected),
            (self.project_button, self.open_project),
        ):
            button.clicked.connect(slot)
            self.bar.add(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.bar)
        self._sync()

    # data ---------------------------------------------------------------------------------
    def set_call(self, territory: Any, call: Any) -> None:
        self.territory, self.call = territory, call
        self.reload()

    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_id()
        lines = (
            submissions.lines(self.territory, self.call.id)
            if self.territory is not None and self.call is not None
            else []
        )
        self.model.set_rows(lines)
        self.table.resizeRowsToContents()
        eligible = sum(1 for line in lines if line.verdict.eligible and line.record.status in _OPEN)
        self.summary.setText(
            self.tr("{count} application(s), {eligible} eligible").format(
                count=len(lines), eligible=eligible
            )
        )
        if keep is not None:
            self.select(keep)
        self._selected()

    def select(self, submission_id: str) -> None:
        for number, line in enumerate(self.model.rows):
            if line.record.id == submission_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return

    def current(self) -> submissions.Line | None:
        row = selected_row(self.table)
        return self.model.row(row) if row is not None else None

    def current_id(self) -> str | None:
        line = self.current()
        return line.record.id if line is not None else None

    def _style(self, line: submissions.Line) -> Any:
        if line.record.status == SubmissionStatus.WITHDRAWN:
            return "muted"
        if line.record.status in _OPEN and not line.verdict.eligible:
            return "overdue"
        return ""

    def _tooltip(self, line: submissions.Line) -> str:
        return "\n".join(self._reasons(line)) or eligibility_words(line)

    def _reasons(self, line: submissions.Line) -> list[str]:
        verdict = line.verdict
        found = list(verdict.reasons)
        if verdict.overridden:
            found.append(self.tr("Declared eligible: {reason}").format(reason=verdict.note))
        return found

    def _selected(self) -> None:
        line = self.current()
        if line is None:
            self.detail.setText(
                self.tr("Select an application to see why it is or is not eligible.")
            )
        else:
            head = self.tr("{project} — received {date}, {words}.").format(
                project=f"{line.project_reference} {line.project_name}",
                date=format_date(line.record.received_on) or "—",
                words=eligibility_words(line).lower(),
            )
            reasons = self._reasons(line)
            self.detail.setText("\n".join([head, *(f"• {r}" for r in reasons)]))
        self._sync()

    def _sync(self) -> None:
        reason = read_only_text(self.territory) if self.territory is not None else ""
        writable = self.territory is not None and self.call is not None and not reason
        line = self.current()
        open_line = line is not None and line.record.status in _OPEN
        self.new_button.setEnabled(writable)
        self.check_button.setEnabled(writable and bool(self.model.rows))
        self.edit_button.setEnabled(writable and line is not None)
        self.override_button.setEnabled(
            writable and open_line and line is not None and not line.verdict.by_rules
        )
        self.withdraw_button.setEnabled(
            writable and line is not None and line.record.status in _OPEN
        )
        self.project_button.setEnabled(line is not None)
        for button in (self.new_button, self.edit_button, self.check_button):
            button.setToolTip(reason)

    # actions -------------------------------------------------------------------------------
    def _open(self, form: RecordForm) -> RecordForm:
        self.form = form
        form.saved.connect(lambda record: self._written(getattr(record, "id", None)))
        form.open()
        return form

    def _written(self, submission_id: str | None) -> None:
        self.reload(select=submission_id)
        self.changed.emit()

    def new_submission(self) -> Any:
        from municipaless.ui.cooperation.submission_form import SubmissionForm

        if not self.new_button.isEnabled():
            return None
        return self._open(SubmissionForm(self.territory, self.call, parent=self))

    def edit_selected(self) -> Any:
        from municipaless.ui.cooperation.submission_form import SubmissionForm

        line = self.current()
        if line is None or not self.edit_button.isEnabled():
            return None
        record = submissions.get(self.territory, line.record.id)
        return self._open(SubmissionForm(self.territory, self.call, record, parent=self))

    def check_eligibility(self) -> None:
        try:
            applied = eligibility.apply_eligibility(self.territory, self.call.id)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self._written(None)
        self.summary.setText(
            self.tr("Checked: {eligible} eligible, {ineligible} not eligible.").format(
                eligible=applied.eligible, ineligible=applied.ineligible
            )
        )

    def declare_eligible(self) -> Any:
        line = self.current()
        if line is None or not self.override_button.isEnabled():
            return None
        record = submissions.get(self.territory, line.record.id)
        return self._open(OverrideForm(self.territory, record, line.verdict.reasons, parent=self))

    def withdraw_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        line = self.current()
        if line is None or not self.withdraw_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw"),
            self.tr("Withdraw the application of {project}? It stays listed as withdrawn.").format(
                project=f"{line.project_reference} {line.project_name}"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            submissions.withdraw(self.territory, line.record.id, line.record.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self._written(line.record.id)

    def open_project(self) -> None:
        line = self.current()
        if line is not None:
            self.project_requested.emit(line.record.project_id)
