"""« Historique… » under every record: its journal field by field (Date / Par / Champ /
Avant / Après), the changes a colleague's copy brought marked « fusion », and « Restaurer
cette valeur », which puts the selected change's « Avant » back as a new change (journaled,
rev-checked: a colleague's write since the dialog read the record is the usual conflict).

Registered once for every table by the shell (``install``) through ui/common/record_extras.py:
the sections show the button without importing this feature.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.formats import format_datetime
from municipaless.storage.errors import StorageError
from municipaless.ui.common import record_extras
from municipaless.ui.common.display import Describer, record_title
from municipaless.ui.common.labels import field_label
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.common.small_tables import ColumnDef, RowsModel, make_table, selected_rows
from municipaless.ui.editing import show_storage_error

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_EVENTS = {
    "+": QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
    "-": QT_TRANSLATE_NOOP("HistoryDialog", "Deleted"),
    "~": QT_TRANSLATE_NOOP("HistoryDialog", "Restored"),
}


def change_field_text(field: str) -> str:
    if field in _EVENTS:
        return translate("HistoryDialog", _EVENTS[field])
    more = {  # fields the detail pane does not show but a history may hold
        "label": translate("HistoryDialog", "Label"),
        "archived": translate("HistoryDialog", "Archived"),
        "position": translate("HistoryDialog", "Order"),
        "role": translate("HistoryDialog", "Role"),
        "start_on": translate("HistoryDialog", "Start"),
        "end_on": translate("HistoryDialog", "End"),
    }
    return field_label(field) or more.get(field) or field


class HistoryDialog(QDialog):
    restored = Signal()  # a value was put back: the record's pane re-reads it

    def __init__(self, territory: Any, table: str, row_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.territory, self.table, self.row_id = territory, table, row_id
        self.describer = Describer(territory)
        self.resize(820, 440)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.model = RowsModel(
            [
                ColumnDef(self.tr("Date"), lambda c: format_datetime(c.at)),
                ColumnDef(self.tr("By"), self._by_text),
                ColumnDef(self.tr("Field"), lambda c: change_field_text(c.field)),
                ColumnDef(self.tr("Before"), lambda c: self._value(c, c.old)),
                ColumnDef(self.tr("After"), lambda c: self._value(c, c.new)),
            ],
            parent=self,
        )
        self.view = make_table(self.model, "historyTable", stretch=(3, 4))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore this value"))
        self.restore_button.setObjectName("restoreValueButton")
        self.restore_button.setToolTip(
            self.tr("Puts the value of the “Before” column back, as a new change.")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        from municipaless.services.file import history

        record = self.territory.records[self.table].get(self.row_id, include_deleted=True)
        self.rev = record.rev
        self.setWindowTitle(
            self.tr("History of {what}").format(what=record_title(self.table, record))
        )
        self.changes = history.changes(self.territory, self.table, self.row_id)
        self.heading.setText(
            self.tr("{count} changes, newest first.").format(count=len(self.changes))
        )
        self.model.set_rows(self.changes)
        if self.changes:
            self.view.selectRow(0)
        self._update_buttons()

    def _by_text(self, change: Any) -> str:
        if change.merged_from is None:
            return change.by
        copy = change.merged_from or self.tr("a colleague's copy")
        return self.tr("{who} (merged from {copy})").format(who=change.by, copy=copy)

    def _value(self, change: Any, value: Any) -> str:
        if not change.restorable:
            return format_datetime(value) if isinstance(value, str) and "T" in value else ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return self.describer.value_text(self.table, change.field, value) or "—"

    def current(self) -> Any:
        rows = selected_rows(self.view)
        return rows[0] if rows else None

    def _update_buttons(self) -> None:
        change = self.current()
        reason = read_only_text(self.territory)
        usable = change is not None and change.restorable and not reason
        self.restore_button.setEnabled(usable)
        self.restore_button.setToolTip(
            reason or self.tr("Puts the value of the “Before” column back, as a new change.")
        )

    def restore_selected(self) -> bool:
        from municipaless.services.file import history

        change = self.current()
        if change is None or not change.restorable:
            return False
        try:
            history.restore_value(
                self.territory, self.table, self.row_id, self.rev, change.field, change.old
            )
        except StorageError as exc:
            show_storage_error(self, exc)
            self.reload()  # a colleague's write shows, and the next try starts from it
            return False
        self.reload()
        self.restored.emit()
        return True


def history_button(
    territory: Any, row_id: str, on_written: Callable[[], None], parent: QWidget | None, table: str
) -> QWidget:
    button = QPushButton(translate("HistoryDialog", "History…"), parent)
    button.setObjectName("historyButton")

    def show() -> None:
        dialog = HistoryDialog(territory, table, row_id, button.window())
        dialog.restored.connect(on_written)
        dialog.open()
        button.dialog = dialog  # type: ignore[attr-defined]  # the last one, for tests

    button.clicked.connect(show)
    wrapper = QWidget(parent)
    row = QHBoxLayout(wrapper)
    row.setContentsMargins(0, 4, 0, 0)
    row.addWidget(button)
    row.addStretch(1)
    wrapper.setObjectName("historyLine")
    return wrapper


def install() -> None:
    """« Historique… » under the records of every section (registered once)."""
    record_extras.register_everywhere(history_button)
