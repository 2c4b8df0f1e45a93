"""What a new file's dashboard shows instead of twelve zero tiles: the three first steps, each
with the button that does it, and a line about the territory while none is chosen.

The buttons only emit signals: the window runs the import wizard, the new-project form or the
new-meeting form of the other sections (sections never import each other).
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def is_new(counts: dict[str, int]) -> bool:
    """A file with no structure, no project and no meeting: nothing to show figures about."""
    return not any(counts.get(table, 0) for table in ("organisation", "project", "meeting"))


class FirstSteps(QWidget):
    import_requested = Signal()
    project_requested = Signal()
    meeting_requested = Signal()
    territory_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstSteps")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.territory_line = QFrame()
        self.territory_line.setObjectName("territoryLine")
        self.territory_line.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.territory_line)
        self.territory_text = QLabel(
            self.tr(
                "Your territory is not chosen yet: the activity report cannot offer its "
                "communes, and your name does not sign your changes."
            )
        )
        self.territory_text.setWordWrap(True)
        self.territory_button = QPushButton(self.tr("Set up the territory…"))
        self.territory_button.setObjectName("setUpTerritory")
        self.territory_button.clicked.connect(self.territory_requested)
        row.addWidget(self.territory_text, 1)
        row.addWidget(self.territory_button)
        layout.addWidget(self.territory_line)
        heading = QLabel(self.tr("To begin"))
        font = QFont(heading.font())
        font.setPointSize(13)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.buttons: list[QPushButton] = []
        for number, (title, text, button, signal, name) in enumerate(
            (
                (
                    self.tr("Import the directory"),
                    self.tr(
                        "The structures and contacts you already work with, from a "
                        "spreadsheet (Excel, LibreOffice, CSV) or vCards exported from your "
                        "e-mail."
                    ),
                    self.tr("Import the directory…"),
                    self.import_requested,
                    "stepImport",
                ),
                (
                    self.tr("Welcome a project holder"),
                    self.tr(
                        "Open the project of the first person you welcome: their name, their "
                        "idea, the first interview; follow-ups and referrals come after."
                    ),
                    self.tr("New project…"),
                    self.project_requested,
                    "stepProject",
                ),
                (
                    self.tr("Plan a meeting"),
                    self.tr(
                        "A steering committee (COPIL), a technical committee or a network "
                        "meeting: date, place, invitees, agenda, then the minutes."
                    ),
                    self.tr("New meeting…"),
                    self.meeting_requested,
                    "stepMeeting",
                ),
            ),
            start=1,
        ):
            layout.addWidget(self._step(number, title, text, button, signal, name))

    def _step(self, number: int, title: str, text: str, button_text: str, signal, name: str):
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(card)
        badge = QLabel(str(number))
        font = QFont(badge.font())
        font.setPointSize(20)
        font.setBold(True)
        badge.setFont(font)
        badge.setFixedWidth(36)
        words = QVBoxLayout()
        caption = QLabel(f"<b>{title}</b>")
        sentence = QLabel(text)
        sentence.setWordWrap(True)
        words.addWidget(caption)
        words.addWidget(sentence)
        button = QPushButton(button_text)
        button.setObjectName(name)
        button.clicked.connect(signal)
        self.buttons.append(button)
        row.addWidget(badge)
        row.addLayout(words, 1)
        row.addWidget(button)
        return card

    def set_territory(self, territory: Any) -> None:
        """The territory line shows while no territory is chosen; buttons off when read-only."""
        from municipaless.services.file import territory_scope

        writable = territory is not None and not territory.read_only
        self.territory_line.setVisible(writable and not territory_scope.load(territory).defined)
        for button in self.buttons:
            button.setEnabled(writable)
