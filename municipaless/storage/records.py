"""Generic journaled access to one domain table.

Every write: bumps ``rev`` with a compare-and-set on the rev the caller read (a stale rev is a
``ConflictError``, never an overwrite), stamps ``updated_at``/``updated_by``, writes one
journal row per changed field, and keeps the search index in step — all in one transaction.
"""

import uuid
from dataclasses import replace
from typing import Any, Generic, TypeVar

from municipaless.core.domain import Record
from municipaless.core.formats import utc_now_iso
from municipaless.storage import codec, search
from municipaless.storage.errors import ConflictError, NotFound
from municipaless.storage.territory_file import TerritoryDB

T = TypeVar("T", bound=Record)


class Records(Generic[T]):
    def __init__(self, tdb: TerritoryDB, table: str, record_type: type[T]):
        self.tdb = tdb
        self.table = table
        self.type = record_type
        self._content = record_type.content_fields()

    # reading ------------------------------------------------------------------------------
    def get(self, row_id: str, *, include_deleted: bool = False) -> T:
        sql = f"SELECT * FROM {self.table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        rows = list(self.tdb.db.query(sql, [row_id]))
        if not rows:
            raise NotFound(self.table, row_id)
        return codec.from_row(self.type, rows[0])

    def where(
        self,
        where: str = "1",
        params: list[Any] | tuple[Any, ...] = (),
        *,
        order_by: str = "rowid",
        limit: int | None = None,
        include_deleted: bool = False,
    ) -> list[T]:
        """Records matching an SQL condition (storage-internal callers only)."""
        sql = f"SELECT * FROM {self.table} WHERE ({where})"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [codec.from_row(self.type, row) for row in self.tdb.db.query(sql, list(params))]

    def count(self, *, include_deleted: bool = False) -> int:
        sql = f"SELECT count(*) FROM {self.table}"
        if not include_deleted:
            sql += " WHERE deleted_at IS NULL"
        count: int = self.tdb.db.execute(sql).fetchone()[0]
        return count

    # writing ------------------------------------------------------------------------------
    def insert(self, record: T) -> T:
        now = utc_now_iso()
        record = replace(
            record,
            id=record.id or str(uuid.uuid4()),
            created_at=now,
            updated_at=now,
            updated_by=self.tdb.officer,
            rev=1,
            deleted_at=None,
        )
        row = {
            name: codec.to_db(self.type, name, getattr(record, name))
            for name in codec.field_kinds(self.type)
        }
        record = codec.from_row(self.type, row)  # as stored: cleaned text (core.cleaning)
        with self.tdb.write() as db:
            db.table(self.table).insert(row)  # a table, never a view: db[...] may be either
            self._journal(record.id, [("+", None, None)], now)
            search.reindex(db, self.table, record)
        return record

    def update(self, row_id: str, rev: int, **changes: Any) -> T:
        """Apply ``changes`` if the record is still at ``rev``; journal what really changed."""
        unknown = set(changes) - set(self._content)
        if unknown:
            raise ValueError(f"unknown fields for {self.table}: {sorted(unknown)}")
        with self.tdb.write():
            current = self.get(row_id, include_deleted=True)
            if current.rev != rev:
                raise ConflictError(self.table, row_id, rev, current.rev)
            diffs = []
            new_values = {}
            for name, value in changes.items():
                old_db = codec.to_db(self.type, name, getattr(current, name), check_length=False)
                new_db = codec.to_db(self.type, name, value)
                if old_db != new_db:
                    diffs.append((name, codec.journal_text(old_db), codec.journal_text(new_db)))
                    new_values[name] = new_db
            if not diffs:
                return current
            return self._write(current, new_values, diffs)

    def delete(self, row_id: str, rev: int) -> T:
        """Soft delete: the row stays as a tombstone the corbeille and the merge rely on."""
        with self.tdb.write():
            current = self.get(row_id, include_deleted=True)
            if current.rev != rev:
                raise ConflictError(self.table, row_id, rev, current.rev)
            if current.deleted_at:
                return current
            now = utc_now_iso()
            return self._write(current, {"deleted_at": now}, [("-", None, now)], now)

    def restore(self, row_id: str) -> T:
        with self.tdb.write():
            current = self.get(row_id, include_deleted=True)
            if not current.deleted_at:
                return current
            return self._write(current, {"deleted_at": None}, [("~", current.deleted_at, None)])

    def _write(
        self,
        current: T,
        values: dict[str, Any],
        diffs: list[tuple[str, str | None, str | None]],
        now: str | None = None,
    ) -> T:
        now = now or utc_now_iso()
        values = {
            **values,
            "updated_at": now,
            "updated_by": self.tdb.officer,
            "rev": current.rev + 1,
        }
        assignments = ", ".join(f"{name} = ?" for name in values)
        cursor = self.tdb.db.execute(
            f"UPDATE {self.table} SET {assignments} WHERE id = ? AND rev = ?",
            [*values.values(), current.id, current.rev],
        )
        if cursor.rowcount != 1:
            raise ConflictError(self.table, current.id, current.rev, None)
        self._journal(current.id, diffs, now)
        updated = self.get(current.id, include_deleted=True)
        search.reindex(self.tdb.db, self.table, updated)
        return updated

    def _journal(
        self, row_id: str, diffs: list[tuple[str, str | None, str | None]], now: str
    ) -> None:
        self.tdb.db.conn.executemany(
            "INSERT INTO journal (table_name, row_id, field, old, new, at, by, copy_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (self.table, row_id, f, old, new, now, self.tdb.officer, self.tdb.copy_id)
                for f, old, new in diffs
            ],
        )
