"""The corbeille's SQL: deleted rows of the tables an officer deletes from, who deleted them,
and the rows deleted with them (a meeting's agenda and decisions, an entry's participants).

"Deleted with" has no batch id in the journal: a cascade is one transaction by one officer,
its rows stamped within the same few seconds, so a child deleted by the same person within
``SAME_OPERATION_SECONDS`` of its parent belongs to that deletion. The links come from the
schema's own foreign keys (``PRAGMA foreign_key_list``), never from a hand-kept list.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

# What the corbeille lists, in the order an officer thinks of them. Bookkeeping tables (tags'
# links, participants, meeting-project links, snapshots, merges, retention decisions) are
# restored with their record, never on their own.
TRASH_TABLES = (
    "organisation",
    "person",
    "affiliation",
    "service_offer",
    "project",
    "project_holder",
    "case_event",
    "referral",
    "funding_request",
    "follow_up",
    "meeting_series",
    "meeting",
    "agenda_item",
    "attendance",
    "decision",
    "action_item",
    "challenge",
    "vocabulary",
    "indicator",
    "project_call",
    "call_criterion",
    "jury_member",
    "submission",
    "collective",
    "membership",
    "collective_referent",
    "workshop",
    "registration",
    "budget_line",
)
# Tables restored only with their parent (their own line would say nothing to an officer).
LINK_TABLES = (
    "case_event_participant",
    "meeting_project",
    "tagging",
    "indicator_value",
    "submission_partner",
    "scorecard",
    "score",
    "collective_project",
)
SAME_OPERATION_SECONDS = 5
# Nullable links that still make a row part of its parent (an action of a meeting).
_OWNING_NULLABLE = {("action_item", "meeting_id")}


@dataclass(frozen=True)
class Link:
    """``child.column`` points at ``parent``; ``owning`` when the child cannot live without it."""

    child: str
    column: str
    parent: str
    owning: bool


def links(db: Database) -> list[Link]:
    """Every foreign key between the tables the corbeille knows, read from the schema."""
    found = []
    for child in (*TRASH_TABLES, *LINK_TABLES):
        required = {
            row[1]: bool(row[3]) for row in db.execute(f"PRAGMA table_info({child})").fetchall()
        }
        for row in db.execute(f"PRAGMA foreign_key_list({child})").fetchall():
            parent, column = row[2], row[3]
            if parent == child:  # decision.replaced_by: a sibling, not an owner
                continue
            owning = required.get(column, False) or (child, column) in _OWNING_NULLABLE
            found.append(Link(child, column, parent, owning))
    return found


def deleted_rows(db: Database, table: str) -> list[dict[str, Any]]:
    """Deleted rows of ``table``, newest first, with ``deleted_by`` from the journal's '-' row
    (people erased under the RGPD and fiches merged into another are not the corbeille's)."""
    extra = ""
    if table == "person":
        extra = " AND t.erased_at IS NULL"
    if table in ("person", "organisation"):
        extra += (
            " AND NOT EXISTS (SELECT 1 FROM record_merge m WHERE m.removed_id = t.id"
            " AND m.undone_at IS NULL AND m.deleted_at IS NULL)"
        )
    sql = (
        f"SELECT t.*, (SELECT j.by FROM journal j WHERE j.table_name = ? AND j.row_id = t.id"
        f" AND j.field = '-' ORDER BY j.seq DESC LIMIT 1) AS deleted_by"
        f" FROM {table} t WHERE t.deleted_at IS NOT NULL{extra} ORDER BY t.deleted_at DESC"
    )
    return [dict(row) for row in db.query(sql, [table])]


def row(db: Database, table: str, row_id: str) -> dict[str, Any] | None:
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    return dict(rows[0]) if rows else None


def _window(deleted_at: str) -> tuple[str, str]:
    at = datetime.fromisoformat(deleted_at)
    span = timedelta(seconds=SAME_OPERATION_SECONDS)
    return (
        (at - span).strftime("%Y-%m-%dT%H:%M:%SZ"),
        (at + span).strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def _deleted_by(db: Database, table: str, row_id: str) -> str | None:
    found = db.execute(
        "SELECT by FROM journal WHERE table_name = ? AND row_id = ? AND field = '-' "
        "ORDER BY seq DESC LIMIT 1",
        [table, row_id],
    ).fetchone()
    return None if found is None else str(found[0])


def deleted_with(
    db: Database, table: str, row_id: str, all_links: list[Link]
) -> list[tuple[str, str]]:
    """(table, id) of the rows deleted in the same operation as this one, children of
    children included, parents first: what restoring it brings back."""
    found: list[tuple[str, str]] = []
    pending = [(table, row_id)]
    seen = {(table, row_id)}
    while pending:
        parent_table, parent_id = pending.pop(0)
        parent = row(db, parent_table, parent_id)
        if parent is None or parent["deleted_at"] is None:
            continue
        start, end = _window(parent["deleted_at"])
        by = _deleted_by(db, parent_table, parent_id)
        for link in all_links:
            if link.parent != parent_table or not link.owning:
                continue
            children = db.execute(
                f"SELECT id FROM {link.child} WHERE {link.column} = ? AND deleted_at"
                " BETWEEN ? AND ?",
                [parent_id, start, end],
            ).fetchall()
            for (child_id,) in children:
                key = (link.child, child_id)
                if key in seen or _deleted_by(db, link.child, child_id) != by:
                    continue
                seen.add(key)
                found.append(key)
                pending.append(key)
    return found


def deleted_owners(
    db: Database, table: str, row_id: str, all_links: list[Link]
) -> list[tuple[str, dict[str, Any]]]:
    """The deleted records this one cannot live without (its project, its meeting…)."""
    current = row(db, table, row_id)
    if current is None:
        return []
    owners = []
    for link in all_links:
        if link.child != table or not link.owning or not current.get(link.column):
            continue
        parent = row(db, link.parent, current[link.column])
        if parent is not None and parent["deleted_at"] is not None:
            owners.append((link.parent, parent))
    return owners


def deleted_along(deleted_at: str, other_deleted_at: str) -> bool:
    """Whether two deletions fall in the same operation's few seconds."""
    start, end = _window(other_deleted_at)
    return start <= deleted_at <= end


# Rows that make up a meeting's compte rendu: frozen once it is approved.
_MINUTES_PARTS = ("agenda_item", "decision", "action_item", "attendance", "meeting_project")


def approved_meeting(db: Database, table: str, row_id: str) -> dict[str, Any] | None:
    """The meeting whose approved compte rendu this row belongs to (frozen), or None."""
    current = row(db, table, row_id)
    if current is None:
        return None
    meeting = current if table == "meeting" else None
    if table in _MINUTES_PARTS and current.get("meeting_id"):
        meeting = row(db, "meeting", current["meeting_id"])
    if meeting is not None and meeting["minutes_status"] == "approuve":
        return meeting
    return None
