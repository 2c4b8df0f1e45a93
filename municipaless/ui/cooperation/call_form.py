"""« Nouvel appel à projets… / Modifier… »: the call, its rules, calendar, grille and jury in
one form, saved in one transaction by ``services.cooperation.calls`` (a refusal leaves the
form open with each message under its field).
"""

from typing import Any

from PySide6.QtWidgets import QWidget

from municipaless.core.statuses import CallStatus
from municipaless.services.cooperation import calls, eligibility
from municipaless.ui.cooperation.call_lines import (
    ChoiceField,
    EditableLines,
    JuryLines,
    LineColumn,
)
from municipaless.ui.editing import (
    ChallengesField,
    DateField,
    IntField,
    MoneyField,
    NotesField,
    RecordForm,
    RecordPicker,
    TextField,
)

_LINES = ("criteria", "jury")  # edited here, saved as rows of their own


class CallForm(RecordForm):
    def __init__(self, territory: Any, record: Any = None, parent: QWidget | None = None):
        super().__init__(
            territory,
            "project_call",
            record,
            title=self.tr("Call for projects") if record else self.tr("New call for projects"),
            parent=parent,
        )
        self.setObjectName("callForm")
        self.add_section(self.tr("The call"))
        self.title_field = self.add_field("title", self.tr("Title"), TextField(), required=True)
        self.reference = self.add_field("reference", self.tr("Reference"), TextField())
        if record is None:
            self.reference.setPlaceholderText(calls.next_reference(territory))
            self.reference.setToolTip(self.tr("Leave empty to take the proposed reference."))
        self.add_field("description", self.tr("Description"), NotesField(lines=3))
        self.add_field(
            "status",
            self.tr("Status"),
            ChoiceField([(status.shown, status.value) for status in CallStatus]),
        )
        self.add_field("challenges", self.tr("Local challenges"), ChallengesField(territory))
        funder = self.add_field(
            "funder_id", self.tr("Funder"), RecordPicker(territory, "organisation")
        )
        funder.setToolTip(self.tr("Leave empty when the commune pays the awards."))

        self.add_section(self.tr("Rules"))
        self.categories = self.add_field(
            "categories",
            self.tr("Categories"),
            EditableLines(
                "categoriesTable",
                [
                    LineColumn("label", self.tr("Category"), stretch=True),
                    LineColumn("min_partners", self.tr("Minimum partners"), "int", 0),
                ],
                self.tr("Add a category"),
                rows_shown=3,
            ),
        )
        self.add_field("min_partners", self.tr("Partners required in every category"), IntField())
        self.add_field("max_amount_cents", self.tr("Ceiling per award"), MoneyField())
        self.add_field("envelope_cents", self.tr("Envelope"), MoneyField())
        self.documents = self.add_field(
            "required_documents",
            self.tr("Documents required"),
            EditableLines(
                "documentsTable",
                [LineColumn("label", self.tr("Document"), stretch=True)],
                self.tr("Add a document"),
                single=True,
                rows_shown=3,
            ),
        )

        self.add_section(self.tr("Calendar"))
        self.add_field("launch_on", self.tr("Launch"), DateField())
        self.add_field("deadline_on", self.tr("Deadline"), DateField())
        self.add_field("jury_on", self.tr("Jury"), DateField())
        self.add_field("notification_on", self.tr("Notification"), DateField())

        self.add_section(self.tr("Scoring grid"))
        self.criteria = self.add_field(
            "criteria",
            self.tr("Criteria"),
            EditableLines(
                "criteriaTable",
                [
                    LineColumn("label", self.tr("Criterion"), stretch=True),
                    LineColumn("weight", self.tr("Weight"), "float", 1.0),
                    LineColumn("max_score", self.tr("Out of"), "int", 5),
                    LineColumn("description", self.tr("What the jury looks at"), stretch=True),
                ],
                self.tr("Add a criterion"),
                ordered=True,
            ),
        )
        self.add_section(self.tr("Jury"))
        self.jury = self.add_field("jury", self.tr("Members"), JuryLines(territory))
        if record is not None:
            self.criteria.set_value(
                [
                    {
                        "id": x.id,
                        "rev": x.rev,
                        "label": x.label,
                        "weight": x.weight,
                        "max_score": x.max_score,
                        "description": x.description,
                    }
                    for x in calls.criteria(territory, record.id)
                ]
            )
            self.jury.set_members(calls.jury(territory, record.id))
        self.finish()
        self.title_field.setFocus()

    def changes(self) -> dict[str, Any]:
        values = self.values()
        for name in _LINES:
            values.pop(name, None)
        if self.record is None:
            return values
        return {k: v for k, v in values.items() if _same(getattr(self.record, k)) != _same(v)}

    def save(self, changes: dict[str, Any]) -> Any:
        criteria = list(self.criteria.value())
        jury = list(self.jury.value())
        if self.record is None:
            return calls.create_call(self.territory, changes, criteria=criteria, jury=jury)
        with self.territory.transaction():  # the call, then the verdicts its rules give
            call = calls.update_call(
                self.territory,
                self.record.id,
                self.record.rev,
                changes,
                criteria=criteria,
                jury=jury,
            )
            eligibility.refresh_checked(self.territory, call.id)
        return call


def _same(value: Any) -> Any:
    if value in ("", None):
        return None
    if isinstance(value, list):
        return tuple(value)
    return value
