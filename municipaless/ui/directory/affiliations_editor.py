"""A person's jobs inside the person form: add one, correct one, end one with a date.

When someone changes job the old affiliation is *ended*, never rewritten, so the history stays
("who was chargée de mission at France Active in 2023"). Deleting is for a line typed by
mistake. Like the offers editor, nothing is written until the person form saves, in one
transaction with the person.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from municipaless.core import formats, validation
from municipaless.ui.common.lines_editor import LinesEditor
from municipaless.ui.common.small_tables import ColumnDef
from municipaless.ui.editing import DateField, RecordForm, RecordPicker, TextField

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FIELDS = ("organisation_id", "role", "email", "phone", "start_on", "end_on")


class _Line:
    def __init__(self, values: dict):
        for name in FIELDS:
            setattr(self, name, values.get(name))


class AffiliationDialog(RecordForm):
    """One job: structure, role, professional e-mail and phone, start and end dates."""

    def __init__(self, territory: Any, values: dict | None, parent: QWidget | None = None):
        super().__init__(
            territory,
            "affiliation",
            _Line(values) if values else None,
            title=translate("AffiliationDialog", "Job"),
            parent=parent,
        )
        self.setObjectName("affiliationDialog")
        self.picker = self.add_field(
            "organisation_id",
            self.tr("Structure"),
            RecordPicker(territory, "organisation"),
            required=True,
        )
        self.add_field(
            "role", self.tr("Role"), TextField(placeholder=self.tr("e.g. project officer"))
        )
        self.add_field("email", self.tr("Professional e-mail"), TextField(validation.check_email))
        self.add_field(
            "phone",
            self.tr("Professional phone"),
            TextField(validation.check_phone, display=_phone),
        )
        self.add_field("start_on", self.tr("Since"), DateField())
        self.add_field("end_on", self.tr("Until"), DateField())
        self.finish()

    def errors(self) -> dict[str, str]:
        problems = super().errors()
        start, end = self.fields["start_on"].value(), self.fields["end_on"].value()
        if start and end and end < start and "end_on" not in problems:
            problems["end_on"] = self.tr("The end date is before the start date.")
        return problems

    def save(self, changes: dict) -> dict:
        return {**self.values(), "organisation_name": self.picker.currentText()}


class EndDialog(RecordForm):
    """« Terminer la fonction »: the date the person left (default today)."""

    def __init__(self, territory: Any, start_on: str | None, parent: QWidget | None = None):
        super().__init__(
            territory,
            "affiliation",
            _Line({"end_on": dt.date.today().isoformat()}),
            title=translate("EndDialog", "End the job"),
            parent=parent,
        )
        self.setObjectName("endDialog")
        self._start = start_on
        self.add_field("end_on", self.tr("Left on"), DateField(), required=True)
        self.finish()
        self.setMinimumWidth(360)

    def errors(self) -> dict[str, str]:
        problems = super().errors()
        end = self.fields["end_on"].value()
        if end and self._start and end < self._start and not problems:
            problems["end_on"] = self.tr("The end date is before the start date.")
        return problems

    def save(self, changes: dict) -> dict:
        return self.values()


class AffiliationsEditor(LinesEditor):
    """The person's jobs as a table, current ones first; the form reads ``pending()``."""

    MOST_WIDTH, LEAST_WIDTHS = 240, (200, 150, 90, 90, 160)

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(territory, parent)  # lines: FIELDS + organisation_name (+ id, rev)
        self.removed: list[tuple[str, int]] = []  # saved affiliations deleted (mistakes)
        self._today = dt.date.today().isoformat()
        self.add_button = QPushButton(self.tr("Add a job…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.end_button = QPushButton(self.tr("End…"))
        self.end_button.setToolTip(
            self.tr("The person left this structure: the job stays in their history.")
        )
        self.remove_button = QPushButton(self.tr("Delete"))
        self.remove_button.setToolTip(
            self.tr("Only for a line typed by mistake; when someone leaves, use End.")
        )
        self.build(
            "affiliationsTable",
            [
                ColumnDef(self.tr("Structure"), lambda line: line.get("organisation_name") or ""),
                ColumnDef(self.tr("Role"), lambda line: line.get("role") or ""),
                ColumnDef(self.tr("Since"), lambda line: formats.format_date(line.get("start_on"))),
                ColumnDef(self.tr("Until"), lambda line: formats.format_date(line.get("end_on"))),
                ColumnDef(self.tr("E-mail"), lambda line: line.get("email") or ""),
                ColumnDef(self.tr("Phone"), lambda line: _phone(line.get("phone"))),
            ],
            [
                (self.add_button, self.add),
                (self.edit_button, self.edit_selected),
                (self.end_button, self.end_selected),
                (self.remove_button, self.remove_selected),
            ],
            style=self._style,
        )

    # lines -------------------------------------------------------------------------------
    def set_history(self, rows: list[Any]) -> None:
        """From services.directory.history_of (AffiliationRow)."""
        self.lines = []
        for row in rows:
            a = row.affiliation
            line = {name: getattr(a, name) for name in FIELDS}
            line.update(id=a.id, rev=a.rev, organisation_name=row.organisation_name)
            self.lines.append(line)
        self.removed, self.changed = [], False
        self._refresh()

    def _style(self, line: dict) -> Any:
        """A past job reads greyed out, like history."""
        ended = bool(line.get("end_on")) and line["end_on"] < self._today
        return self.palette().placeholderText() if ended else ""

    def _refresh(self, select: int | None = None) -> None:
        self._today = dt.date.today().isoformat()
        super()._refresh(select)

    def _sync_buttons(self) -> None:
        writable = self.writable()
        row = self._selected()
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(writable and row is not None)
        self.end_button.setEnabled(
            writable and row is not None and not self.lines[row].get("end_on")
        )

    # actions -----------------------------------------------------------------------------
    def add(self) -> AffiliationDialog:
        dialog = AffiliationDialog(self.territory, None, parent=self)
        dialog.saved.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, values: dict) -> None:
        self.lines.insert(0, dict(values))
        self.changed = True
        self._refresh(select=0)

    def edit_selected(self) -> AffiliationDialog | None:
        row = self._selected()
        if row is None or not self.edit_button.isEnabled():
            return None
        dialog = AffiliationDialog(self.territory, self.lines[row], parent=self)
        dialog.saved.connect(lambda values, r=row: self._update(r, values))
        dialog.open()
        return dialog

    def end_selected(self) -> EndDialog | None:
        row = self._selected()
        if row is None or not self.end_button.isEnabled():
            return None
        dialog = EndDialog(self.territory, self.lines[row].get("start_on"), parent=self)
        dialog.saved.connect(lambda values, r=row: self._update(r, values))
        dialog.open()
        return dialog

    def _update(self, row: int, values: dict) -> None:
        line = self.lines[row]
        for name, value in values.items():
            if line.get(name) != value:
                line[name] = value
                line.setdefault("_changed", set()).add(name)
        self.changed = True
        self._refresh(select=row)

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        line = self.lines.pop(row)
        if line.get("id"):
            self.removed.append((line["id"], line["rev"]))
        self.changed = True
        self._refresh()

    def save_for(self, person_id: str) -> None:
        """Write the pending changes (inside the person form's transaction)."""
        from municipaless.services import directory

        for affiliation_id, rev in self.removed:
            self.territory.remove("affiliation", affiliation_id, rev)
        for line in self.lines:
            if not line.get("id"):
                directory.add_affiliation(
                    self.territory,
                    person_id,
                    line["organisation_id"],
                    **{name: line.get(name) for name in FIELDS[1:]},
                )
            elif line.get("_changed"):
                changes = {name: line.get(name) for name in line["_changed"] if name in FIELDS}
                if changes:
                    directory.update_affiliation(self.territory, line["id"], line["rev"], changes)


def _phone(value: Any) -> str:
    return formats.format_phone(value) or ("" if value is None else str(value))
