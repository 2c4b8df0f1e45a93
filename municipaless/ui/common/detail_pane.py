"""Read-only view of one record beside a list (layout from forms/detail_pane.ui).

Any record type is shown the same way: the ``Describer`` turns its fields into label/text pairs,
so a new table needs field labels (ui/common/labels.py), not a new widget.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from municipaless.core import formats
from municipaless.storage.errors import StorageError
from municipaless.ui.common.display import Describer, record_title
from municipaless.ui.common.labels import field_label
from municipaless.ui.forms.ui_detail_pane import Ui_DetailPane


class DetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DetailPane()
        self.ui.setupUi(self)
        self._empty_text = self.ui.emptyLabel.text()
        self._territory: Any = None
        self._describer: Describer | None = None
        self.shown: tuple[str, str] | None = None  # (table, id) on display
        self.clear()

    def set_territory(self, territory: Any) -> None:
        self._territory = territory
        self._describer = Describer(territory) if territory is not None else None
        self.clear()

    def clear(self) -> None:
        self.shown = None
        self._clear_fields()
        for widget in (self.ui.kindLabel, self.ui.titleLabel, self.ui.footerLabel):
            widget.hide()
        self.ui.scrollArea.hide()
        self.ui.emptyLabel.setText(self._empty_text)
        self.ui.emptyLabel.show()

    def _clear_fields(self) -> None:
        layout = self.ui.fieldsLayout
        while layout.rowCount():
            layout.removeRow(0)

    def show_record(self, table: str, row_id: str, kind_text: str = "") -> bool:
        """Show one record; False (and a short note) if it is gone or no file is open."""
        if self._territory is None or self._describer is None:
            self.clear()
            return False
        try:
            record = self._territory.records[table].get(row_id)
        except StorageError as exc:
            self.clear()
            self.ui.emptyLabel.setText(exc.message)
            return False
        self._clear_fields()
        title = record_title(table, record)
        for field, text in self._describer.describe(table, record):
            label = field_label(field)
            if label is None or text == title:  # the title already says it
                continue
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.ui.fieldsLayout.addRow(label, value)
        self.ui.kindLabel.setText(kind_text)
        self.ui.kindLabel.setVisible(bool(kind_text))
        self.ui.titleLabel.setText(title)
        self.ui.footerLabel.setText(
            self.tr("Last changed {when} by {who}").format(
                when=formats.format_datetime(record.updated_at), who=record.updated_by or "—"
            )
        )
        self.ui.emptyLabel.hide()
        for widget in (self.ui.titleLabel, self.ui.scrollArea, self.ui.footerLabel):
            widget.show()
        self.shown = (table, row_id)
        return True

    def title_text(self) -> str:
        return self.ui.titleLabel.text()
