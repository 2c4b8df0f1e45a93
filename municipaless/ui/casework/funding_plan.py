"""Financement: the plan de financement of a project — its needs (``budget_editor.py``)
beside its funding requests, the balance, the export — and the form of a request.

Totals and ratios come from ``funding.plan`` (the service owns the definitions: refused
requests are shown but not summed; public money is granted by a public funder or the
commune; the effet levier is what the other funders granted for each euro of the commune).
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.statuses import FundingStatus
from municipaless.core.vocabularies import shown_label
from municipaless.ui.casework.budget_editor import NeedsView
from municipaless.ui.casework.common import CaseworkForm, RecordsTable, set_editable
from municipaless.ui.common import file_dialogs, theme
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.export_runner import ExportRunner, remove_if_cancelled
from municipaless.ui.common.workers import Job
from municipaless.ui.editing import (
    BoolField,
    DateField,
    IntField,
    MoneyField,
    TextField,
    VocabField,
    confirm_remove,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
REFUSED = "muted"  # a theme role; the status column says « refusée »
NEEDS, RESOURCES = range(2)  # the sides of the plan, in « Besoins | Ressources »
PENDING = "submission:"  # row id of a candidature counted as expected (no request yet)


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
        self.add_field("budget_year", self.tr("Year of the plan (optional)"), IntField())
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
    """The Financement tab: the needs (``budget_editor.NeedsView``) beside the resources (the
    funding requests, and the candidatures still before a jury), the balance in words under
    both, and « Exporter le plan de financement… ». Narrower than ``WIDE`` (a 1024×600
    screen), one side at a time behind « Besoins | Ressources »."""

    changed = Signal()
    WIDE = 720

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.project_id: str | None = None
        self.plan: Any = None
        self.budget: Any = None  # budget.plan: needs against resources
        self.form: Any = None
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
        self.table.setAccessibleName(self.tr("Resources of the financing plan"))
        self.totals = QLabel()
        self.totals.setObjectName("fundingTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self.tr("Add a request…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("Export the financing plan…"))
        self.button_bar = ActionBar()  # what does not fit goes into its « ⋯ » menu
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.button_bar.add(button)
        self.button_bar.add_stretch()
        self.resources = QWidget()
        self.head = QHBoxLayout()  # « Besoins | Ressources » goes first here when narrow
        self.head.addWidget(self.button_bar, 1)
        side = QVBoxLayout(self.resources)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(self.head)
        side.addWidget(self.table, 1)
        side.addWidget(self.totals)
        self.needs = NeedsView()

        self.sides = QTabBar()  # shown only when the two sides do not fit side by side
        self.sides.setAccessibleName(self.tr("Side of the financing plan"))
        self.sides.setExpanding(False)
        self.sides.setDrawBase(False)
        self.sides.addTab(self.tr("Needs"))
        self.sides.addTab(self.tr("Resources"))
        self.sides.setCurrentIndex(RESOURCES)
        both = QHBoxLayout()  # a hidden side takes no room: the other gets it all
        both.addWidget(self.needs, 1)
        both.addWidget(self.resources, 1)
        self.balance = QLabel()
        self.balance.setObjectName("fundingBalance")
        self.balance.setWordWrap(True)
        self.balance.setTextFormat(Qt.TextFormat.RichText)
        export_bar = ActionBar()  # on a narrow screen, into its « ⋯ » rather than a scroll
        export_bar.add(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.balance, 1)
        bottom.addWidget(export_bar)
        layout = QVBoxLayout(self)
        layout.addLayout(both, 1)
        layout.addLayout(bottom)
        self.exports = ExportRunner(self)
        self.add_button.clicked.connect(self.add_request)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.record_activated.connect(self.edit_request)
        self.needs.changed.connect(self.changed)
        self.sides.currentChanged.connect(lambda _i: self._arrange())
        self.export_button.clicked.connect(self.export_plan)
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Both sides when wide enough, else the one chosen in « Besoins | Ressources »."""
        wide = self.width() >= self.WIDE
        front = self.sides.currentIndex()
        if not wide:  # the switch goes first in the row of the side in front
            (self.needs.head if front == NEEDS else self.head).insertWidget(0, self.sides)
        self.sides.setVisible(not wide)
        self.needs.setVisible(wide or front == NEEDS)
        self.resources.setVisible(wide or front == RESOURCES)

    def show_side(self, index: int) -> None:
        """NEEDS or RESOURCES in front (both stay shown on a wide window)."""
        self.sides.setCurrentIndex(index)

    def show_project(self, territory: Any, project_id: str, block_reason: str) -> None:
        from municipaless.services.casework import budget, funding

        self.territory, self.project_id = territory, project_id
        self.plan = funding.plan(territory, project_id)
        self.budget = budget.plan(territory, project_id)
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
        for r in self.budget.resources:  # a candidature before its jury: counted as expected
            if r.request_id is None and r.submission_id:
                row_id = PENDING + r.submission_id
                rows.append(
                    (
                        row_id,
                        [
                            f"{r.funder}\n{r.detail}",
                            labels["instrument"].get(r.instrument, r.instrument),
                            formats.format_money(r.amount_cents),
                            "",
                            self.tr("Before the jury"),
                        ],
                    )
                )
                colours[row_id] = "muted"
        self.table.set_rows(rows, colours)
        self.totals.setText(self.totals_html())
        set_editable([self.add_button, self.edit_button, self.remove_button], block_reason)
        has_rows = bool(self.plan.lines) and not block_reason
        self.edit_button.setEnabled(has_rows)
        self.remove_button.setEnabled(has_rows)
        self.needs.show_plan(territory, project_id, self.budget, block_reason)
        self.sides.setTabText(NEEDS, self.tr("Needs ({n})").format(n=len(self.budget.needs)))
        self.sides.setTabText(RESOURCES, self.tr("Resources ({n})").format(n=len(rows)))
        self.show_balance()

    def show_balance(self) -> None:
        """The balance in words, in the tone of what it says (never colour alone); one line,
        the figures behind it (and each year's) in its tooltip."""
        plan = self.budget
        money = formats.format_money
        if plan is None or not plan.needs:  # resources alone are no « excédent »
            text, tone = (
                self.tr("Add the project's needs to see whether its plan balances."),
                "muted",
            )
        elif plan.balance_cents == 0:
            text, tone = self.tr("<b>Balanced plan</b>: the resources cover the needs."), "success"
        elif plan.balance_cents > 0:
            text = self.tr("<b>Still to finance: {amount}</b> ({share} of the needs)").format(
                amount=money(plan.balance_cents, always_cents=True),
                share=formats.format_percent(plan.share(plan.balance_cents)),
            )
            tone = "warning"
        else:
            text = self.tr("<b>Excess: {amount}</b> of resources beyond the needs").format(
                amount=money(-plan.balance_cents, always_cents=True)
            )
            tone = "info"
        self.balance.setText(text)
        self.balance.setAccessibleName(text.replace("<b>", "").replace("</b>", ""))
        theme.set_tone(self.balance, tone)
        if plan is None or not plan.needs:
            self.balance.setToolTip("")
            return
        lines = [
            self.tr(
                "Needs {needs}; resources {resources}: {obtained} obtained, {expected} expected"
            ).format(
                needs=money(plan.needs_cents),
                resources=money(plan.resources_cents),
                obtained=money(plan.obtained_cents),
                expected=money(plan.expected_cents),
            )
        ]
        lines += [
            self.tr("{year}: needs {needs}, resources {resources}, balance {balance}").format(
                year=c.year if c.year is not None else self.tr("no year"),
                needs=money(c.needs_cents),
                resources=money(c.obtained_cents + c.expected_cents),
                balance=money(c.balance_cents),
            )
            for c in plan.years
        ]
        self.balance.setToolTip("\n".join(lines))

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
        if row_id.startswith(PENDING):  # a candidature: the call's page decides it
            return
        record = self.territory.records["funding_request"].get(row_id)
        form = FundingForm(self.territory, record.project_id, record, parent=self)
        form.saved.connect(lambda _r: self.changed.emit())
        form.open()
        self.form = form

    def remove_current(self) -> None:
        row_id = self.table.current_id()
        if not row_id or row_id.startswith(PENDING):
            return
        record = self.territory.records["funding_request"].get(row_id)
        what = self.tr("this funding request")
        if confirm_remove(self, self.territory, "funding_request", record, what):
            self.changed.emit()

    def export_plan(self) -> None:
        """« Exporter le plan de financement… »: DOCX or XLSX, written on a worker."""
        if self.territory is None or self.project_id is None:
            return
        project = self.territory.records["project"].get(self.project_id)
        path, chosen = file_dialogs.ask_save(
            self,
            "project",
            self.tr("Export the financing plan"),
            f"plan-financement-{project.reference}.docx",
            "Word (*.docx);;Excel (*.xlsx)",
        )
        if path is None:
            return
        if path.suffix.lower() not in (".docx", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in chosen else ".docx")
        project_id = project.id

        def work(territory: Any, _job: Job) -> Path:
            from municipaless.services.casework import funding_plan_document

            written = funding_plan_document.write(territory, project_id, path)
            return remove_if_cancelled(_job, written)

        self.exports.start(self.territory, work, self.tr("Writing the financing plan…"))
