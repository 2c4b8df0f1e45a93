"""Widgets one feature adds under another feature's record (the mention d'information and the
right of access on a person's card and a project): sections never import each other, so the
shell registers the factories and the detail panes ask for them by table.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

# (territory, row id, on_written, parent) -> a widget, or None when it has nothing to add
Factory = Callable[[Any, str, Callable[[], None], QWidget | None], QWidget | None]
_FACTORIES: dict[str, list[Factory]] = {}
# Added under the records of every table; also given the table name (« Historique… »).
EverywhereFactory = Callable[[Any, str, Callable[[], None], QWidget | None, str], QWidget | None]
_EVERYWHERE: list[EverywhereFactory] = []


def register(table: str, factory: Factory) -> None:
    """Add ``factory`` under ``table``'s records (once, however often the shell calls)."""
    factories = _FACTORIES.setdefault(table, [])
    if factory not in factories:
        factories.append(factory)


def register_everywhere(factory: EverywhereFactory) -> None:
    """Add ``factory`` under the records of every table (once)."""
    if factory not in _EVERYWHERE:
        _EVERYWHERE.append(factory)


def widgets(
    table: str, territory: Any, row_id: str, on_written: Callable[[], None], parent: QWidget
) -> list[QWidget]:
    """The widgets registered for ``table``, built for one record; ``on_written`` is called
    after one of them wrote to the file, so the pane and the rest of the window re-read."""
    built = [f(territory, row_id, on_written, parent) for f in _FACTORIES.get(table, ())]
    built += [f(territory, row_id, on_written, parent, table) for f in _EVERYWHERE]
    return [w for w in built if w is not None]


def follow_link(extra: QWidget, href: str) -> None:
    """Hand a « table:id » link of an extra to the first parent pane that follows links (the
    annuaire's ``link_activated``), which shows the record or passes it to the window."""
    table, _, row_id = href.partition(":")
    widget = extra.parentWidget()
    while widget is not None:
        signal = getattr(widget, "link_activated", None)
        if signal is not None:
            signal.emit(table, row_id)
            return
        widget = widget.parentWidget()
