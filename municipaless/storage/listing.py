"""Paged, SQL-sorted lists for the big tables the window shows.

Sorting and paging happen in SQL (docs/known-traps.md#4: a Qt proxy over 20,000 Python rows takes
seconds to sort). A ``ListSource`` answers ``count()`` and ``fetch(offset, limit, sort)``.
"""

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English source string; the UI translates it
    sql: str  # expression over the FROM clause, also used to sort
    french: bool = False  # a name or a label: sorted in French order (accents, case folded)


@dataclass(frozen=True)
class Where:
    """A filter on a list: SQL conditions over the list's ``FROM`` (alias ``t``), ANDed.

    Built by storage query modules from what the officer picked (kind, stage, commune…);
    the UI passes it through the services without ever seeing SQL."""

    sql: str = ""
    params: tuple[Any, ...] = ()

    def __and__(self, other: "Where") -> "Where":
        if not other.sql:
            return self
        if not self.sql:
            return other
        return Where(f"({self.sql}) AND ({other.sql})", self.params + other.params)

    @property
    def clause(self) -> str:
        return f" AND ({self.sql})" if self.sql else ""


@dataclass(frozen=True)
class ListSpec:
    name: str
    from_sql: str
    columns: tuple[Column, ...]
    default_sort: int = 0


def _vocab(code_expr: str, vocab: str) -> str:
    return f"(SELECT label FROM vocabulary v WHERE v.vocab = '{vocab}' AND v.code = {code_expr})"


def _current_job(expr: str) -> str:
    """``expr`` of a person's current affiliation (alias ``a``) and its structure (``o``)."""
    return (
        f"(SELECT {expr} FROM affiliation a JOIN organisation o ON o.id = a.organisation_id"
        " WHERE a.person_id = t.id AND a.deleted_at IS NULL AND o.deleted_at IS NULL"
        " AND (a.end_on IS NULL OR a.end_on = '' OR a.end_on >= date('now'))"
        " ORDER BY coalesce(a.start_on, '') DESC LIMIT 1)"
    )


SPECS: dict[str, ListSpec] = {
    spec.name: spec
    for spec in (
        ListSpec(
            "project",
            "project t",
            (
                Column("reference", "Reference", "t.reference"),
                Column("name", "Project", "t.name", french=True),
                Column("stage", "Stage", _vocab("t.stage", "stage"), french=True),
                Column("status", "Status", _vocab("t.status", "project_status"), french=True),
                Column("sector", "Sector", _vocab("t.sector", "sector"), french=True),
                Column("first_contact_on", "First contact", "t.first_contact_on"),
                Column("referent", "Referent", "t.referent", french=True),
                # Last case event: one probe per project into the partial index
                # case_event_live_project (migration 0004); casework_queries reuses it.
                Column(
                    "last_activity",
                    "Last activity",
                    "(SELECT e.occurred_on FROM case_event e WHERE e.project_id = t.id"
                    " AND e.deleted_at IS NULL ORDER BY e.occurred_on DESC LIMIT 1)",
                ),
            ),
            default_sort=0,
        ),
        ListSpec(
            "organisation",
            "organisation t",
            (
                Column("name", "Name", "t.name", french=True),
                Column("acronym", "Acronym", "t.acronym", french=True),
                Column("kind", "Kind", _vocab("t.kind", "organisation_kind"), french=True),
                Column("postcode", "Postcode", "t.postcode"),
                Column("phone", "Phone", "t.phone"),
                Column("email", "E-mail", "t.email"),
                # What it offers, in vocabulary order (storage/directory_queries.py filters it).
                Column(
                    "services",
                    "Services",
                    "(SELECT group_concat(label, ', ') FROM (SELECT DISTINCT v.label"
                    " FROM service_offer o JOIN vocabulary v ON v.vocab = 'service'"
                    " AND v.code = o.service WHERE o.organisation_id = t.id"
                    " AND o.deleted_at IS NULL ORDER BY v.position))",
                    french=True,
                ),
            ),
        ),
        ListSpec(
            "person",
            "person t",
            (
                Column("last_name", "Last name", "t.last_name", french=True),
                Column("first_name", "First name", "t.first_name", french=True),
                Column("email", "E-mail", "t.email"),
                Column("phone", "Phone", "t.phone"),
                # Current job (latest started, not ended): index affiliation_person.
                Column("organisation", "Organisation", _current_job("o.name"), french=True),
                Column("role", "Role", _current_job("a.role"), french=True),
            ),
        ),
        ListSpec(
            "meeting",
            "meeting t",
            (
                Column("starts_at", "Date", "t.starts_at"),
                Column(
                    "series",
                    "Series",
                    "(SELECT s.name FROM meeting_series s WHERE s.id = t.series_id)",
                    french=True,
                ),
                Column("title", "Title", "t.title", french=True),
                Column("place", "Place", "t.place", french=True),
                Column("minutes_status", "Minutes", "t.minutes_status"),
            ),
            default_sort=0,
        ),
        ListSpec(
            "project_call",
            "project_call t",
            (
                Column("reference", "Reference", "t.reference"),
                Column("title", "Title", "t.title", french=True),
                Column("call_status", "Status", "t.status"),
                Column("deadline_on", "Deadline", "t.deadline_on"),
                Column(
                    "submissions",
                    "Applications",
                    "(SELECT count(*) FROM submission s WHERE s.call_id = t.id"
                    " AND s.deleted_at IS NULL)",
                ),
                Column("envelope_cents", "Envelope", "t.envelope_cents"),
            ),
            default_sort=0,
        ),
    )
}


def _order(column: Column, direction: str) -> str:
    """A name in French order (``fr_key``: folded, registered on every connection), then as
    typed so equal foldings keep one order; codes, dates and numbers as before."""
    if column.french:
        return f"fr_key({column.sql}) {direction}, ({column.sql}) {direction}"
    return f"({column.sql}) COLLATE NOCASE {direction}"


class ListSource:
    """Rows of one list, read page by page; ``row_ids`` line up with the rows returned."""

    def __init__(self, db: Database, spec: ListSpec, where: Where = Where()):  # noqa: B008
        self.db = db
        self.spec = spec
        self.where = where

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.spec.columns

    def count(self) -> int:
        sql = (
            f"SELECT count(*) FROM {self.spec.from_sql} WHERE t.deleted_at IS NULL"
            f"{self.where.clause}"
        )
        count: int = self.db.execute(sql, list(self.where.params)).fetchone()[0]
        return count

    def fetch(
        self, offset: int, limit: int, sort_column: int | None = None, descending: bool = False
    ) -> list[tuple[Any, ...]]:
        """Rows as (id, col1, col2, …) tuples; NULLs sort last whatever the direction."""
        column = self.spec.columns[self.spec.default_sort if sort_column is None else sort_column]
        direction = "DESC" if descending else "ASC"
        select = ", ".join(c.sql for c in self.spec.columns)
        sql = (
            f"SELECT t.id, {select} FROM {self.spec.from_sql} WHERE t.deleted_at IS NULL"
            f"{self.where.clause} ORDER BY ({column.sql}) IS NULL, {_order(column, direction)}"
            ", t.rowid LIMIT ? OFFSET ?"
        )
        params = [*self.where.params, int(limit), int(offset)]
        return self.db.execute(sql, params).fetchall()
