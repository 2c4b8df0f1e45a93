"""Réunions: a meeting of an instance, its attendance, ordre du jour, decisions and actions.

Rules the screens rely on:

- A meeting created in a series starts from the series' template (agenda sections, invitees);
  the sectors and challenges of the previous meeting of the series carry over.
- Attendance is présent / excusé / représenté (by whom) / absent, with the structure each
  person represents. The quorum counts présents and représentés (a représentant votes).
- Notes are saved per agenda item as the officer types (``save_notes``: one rev-checked write
  of one field, returning the new rev for the next keystroke pause).
- Decisions are numbered per series and year of the meeting (COPIL-2026-07), never reusing a
  number (a deleted decision keeps its number); status active / remplacée par… / caduque.
- Actions (qui / quoi / pour quand) stay open until done or abandoned; the open actions of a
  series are the "points en suspens" at the top of each later meeting of it, where they are
  closed or carried again (``carry_action``: still open, maybe a new due date).
- An approved compte rendu is frozen (minutes.py): edits to its meeting are refused
  with a French message until a new version is opened. Following up actions (status, due
  date) and a decision's status stay possible: they live on after the meeting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core.formats import format_long_date
from municipaless.core.i18n import _
from municipaless.core.statuses import AttendanceStatus, MinutesStatus
from municipaless.services.file.territory import Territory
from municipaless.services.meetings import series as meeting_series
from municipaless.services.meetings.action_items import (  # noqa: F401  (one entry point for the UI)
    action_items_overview,
    add_action,
    carry_action,
    remove_action,
    set_action_status,
    update_action,
)
from municipaless.services.meetings.agenda import (
    add_agenda_item,
    move_agenda_item,
    remove_agenda_item,
    save_notes,
    update_agenda_item,
)
from municipaless.services.meetings.attendance import add_invitee, remove_invitee, set_attendance
from municipaless.services.meetings.decisions import (  # noqa: F401
    add_decision,
    decision_prefix,
    decision_register,
    decision_years,
    remove_decision,
    replace_decision,
    set_decision_status,
    update_decision,
)
from municipaless.services.meetings.rules import (  # noqa: F401
    ACTION_STATUSES,
    ATTENDANCE_STATUSES,
    DECISION_STATUSES,
    KEEP,
    MeetingError,
    MinutesFrozen,
    check_due,
    ensure_editable,
    parse_starts_at,
)
from municipaless.storage import challenge_queries
from municipaless.storage import meeting_queries as q
from municipaless.storage.listing import ListSource, Where
from municipaless.storage.meeting_queries import (  # noqa: F401  (re-exported for the UI)
    OPEN_STATUSES,
    ActionItemRow,
    Attendee,
    DecisionRow,
    ProjectRef,
)

# Any: a record's fields by name (``**changes``) and the list's filters, each value of its
# own field's type; storage's Records and query builders check them (and take them as Any).

# The entry point of the feature: the UI and the other services import these from here.
__all__ = [
    "ACTION_STATUSES",
    "ATTENDANCE_STATUSES",
    "ActionRow",
    "Attendee",
    "DECISION_STATUSES",
    "DecisionRow",
    "KEEP",
    "MeetingError",
    "MeetingView",
    "MinutesFrozen",
    "OPEN_STATUSES",
    "ProjectRef",
    "Quorum",
    "actions_overview",
    "add_action",
    "add_agenda_item",
    "add_decision",
    "add_invitee",
    "carry_action",
    "check_due",
    "close_meeting",
    "create_meeting",
    "decision_prefix",
    "decision_register",
    "decision_years",
    "delete_meeting",
    "ensure_editable",
    "link_project",
    "meeting_list",
    "meeting_where",
    "move_agenda_item",
    "next_meeting",
    "open_meeting",
    "parse_starts_at",
    "pending_actions",
    "previous_meeting",
    "quorum_of",
    "remove_action",
    "remove_agenda_item",
    "remove_decision",
    "remove_invitee",
    "replace_decision",
    "save_notes",
    "series_meetings",
    "set_action_status",
    "set_attendance",
    "set_decision_status",
    "unlink_project",
    "update_action",
    "update_agenda_item",
    "update_decision",
    "update_meeting",
]


@dataclass(frozen=True)
class Quorum:
    """``required`` voices, counted against the people invited: an instance's quorum (« 5 »)
    set before its invitation list cannot ask more voices than the invited, or it could never
    be reached (« 3 sur 6 requis » with 5 invited). ``rule`` is the instance's own number."""

    required: int
    present: int  # présents + représentés
    invited: int = 0  # attendance rows, whatever their status (excusé and absent included)
    rule: int = 0

    @property
    def capped(self) -> bool:
        """The instance's quorum was lowered to the number invited."""
        return self.rule > self.required

    @property
    def reached(self) -> bool:
        return self.present >= self.required


