"""A row of filters above a list: choices, a free text, any field of the editing kit.

Generic on purpose: a section declares its filters by key and turns ``values()`` into a storage
``Where`` through its service; the bar never knows what a filter means. Typing waits for a short
pause before ``changed`` fires, so a filter over 10,000 people runs once per word, not per key.

The filters flow: each caption stays with its field, and what does not fit on a line goes to
the next one (the bar grows taller), so a 1024-pixel screen shows every filter and the count
« 60 structures » whole, never behind a sideways scroll.
"""

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from municipaless.ui.common import theme
from municipaless.ui.common.flow_layout import FlowLayout

TYPING_PAUSE_MS = 300
MAX_CHOICE_WIDTH = 250
MAX_TEXT_WIDTH = 320  # a free-text filter's width: its whole placeholder, within reason


class FilterBar(QWidget):
    """Filters flowing on as many lines as the width needs, then a "clear" button and a count
    of the rows shown (kept together, at the end of the last line)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._getters: dict[str, Callable[[], Any]] = {}
        self._resetters: dict[str, Callable[[], None]] = {}
        self._labels: dict[str, str] = {}
        self._texts: set[str] = set()
        self.widgets: dict[str, QWidget] = {}
        self._quiet = False
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit)
        self._groups: tuple[list[QWidget], list[QWidget]] = ([], [])  # the "rows" asked for
        self.flow = FlowLayout(self, spacing=10, line_spacing=4)
        self.flow.setContentsMargins(8, 4, 8, 4)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear the filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.reset)
        self.count_label = QLabel()
        self.count_label.setObjectName("filterCount")
        theme.set_tone(self.count_label, "muted")
        self._finished = False

    # building ----------------------------------------------------------------------------
    def _place(self, key: str, label: str, widget: QWidget, row: int) -> None:
        self._labels[key] = label
        if label:
            caption = QLabel(label)
            caption.setBuddy(widget)
            self.add_widget(_group(caption, widget), row=row)
        else:
            self.add_widget(widget, row=row)
        self.widgets[key] = widget

    def add_widget(self, widget: QWidget, *, row: int = 0) -> QWidget:
        """Any widget among the filters (a « Nouvelle réunion… » button); the filters of
        row 0 come first, then those of row 1."""
        self._groups[min(row, 1)].append(widget)
        return widget

    def add_text(
        self, key: str, placeholder: str, *, row: int = 0, describe_as: str = ""
    ) -> QLineEdit:
        """Free text; ``describe_as`` names it in ``describe()`` (the placeholder shows it)."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(placeholder)  # whole, should a narrow bar cut the placeholder
        edit.setClearButtonEnabled(True)
        room = edit.fontMetrics().horizontalAdvance(placeholder) + 48  # frame, clear button
        edit.setMinimumWidth(max(200, min(MAX_TEXT_WIDTH, room)))
        edit.textChanged.connect(lambda _t: self.schedule())
        edit.returnPressed.connect(self.flush)
        self._place(key, "", edit, row)
        self._labels[key] = describe_as
        self._texts.add(key)
        self._getters[key] = lambda: edit.text().strip() or None
        self._resetters[key] = edit.clear
        return edit

    def add_choice(
        self, key: str, label: str, all_text: str, *, row: int = 0, min_width: int = 0
    ) -> QComboBox:
        """A combo whose first entry (``all_text``) means "not filtered"; fill it with
        ``set_choices``."""
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(MAX_CHOICE_WIDTH)  # the popup still shows long labels in full
        if min_width:
            combo.setMinimumWidth(min_width)
        combo.addItem(all_text, None)
        combo.currentIndexChanged.connect(lambda _i: self._now())
        self._place(key, label, combo, row)
        self._getters[key] = combo.currentData
        self._resetters[key] = lambda: combo.setCurrentIndex(0)
        return combo

    def set_choices(self, key: str, choices: Sequence[tuple[str, Any]]) -> None:
        """Replace a combo's entries (after its "all" entry), keeping the choice if it remains."""
        combo = self.widgets[key]
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in choices:
            combo.addItem(text, data)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self._now()  # the chosen entry is gone: the list must show everything again

    def add_field(
        self, key: str, label: str, widget: Any, *, row: int = 0, reset: Callable | None = None
    ) -> Any:
        """A field of the editing kit (``value()``, ``edited``): a commune, a record picker."""
        widget.edited.connect(self.schedule)
        self._place(key, label, widget, row)
        self._getters[key] = lambda: widget.value() if not widget.error() else None
        self._resetters[key] = reset or (lambda: widget.set_value(None))
        return widget

    def finish(self) -> None:
        """Lay the filters out, the clear button and the count last, at the right."""
        for widget in (*self._groups[0], *self._groups[1]):
            self.flow.addWidget(widget)
        self.flow.addWidget(_group(self.clear_button, self.count_label), at_end=True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._finished = True
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the lines the width needs (set here: a box layout above would share
        spare height out to the bar instead of asking its height for its width)."""
        height = self.flow.heightForWidth(max(self.width(), 1))
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._finished:
            self._fit_height()

    def event(self, event) -> bool:
        if getattr(self, "_finished", False) and event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()  # a longer count or choice may need another line
        return super().event(event)

    # values ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {key: getter() for key, getter in self._getters.items()}

    def active(self) -> bool:
        return any(value not in (None, "", ()) for value in self.values().values())

    def reset(self) -> None:
        """Every filter back to "all", then one ``changed``."""
        self._quiet = True
        try:
            for resetter in self._resetters.values():
                resetter()
        finally:
            self._quiet = False
        self._now()

    def set_count(self, text: str) -> None:
        self.count_label.setText(text)
        self.clear_button.setEnabled(self.active())

    def describe(self) -> str:
        """The active filters as the officer reads them (« Type : Banque · « ruche » »)."""
        parts = []
        for key, value in self.values().items():
            if value in (None, "", (), False):
                continue
            widget, label = self.widgets[key], self._labels.get(key, "")
            if key in self._texts:
                text = f"« {value} »"
            elif isinstance(widget, QComboBox) or hasattr(widget, "currentText"):
                text = widget.currentText()
            else:
                text = widget.text() if hasattr(widget, "text") else str(value)
            parts.append(f"{label} : {text}" if label else text)
        return " · ".join(parts)

    def schedule(self) -> None:
        """Apply the filters after a short pause (typing)."""
        if not self._quiet:
            self._timer.start()

    def _now(self) -> None:
        if not self._quiet:
            self._timer.stop()
            self._emit()

    def flush(self) -> None:
        """Apply a pending typed filter at once (tests, and Enter in the text field)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    def _emit(self) -> None:
        self.changed.emit()


def period_bounds(period: str, today: date) -> tuple[str | None, str | None]:
    """(from, to), ISO dates or None, of a « Période » choice: ``upcoming`` (from today),
    ``past`` (to yesterday), ``year:2026``, or "" (all dates)."""
    if period == "upcoming":
        return today.isoformat(), None
    if period == "past":
        return None, (today - timedelta(days=1)).isoformat()
    if period.startswith("year:"):
        year = int(period[5:])
        return f"{year}-01-01", f"{year}-12-31"
    return None, None


def _group(*widgets: QWidget) -> QWidget:
    """Widgets that wrap together (a caption and its field)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for widget in widgets:
        row.addWidget(widget)
    return holder
