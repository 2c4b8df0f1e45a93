"""The corbeille: what was deleted (what, when, by whom) and bringing it back with its links.

A deletion is soft (``Records.delete`` keeps a tombstone and a '-' journal row), so restoring is
a journaled ``Records.restore`` ('~'), re-indexed, merged like any change. Restoring a record
restores the rows deleted with it (a meeting's agenda, decisions, actions; an entry's
participants: ``storage.trash_queries.deleted_with``) and is refused while the record it belongs
to (its project, its meeting…) is itself in the corbeille.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from municipaless.core.formats import format_date
from municipaless.storage import trash_queries as q
from municipaless.storage.errors import ConflictError, NotFound, StorageError

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

# What a record of each table is called in a sentence (« Restaurez d'abord le projet … »).
_NAMES_FR = {
    "organisation": "la structure",
    "person": "la personne",
    "project": "le projet",
    "case_event": "l'entrée du suivi",
    "meeting": "la réunion",
    "meeting_series": "l'instance",
    "agenda_item": "le point de l'ordre du jour",
    "decision": "la décision",
    "action_item": "l'action",
    "service_offer": "l'offre de service",
    "affiliation": "le rattachement",
    "challenge": "l'enjeu",
    "indicator": "l'indicateur",
    "project_call": "l'appel à projets",
    "submission": "la candidature",
    "jury_member": "le membre du jury",
    "scorecard": "la grille de notation",
    "collective": "le collectif",
    "workshop": "l'atelier",
}


ORDER = q.TRASH_TABLES  # owners before what they hold: restore several in this order


class RestoreRefused(StorageError):
    """A restore the corbeille cannot do yet; ``message`` says what to restore first."""


def ensure_not_frozen(territory: "Territory", table: str, row_id: str) -> None:
    """An approved compte rendu is frozen: nothing of its meeting comes back or changes."""
    meeting = q.approved_meeting(territory.tdb.db, table, row_id)
    if meeting is not None:
        raise RestoreRefused(
            f"Le compte rendu de « {meeting['title']} » a été approuvé : il est figé. "
            "Ouvrez une nouvelle version du compte rendu pour le modifier."
        )


@dataclass(frozen=True)
class TrashItem:
    table: str
    row_id: str
    rev: int
    label: str  # what it was: a name, a title, a subject
    context: str  # where it belonged (« projet Épicerie », « réunion du 3 décembre »), or ""
    deleted_at: str
    deleted_by: str
    linked: int  # rows deleted with it, restored with it


def record_label(table: str, row: dict[str, Any]) -> str:
    """One line naming a row of any table, from its stored columns."""
    if table == "person":
        name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        return name or "(sans nom)"
    if table == "project":
        return f"{row.get('reference') or ''} {row.get('name') or ''}".strip()
    if table == "case_event":
        when = format_date(row.get("occurred_on") or "") or ""
        return " — ".join(p for p in (when, row.get("subject") or "") if p) or "(entrée)"
    if table == "meeting":
        when = format_date((row.get("starts_at") or "")[:10]) or ""
        return f"{row.get('title') or ''} ({when})" if when else str(row.get("title") or "")
    if table == "funding_request":
        return str(row.get("scheme") or "Demande de financement")
    for name in ("name", "title", "label", "subject", "what", "number", "text", "free_name"):
        if row.get(name):
            return str(row[name])[:120]
    return "—"


def _context(territory: "Territory", table: str, row: dict[str, Any]) -> str:
    db = territory.tdb.db
    for column, parent in (
        ("project_id", "project"),
        ("meeting_id", "meeting"),
        ("organisation_id", "organisation"),
        ("person_id", "person"),
    ):
        if table != parent and row.get(column):
            found = q.row(db, parent, row[column])
            if found is not None:
                return record_label(parent, found)
    if table == "vocabulary":
        return str(row.get("vocab") or "")
    return ""


def items(territory: "Territory") -> list[TrashItem]:
    """The corbeille, newest deletion first; rows deleted with their parent are folded into
    the parent's line (``linked``) and come back with it."""
    db = territory.tdb.db
    links = q.links(db)
    found: list[TrashItem] = []
    for table in q.TRASH_TABLES:
        for row in q.deleted_rows(db, table):
            owners = q.deleted_owners(db, table, row["id"], links)
            if any(q.deleted_along(row["deleted_at"], owner["deleted_at"]) for _, owner in owners):
                continue  # comes back with its owner
            linked = len(q.deleted_with(db, table, row["id"], links))
            label = record_label(table, row)
            if label == "—" and row.get("person_id"):  # a porteur, an invitee: who it was
                person = q.row(db, "person", row["person_id"])
                label = record_label("person", person) if person else label
            found.append(
                TrashItem(
                    table,
                    row["id"],
                    row["rev"],
                    label,
                    _context(territory, table, row),
                    row["deleted_at"],
                    row["deleted_by"] or row["updated_by"] or "",
                    linked,
                )
            )
    found.sort(key=lambda i: i.deleted_at, reverse=True)
    return found


def restore(territory: "Territory", table: str, row_id: str, rev: int) -> int:
    """Bring one record back with the rows deleted with it; the number of rows restored.

    Rev-checked like any write: a colleague's change since the corbeille was read is a
    ``ConflictError``. Refused (``RestoreRefused``) while its owner is still deleted."""
    db = territory.tdb.db
    links = q.links(db)
    with territory.transaction():
        current = q.row(db, table, row_id)
        if current is None:
            raise NotFound(table, row_id)
        if current["rev"] != rev:
            raise ConflictError(table, row_id, rev, current["rev"])
        if current["deleted_at"] is None:
            return 0
        for owner_table, owner in q.deleted_owners(db, table, row_id, links):
            what = _NAMES_FR.get(owner_table, "la fiche")
            raise RestoreRefused(
                f"Restaurez d'abord {what} « {record_label(owner_table, owner)} » : "
                "cet élément en dépend et ne peut pas revenir sans lui."
            )
        ensure_not_frozen(territory, table, row_id)
        along = q.deleted_with(db, table, row_id, links)
        territory.records[table].restore(row_id)
        for child_table, child_id in along:
            territory.records[child_table].restore(child_id)
    return 1 + len(along)
