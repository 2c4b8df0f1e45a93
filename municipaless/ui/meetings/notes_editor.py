"""Notes of one agenda item, typed in place during the meeting and saved as you type.

Nothing typed may be lost on a crash or a closed laptop, so the text is written to the file
(synchronous=FULL) after each pause of ``SAVE_PAUSE_MS``, when the field loses the focus, when
another item or meeting is shown, and when the window closes — without the officer pressing
anything. Each save is one rev-checked write of one field (``meetings.save_notes``), which
also checks that the saved text is still the one this editor showed (``base``): a save never
replaces text the officer did not see. The agenda keeps each item's rev and text together, so
an item chosen again shows what was saved.

A conflict (a colleague, or another window, saved these notes meanwhile) never overwrites and
never drops what was typed: when only the rev moved (the item was renamed or reordered), the
save is simply retried; when the other side really changed the notes, both texts are kept —
theirs, then ours under a marked line — and a banner asks the officer to tidy up.
"""

from typing import Any

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from municipaless.storage.errors import ConflictError, StorageError

SAVE_PAUSE_MS = 1000


class NotesEditor(QPlainTextEdit):
    saved = Signal(str, int, str)  # item id, its new rev, the text now saved
    status_changed = Signal(str)  # "Saved at 14:32:05", "Not saved: …"
    conflict = Signal(str)  # a message for the banner above the notes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.setTabChangesFocus(True)
        self._territory: Any = None
        self._item_id: str | None = None
        self._rev: int | None = None
        self._saved_text = ""
        self._loading = False
        self.timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_changed)

    # showing one item --------------------------------------------------------------------
    def load(
        self, territory: Any, item_id: str | None, rev: int | None, text: str, reason: str = ""
    ) -> None:
        """Show an item's notes (saving the previous item's first); ``reason`` makes them
        read-only and says why."""
        same = item_id == self._item_id and territory is self._territory
        self.flush()
        if same and rev is not None and self._rev is not None and rev < self._rev:
            rev, text = self._rev, self._saved_text  # a view read before our last save
        self._territory, self._item_id, self._rev = territory, item_id, rev
        self._saved_text = text or ""
        self._loading = True
        try:
            if self.toPlainText() != self._saved_text:
                self.setPlainText(self._saved_text)
        finally:
            self._loading = False
        self.setReadOnly(bool(reason) or item_id is None)
        self.setToolTip(reason)
        placeholder = self.tr("Notes of this item, saved as you type.") if item_id else ""
        self.setPlaceholderText("" if reason else placeholder)

    def set_rev(self, item_id: str, rev: int) -> None:
        """The item was written elsewhere in this window (renamed, moved): keep its rev."""
        if item_id == self._item_id:
            self._rev = rev

    @property
    def item_id(self) -> str | None:
        return self._item_id

    def dirty(self) -> bool:
        return self._item_id is not None and self.toPlainText() != self._saved_text

    # saving ------------------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading or self._item_id is None or self.isReadOnly():
            return
        self.timer.start()
        self.status_changed.emit(self.tr("Typing…"))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def flush(self) -> bool:
        """Write what is typed now; True when nothing is left unsaved."""
        self.timer.stop()
        if not self.dirty() or self._territory is None or self._rev is None:
            return True
        from municipaless.services import meetings

        text, item_id = self.toPlainText(), self._item_id
        assert item_id is not None
        try:
            self._rev = meetings.save_notes(
                self._territory, item_id, self._rev, text, base=self._saved_text
            )
        except ConflictError:
            return self._resolve_conflict(text)
        except StorageError as exc:
            self.status_changed.emit(self.tr("Not saved: {error}").format(error=exc.message))
            return False
        self._saved(item_id, text)
        return True

    def _saved(self, item_id: str, text: str) -> None:
        self._saved_text = text
        when = QTime.currentTime().toString("HH:mm:ss")
        self.status_changed.emit(self.tr("Saved at {time}").format(time=when))
        assert self._rev is not None
        self.saved.emit(item_id, self._rev, text)

    def _resolve_conflict(self, mine: str) -> bool:
        from municipaless.services import meetings

        item_id = self._item_id
        assert item_id is not None
        try:
            current = self._territory.records["agenda_item"].get(item_id)
        except StorageError as exc:
            self.status_changed.emit(self.tr("Not saved: {error}").format(error=exc.message))
            return False
        theirs = current.notes or ""
        merged = mine
        if theirs not in (mine, self._saved_text):
            marker = self.tr("My notes, typed at the same time ({time}):").format(
                time=QTime.currentTime().toString("HH:mm")
            )
            merged = f"{theirs}\n\n— {marker}\n{mine}"
        try:
            self._rev = meetings.save_notes(
                self._territory, item_id, current.rev, merged, base=theirs
            )
        except StorageError as exc:  # a second conflict within milliseconds: try at next pause
            self._rev = current.rev
            self.status_changed.emit(self.tr("Not saved: {error}").format(error=exc.message))
            return False
        if merged != mine:
            self._loading = True
            try:
                self.setPlainText(merged)
                self.moveCursor(QTextCursor.MoveOperation.End)
            finally:
                self._loading = False
            self.conflict.emit(
                self.tr(
                    "These notes were changed elsewhere while you typed: both texts are kept, "
                    "the other one first, yours below. Tidy them up."
                )
            )
        self._saved(item_id, merged)
        return True