@dataclass
class MeetingView(q.MeetingBundle):
    """What the meeting screen shows: the meeting with its rows (storage's bundle), plus the
    points en suspens of its series, the quorum (None when the series has none) and whether
    the minutes are frozen."""

    pending: list[ActionItemRow] = field(default_factory=list)
    quorum: Quorum | None = None

    @property
    def frozen(self) -> bool:
        return self.meeting.minutes_status == MinutesStatus.APPROVED

    def by_status(self, status: str) -> list[Attendee]:
        return [a for a in self.attendance if a.record.status == status]


# reading -----------------------------------------------------------------------------------
def open_meeting(
    territory: Territory, meeting_id: str, *, with_pending: bool = True
) -> MeetingView:
    """Everything about one meeting in a few indexed queries (< 100 ms on the large file)."""
    bundle = q.load_meeting(territory.tdb.db, meeting_id)
    if bundle is None:
        raise MeetingError(_("Cette réunion n'existe plus dans le fichier."))
    view = MeetingView(**vars(bundle))
    if with_pending:
        view.pending = pending_action_items(territory, bundle.meeting)
    view.quorum = quorum_of(bundle.series, bundle.attendance)
    return view


def quorum_of(series: d.MeetingSeries | None, attendance: list[Attendee]) -> Quorum | None:
    if series is None or not series.quorum:
        return None
    voices = sum(
        1
        for a in attendance
        if a.record.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)
    )
    invited = len(attendance)
    # nobody invited yet: the instance's number stands (a quorum of 0 would read « atteint »)
    required = min(series.quorum, invited) if invited else series.quorum
    return Quorum(required, voices, invited, series.quorum)


def pending_action_items(territory: Territory, meeting: d.Meeting) -> list[ActionItemRow]:
    """Points en suspens of ``meeting``: open actions of earlier meetings of its series, and
    those closed since the meeting's day (shown closed)."""
    if not meeting.series_id:
        return []
    return q.pending_action_items(
        territory.tdb.db, meeting.series_id, meeting.starts_at, closed_since=meeting.starts_at[:10]
    )


def previous_meeting(territory: Territory, meeting: d.Meeting) -> d.Meeting | None:
    if not meeting.series_id:
        return None
    return q.previous_meeting(territory.tdb.db, meeting.series_id, meeting.starts_at)


def next_meeting(territory: Territory, meeting: d.Meeting) -> d.Meeting | None:
    if not meeting.series_id:
        return None
    return q.next_meeting(territory.tdb.db, meeting.series_id, meeting.starts_at)


def series_meetings(territory: Territory, series_id: str) -> list[d.Meeting]:
    """The meetings of an instance, oldest first."""
    return q.meetings_of_series(territory.tdb.db, series_id)


def meeting_where(**filters: Any) -> Where:
    """Filter of the meeting list: series_id, date_from, date_to, minutes_status, text, and
    challenge_id (meetings carrying that enjeu)."""
    challenge_id = filters.pop("challenge_id", None)
    return q.meeting_where(**filters) & challenge_queries.carries(challenge_id)


def meeting_list(territory: Territory, **filters: Any) -> ListSource:
    return territory.list_source("meeting", meeting_where(**filters))


# meetings ----------------------------------------------------------------------------------
def create_meeting(
    territory: Territory,
    series_id: str | None,
    starts_at: str,
    *,
    title: str | None = None,
    ends_at: str | None = None,
    place: str = "",
    visio_url: str = "",
    from_template: bool = True,
) -> d.Meeting:
    """A meeting of ``series_id`` (None: a meeting outside any instance) pre-filled from the
    series' template: agenda items and invitees (status « invité »). One transaction."""
    starts = parse_starts_at(starts_at)
    series = territory.records["meeting_series"].get(series_id) if series_id else None
    template = meeting_series.template_of(series) if from_template else meeting_series.Template()
    if ends_at:
        ends = parse_starts_at(ends_at)
    else:
        length = template.duration_min or 120
        ends = (datetime.fromisoformat(starts) + timedelta(minutes=length)).isoformat()[:16]
    if ends < starts:
        raise MeetingError(_("La réunion ne peut pas finir avant d'avoir commencé."))
    day = date.fromisoformat(starts[:10])
    default_title = f"{series.name if series else 'Réunion'} du {format_long_date(day)}"
    title = (title or "").strip() or default_title
    previous = q.previous_meeting(territory.tdb.db, series_id, starts) if series_id else None
    with territory.tdb.write():
        meeting = cast(
            d.Meeting,
            territory.save(
                "meeting",
                {
                    "series_id": series_id,
                    "title": title,
                    "starts_at": starts,
                    "ends_at": ends,
                    "place": (place or (previous.place if previous else "")).strip(),
                    "visio_url": (visio_url or "").strip(),
                    "sectors": previous.sectors if previous else (),
                    "challenges": previous.challenges if previous else (),
                },
            ),
        )
        for position, section in enumerate(template.agenda, start=1):
            territory.save(
                "agenda_item",
                {
                    "meeting_id": meeting.id,
                    "position": position,
                    "title": section.title,
                    "presenter": section.presenter,
                    "duration_min": section.duration_min,
                },
            )
        people = {i.person_id for i in template.invitees if i.person_id}
        live = q.live_people(territory.tdb.db, people)
        orgs = q.current_organisations(territory.tdb.db, people)
        for invitee in template.invitees:
            if invitee.person_id and invitee.person_id not in live:
                continue  # left the annuaire (deleted or erased) since the template was made
            if not invitee.person_id and not invitee.free_name.strip():
                continue
            territory.save(
                "attendance",
                {
                    "meeting_id": meeting.id,
                    "person_id": invitee.person_id,
                    "free_name": invitee.free_name.strip(),
                    "organisation_id": invitee.organisation_id
                    or (orgs.get(invitee.person_id) if invitee.person_id else None),
                },
            )
    return meeting


