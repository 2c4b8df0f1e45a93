"""Tableau de bord: what the file holds, at a glance (layout from forms/dashboard.ui).

For now the key counts; indicators for the élus (bilan d'activité) will come from a service
that computes them, so this page only lays numbers out.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from municipaless.core import formats
from municipaless.ui.forms.ui_dashboard import Ui_Dashboard

_COLUMNS = 4


class Dashboard(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_Dashboard()
        self.ui.setupUi(self)
        self.value_labels: dict[str, QLabel] = {}

    def _captions(self) -> dict[str, str]:
        """Card captions in the order of Territory.counts(), the lever each serves first."""
        return {
            "project": self.tr("Projects followed"),
            "case_event": self.tr("Case log entries"),
            "referral": self.tr("Referrals"),
            "funding_request": self.tr("Funding requests"),
            "follow_up": self.tr("Follow-ups"),
            "organisation": self.tr("Organisations in the directory"),
            "person": self.tr("Contacts"),
            "meeting": self.tr("Meetings"),
            "decision": self.tr("Decisions"),
            "action_item": self.tr("Actions"),
        }

    def _card(self, caption: str) -> tuple[QFrame, QLabel]:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName("countCard")
        card.setMinimumWidth(120)
        layout = QVBoxLayout(card)
        value = QLabel("0")
        font = QFont(value.font())
        font.setPointSize(22)
        font.setBold(True)
        value.setFont(font)
        value.setAlignment(Qt.AlignmentFlag.AlignLeft)
        text = QLabel(caption)
        text.setWordWrap(True)
        layout.addWidget(value)
        layout.addWidget(text)
        return card, value

    def set_territory(self, territory: Any) -> None:
        grid = self.ui.cardsLayout
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.value_labels = {}
        if territory is None:
            self.ui.fileLabel.setText("")
            return
        counts = territory.counts()
        captions = self._captions()
        for position, table in enumerate(t for t in captions if t in counts):
            card, value = self._card(captions[table])
            value.setText(formats.format_count(counts[table]))
            self.value_labels[table] = value
            grid.addWidget(card, position // _COLUMNS, position % _COLUMNS)
        self.ui.fileLabel.setText(self.tr("File: {path}").format(path=territory.path))
