"""Orientations: the structures a project was oriented to, where each stands, and its fiche
de liaison."""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from municipaless.core import formats
from municipaless.core.statuses import ReferralStatus
from municipaless.ui.casework.common import RecordsTable, set_editable
from municipaless.ui.casework.referral_dialog import ReferralDialog, ReferralForm
from municipaless.ui.common.action_bar import ActionBar

TAKEN, REFUSED = "success", "muted"  # theme roles; the status column says it in words


class ReferralsView(QWidget):
    """The Orientations tab."""

    changed = Signal()
    liaison_requested = Signal(str)  # referral id
    liaison_print_requested = Signal(str)  # referral id: the fiche de liaison printed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.project_id: str | None = None
        self.table = RecordsTable(
            [
                self.tr("Structure"),
                self.tr("Need"),
                self.tr("Status"),
                self.tr("Consent"),
                self.tr("Reason / outcome"),
            ],
            stretch=(0, 1, 4),
        )
        self.table.setObjectName("referralTable")
        self.refer_button = QPushButton(self.tr("Orient…"))
        self.edit_button = QPushButton(self.tr("Follow up…"))
        self.liaison_button = QPushButton(self.tr("Liaison sheet…"))
        self.liaison_button.setToolTip(
            self.tr("For the structure: only what the project holder agreed to transmit")
        )
        self.liaison_print_button = QPushButton(self.tr("Print…"))
        self.liaison_print_button.setToolTip(self.tr("Print the liaison sheet"))
        self.summary = QLabel()
        buttons = ActionBar()  # what does not fit goes into its « ⋯ » menu
        buttons.add(self.refer_button)
        buttons.add(self.edit_button)
        buttons.add_stretch()
        buttons.add(self.liaison_button)
        buttons.add(self.liaison_print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refer_button.clicked.connect(self.refer)
        self.edit_button.clicked.connect(self.edit_current)
        self.liaison_button.clicked.connect(self._liaison)
        self.liaison_print_button.clicked.connect(self._print_liaison)
        self.table.record_activated.connect(self.edit_referral)

    def show_project(self, territory: Any, project_id: str, block_reason: str) -> None:
        from municipaless.services.casework import referrals
        from municipaless.ui.common.display import Describer

        self.territory, self.project_id = territory, project_id
        describe = Describer(territory)
        rows, colours = [], {}
        found = referrals.of_project(territory, project_id)
        for r in found:
            consent = formats.format_date(r.consent_on) if r.consent_on else self.tr("no")
            status = describe.vocab_label("referral_status", r.status)
            when = r.answered_on or r.sent_on
            if when:  # on a second line: the column stays narrow
                status += "\n" + formats.format_date(when)
            reason = r.refusal_reason if r.status == ReferralStatus.REFUSED else r.outcome
            rows.append(
                (
                    r.id,
                    [
                        describe.value_text("referral", "organisation_id", r.organisation_id),
                        describe.vocab_label("service", r.need) if r.need else "",
                        status,
                        consent,
                        reason,
                    ],
                )
            )
            if r.status == ReferralStatus.TAKEN_ON:
                colours[r.id] = TAKEN
            elif r.status in (ReferralStatus.REFUSED, ReferralStatus.NO_ANSWER):
                colours[r.id] = REFUSED
        self.table.set_rows(rows, colours)
        taken = sum(1 for r in found if r.status == ReferralStatus.TAKEN_ON)
        self.summary.setText(
            self.tr("{count} orientations, {taken} taken on").format(
                count=formats.format_count(len(found)), taken=formats.format_count(taken)
            )
            if found
            else self.tr("No orientation yet.")
        )
        set_editable([self.refer_button, self.edit_button], block_reason)
        if not block_reason and not found:
            self.edit_button.setEnabled(False)
        self.liaison_button.setEnabled(bool(found))
        self.liaison_print_button.setEnabled(bool(found))

    # actions -----------------------------------------------------------------------------
    def refer(self) -> None:
        if self.project_id is None:
            return
        self.form = ReferralDialog(self.territory, self.project_id, parent=self)
        self.form.saved.connect(lambda _r: self.changed.emit())
        self.form.open()

    def edit_current(self) -> None:
        row_id = self.table.current_id()
        if row_id:
            self.edit_referral(row_id)

    def edit_referral(self, row_id: str) -> None:
        record = self.territory.records["referral"].get(row_id)
        self.form = ReferralForm(self.territory, record, parent=self)
        self.form.saved.connect(lambda _r: self.changed.emit())
        self.form.open()

    def _current(self) -> str | None:
        row_id = self.table.current_id()
        if row_id is None and self.table.records.rowCount():
            self.table.selectRow(0)
            row_id = self.table.current_id()
        return row_id

    def _liaison(self) -> None:
        if row_id := self._current():
            self.liaison_requested.emit(row_id)

    def _print_liaison(self) -> None:
        if row_id := self._current():
            self.liaison_print_requested.emit(row_id)
