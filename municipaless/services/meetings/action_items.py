"""Actions (qui / quoi / pour quand) decided at meetings, and their follow-up.

An action stays open (à faire, en cours) until done or abandoned; the open actions of a series
are the points en suspens of its later meetings (services/meetings.pending_action_items), where
they are closed or carried again (``carry_action``: still open, maybe a new due date). On an
approved meeting only the follow-up (status, due date) may change: the action lives on.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core.i18n import _
from municipaless.core.statuses import ActionItemStatus
from municipaless.services.file.territory import Territory
from municipaless.services.meetings.rules import (
    ACTION_STATUSES,
    MeetingError,
    check_due,
    ensure_editable,
)
from municipaless.storage import meeting_queries as q
from municipaless.storage.meeting_queries import OPEN_STATUSES, ActionItemRow

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).

_FOLLOW_UP_FIELDS = {"status", "due_on", "done_on"}  # allowed on an approved meeting's actions


def action_items_overview(
    territory: Territory,
    *,
    today: date | None = None,
    open_only: bool = True,
    series_id: str | None = None,
    text: str = "",
) -> list[ActionItemRow]:
    """All actions across instances, overdue ones first (``ActionItemRow.overdue(today)``)."""
    today_iso = (today or date.today()).isoformat()
    return q.action_items_overview(
        territory.tdb.db, today_iso, open_only=open_only, series_id=series_id, text=text
    )


def add_action(
    territory: Territory,
    meeting_id: str,
    what: str,
    *,
    owner_person_id: str | None = None,
    owner_organisation_id: str | None = None,
    owner_text: str = "",
    due_on: str | None = None,
    agenda_item_id: str | None = None,
    decision_id: str | None = None,
) -> d.ActionItem:
    """An action decided at the meeting: quoi, qui (a person — with her current structure
    unless given —, a structure, or free text), pour quand."""
    ensure_editable(territory, meeting_id)
    if not (what or "").strip():
        raise MeetingError(_("Décrivez l'action à mener."))
    due = check_due(due_on)
    if owner_person_id and owner_organisation_id is None:  # her structure, by default
        orgs = q.current_organisations(territory.tdb.db, {owner_person_id})
        owner_organisation_id = orgs.get(owner_person_id)
    return cast(
        d.ActionItem,
        territory.save(
            "action_item",
            {
                "meeting_id": meeting_id,
                "agenda_item_id": agenda_item_id,
                "decision_id": decision_id,
                "what": what.strip(),
                "owner_person_id": owner_person_id,
                "owner_organisation_id": owner_organisation_id,
                "owner_text": (owner_text or "").strip(),
                "due_on": due,
            },
        ),
    )


def update_action(territory: Territory, action_id: str, rev: int, **changes: Any) -> d.ActionItem:
    """Edit an action. On an approved meeting only the follow-up (status, due date) may change."""
    current = territory.records["action_item"].get(action_id)
    if current.meeting_id and set(changes) - _FOLLOW_UP_FIELDS:
        ensure_editable(territory, current.meeting_id)
    if "what" in changes and not (changes["what"] or "").strip():
        raise MeetingError(_("Décrivez l'action à mener."))
    if "due_on" in changes:
        changes["due_on"] = check_due(changes["due_on"])
    if "status" in changes:
        return set_action_status(
            territory, action_id, rev, changes.pop("status"), extra=changes, current=current
        )
    return cast(d.ActionItem, territory.save("action_item", changes, row_id=action_id, rev=rev))


def set_action_status(
    territory: Territory,
    action_id: str,
    rev: int,
    status: str,
    *,
    on: date | None = None,
    extra: dict[str, Any] | None = None,
    current: d.ActionItem | None = None,
) -> d.ActionItem:
    """À faire / en cours / fait / abandonné; closing stamps ``done_on`` (``on`` or today),
    reopening clears it."""
    if status not in ACTION_STATUSES:
        raise MeetingError(_("Statut d'action inconnu : « {status} ».").format(status=status))
    current = current or territory.records["action_item"].get(action_id)
    changes = dict(extra or {})
    changes["status"] = status
    if status in (ActionItemStatus.DONE, ActionItemStatus.ABANDONED):
        if (
            current.status not in (ActionItemStatus.DONE, ActionItemStatus.ABANDONED)
            or not current.done_on
        ):
            changes["done_on"] = (on or date.today()).isoformat()
    else:
        changes["done_on"] = None
    return cast(d.ActionItem, territory.save("action_item", changes, row_id=action_id, rev=rev))


def carry_action(
    territory: Territory, action_id: str, rev: int, *, due_on: str | None = None
) -> d.ActionItem:
    """Carry a point en suspens again: it stays open (to the next meeting too), with a new due
    date when given."""
    current = territory.records["action_item"].get(action_id)
    if current.status not in OPEN_STATUSES:
        raise MeetingError(_("Cette action est close : rouvrez-la avant de la reporter."))
    changes = {"due_on": check_due(due_on)} if due_on else {}
    return cast(d.ActionItem, territory.save("action_item", changes, row_id=action_id, rev=rev))


def remove_action(territory: Territory, action_id: str, rev: int) -> None:
    current = territory.records["action_item"].get(action_id)
    if current.meeting_id:
        ensure_editable(territory, current.meeting_id)
    territory.remove("action_item", action_id, rev)
