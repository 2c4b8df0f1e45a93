"""A layout that places its widgets left to right and wraps to a new line when the width runs
out (Qt has none built in): filter bars fit a 1024-pixel screen by growing a line taller
instead of scrolling sideways.

Items never shrink below their size hint (a combo keeps its longest entry, a field its
placeholder); an item added ``at_end`` sits at the right of the last line.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, line_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._at_end: set[int] = set()  # ids of items pushed to the right of their line
        self._spacing = spacing
        self._line_spacing = line_spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addWidget(self, widget: QWidget, *, at_end: bool = False) -> None:  # noqa: N802
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._items.append(item)
        if at_end:
            self._at_end.add(id(item))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._at_end.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one line."""
        visible = [i for i in self._items if not i.isEmpty()]
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in visible)
        width += self._spacing * max(len(visible) - 1, 0) + margins.left() + margins.right()
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest item alone on its line."""
        margins = self.contentsMargins()
        width = max((i.sizeHint().width() for i in self._items if not i.isEmpty()), default=0)
        height = max((i.sizeHint().height() for i in self._items if not i.isEmpty()), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.width():
                lines.append([])
                x = 0
            lines[-1].append(item)
            x += width + self._spacing
        y = area.y()
        for line in lines:
            height = max((i.sizeHint().height() for i in line), default=0)
            left = area.x()
            for item in line:
                hint = item.sizeHint()
                width = min(hint.width(), area.width())
                if id(item) in self._at_end:
                    left = max(left, area.right() + 1 - width)
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), QSize(width, hint.height())))
                left += width + self._spacing
            y += height + self._line_spacing
        used = y - self._line_spacing - area.y() if lines[0] else 0
        return used + margins.top() + margins.bottom()
