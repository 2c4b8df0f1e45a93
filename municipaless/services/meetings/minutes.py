"""The compte rendu's lifecycle: brouillon → diffusé → approuvé, and its versions.

- ``circulate`` (brouillon → diffusé) and ``approve`` (diffusé → approuvé, normally at the next
  meeting of the series) each keep a snapshot in ``minutes_version``: what the members read
  and what they approved stays readable even if the meeting changes later.
- An approved compte rendu is frozen: services/meetings/ refuses edits to its meeting with a
  French message (``MinutesFrozen``). ``new_version`` reopens it as a draft of the next version
  (v2, v3…); the approved snapshot stays in the history.
- The live version number is 1 + the number of approved versions, unless the live text is
  itself the approved one.
- What prints (``printable``): an approved compte rendu, and a diffusé one not corrected
  since, print from their snapshot, never from today's rows; overdue is measured on the
  snapshot's day. Any version of the history prints as it was fixed (``of_version``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core.formats import format_long_date
from municipaless.core.i18n import _
from municipaless.core.statuses import MinutesStatus, french_label_of
from municipaless.services import meetings
from municipaless.services.file.territory import Territory
from municipaless.services.meetings import MeetingError, MinutesFrozen  # noqa: F401
from municipaless.storage import meeting_queries as q

# Any: JSON-able content (the compte rendu snapshot, stored in a JSON column).

STATUSES = tuple(MinutesStatus)


@dataclass(frozen=True)
class VersionInfo:
    """One entry of the history: version n, diffusé/approuvé on a day, by whom."""

    record: d.MinutesVersion
    version: int
    status: str
    status_on: str
    by: str


def status_label(code: str) -> str:
    return french_label_of(MinutesStatus, code)


def versions(territory: Territory, meeting_id: str) -> list[d.MinutesVersion]:
    """The snapshots of the compte rendu, oldest first (content: see ``snapshot``)."""
    return q.minutes_versions(territory.tdb.db, meeting_id)


def history(territory: Territory, meeting_id: str) -> list[VersionInfo]:
    return [
        VersionInfo(v, v.version, v.status, v.status_on, v.updated_by)
        for v in versions(territory, meeting_id)
    ]


def live_version(territory: Territory, meeting: d.Meeting) -> int:
    approved = [
        v.version for v in versions(territory, meeting.id) if v.status == MinutesStatus.APPROVED
    ]
    if not approved:
        return 1
    return max(approved) + (0 if meeting.minutes_status == MinutesStatus.APPROVED else 1)


SNAPSHOT_FORMAT = 2  # 1: before the compte rendu was printed from its snapshot (no keys below)


@dataclass(frozen=True)
class Printable:
    """What a compte rendu prints: a snapshot's content, its version and state, and the day
    that overdue actions are measured against (the snapshot's day, never the export's)."""

    content: dict[str, Any]
    version: int
    status: str
    status_on: str | None  # the day the version was fixed; None for the live draft
    as_of: str  # ISO date: an open action due before it is « en retard »
    changed_since: str | None = None  # circulated on this day, then edited (printed live)


def snapshot(territory: Territory, meeting_id: str) -> dict[str, Any]:
    """The compte rendu as data (JSON-able): everything its document shows, as it stands now.

    Format 2 adds ``quorum``, each decision's ``agenda`` (1-based position of its item) and
    ``replaced_by`` (a number), each action's ``decided_on``; older snapshots lack them and
    print without them."""
    view = meetings.open_meeting(territory, meeting_id)
    m = view.meeting
    positions = {i.id: n for n, i in enumerate(view.agenda, 1)}
    numbers = {x.id: x.number for x in view.decisions}
    numbers.update(q.decision_numbers(territory.tdb.db, [x.replaced_by for x in view.decisions]))
    return {
        "format": SNAPSHOT_FORMAT,
        "meeting": {
            "title": m.title,
            "starts_at": m.starts_at,
            "ends_at": m.ends_at,
            "place": m.place,
            "visio_url": m.visio_url,
            "summary": m.summary,
            "series": view.series.name if view.series else "",
            "series_code": view.series.code if view.series else "",
        },
        "attendance": [
            {
                "name": a.name,
                "organisation": a.organisation_name,
                "status": a.record.status,
                "represented_by": a.record.represented_by,
            }
            for a in view.attendance
        ],
        "quorum": (
            {
                "required": view.quorum.required,
                "present": view.quorum.present,
                "reached": view.quorum.reached,
            }
            if view.quorum is not None
            else None
        ),
        "agenda": [
            {
                "position": i.position,
                "title": i.title,
                "presenter": i.presenter,
                "duration_min": i.duration_min,
                "notes": i.notes,
            }
            for i in view.agenda
        ],
        "decisions": [
            {
                "number": x.number,
                "text": x.text,
                "status": x.status,
                "agenda": positions.get(x.agenda_item_id or ""),
                "replaced_by": numbers.get(x.replaced_by or "", ""),
            }
            for x in view.decisions
        ],
        "actions": [_action(a) for a in view.actions],
        "pending": [_action(a) for a in view.pending],
        "projects": [{"reference": p.reference, "name": p.name} for p in view.projects],
    }


def _action(a: q.ActionItemRow) -> dict[str, Any]:
    r = a.record
    return {
        "what": r.what,
        "owner": a.owner,
        "due_on": r.due_on,
        "status": r.status,
        "decided_on": a.meeting_starts_at[:10] or None,
    }


def _text_of(content: dict[str, Any]) -> Any:
    """What a correction after diffusion changes: not the follow-up of actions and decisions
    (their statuses move on while the text stays the one circulated), nor points en suspens."""
    return (
        content.get("meeting"),
        content.get("attendance"),
        content.get("agenda"),
        [(x.get("number"), x.get("text")) for x in content.get("decisions", [])],
        [(a.get("what"), a.get("owner"), a.get("due_on")) for a in content.get("actions", [])],
    )


def _like(live: Any, kept: Any) -> Any:
    """``live`` cut to the keys ``kept`` has: an older, lighter snapshot is compared on what
    it holds, not found changed for lacking the newer keys."""
    if isinstance(live, dict) and isinstance(kept, dict):
        return {k: _like(live.get(k), v) for k, v in kept.items()}
    if isinstance(live, list) and isinstance(kept, list) and len(live) == len(kept):
        return [_like(x, y) for x, y in zip(live, kept, strict=True)]
    return live


def changed_since(kept: dict[str, Any], live: dict[str, Any]) -> bool:
    return bool(_text_of(kept) != _text_of(_like(live, kept)))


def of_version(record: d.MinutesVersion) -> Printable:
    """One version of the history as it was fixed: overdue measured on its own day."""
    return Printable(
        record.content, record.version, record.status, record.status_on, record.status_on
    )


def printable(territory: Territory, meeting_id: str, *, today: date | None = None) -> Printable:
    """The compte rendu to print now. Approved: its approved snapshot, identical at every
    export whatever happened since. Diffusé: the snapshot circulated, unless the text was
    corrected since (then the live text, said to be changed since that day). Brouillon: the
    live text, overdue measured on ``today``."""
    meeting: d.Meeting = territory.records["meeting"].get(meeting_id)
    version = live_version(territory, meeting)
    today_iso = (today or date.today()).isoformat()
    kept = [
        v
        for v in versions(territory, meeting_id)
        if v.version == version and v.status == meeting.minutes_status
    ]
    if kept and meeting.minutes_status == MinutesStatus.APPROVED:
        return of_version(kept[-1])
    live = snapshot(territory, meeting_id)
    if kept and meeting.minutes_status == MinutesStatus.CIRCULATED:
        if not changed_since(kept[-1].content, live):
            return of_version(kept[-1])
        return Printable(
            live, version, MinutesStatus.DRAFT, None, today_iso, changed_since=kept[-1].status_on
        )
    status = meeting.minutes_status  # no snapshot (a file written before them): live
    on = meeting.approved_on if status == MinutesStatus.APPROVED else None
    return Printable(live, version, status, on, today_iso)


def version_record(territory: Territory, version_id: str) -> d.MinutesVersion:
    return cast(d.MinutesVersion, territory.records["minutes_version"].get(version_id))


def _store(
    territory: Territory,
    meeting: d.Meeting,
    status: str,
    on: str,
    extra: dict[str, Any] | None = None,
) -> d.MinutesVersion:
    content = snapshot(territory, meeting.id)
    content.update(extra or {})
    return cast(
        d.MinutesVersion,
        territory.save(
            "minutes_version",
            {
                "meeting_id": meeting.id,
                "version": live_version(territory, meeting),
                "status": status,
                "status_on": on,
                "content": content,
            },
        ),
    )


def circulate(
    territory: Territory, meeting_id: str, rev: int, *, on: date | None = None
) -> d.Meeting:
    """Brouillon → diffusé (again allowed after corrections: a new snapshot each time)."""
    meeting = meetings.ensure_editable(territory, meeting_id)
    day = (on or date.today()).isoformat()
    with territory.tdb.write():
        _store(territory, meeting, MinutesStatus.CIRCULATED, day)
        return cast(
            d.Meeting,
            territory.save(
                "meeting", {"minutes_status": MinutesStatus.CIRCULATED}, row_id=meeting_id, rev=rev
            ),
        )


def approve(
    territory: Territory,
    meeting_id: str,
    rev: int,
    *,
    at_meeting_id: str | None = None,
    on: date | None = None,
    record_decision: bool = False,
) -> d.Meeting:
    """Diffusé → approuvé, usually at the next meeting of the series (``at_meeting_id``): the
    approval day is that meeting's, unless ``on`` says otherwise. ``record_decision`` adds
    « Le compte rendu … est approuvé. » to the approving meeting's decisions."""
    meeting = territory.records["meeting"].get(meeting_id)
    if meeting.minutes_status == MinutesStatus.APPROVED:
        raise MinutesFrozen(
            _("Le compte rendu de « {title} » est déjà approuvé.").format(title=meeting.title)
        )
    if meeting.minutes_status != MinutesStatus.CIRCULATED:
        raise MeetingError(
            _(
                "Un compte rendu s'approuve après avoir été diffusé aux membres : "
                "diffusez-le d'abord."
            )
        )
    at = territory.records["meeting"].get(at_meeting_id) if at_meeting_id else None
    if at is not None and at.starts_at <= meeting.starts_at:
        raise MeetingError(
            _("Un compte rendu s'approuve lors d'une réunion qui suit celle qu'il relate.")
        )
    day = (on or (date.fromisoformat(at.starts_at[:10]) if at else date.today())).isoformat()
    extra = {"approved_at": {"id": at.id, "title": at.title} if at else None}
    with territory.tdb.write():  # a stale rev fails the last save and rolls all back
        _store(territory, meeting, MinutesStatus.APPROVED, day, extra)
        if record_decision and at is not None:
            meetings.add_decision(
                territory,
                at.id,
                f"Le compte rendu de la réunion du {format_long_date(meeting.starts_at)} "
                "est approuvé.",
            )
        return cast(
            d.Meeting,
            territory.save(
                "meeting",
                {"minutes_status": MinutesStatus.APPROVED, "approved_on": day},
                row_id=meeting_id,
                rev=rev,
            ),
        )


def new_version(territory: Territory, meeting_id: str, rev: int) -> d.Meeting:
    """Reopen an approved compte rendu as the draft of its next version; the approved one
    stays in the history, unchanged."""
    meeting: d.Meeting = territory.records["meeting"].get(meeting_id)
    if meeting.minutes_status != MinutesStatus.APPROVED:
        return meeting
    return cast(
        d.Meeting,
        territory.save(
            "meeting",
            {"minutes_status": MinutesStatus.DRAFT, "approved_on": None},
            row_id=meeting_id,
            rev=rev,
        ),
    )


def approvable_at(territory: Territory, meeting: d.Meeting) -> list[d.Meeting]:
    """Comptes rendus of the series diffused and waiting to be approved at ``meeting``: the
    earlier meetings of its series with minutes « diffusé »."""
    if not meeting.series_id:
        return []
    return [
        m
        for m in q.meetings_of_series(territory.tdb.db, meeting.series_id)
        if m.starts_at < meeting.starts_at and m.minutes_status == MinutesStatus.CIRCULATED
    ]
