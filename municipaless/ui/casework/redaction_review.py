"""« Vérifiez les remplacements »: what the anonymised fiche projet will replace, shown to the
officer before the file is written.

The redaction (core/redaction.py) knows the people linked to the project; a person the text
names without being linked (« sa sœur Julie ») cannot be recognised. The officer reads the
list — kind, text found, what replaces it, how many times — and continues or cancels.
"""

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.redaction import LABELS


class RedactionReview(QDialog):
    """One line per (kind, text found); Continue writes the file, Cancel writes nothing."""

    def __init__(self, replacements: Sequence[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the replacements"))
        counts = Counter((r.kind, r.original, r.token) for r in replacements)
        lines = list(counts.items())  # in reading order: Counter keeps the first occurrence's
        self.intro = intro = QLabel(
            self.tr(
                "The anonymised sheet replaces these texts. A person who is not linked to the "
                "project cannot be recognised: reread the description before sending."
            )
            if lines
            else self.tr(
                "No name, phone, e-mail, link or address was found in the texts. A person who "
                "is not linked to the project cannot be recognised: reread the description "
                "before sending."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(lines), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Text found"), self.tr("Replaced by"), self.tr("Times")]
        )
        for row, ((kind, original, token), n) in enumerate(lines):
            for col, text in enumerate((LABELS.get(kind, kind), original, token, str(n))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(lines))
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def rows(self) -> list[list[str]]:
        """What the table shows, line by line (for tests and screen readers alike)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
