"""Fichier ▸ Paramètres du territoire…: what travels with the file (commune name and logo for
every document, the Word template, the delays of the case log, how many backups to keep, the
threshold of statistical secrecy of anonymised documents), and the officer's own profile on
this PC (name, role, e-mail, phone), in three tabs that fit a 1024×600 screen.

« Assistant de configuration du territoire… » closes the dialog with ``ASSISTANT``: the file
session then opens the assistant (it writes the same settings)."""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.wording import plural
from municipaless.ui.common import language, theme
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.file.letterhead import LetterheadFields
from municipaless.ui.file.officer_fields import OfficerFields

if TYPE_CHECKING:  # services (and sqlite-utils behind them) load with the first file
    from municipaless.services.file.settings import TerritorySettings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
ASSISTANT = 2  # the dialog's result when the officer asked for the territory assistant
LISTS = 3  # … for the lists and the enjeux (Fichier ▸ Listes et enjeux du territoire…)


def _count(value: int, maximum: int, unit: str) -> QSpinBox:
    """A spin box that says what it counts (« 30 jours », « 10 sauvegardes »)."""
    box = QSpinBox()
    box.setRange(1, maximum)
    box.setValue(value)
    box.setSuffix(unit)
    return box


def _days(value: int) -> QSpinBox:
    return _count(value, 3650, translate("SettingsDialog", " days"))


