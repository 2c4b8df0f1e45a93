"""The SQL of the case log (porteurs & projets): list filters, timeline, dashboard panel,
referral statistics, funding plans.

Services (casework, case_events, referrals, funding, follow_ups) call these and add labels;
the UI only ever sees ``Where`` objects and plain dataclasses.

"Sans nouvelles" is computed from the last case event (the porteur was met, called, written
to), never from a reminder the officer set: a relance in the future does not make a silent
project look alive. A project without any case event dates from its first contact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlite_utils import Database

from municipaless.core.domain import Record
from municipaless.core.statuses import ProjectStatus
from municipaless.storage.listing import SPECS, Where
from municipaless.storage.records import Records

R = TypeVar("R", bound=Record)

# Last case event of the project aliased ``t`` (the list's "Last activity" column): one probe
# per project into the partial index case_event_live_project (migration 0004).
LAST_EVENT_SQL = next(c.sql for c in SPECS["project"].columns if c.key == "last_activity")
# What "sans nouvelles" counts from: the last case event, else the first contact.
# The latest of the last case event and the first contact (the record's creation without one).
LAST_NEWS_SQL = (
    f"max(coalesce({LAST_EVENT_SQL}, ''), "
    "coalesce(t.first_contact_on, substr(t.created_at, 1, 10)))"
)

# Statuses of a project the officer is still working on (dashboard "sans nouvelles").
OPEN_STATUSES = (ProjectStatus.ACTIVE,)
# Projects whose relances no longer call for action (the dashboard leaves them out).
CLOSED_STATUSES = (ProjectStatus.ABANDONED, ProjectStatus.CLOSED)
_LIVE_PROJECT = "p.deleted_at IS NULL AND p.status NOT IN ('abandonne', 'clos')"


def _in(column: str, values: tuple[str, ...] | list[str]) -> Where:
    values = tuple(v for v in values if v)
    if not values:
        return Where()
    marks = ", ".join("?" for _ in values)
    return Where(f"{column} IN ({marks})", values)


# project list filters -----------------------------------------------------------------------
def stage_in(codes: Iterable[str]) -> Where:
    """Projects at one of these stages (vocabulary ``stage``); no code, no filter."""
    return _in("t.stage", tuple(codes))


def status_in(codes: Iterable[str]) -> Where:
    """Projects with one of these statuses (vocabulary ``project_status``)."""
    return _in("t.status", tuple(codes))


def sector_in(codes: Iterable[str]) -> Where:
    """Projects of one of these filières (vocabulary ``sector``)."""
    return _in("t.sector", tuple(codes))


def commune_in(insee_codes: Iterable[str]) -> Where:
    """Projects located in one of these communes (INSEE codes)."""
    return _in("t.commune_insee", tuple(insee_codes))


def referent_is(name: str | None) -> Where:
    """Projects followed by this officer (exact name, case-insensitive); "" means no referent."""
    if name is None:
        return Where()
    return Where("t.referent = ? COLLATE NOCASE", (name,))


def silent_for(days: int, today: date) -> Where:
    """ "Sans nouvelles depuis N jours": the last news (the later of the last case event and the
    first contact, ``LAST_NEWS_SQL``) is older than ``today - days``. Written as a NOT EXISTS
    over index case_event(project_id, occurred_on): the same rows as ``LAST_NEWS_SQL < cutoff``,
    ~20 % cheaper (a range seek instead of a backward walk)."""
    cutoff = _cutoff(days, today)
    return Where(_SILENT, (cutoff, cutoff))


_SILENT = (
    "NOT EXISTS (SELECT 1 FROM case_event e WHERE e.project_id = t.id "
    "AND e.occurred_on >= ? AND e.deleted_at IS NULL) "
    "AND coalesce(t.first_contact_on, substr(t.created_at, 1, 10)) < ?"
)


def _cutoff(days: int, today: date) -> str:
    return (today - timedelta(days=int(days))).isoformat()


def with_overdue_follow_ups(today: date) -> Where:
    """Projects with at least one relance due before today and not done.

    One scan of ``follow_up`` into a set, then a membership test per project: 21 ms on the
    large file where a correlated EXISTS per project took 180 ms (index follow_up_due would
    walk every past relance, done ones included, hence NOT INDEXED)."""
    return Where(
        "t.id IN (SELECT f.project_id FROM follow_up f NOT INDEXED WHERE f.done_on IS NULL "
        "AND f.due_on < ? AND f.deleted_at IS NULL)",
        (today.isoformat(),),
    )


def text_matches(text: str) -> Where:
    """Projects whose reference, name or description hold every word (as a prefix), through
    the global search index (accent- and ligature-insensitive, docs/known-traps.md#2)."""
    from municipaless.storage.search import match_expression

    expression = match_expression(text or "", "project")
    if expression is None:
        return Where()
    return Where(
        "t.id IN (SELECT row_id FROM search_index WHERE search_index MATCH ?)", (expression,)
    )


# timeline -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TimelineRow:
    """One dated line of a project's timeline, whatever its source table."""

    source: str  # case_event, referral, funding_request, follow_up, registration
    row_id: str
    on: str | None  # ISO date the line is placed at
    kind: str | None  # event kind, referral/funding status, follow-up kind
    title: str  # subject, structure name, funder name, what
    detail: str  # notes, need, scheme
    text: str  # see timeline()
    n1: int | None
    n2: int | None
    rev: int


@dataclass(frozen=True)
class Participant:
    case_event_id: str
    row_id: str  # the case_event_participant row
    person_id: str | None
    organisation_id: str | None
    name: str  # "Prénom Nom" or the structure's name ("" for an erased person)


_TIMELINE = """
    SELECT 'case_event', e.id, e.occurred_on, e.kind, e.subject, e.notes, '',
           e.duration_min, NULL, e.rev
    FROM case_event e WHERE e.project_id = :p AND e.deleted_at IS NULL
    UNION ALL
    SELECT 'referral', r.id,
           coalesce(r.answered_on, r.sent_on, r.consent_on, substr(r.created_at, 1, 10)),
           r.status, coalesce(o.name, ''), coalesce(r.need, ''),
           CASE WHEN r.status = 'refusee' THEN r.refusal_reason ELSE r.outcome END,
           NULL, NULL, r.rev
    FROM referral r LEFT JOIN organisation o ON o.id = r.organisation_id
    WHERE r.project_id = :p AND r.deleted_at IS NULL
    UNION ALL
    SELECT 'funding_request', f.id, coalesce(f.decided_on, substr(f.created_at, 1, 10)),
           f.status, coalesce(o.name, ''), f.scheme, coalesce(f.instrument, ''),
           f.asked_cents, f.granted_cents, f.rev
    FROM funding_request f LEFT JOIN organisation o ON o.id = f.funder_id
    WHERE f.project_id = :p AND f.deleted_at IS NULL
    UNION ALL
    SELECT 'follow_up', u.id, u.due_on, u.kind, u.what, '', coalesce(u.done_on, ''),
           u.checkin_months, NULL, u.rev
    FROM follow_up u WHERE u.project_id = :p AND u.deleted_at IS NULL
    UNION ALL
    SELECT 'registration', g.id, substr(w.starts_at, 1, 10), g.status, w.title, w.theme,
           w.place, NULL, NULL, g.rev
    FROM registration g JOIN workshop w ON w.id = g.workshop_id
    WHERE g.project_id = :p AND g.deleted_at IS NULL AND g.status = 'present'
      AND w.deleted_at IS NULL AND w.status <> 'annule'
    ORDER BY 3 DESC, 1, 2
"""


def timeline(db: Database, project_id: str) -> list[TimelineRow]:
    """Case events, referrals, funding requests and follow-ups of one project, newest first.

    Columns by source (``text``, ``n1``, ``n2``): case_event ('', duration, -); referral
    (refusal reason or outcome, -, -); funding_request (instrument, asked, granted cents);
    follow_up (done date or '', check-in months, -); registration, only présent at an atelier
    not cancelled (place, -, -; title: the atelier's, detail: its theme). Each part reads
    through its project index, so a project's timeline costs a few index probes whatever the
    file's size."""
    rows = db.execute(_TIMELINE, {"p": project_id}).fetchall()
    return [TimelineRow(*row) for row in rows]


def participants(db: Database, case_event_ids: list[str]) -> list[Participant]:
    """People met and structures involved in these case events (erased people: no name)."""
    if not case_event_ids:
        return []
    sql = """
        SELECT c.case_event_id, c.id, c.person_id, c.organisation_id,
               CASE WHEN c.person_id IS NOT NULL THEN
                    CASE WHEN p.erased_at IS NULL
                         THEN trim(p.first_name || ' ' || p.last_name) ELSE '' END
                    ELSE coalesce(o.name, '') END
        FROM case_event_participant c
        LEFT JOIN person p ON p.id = c.person_id
        LEFT JOIN organisation o ON o.id = c.organisation_id
        WHERE c.deleted_at IS NULL
          AND c.case_event_id IN (SELECT value FROM json_each(?))
        ORDER BY c.rowid
    """
    rows = db.execute(sql, [json.dumps(list(case_event_ids))]).fetchall()
    return [Participant(*row) for row in rows]


# dashboard ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DueRow:
    follow_up_id: str
    rev: int
    project_id: str
    reference: str
    project_name: str
    due_on: str
    what: str
    kind: str  # "" a relance, "checkin" a post-creation check-in
    checkin_months: int | None
    updated_at: str

    @property
    def is_checkin(self) -> bool:
        return self.kind == "checkin"


@dataclass(frozen=True)
class SilentRow:
    project_id: str
    reference: str
    name: str
    referent: str
    last_news: str | None


def follow_ups_due(db: Database, today: date, *, overdue: bool, limit: int = 200) -> list[DueRow]:
    """Open relances due today (``overdue=False``) or before today (``overdue=True``, oldest
    first), on live projects that are neither closed nor abandoned. Today's use index
    follow_up_due; overdue ones scan the table (the index would walk every past relance)."""
    source = "follow_up f" if not overdue else "follow_up f NOT INDEXED"
    condition = "f.due_on < ?" if overdue else "f.due_on = ?"
    sql = f"""
        SELECT {_DUE_COLUMNS}
        FROM {source} JOIN project p ON p.id = f.project_id
        WHERE {condition} AND f.done_on IS NULL AND f.deleted_at IS NULL AND {_LIVE_PROJECT}
        ORDER BY f.due_on, p.reference, f.rowid LIMIT ?
    """
    rows = db.execute(sql, [today.isoformat(), int(limit)]).fetchall()
    return [DueRow(*row) for row in rows]


_DUE_COLUMNS = (
    "f.id, f.rev, p.id, p.reference, p.name, f.due_on, f.what, f.kind, f.checkin_months, "
    "f.updated_at"
)


def open_follow_ups(db: Database, project_id: str | None = None) -> list[DueRow]:
    """Every open relance of live, not closed projects (or of one project), by date: what the
    ICS export writes."""
    sql = f"""
        SELECT {_DUE_COLUMNS}
        FROM follow_up f JOIN project p ON p.id = f.project_id
        WHERE f.done_on IS NULL AND f.deleted_at IS NULL AND {_LIVE_PROJECT}
          AND (:p IS NULL OR f.project_id = :p)
        ORDER BY f.due_on, p.reference, f.rowid
    """
    return [DueRow(*row) for row in db.execute(sql, {"p": project_id}).fetchall()]


def open_due_by(db: Database, today: date) -> list[DueRow]:
    """Every open relance due today or before, on live projects not closed, oldest first:
    the dashboard panel's today / overdue lists and counts from one scan of ``follow_up``
    (two scans cost twice: the second finds the page cache emptied by the silent query)."""
    sql = f"""
        SELECT {_DUE_COLUMNS}
        FROM follow_up f NOT INDEXED JOIN project p ON p.id = f.project_id
        WHERE f.due_on <= ? AND f.done_on IS NULL AND f.deleted_at IS NULL AND {_LIVE_PROJECT}
        ORDER BY f.due_on, p.reference, f.rowid
    """
    return [DueRow(*row) for row in db.execute(sql, [today.isoformat()]).fetchall()]


def count_follow_ups_due(db: Database, today: date) -> tuple[int, int]:
    """(due today, overdue) open relances on live projects."""
    sql = f"""
        SELECT coalesce(sum(f.due_on = :d), 0), coalesce(sum(f.due_on < :d), 0)
        FROM follow_up f NOT INDEXED JOIN project p ON p.id = f.project_id
        WHERE f.due_on <= :d AND f.done_on IS NULL AND f.deleted_at IS NULL AND {_LIVE_PROJECT}
    """
    today_count, overdue_count = db.execute(sql, {"d": today.isoformat()}).fetchone()
    return today_count, overdue_count


def silent_projects(
    db: Database, days: int, today: date, limit: int = 200
) -> tuple[list[SilentRow], int]:
    """Open projects without news for ``days`` days, the longest silent first, and how many
    there are: one pass (the last news of each open project is looked up once)."""
    statuses = ", ".join(f"'{s}'" for s in OPEN_STATUSES)
    silent = silent_for(days, today)
    sql = f"""
        WITH silent AS MATERIALIZED (
            SELECT t.id, t.reference, t.name, t.referent, {LAST_NEWS_SQL} AS news
            FROM project t
            WHERE t.deleted_at IS NULL AND t.status IN ({statuses}) AND {silent.sql})
        SELECT id, reference, name, referent, news, count(*) OVER ()
        FROM silent ORDER BY news, reference LIMIT ?
    """
    rows = db.execute(sql, [*silent.params, int(limit)]).fetchall()
    return [SilentRow(*row[:5]) for row in rows], (rows[0][5] if rows else 0)


# referrals ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReferralStats:
    organisation_id: str
    name: str
    holders: int  # distinct people holding a project oriented there
    projects: int
    by_status: dict[str, int]


def referral_stats(db: Database, organisation_id: str | None = None) -> list[ReferralStats]:
    """Orientations per structure (all time, live projects): distinct porteurs, projects and
    counts per status, structures by name."""
    params = {"o": organisation_id}
    scope = "r.deleted_at IS NULL AND (:o IS NULL OR r.organisation_id = :o)"
    statuses = db.execute(
        f"""
        SELECT r.organisation_id, r.status, count(*) FROM referral r
        JOIN project t ON t.id = r.project_id AND t.deleted_at IS NULL
        WHERE {scope} GROUP BY 1, 2
        """,
        params,
    ).fetchall()
    by_org: dict[str, dict[str, int]] = {}
    for org, status, n in statuses:
        by_org.setdefault(org, {})[status] = n
    people = db.execute(
        f"""
        SELECT r.organisation_id, coalesce(o.name, ''), count(DISTINCT h.person_id),
               count(DISTINCT r.project_id)
        FROM referral r
        JOIN project t ON t.id = r.project_id AND t.deleted_at IS NULL
        LEFT JOIN organisation o ON o.id = r.organisation_id
        LEFT JOIN project_holder h ON h.project_id = r.project_id AND h.deleted_at IS NULL
        WHERE {scope} GROUP BY 1 ORDER BY 2 COLLATE FR
        """,
        params,
    ).fetchall()
    return [ReferralStats(org, name, n, p, by_org.get(org, {})) for org, name, n, p in people]


def referrals_awaiting_answer(db: Database, sent_before: str) -> list[tuple[str, int]]:
    """(id, rev) of orientations sent before ``sent_before`` still waiting for an answer."""
    sql = (
        "SELECT id, rev FROM referral WHERE status = 'envoyee' AND deleted_at IS NULL "
        "AND sent_on IS NOT NULL AND sent_on < ? ORDER BY rowid"
    )
    return [tuple(row) for row in db.execute(sql, [sent_before]).fetchall()]


# funding --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FundingLine:
    request_id: str
    rev: int
    funder_id: str | None
    funder_name: str
    funder_kind: str | None
    scheme: str
    instrument: str | None
    asked_cents: int | None
    granted_cents: int | None
    status: str
    decided_on: str | None
    report_due_on: str | None
    is_commune: bool


def funding_lines(db: Database, project_id: str) -> list[FundingLine]:
    """The funding requests of one project with their funder's name and kind, by date."""
    sql = """
        SELECT f.id, f.rev, f.funder_id, coalesce(o.name, ''), o.kind, f.scheme, f.instrument,
               f.asked_cents, f.granted_cents, f.status, f.decided_on, f.report_due_on,
               f.is_commune
        FROM funding_request f LEFT JOIN organisation o ON o.id = f.funder_id
        WHERE f.project_id = ? AND f.deleted_at IS NULL
        ORDER BY coalesce(f.decided_on, substr(f.created_at, 1, 10)), f.rowid
    """
    rows = db.execute(sql, [project_id]).fetchall()
    # The SELECT above lists the twelve fields before is_commune; mypy cannot count row[:12].
    return [FundingLine(*row[:12], bool(row[12])) for row in rows]  # type: ignore[call-arg]


def funder_ids(db: Database, kinds: tuple[str, ...]) -> list[str]:
    """Live structures of these kinds or offering a funding instrument, by name."""
    sql = f"""
        SELECT o.id FROM organisation o WHERE o.deleted_at IS NULL AND (
            o.kind IN ({", ".join("?" for _ in kinds)}) OR EXISTS (
                SELECT 1 FROM service_offer s WHERE s.organisation_id = o.id
                AND s.deleted_at IS NULL
                AND (s.service = 'financement' OR s.instrument IS NOT NULL)))
        ORDER BY o.name COLLATE FR
    """
    return [row[0] for row in db.execute(sql, list(kinds)).fetchall()]


# small lookups ------------------------------------------------------------------------------
def max_reference_number(db: Database, prefix: str) -> int:
    """The highest NNNN among references ``{prefix}NNNN`` (deleted projects included, so a
    number is never given twice)."""
    sql = (
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM project "
        "WHERE substr(reference, 1, ?) = ?"
    )
    row = db.execute(sql, [len(prefix) + 1, len(prefix), prefix]).fetchone()
    return int(row[0] or 0)


def survival(db: Database, founded_by: str) -> tuple[int, int, int]:
    """Structures founded on or before ``founded_by``: (count, not closed, of which the
    36-month check-in is done)."""
    sql = """
        SELECT count(*), coalesce(sum(t.status NOT IN ('abandonne', 'clos')), 0),
               coalesce(sum(t.status NOT IN ('abandonne', 'clos') AND EXISTS (
                   SELECT 1 FROM follow_up f WHERE f.project_id = t.id AND f.kind = 'checkin'
                   AND f.checkin_months = 36 AND f.done_on IS NOT NULL
                   AND f.deleted_at IS NULL)), 0)
        FROM project t WHERE t.deleted_at IS NULL AND t.founded_on <= ?
    """
    base, alive, confirmed = db.execute(sql, [founded_by]).fetchone()
    return base, alive, confirmed


def referents(db: Database) -> list[str]:
    """Officer names used as referent on live projects."""
    sql = (
        "SELECT DISTINCT referent FROM project WHERE deleted_at IS NULL AND referent <> '' "
        "ORDER BY referent COLLATE FR"
    )
    return [row[0] for row in db.execute(sql).fetchall()]


_CHILD_COLUMNS = {"project_id", "case_event_id", "person_id", "organisation_id"}


def children(records: Records[R], column: str, parent_id: str, order_by: str = "rowid") -> list[R]:
    """Live records of ``records``' table whose ``column`` is ``parent_id`` (the holders,
    referrals, follow-ups… of a project): the services' one way to read a record's children."""
    if column not in _CHILD_COLUMNS:
        raise ValueError(f"not a parent column: {column}")
    return records.where(f"{column} = ?", [parent_id], order_by=order_by)
