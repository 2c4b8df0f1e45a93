"""The coverage matrix's SQL: the enjeux crossed with what the territory does about them over a
:class:`~municipaless.storage.activity_queries.Window` (definitions: docs/cooperation.md).

Every column is first a set of ``(enjeu, kind, item, cents)`` links built in one statement, so
a line counts each thing once (``DISTINCT``) and the total line counts each project, meeting,
structure and euro once however many enjeux carry it. Projects are the bilan's *followed*
projects (``activity_queries._FOLLOWED``), so the two documents agree.

Where docs/cooperation.md leaves a detail open, the bilan's own rule is taken: an orientation
belongs to the period by the day it was sent (else consented, else recorded), a grant by its
decision (else recorded), meetings and ateliers are *held* up to today (``Window.as_of``); a
structure is *present* at a meeting when its attendance line says présent or représenté; a
call without any date of its calendar spans the day it was recorded.

Cost: the followed set is only computed for projects carrying an enjeu (the subquery is
flattened into the join), and grants and orientations are reached from those projects through
their ``project_id`` indexes (``CROSS JOIN`` keeps that order).
"""

from dataclasses import dataclass

from sqlite_utils import Database

from municipaless.storage.activity_queries import _FOLLOWED, Window

# Kinds of link, one per column of the matrix.
PROJECTS, MEETINGS, CALLS, COLLECTIVES, WORKSHOPS, STRUCTURES, MONEY = (
    "project",
    "meeting",
    "project_call",
    "collective",
    "workshop",
    "organisation",
    "funding_request",
)
KINDS = (PROJECTS, MEETINGS, CALLS, COLLECTIVES, WORKSHOPS, STRUCTURES, MONEY)


def _links_sql(one: bool) -> str:
    """The CTEs of every link of the window; ``one``: only the enjeu ``:ch``."""
    only = "AND j.value = :ch" if one else ""
    return f"""
    WITH pc AS MATERIALIZED (
        SELECT DISTINCT j.value AS ch, p.id AS item
        FROM project p JOIN ({_FOLLOWED}) f ON f.id = p.id, json_each(p.challenges) j
        WHERE p.deleted_at IS NULL AND p.challenges <> '[]' {only}),
    mc AS MATERIALIZED (
        SELECT DISTINCT j.value AS ch, m.id AS item FROM meeting m, json_each(m.challenges) j
        WHERE m.deleted_at IS NULL AND m.challenges <> '[]'
          AND m.starts_at >= :f AND m.starts_at < :held_end {only}),
    cc AS MATERIALIZED (
        SELECT DISTINCT j.value AS ch, c.id AS item FROM project_call c, json_each(c.challenges) j
        WHERE c.deleted_at IS NULL AND c.challenges <> '[]'
          AND coalesce(c.launch_on, c.deadline_on, c.jury_on, c.notification_on,
                       substr(c.created_at, 1, 10)) <= :t
          AND coalesce(c.notification_on, c.jury_on, c.deadline_on, c.launch_on,
                       substr(c.created_at, 1, 10)) >= :f {only}),
    kc AS MATERIALIZED (
        SELECT DISTINCT j.value AS ch, k.id AS item FROM collective k, json_each(k.challenges) j
        WHERE k.deleted_at IS NULL AND k.challenges <> '[]'
          AND (k.closed_on IS NULL OR k.closed_on >= :f) {only}),
    wc AS MATERIALIZED (
        SELECT DISTINCT j.value AS ch, w.id AS item FROM workshop w, json_each(w.challenges) j
        WHERE w.deleted_at IS NULL AND w.challenges <> '[]' AND w.status <> 'annule'
          AND w.starts_at >= :f AND w.starts_at < :held_end {only}),
    money AS MATERIALIZED (
        SELECT DISTINCT pc.ch, r.id AS item, r.granted_cents AS cents, r.funder_id
        FROM pc CROSS JOIN funding_request r ON r.project_id = pc.item
        WHERE r.deleted_at IS NULL AND r.status IN ('accordee', 'versee')
          AND coalesce(r.decided_on, substr(r.created_at, 1, 10)) BETWEEN :f AND :t),
    orgs AS (
        SELECT pc.ch, r.organisation_id AS item FROM pc
        CROSS JOIN referral r ON r.project_id = pc.item AND r.deleted_at IS NULL
        WHERE coalesce(r.sent_on, r.consent_on, substr(r.created_at, 1, 10)) BETWEEN :f AND :t
        UNION SELECT ch, funder_id FROM money WHERE funder_id IS NOT NULL
        UNION SELECT kc.ch, ms.organisation_id FROM kc
        JOIN membership ms ON ms.collective_id = kc.item AND ms.deleted_at IS NULL
        WHERE (ms.joined_on IS NULL OR ms.joined_on <= :t)
          AND (ms.left_on IS NULL OR ms.left_on >= :f)
        UNION SELECT cc.ch, sp.organisation_id FROM cc
        JOIN submission s ON s.call_id = cc.item AND s.deleted_at IS NULL
        JOIN submission_partner sp ON sp.submission_id = s.id AND sp.deleted_at IS NULL
        UNION SELECT mc.ch, a.organisation_id FROM mc
        JOIN attendance a ON a.meeting_id = mc.item AND a.deleted_at IS NULL
        WHERE a.organisation_id IS NOT NULL AND a.status IN ('present', 'represente')),
    links AS (
        SELECT ch, '{PROJECTS}' AS kind, item, 0 AS cents FROM pc
        UNION ALL SELECT ch, '{MEETINGS}', item, 0 FROM mc
        UNION ALL SELECT ch, '{CALLS}', item, 0 FROM cc
        UNION ALL SELECT ch, '{COLLECTIVES}', item, 0 FROM kc
        UNION ALL SELECT ch, '{WORKSHOPS}', item, 0 FROM wc
        UNION ALL SELECT o.ch, '{STRUCTURES}', o.item, 0 FROM orgs o
          JOIN organisation g ON g.id = o.item AND g.deleted_at IS NULL
        UNION ALL SELECT ch, '{MONEY}', item, coalesce(cents, 0) FROM money)
    """


