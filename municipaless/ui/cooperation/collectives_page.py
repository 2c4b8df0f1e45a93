"""The collectifs (PTCE, SCIC, tiers-lieux…) and their members (tab of Coopérations).

Placeholder laid down with the schema so the section exists; the tab's own work replaces it.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class CollectivesPage(QWidget):
    records_changed = Signal()
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Collectives")))

    def set_territory(self, territory: Any) -> None:
        self.territory = territory

    def reload(self) -> None:
        """Re-read the open file."""

    def show_record(self, row_id: str) -> None:
        """Select the record ``row_id``."""

    def new_record(self) -> None:
        """Ctrl+N in this tab."""
