"""The new-territory assistant: which commune or intercommunalité the file covers (its
communes, ticked), who the officer is, the letterhead (optional), then what to do first.

Opened right after Fichier ▸ Nouveau fichier and from Paramètres. Nothing is written before
« Terminer »: cancelling leaves the file as it was (a new one stays a valid empty file). The
reference lists (INSEE communes, DGCL EPCI) are read when the assistant opens, not at start-up.
"""

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from municipaless.core.wording import plural
from municipaless.ui.file.letterhead import LetterheadFields
from municipaless.ui.file.officer_fields import OfficerFields

CODE = Qt.ItemDataRole.UserRole
SEARCH_PAUSE_MS = 200


class TerritoryPage(QWizardPage):
    """A search over communes and EPCI; the choice lists its communes, ticked."""

    def __init__(self, scope: Any, printed_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your territory"))
        self.setSubTitle(
            self.tr(
                "Type the name of your commune or intercommunality (communauté de communes, "
                "d'agglomération…), then choose it in the list."
            )
        )
        self.kind, self.code, self.official_name = scope.kind, scope.code, scope.name
        self.search = QLineEdit()
        self.search.setObjectName("territorySearch")
        self.search.setPlaceholderText(self.tr("e.g. Privas, Ardèche, Val d'Eyrieux…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("territoryResults")
        self.results.setAccessibleName(self.tr("Communes and intercommunalities found"))
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.communes = QListWidget()
        self.communes.setObjectName("territoryCommunes")
        self.communes.setAccessibleName(self.tr("Communes of the territory"))
        self.name = QLineEdit(printed_name or scope.name)
        self.name.setObjectName("territoryName")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.chosen)
        layout.addWidget(self.communes, 3)
        form = QFormLayout()
        form.addRow(self.tr("Name on documents"), self.name)
        layout.addLayout(form)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.results.currentItemChanged.connect(lambda item, _old: self.choose(item))
        self.communes.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.name.textChanged.connect(lambda _t: self.completeChanged.emit())
        if scope.defined:  # from Paramètres: the territory as saved, its other communes unticked
            _name, members = _members(scope.kind, scope.code)
            members += [c for c in scope.communes if c not in members]
            self._show_communes(members, set(scope.communes), scope.name)

    def run_search(self) -> None:
        """The annuaire's territory search (accents, elisions, whole words first), kept to
        intercommunalités and communes."""
        from municipaless.services.geography import epci
        from municipaless.services.geography.territory_search import search_territories

        self._timer.stop()
        self.results.clear()
        text = self.search.text()
        for choice in search_territories(text, limit=80):
            kind, _, code = choice.code.partition(":")
            found = epci.get(code) if kind == "epci" else None
            if found is not None:
                label = self.tr("{name} — {nature}, {count} communes").format(
                    name=found.name, nature=found.nature_label, count=len(found.members)
                )
            elif kind == "commune":
                label = self.tr("{name} — commune ({code})").format(name=choice.name, code=code)
            else:
                continue  # départements and régions: the assistant takes a commune or an EPCI
            item = QListWidgetItem(label)
            item.setData(CODE, (kind, code))
            self.results.addItem(item)
        if text.strip() and not self.results.count():
            empty = QListWidgetItem(self.tr("No commune or intercommunality has this name."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)

    def choose(self, item: QListWidgetItem | None) -> None:
        data = item.data(CODE) if item is not None else None
        if not data:
            return
        self.kind, self.code = data
        name, members = _members(self.kind, self.code)
        self.official_name = name
        self._show_communes(members, {self.code} if self.kind == "commune" else set(members), name)
        self.name.setText(name)

    def _show_communes(self, codes: list[str], ticked: set[str], name: str) -> None:
        from municipaless.services.geography.communes import commune_name

        self.communes.blockSignals(True)
        self.communes.clear()
        for code in codes:
            item = QListWidgetItem(f"{commune_name(code)} ({code})")
            item.setData(CODE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.communes.addItem(item)
        self.communes.blockSignals(False)
        if self.kind == "epci":
            text = self.tr(
                "{name}: its communes are ticked; untick those your mission does not cover."
            )
        else:
            text = self.tr(
                "{name}: the other communes of its intercommunality are listed, to tick if "
                "your mission covers them."
            )
        self.chosen.setText(text.format(name=name))
        self.completeChanged.emit()

    def ticked(self) -> list[str]:
        items = (self.communes.item(i) for i in range(self.communes.count()))
        return [i.data(CODE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.kind and self.ticked() and self.name.text().strip())


def _members(kind: str, code: str) -> tuple[str, list[str]]:
    """The official name and the communes to list: an EPCI's members, or a commune then the
    other communes of its EPCI (a commune's mission may cover a few neighbours)."""
    from municipaless.services.geography import communes, epci

    if kind == "epci":
        found = epci.get(code)
        return (found.name, list(found.members)) if found else (code, [])
    members = [code]
    neighbours = epci.of_commune(code)
    if neighbours is not None:
        members += [c for c in neighbours.members if c != code]
    return communes.commune_name(code), members


class OfficerPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Who you are"))
        self.setSubTitle(
            self.tr("Your name signs your changes and is the referent of the projects you open.")
        )
        self.fields = OfficerFields()
        QVBoxLayout(self).addWidget(self.fields)
        self.profile: Any = None

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.profile = self.fields.profile()
        return self.profile is not None


class LetterheadPage(QWizardPage):
    def __init__(self, settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Letterhead (optional)"))
        self.setSubTitle(
            self.tr(
                "The logo heads every document; a Word template gives Word exports the "
                "commune's styles. Both can be set later in File ▸ Territory settings."
            )
        )
        self.letterhead = LetterheadFields(settings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.letterhead)
        layout.addStretch(1)


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.text = QLabel()
        self.text.setObjectName("summaryText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)


class TerritoryAssistant(QWizard):
    """Writes the scope, the commune's name and letterhead into the file and the officer's
    profile on this PC, on « Terminer » only."""

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.file import settings as territory_settings
        from municipaless.services.file import territory_scope

        self.territory = territory
        self.settings = territory_settings.load(territory)
        self.setWindowTitle(self.tr("Territory set-up assistant"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.territory_page = TerritoryPage(
            territory_scope.load(territory), self.settings.commune_name
        )
        self.officer_page = OfficerPage()
        self.letterhead_page = LetterheadPage(self.settings)
        self.summary_page = SummaryPage()
        for page in (
            self.territory_page,
            self.officer_page,
            self.letterhead_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        self.resize(640, 520)

    def _entered(self, _page_id: int) -> None:
        if self.currentPage() is self.summary_page:
            self.summary_page.text.setText(self.summary_html())

    def summary_html(self) -> str:
        from html import escape

        page, profile = self.territory_page, self.officer_page.profile
        count = len(page.ticked())
        lines = [
            self.tr("Territory: <b>{name}</b>, {communes}.").format(
                name=escape(page.name.text().strip()),
                communes=plural(count, "commune", "communes"),
            ),
            self.tr("Officer: <b>{name}</b>").format(name=escape(profile.name if profile else ""))
            + (f", {escape(profile.role)}" if profile and profile.role else ""),
            self.tr("Logo: {logo}. Word template: {template}.").format(
                logo=self.tr("yes") if self.settings.logo_png else self.tr("none"),
                template=self.tr("yes") if self.settings.docx_template else self.tr("standard"),
            ),
        ]
        steps = self.tr(
            "Then, from the dashboard:<ol><li>import your directory of partners (a spreadsheet "
            "or vCards);</li><li>welcome a first project holder;</li><li>plan a meeting (a "
            "COPIL, a committee).</li></ol>"
        )
        return "<p>" + "<br>".join(lines) + "</p><p>" + steps + "</p>"

    def accept(self) -> None:
        from municipaless.services.file import officer, territory_scope
        from municipaless.services.file import settings as territory_settings
        from municipaless.storage.errors import StorageError
        from municipaless.ui.file.settings_dialog import save_profile

        page, profile = self.territory_page, self.officer_page.profile
        scope = territory_scope.TerritoryScope(
            page.kind, page.code, page.official_name, page.ticked()
        )
        try:
            with self.territory.transaction():
                territory_scope.save(self.territory, scope)
                fresh = territory_settings.load(self.territory)  # other settings as stored
                fresh.commune_name = page.name.text().strip()
                fresh.logo_png = self.settings.logo_png
                fresh.docx_template = self.settings.docx_template
                territory_settings.save(self.territory, fresh)
        except (territory_settings.SettingsError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        if profile is not None:
            if not save_profile(self, profile):
                return
            officer.sign_as(self.territory, profile.name)
        super().accept()
