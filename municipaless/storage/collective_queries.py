"""The SQL of the collectifs (PTCE, SCIC, tiers-lieux…): their list, members, referents,
projects and money, a structure's collectifs, and the bilan's figures for a period.

"Current" member: no leaving date, or one after ``today`` (a departure recorded ahead of time
is still a member until that day). Money: what the collectif's projects were granted (funding
requests ``accordee`` or ``versee``), each project counted once however often it is linked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.core import cooperation as co
from municipaless.core.text import fold
from municipaless.storage import codec
from municipaless.storage.activity_queries import Window
from municipaless.storage.listing import Column, ListSource, ListSpec, Where

GRANTED = ("accordee", "versee")
_GRANTED_SQL = "('accordee', 'versee')"


def _current_members(today: str = "date('now')") -> str:
    return (
        "(SELECT count(DISTINCT m.organisation_id) FROM membership m"
        " WHERE m.collective_id = t.id AND m.deleted_at IS NULL"
        f" AND (m.left_on IS NULL OR m.left_on = '' OR m.left_on > {today}))"
    )


SPEC = ListSpec(
    "collective",
    "collective t",
    (
        Column("name", "Name", "t.name", french=True),
        Column(
            "kind",
            "Kind",
            "(SELECT v.label FROM vocabulary v WHERE v.vocab = 'collective_kind'"
            " AND v.code = t.kind)",
            french=True,
        ),
        Column("members", "Members", _current_members()),
        Column("commune_insee", "Commune", "t.commune_insee"),
        Column("founded_on", "Founded on", "t.founded_on"),
    ),
)


def list_source(db: Database, where: Where = Where()) -> ListSource:  # noqa: B008
    return ListSource(db, SPEC, where)


def collective_where(
    *,
    kind: str | None = None,
    challenge_id: str | None = None,
    state: str | None = None,
    text: str = "",
    today: str,
) -> Where:
    """The list's filter: kind, enjeu, ``state`` « active » (not closed on ``today``) or
    « closed », and words of the name (folded, so « Pole » finds « Pôle »)."""
    where = Where()
    if kind:
        where &= Where("t.kind = ?", (kind,))
    if challenge_id:
        where &= Where(
            "EXISTS (SELECT 1 FROM json_each(t.challenges) c WHERE c.value = ?)", (challenge_id,)
        )
    if state == "active":
        where &= Where("(t.closed_on IS NULL OR t.closed_on = '' OR t.closed_on > ?)", (today,))
    elif state == "closed":
        where &= Where(
            "(t.closed_on IS NOT NULL AND t.closed_on <> '' AND t.closed_on <= ?)", (today,)
        )
    for word in fold(text).split():
        where &= Where("instr(fr_key(t.name), ?) > 0", (word,))
    return where


def same_name(db: Database, name: str, exclude_id: str | None = None) -> co.Collective | None:
    """A live collectif named ``name`` once folded (accents, case, apostrophes), or None."""
    sql = "SELECT * FROM collective WHERE deleted_at IS NULL AND fr_key(name) = ? AND id != ?"
    for row in _dicts(db, sql, [fold(name), exclude_id or ""]):
        return codec.from_row(co.Collective, row)
    return None


@dataclass(frozen=True)
class MemberRow:
    membership: co.Membership
    organisation_name: str
    current: bool


def members(db: Database, collective_id: str, today: str) -> list[MemberRow]:
    """Every live membership, current ones first, each group by joining date then name."""
    sql = """
        SELECT m.*, o.name AS _org_name,
               (m.left_on IS NULL OR m.left_on = '' OR m.left_on > :today) AS _current
        FROM membership m LEFT JOIN organisation o ON o.id = m.organisation_id
        WHERE m.collective_id = :c AND m.deleted_at IS NULL
        ORDER BY _current DESC, coalesce(m.joined_on, '') , o.name COLLATE FR
    """
    out = []
    for row in _dicts(db, sql, {"c": collective_id, "today": today}):
        name, current = row.pop("_org_name"), bool(row.pop("_current"))
        out.append(MemberRow(codec.from_row(co.Membership, row), name or "—", current))
    return out


def open_membership(
    db: Database, collective_id: str, organisation_id: str, exclude_id: str | None = None
) -> co.Membership | None:
    """The structure's live membership with no leaving date (or the latest leaving date), if
    any: the one a new joining date must come after."""
    sql = """
        SELECT * FROM membership WHERE collective_id = ? AND organisation_id = ?
        AND deleted_at IS NULL AND id != ?
        ORDER BY (left_on IS NULL OR left_on = '') DESC, left_on DESC LIMIT 1
    """
    for row in _dicts(db, sql, [collective_id, organisation_id, exclude_id or ""]):
        return codec.from_row(co.Membership, row)
    return None


@dataclass(frozen=True)
class ReferentRow:
    referent: co.CollectiveReferent
    person_name: str


def referents(db: Database, collective_id: str) -> list[ReferentRow]:
    sql = """
        SELECT r.*, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, ''))
               AS _name
        FROM collective_referent r LEFT JOIN person p ON p.id = r.person_id
        WHERE r.collective_id = ? AND r.deleted_at IS NULL
        ORDER BY p.last_name COLLATE FR, p.first_name COLLATE FR
    """
    out = []
    for row in _dicts(db, sql, [collective_id]):
        name = row.pop("_name")
        out.append(ReferentRow(codec.from_row(co.CollectiveReferent, row), name or "—"))
    return out


@dataclass(frozen=True)
class ProjectRow:
    link_id: str
    link_rev: int
    project_id: str
    reference: str
    name: str
    status: str | None
    granted_cents: int


def projects(db: Database, collective_id: str) -> list[ProjectRow]:
    """Its projects (one line per project), with what each was granted."""
    sql = f"""
        SELECT l.id, l.rev, p.id, p.reference, p.name, p.status,
               coalesce((SELECT sum(f.granted_cents) FROM funding_request f
                         WHERE f.project_id = p.id AND f.deleted_at IS NULL
                         AND f.status IN {_GRANTED_SQL}), 0)
        FROM collective_project l JOIN project p ON p.id = l.project_id
        WHERE l.collective_id = ? AND l.deleted_at IS NULL AND p.deleted_at IS NULL
        GROUP BY p.id ORDER BY p.reference
    """
    return [ProjectRow(*row) for row in db.execute(sql, [collective_id]).fetchall()]


def project_link(db: Database, collective_id: str, project_id: str) -> str | None:
    sql = (
        "SELECT id FROM collective_project WHERE collective_id = ? AND project_id = ?"
        " AND deleted_at IS NULL LIMIT 1"
    )
    row = db.execute(sql, [collective_id, project_id]).fetchone()
    return row[0] if row else None


def referent_link(db: Database, collective_id: str, person_id: str) -> str | None:
    sql = (
        "SELECT id FROM collective_referent WHERE collective_id = ? AND person_id = ?"
        " AND deleted_at IS NULL LIMIT 1"
    )
    row = db.execute(sql, [collective_id, person_id]).fetchone()
    return row[0] if row else None


def money(db: Database, collective_id: str) -> int:
    """Sum granted to its projects (each project once)."""
    sql = f"""
        SELECT coalesce(sum(f.granted_cents), 0) FROM funding_request f
        WHERE f.deleted_at IS NULL AND f.status IN {_GRANTED_SQL}
          AND f.project_id IN (SELECT l.project_id FROM collective_project l
                               WHERE l.collective_id = ? AND l.deleted_at IS NULL)
    """
    total: int = db.execute(sql, [collective_id]).fetchone()[0]
    return total


@dataclass(frozen=True)
class OrganisationCollective:
    collective_id: str
    name: str
    kind: str | None
    closed_on: str | None
    role: str | None
    joined_on: str | None
    left_on: str | None
    current: bool


def of_organisation(db: Database, organisation_id: str, today: str) -> list[OrganisationCollective]:
    """The collectifs a structure is or was a member of (current first), one line per
    membership: a structure that left and came back shows both periods."""
    sql = """
        SELECT c.id, c.name, c.kind, c.closed_on, m.role, m.joined_on, m.left_on,
               (m.left_on IS NULL OR m.left_on = '' OR m.left_on > :today) AS current
        FROM membership m JOIN collective c ON c.id = m.collective_id
        WHERE m.organisation_id = :o AND m.deleted_at IS NULL AND c.deleted_at IS NULL
        ORDER BY current DESC, fr_key(c.name), coalesce(m.joined_on, '') DESC
    """
    rows = db.execute(sql, {"o": organisation_id, "today": today}).fetchall()
    return [
        OrganisationCollective(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in rows
    ]


def carried_by(db: Database, organisation_id: str) -> list[tuple[str, str]]:
    """(id, name) of the live collectifs whose own legal structure is this one."""
    sql = (
        "SELECT id, name FROM collective WHERE organisation_id = ? AND deleted_at IS NULL"
        " ORDER BY fr_key(name), name"
    )
    return [(r[0], r[1]) for r in db.execute(sql, [organisation_id]).fetchall()]


# the bilan ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CollectiveFigures:
    """One collectif in a period: ``members`` at the end of the period (or today if sooner)."""

    collective_id: str
    name: str
    kind: str | None
    founded_on: str | None
    closed_on: str | None
    members: int
    joined: int
    left: int
    meetings: int
    projects: int
    granted_cents: int


_ACTIVE = """
    c.deleted_at IS NULL
    AND (c.founded_on IS NULL OR c.founded_on = '' OR c.founded_on <= :t)
    AND (c.closed_on IS NULL OR c.closed_on = '' OR c.closed_on >= :f)
    AND (:communes IS NULL OR c.commune_insee IS NULL OR c.commune_insee = ''
         OR c.commune_insee IN (SELECT value FROM json_each(:communes)))
