"""The ateliers' SQL: the paged list and its filters, an atelier's registrations with the
names they show, a project's or a person's ateliers, and the bilan's aggregates.

An atelier is *held* in a period when it starts in it, not after ``as_of`` (today), and was
not cancelled: the meetings' rule (activity_queries), so the figures agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.storage.activity_queries import Window
from municipaless.storage.listing import Column, ListSpec, Where

# Registrations of an atelier: the places taken (any status: an excused porteur still held one).
_TAKEN = "(SELECT count(*) FROM registration g WHERE g.workshop_id = t.id AND g.deleted_at IS NULL)"

WORKSHOP_LIST = ListSpec(
    "workshop",
    "workshop t",
    (
        Column("starts_at", "Date", "t.starts_at"),
        Column("title", "Title", "t.title", french=True),
        Column("theme", "Theme", "t.theme", french=True),
        # « 8 / 12 »; without a capacity, the registrations alone
        Column(
            "places",
            "Places",
            f"CASE WHEN t.capacity IS NULL THEN CAST({_TAKEN} AS TEXT)"
            f" ELSE {_TAKEN} || ' / ' || t.capacity END",
        ),
        Column("workshop_status", "Status", "t.status"),
    ),
    default_sort=0,
)
"""The ateliers' list (not in ``listing.SPECS``: the tab builds its own ``ListSource``)."""


def workshop_where(
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    theme: str | None = None,
    status: str | None = None,
    challenge_id: str | None = None,
    text: str = "",
) -> Where:
    """Filter of the list: a period (ISO dates, both included), a theme as typed, a status, an
    enjeu carried, words of the title, theme or place."""
    where = Where()
    if date_from:
        where &= Where("t.starts_at >= ?", (date_from,))
    if date_to:
        where &= Where("substr(t.starts_at, 1, 10) <= ?", (date_to,))
    if theme:
        where &= Where("t.theme = ?", (theme,))
    if status:
        where &= Where("t.status = ?", (status,))
    if challenge_id:
        where &= Where(
            "EXISTS (SELECT 1 FROM json_each(t.challenges) c WHERE c.value = ?)", (challenge_id,)
        )
    for word in (text or "").split():
        like = f"%{word}%"
        where &= Where("(t.title LIKE ? OR t.theme LIKE ? OR t.place LIKE ?)", (like, like, like))
    return where


def themes(db: Database) -> list[str]:
    """The themes the live ateliers use, in French order (the filter's choices)."""
    rows = db.execute(
        "SELECT DISTINCT theme FROM workshop WHERE deleted_at IS NULL AND theme <> ''"
        " ORDER BY fr_key(theme), theme"
    ).fetchall()
    return [row[0] for row in rows]


# registrations ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RegistrationRow:
    """One registration with what its line shows."""

    id: str
    rev: int
    person_id: str | None
    project_id: str | None
    name: str  # « Prénom Nom », the name typed, or '' for an erased person
    sort_name: str  # « Nom Prénom »: a signing sheet goes by last name
    project_reference: str
    project_name: str
    status: str
    satisfaction: int | None
    comment: str
    registered_on: str | None
    no_contact: bool  # the person objected to contact (she still signs the sheet)


def registrations(db: Database, workshop_id: str) -> list[RegistrationRow]:
    """An atelier's live registrations, in the order they were taken."""
    sql = """
        SELECT g.id, g.rev, g.person_id, g.project_id,
               CASE WHEN g.person_id IS NULL THEN g.free_name
                    WHEN p.erased_at IS NOT NULL THEN ''
                    ELSE trim(p.first_name || ' ' || p.last_name) END,
               CASE WHEN g.person_id IS NULL THEN g.free_name
                    ELSE trim(p.last_name || ' ' || p.first_name) END,
               coalesce(j.reference, ''), coalesce(j.name, ''),
               g.status, g.satisfaction, g.comment, g.registered_on,
               p.no_contact_since IS NOT NULL
        FROM registration g
        LEFT JOIN person p ON p.id = g.person_id
        LEFT JOIN project j ON j.id = g.project_id AND j.deleted_at IS NULL
        WHERE g.workshop_id = ? AND g.deleted_at IS NULL
        ORDER BY g.rowid
    """
    rows = [list(row) for row in db.execute(sql, [workshop_id]).fetchall()]
    for row in rows:
        row[-1] = bool(row[-1])  # SQLite's 0 / 1
    return [RegistrationRow(*row) for row in rows]


