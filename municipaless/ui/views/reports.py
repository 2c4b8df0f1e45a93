"""Rapports: a placeholder that tells the officer what this section will hold."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ReportsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        title = QLabel(self.tr("Reports"))
        font = QFont(title.font())
        font.setPointSize(18)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(
            self.tr(
                "Coming soon: the annual activity report (bilan d'activité) for the elected "
                "officials, the list of projects followed and their outcomes, funding leveraged, "
                "and meeting minutes, exported to Word, Excel, LibreOffice, PDF or CSV. Council "
                "exports are anonymised by default."
            )
        )
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
