"""Fichier ▸ Données personnelles (RGPD)… : what the commune declares about this processing
(controller, DPO, purposes, legal basis, recipients, retention in years). It travels in the
file, so every colleague prints the same mention d'information. The disclosure threshold is
set with the territory settings.
"""

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common.read_only import read_only_text


def _text_box(text: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(72)
    return box


class PrivacySettingsDialog(QDialog):
    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.file import privacy_settings

        self.store = privacy_settings
        self.territory = territory
        self.settings = privacy_settings.load(territory)
        self.setWindowTitle(self.tr("Personal data (GDPR)"))
        self.setMinimumWidth(560)
        s = self.settings
        self.controller = QLineEdit(s.controller)
        self.controller.setPlaceholderText(
            self.tr("e.g. Commune de Privas, represented by its mayor")
        )
        self.controller_address = QLineEdit(s.controller_address)
        self.dpo_contact = QLineEdit(s.dpo_contact)
        self.dpo_contact.setPlaceholderText(self.tr("e.g. dpo@cdg07.fr"))
        self.purposes = _text_box(s.purposes)
        self.legal_basis = QLineEdit(s.legal_basis)
        self.recipients = _text_box(s.recipients)
        self.closed_project_years = self._years(s.closed_project_years)
        self.unlinked_person_years = self._years(s.unlinked_person_years)

        who = QGroupBox(self.tr("Who is responsible"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("Controller"), self.controller)
        who_form.addRow(self.tr("Controller's address"), self.controller_address)
        who_form.addRow(self.tr("Data protection officer (e-mail or address)"), self.dpo_contact)
        what = QGroupBox(self.tr("The processing"))
        what_form = QFormLayout(what)
        what_form.addRow(self.tr("Purposes"), self.purposes)
        what_form.addRow(self.tr("Legal basis"), self.legal_basis)
        what_form.addRow(self.tr("Recipients"), self.recipients)
        keep = QGroupBox(self.tr("Retention"))
        keep_form = QFormLayout(keep)
        keep_form.addRow(
            self.tr("A closed or abandoned project is kept for"), self.closed_project_years
        )
        keep_form.addRow(
            self.tr("A person with no open project nor current job is kept for"),
            self.unlinked_person_years,
        )
        hint = QLabel(
            self.tr(
                "These texts are printed on the privacy notice handed to project holders and "
                "on the processing register: check them with your data protection officer."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if territory.read_only:
            banner = QLabel(read_only_text(territory))
            banner.setWordWrap(True)
            layout.addWidget(banner)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        for widget in (hint, who, what, keep, self.buttons):
            layout.addWidget(widget)

    def _years(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 30)
        box.setValue(value)
        box.setSuffix(self.tr(" years"))
        return box

    def accept(self) -> None:
        from municipaless.storage.errors import StorageError

        s = self.settings  # disclosure_threshold is kept as loaded
        s.controller = self.controller.text()
        s.controller_address = self.controller_address.text()
        s.dpo_contact = self.dpo_contact.text()
        s.purposes = self.purposes.toPlainText()
        s.legal_basis = self.legal_basis.text()
        s.recipients = self.recipients.toPlainText()
        s.closed_project_years = self.closed_project_years.value()
        s.unlinked_person_years = self.unlinked_person_years.value()
        try:
            self.store.save(self.territory, s)
        except (self.store.SettingsError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        super().accept()
