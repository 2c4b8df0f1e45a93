"""Coopérations: four tabs, one per lever the officer pulls beyond the case log — the enjeux
du territoire (with the coverage matrix), the appels à projets coopératifs, the collectifs and
the ateliers.

Each tab is a page of its own module answering the same small contract: ``set_territory``,
``reload``, ``show_record(row_id)``, ``new_record()`` (Ctrl+N) and the signals
``records_changed`` (it wrote: the window has the other sections re-read) and
``record_requested(kind, id)`` (open a project, a structure, a meeting elsewhere).
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from municipaless.ui.cooperation.calls_page import CallsPage
from municipaless.ui.cooperation.challenges_page import ChallengesPage
from municipaless.ui.cooperation.collectives_page import CollectivesPage
from municipaless.ui.cooperation.workshops_page import WorkshopsPage

CHALLENGES_TAB, CALLS_TAB, COLLECTIVES_TAB, WORKSHOPS_TAB = range(4)
# The tab that shows each kind of record (a candidature is shown within its call).
_TAB_OF = {
    "challenge": CHALLENGES_TAB,
    "project_call": CALLS_TAB,
    "submission": CALLS_TAB,
    "collective": COLLECTIVES_TAB,
    "workshop": WORKSHOPS_TAB,
}


class CooperationPage(QWidget):
    records_changed = Signal()
    record_requested = Signal(str, str)  # kind, id: a record shown in another section

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.challenges = ChallengesPage()
        self.calls = CallsPage()
        self.collectives = CollectivesPage()
        self.workshops = WorkshopsPage()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cooperationTabs")
        self.tabs.setDocumentMode(True)
        for page, title in (
            (self.challenges, self.tr("Territory challenges")),
            (self.calls, self.tr("Calls for projects")),
            (self.collectives, self.tr("Collectives")),
            (self.workshops, self.tr("Workshops")),
        ):
            self.tabs.addTab(page, title)
            page.records_changed.connect(self._wrote)
            page.record_requested.connect(self.record_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def pages(self) -> tuple[Any, ...]:
        return (self.challenges, self.calls, self.collectives, self.workshops)

    def set_territory(self, territory: Any) -> None:
        for page in self.pages():
            page.set_territory(territory)

    def reload(self) -> None:
        for page in self.pages():
            page.reload()

    def _wrote(self) -> None:
        """One tab wrote: the others re-read (an award changes a collectif's money…)."""
        source = self.sender()
        for page in self.pages():
            if page is not source:
                page.reload()
        self.records_changed.emit()

    def show_record(self, kind: str, row_id: str) -> None:
        tab = _TAB_OF[kind]
        self.tabs.setCurrentIndex(tab)
        page = self.pages()[tab]
        if kind == "submission":
            page.show_submission(row_id)
        else:
            page.show_record(row_id)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the tab in view."""
        self.pages()[self.tabs.currentIndex()].new_record()
