"""The SQL of a project's plan de financement: its needs (``budget_line``), its resources (the
funding requests, a call's award named by its call) and the candidatures to calls not decided
yet, which count as expected until the jury rules (docs/cooperation.md « Plan de financement »).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from municipaless.core.cooperation import BudgetLine
from municipaless.storage.records import Records

# A candidature still waiting for the jury: received or declared eligible.
PENDING_SUBMISSION = ("recue", "eligible")


def budget_lines(records: Records[BudgetLine], project_id: str) -> list[BudgetLine]:
    """The live needs of a project, in the officer's order."""
    return records.where("project_id = ?", [project_id], order_by="position, rowid")


def last_position(db: Database, project_id: str) -> int:
    """The highest position among the project's live needs (-1 when there is none)."""
    sql = "SELECT max(position) FROM budget_line WHERE project_id = ? AND deleted_at IS NULL"
    row = db.execute(sql, [project_id]).fetchone()
    return -1 if row[0] is None else int(row[0])


@dataclass(frozen=True)
class ResourceRow:
    """A funding request of the project, with what names it: its funder, and its call when it
    is the award of a candidature."""

    request_id: str
    funder_id: str | None
    funder_name: str
    scheme: str
    instrument: str | None
    asked_cents: int | None
    granted_cents: int | None
    status: str
    is_commune: bool
    budget_year: int | None
    submission_id: str | None
    call_title: str


def resource_rows(db: Database, project_id: str) -> list[ResourceRow]:
    """The project's live funding requests, by date (a refused one too: the service drops it)."""
    sql = """
        SELECT f.id, f.funder_id, coalesce(o.name, ''), f.scheme, f.instrument,
               f.asked_cents, f.granted_cents, f.status, f.is_commune, f.budget_year,
               f.submission_id, coalesce(c.title, '')
        FROM funding_request f
        LEFT JOIN organisation o ON o.id = f.funder_id
        LEFT JOIN submission s ON s.id = f.submission_id
        LEFT JOIN project_call c ON c.id = s.call_id
        WHERE f.project_id = ? AND f.deleted_at IS NULL
        ORDER BY coalesce(f.decided_on, substr(f.created_at, 1, 10)), f.rowid
    """
    rows = db.execute(sql, [project_id]).fetchall()
    # The SELECT lists the eight fields before is_commune; mypy cannot count row[:8].
    return [ResourceRow(*row[:8], bool(row[8]), *row[9:]) for row in rows]  # type: ignore[call-arg]


@dataclass(frozen=True)
class PendingRow:
    """A candidature of the project to a call, not decided yet and without a funding request."""

    submission_id: str
    call_title: str
    call_reference: str
    funder_id: str | None  # who pays the call's awards; none: the commune
    funder_name: str
    asked_cents: int | None


def pending_submissions(db: Database, project_id: str) -> list[PendingRow]:
    """The candidatures of the project the jury has not decided yet (no live funding request
    carries them), by date received."""
    marks = ", ".join("?" for _ in PENDING_SUBMISSION)
    sql = f"""
        SELECT s.id, c.title, c.reference, c.funder_id, coalesce(o.name, ''), s.asked_cents
        FROM submission s
        JOIN project_call c ON c.id = s.call_id AND c.deleted_at IS NULL
        LEFT JOIN organisation o ON o.id = c.funder_id
        WHERE s.project_id = ? AND s.deleted_at IS NULL AND s.status IN ({marks})
          AND NOT EXISTS (SELECT 1 FROM funding_request f
                          WHERE f.submission_id = s.id AND f.deleted_at IS NULL)
        ORDER BY coalesce(s.received_on, substr(s.created_at, 1, 10)), s.rowid
    """
    rows = db.execute(sql, [project_id, *PENDING_SUBMISSION]).fetchall()
    return [PendingRow(*row) for row in rows]