def update_meeting(territory: Territory, meeting_id: str, rev: int, **changes: Any) -> d.Meeting:
    """Title, date and time, place, visio, summary, sectors, challenges, series (rev-checked).
    Lifecycle fields (minutes_status, approved_on) belong to services/meetings/minutes.py."""
    if {"minutes_status", "approved_on"} & set(changes):
        raise ValueError("minutes_status/approved_on change through services.minutes")
    ensure_editable(territory, meeting_id)
    if "title" in changes and not (changes["title"] or "").strip():
        raise MeetingError(_("Donnez un titre à la réunion."))
    if "starts_at" in changes:
        changes["starts_at"] = parse_starts_at(changes["starts_at"])
    if changes.get("ends_at"):
        changes["ends_at"] = parse_starts_at(changes["ends_at"])
    current = territory.records["meeting"].get(meeting_id)
    starts = changes.get("starts_at", current.starts_at)
    ends = changes.get("ends_at", current.ends_at)
    if ends and ends < starts:
        raise MeetingError(_("La réunion ne peut pas finir avant d'avoir commencé."))
    return cast(d.Meeting, territory.save("meeting", changes, row_id=meeting_id, rev=rev))


def close_meeting(territory: Territory, meeting_id: str) -> int:
    """End of the meeting: every invitee still « invité » is marked absent (the compte rendu
    then lists everyone). Returns how many were marked."""
    ensure_editable(territory, meeting_id)
    bundle = q.load_meeting(territory.tdb.db, meeting_id)
    marked = 0
    with territory.tdb.write():
        for a in bundle.attendance if bundle else ():
            if a.record.status == AttendanceStatus.INVITED:
                territory.save(
                    "attendance",
                    {"status": AttendanceStatus.ABSENT},
                    row_id=a.record.id,
                    rev=a.record.rev,
                )
                marked += 1
    return marked


def delete_meeting(territory: Territory, meeting_id: str, rev: int) -> None:
    """Soft-delete the meeting and its rows (one transaction: the corbeille restores them)."""
    ensure_editable(territory, meeting_id)
    bundle = q.load_meeting(territory.tdb.db, meeting_id)
    if bundle is None:
        return
    with territory.tdb.write():
        for action in bundle.actions:
            territory.remove("action_item", action.record.id, action.record.rev)
        for rows, table in (
            (bundle.decisions, "decision"),
            (bundle.agenda, "agenda_item"),
            ([a.record for a in bundle.attendance], "attendance"),
            ([p.link for p in bundle.projects], "meeting_project"),
        ):
            for row in rows:
                territory.remove(table, row.id, row.rev)
        territory.remove("meeting", meeting_id, rev)


# attendance --------------------------------------------------------------------------------
def link_project(territory: Territory, meeting_id: str, project_id: str) -> d.MeetingProject:
    ensure_editable(territory, meeting_id)
    bundle = q.load_meeting(territory.tdb.db, meeting_id)
    for ref in bundle.projects if bundle else ():
        if ref.link.project_id == project_id:
            return ref.link
    return cast(
        d.MeetingProject,
        territory.save("meeting_project", {"meeting_id": meeting_id, "project_id": project_id}),
    )


def unlink_project(territory: Territory, link_id: str, rev: int) -> None:
    current = territory.records["meeting_project"].get(link_id)
    ensure_editable(territory, current.meeting_id)
    territory.remove("meeting_project", link_id, rev)
