"""The SQL of the appels à projets coopératifs (services/cooperation/calls.py, submissions.py,
eligibility.py): the call list's filters, references, a call's criteria, jury and
candidatures with the names the screens show, each read in one query whatever the call's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.core import cooperation as c
from municipaless.core.text import fold
from municipaless.storage import codec
from municipaless.storage.listing import Where


def _dicts(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [col[0] for col in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# the call list (alias t = project_call) -----------------------------------------------------
def call_where(
    *,
    status: str | None = None,
    year: int | None = None,
    challenge_id: str | None = None,
    text: str = "",
) -> Where:
    """The call list's filter: status, a year the call's calendar meets (launch to
    notification; a call without dates by the year it was written), an enjeu, words."""
    where = Where()
    if status:
        where &= Where("t.status = ?", (status,))
    if year:
        first, last = f"{year:04d}-01-01", f"{year:04d}-12-31"
        start = "coalesce(t.launch_on, t.deadline_on, t.jury_on, t.notification_on)"
        end = "coalesce(t.notification_on, t.jury_on, t.deadline_on, t.launch_on)"
        where &= Where(
            f"CASE WHEN {start} IS NULL THEN substr(t.created_at, 1, 4) = ?"
            f" ELSE {start} <= ? AND {end} >= ? END",
            (f"{year:04d}", last, first),
        )
    if challenge_id:
        where &= Where(
            "EXISTS (SELECT 1 FROM json_each(t.challenges) j WHERE j.value = ?)", (challenge_id,)
        )
    words = fold(text).split()
    for word in words:  # every word, accents and case folded, in the title or reference
        where &= Where("instr(fr_key(t.title || ' ' || t.reference), ?) > 0", (word,))
    return where


def call_years(db: Database) -> list[int]:
    """The years live calls' calendars start in, newest first (the year filter's choices)."""
    sql = (
        "SELECT DISTINCT CAST(substr(coalesce(launch_on, deadline_on, jury_on, notification_on,"
        " created_at), 1, 4) AS INTEGER) AS y FROM project_call WHERE deleted_at IS NULL"
        " ORDER BY y DESC"
    )
    return [int(row[0]) for row in db.execute(sql).fetchall() if row[0]]


def max_reference_number(db: Database, prefix: str) -> int:
    """The highest NN among call references ``{prefix}NN`` (deleted calls included, so a
    number is never given twice)."""
    sql = (
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM project_call "
        "WHERE substr(reference, 1, ?) = ?"
    )
    row = db.execute(sql, [len(prefix) + 1, len(prefix), prefix]).fetchone()
    return int(row[0] or 0)


def reference_taken(db: Database, reference: str, call_id: str | None) -> str | None:
    """The title of another live call with this reference, if any."""
    row = db.execute(
        "SELECT title FROM project_call WHERE deleted_at IS NULL AND reference = ? AND id IS NOT ?",
        [reference, call_id],
    ).fetchone()
    return str(row[0]) if row else None


# a call's rows -------------------------------------------------------------------------------
def criteria(db: Database, call_id: str) -> list[c.CallCriterion]:
    sql = (
        "SELECT * FROM call_criterion WHERE call_id = ? AND deleted_at IS NULL"
        " ORDER BY position, rowid"
    )
    return [codec.from_row(c.CallCriterion, r) for r in _dicts(db, sql, [call_id])]


@dataclass(frozen=True)
class JuryRow:
    record: c.JuryMember
    person_name: str = ""
    organisation_name: str = ""

    @property
    def name(self) -> str:
        """Who: the annuaire's name, else the name typed."""
        return self.person_name or self.record.name


def jury(db: Database, call_id: str) -> list[JuryRow]:
    sql = (
        "SELECT j.*, trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, ''))"
        " AS _person, coalesce(o.name, '') AS _org FROM jury_member j"
        " LEFT JOIN person p ON p.id = j.person_id"
        " LEFT JOIN organisation o ON o.id = j.organisation_id"
        " WHERE j.call_id = ? AND j.deleted_at IS NULL ORDER BY j.position, j.rowid"
    )
    rows = []
    for row in _dicts(db, sql, [call_id]):
        person, org = row.pop("_person"), row.pop("_org")
        rows.append(JuryRow(codec.from_row(c.JuryMember, row), person or "", org or ""))
    return rows


def scored_criteria(db: Database, criterion_ids: list[str]) -> set[str]:
    """The criteria some live score uses (a criterion scored cannot go)."""
    if not criterion_ids:
        return set()
    marks = ", ".join("?" * len(criterion_ids))
    sql = (
        "SELECT DISTINCT s.criterion_id FROM score s JOIN scorecard sc ON sc.id = s.scorecard_id"
        f" WHERE s.deleted_at IS NULL AND sc.deleted_at IS NULL AND s.criterion_id IN ({marks})"
    )
    return {str(r[0]) for r in db.execute(sql, criterion_ids).fetchall()}


