"""Everything SQL the meetings need (services/meetings/, minutes.py, meeting_documents.py).

A meeting opens in a fixed handful of indexed queries whatever its size (one per kind of row,
names joined in SQL), so a meeting of 40 attendees and 15 agenda items reads as fast as a
small one. Lists across all instances (decision register, actions) are one query each, joined
to their meeting and series so the caller never goes back to the file row by row.

Rows come back as domain records plus the names the screens and documents show
(``Attendee``, ``ActionItemRow``, ``DecisionRow``): records keep their ``rev`` so a form can save.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from municipaless.core import domain as d
from municipaless.core.statuses import ActionItemStatus
from municipaless.storage import codec
from municipaless.storage.listing import Where
from municipaless.storage.search import match_expression

OPEN_STATUSES = (ActionItemStatus.TODO, ActionItemStatus.IN_PROGRESS)
CLOSED_STATUSES = (ActionItemStatus.DONE, ActionItemStatus.ABANDONED)


# rows with names ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Attendee:
    record: d.Attendance
    person_name: str = ""
    organisation_name: str = ""

    @property
    def name(self) -> str:
        """Who: the annuaire's name, else the name typed free."""
        return self.person_name or self.record.free_name


@dataclass(frozen=True)
class ActionItemRow:
    record: d.ActionItem
    owner_person: str = ""
    owner_organisation: str = ""
    meeting_title: str = ""
    meeting_starts_at: str = ""
    series_id: str | None = None
    series_name: str = ""
    series_code: str = ""

    @property
    def owner(self) -> str:
        """Qui: the person (with her structure), else the structure, else the free text."""
        if self.owner_person:
            extra = f" ({self.owner_organisation})" if self.owner_organisation else ""
            return self.owner_person + extra
        return self.owner_organisation or self.record.owner_text

    @property
    def is_open(self) -> bool:
        return self.record.status in OPEN_STATUSES

    def overdue(self, today: str) -> bool:
        """Open and due before ``today`` (ISO date)."""
        due = self.record.due_on
        return bool(self.is_open and due and due < today)


@dataclass(frozen=True)
class DecisionRow:
    record: d.Decision
    meeting_title: str = ""
    meeting_starts_at: str = ""
    series_id: str | None = None
    series_name: str = ""
    series_code: str = ""
    agenda_title: str = ""
    replaced_by_number: str = ""


@dataclass(frozen=True)
class ProjectRef:
    link: d.MeetingProject
    reference: str = ""
    name: str = ""


@dataclass
class MeetingBundle:
    """One meeting with all its rows, in display order."""

    meeting: d.Meeting
    series: d.MeetingSeries | None
    attendance: list[Attendee] = field(default_factory=list)
    agenda: list[d.AgendaItem] = field(default_factory=list)
    decisions: list[d.Decision] = field(default_factory=list)
    actions: list[ActionItemRow] = field(default_factory=list)
    projects: list[ProjectRef] = field(default_factory=list)


def _split(record_type: type[d.Record], row: dict[str, Any], *extra: str) -> tuple[Any, ...]:
    return (codec.from_row(record_type, row), *(row.get(k) or "" for k in extra))