MATRIX_SQL = (
    _links_sql(False)
    + """
    SELECT ch, kind, count(*), sum(cents) FROM links GROUP BY ch, kind
    UNION ALL
    SELECT NULL, kind, count(*), sum(cents)
    FROM (SELECT DISTINCT kind, item, cents FROM links) GROUP BY kind
    """
)
DETAIL_SQL = _links_sql(True) + "SELECT kind, item, cents FROM links"


@dataclass(frozen=True)
class Cell:
    """One enjeu's figure of one kind (``challenge_id`` None: the total line)."""

    challenge_id: str | None
    kind: str
    count: int
    cents: int


def matrix_cells(db: Database, window: Window) -> list[Cell]:
    """Every non-empty cell of the matrix, and of its total line, in one statement."""
    rows = db.execute(MATRIX_SQL, window.params()).fetchall()
    return [Cell(r[0], r[1], r[2], r[3] or 0) for r in rows]


def detail_links(db: Database, window: Window, challenge_id: str) -> list[tuple[str, str, int]]:
    """(kind, item id, cents) behind one enjeu's line."""
    params = {**window.params(), "ch": challenge_id}
    return [(r[0], r[1], r[2] or 0) for r in db.execute(DETAIL_SQL, params).fetchall()]


@dataclass(frozen=True)
class Item:
    """A record behind a cell, as the drill-down lists it."""

    kind: str
    row_id: str
    label: str
    when: str | None  # ISO date (a meeting's day, a grant's decision…)
    cents: int | None = None
    detail: str = ""  # a grant's funder, a project's reference…


def describe(db: Database, kind: str, ids: list[str]) -> list[Item]:
    """Labels of records of one kind, for the drill-down."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    sql = {
        PROJECTS: f"SELECT id, reference || ' « ' || name || ' »', first_contact_on, NULL, ''"
        f" FROM project WHERE id IN ({marks}) ORDER BY reference",
        MEETINGS: f"SELECT id, title, substr(starts_at, 1, 10), NULL, place FROM meeting"
        f" WHERE id IN ({marks}) ORDER BY starts_at",
        CALLS: f"SELECT id, trim(reference || ' ' || title), launch_on, NULL, '' FROM project_call"
        f" WHERE id IN ({marks}) ORDER BY launch_on",
        COLLECTIVES: f"SELECT id, name, founded_on, NULL, coalesce(kind, '') FROM collective"
        f" WHERE id IN ({marks}) ORDER BY name COLLATE FR",
        WORKSHOPS: f"SELECT id, title, substr(starts_at, 1, 10), NULL, place FROM workshop"
        f" WHERE id IN ({marks}) ORDER BY starts_at",
        STRUCTURES: f"SELECT id, name, NULL, NULL, coalesce((SELECT label FROM vocabulary v"
        f" WHERE v.vocab = 'organisation_kind' AND v.code = kind), '') FROM organisation"
        f" WHERE id IN ({marks}) ORDER BY name COLLATE FR",
        MONEY: f"""SELECT r.id, p.reference || ' « ' || p.name || ' »',
                    coalesce(r.decided_on, substr(r.created_at, 1, 10)), r.granted_cents,
                    trim(coalesce(o.name, '') || ' ' || r.scheme)
                  FROM funding_request r JOIN project p ON p.id = r.project_id
                  LEFT JOIN organisation o ON o.id = r.funder_id
                  WHERE r.id IN ({marks}) ORDER BY 3""",
    }[kind]
    return [Item(kind, r[0], r[1], r[2], r[3], r[4]) for r in db.execute(sql, ids).fetchall()]
