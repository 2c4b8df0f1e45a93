"""Nouveau projet / Modifier le projet: the project's fields and its porteurs, one save.

Saving goes through ``services/casework/``: a reference is given to a new project, closing
needs a reason, *créé* needs the founding date and schedules the post-creation check-ins. The
project and its porteurs are written in one transaction, so a refused save (a colleague's
change meanwhile, a missing reason) writes nothing and keeps what was typed.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QWidget

from municipaless.core.statuses import ProjectStatus
from municipaless.ui.casework.common import CaseworkForm
from municipaless.ui.casework.holders_editor import HoldersEditor
from municipaless.ui.editing import (
    BoolField,
    ChallengesField,
    CommuneField,
    DateField,
    IntField,
    NotesField,
    TextField,
    VocabField,
)

CLOSED = (ProjectStatus.CLOSED, ProjectStatus.ABANDONED)
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ProjectForm(CaseworkForm):
    def __init__(self, territory: Any, record: Any = None, parent: QWidget | None = None):
        from municipaless.services import casework

        title = (
            translate("ProjectForm", "New project")
            if record is None
            else translate("ProjectForm", "Edit the project")
        )
        super().__init__(territory, "project", record, title=title, parent=parent)
        self.setMinimumWidth(640)
        self.status_change: Any = None  # the project's status before saving
        self.add_section(self.tr("The project"))
        if record is not None:
            self.add_widget(self.tr("Reference"), QLabel(record.reference))
        self.name = self.add_field("name", self.tr("Name"), TextField(), required=True)
        self.add_field("description", self.tr("Description"), NotesField(lines=3))
        self.add_field("sector", self.tr("Sector"), VocabField(territory, "sector"))
        self.add_field(
            "legal_status",
            self.tr("Legal status (envisaged or actual)"),
            VocabField(territory, "legal_status"),
        )
        self.add_field("commune_insee", self.tr("Commune"), CommuneField())
        self.add_field(
            "challenges",
            self.tr("Local challenges"),
            ChallengesField(territory),
        )

        self.add_section(self.tr("Follow-up"))
        self.add_field("stage", self.tr("Stage"), VocabField(territory, "stage"))
        self.status = self.add_field(
            "status",
            self.tr("Status"),
            VocabField(territory, "project_status", allow_empty=False),
        )
        self.close_reason = self.add_field(
            "close_reason", self.tr("Reason for closing"), TextField()
        )
        self.add_field("first_contact_on", self.tr("First contact"), DateField())
        self.add_field("founded_on", self.tr("Structure founded on"), DateField())
        self.referent = self.add_field("referent", self.tr("Referent"), TextField())
        if territory is not None:
            completer = QCompleter(casework.referents(territory), self.referent)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.referent.setCompleter(completer)
        self.add_field("jobs_planned", self.tr("Jobs planned"), IntField())
        self.add_field("jobs_created", self.tr("Jobs created"), IntField())

        self.add_section(self.tr("Project holders"))
        existing = casework.holders(territory, record.id) if record is not None else []
        self.holders = HoldersEditor(territory, existing)
        self.add_widget("", self.holders)
        if record is None:
            self.log_welcome = self.add_field(
                "log_welcome",
                "",
                BoolField(self.tr("Log the first welcome (accueil) on the first contact date")),
            )
            self.log_welcome.set_value(True)
            self.fields["status"].set_value(ProjectStatus.ACTIVE)
            self.fields["first_contact_on"].set_value(dt.date.today().isoformat())
            self.referent.set_value(territory.officer if territory is not None else "")
        self.status.currentIndexChanged.connect(self._sync_reason)
        self._sync_reason()
        self.fit(700, 760)
        self.finish()
        if territory is not None and territory.read_only:
            self.holders.setEnabled(False)

    def _sync_reason(self) -> None:
        closed = self.status.value() in CLOSED or bool(self.close_reason.text())
        self.form_layout.setRowVisible(self.close_reason.parentWidget(), closed)

    def changes(self) -> dict:
        changes = super().changes()
        if self.record is None:
            # Empty fields keep the service's defaults (reference, referent…).
            return {k: v for k, v in changes.items() if v not in (None, "", ())}
        return changes

    def write(self, changes: dict) -> Any:
        from municipaless.services import casework

        territory = self.territory
        if self.record is None:
            log_welcome = changes.pop("log_welcome", False)
            with territory.transaction():
                project = casework.create_project(territory, changes, self.holders.inputs())
                if log_welcome:
                    self._log_welcome(project)
            return project
        if not changes and not self.holders.is_changed():
            return self.record
        with territory.transaction():
            project = self.record
            if changes:
                project = casework.update_project(territory, project.id, project.rev, changes)
            self.holders.apply(project.id)
        return project

    def _log_welcome(self, project: Any) -> None:
        """The accueil entry of a first welcome, with the porteurs as the people met."""
        from municipaless.services import casework
        from municipaless.services.casework import case_events

        people = tuple(h.person.id for h in casework.holders(self.territory, project.id))
        event = case_events.EventInput(
            kind="accueil",
            occurred_on=project.first_contact_on or "",
            subject=self.tr("First welcome"),
            person_ids=people,
        )
        case_events.add_event(self.territory, project.id, event)
