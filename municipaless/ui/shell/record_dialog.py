"""A small window showing one record whose kind has no list of its own yet
(entrées du suivi, décisions, actions), opened from the global search."""

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from municipaless.ui.common.detail_pane import DetailPane


class RecordDialog(QDialog):
    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(460, 420)
        self.detail = DetailPane()
        self.detail.set_territory(territory)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)

    def show_record(self, table: str, row_id: str, kind_text: str) -> None:
        self.setWindowTitle(kind_text)
        self.detail.show_record(table, row_id, kind_text)
        self.show()  # not exec(): the officer keeps working in the window behind
        self.raise_()