def members_with_scorecards(db: Database, member_ids: list[str]) -> set[str]:
    """The jury members who filled a scorecard (they cannot leave the jury)."""
    if not member_ids:
        return set()
    marks = ", ".join("?" * len(member_ids))
    sql = (
        "SELECT DISTINCT jury_member_id FROM scorecard WHERE deleted_at IS NULL"
        f" AND jury_member_id IN ({marks})"
    )
    return {str(r[0]) for r in db.execute(sql, member_ids).fetchall()}


def live_ids(db: Database, table: str, column: str, parent_id: str) -> list[str]:
    """Ids of the live rows of ``table`` whose ``column`` is ``parent_id``."""
    if (table, column) not in _LINKS:
        raise ValueError(f"not a call link: {table}.{column}")
    sql = f"SELECT id FROM {table} WHERE {column} = ? AND deleted_at IS NULL ORDER BY rowid"
    return [str(r[0]) for r in db.execute(sql, [parent_id]).fetchall()]


_LINKS = {
    ("call_criterion", "call_id"),
    ("jury_member", "call_id"),
    ("submission", "call_id"),
    ("submission_partner", "submission_id"),
    ("scorecard", "submission_id"),
    ("score", "scorecard_id"),
}


# candidatures --------------------------------------------------------------------------------
@dataclass(frozen=True)
class SubmissionRow:
    """A candidature with the names its table shows."""

    record: c.Submission
    project_reference: str
    project_name: str
    porteur: str
    organisation: str
    partners: int


def submissions(
    db: Database, call_id: str, submission_id: str | None = None
) -> list[SubmissionRow]:
    """A call's live candidatures (or one), by received date then project reference."""
    sql = (
        "SELECT s.*, p.reference AS _ref, p.name AS _project,"
        " trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')) AS _porteur,"
        " coalesce(o.name, '') AS _org,"
        " (SELECT count(DISTINCT sp.organisation_id) FROM submission_partner sp"
        "  JOIN organisation po ON po.id = sp.organisation_id AND po.deleted_at IS NULL"
        "  WHERE sp.submission_id = s.id AND sp.deleted_at IS NULL) AS _partners"
        " FROM submission s JOIN project p ON p.id = s.project_id"
        " LEFT JOIN person pe ON pe.id = s.person_id"
        " LEFT JOIN organisation o ON o.id = s.organisation_id"
        " WHERE s.call_id = ? AND s.deleted_at IS NULL"
    )
    params: list[Any] = [call_id]
    if submission_id is not None:
        sql += " AND s.id = ?"
        params.append(submission_id)
    sql += " ORDER BY coalesce(s.received_on, '9999'), p.reference, s.rowid"
    rows = []
    for row in _dicts(db, sql, params):
        extra = {k: row.pop(k) for k in ("_ref", "_project", "_porteur", "_org", "_partners")}
        rows.append(
            SubmissionRow(
                codec.from_row(c.Submission, row),
                extra["_ref"] or "",
                extra["_project"] or "",
                extra["_porteur"] or "",
                extra["_org"] or "",
                int(extra["_partners"] or 0),
            )
        )
    return rows


def project_submission(db: Database, call_id: str, project_id: str) -> str | None:
    """The live candidature of ``project_id`` to the call, if any."""
    row = db.execute(
        "SELECT id FROM submission WHERE call_id = ? AND project_id = ? AND deleted_at IS NULL",
        [call_id, project_id],
    ).fetchone()
    return str(row[0]) if row else None


@dataclass(frozen=True)
class PartnerRow:
    record: c.SubmissionPartner
    name: str


def partners(db: Database, submission_id: str) -> list[PartnerRow]:
    sql = (
        "SELECT sp.*, o.name AS _name FROM submission_partner sp"
        " JOIN organisation o ON o.id = sp.organisation_id"
        " WHERE sp.submission_id = ? AND sp.deleted_at IS NULL ORDER BY sp.rowid"
    )
    rows = []
    for row in _dicts(db, sql, [submission_id]):
        name = row.pop("_name")
        rows.append(PartnerRow(codec.from_row(c.SubmissionPartner, row), name or ""))
    return rows


def awards(db: Database, call_id: str) -> tuple[int, int]:
    """Cents awarded to the call's live lauréats (the envelope committed), and how many."""
    row = db.execute(
        "SELECT coalesce(sum(awarded_cents), 0), count(*) FROM submission WHERE call_id = ?"
        " AND deleted_at IS NULL AND status = 'laureat'",
        [call_id],
    ).fetchone()
    return int(row[0] or 0), int(row[1])


def categories_in_use(db: Database, call_id: str) -> dict[str, int]:
    """Live candidatures of the call per category label (as stored)."""
    rows = db.execute(
        "SELECT category, count(*) FROM submission WHERE call_id = ? AND deleted_at IS NULL"
        " AND category != '' GROUP BY category",
        [call_id],
    ).fetchall()
    return {str(label): int(count) for label, count in rows}
