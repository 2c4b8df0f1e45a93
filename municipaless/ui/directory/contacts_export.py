"""Fichier ▸ Exporter les contacts (vCard): the question asked before the file dialog.

The people of structures always go out with their professional coordinates; porteurs de projet
only when the officer ticks « Inclure les porteurs de projet », and their home address only with
« Inclure leur adresse personnelle » as well (services/directory/vcard_export.py). Both unticked
each time: a private coordinate leaves the file only on a choice made for this export.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from municipaless.services.directory.vcard_export import Scope


class ContactsExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactsExportDialog")
        self.setWindowTitle(self.tr("Export the contacts (vCard)"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The people of structures are exported with their professional coordinates "
                "(structure, role, work e-mail and phone, the structure's address)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.holders = QCheckBox(self.tr("Include the project holders"))
        self.holders.setObjectName("includeHolders")
        self.home_address = QCheckBox(self.tr("Include their home address"))
        self.home_address.setObjectName("includeHomeAddress")
        self.home_address.setEnabled(False)
        self.holders.toggled.connect(self._holders_toggled)
        layout.addWidget(self.holders)
        layout.addWidget(self.home_address)
        note = QLabel(
            self.tr(
                "An address book is copied to phones and shared: include a person's own "
                "coordinates only when this export needs them."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _holders_toggled(self, on: bool) -> None:
        self.home_address.setEnabled(on)
        if not on:
            self.home_address.setChecked(False)

    def scope(self) -> Scope:
        holders = self.holders.isChecked()
        return Scope(holders=holders, home_address=holders and self.home_address.isChecked())


def ask_scope(parent: QWidget | None = None) -> Scope | None:
    """What the officer chose, or None when they cancelled."""
    dialog = ContactsExportDialog(parent)
    try:
        return dialog.scope() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
