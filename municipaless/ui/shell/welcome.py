"""Shown when no territory file is open (first start, or the last file could not be opened):
it always offers a way forward instead of an empty window."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    open_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("No territory file is open"))
        font = QFont(title.font())
        font.setPointSize(16)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        text = QLabel(
            self.tr(
                "Open the territory file your colleagues share with you, create a new one, or "
                "try the app on the demonstration territory."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(text)
        for label, signal in (
            (self.tr("Open a file…"), self.open_requested),
            (self.tr("New file…"), self.new_requested),
            (self.tr("Open the demonstration territory"), self.demo_requested),
        ):
            button = QPushButton(label)
            button.clicked.connect(signal.emit)
            # as wide as its text, on the left: a policy, not an alignment (known-traps.md#5)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            layout.addWidget(button)
        layout.addStretch(1)
