"""The SQL of the RGPD use cases (services/privacy): erasure, retention review and purge,
opposition.

An erasure or a purge rewrites rows *without* journaling their old values (that is the point):
each rewritten record gets a new ``rev`` and ``updated_at`` (a form read before is a conflict)
and one journal row per field whose ``old`` is NULL, so a merge still sees a change. The
person's own history is blanked the way the merge blanks an erasure taken from another copy.
"""

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.core import domain
from municipaless.storage import codec, search

# Columns where an officer types names: a person erased or a dossier purged is looked for
# there (whole words, folded). Codes, dates, amounts and ids are never free text.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "organisation": ("notes",),
    "service_offer": ("conditions",),
    "person": ("notes",),
    "affiliation": ("role",),
    "project": ("name", "description", "close_reason"),
    "case_event": ("subject", "notes"),
    "referral": ("consent_how", "refusal_reason", "outcome"),
    "funding_request": ("scheme",),
    "follow_up": ("what",),
    "meeting": ("title", "place", "summary"),
    "attendance": ("free_name", "represented_by"),
    "agenda_item": ("title", "presenter", "notes"),
    "decision": ("text",),
    "action_item": ("what", "owner_text"),
    "minutes_version": ("content",),
    "record_merge": ("fields",),
    "challenge": ("description", "diagnosis_source", "diagnosis_document"),
    "indicator_value": ("source",),
    "project_call": ("title", "description"),
    "jury_member": ("name", "role"),
    "submission": ("eligibility_note", "refusal_reason"),
    "scorecard": ("comment",),
    "collective": ("name", "description", "notes"),
    "membership": ("notes",),
    "collective_referent": ("role",),
    "workshop": ("title", "place", "description"),
    "registration": ("free_name", "comment"),
    "budget_line": ("label",),
}
JSON_COLUMNS = frozenset({("minutes_version", "content"), ("record_merge", "fields")})
# Journal rows that carry no value (created, deleted, restored) or the erasure's own date.
STRUCTURAL_FIELDS = ("+", "-", "~", "erased_at")
PERSON_BLANK: dict[str, Any] = {
    "civility": "",
    "first_name": "",
    "email": None,
    "phone": None,
    "mobile": None,
    "address": "",
    "postcode": None,
    "commune_insee": None,
    "notes": "",
}
CLOSED_STATUSES = ("clos", "abandonne")


# reading -------------------------------------------------------------------------------------
def text_rows(
    db: Database, table: str, columns: Iterable[str]
) -> Iterator[tuple[str, dict[str, str]]]:
    """(id, {column: text}) of every row, deleted ones too (a tombstone keeps its text)."""
    cols = list(columns)
    sql = f"SELECT id, {', '.join(cols)} FROM {table}"
    for row in db.conn.execute(sql):
        values = {c: v for c, v in zip(cols, row[1:], strict=True) if isinstance(v, str) and v}
        if values:
            yield row[0], values


def journal_values(db: Database) -> Iterator[tuple[int, str | None, str | None]]:
    """(seq, old, new) of every journal row holding a value."""
    yield from db.conn.execute(
        "SELECT seq, old, new FROM journal WHERE old IS NOT NULL OR new IS NOT NULL"
    )


def affiliations_of(db: Database, person_id: str) -> list[dict[str, Any]]:
    rows = db.conn.execute(
        "SELECT id, email, phone FROM affiliation WHERE person_id = ?", (person_id,)
    ).fetchall()
    return [{"id": r[0], "email": r[1], "phone": r[2]} for r in rows]


def opposed_ids(db: Database, person_ids: Iterable[str] | None = None) -> set[str]:
    """People who objected (« ne plus contacter »), among ``person_ids`` (None: all)."""
    sql = "SELECT id FROM person WHERE no_contact_since IS NOT NULL AND no_contact_since != ''"
    params: list[Any] = []
    if person_ids is not None:
        sql += " AND id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(set(person_ids))))
    return {r[0] for r in db.conn.execute(sql, params)}


def attendance_people(db: Database, attendance_ids: Iterable[str]) -> dict[str, str]:
    """attendance id -> person id (invitees of the annuaire only)."""
    rows = db.conn.execute(
        "SELECT id, person_id FROM attendance WHERE person_id IS NOT NULL "
        "AND id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(attendance_ids))),),
    )
    return dict(rows.fetchall())


# writing -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Writer:
    """Who writes (stamped on the rows and the journal) and when."""

    officer: str
    copy_id: str
    now: str


