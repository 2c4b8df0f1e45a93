"""A row of filters above a list: choices, a free text, any field of the editing kit.

Generic on purpose: a section declares its filters by key and turns ``values()`` into a storage
``Where`` through its service; the bar never knows what a filter means. Typing waits for a short
pause before ``changed`` fires, so a filter over 10,000 people runs once per word, not per key.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common import theme

TYPING_PAUSE_MS = 300
MAX_CHOICE_WIDTH = 250


class FilterBar(QScrollArea):
    """Filters on one or two rows, a "clear" button and a count of the rows shown.

    A scroll area so that a narrow window scrolls the filters sideways instead of refusing
    to shrink."""

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
        self.rows = [QHBoxLayout(), QHBoxLayout()]
        self.inner = QWidget()
        layout = QVBoxLayout(self.inner)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        for row in self.rows:
            row.setSpacing(6)
            layout.addLayout(row)
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
            self.rows[row].addWidget(caption)
        self.rows[row].addWidget(widget)
        self.widgets[key] = widget

    def add_text(
        self, key: str, placeholder: str, *, row: int = 0, describe_as: str = ""
    ) -> QLineEdit:
        """Free text; ``describe_as`` names it in ``describe()`` (the placeholder shows it)."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.setMinimumWidth(200)
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
        """Close the rows: stretch, the clear button and the count at the end of the first."""
        for row in self.rows:
            row.addStretch(1)
        self.rows[0].addWidget(self.clear_button)
        self.rows[0].addWidget(self.count_label)
        self.setWidget(self.inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit_height()
        self._finished = True

    def _fit_height(self) -> None:
        height = self.inner.sizeHint().height()
        if self.inner.minimumSizeHint().width() > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._finished:
            self._fit_height()

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
