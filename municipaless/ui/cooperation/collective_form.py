"""The forms of a collectif, all from the editing kit: the collectif itself (a name another
collectif has is refused, with the existing one offered), a member joining, a member's
departure, a referent, a linked project. Each saves through services/cooperation/collectives.py,
whose French refusals land under the field they concern.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from municipaless.ui.editing import (
    ChallengesField,
    CommuneField,
    DateField,
    NotesField,
    RecordForm,
    RecordPicker,
    TextField,
    VocabField,
)


class CollectiveForm(RecordForm):
    """Nouveau collectif / Modifier le collectif."""

    open_requested = Signal(str)  # the existing collectif the officer chose to open instead

    def __init__(self, territory: Any, record: Any = None, parent: QWidget | None = None):
        title = self.tr("Collective") if record is not None else self.tr("New collective")
        super().__init__(territory, "collective", record, title=title, parent=parent)
        self._refused: Any = None
        self.add_section(self.tr("Identity"))
        self.add_field("name", self.tr("Name"), TextField(), required=True)
        self.add_field("kind", self.tr("Kind"), VocabField(territory, "collective_kind"))
        self.add_field("founded_on", self.tr("Founded on"), DateField())
        self.add_field(
            "organisation_id",
            self.tr("Its own legal structure"),
            RecordPicker(territory, "organisation"),
        )
        self.add_field("commune_insee", self.tr("Commune"), CommuneField())
        self.add_field("challenges", self.tr("Local challenges"), ChallengesField(territory))
        self.add_field("description", self.tr("Description"), NotesField(lines=3))
        if record is not None:
            self.add_field("closed_on", self.tr("Closed on"), DateField())
        self.add_field("notes", self.tr("Notes"), NotesField(lines=2))
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import collectives

        try:
            if self.record is None:
                return collectives.create_collective(self.territory, changes)
            if not changes:
                return self.record
            return collectives.update_collective(
                self.territory, self.record.id, self.record.rev, changes
            )
        except collectives.DuplicateCollective as exc:
            self._refused = exc
            raise

    def accept(self) -> None:
        self._refused = None
        super().accept()
        refused, self._refused = self._refused, None
        if refused is not None:
            self._offer_existing(refused)

    def _offer_existing(self, refused: Any) -> None:
        """« Ouvrir le collectif existant »: this form closes without saving, the page shows
        the existing one."""
        from municipaless.ui.common.storage_errors import ask_box

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Collective already recorded"), "")
        box.setParent(self, box.windowFlags())
        box.setText(refused.message)
        open_button = box.addButton(
            self.tr("Open the existing collective"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Change the name"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        if ask_box(box) is open_button:
            self.open_requested.emit(refused.existing.id)
            self.discard()
        else:
            self.fields["name"].setFocus()


class MemberForm(RecordForm):
    """« Ajouter un membre… »: a structure of the annuaire, its role, its joining date."""

    def __init__(self, territory: Any, collective: Any, parent: QWidget | None = None):
        super().__init__(
            territory,
            "membership",
            None,
            title=self.tr("New member of {name}").format(name=collective.name),
            parent=parent,
        )
        self.collective = collective
        self.add_field(
            "organisation_id",
            self.tr("Structure"),
            RecordPicker(territory, "organisation"),
            required=True,
        )
        role = self.add_field(
            "role", self.tr("Role"), VocabField(territory, "membership_role", allow_empty=False)
        )
        role.set_value("membre")
        self.add_field("joined_on", self.tr("Joined on"), DateField())
        self.add_field("notes", self.tr("Notes"), TextField())
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import collectives

        values = self.values()
        return collectives.add_member(
            self.territory,
            self.collective.id,
            values["organisation_id"],
            values["role"],
            values["joined_on"],
            notes=values["notes"] or "",
        )


class LeavingForm(RecordForm):
    """« Enregistrer un départ… »: the day the structure left (its line stays)."""

    def __init__(self, territory: Any, row: Any, parent: QWidget | None = None):
        super().__init__(
            territory,
            "membership",
            row.membership,
            title=self.tr("Departure of {name}").format(name=row.organisation_name),
            parent=parent,
        )
        self.add_field("left_on", self.tr("Left on"), DateField(), required=True)
        self.add_field("notes", self.tr("Notes"), TextField())
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import collectives

        values = self.values()
        return collectives.record_leaving(
            self.territory,
            self.record.id,
            self.record.rev,
            values["left_on"],
            notes=values["notes"] or "",
        )


class MembershipForm(RecordForm):
    """Double-click on a member's line: correct its role, dates or notes."""

    def __init__(self, territory: Any, row: Any, parent: QWidget | None = None):
        super().__init__(
            territory,
            "membership",
            row.membership,
            title=self.tr("Membership of {name}").format(name=row.organisation_name),
            parent=parent,
        )
        self.add_field(
            "role", self.tr("Role"), VocabField(territory, "membership_role", allow_empty=False)
        )
        self.add_field("joined_on", self.tr("Joined on"), DateField())
        self.add_field("left_on", self.tr("Left on"), DateField())
        self.add_field("notes", self.tr("Notes"), TextField())
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import collectives

        if not changes:
            return self.record
        return collectives.update_membership(
            self.territory, self.record.id, self.record.rev, changes
        )


class ReferentForm(RecordForm):
    """« Ajouter un référent… »: a person of the annuaire and her role in the collectif."""

    def __init__(self, territory: Any, collective: Any, parent: QWidget | None = None):
        super().__init__(
            territory,
            "collective_referent",
            None,
            title=self.tr("New referent of {name}").format(name=collective.name),
            parent=parent,
        )
        self.collective = collective
        self.add_field(
            "person_id", self.tr("Person"), RecordPicker(territory, "person"), required=True
        )
        self.add_field("role", self.tr("Role"), TextField())
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import collectives

        values = self.values()
        return collectives.add_referent(
            self.territory, self.collective.id, values["person_id"], values["role"] or ""
        )


class ProjectLinkForm(RecordForm):
    """« Lier un projet… »: a project of the case log carried by or with the collectif."""

    def __init__(self, territory: Any, collective: Any, parent: QWidget | None = None):
        super().__init__(
            territory,
            "collective_project",
            None,
            title=self.tr("Link a project to {name}").format(name=collective.name),
            parent=parent,
        )
        self.collective = collective
        self.add_field(
            "project_id", self.tr("Project"), RecordPicker(territory, "project"), required=True
        )
        self.finish()

    def save(self, changes: dict[str, Any]) -> Any:
        from municipaless.services.cooperation import collectives

        return collectives.link_project(
            self.territory, self.collective.id, self.values()["project_id"]
        )
