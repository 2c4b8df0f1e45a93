"""Qt models over SQL-backed lists and search hits.

``ListSourceModel`` holds only the rows fetched so far, page by page, and re-queries SQL to
sort: a proxy model over 20,000 Python rows takes seconds to sort (docs/known-traps.md#4), a page of
200 rows from an indexed query takes milliseconds.
"""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from municipaless.ui.common.labels import code_label, coded_fields, column_header, kind_name

PAGE_SIZE = 200
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
IS_HEADER_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


PHONE_KEYS = frozenset({"phone", "mobile"})


class ListSourceModel(QAbstractTableModel):
    """Rows of a ``ListSource`` (tuples ``(id, col…)``), loaded lazily, sorted by SQL."""

    def __init__(
        self,
        source: Any,
        page_size: int = PAGE_SIZE,
        parent=None,
        *,
        sort_column: int | None = None,
        descending: bool = False,
    ):
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._rows: list[tuple] = []
        self._sort_column = sort_column
        self._descending = descending
        self._total = source.count()
        self._rows = self._fetch_page()  # the first page: a view shows rows at once
        # Columns holding a fixed code (no vocabulary table to join): labelled here.
        self._coded = {
            number: column.key
            for number, column in enumerate(source.columns)
            if column.key in coded_fields()
        }
        # Phones are stored E.164 (+33475641234) and read the French way (04 75 64 12 34),
        # as the detail pane shows them.
        self._phones = {
            number for number, column in enumerate(source.columns) if column.key in PHONE_KEYS
        }
        # Amounts are stored in cents and sorted as numbers, read « 50 000 € ».
        self._money = {
            number for number, column in enumerate(source.columns) if column.key.endswith("_cents")
        }

    # lazy loading ------------------------------------------------------------------------
    def _fetch_page(self) -> list[tuple]:
        return self._source.fetch(
            len(self._rows), self._page_size, self._sort_column, self._descending
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._fetch_page()
        if not page:
            self._total = len(self._rows)  # rows vanished since count(): stop asking
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def reload(self) -> None:
        """Re-count and re-read the first page, e.g. after the file changed."""
        self.beginResetModel()
        self._total = self._source.count()
        self._rows = []
        self._rows = self._fetch_page()
        self.endResetModel()

    def total(self) -> int:
        return self._total

    # QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._source.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = row[index.column() + 1]
            if index.column() in self._coded and value is not None:
                return code_label(self._coded[index.column()], value)
            from municipaless.core.formats import format_phone  # babel: not at start-up
            from municipaless.ui.common.display import format_cell

            if index.column() in self._phones and value:
                return format_phone(value)
            if index.column() in self._money and value is not None:
                from municipaless.core.formats import format_money

                return format_money(value)
            return format_cell(value)
        if role == ROW_ID_ROLE:
            return row[0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._source.columns):
                return column_header(self._source.columns[section].header)
            return None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._source.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return  # a view enabling sorting asks for the order we already have
        self.beginResetModel()
        self._sort_column = column
        self._descending = descending
        self._rows = []
        self._rows = self._fetch_page()
        self.endResetModel()

    # helpers for views -------------------------------------------------------------------
    def row_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: str) -> int | None:
        """Row of a record among those loaded so far (None if not loaded)."""
        for number, row in enumerate(self._rows):
            if row[0] == row_id:
                return number
        return None


class SearchResultsModel(QAbstractListModel):
    """Search hits grouped by kind: a non-selectable header row precedes each group."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[tuple[str, Any]] = []  # ("header", kind) or ("hit", SearchHit)

    def set_results(self, grouped: dict[str, list[Any]]) -> None:
        self.beginResetModel()
        self._items = []
        for kind, hits in grouped.items():
            if hits:
                self._items.append(("header", kind))
                self._items.extend(("hit", hit) for hit in hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results({})

    def hit_count(self) -> int:
        return sum(1 for item_type, _ in self._items if item_type == "hit")

    def hit(self, row: int) -> Any | None:
        if 0 <= row < len(self._items) and self._items[row][0] == "hit":
            return self._items[row][1]
        return None

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._items) and self._items[row][0] == "header"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_header(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item_type, item = self._items[index.row()]
        if item_type == "header":
            if role == Qt.ItemDataRole.DisplayRole:
                return kind_name(item)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == IS_HEADER_ROLE:
                return True
            if role == KIND_ROLE:
                return item
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # the tooltip repeats the whole line: the popup cuts a long one with « … »
            return f"{item.label}  —  {item.detail}" if item.detail else item.label
        if role == ROW_ID_ROLE:
            return item.row_id
        if role == KIND_ROLE:
            return item.kind
        if role == IS_HEADER_ROLE:
            return False
        return None
