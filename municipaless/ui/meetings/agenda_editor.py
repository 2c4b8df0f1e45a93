"""The meeting as it happens: the ordre du jour on the left, and for the item chosen its
presenter and planned time, its notes (saved as you type, see notes_editor.py), its decisions
and its actions.

Items are added by typing a title and Enter, reordered with the arrows (or Ctrl+Up/Down) and
renamed in place. Every write goes through services/meetings/; the revs of the items are
tracked here so a rename right after a notes save is not taken for a colleague's conflict.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.common import theme
from municipaless.ui.common.small_tables import confirm, guard
from municipaless.ui.editing import show_storage_error
from municipaless.ui.meetings.action_items_panel import ActionItemsPanel
from municipaless.ui.meetings.decisions_panel import DecisionsPanel
from municipaless.ui.meetings.notes_editor import NotesEditor

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaEditor(QWidget):
    changed = Signal()  # written: the workspace re-reads the meeting

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.view_data: Any = None
        self.reason = ""
        self.revs: dict[str, int] = {}
        self.notes_texts: dict[str, str] = {}  # with self.revs: what the file holds now
        self._filling = False

        self.list = QListWidget()
        self.list.setObjectName("agendaList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._on_current)
        self.new_item = QLineEdit()
        self.new_item.setObjectName("newAgendaItem")
        self.new_item.setPlaceholderText(self.tr("New item: type its title, then Enter"))
        self.new_item.returnPressed.connect(self.add_item)
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        for arrow in (self.up_button, self.down_button):  # « ↑ » says nothing to a reader
            arrow.setAccessibleName(arrow.toolTip())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove_item)
        for key, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(key), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move(s))
        self.total = QLabel()
        self.total.setObjectName("agendaTotal")
        moves = QHBoxLayout()
        for w in (self.up_button, self.down_button):
            w.setFixedWidth(36)
            moves.addWidget(w)
        moves.addStretch(1)
        moves.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(f"<b>{self.tr('Agenda')}</b>")
        left_layout.addWidget(caption)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.total)
        left_layout.addWidget(self.new_item)
        left_layout.addLayout(moves)

        self.item_title = QLineEdit()
        self.item_title.setObjectName("agendaTitle")
        self.presenter = QLineEdit()
        self.presenter.setPlaceholderText(self.tr("Who presents it"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 1440)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText("—")
        self.item_title.editingFinished.connect(lambda: self._save_field("title"))
        self.presenter.editingFinished.connect(lambda: self._save_field("presenter"))
        self.duration.editingFinished.connect(lambda: self._save_field("duration_min"))
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(self.tr("Item"), self.item_title)
        fields.addRow(self.tr("Presenter"), self.presenter)
        planned = QHBoxLayout()  # on its own line: a narrow pane keeps the presenter readable
        planned.addWidget(self.duration)
        planned.addStretch(1)
        fields.addRow(self.tr("Planned"), planned)

        self.notes = NotesEditor()
        self.notes_status = QLabel()
        self.notes_status.setObjectName("notesStatus")
        theme.set_tone(self.notes_status, "muted")
        self.conflict = QLabel()
        self.conflict.setWordWrap(True)
        theme.set_banner(self.conflict, "warning")
        self.conflict.hide()
        self.notes.status_changed.connect(self.notes_status.setText)
        self.notes.conflict.connect(self._show_conflict)
        self.notes.saved.connect(self._notes_saved)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_head = QHBoxLayout()
        notes_head.addWidget(QLabel(f"<b>{self.tr('Notes')}</b>"))
        notes_head.addStretch(1)
        notes_head.addWidget(self.notes_status)
        notes_layout.addLayout(fields)
        notes_layout.addLayout(notes_head)
        notes_layout.addWidget(self.conflict)
        notes_layout.addWidget(self.notes, 1)

        self.decisions = DecisionsPanel()
        self.action_items = ActionItemsPanel()
        self.decisions.changed.connect(self.changed)
        self.action_items.changed.connect(self.changed)
        self.item_tabs = QTabWidget()  # the notes keep the height; these share what is left
        self.item_tabs.setObjectName("itemTabs")
        self.decisions.title.hide()  # the tab says it
        self.action_items.title.hide()
        self.item_tabs.addTab(self.decisions, self.tr("Decisions"))
        self.item_tabs.addTab(self.action_items, self.tr("Actions"))
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setChildrenCollapsible(False)
        self.right.addWidget(notes_box)
        self.right.addWidget(self.item_tabs)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # data --------------------------------------------------------------------------------
    def show_view(self, territory, view, edit_reason: str, follow_reason: str) -> None:
        """Show a meeting (or None); keeps the item chosen when the same meeting is re-read."""
        same = (
            self.view_data is not None
            and view is not None
            and self.view_data.meeting.id == view.meeting.id
        )
        current = self.current_id() if same else None
        self.territory, self.view_data, self.reason = territory, view, edit_reason
        self.follow_reason = follow_reason
        agenda = list(view.agenda) if view is not None else []
        self.revs = {i.id: i.rev for i in agenda}
        self.notes_texts = {i.id: i.notes or "" for i in agenda}
        self._filling = True
        try:
            self.list.clear()
            for item in agenda:
                entry = QListWidgetItem(self._item_text(item))
                entry.setData(ID_ROLE, item.id)
                entry.setToolTip(item.title)
                self.list.addItem(entry)
            row = next((n for n, i in enumerate(agenda) if i.id == current), 0 if agenda else -1)
            self.list.setCurrentRow(row)
        finally:
            self._filling = False
        minutes = sum(i.duration_min or 0 for i in agenda)
        self.total.setText(
            self.tr("{count} items · {minutes} min planned").format(
                count=len(agenda), minutes=minutes
            )
            if agenda
            else self.tr("No agenda yet: add its items below.")
        )
        if not same or self.current_id() != current:
            self.conflict.hide()
            self.notes_status.clear()
        guard([self.new_item, self.up_button, self.down_button, self.remove_button], edit_reason)
        self._show_item()

    @staticmethod
    def _item_text(item) -> str:
        extra = [
            p
            for p in (item.presenter, f"{item.duration_min} min" if item.duration_min else "")
            if p
        ]
        suffix = f"\n    {' · '.join(extra)}" if extra else ""
        return f"{item.position}. {item.title}{suffix}"

    def current_id(self) -> str | None:
        entry = self.list.currentItem()
        return entry.data(ID_ROLE) if entry is not None else None

    def current_item(self) -> Any:
        item_id = self.current_id()
        for item in self.view_data.agenda if self.view_data else ():
            if item.id == item_id:
                return item
        return None

    def select_item(self, item_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == item_id:
                self.list.setCurrentRow(row)
                return

    def _on_current(self, _row: int) -> None:
        if not self._filling:
            self._show_item()

    def _show_item(self) -> None:
        item = self.current_item()
        view = self.view_data
        for widget, text in (
            (self.item_title, item.title if item else ""),
            (self.presenter, item.presenter if item else ""),
        ):
            if not widget.hasFocus() or item is None:
                widget.setText(text)
        self.duration.setValue((item.duration_min or 0) if item else 0)
        rev = self.revs.get(item.id) if item else None
        text = self.notes_texts.get(item.id, item.notes or "") if item else ""
        self.notes.load(self.territory, item.id if item else None, rev, text, self.reason)
        no_item = "" if item else self.tr("Choose an agenda item first.")
        guard([self.item_title, self.presenter, self.duration], self.reason or no_item)
        item_id = item.id if item else None
        self.decisions.show_view(self.territory, view, item_id, self.reason, self.follow_reason)
        self.action_items.show_view(self.territory, view, item_id, self.reason, self.follow_reason)
        self.item_tabs.setTabText(0, self.decisions.title.text())
        self.item_tabs.setTabText(1, self.action_items.title.text())

    def flush(self) -> bool:
        return self.notes.flush()

    # notes -------------------------------------------------------------------------------
    def _notes_saved(self, item_id: str, rev: int, text: str) -> None:
        # the view read before this save is stale for this item: its rev and text go together
        self.revs[item_id] = rev
        self.notes_texts[item_id] = text

    def _show_conflict(self, message: str) -> None:
        self.conflict.setText(message)
        self.conflict.show()

    # editing -----------------------------------------------------------------------------
    def _save_field(self, name: str) -> None:
        from municipaless.services import meetings

        item = self.current_item()
        if item is None or self.reason:
            return
        value: Any = {
            "title": lambda: self.item_title.text().strip(),
            "presenter": lambda: self.presenter.text().strip(),
            "duration_min": lambda: self.duration.value() or None,
        }[name]()
        if value == getattr(item, name):
            return
        self.notes.flush()
        try:
            updated = meetings.update_agenda_item(
                self.territory, item.id, self.revs.get(item.id, item.rev), **{name: value}
            )
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.notes.set_rev(item.id, updated.rev)
        self.changed.emit()

    def add_item(self) -> None:
        from municipaless.services import meetings

        title = self.new_item.text().strip()
        if not title or self.reason or self.view_data is None:
            return
        self.notes.flush()
        try:
            item = meetings.add_agenda_item(self.territory, self.view_data.meeting.id, title)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.new_item.clear()
        self.changed.emit()
        self.select_item(item.id)

    def move(self, step: int) -> None:
        from municipaless.services import meetings

        item = self.current_item()
        if item is None or self.reason:
            return
        index = self.list.currentRow() + step
        if not 0 <= index < self.list.count():
            return
        self.notes.flush()
        try:
            agenda = meetings.move_agenda_item(self.territory, item.id, index)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        for moved in agenda:
            self.notes.set_rev(moved.id, moved.rev)
        self.changed.emit()
        self.select_item(item.id)

    def remove_item(self) -> None:
        from municipaless.services import meetings

        item = self.current_item()
        if item is None or self.reason:
            return
        if not confirm(self, f"« {item.title} »"):
            return
        self.notes.flush()
        try:
            meetings.remove_agenda_item(self.territory, item.id, self.revs.get(item.id, item.rev))
        except StorageError as exc:
            show_storage_error(self, exc)
        self.changed.emit()
