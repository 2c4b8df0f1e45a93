"""An atelier's registrations: who (and which project), présent / excusé / absent, the
satisfaction noted and a comment — edited in the table itself.

At the door the officer marks one click (or one key: P, E, A) per selected row, or
« Tous présents » for everyone not marked yet; afterwards, double-click (or F2) a presence, a
note or a comment to change it. Every change goes through services/cooperation/workshops.
"""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.statuses import RegistrationStatus, label_of
from municipaless.storage.errors import StorageError
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.small_tables import confirm, guard
from municipaless.ui.editing import show_storage_error

Index = QModelIndex | QPersistentModelIndex
NAME, PROJECT, STATUS, SATISFACTION, COMMENT = range(5)
_FIELDS = {STATUS: "status", SATISFACTION: "satisfaction", COMMENT: "comment"}


class RegistrationsModel(QAbstractTableModel):
    """The rows of ``workshops.registrations``; presence, note and comment are editable and
    ``edit_requested(row, field, value)`` asks the table to save them."""

    edit_requested = Signal(object, str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.editable = True
        self.headers = (
            self.tr("Person"),
            self.tr("Project"),
            self.tr("Attendance"),
            self.tr("Satisfaction"),
            self.tr("Comment"),
        )

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.column() in _FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, _FIELDS[column]) if column in _FIELDS else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == NAME:
            return row.name or self.tr("(erased person)")
        if column == PROJECT:
            return f"{row.project_reference} {row.project_name}".strip()
        if column == STATUS:
            return label_of(RegistrationStatus, row.status)
        if column == SATISFACTION:
            return f"{row.satisfaction} / 5" if row.satisfaction else ""
        return row.comment

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in _FIELDS:
            return False
        row = self.rows[index.row()]
        field = _FIELDS[index.column()]
        if field == "satisfaction":
            value = int(value) if value else None
        if getattr(row, field) == value:
            return False
        # Saved once the editor has closed: the save re-reads the rows (a model reset), which
        # must not pull the editor from under the view committing it.
        QTimer.singleShot(0, self, lambda: self.edit_requested.emit(row, field, value))
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo over (label, value) pairs; the choice is saved as soon as it is made."""

    def __init__(self, choices: list[tuple[str, Any]], name: str, parent: QWidget):
        super().__init__(parent)
        self.choices = choices
        self.name = name

    def createEditor(self, parent: QWidget, _option: Any, _index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(self.name)
        for label, value in self.choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CommentDelegate(QStyledItemDelegate):
    """The comment typed in place, its editor named for screen readers."""

    def __init__(self, name: str, parent: QWidget):
        super().__init__(parent)
        self.name = name

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:  # noqa: N802
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.name)
        return editor


class RegistrationsTable(QWidget):
    """The table, its summary and its buttons; ``changed`` after every write."""

    changed = Signal()
    register_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.workshop: Any = None
        self.reason = ""
        self.model = RegistrationsModel(self)
        self.model.edit_requested.connect(self.save)
        self.table = QTableView()
        self.table.setObjectName("registrationsTable")
        self.table.setAccessibleName(self.tr("Registrations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a porteur: the whole list in sight
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((NAME, 115), (PROJECT, 110), (STATUS, 72), (SATISFACTION, 78)):
            self.table.setColumnWidth(column, width)
        statuses = [(s.shown, s.value) for s in RegistrationStatus]
        notes = [(self.tr("Not noted"), None)] + [(f"{n} / 5", n) for n in range(1, 6)]
        self.table.setItemDelegateForColumn(
            STATUS, ChoiceDelegate(statuses, self.tr("Attendance"), self.table)
        )
        self.table.setItemDelegateForColumn(
            SATISFACTION, ChoiceDelegate(notes, self.tr("Satisfaction"), self.table)
        )
        self.table.setItemDelegateForColumn(
            COMMENT, CommentDelegate(self.tr("Comment"), self.table)
        )
        self.summary = QLabel()
        self.summary.setObjectName("registrationsSummary")
        self.summary.setWordWrap(True)

        bar = ActionBar()
        self.register_button = QPushButton(self.tr("Register…"))
        self.register_button.setObjectName("registerButton")
        self.register_button.clicked.connect(self.register_requested)
        bar.add(self.register_button)
        self.all_present_button = QPushButton(self.tr("All present"))
        self.all_present_button.setObjectName("allPresent")
        self.all_present_button.clicked.connect(self.all_present)
        bar.add(self.all_present_button)
        self.mark_buttons: dict[str, QPushButton] = {}
        for code, text, key in (
            (RegistrationStatus.PRESENT, self.tr("&Present"), "P"),
            (RegistrationStatus.EXCUSED, self.tr("&Excused"), "E"),
            (RegistrationStatus.ABSENT, self.tr("&Absent"), "A"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"registration_{code}")
            button.setToolTip(self.tr("Key {key} in the list").format(key=key))
            button.clicked.connect(lambda _c=False, s=code: self.mark(s))
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=code: self.mark(s))
            self.mark_buttons[code] = button
            bar.add(button)
        bar.add_stretch()
        self.remove_button = QPushButton(self.tr("Unregister"))
        self.remove_button.setObjectName("unregister")
        self.remove_button.clicked.connect(self.remove_selected)
        bar.add(self.remove_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)

    # data --------------------------------------------------------------------------------
    def show_workshop(self, territory: Any, workshop: Any, reason: str) -> None:
        from municipaless.services.cooperation import workshops

        self.territory, self.workshop, self.reason = territory, workshop, reason
        rows = workshops.registrations(territory, workshop.id) if workshop is not None else []
        self.model.editable = not reason
        self.model.set_rows(rows)
        counts = {s: sum(r.status == s for r in rows) for s in RegistrationStatus}
        parts = [workshops.places_text(len(rows), workshop.capacity if workshop else None)]
        for code, text in (
            (RegistrationStatus.PRESENT, self.tr("{count} present")),
            (RegistrationStatus.EXCUSED, self.tr("{count} excused")),
            (RegistrationStatus.ABSENT, self.tr("{count} absent")),
        ):
            if counts[code]:
                parts.append(text.format(count=counts[code]))
        notes = [r.satisfaction for r in rows if r.satisfaction]
        if notes:
            mean = f"{sum(notes) / len(notes):.1f}".replace(".", ",")
            parts.append(self.tr("satisfaction {mean} / 5").format(mean=mean))
        full = workshop is not None and workshops.full_warning(territory, workshop.id)
        self.summary.setText(" · ".join([*parts, *([self.tr("full")] if full else [])]))
        controls = [self.register_button, self.all_present_button, self.remove_button]
        guard([*controls, *self.mark_buttons.values()], reason)

    def selected(self) -> list[Any]:
        numbers = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not numbers and self.table.currentIndex().isValid():
            numbers = [self.table.currentIndex().row()]
        return [self.model.rows[n] for n in numbers if n < len(self.model.rows)]

    # editing -----------------------------------------------------------------------------
    def save(self, row: Any, field: str, value: Any) -> None:
        from municipaless.services.cooperation import workshops

        if self.reason:
            return
        try:
            workshops.update_registration(self.territory, row.id, row.rev, {field: value})
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()

    def mark(self, status: str) -> None:
        from municipaless.services.cooperation import workshops

        rows = self.selected()
        if not rows or self.reason:
            return
        numbers = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        try:
            with self.territory.transaction():
                for row in rows:
                    workshops.set_attendance(self.territory, row.id, row.rev, status)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()
        if len(numbers) == 1 and numbers[0] + 1 < self.model.rowCount():
            self.table.selectRow(numbers[0] + 1)  # at the door: mark, next, mark…

    def all_present(self) -> None:
        from municipaless.services.cooperation import workshops

        if self.workshop is None or self.reason:
            return
        try:
            workshops.all_present(self.territory, self.workshop.id)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()

    def remove_selected(self) -> None:
        from municipaless.services.cooperation import workshops

        rows = self.selected()
        if not rows or self.reason or not confirm(self, ", ".join(r.name for r in rows)):
            return
        try:
            with self.territory.transaction():
                for row in rows:
                    workshops.unregister(self.territory, row.id, row.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()
