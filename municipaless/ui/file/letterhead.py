"""The commune's logo and Word template, chosen and checked once for the Paramètres dialog and
the territory assistant: both edit the same ``TerritorySettings`` through the settings service
(``prepare_logo``, ``prepare_docx_template``), and whoever holds them saves."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common import file_dialogs


class LetterheadFields(QWidget):
    """« Logo » (preview, Choisir…, Retirer) above « Modèle Word » (what is used, Choisir…,
    Retirer): a grid whose captions keep their own column, so nothing overlaps when narrow."""

    def __init__(self, settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.file import settings as territory_settings

        self.store = territory_settings
        self.settings = settings
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(160, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch()

        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.choose_template_button = QPushButton(self.tr("Choose…"))
        self.choose_template_button.clicked.connect(self.choose_template)
        self.remove_template = QPushButton(self.tr("Remove"))
        self.remove_template.clicked.connect(self.clear_template)
        template_buttons = QHBoxLayout()
        template_buttons.addWidget(self.choose_template_button)
        template_buttons.addWidget(self.remove_template)
        template_buttons.addStretch()
        template_box = QVBoxLayout()
        template_box.addWidget(self.template_label)
        template_box.addLayout(template_buttons)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        grid.addWidget(QLabel(self.tr("Logo")), 0, 0, top)
        grid.addLayout(logo_row, 0, 1)
        grid.addWidget(QLabel(self.tr("Word template")), 1, 0, top)
        grid.addLayout(template_box, 1, 1)
        grid.setColumnStretch(1, 1)
        self.show_logo()
        self.show_template()

    def show_logo(self) -> None:
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

    def show_template(self) -> None:
        if self.settings.docx_template:
            size = len(self.settings.docx_template) // 1024 + 1
            text = self.tr("The commune's template ({size} KB) is used for Word documents.")
            self.template_label.setText(text.format(size=size))
        else:
            self.template_label.setText(self.tr("The application's standard layout."))
        self.remove_template.setEnabled(bool(self.settings.docx_template))

    def _read(self, caption: str, file_filter: str) -> bytes | None:
        path = file_dialogs.ask_open(self, "letterhead", caption, file_filter)
        if path is None:
            return None
        try:
            return path.read_bytes()
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
        self.show_logo()

    def clear_logo(self) -> None:
        self.settings.logo_png = None
        self.show_logo()

    def choose_template(self) -> None:
        data = self._read(self.tr("Choose a Word template"), self.tr("Word (*.docx *.dotx)"))
        if data is None:
            return
        try:
            self.settings.docx_template = self.store.prepare_docx_template(data)
        except self.store.SettingsError as exc:
            QMessageBox.warning(self, self.tr("Word template"), exc.message)
            return
        self.show_template()

    def clear_template(self) -> None:
        self.settings.docx_template = None
        self.show_template()