def registered_elsewhere(
    db: Database, workshop_id: str, person_id: str, except_id: str | None = None
) -> bool:
    """Whether ``person_id`` already holds a live registration to this atelier."""
    row = db.execute(
        "SELECT 1 FROM registration WHERE workshop_id = ? AND person_id = ?"
        " AND deleted_at IS NULL AND id IS NOT ? LIMIT 1",
        [workshop_id, person_id, except_id],
    ).fetchone()
    return row is not None


def taken(db: Database, workshop_id: str) -> int:
    """Places taken: the atelier's live registrations."""
    count: int = db.execute(
        "SELECT count(*) FROM registration WHERE workshop_id = ? AND deleted_at IS NULL",
        [workshop_id],
    ).fetchone()[0]
    return count


@dataclass(frozen=True)
class AttendedWorkshop:
    """An atelier seen from a project or a person: its date, title and the registration's
    status."""

    workshop_id: str
    starts_at: str
    title: str
    status: str


def workshops_of(db: Database, column: str, row_id: str) -> list[AttendedWorkshop]:
    """The live ateliers a project (``column`` ``project_id``) or a person (``person_id``) is
    registered to, latest first."""
    if column not in ("project_id", "person_id"):
        raise ValueError(f"not a registration link: {column}")
    sql = f"""
        SELECT w.id, w.starts_at, w.title, g.status
        FROM registration g JOIN workshop w ON w.id = g.workshop_id
        WHERE g.{column} = ? AND g.deleted_at IS NULL AND w.deleted_at IS NULL
        ORDER BY w.starts_at DESC, g.rowid
    """
    return [AttendedWorkshop(*row) for row in db.execute(sql, [row_id]).fetchall()]


# the bilan ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ThemeFigures:
    theme: str  # '' when none was given
    workshops: int
    registrations: int
    present: int


@dataclass(frozen=True)
class BilanRows:
    by_theme: list[ThemeFigures]
    porteurs_present: int  # distinct people (a person, or a name typed) present
    answers: int  # satisfaction notes given
    satisfaction_sum: int


_HELD = """
    w.deleted_at IS NULL AND w.status <> 'annule'
    AND w.starts_at >= :f AND w.starts_at < :held_end
"""


def bilan(db: Database, window: Window) -> BilanRows:
    """The ateliers held in ``window`` by theme, their registrations and attendance, the
    distinct porteurs present and the satisfaction notes given."""
    params: dict[str, Any] = window.params()
    by_theme = db.execute(
        f"""
        SELECT w.theme, count(DISTINCT w.id), count(g.id),
               coalesce(sum(g.status = 'present'), 0)
        FROM workshop w
        LEFT JOIN registration g ON g.workshop_id = w.id AND g.deleted_at IS NULL
        WHERE {_HELD}
        GROUP BY w.theme ORDER BY count(DISTINCT w.id) DESC, fr_key(w.theme), w.theme
        """,
        params,
    ).fetchall()
    people, answers, total = db.execute(
        f"""
        SELECT count(DISTINCT CASE WHEN g.status = 'present' THEN
                   coalesce(g.person_id, 'nom:' || lower(trim(g.free_name))) END),
               count(g.satisfaction), coalesce(sum(g.satisfaction), 0)
        FROM registration g JOIN workshop w ON w.id = g.workshop_id
        WHERE g.deleted_at IS NULL AND {_HELD}
        """,
        params,
    ).fetchone()
    return BilanRows([ThemeFigures(*row) for row in by_theme], people, answers, total)
