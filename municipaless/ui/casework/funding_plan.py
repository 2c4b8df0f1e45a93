"""Financement: the plan de financement of a project and its funding requests.

Totals and ratios come from ``funding.plan`` (the service owns the definitions: refused
requests are shown but not summed; public money is granted by a public funder or the
commune; the effet levier is what the other funders granted for each euro of the commune).
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.statuses import FundingStatus
from municipaless.core.vocabularies import shown_label
from municipaless.ui.casework.common import CaseworkForm, RecordsTable, set_editable
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.editing import (
    BoolField,
    DateField,
    MoneyField,
    TextField,
    VocabField,
    confirm_remove,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
REFUSED = "muted"  # a theme role; the status column says « refusée »


class FunderField(QComboBox):
    """A funder of the annuaire (structures that fund, by name), found by typing.
    Editing-kit protocol: ``value()`` is the structure's id."""

    edited = Signal()

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.casework import funding

        self.territory = territory
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for org in funding.funders(territory) if territory is not None else []:
            self.addItem(org.name, org.id)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(self.tr("Type the funder's name…"))
        self.activated.connect(lambda _i: self.edited.emit())
        self.lineEdit().textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> str | None:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index > 0 else None

    def error(self) -> str | None:
        if self.currentText().strip() and self.value() is None:
            return self.tr("Choose a funder from the list (structures of the directory).")
        return None

    def set_value(self, row_id: str | None) -> None:
        index = self.findData(row_id) if row_id else 0
        if index < 0 and row_id:  # a structure that no longer looks like a funder
            from municipaless.ui.common.display import Describer

            self.addItem(
                Describer(self.territory).value_text("", "funder_id", row_id) or "—", row_id
            )
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class FundingForm(CaseworkForm):
    def __init__(
        self, territory: Any, project_id: str, record: Any = None, parent: QWidget | None = None
    ):
        title = (
            translate("FundingForm", "New funding request")
            if record is None
            else translate("FundingForm", "Funding request")
        )
        super().__init__(territory, "funding_request", record, title=title, parent=parent)
        self.project_id = project_id
        self.funder = self.add_field("funder_id", self.tr("Funder"), FunderField(territory))
        self.add_field(
            "is_commune", "", BoolField(self.tr("The commune's own money (for the leverage)"))
        )
        self.add_field("scheme", self.tr("Scheme"), TextField())
        self.add_field("instrument", self.tr("Instrument"), VocabField(territory, "instrument"))
        self.add_field("asked_cents", self.tr("Amount asked"), MoneyField())
        self.add_field("granted_cents", self.tr("Amount granted"), MoneyField())
        status = self.add_field(
            "status", self.tr("Status"), VocabField(territory, "funding_status", allow_empty=False)
        )
        self.add_field("decided_on", self.tr("Decided on"), DateField())
        self.add_field("report_due_on", self.tr("Report due on"), DateField())
        if record is None:
            status.set_value(FundingStatus.PREPARATION)
        self.fit(560, 480)
        self.finish()

    def write(self, changes: dict) -> Any:
        from municipaless.services.casework import funding

        if self.record is None:
            return funding.add_request(self.territory, self.project_id, changes)
        if not changes:
            return self.record
        return funding.update_request(self.territory, self.record.id, self.record.rev, changes)


