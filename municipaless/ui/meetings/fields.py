"""The few fields the Réunions forms need beyond the editing kit, with the kit's protocol
(``value()``, ``set_value()``, ``error()``, ``edited``): a choice among rows of the meeting
(an agenda item, a decision); the date and time field is the editing kit's ``DateTimeField``."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from municipaless.ui.editing import DateTimeField

__all__ = ["ChoiceField", "DateTimeField"]  # the date-time field lives in the editing kit


class ChoiceField(QComboBox):
    """One of a few (label, value) choices; ``empty`` adds a first "—" entry meaning None."""

    edited = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, Any]] = (),
        *,
        empty: str | None = "—",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._empty = empty
        self.set_choices(choices)
        self.activated.connect(lambda _i: self.edited.emit())

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        current = self.currentData()
        self.clear()
        if self._empty is not None:
            self.addItem(self._empty, None)
        for label, value in choices:
            self.addItem(label, value)
        self.set_value(current)

    def value(self) -> Any:
        return self.currentData()

    def error(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else -1
        self.setCurrentIndex(max(index, 0))
