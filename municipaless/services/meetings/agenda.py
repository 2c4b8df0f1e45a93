"""The ordre du jour of a meeting and the notes taken on each item as the officer types.

A note is saved with the text the editor showed (``base``): stored notes that differ from it
are a colleague's, and the save is refused rather than replacing what the officer never saw."""

from __future__ import annotations

from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core.i18n import _
from municipaless.services.file.territory import Territory
from municipaless.services.meetings.rules import MeetingError, ensure_editable
from municipaless.storage import meeting_queries as q
from municipaless.storage.errors import ConflictError


def add_agenda_item(
    territory: Territory,
    meeting_id: str,
    title: str,
    *,
    presenter: str = "",
    duration_min: int | None = None,
    index: int | None = None,
) -> d.AgendaItem:
    """A new item at the end (or at ``index``, 0-based, the others moving down)."""
    ensure_editable(territory, meeting_id)
    if not (title or "").strip():
        raise MeetingError(_("Donnez un intitulé au point de l'ordre du jour."))
    _check_duration(duration_min)
    agenda = _agenda(territory, meeting_id)
    with territory.tdb.write():
        item = cast(
            d.AgendaItem,
            territory.save(
                "agenda_item",
                {
                    "meeting_id": meeting_id,
                    "position": len(agenda) + 1,
                    "title": title.strip(),
                    "presenter": (presenter or "").strip(),
                    "duration_min": duration_min,
                },
            ),
        )
        if index is not None and index < len(agenda):
            agenda.insert(max(0, index), item)
            _renumber(territory, agenda)
            item = cast(d.AgendaItem, territory.records["agenda_item"].get(item.id))
    return item


def _check_duration(duration_min: int | None) -> None:
    if duration_min is not None and not 0 < duration_min <= 24 * 60:
        raise MeetingError(_("La durée prévue se compte en minutes, entre 1 et 1440."))


def _agenda(territory: Territory, meeting_id: str) -> list[d.AgendaItem]:
    bundle = q.load_meeting(territory.tdb.db, meeting_id)
    return list(bundle.agenda) if bundle else []


def _renumber(territory: Territory, items: list[d.AgendaItem]) -> list[d.AgendaItem]:
    out = []
    for position, item in enumerate(items, start=1):
        if item.position != position:
            item = cast(
                d.AgendaItem,
                territory.save("agenda_item", {"position": position}, row_id=item.id, rev=item.rev),
            )
        out.append(item)
    return out


def update_agenda_item(
    territory: Territory, item_id: str, rev: int, **changes: Any
) -> d.AgendaItem:
    """Title, presenter, planned duration, notes (rev-checked)."""
    current = territory.records["agenda_item"].get(item_id)
    ensure_editable(territory, current.meeting_id)
    if "title" in changes and not (changes["title"] or "").strip():
        raise MeetingError(_("Donnez un intitulé au point de l'ordre du jour."))
    _check_duration(changes.get("duration_min"))
    return cast(d.AgendaItem, territory.save("agenda_item", changes, row_id=item_id, rev=rev))


def move_agenda_item(territory: Territory, item_id: str, index: int) -> list[d.AgendaItem]:
    """Move an item to ``index`` (0-based); returns the agenda in its new order (new revs)."""
    current = territory.records["agenda_item"].get(item_id)
    ensure_editable(territory, current.meeting_id)
    with territory.tdb.write():
        agenda = [i for i in _agenda(territory, current.meeting_id) if i.id != item_id]
        agenda.insert(max(0, min(index, len(agenda))), current)
        return _renumber(territory, agenda)


def remove_agenda_item(territory: Territory, item_id: str, rev: int) -> None:
    """Remove an item; its decisions and actions stay, no longer attached to an item."""
    current = territory.records["agenda_item"].get(item_id)
    ensure_editable(territory, current.meeting_id)
    bundle = q.load_meeting(territory.tdb.db, current.meeting_id)
    with territory.tdb.write():
        for dec in bundle.decisions if bundle else ():
            if dec.agenda_item_id == item_id:
                territory.save("decision", {"agenda_item_id": None}, row_id=dec.id, rev=dec.rev)
        for act in bundle.actions if bundle else ():
            if act.record.agenda_item_id == item_id:
                territory.save(
                    "action_item",
                    {"agenda_item_id": None},
                    row_id=act.record.id,
                    rev=act.record.rev,
                )
        territory.remove("agenda_item", item_id, rev)
        _renumber(territory, [i for i in _agenda(territory, current.meeting_id)])


def save_notes(
    territory: Territory, item_id: str, rev: int, notes: str, *, base: str | None = None
) -> int:
    """Save one item's notes as typed (the UI calls it at each pause); returns the new rev.
    One rev-checked write of one field: a colleague's edit in between is a ConflictError.

    ``base`` is the text the editor showed before the officer typed (what it was loaded with,
    or its last save). When given, notes that differ from it are never replaced, even at the
    right rev: a rev and a text read at different moments must not let a save overwrite text
    nobody saw (ConflictError; the editor then keeps both texts)."""
    meeting_id = q.meeting_of(territory.tdb.db, "agenda_item", item_id)
    if meeting_id is None:
        raise MeetingError(_("Ce point de l'ordre du jour n'existe plus."))
    ensure_editable(territory, meeting_id)
    with territory.transaction():
        if base is not None:
            current = territory.records["agenda_item"].get(item_id)
            if (current.notes or "") != base:
                raise ConflictError("agenda_item", item_id, rev, current.rev)
        return territory.save("agenda_item", {"notes": notes}, row_id=item_id, rev=rev).rev


# projects discussed ------------------------------------------------------------------------
