"""A list of records with a detail pane beside it: the shape of every section of the window.

The table never sorts or filters in Python: clicking a header asks the model to re-query SQL,
and rows arrive page by page as the officer scrolls (docs/known-traps.md#4). Column widths come
from the first page only; ``resizeColumnsToContents`` would read every row.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common.detail_pane import DetailPane
from municipaless.ui.common.filter_bar import FilterBar
from municipaless.ui.common.models import ListSourceModel

_MIN_WIDTH, _MAX_WIDTH, _PADDING = 60, 250, 20


class ListPage(QWidget):
    loaded = Signal()  # a new model is in the view (a file, a filter): sections adjust it
    detail_share = 0.3  # of the page's width, given to the detail pane on first show
    list_room = 360  # the list keeps this much (its first columns), up to half a small page
    detail_room = 300  # and the detail pane at least this much

    def __init__(
        self,
        list_name: str,
        table: str,
        kind_text: str,
        *,
        descending: bool = False,
        detail: DetailPane | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.list_name = list_name
        self.table = table
        self.kind_text = kind_text
        self._descending = descending
        self._model: ListSourceModel | None = None
        self._territory: Any = None
        self._where: Any = None  # storage Where from a section's filter bar (None: all rows)
        self._keep_sort = False
        self._loaded = True  # nothing to load until a territory is set

        self.view = QTableView()
        self.view.setObjectName(f"{list_name}Table")
        self.view.setAccessibleName(self.tr("List: {kind}").format(kind=kind_text))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.detail = detail if detail is not None else DetailPane()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{list_name}Splitter")
        self.splitter.addWidget(self._build_empty_state())
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_placed = False  # sized on first show, unless restored from settings
        self._split_by_hand = False  # until the officer drags it, the split follows the width
        self.splitter.splitterMoved.connect(self._moved_by_hand)
        self.was_shown = False  # a never-shown splitter has meaningless sizes: do not save them
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.page_layout = layout  # sections insert a toolbar or a filter bar above the list

    # the empty list: one sentence and the button that fills it ---------------------------
    def _build_empty_state(self) -> QWidget:
        """The list and, in its place when it has no row, what to do (``set_empty_state``)."""
        area = QWidget()
        box = QVBoxLayout(area)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view)
        self.empty_state = QWidget()
        self.empty_state.setObjectName(f"{self.list_name}Empty")
        inner = QVBoxLayout(self.empty_state)
        inner.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName(f"{self.list_name}EmptyButton")
        self.empty_button.clicked.connect(self._empty_clicked)
        inner.addWidget(self.empty_label)
        inner.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addStretch(2)
        self.empty_state.hide()
        box.addWidget(self.empty_state)
        self._empty: tuple[str, str, Callable[[], Any]] | None = None
        self._filter_bar: Callable[[], Any] = lambda: None
        return area

    def set_empty_state(
        self,
        text: str,
        button_text: str,
        action: Callable[[], Any],
        filters: Callable[[], Any] | None = None,
    ) -> None:
        """Shown instead of an empty list: ``text`` and a button running ``action``; with a
        filter of ``filters()`` (a FilterBar) active, « no result » and « clear the filters »."""
        self._empty = (text, button_text, action)
        if filters is not None:
            self._filter_bar = filters
        self._update_empty()

    def _filtered(self) -> bool:
        bar = self._filter_bar()
        return bool(bar.active()) if bar is not None else self._where is not None

    def _update_empty(self) -> None:
        model = self._model
        empty = self._empty is not None and model is not None and model.rowCount() == 0
        self.view.setVisible(not empty)
        self.empty_state.setVisible(empty)
        if not empty or self._empty is None:
            return
        if self._filtered():
            self.empty_label.setText(self.tr("No result for these filters."))
            self.empty_button.setText(self.tr("Clear the filters"))
            self.empty_button.setEnabled(True)
        else:
            text, button_text, _action = self._empty
            self.empty_label.setText(text)
            self.empty_button.setText(button_text)
            territory = self._territory
            self.empty_button.setEnabled(territory is not None and not territory.read_only)

    def _empty_clicked(self) -> None:
        bar = self._filter_bar()
        if self._filtered():
            if bar is not None:
                bar.reset()
            else:
                self.set_where(None)
        elif self._empty is not None:
            self._empty[2]()

    def add_top(self, widget: QWidget) -> QWidget:
        """Put a toolbar or filter bar above the list (in the order added)."""
        self.page_layout.insertWidget(self.page_layout.count() - 1, widget)
        return widget

    def restore_splitter(self, state: Any) -> None:
        self._splitter_placed = self.splitter.restoreState(state)
        self._split_by_hand = self._splitter_placed

    def _moved_by_hand(self, _position: int, _index: int) -> None:
        self._split_by_hand = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.was_shown = True
        self._place_split()  # resized while hidden: no resize event comes once shown
        if not self._loaded:
            self._load()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Sizes given before the first layout are lost, so the default split waits for a size.
        super().resizeEvent(event)
        self._place_split()

    def _place_split(self) -> None:
        """The default split, kept as the window changes size (a first size may be a passing
        one) until the officer drags the splitter or a saved split was restored."""
        width = self.width()  # the splitter fills the page (no margins)
        placing = not self._splitter_placed or not self._split_by_hand
        if placing and self.isVisible() and width > 400:
            self._splitter_placed = True
            detail = max(self.detail_room, int(width * self.detail_share))
            detail = min(detail, width - min(self.list_room, width // 2))
            self.splitter.setSizes([width - detail, detail])

    @property
    def model(self) -> "ListSourceModel | None":
        """The list's model, loaded on first use: hidden sections cost nothing at start-up."""
        if not self._loaded:
            self._load()
        return self._model

    def set_territory(self, territory: Any) -> None:
        self.detail.set_territory(territory)
        self._territory = territory
        self._where = None  # a filter belongs to the file it was built for
        self._keep_sort = False  # another file starts in the list's default order
        self._loaded = False
        if territory is None or self.isVisible():
            self._load()

    def set_where(self, where: Any) -> None:
        """Show only the rows of a storage ``Where`` (built by a service), keeping the sort."""
        self._where = where
        self._keep_sort = True
        if self._territory is not None:
            self._loaded = False
            if self.isVisible():
                self._load()

    def reload(self) -> None:
        """Re-read the list after a write (same filter and sort), keeping the record shown."""
        if self._model is not None and self._loaded:
            self._model.reload()
            if self.detail.shown is not None:
                self.show_record(self.detail.shown[1])
        elif self._territory is not None and self.isVisible():
            self._load()

    def current_id(self) -> str | None:
        """The record in the detail pane (selected in the list or opened from elsewhere)."""
        return self.detail.shown[1] if self.detail.shown is not None else None

    def _load(self) -> None:
        self._loaded = True
        territory = self._territory
        self.view.setSortingEnabled(False)
        old_model = self._model
        if territory is None:
            self._model = None
            self.view.setModel(None)
        else:
            source = self.list_source(territory, self._where)
            column, descending = source.spec.default_sort, self._descending
            if old_model is not None and self._keep_sort:  # a new filter keeps the order
                header = self.view.horizontalHeader()
                column = header.sortIndicatorSection()
                descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self._model = ListSourceModel(
                source, parent=self, sort_column=column, descending=descending
            )
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.view.setModel(self._model)
            self.view.horizontalHeader().setSortIndicator(column, order)
            self.view.setSortingEnabled(True)
            self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
            self._size_columns()
            self._model.modelReset.connect(self._update_empty)
            self.loaded.emit()
        self._update_empty()
        if old_model is not None:
            old_model.deleteLater()

    def list_source(self, territory: Any, where: Any) -> Any:
        """The rows to page through; a section whose list is not in storage's ``SPECS``
        (the cooperation tabs) returns its service's source instead."""
        return territory.list_source(self.list_name, where)

    def _size_columns(self) -> None:
        """Widths from the header and the first rows loaded."""
        assert self._model is not None
        metrics = self.view.fontMetrics()
        header_metrics = self.view.horizontalHeader().fontMetrics()
        rows = min(self._model.rowCount(), 40)  # a sample: measuring 200 rows cost ~25 ms
        for column in range(self._model.columnCount()):
            header_text = str(self._model.headerData(column, Qt.Orientation.Horizontal) or "")
            typical = max(
                (
                    metrics.horizontalAdvance(str(self._model.index(row, column).data() or ""))
                    for row in range(rows)
                ),
                default=0,
            )
            # Room for the header's text and its sort arrow.
            wanted = max(typical, header_metrics.horizontalAdvance(header_text) + 20) + _PADDING
            self.view.setColumnWidth(column, max(_MIN_WIDTH, min(_MAX_WIDTH, wanted)))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._model is None or not current.isValid():
            return
        row_id = self._model.row_id(current.row())
        if row_id:
            self.detail.show_record(self.table, row_id, self.kind_text)

    def show_record(self, row_id: str) -> None:
        """Select the record if its row is loaded, and show it in the detail pane either way."""
        row = self._model.row_of(row_id) if self._model is not None else None
        if row is not None:
            index = self._model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()
        self.detail.show_record(self.table, row_id, self.kind_text)


def focus_text_filter(page: QWidget | None) -> bool:
    """Ctrl+F: put the cursor in the free-text filter of the list shown in ``page`` (the first
    visible filter bar's text field), its text selected to type over; False when none is shown."""
    if page is None:
        return False
    for bar in page.findChildren(FilterBar):  # the other tabs' bars are hidden
        edit = bar.widgets.get("text")
        if isinstance(edit, QLineEdit) and edit.isVisible() and edit.isEnabled():
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()
            return True
    return False
