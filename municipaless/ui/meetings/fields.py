"""The few fields the Réunions forms need beyond the editing kit, with the kit's protocol
(``value()``, ``set_value()``, ``error()``, ``edited``): a choice among rows of the meeting
(an agenda item, a decision), a date and time, and several records (the territory's
challenges)."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from municipaless.core.validation import Checked
from municipaless.ui.common.display import format_cell
from municipaless.ui.editing import TextField


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


def _check_datetime(text: str) -> Checked:
    from municipaless.services.meetings import MeetingError, parse_starts_at

    if not text.strip():
        return Checked(None)
    try:
        return Checked(parse_starts_at(text))
    except MeetingError as exc:
        return Checked(None, exc.message)


def DateTimeField(parent: QWidget | None = None) -> TextField:  # noqa: N802 - a field factory
    """A date and time typed "12/05/2026 14:30" (or "12 mai 2026 14h30"); stored as the local
    ISO date-time the meeting table keeps ("2026-05-12T14:30")."""
    field = TextField(
        _check_datetime, display=format_cell, placeholder="jj/mm/aaaa hh:mm", parent=parent
    )
    field.setMaximumWidth(190)
    return field
