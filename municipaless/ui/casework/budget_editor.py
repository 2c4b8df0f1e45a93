"""Besoins of the plan de financement: the project's investment and operating costs (table with
Ajouter / Modifier / Supprimer / Monter / Descendre) and the form of one need.

The service (``services/casework/budget.py``) checks every value and says what is wrong in
French (no label, no amount above zero, a year that is not one); the form shows it under the
field and keeps what was typed.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from municipaless.core import formats
from municipaless.core.vocabularies import shown_label
from municipaless.ui.casework.common import CaseworkForm, RecordsTable, set_editable
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.editing import (
    IntField,
    MoneyField,
    TextField,
    VocabField,
    confirm_remove,
    show_storage_error,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class NeedForm(CaseworkForm):
    """One need: its kind (investment or operating), label, year (optional), amount."""

    def __init__(
        self, territory: Any, project_id: str, record: Any = None, parent: QWidget | None = None
    ):
        title = (
            translate("NeedForm", "New need")
            if record is None
            else translate("NeedForm", "Need of the financing plan")
        )
        super().__init__(territory, "budget_line", record, title=title, parent=parent)
        self.project_id = project_id
        kind = self.add_field(
            "kind", self.tr("Kind"), VocabField(territory, "budget_kind", allow_empty=False)
        )
        self.add_field("label", self.tr("Label"), TextField(), required=True)
        self.add_field("amount_cents", self.tr("Amount"), MoneyField(), required=True)
        self.add_field("year", self.tr("Year (optional)"), IntField())
        if record is None:
            kind.set_value("investissement")
        self.fit(480, 300)
        self.finish()

    def write(self, changes: dict) -> Any:
        from municipaless.services.casework import budget

        if self.record is None:
            return budget.add_need(self.territory, self.project_id, changes)
        if not changes:
            return self.record
        return budget.update_need(self.territory, self.record.id, self.record.rev, changes)


class NeedsView(QWidget):
    """The needs of the shown project; ``changed`` after a write (the tab re-reads the plan)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.project_id: str | None = None
        self.form: NeedForm | None = None
        self.table = RecordsTable(
            [self.tr("Need"), self.tr("Kind"), self.tr("Year"), self.tr("Amount")], right=(3,)
        )
        self.table.setObjectName("needsTable")
        self.table.setAccessibleName(self.tr("Needs of the financing plan"))
        self.summary = QLabel()
        self.summary.setObjectName("needsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self.tr("Add a need…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.button_bar = ActionBar()  # what does not fit goes into its « ⋯ » menu
        for button in self.buttons():
            self.button_bar.add(button)
        self.button_bar.add_stretch()
        self.head = QHBoxLayout()  # the tab puts « Besoins | Ressources » first when narrow
        self.head.addWidget(self.button_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(self.add_need)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.table.record_activated.connect(self.edit_need)

    def buttons(self) -> list[QPushButton]:
        return [
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ]

    def show_plan(self, territory: Any, project_id: str, plan: Any, block_reason: str) -> None:
        """Fill from ``plan`` (``budget.plan``), keeping the selected need selected."""
        self.territory, self.project_id = territory, project_id
        kinds = {
            v.code: shown_label("budget_kind", v.code, v.label)
            for v in territory.vocabulary("budget_kind", include_archived=True)
        }
        current = self.table.current_id()
        rows = [
            (
                need.id,
                [
                    need.label,
                    kinds.get(need.kind, need.kind),
                    "" if need.year is None else str(need.year),
                    formats.format_money(need.amount_cents),
                ],
            )
            for need in plan.needs
        ]
        self.table.set_rows(rows)
        if current is not None and (row := self.table.row_of(current)) is not None:
            self.table.selectRow(row)
        if plan.needs:
            self.summary.setText(
                self.tr(
                    "Investment: <b>{investment}</b> · Operating: <b>{operating}</b> · "
                    "Total: <b>{total}</b>"
                ).format(
                    investment=formats.format_money(plan.investment_cents),
                    operating=formats.format_money(plan.operating_cents),
                    total=formats.format_money(plan.needs_cents),
                )
            )
        else:
            self.summary.setText(self.tr("No need yet: add the project's costs."))
        set_editable(self.buttons(), block_reason)
        has_rows = bool(rows) and not block_reason
        for button in self.buttons()[1:]:
            button.setEnabled(has_rows)
        if not block_reason and len(rows) < 2:
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)

    # actions -----------------------------------------------------------------------------
    def add_need(self) -> None:
        if self.project_id is None:
            return
        self._open(NeedForm(self.territory, self.project_id, parent=self))

    def edit_current(self) -> None:
        row_id = self.table.current_id()
        if row_id:
            self.edit_need(row_id)

    def edit_need(self, row_id: str) -> None:
        record = self.territory.records["budget_line"].get(row_id)
        self._open(NeedForm(self.territory, record.project_id, record, parent=self))

    def _open(self, form: NeedForm) -> None:
        form.saved.connect(lambda _r: self.changed.emit())
        form.open()
        self.form = form

    def remove_current(self) -> None:
        row_id = self.table.current_id()
        if not row_id:
            return
        record = self.territory.records["budget_line"].get(row_id)
        what = self.tr("the need « {label} »").format(label=record.label)
        if confirm_remove(self, self.territory, "budget_line", record, what):
            self.changed.emit()

    def move_current(self, step: int) -> None:
        from municipaless.services.casework import budget
        from municipaless.storage.errors import StorageError

        row_id = self.table.current_id()
        if not row_id:
            return
        try:
            budget.move_need(self.territory, row_id, step)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.changed.emit()