def rewrite(
    db: Database,
    table: str,
    row_id: str,
    values: dict[str, Any],
    w: Writer,
    *,
    journal: bool = True,
) -> None:
    """Set ``values`` on one record: new rev, journal rows without the old values, index."""
    if not values:
        return
    stamped = {**values, "updated_at": w.now, "updated_by": w.officer}
    assignments = ", ".join(f"{name} = ?" for name in stamped)
    db.conn.execute(
        f"UPDATE {table} SET {assignments}, rev = rev + 1 WHERE id = ?",
        [*stamped.values(), row_id],
    )
    if journal:
        db.conn.executemany(
            "INSERT INTO journal (table_name, row_id, field, old, new, at, by, copy_id) "
            "VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
            [
                (table, row_id, name, codec.journal_text(value), w.now, w.officer, w.copy_id)
                for name, value in values.items()
            ],
        )
    reindex(db, table, row_id)


def reindex(db: Database, table: str, row_id: str) -> None:
    row = db.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None or table not in domain.TABLES:
        return
    names = [c[0] for c in db.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
    record = codec.from_row(domain.TABLES[table], dict(zip(names, row, strict=True)))
    search.reindex(db, table, record)


def erase_row(db: Database, person_id: str, placeholder: str, w: Writer) -> None:
    """The person's record keeps its links and dates, loses every name and coordinate; their
    history is blanked (only who changed it and when remain) and the erasure journaled."""
    values = {**PERSON_BLANK, "last_name": placeholder, "erased_at": w.now}
    rewrite(db, "person", person_id, values, w, journal=False)
    scrub_journal(db, "person", [person_id])
    db.conn.execute(
        "INSERT INTO journal (table_name, row_id, field, old, new, at, by, copy_id) "
        "VALUES ('person', ?, 'erased_at', NULL, ?, ?, ?, ?)",
        (person_id, w.now, w.now, w.officer, w.copy_id),
    )


def scrub_journal(
    db: Database, table: str, row_ids: Iterable[str], fields: Iterable[str] | None = None
) -> int:
    """Blank the old and new values of these records' journal rows (``fields``: only those)."""
    sql = (
        "UPDATE journal SET old = NULL, new = NULL WHERE table_name = ? "
        "AND row_id IN (SELECT value FROM json_each(?)) "
        "AND field NOT IN ('+', '-', '~', 'erased_at') "
        "AND (old IS NOT NULL OR new IS NOT NULL)"
    )
    params: list[Any] = [table, json.dumps(sorted(set(row_ids)))]
    if fields is not None:
        sql += " AND field IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(set(fields))))
    return db.conn.execute(sql, params).rowcount


def set_journal_values(db: Database, seq: int, old: str | None, new: str | None) -> None:
    db.conn.execute("UPDATE journal SET old = ?, new = ? WHERE seq = ?", (old, new, seq))


def rebuild_search(db: Database) -> None:
    """Rebuild the FTS5 index from its rows: a deleted entry's terms otherwise survive in
    older index segments until FTS5 happens to merge them."""
    db.conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")


def set_secure_delete(conn: sqlite3.Connection, on: bool) -> None:
    """Freed pages and cells are overwritten with zeros, not left for anyone to read."""
    conn.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def compact(conn: sqlite3.Connection) -> None:
    """Rewrite the file so no free page or slack keeps an old value: VACUUM (its temporary
    copy in memory, never in a temp file), then an empty WAL if the file had one."""
    assert not conn.in_transaction, "VACUUM runs outside a transaction"
    previous = conn.execute("PRAGMA temp_store").fetchone()[0]
    conn.execute("PRAGMA temp_store = MEMORY")
    try:
        conn.execute("VACUUM")
    finally:
        conn.execute(f"PRAGMA temp_store = {int(previous)}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def write_meta(db: Database, key: str, value: str) -> None:
    db.conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# retention -----------------------------------------------------------------------------------
_KEPT = """
    EXISTS (SELECT 1 FROM retention_decision r
            WHERE r.table_name = ? AND r.row_id = {alias}.id AND r.deleted_at IS NULL
              AND r.decision = 'keep' AND r.keep_until > ?)
"""
# A dossier's last activity: its latest live case event, its latest change of status (from the
# journal), its first contact.
_LAST_ACTIVITY = """
    max(coalesce((SELECT max(substr(e.occurred_on, 1, 10)) FROM case_event e
                  WHERE e.project_id = p.id AND e.deleted_at IS NULL), ''),
        coalesce((SELECT max(substr(j.at, 1, 10)) FROM journal j
                  WHERE j.table_name = 'project' AND j.row_id = p.id AND j.field = 'status'), ''),
        coalesce(substr(p.first_contact_on, 1, 10), ''))
"""


@dataclass(frozen=True)
class DueRow:
    table: str
    row_id: str
    label: str
    last: str  # ISO date of the last activity (project) or update (person)
    detail: str = ""  # the status of a dossier


def due_projects(db: Database, before: str, today: str) -> list[DueRow]:
    """Closed or abandoned dossiers, not purged, whose last activity is before ``before``."""
    sql = f"""
        SELECT p.id, p.reference, p.name, p.status, {_LAST_ACTIVITY} AS last
        FROM project p
        WHERE p.deleted_at IS NULL AND p.purged_at IS NULL
          AND p.status IN ('clos', 'abandonne')
          AND NOT {_KEPT.format(alias="p")}
          AND last < ?
        ORDER BY last, p.reference
    """
    rows = db.conn.execute(sql, ("project", today, before)).fetchall()
    return [DueRow("project", r[0], f"{r[1]} — {r[2]}", r[4], r[3]) for r in rows]


_LIVE_LINK = """
    EXISTS (SELECT 1 FROM project_holder h JOIN project pr ON pr.id = h.project_id
            WHERE h.person_id = {alias}.id AND h.deleted_at IS NULL AND pr.deleted_at IS NULL
              AND pr.purged_at IS NULL
              AND pr.id NOT IN (SELECT value FROM json_each(:exclude)))
    OR EXISTS (SELECT 1 FROM affiliation a
               WHERE a.person_id = {alias}.id AND a.deleted_at IS NULL
                 AND (a.end_on IS NULL OR a.end_on = '' OR a.end_on >= :today))
    OR EXISTS (SELECT 1 FROM attendance t JOIN meeting m ON m.id = t.meeting_id
               WHERE t.person_id = {alias}.id AND t.deleted_at IS NULL
                 AND m.deleted_at IS NULL AND substr(m.starts_at, 1, 10) >= :today)
"""


def due_people(db: Database, before: str, today: str) -> list[DueRow]:
    """People with no live link (no dossier not yet purged as porteur, no current job, no
    meeting to come) whose record was last updated before ``before``."""
    sql = f"""
        SELECT t.id, trim(t.first_name || ' ' || t.last_name), substr(t.updated_at, 1, 10)
        FROM person t
        WHERE t.deleted_at IS NULL AND t.erased_at IS NULL
          AND substr(t.updated_at, 1, 10) < :before
          AND NOT ({_LIVE_LINK.format(alias="t")})
          AND NOT EXISTS (SELECT 1 FROM retention_decision r
                          WHERE r.table_name = 'person' AND r.row_id = t.id
                            AND r.deleted_at IS NULL AND r.decision = 'keep'
                            AND r.keep_until > :today)
        ORDER BY t.last_name COLLATE FR, t.first_name COLLATE FR
    """
    rows = db.conn.execute(sql, {"before": before, "today": today, "exclude": "[]"}).fetchall()
    return [DueRow("person", r[0], r[1] or "(sans nom)", r[2]) for r in rows]


def has_live_link(db: Database, person_id: str, today: str, exclude: Iterable[str] = ()) -> bool:
    """Does the person have a live link other than the dossiers ``exclude``?"""
    sql = f"SELECT 1 FROM person t WHERE t.id = :id AND ({_LIVE_LINK.format(alias='t')})"
    params = {"id": person_id, "today": today, "exclude": json.dumps(sorted(exclude))}
    return db.conn.execute(sql, params).fetchone() is not None


def holders_of(db: Database, project_id: str) -> list[str]:
    rows = db.conn.execute(
        "SELECT DISTINCT person_id FROM project_holder WHERE project_id = ? AND deleted_at IS NULL",
        (project_id,),
    )
    return [r[0] for r in rows]


def dossier_rows(db: Database, table: str, project_id: str) -> list[str]:
    """Ids of a dossier's rows in ``table`` (case_event, follow_up, referral), deleted too."""
    rows = db.conn.execute(f"SELECT id FROM {table} WHERE project_id = ?", (project_id,))
    return [r[0] for r in rows]


def row_values(db: Database, table: str, row_id: str, columns: Iterable[str]) -> dict[str, Any]:
    cols = list(columns)
    row = db.conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", (row_id,))
    found = row.fetchone()
    return dict(zip(cols, found, strict=True)) if found else {}


def add_decision(
    db: Database,
    row_id_new: str,
    table: str,
    row_id: str,
    decision: str,
    reason: str,
    decided_on: str,
    keep_until: str | None,
    w: Writer,
) -> None:
    db.conn.execute(
        "INSERT INTO retention_decision (id, created_at, updated_at, updated_by, rev, table_name, "
        "row_id, decision, reason, decided_on, keep_until) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
        (row_id_new, w.now, w.now, w.officer, table, row_id, decision, reason, decided_on,
         keep_until),
    )  # fmt: skip


def decisions(db: Database, table: str, row_id: str) -> list[dict[str, Any]]:
    cursor = db.conn.execute(
        "SELECT decision, reason, decided_on, keep_until, updated_by FROM retention_decision "
        "WHERE table_name = ? AND row_id = ? AND deleted_at IS NULL ORDER BY created_at",
        (table, row_id),
    )
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
