"""The Historique of one record: its journal, field by field (date, who, before → after), the
changes a merge brought marked with the copy they came from, and an old value put back as a
new, journaled, rev-checked change (never a rewrite of history).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from municipaless.core import domain
from municipaless.storage import history_queries as q
from municipaless.storage.errors import StorageError

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

CREATED, DELETED, RESTORED = "+", "-", "~"
# Bookkeeping columns never shown nor restored.
_HIDDEN = {"id", "created_at", "updated_at", "updated_by", "rev", "deleted_at", "erased_at"}


@dataclass(frozen=True)
class Change:
    seq: int
    at: str  # UTC ISO
    by: str
    field: str  # a column, or CREATED / DELETED / RESTORED
    old: Any  # as the record holds it (tuple for lists, int, bool…)
    new: Any
    merged_from: str | None  # the copy's file name when a merge brought it ("" if unknown)

    @property
    def restorable(self) -> bool:
        return self.field not in (CREATED, DELETED, RESTORED)


def changes(territory: "Territory", table: str, row_id: str) -> list[Change]:
    """The record's history, newest first."""
    db = territory.tdb.db
    record_type = domain.TABLES[table]
    merged = q.merged_copies(db)
    own = territory.copy_id
    result = []
    for row in q.journal_of(db, table, row_id):
        if row.field in _HIDDEN:
            continue
        known = row.field in (CREATED, DELETED, RESTORED)
        if not known and row.field not in record_type.__dataclass_fields__:
            continue  # a column of a later version: nothing to show or restore
        old, new = row.old, row.new
        if not known:
            old = q.value_from_journal(record_type, row.field, old)
            new = q.value_from_journal(record_type, row.field, new)
        came = merged.get(row.copy_id) if row.copy_id != own else None
        result.append(Change(row.seq, row.at, row.by, row.field, old, new, came))
    result.reverse()
    return result


def restore_value(
    territory: "Territory", table: str, row_id: str, rev: int, field: str, value: Any
) -> domain.Record:
    """Put ``value`` back in ``field`` as a new change (the form's save: rev-checked)."""
    if field in _HIDDEN or field not in domain.TABLES[table].__dataclass_fields__:
        raise StorageError("Cette valeur ne peut pas être restaurée.")
    from municipaless.services.file.trash import ensure_not_frozen

    ensure_not_frozen(territory, table, row_id)
    record = territory.records[table].get(row_id)
    if getattr(record, field) == value:
        raise StorageError("La fiche porte déjà cette valeur : rien à restaurer.")
    return territory.save(table, {field: value}, row_id=row_id, rev=rev)
