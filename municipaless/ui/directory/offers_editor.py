"""The offer of service inside the structure form: a table of offers with add / edit / remove.

Offers are real rows (service_offer), not a note, because "to whom do I orient this porteur?"
is answered by filtering them. The editor only holds the lines; the structure form saves them
with the structure in one transaction (services/directory.save_organisation), so cancelling the
form leaves every offer as it was.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from municipaless.services.directory import OFFER_FIELDS
from municipaless.ui.common.lines_editor import LinesEditor
from municipaless.ui.common.small_tables import ColumnDef
from municipaless.ui.directory.fields import TerritoryField
from municipaless.ui.editing import MultiVocabField, NotesField, RecordForm, VocabField

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FUNDER_KINDS = frozenset(
    {"financeur_public", "financeur_prive", "finance_solidaire", "banque", "fondation"}
)
FUNDING = "financement"


class _Line:
    """What an offer dialog fills, read like a record (``RecordForm`` fills fields by name)."""

    def __init__(self, values: dict):
        for name in OFFER_FIELDS:
            setattr(self, name, values.get(name))


class OfferDialog(RecordForm):
    """One offer: service, instrument (funding only), conditions, stages, sectors, territory.
    Saving writes nothing: the line goes back to the editor."""

    def __init__(self, territory: Any, values: dict | None, *, funder: bool, parent=None):
        super().__init__(
            territory,
            "service_offer",
            _Line(values) if values else None,
            title=translate("OfferDialog", "Offer of service"),
            parent=parent,
        )
        self.setObjectName("offerDialog")
        self.service = self.add_field(
            "service", self.tr("Service"), VocabField(territory, "service"), required=True
        )
        self.instrument = self.add_field(
            "instrument", self.tr("Funding instrument"), VocabField(territory, "instrument")
        )
        self.add_field("conditions", self.tr("Conditions"), NotesField(lines=3))
        self.add_field("stages", self.tr("Stages"), MultiVocabField(territory, "stage"))
        self.add_field("sectors", self.tr("Sectors"), MultiVocabField(territory, "sector"))
        self.add_field("territory", self.tr("Territory"), TerritoryField())
        self.fields["territory"].setToolTip(
            self.tr("Leave empty when the offer covers the structure's whole territory.")
        )
        if values is None and funder:
            self.service.set_value(FUNDING)
        self.service.currentIndexChanged.connect(self._sync_instrument)
        self._sync_instrument()
        self.finish()

    def _sync_instrument(self) -> None:
        """An instrument goes with the "financement" service only (the service checks it)."""
        funding = self.service.value() == FUNDING
        if not funding:
            self.instrument.set_value(None)
        self.instrument.setEnabled(funding and not self.territory.read_only)

    def save(self, changes: dict) -> dict:
        return self.values()


class OffersEditor(LinesEditor):
    """The structure's offers as a table; ``offers()`` is what save_organisation expects."""

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(territory, parent)  # lines: OFFER_FIELDS (+ id, rev for a saved offer)
        self.funder = lambda: False  # the form tells whether the structure is a funder
        from municipaless.ui.common.display import Describer

        describe = Describer(territory).value_text

        def shown(field: str):
            return lambda line: describe("service_offer", field, line.get(field))

        self.add_button = QPushButton(self.tr("Add an offer…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.build(
            "offersTable",
            [
                ColumnDef(self.tr("Service"), shown("service")),
                ColumnDef(self.tr("Instrument"), shown("instrument")),
                ColumnDef(self.tr("Stages"), shown("stages")),
                ColumnDef(self.tr("Sectors"), shown("sectors")),
                ColumnDef(self.tr("Territory"), shown("territory")),
                ColumnDef(
                    self.tr("Conditions"),
                    lambda line: (line.get("conditions") or "").replace("\n", " "),
                ),
            ],
            [
                (self.add_button, self.add),
                (self.edit_button, self.edit_selected),
                (self.remove_button, self.remove_selected),
            ],
        )

    # lines -------------------------------------------------------------------------------
    def set_offers(self, offers: list[Any]) -> None:
        """The structure's saved offers (ServiceOffer records)."""
        self.lines = [
            {"id": o.id, "rev": o.rev, **{name: getattr(o, name) for name in OFFER_FIELDS}}
            for o in offers
        ]
        self.changed = False
        self._refresh()

    def offers(self) -> list[dict]:
        return [dict(line) for line in self.lines]

    def add_line(self, values: dict) -> None:
        self.lines.append({name: values.get(name) for name in OFFER_FIELDS})
        self.changed = True
        self._refresh(select=len(self.lines) - 1)

    def _sync_buttons(self) -> None:
        writable = self.writable()
        selected = self._selected() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and selected)
        self.remove_button.setEnabled(writable and selected)

    # actions -----------------------------------------------------------------------------
    def _dialog(self, values: dict | None) -> OfferDialog:
        return OfferDialog(self.territory, values, funder=self.funder(), parent=self)

    def add(self) -> OfferDialog:
        dialog = self._dialog(None)
        dialog.saved.connect(self.add_line)
        dialog.open()
        return dialog

    def edit_selected(self) -> OfferDialog | None:
        row = self._selected()
        if row is None or not self.edit_button.isEnabled():
            return None
        dialog = self._dialog(self.lines[row])
        dialog.saved.connect(lambda values, r=row: self._replace(r, values))
        dialog.open()
        return dialog

    def _replace(self, row: int, values: dict) -> None:
        self.lines[row].update({name: values.get(name) for name in OFFER_FIELDS})
        self.changed = True
        self._refresh(select=row)

    def remove_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        del self.lines[row]
        self.changed = True
        self._refresh()
