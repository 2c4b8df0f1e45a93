"""« Nouvelle personne » / « Modifier »: a person, their tags and their jobs, saved together.

The person and every change to their affiliations are written in one transaction, so a refused
save (a colleague's edit in between) leaves the file exactly as it was.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QWidget

from municipaless.core import formats, validation
from municipaless.ui.directory.affiliations_editor import AffiliationsEditor
from municipaless.ui.directory.fields import ChoiceField, TagsField
from municipaless.ui.directory.organisation_form import DuplicateHint
from municipaless.ui.editing import CommuneField, DateField, NotesField, RecordForm, TextField

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def person_name(record: Any) -> str:
    return " ".join(p for p in (record.first_name, record.last_name) if p) or "—"


class PersonForm(RecordForm):
    open_existing = Signal(str, str)

    def __init__(self, territory: Any, record: Any = None, parent: QWidget | None = None):
        title = (
            translate("PersonForm", "New person")
            if record is None
            else translate("PersonForm", "Person: {name}").format(name=person_name(record))
        )
        super().__init__(territory, "person", record, title=title, parent=parent)
        self.setObjectName("personForm")
        self.resize(720, 680)
        from municipaless.services import directory

        self.add_section(self.tr("Identity"))
        civilities = [("—", ""), (self.tr("Ms"), "Mme"), (self.tr("Mr"), "M.")]
        self.add_field("civility", self.tr("Civility"), ChoiceField(civilities)).setMaximumWidth(
            120
        )
        first = self.add_field("first_name", self.tr("First name"), TextField())
        last = self.add_field("last_name", self.tr("Last name"), TextField())
        self.add_section(self.tr("Contact"))
        email = self.add_field("email", self.tr("E-mail"), TextField(validation.check_email))
        phone = self.add_field(
            "phone", self.tr("Phone"), TextField(validation.check_phone, display=_phone)
        )
        mobile = self.add_field(
            "mobile", self.tr("Mobile"), TextField(validation.check_phone, display=_phone)
        )
        self.add_field("address", self.tr("Street"), TextField())
        postcode = self.add_field(
            "postcode", self.tr("Postcode"), TextField(validation.check_postcode)
        )
        postcode.setMaximumWidth(120)
        self.commune = self.add_field("commune_insee", self.tr("Commune"), CommuneField(postcode))
        if record is not None:
            self.commune.set_value(record.commune_insee, record.postcode)
        self.add_section(self.tr("Jobs"))
        self.jobs = AffiliationsEditor(territory)
        self.add_widget("", self.jobs)
        self.add_section(self.tr("Other"))
        self.tags = TagsField([t.name for t, _ in directory.all_tags(territory)])
        self.add_widget(self.tr("Tags"), self.tags)
        self.add_field("notes", self.tr("Notes"), NotesField())
        self.add_field("no_contact_since", "", OppositionField())
        self._tags_before: tuple[str, ...] = ()
        self._load_links()

        self.duplicates = DuplicateHint(
            territory,
            "person",
            lambda: {
                "first_name": first.text(),
                "last_name": last.text(),
                "email": email.text(),
                "phone": phone.text(),
                "mobile": mobile.text(),
            },
        )
        self.layout().insertWidget(1, self.duplicates)
        if record is None:
            for field in (first, last, email, phone, mobile):
                field.edited.connect(self.duplicates.schedule)
        self.duplicates.open_requested.connect(self._open_duplicate)
        self.finish()
        if territory.read_only:
            self.tags.setEnabled(False)

    def _load_links(self) -> None:
        from municipaless.services import directory

        if self.record is None:
            self.jobs.set_history([])
            return
        self.jobs.set_history(directory.history_of(self.territory, self.record.id))
        self._tags_before = tuple(
            t.name for t in directory.tags_of(self.territory, "person", self.record.id)
        )
        self.tags.set_value(self._tags_before)

    def errors(self) -> dict[str, str]:
        problems = super().errors()
        if not (self.fields["first_name"].value() or self.fields["last_name"].value()):
            problems.setdefault(
                "last_name", self.tr("Type at least the last name or the first name.")
            )
        return problems

    def _open_duplicate(self, table: str, row_id: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Open the existing person"),
            self.tr("Leave this form without saving and open the existing person?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard()  # leaving was just confirmed: no second question
            self.open_existing.emit(table, row_id)

    def save(self, changes: dict) -> Any:
        from municipaless.services import directory

        creating = self.record is None
        tags = self.tags.value()
        tags = tags if (creating or tags != self._tags_before) else None
        if not creating and not changes and tags is None and not self.jobs.changed:
            return self.record
        with self.territory.transaction():  # the person and their jobs, or nothing
            person = directory.save_person(
                self.territory,
                changes,
                row_id=None if creating else self.record.id,
                rev=None if creating else self.record.rev,
                tags=tags,
            )
            self.jobs.save_for(person.id)
        return person

    def done(self, result: int) -> None:
        self.duplicates.timer.stop()
        super().done(result)

    def reload(self) -> None:
        super().reload()
        self.commune.set_value(self.record.commune_insee, self.record.postcode)
        self._load_links()


class OppositionField(QWidget):
    """« Ne plus contacter (opposition) » and since when: the person objected (RGPD art. 21);
    contact exports and invitations leave them out. Value: the ISO date, or None."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(translate("PersonForm", "Do not contact any more (objection)"))
        self.box.setObjectName("noContactBox")
        self.since = DateField()  # typed « 1 sept », « hier »… or picked in the calendar
        self.since.set_value(dt.date.today().isoformat())
        self.since.setEnabled(False)
        layout.addWidget(self.box)
        layout.addWidget(self.since)
        layout.addStretch(1)
        self.box.toggled.connect(self.since.setEnabled)
        self.box.toggled.connect(lambda _on: self.edited.emit())
        self.since.edited.connect(self.edited)

    def value(self) -> str | None:
        return self.since.value() if self.box.isChecked() else None

    def error(self) -> str | None:
        if not self.box.isChecked():
            return None
        if not self.since.text().strip():
            return translate("PersonForm", "Since when? Type the date the person objected.")
        return self.since.error()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))
        if value:
            self.since.set_value(str(value)[:10])


def _phone(value: Any) -> str:
    return formats.format_phone(value) or ("" if value is None else str(value))
