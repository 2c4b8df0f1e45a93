"""Nouvelle entrée du suivi / Modifier l'entrée: accueil, entretien, appel… with the people
met and the structures involved (``services/casework/case_events.py`` writes the entry and its
participants in one transaction)."""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.casework.common import CaseworkForm
from municipaless.ui.common import theme
from municipaless.ui.common.display import record_title
from municipaless.ui.editing import (
    DateField,
    IntField,
    NotesField,
    RecordPicker,
    TextField,
    VocabField,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class LinkedRecordsField(QWidget):
    """Several people (or structures) of the annuaire: a list, a picker, Add and Remove.
    Editing-kit protocol: ``value()`` is the tuple of ids."""

    edited = Signal()

    def __init__(self, territory: Any, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory = territory
        self.kind = kind
        self.list = QListWidget()
        self.list.setMaximumHeight(76)
        self.picker = RecordPicker(territory, kind)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.hint = QLabel()  # « Aucune personne ne correspond à … »: the text typed stays
        theme.set_tone(self.hint, "error")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.picker.hint_changed.connect(self._hint)
        self.add_button.clicked.connect(self.add_picked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.picker.activated.connect(lambda _i: self.add_picked())

    def _hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def add_picked(self) -> None:
        row_id = self.picker.value()
        if row_id is None or row_id in self.value():
            return
        self._add(row_id, self.picker.currentText())
        self.picker.set_value(None)
        self.edited.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.edited.emit()

    def _add(self, row_id: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, row_id)
        self.list.addItem(item)

    def value(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
        )

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def error(self) -> None:
        return None

    def set_value(self, ids: Any) -> None:
        self.list.clear()
        for row_id in ids or ():
            try:
                record = self.territory.records[self.kind].get(row_id, include_deleted=True)
                label = record_title(self.kind, record)
            except StorageError:
                label = "—"
            self._add(row_id, label)


class CaseEventForm(CaseworkForm):
    def __init__(
        self, territory: Any, project_id: str, record: Any = None, parent: QWidget | None = None
    ):
        title = (
            translate("CaseEventForm", "New case log entry")
            if record is None
            else translate("CaseEventForm", "Edit the case log entry")
        )
        super().__init__(territory, "case_event", record, title=title, parent=parent)
        self.project_id = project_id
        self.error_aliases = {"participants": "person_ids"}
        self.kind = self.add_field(
            "kind",
            self.tr("Kind"),
            VocabField(territory, "case_event_kind", allow_empty=False),
            required=True,
        )
        self.occurred_on = self.add_field(
            "occurred_on", self.tr("Date"), DateField(), required=True
        )
        self.add_field("duration_min", self.tr("Duration (minutes)"), IntField())
        self.add_field("subject", self.tr("Subject"), TextField())
        self.add_field("notes", self.tr("Notes"), NotesField(lines=5))
        self.people = self.add_field(
            "person_ids", self.tr("People met"), LinkedRecordsField(territory, "person")
        )
        self.organisations = self.add_field(
            "organisation_ids",
            self.tr("Structures involved"),
            LinkedRecordsField(territory, "organisation"),
        )
        if record is None:
            self.occurred_on.set_value(dt.date.today().isoformat())
        else:
            from municipaless.services.casework import case_events

            involved = case_events.participants(territory, record.id)
            self.people.set_value(involved.person_ids)
            self.organisations.set_value(involved.organisation_ids)
        self.fit(620, 620)
        self.finish()

    def changes(self) -> dict:
        return self.values()  # the service takes the whole entry (participants included)

    def write(self, values: dict) -> Any:
        from municipaless.services.casework import case_events

        event = case_events.EventInput(
            kind=values["kind"] or "",
            occurred_on=values["occurred_on"] or "",
            duration_min=values["duration_min"],
            subject=values["subject"] or "",
            notes=values["notes"] or "",
            person_ids=tuple(values["person_ids"]),
            organisation_ids=tuple(values["organisation_ids"]),
        )
        if self.record is None:
            return case_events.add_event(self.territory, self.project_id, event)
        return case_events.update_event(self.territory, self.record.id, self.record.rev, event)
