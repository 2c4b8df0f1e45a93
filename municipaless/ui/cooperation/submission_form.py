"""« Nouvelle candidature… / Modifier… »: the project (from the case log, or created here with
its porteur as holder), the porteur, the structure porteuse, the category, the amount asked,
the date received, the documents received ticked on the call's checklist, and the partner
structures. Saved by ``services.cooperation.submissions`` in one transaction.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.services.cooperation import submissions
from municipaless.ui.common import theme
from municipaless.ui.cooperation.call_lines import ChoiceField
from municipaless.ui.editing import (
    BoolField,
    DateField,
    MoneyField,
    RecordForm,
    RecordPicker,
    TextField,
    VocabField,
)

_NOT_FIELDS = ("new_project", "new_project_name", "new_project_sector", "partners")
_DATA = Qt.ItemDataRole.UserRole  # a partner line keeps its structure id


class ChecklistField(QWidget):
    """The call's required documents, one box each: ticked = received."""

    edited = Signal()

    def __init__(self, labels: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for label in labels:
            box = QCheckBox(label)
            box.toggled.connect(lambda _on: self.edited.emit())
            layout.addWidget(box)
            self.boxes[label] = box
        if not labels:
            layout.addWidget(QLabel(self.tr("The call asks for no document.")))

    def value(self) -> tuple[str, ...]:
        return tuple(label for label, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for label, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(label in chosen)
            box.blockSignals(False)

    def error(self) -> None:
        return None

    def setFocus(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()


class PartnersEditor(QWidget):
    """The partner structures: picked in the annuaire and added; the same one twice is
    refused on the spot (the service refuses it too)."""

    edited = Signal()

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.picker = RecordPicker(territory, "organisation")
        self.picker.setObjectName("partnerPicker")
        self.picker.setAccessibleName(self.tr("Partner structure to add"))
        self.add_button = QPushButton(self.tr("Add the partner"))
        self.add_button.setObjectName("addPartner")
        self.add_button.clicked.connect(self.add_picked)
        self.list = QListWidget()
        self.list.setObjectName("partnersList")
        self.list.setAccessibleName(self.tr("Partners"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 5 + 8)
        self.remove_button = QPushButton(self.tr("Remove the partner"))
        self.remove_button.setObjectName("removePartner")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        theme.set_tone(self.message, "error")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_picked(self) -> bool:
        organisation_id = self.picker.value()
        if not organisation_id:
            return False
        name = self.picker.currentText()
        if organisation_id in self.value():
            self.message.setText(
                self.tr("« {name} » is already a partner of this application.").format(name=name)
            )
            self.message.show()
            return False
        self.message.hide()
        self._add(organisation_id, name)
        self.picker.set_value(None)
        self.edited.emit()
        return True

    def _add(self, organisation_id: str, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(_DATA, organisation_id)
        self.list.addItem(item)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
            self.edited.emit()

    def value(self) -> tuple[str, ...]:
        return tuple(self.list.item(n).data(_DATA) for n in range(self.list.count()))

    def set_value(self, value: Any) -> None:
        self.list.clear()
        for organisation_id, name in value or ():
            self._add(organisation_id, name)

    def error(self) -> None:
        return None

    def setFocus(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        self.picker.setFocus()


class SubmissionForm(RecordForm):
    def __init__(
        self, territory: Any, call: Any, record: Any = None, parent: QWidget | None = None
    ):
        super().__init__(
            territory,
            "submission",
            record,
            title=self.tr("Application") if record else self.tr("New application"),
            parent=parent,
        )
        self.setObjectName("submissionForm")
        self.call = call
        self.error_aliases = {"project_name": "new_project_name"}
        self.add_section(self.tr("The project"))
        self.new_project = self.add_field(
            "new_project", self.tr("New project"), BoolField(self.tr("Create it in the case log"))
        )
        self.project = self.add_field(
            "project_id", self.tr("Project"), RecordPicker(territory, "project")
        )
        self.project_name = self.add_field(
            "new_project_name", self.tr("New project's name"), TextField()
        )
        self.project_sector = self.add_field(
            "new_project_sector", self.tr("New project's sector"), VocabField(territory, "sector")
        )
        self.add_field("person_id", self.tr("Porteur"), RecordPicker(territory, "person"))
        self.add_field(
            "organisation_id", self.tr("Lead structure"), RecordPicker(territory, "organisation")
        )
        self.add_section(self.tr("The application"))
        self.category = self.add_field(
            "category",
            self.tr("Category"),
            ChoiceField([(str(c["label"]), str(c["label"])) for c in call.categories], "—"),
        )
        self.add_field("asked_cents", self.tr("Amount asked"), MoneyField())
        received = self.add_field("received_on", self.tr("Received on"), DateField())
        self.documents = self.add_field(
            "documents", self.tr("Documents received"), ChecklistField(call.required_documents)
        )
        self.partners = self.add_field("partners", self.tr("Partners"), PartnersEditor(territory))
        if record is None:
            received.set_value(dt.date.today().isoformat())
        else:  # the project is chosen: the new project's rows would only be greyed noise
            for field in (self.new_project, self.project_name, self.project_sector):
                self.form_layout.setRowVisible(field.parentWidget(), False)
            self.partners.set_value(
                [
                    (p.record.organisation_id, p.name)
                    for p in submissions.partners(territory, record.id)
                ]
            )
        self.new_project.toggled.connect(lambda _on: self._sync_project())
        self._sync_project()
        self.finish()
        self._sync_project()

    def _sync_project(self) -> None:
        """Either a project of the case log or a new one's name and sector."""
        new = self.new_project.isChecked()
        writable = not self.territory.read_only
        self.project.setEnabled(writable and not new)
        self.project_name.setEnabled(writable and new)
        self.project_sector.setEnabled(writable and new)

    def errors(self) -> dict[str, str]:
        problems = super().errors()
        if self.new_project.isChecked():
            problems.pop("project_id", None)
        return problems

    def changes(self) -> dict[str, Any]:
        values = self.values()
        for name in _NOT_FIELDS:
            values.pop(name, None)
        if self.new_project.isChecked():
            values.pop("project_id", None)
        if self.record is None:
            return values
        return {k: v for k, v in values.items() if _same(getattr(self.record, k)) != _same(v)}

    def save(self, changes: dict[str, Any]) -> Any:
        partners = list(self.partners.value())
        if self.record is None:
            new_project = None
            if self.new_project.isChecked():
                new_project = {
                    "name": self.project_name.value() or "",
                    "sector": self.project_sector.value(),
                }
            return submissions.create_submission(
                self.territory, self.call.id, changes, partners=partners, new_project=new_project
            )
        return submissions.update_submission(
            self.territory, self.record.id, self.record.rev, changes, partners=partners
        )


def _same(value: Any) -> Any:
    if value in ("", None):
        return None
    if isinstance(value, list):
        return tuple(value)
    return value
