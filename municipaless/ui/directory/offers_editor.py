"""The offer of service inside the structure form: a table of offers with add / edit / remove.

Offers are real rows (service_offer), not a note, because "to whom do I orient this porteur?"
is answered by filtering them. The editor only holds the lines; the structure form saves them
with the structure in one transaction (services/directory.save_organisation), so cancelling the
form leaves every offer as it was.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.services.directory import OFFER_FIELDS
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


class OffersEditor(QWidget):
    """The structure's offers as a table; ``offers()`` is what save_organisation expects."""

    COLUMNS = ("service", "instrument", "stages", "sectors", "territory", "conditions")

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory = territory
        self.lines: list[dict] = []  # each: OFFER_FIELDS (+ id, rev for a saved offer)
        self.changed = False
        self.funder = lambda: False  # the form tells whether the structure is a funder
        from municipaless.ui.common.display import Describer

        self._describer = Describer(territory)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("offersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Instrument"),
                self.tr("Stages"),
                self.tr("Sectors"),
                self.tr("Territory"),
                self.tr("Conditions"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add an offer…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self._sync_buttons()

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

    def _refresh(self, select: int | None = None) -> None:
        describe = self._describer.value_text
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            texts = [
                describe("service_offer", "service", line.get("service")),
                describe("service_offer", "instrument", line.get("instrument")),
                describe("service_offer", "stages", line.get("stages")),
                describe("service_offer", "sectors", line.get("sectors")),
                describe("service_offer", "territory", line.get("territory")),
                (line.get("conditions") or "").replace("\n", " "),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()  # a handful of rows: cheap
        for column in range(len(self.COLUMNS) - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 180))
        if select is not None:
            self.table.selectRow(select)
        self._sync_buttons()

    def _selected(self) -> int | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return min(rows) if rows else None

    def _sync_buttons(self) -> None:
        writable = self.territory is not None and not self.territory.read_only
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
