"""The global search field and its grouped results popup.

The popup is a child widget of the window, not a separate top-level window: a popup window
would take the keyboard focus away from the field while the officer is typing. The field keeps
the focus and drives the list with the arrow keys, Enter and Escape.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from municipaless.storage.errors import StorageError

if TYPE_CHECKING:  # the results' model loads with the first search, not with the window
    from municipaless.ui.common.models import SearchResultsModel

DEBOUNCE_MS = 120
_POPUP_MIN_WIDTH = 460
_POPUP_MAX_HEIGHT = 420

SearchFunction = Callable[[str], dict]


class SearchPopup(QFrame):
    def __init__(self, parent: QWidget):
        from PySide6.QtCore import Qt  # made on first use: not at start (known-traps.md#5)

        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        from municipaless.ui.common.models import SearchResultsModel

        self.model = SearchResultsModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setUniformItemSizes(True)
        # a long hit is cut with « … » and read whole in its tooltip: never a sideways scroll
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setStyleSheet("QListView::item { padding: 2px 6px; }")
        self.view.setAccessibleName(self.tr("Search results"))
        self.empty_label = QLabel(self.tr("No results"))
        self.empty_label.setMargin(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        self.hide()


class SearchField(QLineEdit):
    """Emits ``result_chosen(kind, row_id)`` when the officer opens a hit."""

    result_chosen = Signal(str, str)

    def __init__(self, popup_parent: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search everywhere (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everywhere"))
        self.setMinimumWidth(320)
        self.search_function: SearchFunction | None = None
        self._popup_parent = popup_parent
        self._popup: SearchPopup | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._on_text_changed)

    @property
    def popup(self) -> SearchPopup:
        """The results' popup, built at the first search: the empty window shows without it
        (its list, model and style cost the cold start ~8 ms, issue #17)."""
        if self._popup is None:
            self._popup = SearchPopup(self._popup_parent)
            self._popup.view.clicked.connect(self._open_index)
        return self._popup

    @property
    def results(self) -> "SearchResultsModel":
        return self.popup.model

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():  # also catches the clear button, which does not emit textEdited
            self._timer.stop()
            self.hide_popup()

    def run_search(self) -> None:
        import sqlite3  # loaded with the file's storage, after the first paint (issue #17)

        query = self.text().strip()
        if not query or self.search_function is None:
            self.hide_popup()
            return
        try:
            grouped = self.search_function(query)
        except (StorageError, sqlite3.Error):
            grouped = {}
        self.results.set_results(grouped)
        self._select_row(self._next_hit_row(-1, +1))
        self._show_popup()

    # popup placement --------------------------------------------------------------------
    def _show_popup(self) -> None:
        popup = self.popup
        has_hits = self.results.hit_count() > 0
        popup.view.setVisible(has_hits)
        popup.empty_label.setVisible(not has_hits)
        parent = popup.parentWidget()
        top_left = self.mapTo(parent, QPoint(0, self.height() + 2))
        width = max(self.width(), _POPUP_MIN_WIDTH)
        x = max(0, min(top_left.x(), parent.width() - width))
        if has_hits:
            rows = sum(popup.view.sizeHintForRow(r) for r in range(self.results.rowCount()))
            height = min(rows + 8, _POPUP_MAX_HEIGHT)
        else:
            height = popup.empty_label.sizeHint().height() + 6
        popup.setGeometry(x, top_left.y(), width, height)
        popup.show()
        popup.raise_()

    def hide_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def popup_visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    # keyboard ---------------------------------------------------------------------------
    def _next_hit_row(self, start: int, step: int) -> int:
        row = start + step
        while 0 <= row < self.results.rowCount():
            if not self.results.is_header(row):
                return row
            row += step
        return -1

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.popup.view.setCurrentIndex(QModelIndex())
            return
        index = self.results.index(row, 0)
        self.popup.view.setCurrentIndex(index)
        self.popup.view.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # made on first use: not at start (known-traps.md#5)

        key = event.key()
        if self.popup_visible() and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = self._next_hit_row(self.popup.view.currentIndex().row(), step)
            if row >= 0:
                self._select_row(row)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():  # Enter before the debounce fired: search now
                self._timer.stop()
                self.run_search()
            self._open_index(self.popup.view.currentIndex())
            return
        if key == Qt.Key.Key_Escape and self.popup_visible():
            self.hide_popup()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.hide_popup()
        super().focusOutEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.results.hit(index.row()) if index.isValid() else None
        if hit is None:
            return
        self.hide_popup()
        self.result_chosen.emit(hit.kind, hit.row_id)