class SettingsDialog(QDialog):
    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.file import settings as territory_settings

        self.store = territory_settings
        self.territory = territory
        self.settings: TerritorySettings = territory_settings.load(territory)
        self.setWindowTitle(self.tr("Territory settings"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._territory_tab(), self.tr("Territory and documents"))
        self.officer = OfficerFields(require_name=False)
        self.tabs.addTab(self._padded(self._you_tab()), self.tr("You (this computer)"))
        self.tabs.addTab(self._delays_tab(), self.tr("Delays and backups"))

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
            self.assistant_button.setEnabled(False)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    @staticmethod
    def _padded(widget: QWidget) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(widget)
        box.addStretch(1)
        return page

    def _territory_tab(self) -> QWidget:
        from municipaless.services.file import territory_scope

        scope = territory_scope.load(self.territory)
        if scope.defined:
            text = self.tr("Territory: {name}, {communes}.").format(
                name=scope.name, communes=plural(len(scope.communes), "commune", "communes")
            )
        else:
            text = self.tr("No territory chosen yet: the activity report has no communes.")
        self.scope_label = QLabel(text)
        self.scope_label.setWordWrap(True)
        self.assistant_button = QPushButton(self.tr("Territory set-up assistant…"))
        self.assistant_button.setObjectName("assistantButton")
        self.assistant_button.clicked.connect(lambda: self.done(ASSISTANT))
        self.lists_button = QPushButton(self.tr("Lists and local challenges…"))
        self.lists_button.setObjectName("listsButton")
        self.lists_button.setToolTip(
            self.tr("Legal forms, sectors, stages, services… and the local challenges")
        )
        self.lists_button.clicked.connect(lambda: self.done(LISTS))
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_label, 1)
        scope_row.addWidget(self.assistant_button)
        scope_row.addWidget(self.lists_button)

        self.commune = QLineEdit(self.settings.commune_name)
        self.commune.setPlaceholderText(self.tr("e.g. Communauté de communes du Val d'Eyrieux"))
        self.officer_email = QLineEdit(self.settings.officer_email)
        self.officer_email.setPlaceholderText(self.tr("empty: the e-mail of whoever sends them"))
        self.officer_email.setToolTip(
            self.tr(
                "Meeting invitations name this address as their organiser, so replies reach "
                "it; empty, each officer's own e-mail (tab « You ») is used, and without any, "
                "the calendar file only publishes the meeting."
            )
        )
        self.letterhead = LetterheadFields(self.settings)
        # Short names the tests and callers used before the letterhead was shared.
        self.logo_preview = self.letterhead.logo_preview
        self.choose_logo_button = self.letterhead.choose_logo_button
        self.remove_logo = self.letterhead.remove_logo
        self.template_label = self.letterhead.template_label
        self.remove_template = self.letterhead.remove_template
        self.choose_logo = self.letterhead.choose_logo
        self.choose_template = self.letterhead.choose_template

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(scope_row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name on documents"), self.commune)
        form.addRow(self.tr("Invitations' organiser e-mail"), self.officer_email)
        layout.addLayout(form)
        layout.addWidget(self.letterhead)
        layout.addStretch(1)
        return page

    def _delays_tab(self) -> QWidget:
        self.no_answer = _days(self.settings.referral_no_answer_days)
        self.no_news = _days(self.settings.no_news_days)
        casework_box = QGroupBox(self.tr("Project holders"))
        casework_form = QFormLayout(casework_box)
        casework_form.addRow(self.tr("An orientation is without answer after"), self.no_answer)
        casework_form.addRow(self.tr("A project is without news after"), self.no_news)

        self.keep: dict[str, QSpinBox] = {}
        backups_box = QGroupBox(self.tr("Automatic backups kept"))
        backups_form = QFormLayout(backups_box)
        for key, label, unit in (
            ("recent", self.tr("Most recent"), self.tr(" backups")),
            ("daily", self.tr("One per day, for"), self.tr(" days")),
            ("weekly", self.tr("One per week, for"), self.tr(" weeks")),
            ("monthly", self.tr("One per month, for"), self.tr(" months")),
        ):
            self.keep[key] = _count(self.settings.backup_keep[key], 365, unit)
            backups_form.addRow(label, self.keep[key])

        page = QWidget()
        layout = QVBoxLayout(page)
        for box in (casework_box, backups_box, self._disclosure_box()):
            layout.addWidget(box)
        layout.addStretch(1)
        return page

    # statistical secrecy ----------------------------------------------------------------------
    def _disclosure_box(self) -> QGroupBox:
        """The threshold lives with the RGPD settings (privacy_settings), saved on its own."""
        from municipaless.services.file import privacy_settings

        self.privacy = privacy_settings.load(self.territory)
        self.threshold = _count(self.privacy.disclosure_threshold, 20, self.tr(" people"))
        self.threshold.setMinimum(2)
        self.threshold.setToolTip(
            self.tr(
                "In anonymised documents, a count of fewer people than this is shown « < N », "
                "and the cells that would give it back by subtraction are withheld too."
            )
        )
        box = QGroupBox(self.tr("Statistical secrecy"))
        QFormLayout(box).addRow(self.tr("Statistical secrecy threshold"), self.threshold)
        return box

    def _you_tab(self) -> QWidget:
        """The officer's profile, and the interface language (per user, at the next start)."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.officer)
        self.language = QComboBox()
        self.language.setObjectName("interfaceLanguage")
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.chosen())))
        note = QLabel(
            self.tr(
                "Applied at the next start of the application. Documents stay in French, "
                "the commune's language."
            )
        )
        note.setWordWrap(True)
        theme.set_tone(note, "muted")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(note)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    # saving ---------------------------------------------------------------------------------
    def accept(self) -> None:
        profile = self.officer.profile()
        if profile is None:
            self.tabs.setCurrentIndex(1)
            return
        self.settings.commune_name = self.commune.text()
        self.settings.officer_email = self.officer_email.text()
        self.settings.referral_no_answer_days = self.no_answer.value()
        self.settings.no_news_days = self.no_news.value()
        for key, box in self.keep.items():
            self.settings.backup_keep[key] = box.value()
        from municipaless.services.file import officer, privacy_settings
        from municipaless.storage.errors import StorageError

        self.privacy.disclosure_threshold = self.threshold.value()
        try:
            self.store.save(self.territory, self.settings)
            privacy_settings.save(self.territory, self.privacy)
        except (self.store.SettingsError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        if not save_profile(self, profile):
            return
        officer.sign_as(self.territory, profile.name)
        chosen = self.language.currentData()
        if chosen != language.chosen():
            try:
                language.choose(chosen)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), str(exc))
                return
            QMessageBox.information(
                self,
                self.tr("Interface language"),
                self.tr("The new language will be used at the next start of the application."),
            )
        super().accept()


def save_profile(parent: QWidget, profile: Any) -> bool:
    """Write the officer's profile on this PC; False (said why) when the folder refuses."""
    from municipaless.services.file import officer

    try:
        officer.save_profile(profile)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("SettingsDialog", "Not saved"),
            translate(
                "SettingsDialog", "Your details could not be saved on this computer: {error}"
            ).format(error=exc.strerror or exc),
        )
        return False
    return True
