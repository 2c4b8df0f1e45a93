"""The atelier's form (« Nouvel atelier… », « Modifier… ») and the registration's
(« Inscrire… »): the editing kit's RecordForm, saved through services/cooperation/workshops.

Registering: pick a porteur of the annuaire, then one of the projects they carry (filled as
soon as the person is chosen; the only one is taken), or type a name. A full atelier says so
in the form and asks once more before registering beyond its capacity.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QWidget

from municipaless.core.statuses import WorkshopStatus
from municipaless.ui.common import theme
from municipaless.ui.editing import (
    ChallengesField,
    DateTimeField,
    IntField,
    NotesField,
    RecordForm,
    RecordPicker,
    TextField,
)


class StatusField(QComboBox):
    """Prévu / réalisé / annulé, in the officer's language (field protocol of the kit)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        for status in WorkshopStatus:
            self.addItem(status.shown, status.value)
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> str:
        return str(self.currentData())

    def error(self) -> None:
        return None

    def set_value(self, code: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(code or WorkshopStatus.PLANNED)))


class WorkshopForm(RecordForm):
    """An atelier: title, theme, dates, place, trainer, capacity, status, enjeux."""

    def __init__(self, territory: Any, record: Any = None, parent: QWidget | None = None):
        title = self.tr("Workshop") if record is not None else self.tr("New workshop")
        super().__init__(territory, "workshop", record, title=title, parent=parent)
        self.add_field("title", self.tr("Title"), TextField(), required=True)
        self.add_field("theme", self.tr("Theme"), TextField())
        self.add_field("starts_at", self.tr("Starts"), DateTimeField(), required=True)
        self.add_field("ends_at", self.tr("Ends"), DateTimeField())
        self.add_field("place", self.tr("Place"), TextField())
        self.add_section(self.tr("Trainer and places"))
        self.add_field("trainer_person_id", self.tr("Trainer"), RecordPicker(territory, "person"))
        self.add_field(
            "trainer_organisation_id",
            self.tr("Trainer's organisation"),
            RecordPicker(territory, "organisation"),
        )
        capacity = self.add_field("capacity", self.tr("Capacity (places)"), IntField())
        capacity.setPlaceholderText(self.tr("no limit"))
        self.add_field("status", self.tr("Status"), StatusField())
        self.add_field("challenges", self.tr("Local challenges"), ChallengesField(territory))
        self.add_field("description", self.tr("Programme"), NotesField(lines=3))
        self.error_aliases = {}
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import workshops

        if self.record is None:
            return workshops.create_workshop(self.territory, changes)
        if not changes:
            return self.record
        return workshops.update_workshop(self.territory, self.record.id, self.record.rev, changes)


class ProjectChoice(QComboBox):
    """The projects of the porteur picked (« Sans projet » first), as a field of the kit."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.set_choices([])
        self.activated.connect(lambda _i: self.edited.emit())

    def set_choices(self, projects: list[tuple[str, str]]) -> None:
        self.clear()
        self.addItem(self.tr("Without a project"), None)
        for project_id, text in projects:
            self.addItem(text, project_id)
        if len(projects) == 1:  # the porteur's one project: most often the one registered
            self.setCurrentIndex(1)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def error(self) -> None:
        return None

    def set_value(self, project_id: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(project_id)) if project_id else 0)


class RegistrationForm(RecordForm):
    """« Inscrire… » a porteur (and a project they carry), or a name typed."""

    def __init__(self, territory: Any, workshop_id: str, parent: QWidget | None = None):
        super().__init__(territory, "registration", None, title=self.tr("Register"), parent=parent)
        from municipaless.services.cooperation import workshops

        self.workshop_id = workshop_id
        self.warning = workshops.full_warning(territory, workshop_id)
        if self.warning:
            note = QLabel(self.tr("This workshop is {state}.").format(state=self.warning))
            note.setObjectName("fullWarning")
            note.setWordWrap(True)
            theme.set_banner(note, "warning")
            self.add_widget("", note)
        person = self.add_field("person_id", self.tr("Porteur"), RecordPicker(territory, "person"))
        self.projects = self.add_field("project_id", self.tr("Project"), ProjectChoice())
        self.add_field("free_name", self.tr("Or a name typed"), TextField())
        person.edited.connect(self._person_changed)
        self.error_aliases = {}
        self.finish()

    def _person_changed(self) -> None:
        from municipaless.services.cooperation import workshops

        person_id = self.fields["person_id"].value()
        projects = workshops.projects_of_person(self.territory, person_id) if person_id else []
        self.projects.set_choices(projects)

    def accept(self) -> None:
        if self.warning and not self.errors():
            answer = QMessageBox.question(
                self,
                self.tr("Workshop full"),
                self.tr("This workshop is {state}. Register all the same?").format(
                    state=self.warning
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import workshops

        return workshops.register(
            self.territory,
            self.workshop_id,
            person_id=changes.get("person_id"),
            project_id=changes.get("project_id"),
            free_name=changes.get("free_name") or "",
        ).registration
