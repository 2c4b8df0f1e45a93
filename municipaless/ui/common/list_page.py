"""A list of records with a detail pane beside it: the shape of every section of the window.

The table never sorts or filters in Python: clicking a header asks the model to re-query SQL,
and rows arrive page by page as the officer scrolls (docs/known-traps.md#4). Column widths come
from the first page only; ``resizeColumnsToContents`` would read every row.
"""

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common.detail_pane import DetailPane
from municipaless.ui.common.models import ListSourceModel

_MIN_WIDTH, _MAX_WIDTH, _PADDING = 60, 250, 20


class ListPage(QWidget):
    loaded = Signal()  # a new model is in the view (a file, a filter): sections adjust it
    detail_share = 0.3  # of the page's width, given to the detail pane on first show

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
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_placed = False  # sized on first show, unless restored from settings
        self.was_shown = False  # a never-shown splitter has meaningless sizes: do not save them
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.page_layout = layout  # sections insert a toolbar or a filter bar above the list

    def add_top(self, widget: QWidget) -> QWidget:
        """Put a toolbar or filter bar above the list (in the order added)."""
        self.page_layout.insertWidget(self.page_layout.count() - 1, widget)
        return widget

    def restore_splitter(self, state: Any) -> None:
        self._splitter_placed = self.splitter.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.was_shown = True
        if not self._loaded:
            self._load()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Sizes given before the first layout are lost, so the default split waits for a size.
        super().resizeEvent(event)
        width = event.size().width()  # the splitter fills the page (no margins)
        if not self._splitter_placed and self.isVisible() and width > 400:
            self._splitter_placed = True
            detail = max(300, int(width * self.detail_share))
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
            source = territory.list_source(self.list_name, self._where)
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
            self.loaded.emit()
        if old_model is not None:
            old_model.deleteLater()

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
