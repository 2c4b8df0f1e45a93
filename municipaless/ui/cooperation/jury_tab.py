"""The jury of a call: the weighted ranking (with « notation incomplète », conflicts of
interest, « Non éligible » in words), the envelope committed and remaining, the jury meeting
(created from the réunions module, then opened there), one decision per candidature
(« Lauréat… » with its amount, « Non retenue… » with its reason), the notification letters
and the council summary. The rules live in ``services/cooperation``: this tab asks and shows
their French refusals, keeping what was typed.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.formats import format_money
from municipaless.storage.errors import StorageError
from municipaless.ui.common import accessible, file_dialogs
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.small_tables import ColumnDef, RowsModel, make_table, selected_row
from municipaless.ui.editing import MoneyField, NotesField, show_storage_error

DOCUMENTS = "appels-a-projets"  # the folder remembered for this tab's documents


class DecisionDialog(QDialog):
    """« Lauréat » (an amount) or « Non retenue » (a reason) for one candidature. The
    decision is taken by ``decide(value)`` when OK is clicked; a refusal keeps the dialog
    open with what was typed."""

    def __init__(self, title: str, intro: str, awarding: bool, decide: Any, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("juryDecision")
        self.setWindowTitle(title)
        self.decide = decide
        self.awarding = awarding
        self.intro = text = QLabel(intro)
        text.setWordWrap(True)
        form = QFormLayout()
        if awarding:
            self.field: Any = MoneyField()
            self.field.setObjectName("awardAmount")
            label = self.tr("Amount awarded")
        else:
            self.field = NotesField(lines=3)
            self.field.setObjectName("refusalReason")
            label = self.tr("Reason")
        accessible.name(self.field, label)
        form.addRow(label, self.field)
        self.error = QLabel()
        self.error.setObjectName("decisionError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        if self.awarding:
            problem = self.field.error()
            value = self.field.value()
            if problem is None and not value:
                problem = self.tr("Type the amount awarded.")
            if problem:
                self.error.setText(problem)
                return
        else:
            value = self.field.value()
        message = self.decide(value)
        if message:
            self.error.setText(message)  # the service's French refusal; the typing stays
            return
        super().accept()


class JuryTab(QWidget):
    changed = Signal()
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.call_id: str | None = None
        self.ranking: Any = None
        self.meeting: Any = None
        self.dialog: DecisionDialog | None = None

        self.envelope = QLabel()
        self.envelope.setObjectName("juryEnvelope")
        self.envelope.setWordWrap(True)
        self.model = RowsModel(
            [
                ColumnDef(self.tr("Rank"), lambda x: str(x.row.rank or ""), True),
                ColumnDef(self.tr("Project"), self._project_text),
                ColumnDef(self.tr("Score /100"), self._score_text, True),
                ColumnDef(self.tr("Remarks"), lambda x: x.standing_text),
                ColumnDef(self.tr("Asked"), lambda x: format_money(x.submission.asked_cents), True),
                ColumnDef(self.tr("Decision"), self._decision_text),
                ColumnDef(
                    self.tr("Awarded"), lambda x: format_money(x.submission.awarded_cents), True
                ),
            ],
            style=lambda x: "muted" if x.row.rank is None else "",
            parent=self,
        )
        self.table = make_table(self.model, "juryRanking", stretch=(1,))
        accessible.name(self.table, self.tr("Ranking of the candidatures"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._guard())
        self.table.doubleClicked.connect(lambda _i: self.open_project())

        self.meeting_button = QPushButton(self.tr("Create the jury meeting"))
        self.meeting_button.setObjectName("juryMeeting")
        self.meeting_button.clicked.connect(self.meeting_clicked)
        self.award_button = QPushButton(self.tr("Laureate…"))
        self.award_button.setObjectName("juryAward")
        self.award_button.clicked.connect(lambda: self.ask_decision(True))
        self.refuse_button = QPushButton(self.tr("Not selected…"))
        self.refuse_button.setObjectName("juryRefuse")
        self.refuse_button.clicked.connect(lambda: self.ask_decision(False))
        self.project_button = QPushButton(self.tr("Open the project"))
        self.project_button.setObjectName("juryProject")
        self.project_button.clicked.connect(self.open_project)
        decisions = ActionBar()
        for button in (
            self.meeting_button,
            self.award_button,
            self.refuse_button,
            self.project_button,
        ):
            decisions.add(button)

        self.letters_button = QPushButton(self.tr("Notification letters…"))
        self.letters_button.setObjectName("juryLetters")
        self.letters_button.clicked.connect(self.write_letters)
        self.summary_button = QPushButton(self.tr("Summary for the council…"))
        self.summary_button.setObjectName("jurySummary")
        self.summary_button.clicked.connect(self.write_summary)
        self.nominative = QCheckBox(self.tr("Nominative (porteurs' names and jury comments)"))
        self.nominative.setObjectName("summaryNominative")
        documents = ActionBar()
        for button in (self.letters_button, self.summary_button, self.nominative):
            documents.add(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.envelope)
        layout.addWidget(self.table, 1)
        layout.addWidget(decisions)
        layout.addWidget(documents)
        self._guard()

    # texts --------------------------------------------------------------------------------
    def _project_text(self, line: Any) -> str:
        return f"{line.row.reference} « {line.row.project_name} »"

    def _score_text(self, line: Any) -> str:
        score = line.row.score
        return "" if score is None else f"{score:.1f}".replace(".", ",")

    def _decision_text(self, line: Any) -> str:
        status = line.submission.status
        words = {"laureat": self.tr("Laureate"), "refusee": self.tr("Not selected")}
        if status not in words:
            return ""
        number = line.row.decision_number
        return f"{words[status]} ({number})" if number else words[status]

    # contract -----------------------------------------------------------------------------
    def set_call(self, territory: Any, call_id: str | None) -> None:
        self.territory, self.call_id = territory, call_id
        self.reload()

    def reload(self) -> None:
        from municipaless.services.cooperation import jury, scoring

        chosen = self.current()
        keep = chosen.submission.id if chosen is not None else None
        if self.territory is None or not self.call_id:
            self.ranking, self.meeting = None, None
            self.model.set_rows([])
            self.envelope.setText("")
            self._guard()
            return
        self.ranking = scoring.ranking(self.territory, self.call_id)
        self.meeting = jury.jury_meeting(self.territory, self.call_id)
        self.model.set_rows(self.ranking.lines)
        money = jury.envelope(self.territory, self.call_id)
        if money.envelope_cents is None:
            text = self.tr("No envelope set — committed: {committed}").format(
                committed=format_money(money.committed_cents)
            )
        else:
            text = self.tr("Envelope: {envelope} — committed: {committed} — remaining: {left}")
            text = text.format(
                envelope=format_money(money.envelope_cents),
                committed=format_money(money.committed_cents),
                left=format_money(money.remaining_cents),
            )
        self.envelope.setText(text)
        self.meeting_button.setText(
            self.tr("Open the meeting")
            if self.meeting is not None
            else self.tr("Create the jury meeting")
        )
        if keep is not None:
            for number, line in enumerate(self.ranking.lines):
                if line.submission.id == keep:
                    self.table.selectRow(number)
        self._guard()

    def current(self) -> Any:
        number = selected_row(self.table)
        return self.model.row(number) if number is not None else None

    def select(self, submission_id: str) -> None:
        for number, line in enumerate(self.model.rows):
            if line.submission.id == submission_id:
                self.table.selectRow(number)

    def _guard(self) -> None:
        line = self.current()
        read_only = self.territory is not None and self.territory.read_only
        has_call = self.territory is not None and bool(self.call_id)
        writable = has_call and not read_only
        no_meeting = self.meeting is None
        decidable = writable and line is not None and not line.row.withdrawn and not no_meeting
        self.meeting_button.setEnabled(has_call and (writable or not no_meeting))
        for button in (self.award_button, self.refuse_button):
            button.setEnabled(decidable)
            tip = ""
            if no_meeting and writable:
                tip = self.tr("Create the jury meeting first: each decision is numbered there.")
            button.setToolTip(tip)
        self.project_button.setEnabled(line is not None)
        documents = has_call and bool(self.model.rows)
        self.letters_button.setEnabled(documents)
        self.summary_button.setEnabled(documents)

    # the meeting and decisions -------------------------------------------------------------
    def meeting_clicked(self) -> None:
        from municipaless.services.cooperation import jury

        if self.meeting is None:
            try:
                self.meeting = jury.create_jury_meeting(self.territory, self.call_id)
            except StorageError as exc:
                show_storage_error(self, exc)
                return
            self.reload()
            self.changed.emit()
            return
        self.record_requested.emit("meeting", self.meeting.id)

    def open_project(self) -> None:
        line = self.current()
        if line is not None:
            self.record_requested.emit("project", line.submission.project_id)

    def ask_decision(self, awarding: bool) -> DecisionDialog | None:
        """The dialog of a decision for the selected candidature (shown, not blocking)."""
        line = self.current()
        if line is None:
            return None
        label = self._project_text(line)
        if awarding:
            from municipaless.services.cooperation import jury

            title = self.tr("Laureate")
            intro = self.tr("{candidature} asked {asked}. Amount the jury awards:").format(
                candidature=label, asked=format_money(line.submission.asked_cents) or "—"
            )
            ceiling, remaining = jury.award_limits(self.territory, line.submission.id)
            limits = []
            if ceiling is not None:
                limits.append(self.tr("ceiling {amount}").format(amount=format_money(ceiling)))
            if remaining is not None:
                limits.append(
                    self.tr("left in the envelope {amount}").format(amount=format_money(remaining))
                )
            if limits:
                intro += "\n" + self.tr("At most: {limits}.").format(limits=" ; ".join(limits))
        else:
            title = self.tr("Not selected")
            intro = self.tr("Why the jury does not select {candidature}:").format(candidature=label)
        self.dialog = DecisionDialog(
            title, intro, awarding, lambda value: self._decide(line, awarding, value), self
        )
        if awarding:
            self.dialog.field.set_value(
                line.submission.awarded_cents or line.submission.asked_cents
            )
        else:
            self.dialog.field.set_value(line.submission.refusal_reason)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def _decide(self, line: Any, awarding: bool, value: Any) -> str:
        """Take the decision; the French refusal when the service refuses, else ""."""
        from municipaless.services.cooperation import jury

        try:
            if awarding:
                jury.award(self.territory, line.submission.id, value)
            else:
                jury.refuse(self.territory, line.submission.id, value or "")
        except StorageError as exc:
            return exc.message
        self.reload()
        self.changed.emit()
        return ""

    # documents ------------------------------------------------------------------------------
    def write_letters(self) -> list[Path]:
        from municipaless.services.cooperation import letters

        folder = file_dialogs.ask_folder(
            self, DOCUMENTS, self.tr("Folder for the notification letters")
        )
        if folder is None:
            return []
        replace = False
        there = [p for p in letters.planned(self.territory, self.call_id, folder) if p.exists()]
        if there:
            answer = QMessageBox.question(
                self,
                self.tr("Notification letters"),
                self.tr(
                    "Letters already in this folder: {count}. Replace them? "
                    "(No: the new ones get a numbered name.)"
                ).format(count=len(there)),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return []
            replace = answer == QMessageBox.StandardButton.Yes
        try:
            result = letters.write_letters(self.territory, self.call_id, folder, replace=replace)
        except (StorageError, OSError) as exc:
            self._failed(exc)
            return []
        text = self.tr("Letters written: {count}, in {folder}.").format(
            count=len(result.written), folder=folder
        )
        if result.undecided:
            text += " " + self.tr("Without a decision yet, no letter: {refs}.").format(
                refs=", ".join(result.undecided)
            )
        QMessageBox.information(self, self.tr("Notification letters"), text)
        return result.written

    def write_summary(self) -> list[Path]:
        from municipaless.services.cooperation import call_summary

        xlsx = self.tr("Excel workbook (*.xlsx)")
        word = self.tr("Word document (*.docx)")
        path, chosen = file_dialogs.ask_save(
            self,
            DOCUMENTS,
            self.tr("Summary for the council"),
            self.tr("Jury summary.xlsx"),
            f"{xlsx};;{word}",
        )
        if path is None:
            return []
        if not path.suffix:
            path = path.with_suffix(".docx" if chosen == word else ".xlsx")
        try:
            return call_summary.write(
                self.territory, self.call_id, path, nominative=self.nominative.isChecked()
            )
        except (StorageError, OSError, ValueError) as exc:
            self._failed(exc)
            return []

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", "") or str(exc)
        QMessageBox.warning(
            self,
            self.tr("Not written"),
            self.tr("The document could not be written: {error}").format(error=message),
        )
