"""« Nouvelle structure » / « Modifier la structure »: every field of a structure, its offer
of service and its tags, saved together in one transaction by services/directory.

While a structure is being created, possible duplicates already in the file are shown above the
fields (services/duplicates.matches_for) with a link to open the existing one instead. A SIRET
another structure holds is refused by the service (one establishment, one fiche): the form
says so under the field and offers « Ouvrir la fiche existante ».
"""

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from municipaless.core import formats, validation
from municipaless.ui.common import theme
from municipaless.ui.directory.fields import TagsField, TerritoryField
from municipaless.ui.directory.offers_editor import FUNDER_KINDS, OffersEditor
from municipaless.ui.editing import (
    CommuneField,
    MultiVocabField,
    NotesField,
    RecordForm,
    TextField,
    VocabField,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
DUPLICATE_PAUSE_MS = 400
NOT_NULL_TEXT = ("acronym", "address", "notes")


class DuplicateHint(QLabel):
    """« Doublons possibles : … » with links; refreshed after a short pause in typing."""

    open_requested = Signal(str, str)  # table, row id

    def __init__(self, territory: Any, table: str, values, exclude_id: str | None = None):
        super().__init__()
        self.setObjectName("duplicateHint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        theme.set_banner(self, "hint")
        self.hide()
        self._territory, self._table, self._values = territory, table, values
        self._exclude = exclude_id
        self.matches: list[Any] = []
        self.timer = QTimer(self, singleShot=True, interval=DUPLICATE_PAUSE_MS)
        self.timer.timeout.connect(self.refresh)
        self.linkActivated.connect(self._clicked)

    def schedule(self) -> None:
        self.timer.start()

    def refresh(self) -> None:
        from municipaless.services.directory import duplicates

        self.timer.stop()
        if not self.window().isVisible():  # the form closed during the pause
            return
        values = {k: v for k, v in self._values().items() if v}
        self.matches = (
            duplicates.matches_for(self._territory, self._table, values, exclude_id=self._exclude)
            if values
            else []
        )
        if not self.matches:
            self.hide()
            return
        parts = []
        for match in self.matches:
            name = f'<a href="{match.row_id}">{html.escape(match.label or "—")}</a>'
            reasons = ", ".join(match.reasons)
            parts.append(f"{name} ({html.escape(reasons)})" if reasons else name)
        self.setText(
            "<b>" + html.escape(self.tr("Possible duplicates:")) + "</b> " + " ; ".join(parts)
        )
        self.show()

    def _clicked(self, row_id: str) -> None:
        self.open_requested.emit(self._table, row_id)


class OrganisationForm(RecordForm):
    """A structure with its offers and tags; ``open_existing`` asks the page to show another
    record (a duplicate the officer chose to open instead of creating this one)."""

    open_existing = Signal(str, str)
    _refused: Any = None  # the DuplicateRecord of the last « Enregistrer », offered once

    def __init__(self, territory: Any, record: Any = None, parent: QWidget | None = None):
        title = (
            translate("OrganisationForm", "New structure")
            if record is None
            else translate("OrganisationForm", "Structure: {name}").format(name=record.name)
        )
        super().__init__(territory, "organisation", record, title=title, parent=parent)
        self.setObjectName("organisationForm")
        self.resize(760, 700)
        from municipaless.services import directory

        self.add_section(self.tr("Identity"))
        name = self.add_field("name", self.tr("Name"), TextField(), required=True)
        self.add_field("acronym", self.tr("Acronym"), TextField())
        self.kind = self.add_field(
            "kind", self.tr("Kind"), VocabField(territory, "organisation_kind")
        )
        self.add_field(
            "legal_status", self.tr("Legal status"), VocabField(territory, "legal_status")
        )
        siret = self.add_field(
            "siret",
            self.tr("SIRET"),
            TextField(validation.check_siret, display=_siret, placeholder="123 456 789 00012"),
        )
        self.add_field("siren", self.tr("SIREN"), TextField(validation.check_siren))
        rna = self.add_field(
            "rna", self.tr("RNA number"), TextField(validation.check_rna, placeholder="W…")
        )
        self.add_section(self.tr("Address"))
        self.add_field("address", self.tr("Street"), TextField())
        postcode = self.add_field(
            "postcode", self.tr("Postcode"), TextField(validation.check_postcode)
        )
        postcode.setMaximumWidth(120)
        self.commune = self.add_field("commune_insee", self.tr("Commune"), CommuneField(postcode))
        if record is not None:
            self.commune.set_value(record.commune_insee, record.postcode)
        self.add_section(self.tr("Contact"))
        phone = self.add_field(
            "phone", self.tr("Phone"), TextField(validation.check_phone, display=_phone)
        )
        email = self.add_field("email", self.tr("E-mail"), TextField(validation.check_email))
        self.add_field("website", self.tr("Website"), TextField(placeholder="https://"))
        self.add_section(self.tr("Where and for whom"))
        self.add_field("territory", self.tr("Territory covered"), TerritoryField())
        self.add_field("sectors", self.tr("Sectors"), MultiVocabField(territory, "sector"))
        self.add_section(self.tr("Offer of service"))
        self.offers = OffersEditor(territory)
        self.offers.funder = lambda: self.kind.value() in FUNDER_KINDS
        self.add_widget("", self.offers)
        self.add_section(self.tr("Other"))
        self._tags_before: tuple[str, ...] = ()
        self.tags = TagsField([t.name for t, _ in directory.all_tags(territory)])
        self.add_widget(self.tr("Tags"), self.tags)
        self.add_field("notes", self.tr("Notes"), NotesField())
        self._load_links()

        self.duplicates = DuplicateHint(
            territory,
            "organisation",
            lambda: {
                "name": name.text(),
                "siret": siret.text(),
                "rna": rna.text(),
                "email": email.text(),
                "phone": phone.text(),
                "postcode": postcode.text(),
            },
        )
        self.layout().insertWidget(1, self.duplicates)
        if record is None:  # suggestions while creating only: an edit knows who it is
            for field in (name, siret, rna, email, phone):
                field.edited.connect(self.duplicates.schedule)
        self.duplicates.open_requested.connect(self._open_duplicate)
        self.finish()
        if territory.read_only:
            self.tags.setEnabled(False)

    def _load_links(self) -> None:
        from municipaless.services import directory

        if self.record is None:
            self.offers.set_offers([])
            return
        self.offers.set_offers(directory.offers_of(self.territory, self.record.id))
        self._tags_before = tuple(
            t.name for t in directory.tags_of(self.territory, "organisation", self.record.id)
        )
        self.tags.set_value(self._tags_before)

    def _open_duplicate(self, table: str, row_id: str) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Open the existing structure"),
            self.tr("Leave this form without saving and open the existing structure?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard()  # leaving was just confirmed: no second question
            self.open_existing.emit(table, row_id)

    def accept(self) -> None:
        self._refused = None
        super().accept()
        refused, self._refused = self._refused, None
        if refused is not None:
            self._offer_existing(refused)

    def _offer_existing(self, refused: Any) -> None:
        """« Cette structure existe déjà » with « Ouvrir la fiche existante »; the form stays
        open otherwise, with what was typed, to correct the SIRET."""
        from municipaless.ui.common.storage_errors import ask_box

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Structure already recorded"), "")
        box.setParent(self, box.windowFlags())
        box.setText(refused.errors.get("siret") or refused.message)
        open_button = box.addButton(
            self.tr("Open the existing fiche"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Correct the SIRET"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        if ask_box(box) is open_button:
            self.discard()  # the officer chose the existing fiche: no « Enregistrer ? »
            self.open_existing.emit(refused.table, refused.existing_id)

    def save(self, changes: dict) -> Any:
        from municipaless.services import directory

        try:
            return self._save(changes)
        except directory.DuplicateRecord as exc:
            self._refused = exc  # shown under the field by RecordForm, then offered
            raise

    def _save(self, changes: dict) -> Any:
        from municipaless.services import directory

        creating = self.record is None
        for name in NOT_NULL_TEXT:  # an empty text field reads None; these columns want ""
            if name in changes and changes[name] is None:
                changes[name] = ""
        offers = self.offers.offers() if (creating or self.offers.changed) else None
        tags = self.tags.value()
        tags = tags if (creating or tags != self._tags_before) else None
        if not creating and not changes and offers is None and tags is None:
            return self.record
        return directory.save_organisation(
            self.territory,
            changes,
            row_id=None if creating else self.record.id,
            rev=None if creating else self.record.rev,
            offers=offers,
            tags=tags,
        )

    def done(self, result: int) -> None:
        self.duplicates.timer.stop()
        super().done(result)

    def reload(self) -> None:
        """After a conflict: the colleague's version, offers and tags included."""
        super().reload()
        self.commune.set_value(self.record.commune_insee, self.record.postcode)
        self._load_links()


def _siret(value: Any) -> str:
    return formats.format_siret(value) or ("" if value is None else str(value))


def _phone(value: Any) -> str:
    return formats.format_phone(value) or ("" if value is None else str(value))