class FundingPlanView(QWidget):
    """The Financement tab."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.project_id: str | None = None
        self.plan: Any = None
        self.table = RecordsTable(
            [
                self.tr("Funder"),
                self.tr("Instrument"),
                self.tr("Asked"),
                self.tr("Granted"),
                self.tr("Status"),
            ],
            right=(2, 3),
        )
        self.table.setObjectName("fundingTable")
        self.totals = QLabel()
        self.totals.setObjectName("fundingTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self.tr("Add a request…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Delete"))
        buttons = ActionBar()  # what does not fit goes into its « ⋯ » menu
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.add(button)
        buttons.add_stretch()
        layout = QVBoxLayout(self)
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.add_button.clicked.connect(self.add_request)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.record_activated.connect(self.edit_request)

    def show_project(self, territory: Any, project_id: str, block_reason: str) -> None:
        from municipaless.services.casework import funding

        self.territory, self.project_id = territory, project_id
        self.plan = funding.plan(territory, project_id)
        labels = {
            vocab: {
                v.code: shown_label(vocab, v.code, v.label)
                for v in territory.vocabulary(vocab, include_archived=True)
            }
            for vocab in ("instrument", "funding_status")
        }
        rows, colours = [], {}
        for line in self.plan.lines:
            funder = line.funder or "—"
            if line.is_commune:
                funder += " " + self.tr("(commune)")
            elif line.is_public:
                funder += " " + self.tr("(public)")
            status = labels["funding_status"].get(line.status, line.status)
            if line.decided_on:  # on a second line: the column stays narrow
                status += "\n" + formats.format_date(line.decided_on)
            rows.append(
                (
                    line.request_id,
                    [
                        f"{funder}\n{line.scheme}" if line.scheme else funder,
                        labels["instrument"].get(line.instrument or "", line.instrument or ""),
                        formats.format_money(line.asked_cents),
                        formats.format_money(line.granted_cents),
                        status,
                    ],
                )
            )
            if line.status == FundingStatus.REFUSED:
                colours[line.request_id] = REFUSED
        self.table.set_rows(rows, colours)
        self.totals.setText(self.totals_html())
        set_editable([self.add_button, self.edit_button, self.remove_button], block_reason)
        has_rows = bool(rows) and not block_reason
        self.edit_button.setEnabled(has_rows)
        self.remove_button.setEnabled(has_rows)

    def totals_html(self) -> str:
        plan = self.plan
        if plan is None or not plan.lines:
            return self.tr("No funding request yet.")
        parts = [
            self.tr("Asked: <b>{amount}</b>").format(amount=formats.format_money(plan.asked_cents)),
            self.tr("Granted: <b>{amount}</b>").format(
                amount=formats.format_money(plan.granted_cents)
            ),
        ]
        if plan.granted_cents:
            parts.append(
                self.tr("Public money: <b>{amount}</b> ({share} of the amount granted)").format(
                    amount=formats.format_money(plan.public_cents),
                    share=formats.format_percent(plan.public_share),
                )
            )
        if plan.leverage is None:
            parts.append(self.tr("Leverage: the commune has granted nothing yet"))
        else:
            parts.append(
                self.tr(
                    "Leverage of the commune: <b>{ratio} €</b> from the other funders for "
                    "each euro of the commune ({commune})"
                ).format(
                    ratio=formats.format_count(round(plan.leverage, 1)),
                    commune=formats.format_money(plan.commune_cents),
                )
            )
        return " · ".join(parts[:2]) + "<br>" + "<br>".join(parts[2:])

    # actions -----------------------------------------------------------------------------
    def add_request(self) -> None:
        if self.project_id is None:
            return
        form = FundingForm(self.territory, self.project_id, parent=self)
        form.saved.connect(lambda _r: self.changed.emit())
        form.open()
        self.form = form

    def edit_current(self) -> None:
        row_id = self.table.current_id()
        if row_id:
            self.edit_request(row_id)

    def edit_request(self, row_id: str) -> None:
        record = self.territory.records["funding_request"].get(row_id)
        form = FundingForm(self.territory, record.project_id, record, parent=self)
        form.saved.connect(lambda _r: self.changed.emit())
        form.open()
        self.form = form

    def remove_current(self) -> None:
        row_id = self.table.current_id()
        if not row_id:
            return
        record = self.territory.records["funding_request"].get(row_id)
        what = self.tr("this funding request")
        if confirm_remove(self, self.territory, "funding_request", record, what):
            self.changed.emit()