def _dicts(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# one meeting -------------------------------------------------------------------------------
_ATTENDANCE = """
    SELECT t.*, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS _person,
           coalesce(o.name, '') AS _org
    FROM attendance t
    LEFT JOIN person p ON p.id = t.person_id
    LEFT JOIN organisation o ON o.id = t.organisation_id
    WHERE t.meeting_id = ? AND t.deleted_at IS NULL
    ORDER BY CASE WHEN p.id IS NULL THEN t.free_name ELSE p.last_name END COLLATE FR,
             p.first_name COLLATE FR, t.rowid
"""
_ACTION_SELECT = """
    SELECT t.*, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) AS _person,
           coalesce(o.name, '') AS _org, m.title AS _mtitle, m.starts_at AS _mstart,
           m.series_id AS _sid, coalesce(s.name, '') AS _sname, coalesce(s.code, '') AS _scode
    FROM action_item t
    LEFT JOIN person p ON p.id = t.owner_person_id
    LEFT JOIN organisation o ON o.id = t.owner_organisation_id
    LEFT JOIN meeting m ON m.id = t.meeting_id
    LEFT JOIN meeting_series s ON s.id = m.series_id
"""
_DECISION_SELECT = """
    SELECT t.*, m.title AS _mtitle, m.starts_at AS _mstart, m.series_id AS _sid,
           coalesce(s.name, '') AS _sname, coalesce(s.code, '') AS _scode,
           coalesce(a.title, '') AS _atitle, coalesce(r.number, '') AS _rnumber
    FROM decision t
    JOIN meeting m ON m.id = t.meeting_id
    LEFT JOIN meeting_series s ON s.id = m.series_id
    LEFT JOIN agenda_item a ON a.id = t.agenda_item_id
    LEFT JOIN decision r ON r.id = t.replaced_by
"""


def _action_row(row: dict[str, Any]) -> ActionItemRow:
    record, person, org, title, start, sid, sname, scode = _split(
        d.ActionItem, row, "_person", "_org", "_mtitle", "_mstart", "_sid", "_sname", "_scode"
    )
    return ActionItemRow(record, person, org, title, start, sid or None, sname, scode)


def _decision_row(row: dict[str, Any]) -> DecisionRow:
    record, *rest = _split(
        d.Decision, row, "_mtitle", "_mstart", "_sid", "_sname", "_scode", "_atitle", "_rnumber"
    )
    title, start, sid, sname, scode, atitle, rnumber = rest
    return DecisionRow(record, title, start, sid or None, sname, scode, atitle, rnumber)


def get_meeting(db: Database, meeting_id: str) -> d.Meeting | None:
    rows = _dicts(db, "SELECT * FROM meeting WHERE id = ? AND deleted_at IS NULL", [meeting_id])
    return codec.from_row(d.Meeting, rows[0]) if rows else None


def get_series(db: Database, series_id: str | None) -> d.MeetingSeries | None:
    if not series_id:
        return None
    sql = "SELECT * FROM meeting_series WHERE id = ? AND deleted_at IS NULL"
    rows = _dicts(db, sql, [series_id])
    return codec.from_row(d.MeetingSeries, rows[0]) if rows else None


def load_meeting(db: Database, meeting_id: str) -> MeetingBundle | None:
    """The meeting, its series, attendance (with names), agenda, decisions, actions and
    projects: six indexed queries, None when the meeting is gone."""
    meeting = get_meeting(db, meeting_id)
    if meeting is None:
        return None
    bundle = MeetingBundle(meeting, get_series(db, meeting.series_id))
    for row in _dicts(db, _ATTENDANCE, [meeting_id]):
        bundle.attendance.append(Attendee(*_split(d.Attendance, row, "_person", "_org")))
    sql = (
        "SELECT * FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL "
        "ORDER BY position, rowid"
    )
    bundle.agenda = [codec.from_row(d.AgendaItem, r) for r in _dicts(db, sql, [meeting_id])]
    sql = (
        "SELECT * FROM decision WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY number, rowid"
    )
    bundle.decisions = [codec.from_row(d.Decision, r) for r in _dicts(db, sql, [meeting_id])]
    sql = (
        _ACTION_SELECT + " WHERE t.meeting_id = ? AND t.deleted_at IS NULL "
        "ORDER BY t.due_on IS NULL, t.due_on, t.rowid"
    )
    bundle.actions = [_action_row(r) for r in _dicts(db, sql, [meeting_id])]
    sql = (
        "SELECT t.*, coalesce(p.reference, '') AS _ref, coalesce(p.name, '') AS _name "
        "FROM meeting_project t JOIN project p ON p.id = t.project_id "
        "WHERE t.meeting_id = ? AND t.deleted_at IS NULL ORDER BY p.name COLLATE FR"
    )
    bundle.projects = [
        ProjectRef(*_split(d.MeetingProject, r, "_ref", "_name"))
        for r in _dicts(db, sql, [meeting_id])
    ]
    return bundle


def meeting_of(db: Database, table: str, row_id: str) -> str | None:
    """The meeting a row (agenda_item, attendance, decision, action_item) belongs to."""
    if table not in ("agenda_item", "attendance", "decision", "action_item", "meeting_project"):
        raise ValueError(table)
    row = db.execute(f"SELECT meeting_id FROM {table} WHERE id = ?", [row_id]).fetchone()
    return row[0] if row else None


def live_people(db: Database, person_ids: Iterable[str]) -> set[str]:
    """Those of ``person_ids`` still in the annuaire (not deleted, not erased)."""
    ids = sorted(set(person_ids))
    if not ids:
        return set()
    sql = (
        "SELECT id FROM person WHERE id IN (SELECT value FROM json_each(?)) "
        "AND deleted_at IS NULL AND erased_at IS NULL"
    )
    return {r[0] for r in db.execute(sql, [json.dumps(ids)]).fetchall()}


def current_organisations(db: Database, person_ids: Iterable[str | None]) -> dict[str, str]:
    """Each person's current structure (a live affiliation without end, the latest started):
    the structure she represents by default when invited."""
    ids = sorted(set(p for p in person_ids if p))
    if not ids:
        return {}
    sql = (
        "SELECT a.person_id, a.organisation_id FROM affiliation a "
        "JOIN organisation o ON o.id = a.organisation_id AND o.deleted_at IS NULL "
        "WHERE a.person_id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL "
        "AND (a.end_on IS NULL OR a.end_on = '') "
        "ORDER BY a.person_id, coalesce(a.start_on, '') DESC, a.rowid DESC"
    )
    found: dict[str, str] = {}
    for person_id, org_id in db.execute(sql, [json.dumps(ids)]).fetchall():
        found.setdefault(person_id, org_id)
    return found


def attendee_emails(db: Database, attendance_ids: Iterable[str]) -> dict[str, str]:
    """E-mail of each invitee for an invitation: the address of her affiliation with the
    structure she represents, else her own."""
    ids = sorted(set(attendance_ids))
    if not ids:
        return {}
    sql = """
        SELECT t.id, coalesce(nullif((
                   SELECT a.email FROM affiliation a
                   WHERE a.person_id = t.person_id AND a.organisation_id = t.organisation_id
                     AND a.deleted_at IS NULL AND a.email IS NOT NULL AND a.email != ''
                   ORDER BY a.end_on IS NOT NULL, a.rowid DESC LIMIT 1), ''), p.email, '')
        FROM attendance t JOIN person p ON p.id = t.person_id
        WHERE t.id IN (SELECT value FROM json_each(?)) AND p.erased_at IS NULL
    """
    return {k: v for k, v in db.execute(sql, [json.dumps(ids)]).fetchall() if v}


# meetings of a series ----------------------------------------------------------------------
def previous_meeting(db: Database, series_id: str, before: str) -> d.Meeting | None:
    """The latest meeting of the series starting before ``before`` (ISO date-time)."""
    sql = (
        "SELECT * FROM meeting WHERE series_id = ? AND starts_at < ? AND deleted_at IS NULL "
        "ORDER BY starts_at DESC LIMIT 1"
    )
    rows = _dicts(db, sql, [series_id, before])
    return codec.from_row(d.Meeting, rows[0]) if rows else None


def next_meeting(db: Database, series_id: str, after: str) -> d.Meeting | None:
    """The first meeting of the series starting after ``after`` (ISO date-time)."""
    sql = (
        "SELECT * FROM meeting WHERE series_id = ? AND starts_at > ? AND deleted_at IS NULL "
        "ORDER BY starts_at LIMIT 1"
    )
    rows = _dicts(db, sql, [series_id, after])
    return codec.from_row(d.Meeting, rows[0]) if rows else None


def meetings_of_series(db: Database, series_id: str) -> list[d.Meeting]:
    sql = "SELECT * FROM meeting WHERE series_id = ? AND deleted_at IS NULL ORDER BY starts_at"
    return [codec.from_row(d.Meeting, r) for r in _dicts(db, sql, [series_id])]


def all_series(db: Database) -> list[d.MeetingSeries]:
    sql = "SELECT * FROM meeting_series WHERE deleted_at IS NULL ORDER BY name COLLATE FR"
    return [codec.from_row(d.MeetingSeries, r) for r in _dicts(db, sql, [])]


def series_code_taken(db: Database, code: str, exclude_id: str | None = None) -> bool:
    sql = (
        "SELECT 1 FROM meeting_series WHERE upper(code) = upper(?) AND id != ? "
        "AND deleted_at IS NULL LIMIT 1"
    )
    return db.execute(sql, [code, exclude_id or ""]).fetchone() is not None


# decisions ---------------------------------------------------------------------------------
def next_decision_number(db: Database, series_id: str | None, prefix: str) -> int:
    """1 + the highest number ``<prefix>NN`` used by the series (deleted ones included, so a
    number is never given twice), e.g. prefix ``COPIL-2026-``."""
    sql = (
        "SELECT t.number FROM decision t JOIN meeting m ON m.id = t.meeting_id "
        "WHERE m.series_id IS ? AND t.number LIKE ? ESCAPE '\\'"
    )
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    best = 0
    for (number,) in db.execute(sql, [series_id, like]).fetchall():
        tail = number[len(prefix) :]
        if tail.isdigit():
            best = max(best, int(tail))
    return best + 1


def decision_numbers(db: Database, decision_ids: Iterable[str | None]) -> dict[str, str]:
    """Number of each decision (e.g. the ones a decision was « remplacée par »)."""
    ids = sorted({i for i in decision_ids if i})
    if not ids:
        return {}
    sql = "SELECT id, number FROM decision WHERE id IN (SELECT value FROM json_each(?))"
    return dict(db.execute(sql, [json.dumps(ids)]).fetchall())


def decision_register(
    db: Database,
    *,
    series_id: str | None = None,
    year: int | None = None,
    status: str | None = None,
    text: str = "",
    meeting_id: str | None = None,
) -> list[DecisionRow]:
    """Decisions across all instances, newest meeting first; ``text`` matches the search index
    (accent- and ligature-insensitive word prefixes over number and text)."""
    conditions, params = ["t.deleted_at IS NULL", "m.deleted_at IS NULL"], []
    if series_id:
        conditions.append("m.series_id = ?")
        params.append(series_id)
    if meeting_id:
        conditions.append("t.meeting_id = ?")
        params.append(meeting_id)
    if year:
        conditions.append("m.starts_at >= ? AND m.starts_at < ?")
        params += [f"{int(year):04d}", f"{int(year) + 1:04d}"]
    if status:
        conditions.append("t.status = ?")
        params.append(status)
    expression = match_expression(text, "decision") if text.strip() else None
    if expression:
        conditions.append("t.id IN (SELECT row_id FROM search_index WHERE search_index MATCH ?)")
        params.append(expression)
    sql = (
        _DECISION_SELECT
        + " WHERE "
        + " AND ".join(conditions)
        + " ORDER BY m.starts_at DESC, t.number, t.rowid"
    )
    return [_decision_row(r) for r in _dicts(db, sql, params)]


def decision_years(db: Database) -> list[int]:
    """Years that have decisions, newest first (the register's year filter)."""
    sql = (
        "SELECT DISTINCT substr(m.starts_at, 1, 4) FROM decision t "
        "JOIN meeting m ON m.id = t.meeting_id WHERE t.deleted_at IS NULL ORDER BY 1 DESC"
    )
    return [int(y) for (y,) in db.execute(sql).fetchall() if y and y.isdigit()]


# actions -----------------------------------------------------------------------------------
def pending_action_items(
    db: Database, series_id: str, before: str, *, closed_since: str | None = None
) -> list[ActionItemRow]:
    """ "Points en suspens": actions of the series' meetings held before ``before`` that are
    still open — and, with ``closed_since`` (ISO date), those closed on or after that day, so
    an action closed during the meeting still shows there, as closed. Oldest due first."""
    condition = "t.status IN ('a_faire', 'en_cours')"
    params: list[Any] = [series_id, before]
    if closed_since:
        condition = f"({condition} OR t.done_on >= ?)"
        params.append(closed_since)
    sql = (
        _ACTION_SELECT + " WHERE m.series_id = ? AND m.starts_at < ? AND m.deleted_at IS NULL "
        f"AND t.deleted_at IS NULL AND {condition} "
        "ORDER BY t.due_on IS NULL, t.due_on, m.starts_at, t.rowid"
    )
    return [_action_row(r) for r in _dicts(db, sql, params)]


def action_items_overview(
    db: Database,
    today: str,
    *,
    open_only: bool = True,
    series_id: str | None = None,
    text: str = "",
) -> list[ActionItemRow]:
    """The global Actions view: overdue first (oldest due first), then open by due date, then
    closed ones (when asked) most recent first."""
    conditions, params = ["t.deleted_at IS NULL", "(m.id IS NULL OR m.deleted_at IS NULL)"], []
    if open_only:
        conditions.append("t.status IN ('a_faire', 'en_cours')")
    if series_id:
        conditions.append("m.series_id = ?")
        params.append(series_id)
    expression = match_expression(text, "action_item") if text.strip() else None
    if expression:
        conditions.append("t.id IN (SELECT row_id FROM search_index WHERE search_index MATCH ?)")
        params.append(expression)
    sql = (
        _ACTION_SELECT
        + " WHERE "
        + " AND ".join(conditions)
        + """ ORDER BY
            CASE WHEN t.status IN ('a_faire', 'en_cours') AND t.due_on < ? THEN 0
                 WHEN t.status IN ('a_faire', 'en_cours') THEN 1 ELSE 2 END,
            CASE WHEN t.status IN ('a_faire', 'en_cours') THEN t.due_on IS NULL END,
            CASE WHEN t.status IN ('a_faire', 'en_cours') THEN t.due_on END,
            coalesce(t.done_on, t.due_on) DESC, t.rowid"""
    )
    return [_action_row(r) for r in _dicts(db, sql, [*params, today])]


def workbook_action_items(db: Database) -> list[ActionItemRow]:
    """Every live action of every meeting, grouped by series (by name) then meeting date: the
    actions follow-up workbook. One query over the action_item table."""
    sql = (
        _ACTION_SELECT + " WHERE t.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NULL) "
        "ORDER BY s.name IS NULL, s.name COLLATE FR, m.starts_at, t.due_on IS NULL, t.due_on, "
        "t.rowid"
    )
    return [_action_row(r) for r in _dicts(db, sql, [])]


# minutes versions --------------------------------------------------------------------------
def minutes_versions(db: Database, meeting_id: str) -> list[d.MinutesVersion]:
    """The snapshots of a meeting's compte rendu, oldest first."""
    sql = (
        "SELECT * FROM minutes_version WHERE meeting_id = ? AND deleted_at IS NULL "
        "ORDER BY version, status_on, rowid"
    )
    return [codec.from_row(d.MinutesVersion, r) for r in _dicts(db, sql, [meeting_id])]


# filters of the meeting list (alias t = meeting) -------------------------------------------
def meeting_where(
    *,
    series_id: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    minutes_status: str | None = None,
    text: str = "",
) -> Where:
    """The meeting list's filter: instance, period (ISO dates, both included), minutes status,
    and words of the title/place/summary (search index)."""
    where = Where()
    if series_id:
        where &= Where("t.series_id = ?", (series_id,))
    if date_from:
        where &= Where("t.starts_at >= ?", (date_from,))
    if date_to:
        where &= Where("t.starts_at < ?", (date_to + "T99",))
    if minutes_status:
        where &= Where("t.minutes_status = ?", (minutes_status,))
    expression = match_expression(text, "meeting") if text.strip() else None
    if expression:
        where &= Where(
            "t.id IN (SELECT row_id FROM search_index WHERE search_index MATCH ?)", (expression,)
        )
    return where