"""


def period_figures(db: Database, w: Window) -> list[CollectiveFigures]:
    """Every collectif active in the window (founded by its end, not closed before its start;
    within the window's communes, or with no commune: a collectif often spans several). A
    member line two merged copies both hold counts once."""
    sql = f"""
        SELECT c.id, c.name, c.kind, c.founded_on, c.closed_on,
          (SELECT count(DISTINCT m.organisation_id) FROM membership m
            WHERE m.collective_id = c.id AND m.deleted_at IS NULL
            AND (m.joined_on IS NULL OR m.joined_on = '' OR m.joined_on <= :held_to)
            AND (m.left_on IS NULL OR m.left_on = '' OR m.left_on > :held_to)),
          (SELECT count(DISTINCT m.organisation_id || '|' || m.joined_on) FROM membership m
            WHERE m.collective_id = c.id
            AND m.deleted_at IS NULL AND m.joined_on BETWEEN :f AND :t),
          (SELECT count(DISTINCT m.organisation_id || '|' || m.left_on) FROM membership m
            WHERE m.collective_id = c.id
            AND m.deleted_at IS NULL AND m.left_on BETWEEN :f AND :t),
          (SELECT count(*) FROM meeting g WHERE c.series_id IS NOT NULL
            AND g.series_id = c.series_id AND g.deleted_at IS NULL
            AND g.starts_at >= :f AND g.starts_at < :held_end),
          (SELECT count(DISTINCT l.project_id) FROM collective_project l
            JOIN project p ON p.id = l.project_id AND p.deleted_at IS NULL
            WHERE l.collective_id = c.id AND l.deleted_at IS NULL),
          (SELECT coalesce(sum(f.granted_cents), 0) FROM funding_request f
            WHERE f.deleted_at IS NULL AND f.status IN {_GRANTED_SQL}
            AND f.decided_on BETWEEN :f AND :t
            AND f.project_id IN (SELECT l.project_id FROM collective_project l
                                 WHERE l.collective_id = c.id AND l.deleted_at IS NULL))
        FROM collective c WHERE {_ACTIVE}
        ORDER BY fr_key(c.name), c.name
    """
    return [CollectiveFigures(*row) for row in db.execute(sql, w.params()).fetchall()]


def granted_in_period(db: Database, w: Window) -> int:
    """Money granted in the window to the projects of the active collectifs, each request
    once (a project of two collectifs is not counted twice in the total)."""
    sql = f"""
        SELECT coalesce(sum(f.granted_cents), 0) FROM funding_request f
        WHERE f.deleted_at IS NULL AND f.status IN {_GRANTED_SQL}
          AND f.decided_on BETWEEN :f AND :t
          AND f.project_id IN (SELECT l.project_id FROM collective_project l
                               JOIN collective c ON c.id = l.collective_id
                               WHERE l.deleted_at IS NULL AND {_ACTIVE})
    """
    total: int = db.execute(sql, w.params()).fetchone()[0]
    return total


def distinct_projects(db: Database, w: Window) -> int:
    sql = f"""
        SELECT count(DISTINCT l.project_id) FROM collective_project l
        JOIN collective c ON c.id = l.collective_id
        JOIN project p ON p.id = l.project_id AND p.deleted_at IS NULL
        WHERE l.deleted_at IS NULL AND {_ACTIVE}
    """
    count: int = db.execute(sql, w.params()).fetchone()[0]
    return count


def _dicts(db: Database, sql: str, params: Any) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
