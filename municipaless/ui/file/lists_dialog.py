"""Fichier ▸ Listes et enjeux du territoire…: the choice lists an officer may change (statuts
juridiques, filières, étapes, types de structure, instruments, services, types d'entrée et de
réunion) and the enjeux. Left the lists, right their values with how many records use each;
Ajouter / Renommer / Monter / Descendre / Archiver / Restaurer / Supprimer (off, saying why,
for a value in use). Every change is saved at once, journaled and merged like any other.
"""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.common.small_tables import ColumnDef, RowsModel, make_table, selected_rows

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_LIST_NAMES = {
    "legal_status": QT_TRANSLATE_NOOP("ListsDialog", "Legal statuses"),
    "sector": QT_TRANSLATE_NOOP("ListsDialog", "Sectors"),
    "stage": QT_TRANSLATE_NOOP("ListsDialog", "Project stages"),
    "organisation_kind": QT_TRANSLATE_NOOP("ListsDialog", "Kinds of organisation"),
    "instrument": QT_TRANSLATE_NOOP("ListsDialog", "Funding instruments"),
    "service": QT_TRANSLATE_NOOP("ListsDialog", "Services offered"),
    "case_event_kind": QT_TRANSLATE_NOOP("ListsDialog", "Kinds of case log entry"),
    "meeting_kind": QT_TRANSLATE_NOOP("ListsDialog", "Kinds of meeting"),
    "challenge": QT_TRANSLATE_NOOP("ListsDialog", "Local challenges"),
}


def list_name(vocab: str) -> str:
    return translate("ListsDialog", _LIST_NAMES.get(vocab, vocab))


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """The one modal question of the dialog (tests replace it)."""
    answer, ok = QInputDialog.getText(parent, title, label, text=text)
    return answer if ok else None


