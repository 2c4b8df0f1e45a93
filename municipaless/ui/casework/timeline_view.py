"""Chronologie: everything dated about a project in one list, newest first.

Entries of the case log, orientations, funding requests and relances come from one service
call (``case_events.timeline``, < 50 ms on the large file). Each line is a small card — date
and kind, the subject in bold, the notes (three lines at most), the people met — with a colour
mark per source so the eye finds the orientations or the money at a glance; an overdue relance
is red, a done one grey. Double-clicking (or Enter) opens the line's form.

A list with a painting delegate rather than a table: the notes need the width of the pane, and
a table of four columns left each of them too narrow to read (seen at 1280×800).
"""

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from municipaless.core import formats
from municipaless.ui.common import theme

SOURCE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
HEAD_ROLE = Qt.ItemDataRole.UserRole + 3
BODY_ROLE = Qt.ItemDataRole.UserRole + 4
FOOT_ROLE = Qt.ItemDataRole.UserRole + 5
STATE_ROLE = Qt.ItemDataRole.UserRole + 6  # "overdue", "done" or ""

# One theme role per source (readable on a light and a dark palette); the head line names the
# kind in words, so the colour only helps the eye.
COLOURS = {
    "case_event": "accent",
    "referral": "referral",
    "funding_request": "funding",
    "follow_up": "follow_up",
}
BODY_LINES = 3
_PAD, _INDENT, _DOT = 6, 24, 9

Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    """Paints one entry: head line, bold title, wrapped notes, people met (each optional).
    The orientation dialog's proposed structures use it too."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() - 1, 7))
        return base, bold, small

    def _blocks(self, option: QStyleOptionViewItem, index: Index, width: int) -> list[tuple]:
        """(role, text, font, height, flags) of each block, wrapped to ``width``."""
        base, bold, small = self._fonts(option)
        blocks = []
        for role, font, max_lines in (
            (HEAD_ROLE, small, 1),
            (Qt.ItemDataRole.DisplayRole, bold, 2),
            (BODY_ROLE, base, BODY_LINES),
            (FOOT_ROLE, small, 2),
        ):
            text = index.data(role) or ""
            if not text:
                continue
            metrics = QFontMetrics(font)
            flags = Qt.TextFlag.TextWordWrap if max_lines > 1 else Qt.TextFlag.TextSingleLine
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
            height = min(needed, metrics.lineSpacing() * max_lines)
            if max_lines == 1:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            blocks.append((role, text, font, height, flags))
        return blocks

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(120, width - _INDENT - 2 * _PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        blocks = self._blocks(option, index, self._text_width(option))
        height = sum(b[3] for b in blocks) + 2 * _PAD + 2 * (len(blocks) - 1)
        return QSize(self._text_width(option) + _INDENT + 2 * _PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        )
        normal = option.palette.color(text_role)
        state = index.data(STATE_ROLE) or ""
        role = COLOURS.get(index.data(SOURCE_ROLE))
        dot = theme.colour(role) if role else None
        if dot is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour("done") if state == "done" else dot)
            painter.drawEllipse(rect.left() + _PAD + 2, rect.top() + _PAD + 3, _DOT, _DOT)
        x, y = rect.left() + _PAD + _INDENT, rect.top() + _PAD
        width = rect.width() - _INDENT - 2 * _PAD
        grey = theme.colour("muted")
        for role, text, font, height, flags in self._blocks(option, index, width):
            colour = normal
            if selected:
                pass
            elif state == "overdue" and role in (HEAD_ROLE, Qt.ItemDataRole.DisplayRole):
                colour = theme.colour("overdue")
            elif state == "done" or role in (HEAD_ROLE, FOOT_ROLE):
                colour = grey
            painter.setPen(colour)
            painter.setFont(font)
            box = QRect(x, y, width, height)
            painter.setClipRect(box)
            painter.drawText(box, int(flags | Qt.AlignmentFlag.AlignLeft), text)
            painter.setClipping(False)
            y += height + 2
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + _INDENT, rect.bottom(), rect.right() - _PAD, rect.bottom())
        painter.restore()


class TimelineView(QListWidget):
    """The entries as cards; ``entry_activated(source, row_id)`` on double-click or Enter."""

    entry_activated = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the cards on resize
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(CardDelegate(self))
        self.setAccessibleName(self.tr("Timeline"))
        self.entries: list[Any] = []
        self.itemActivated.connect(self._activated)

    def show_entries(self, entries: list[Any]) -> None:
        """``entries``: ``case_events.TimelineEntry`` objects, already newest first."""
        self.clear()
        self.entries = list(entries)
        for entry in self.entries:
            head = formats.format_date(entry.on) if entry.on else "—"
            head += f"  ·  {entry.kind_label}"
            if entry.extra:
                head += f"  ·  {entry.extra}"
            if entry.overdue:
                late = self.tr("overdue")
                head += f"  ·  {late}"  # red, and said in words
            foot = []
            if entry.people:
                foot.append(self.tr("Met: {names}").format(names=", ".join(entry.people)))
            if entry.organisations:
                foot.append(
                    self.tr("Structures: {names}").format(names=", ".join(entry.organisations))
                )
            item = QListWidgetItem(entry.title or "—")
            item.setData(HEAD_ROLE, head)
            item.setData(BODY_ROLE, entry.detail or "")
            item.setData(FOOT_ROLE, "  ·  ".join(foot))
            item.setData(SOURCE_ROLE, entry.source)
            item.setData(ID_ROLE, entry.row_id)
            done = entry.source == "follow_up" and entry.extra.startswith("faite")
            item.setData(STATE_ROLE, "overdue" if entry.overdue else "done" if done else "")
            text = "\n".join(p for p in (head, entry.title, entry.detail, *foot) if p)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.addItem(item)

    def line(self, row: int) -> tuple[str, str, str, str]:
        """(head, title, notes, people) of a line, as painted."""
        item = self.item(row)
        return (
            item.data(HEAD_ROLE),
            item.text(),
            item.data(BODY_ROLE),
            item.data(FOOT_ROLE),
        )

    def row_of(self, source: str, row_id: str) -> int | None:
        for number, entry in enumerate(self.entries):
            if entry.source == source and entry.row_id == row_id:
                return number
        return None

    def _activated(self, item: QListWidgetItem) -> None:
        self.entry_activated.emit(item.data(SOURCE_ROLE), item.data(ID_ROLE))
