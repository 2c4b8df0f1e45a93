"""SQL side of merging two duplicate records of the annuaire (services/directory/record_merge.py).

``LINKS`` is the one list of every column that points at a structure or a person: a merge
re-points each of them, so adding a link column to the schema means adding it here (a test
checks the list against the schema's foreign keys). Rows are re-pointed through ``Records``
by the service, so each move is journaled like any edit; this module only finds them.
"""

import json
from dataclasses import dataclass

from sqlite_utils import Database

# table -> [(link table, column)]; tagging is matched on target_table as well.
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "organisation": (
        ("affiliation", "organisation_id"),
        ("service_offer", "organisation_id"),
        ("referral", "organisation_id"),
        ("funding_request", "funder_id"),
        ("case_event_participant", "organisation_id"),
        ("attendance", "organisation_id"),
        ("action_item", "owner_organisation_id"),
        ("project_call", "funder_id"),
        ("jury_member", "organisation_id"),
        ("submission", "organisation_id"),
        ("submission_partner", "organisation_id"),
        ("collective", "organisation_id"),
        ("membership", "organisation_id"),
        ("workshop", "trainer_organisation_id"),
        ("tagging", "target_id"),
    ),
    "person": (
        ("affiliation", "person_id"),
        ("project_holder", "person_id"),
        ("case_event_participant", "person_id"),
        ("attendance", "person_id"),
        ("action_item", "owner_person_id"),
        ("jury_member", "person_id"),
        ("submission", "person_id"),
        ("collective_referent", "person_id"),
        ("workshop", "trainer_person_id"),
        ("registration", "person_id"),
        ("tagging", "target_id"),
    ),
}


@dataclass(frozen=True)
class Link:
    table: str
    row_id: str
    column: str
    rev: int
    deleted: bool


def links_to(db: Database, table: str, row_id: str) -> list[Link]:
    """Every row pointing at the record, deleted ones included (the corbeille must not bring
    back a link to a record that no longer exists)."""
    out = []
    for link_table, column in LINKS[table]:
        sql = f"SELECT id, rev, deleted_at FROM {link_table} WHERE {column} = ?"
        params = [row_id]
        if link_table == "tagging":
            sql += " AND target_table = ?"
            params.append(table)
        for rid, rev, deleted in db.execute(sql + " ORDER BY rowid", params).fetchall():
            out.append(Link(link_table, rid, column, rev, deleted is not None))
    return out


def column_value(db: Database, table: str, row_id: str, column: str) -> tuple[str | None, int]:
    """(value, rev) of one column of one row; (None, 0) when the row is gone."""
    row = db.execute(f"SELECT {column}, rev FROM {table} WHERE id = ?", [row_id]).fetchone()
    return (row[0], row[1]) if row else (None, 0)


def tag_ids_of(db: Database, table: str, row_id: str) -> dict[str, str]:
    """tag id -> live tagging id of a record's tags."""
    rows = db.execute(
        "SELECT tag_id, id FROM tagging WHERE target_table = ? AND target_id = ?"
        " AND deleted_at IS NULL",
        [table, row_id],
    ).fetchall()
    return dict(rows)


def later_merges(db: Database, table: str, row_ids: list[str], seq: int) -> list[str]:
    """Ids of live, not undone merges journaled after position ``seq`` that kept or removed one
    of these records: undoing an older merge beneath them would tangle the links."""
    rows = db.execute(
        "SELECT DISTINCT m.id FROM record_merge m JOIN journal j ON j.table_name = 'record_merge'"
        " AND j.row_id = m.id AND j.field = '+'"
        " WHERE m.table_name = ? AND m.deleted_at IS NULL AND m.undone_at IS NULL"
        " AND (m.kept_id IN (SELECT value FROM json_each(?))"
        "      OR m.removed_id IN (SELECT value FROM json_each(?))) AND j.seq > ?",
        [table, json.dumps(row_ids), json.dumps(row_ids), seq],
    ).fetchall()
    return [r[0] for r in rows]


def creation_seq(db: Database, merge_id: str) -> int:
    """Journal position of the merge's own creation, written after every move it made: any
    journal row after it is a change made since the merge."""
    row = db.execute(
        "SELECT max(seq) FROM journal WHERE table_name = 'record_merge' AND row_id = ?"
        " AND field = '+'",
        [merge_id],
    ).fetchone()
    return row[0] or 0


def changed_fields_since(db: Database, table: str, row_id: str, seq: int) -> set[str]:
    """Fields of one record written after journal position ``seq`` ('-'/'~' for delete and
    restore)."""
    rows = db.execute(
        "SELECT DISTINCT field FROM journal WHERE table_name = ? AND row_id = ? AND seq > ?",
        [table, row_id, seq],
    ).fetchall()
    return {r[0] for r in rows}


def merges_of(db: Database, table: str, kept_id: str) -> list[str]:
    """Ids of the merges (not undone) whose kept record is this one, newest first: the history
    view shows the removed records' journals with the kept one's."""
    rows = db.execute(
        "SELECT id FROM record_merge WHERE table_name = ? AND kept_id = ?"
        " AND undone_at IS NULL AND deleted_at IS NULL ORDER BY created_at DESC",
        [table, kept_id],
    ).fetchall()
    return [r[0] for r in rows]
