"""Fichier ▸ Corbeille…: what was deleted (Quoi / Type / Supprimé le / Par), filtered by type,
and « Restaurer », which brings the selected records back with what was deleted with them (a
meeting's agenda and decisions, an entry's participants). A record whose project or meeting is
still in the corbeille is refused with what to restore first; read-only: looking only.
"""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.formats import format_datetime
from municipaless.storage.errors import StorageError
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.common.small_tables import ColumnDef, RowsModel, make_table, selected_rows

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_TYPES = {
    "organisation": QT_TRANSLATE_NOOP("TrashDialog", "Organisation"),
    "person": QT_TRANSLATE_NOOP("TrashDialog", "Person"),
    "affiliation": QT_TRANSLATE_NOOP("TrashDialog", "Job"),
    "service_offer": QT_TRANSLATE_NOOP("TrashDialog", "Service offer"),
    "project": QT_TRANSLATE_NOOP("TrashDialog", "Project"),
    "project_holder": QT_TRANSLATE_NOOP("TrashDialog", "Project holder"),
    "case_event": QT_TRANSLATE_NOOP("TrashDialog", "Case log entry"),
    "referral": QT_TRANSLATE_NOOP("TrashDialog", "Referral"),
    "funding_request": QT_TRANSLATE_NOOP("TrashDialog", "Funding request"),
    "follow_up": QT_TRANSLATE_NOOP("TrashDialog", "Follow-up"),
    "meeting_series": QT_TRANSLATE_NOOP("TrashDialog", "Meeting series"),
    "meeting": QT_TRANSLATE_NOOP("TrashDialog", "Meeting"),
    "agenda_item": QT_TRANSLATE_NOOP("TrashDialog", "Agenda item"),
    "attendance": QT_TRANSLATE_NOOP("TrashDialog", "Invitee"),
    "decision": QT_TRANSLATE_NOOP("TrashDialog", "Decision"),
    "action_item": QT_TRANSLATE_NOOP("TrashDialog", "Action"),
    "challenge": QT_TRANSLATE_NOOP("TrashDialog", "Local challenge"),
    "vocabulary": QT_TRANSLATE_NOOP("TrashDialog", "List value"),
}


def type_name(table: str) -> str:
    return translate("TrashDialog", _TYPES.get(table, table))


class TrashDialog(QDialog):
    restored = Signal()  # records came back: every page re-reads the file

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.territory = territory
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(860, 460)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Type:")))
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("trashTypeFilter")
        self.type_filter.currentIndexChanged.connect(lambda _i: self._show())
        top.addWidget(self.type_filter)
        top.addStretch(1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        layout.addLayout(top)
        self.model = RowsModel(
            [
                ColumnDef(self.tr("What"), self._what),
                ColumnDef(self.tr("Type"), lambda i: type_name(i.table)),
                ColumnDef(self.tr("Deleted on"), lambda i: format_datetime(i.deleted_at)),
                ColumnDef(self.tr("By"), lambda i: i.deleted_by or "—"),
            ],
            parent=self,
        )
        self.view = make_table(self.model, "trashTable", multi=True, stretch=(0,))
        self.view.setAccessibleName(self.tr("Deleted records"))
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.reload()

    def _what(self, item: Any) -> str:
        context = item.context
        if item.table == "vocabulary":
            from municipaless.ui.file.lists_dialog import list_name

            context = list_name(context)  # the list, as Listes names it
        text = f"{item.label} — {context}" if context else item.label
        if item.linked:
            text += " " + self.tr("(with {count} linked items)").format(count=item.linked)
        return text

    def reload(self) -> None:
        from municipaless.services.file import trash

        self.items = trash.items(self.territory)
        chosen = self.type_filter.currentData()
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All"), None)
        for table in dict.fromkeys(i.table for i in self.items):
            self.type_filter.addItem(type_name(table), table)
        index = self.type_filter.findData(chosen)
        self.type_filter.setCurrentIndex(max(index, 0))
        self.type_filter.blockSignals(False)
        self._show()

    def _show(self) -> None:
        table = self.type_filter.currentData()
        shown = [i for i in self.items if table is None or i.table == table]
        self.model.set_rows(shown)
        self.count_label.setText(self.tr("{count} deleted items").format(count=len(shown)))
        if shown:
            self.view.selectRow(0)
        self._update_button()

    def _update_button(self) -> None:
        reason = read_only_text(self.territory)
        self.restore_button.setEnabled(not reason and bool(selected_rows(self.view)))
        self.restore_button.setToolTip(
            reason or self.tr("Brings the selected records back, with what was deleted with them.")
        )

    def restore_selected(self) -> int:
        """Restore the selected lines; the number of records back (problems are said once)."""
        from municipaless.services.file import trash

        count, problems = 0, []
        chosen = sorted(selected_rows(self.view), key=lambda i: trash.ORDER.index(i.table))
        for item in chosen:  # owners first: a project before its entries
            try:
                count += trash.restore(self.territory, item.table, item.row_id, item.rev)
            except StorageError as exc:
                problems.append(f"{item.label} : {exc.message}")
        self.reload()
        if count:
            self.restored.emit()
        if problems:
            QMessageBox.warning(self, self.tr("Not restored"), "\n\n".join(problems))
        return count