class ListsDialog(QDialog):
    changed = Signal()  # a list changed: filters, forms and panes re-read their choices

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services.file import vocabulary_lists as lists

        self.setObjectName("listsDialog")
        self.territory = territory
        self.setWindowTitle(self.tr("Lists and local challenges"))
        self.resize(820, 480)
        outer = QVBoxLayout(self)
        body = QHBoxLayout()
        self.lists = QListWidget()
        self.lists.setObjectName("listsList")
        self.lists.setAccessibleName(self.tr("Lists"))
        for vocab in (*lists.EDITABLE, lists.CHALLENGES):
            item = QListWidgetItem(list_name(vocab))
            item.setData(256, vocab)  # Qt.UserRole
            self.lists.addItem(item)
        self.lists.setFixedWidth(self.lists.sizeHintForColumn(0) + 24)  # names never cut
        self.lists.currentRowChanged.connect(lambda _r: self.reload())
        body.addWidget(self.lists)
        right = QVBoxLayout()
        self.model = RowsModel(
            [
                ColumnDef(self.tr("Value"), lambda e: e.label),
                ColumnDef(self.tr("Used by"), lambda e: str(e.uses), align_right=True),
                ColumnDef(self.tr("State"), lambda e: self.tr("Archived") if e.archived else ""),
            ],
            style=lambda e: "muted" if e.archived else "",
            parent=self,
        )
        self.view = make_table(self.model, "listValues", stretch=(0,))
        self.view.setAccessibleName(self.tr("Values of the list"))
        right.addWidget(self.view, 1)
        self.note = QLabel(
            self.tr(
                "A renamed value changes on every record that holds it. An archived value is no "
                "longer offered but still shows on old records."
            )
        )
        self.note.setWordWrap(True)
        right.addWidget(self.note)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", self.tr("Add…"), self.add_value),
            ("rename", self.tr("Rename…"), self.rename_value),
            ("up", self.tr("Move up"), lambda: self.move(-1)),
            ("down", self.tr("Move down"), lambda: self.move(1)),
            ("archive", self.tr("Archive"), lambda: self.set_archived(True)),
            ("unarchive", self.tr("Restore"), lambda: self.set_archived(False)),
            ("delete", self.tr("Delete"), self.delete_value),
            ("history", self.tr("History…"), self.show_history),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}ValueButton")
            button.clicked.connect(lambda _c=False, run=slot: run())
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        right.addLayout(buttons)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.lists.setCurrentRow(0)

    # reading -----------------------------------------------------------------------------
    @property
    def vocab(self) -> str:
        item = self.lists.currentItem()
        return str(item.data(256)) if item is not None else ""

    def select_list(self, vocab: str) -> None:
        for row in range(self.lists.count()):
            if self.lists.item(row).data(256) == vocab:
                self.lists.setCurrentRow(row)

    def reload(self, keep: str | None = None) -> None:
        from municipaless.services.file import vocabulary_lists as lists

        if not self.vocab:
            return
        self.entries = lists.entries(self.territory, self.vocab)
        self.model.set_rows(self.entries)
        rows = [n for n, e in enumerate(self.entries) if e.row_id == keep]
        if rows or self.entries:
            self.view.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def current(self) -> Any:
        rows = selected_rows(self.view)
        return rows[0] if rows else None

    def select_value(self, label: str) -> None:
        for n, e in enumerate(self.entries):
            if e.label == label:
                self.view.selectRow(n)

    def _update_buttons(self) -> None:
        reason = read_only_text(self.territory)
        entry = self.current()
        for key, button in self.buttons.items():
            usable = not reason and (key == "add" or entry is not None)
            if key == "archive":
                usable = usable and not entry.archived
            if key == "unarchive":
                usable = usable and entry.archived
            tip = reason
            if key == "history":
                usable = entry is not None  # reading is allowed read-only too
            if key == "delete" and usable and entry.uses:
                usable = False
                tip = self.tr("Used by {count} records: archive it instead.").format(
                    count=entry.uses
                )
            button.setEnabled(usable)
            button.setToolTip(tip)

    # writing -----------------------------------------------------------------------------
    def _run(self, action: Any, keep: str | None = None) -> bool:
        try:
            result = action()
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            current = self.current()
            self.reload(current.row_id if current else None)  # what a colleague wrote shows
            return False
        self.reload(keep if keep is not None else getattr(result, "row_id", None))
        self.changed.emit()
        return True

    def add_value(self) -> bool:
        from municipaless.services.file import vocabulary_lists as lists

        label = ask_text(self, self.tr("Add a value"), list_name(self.vocab))
        if label is None:
            return False
        return self._run(lambda: lists.add(self.territory, self.vocab, label))

    def rename_value(self) -> bool:
        from municipaless.services.file import vocabulary_lists as lists

        entry = self.current()
        if entry is None:
            return False
        label = ask_text(self, self.tr("Rename"), self.tr("New label:"), entry.label)
        if label is None or label == entry.label:
            return False
        return self._run(
            lambda: lists.rename(self.territory, self.vocab, entry.row_id, entry.rev, label),
            entry.row_id,
        )

    def set_archived(self, archived: bool) -> bool:
        from municipaless.services.file import vocabulary_lists as lists

        entry = self.current()
        if entry is None:
            return False
        return self._run(
            lambda: lists.set_archived(
                self.territory, self.vocab, entry.row_id, entry.rev, archived
            ),
            entry.row_id,
        )

    def move(self, step: int) -> bool:
        from municipaless.services.file import vocabulary_lists as lists

        entry = self.current()
        if entry is None:
            return False
        return self._run(
            lambda: lists.move(self.territory, self.vocab, entry.row_id, step), entry.row_id
        )

    def show_history(self) -> Any:
        from municipaless.services.file import vocabulary_lists as lists
        from municipaless.ui.file.history_dialog import HistoryDialog

        entry = self.current()
        if entry is None:
            return None
        table = "challenge" if self.vocab == lists.CHALLENGES else "vocabulary"
        self.history = HistoryDialog(self.territory, table, entry.row_id, self)
        self.history.restored.connect(lambda: (self.reload(entry.row_id), self.changed.emit()))
        self.history.open()
        return self.history

    def delete_value(self) -> bool:
        from municipaless.services.file import vocabulary_lists as lists

        entry = self.current()
        if entry is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete « {label} »? It goes to the recycle bin.").format(label=entry.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(
            lambda: lists.delete(self.territory, self.vocab, entry.row_id, entry.rev), ""
        )
