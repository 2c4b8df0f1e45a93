"""Fichier ▸ Paramètres du territoire…: what travels with the file (commune name and logo for
every document, the Word template, the delays of the case log, how many backups to keep, the
threshold of statistical secrecy of anonymised documents)."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common.read_only import read_only_text

if TYPE_CHECKING:  # services (and sqlite-utils behind them) load with the first file
    from municipaless.services.file.settings import TerritorySettings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _days(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 3650)
    box.setValue(value)
    box.setSuffix(translate("SettingsDialog", " days"))
    return box


class SettingsDialog(QDialog):
    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.file import settings as territory_settings

        self.store = territory_settings
        self.territory = territory
        self.settings: TerritorySettings = territory_settings.load(territory)
        self.setWindowTitle(self.tr("Territory settings"))
        self.setMinimumWidth(520)

        self.commune = QLineEdit(self.settings.commune_name)
        self.commune.setPlaceholderText(self.tr("e.g. Communauté de communes du Val d'Eyrieux"))
        self.officer_email = QLineEdit(self.settings.officer_email)
        self.officer_email.setPlaceholderText(self.tr("e.g. ess@mairie-exemple.fr"))
        self.officer_email.setToolTip(
            self.tr(
                "Meeting invitations name this address as their organiser, so replies reach "
                "you; without one, the calendar file only publishes the meeting."
            )
        )
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose_logo_button = choose_logo = QPushButton(self.tr("Choose…"))
        choose_logo.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch()
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch()

        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        choose_template = QPushButton(self.tr("Choose…"))
        choose_template.clicked.connect(self.choose_template)
        self.remove_template = QPushButton(self.tr("Remove"))
        self.remove_template.clicked.connect(self.clear_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(choose_template)
        template_row.addWidget(self.remove_template)

        documents_box = QGroupBox(self.tr("Documents"))
        documents_form = QFormLayout(documents_box)
        documents_form.addRow(self.tr("Name of the commune"), self.commune)
        documents_form.addRow(
            self.tr("Officer's e-mail (organiser of invitations)"), self.officer_email
        )
        documents_form.addRow(self.tr("Logo"), logo_row)
        documents_form.addRow(self.tr("Word template"), template_row)

        self.no_answer = _days(self.settings.referral_no_answer_days)
        self.no_news = _days(self.settings.no_news_days)
        casework_box = QGroupBox(self.tr("Project holders"))
        casework_form = QFormLayout(casework_box)
        casework_form.addRow(self.tr("An orientation is without answer after"), self.no_answer)
        casework_form.addRow(self.tr("A project is without news after"), self.no_news)

        self.keep: dict[str, QSpinBox] = {}
        backups_box = QGroupBox(self.tr("Automatic backups kept"))
        backups_form = QFormLayout(backups_box)
        for key, label in (
            ("recent", self.tr("Most recent")),
            ("daily", self.tr("One per day, for")),
            ("weekly", self.tr("One per week, for")),
            ("monthly", self.tr("One per month, for")),
        ):
            box = QSpinBox()
            box.setRange(1, 365)
            box.setValue(self.settings.backup_keep[key])
            self.keep[key] = box
            backups_form.addRow(label, box)

        disclosure_box = self._disclosure_box()

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
        for box in (documents_box, casework_box, backups_box, disclosure_box):
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self._show_logo()
        self._show_template()

    # statistical secrecy ----------------------------------------------------------------------
    def _disclosure_box(self) -> QGroupBox:
        """The threshold lives with the RGPD settings (privacy_settings), saved on its own."""
        from municipaless.services.file import privacy_settings

        self.privacy = privacy_settings.load(self.territory)
        self.threshold = QSpinBox()
        self.threshold.setRange(2, 20)
        self.threshold.setValue(self.privacy.disclosure_threshold)
        self.threshold.setToolTip(
            self.tr(
                "In anonymised documents, a count of fewer people than this is shown « < N », "
                "and the cells that would give it back by subtraction are withheld too."
            )
        )
        box = QGroupBox(self.tr("Statistical secrecy"))
        QFormLayout(box).addRow(self.tr("Statistical secrecy threshold"), self.threshold)
        return box

    # logo and template ------------------------------------------------------------------------
    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.settings.logo_png and pixmap.loadFromData(self.settings.logo_png):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(bool(self.settings.logo_png))

    def _show_template(self) -> None:
        if self.settings.docx_template:
            size = len(self.settings.docx_template) // 1024 + 1
            text = self.tr("The commune's template ({size} KB) is used for Word documents.")
            self.template_label.setText(text.format(size=size))
        else:
            self.template_label.setText(self.tr("The application's standard layout."))
        self.remove_template.setEnabled(bool(self.settings.docx_template))

    def _read(self, caption: str, file_filter: str) -> bytes | None:
        name, _ = QFileDialog.getOpenFileName(self, caption, str(Path.home()), file_filter)
        if not name:
            return None
        try:
            return Path(name).read_bytes()
        except OSError as exc:
            QMessageBox.warning(
                self,
                caption,
                self.tr("The file could not be read: {error}").format(error=exc.strerror or exc),
            )
            return None

    def choose_logo(self) -> None:
        data = self._read(
            self.tr("Choose the commune's logo"), self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)")
        )
        if data is None:
            return
        try:
            self.settings.logo_png = self.store.prepare_logo(data)
        except self.store.SettingsError as exc:
            QMessageBox.warning(self, self.tr("Logo"), exc.message)
            return
        self._show_logo()

    def clear_logo(self) -> None:
        self.settings.logo_png = None
        self._show_logo()

    def choose_template(self) -> None:
        data = self._read(self.tr("Choose a Word template"), self.tr("Word (*.docx *.dotx)"))
        if data is None:
            return
        try:
            self.settings.docx_template = self.store.prepare_docx_template(data)
        except self.store.SettingsError as exc:
            QMessageBox.warning(self, self.tr("Word template"), exc.message)
            return
        self._show_template()

    def clear_template(self) -> None:
        self.settings.docx_template = None
        self._show_template()

    # saving ---------------------------------------------------------------------------------
    def accept(self) -> None:
        self.settings.commune_name = self.commune.text()
        self.settings.officer_email = self.officer_email.text()
        self.settings.referral_no_answer_days = self.no_answer.value()
        self.settings.no_news_days = self.no_news.value()
        for key, box in self.keep.items():
            self.settings.backup_keep[key] = box.value()
        from municipaless.services.file import privacy_settings
        from municipaless.storage.errors import StorageError

        self.privacy.disclosure_threshold = self.threshold.value()
        try:
            self.store.save(self.territory, self.settings)
            privacy_settings.save(self.territory, self.privacy)
        except (self.store.SettingsError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        super().accept()
