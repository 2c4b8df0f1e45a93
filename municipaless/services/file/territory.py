"""An open territory: the one object the window and the CLI hold while working on a file."""

import contextlib
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from municipaless.core import domain
from municipaless.core.i18n import _
from municipaless.storage import backup as storage_backup
from municipaless.storage import lock as presence
from municipaless.storage import search as search_index
from municipaless.storage import territory_file
from municipaless.storage.errors import ReadOnlyError
from municipaless.storage.listing import SPECS, ListSource, Where
from municipaless.storage.records import Records

# Tables shown by `check` and the status bar, in the order an officer thinks of them.
COUNTED = (
    "organisation",
    "person",
    "project",
    "case_event",
    "referral",
    "funding_request",
    "follow_up",
    "meeting",
    "decision",
    "action_item",
)


class Territory:
    def __init__(self, tdb: territory_file.TerritoryDB):
        self._tdb = tdb
        self.presence: presence.PresenceLock | None = None  # our lock file, when writing
        self.holder: presence.LockInfo | None = None  # who holds it, when we opened read-only
        self.auto_backup = False  # back up on close (the window's files, not the CLI's)
        self._counts: tuple[str, dict[str, int]] | None = None
        # What the content was at opening: closing after only reading makes no backup.
        self.opened_marker = storage_backup.change_marker(tdb.db.conn)
        # Records[Any]: the record type depends on the table name, which a dict cannot say;
        # callers know it (territory.records["project"] holds domain.Project records).
        self.records: dict[str, Records[Any]] = {
            table: Records(tdb, table, record_type) for table, record_type in domain.TABLES.items()
        }

    # lifecycle ---------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, officer: str = "") -> "Territory":
        return cls(territory_file.create(Path(path), officer))

    @classmethod
    def _open_local(
        cls,
        path: Path,
        officer: str = "",
        *,
        read_only: bool = False,
        backup_dir: Path | None = None,
        verify: bool = True,
    ) -> "Territory":
        """The bare SQLite open: no presence lock, no working copy. Only the openers of
        services/file call it; everyone else goes through ``services.file.open_territory``,
        which decides the lock and whether the file may be written where it is."""
        tdb = territory_file.open_database(
            Path(path), officer=officer, read_only=read_only, backup_dir=backup_dir, verify=verify
        )
        return cls(tdb)

    def close(self) -> None:
        if self.auto_backup and not self.read_only:
            from municipaless.services.file import backups

            # Never keep the officer from closing: the open-time backup exists.
            with contextlib.suppress(OSError, storage_backup.BackupFailed):
                backups.on_close(self)
        self._tdb.close()
        if self.presence is not None:
            self.presence.release()
            self.presence = None

    def refresh_presence(self) -> bool:
        """Keep our lock fresh; False when a colleague took it over meanwhile."""
        return self.presence.refresh() if self.presence is not None else True

    # state the window shows --------------------------------------------------------------
    @property
    def path(self) -> Path:
        assert self._tdb.path is not None
        return self._tdb.path

    @property
    def read_only(self) -> bool:
        return self._tdb.read_only

    @property
    def read_only_reason(self) -> str:
        return self._tdb.read_only_reason

    @read_only_reason.setter
    def read_only_reason(self, reason: str) -> None:
        self._tdb.read_only_reason = reason

    @property
    def damaged(self) -> str:
        return self._tdb.damaged

    @property
    def copy_id(self) -> str:
        return self._tdb.copy_id

    @property
    def tdb(self) -> territory_file.TerritoryDB:
        """The open file, for services that call storage modules directly (backups, merge,
        activity queries): its ``db`` (sqlite-utils) and ``db.conn`` (backup API)."""
        return self._tdb

    def transaction(self) -> contextlib.AbstractContextManager[Database]:
        """Several saves as one: all or nothing (a savepoint when one is already open). For
        a form that writes a record and its linked rows; the UI never reaches the file."""
        return self._tdb.write()

    @property
    def officer(self) -> str:
        """Who this window writes as (stamped on every change)."""
        return self._tdb.officer

    def change_marker(self) -> str:
        return storage_backup.change_marker(self._tdb.db.conn)

    def meta(self, keys: list[str]) -> dict[str, str]:
        return storage_backup.read_meta(self._tdb.db.conn, keys)

    def restore_from(self, backup_file: Path) -> None:
        """Replace this file's content by a backup's (callers back up the current state first)."""
        if self.read_only:
            raise ReadOnlyError(
                _("Ce fichier est ouvert en lecture seule : il ne peut pas être restauré.")
            )
        storage_backup.restore_into(Path(backup_file), self._tdb.db.conn)

    @property
    def migrated_from(self) -> int | None:
        return self._tdb.migrated_from

    @property
    def backup_path(self) -> Path | None:
        return self._tdb.backup_path

    @property
    def schema_version(self) -> int:
        return self._tdb.schema_version

    def quick_check(self) -> str:
        return self._tdb.quick_check()

    def interrupt(self) -> None:
        self._tdb.interrupt()

    def probe_lists(self) -> None:
        """Raise sqlite3.DatabaseError if a table the window lists cannot be read."""
        self._tdb.probe(tuple(SPECS) + COUNTED)

    def integrity_check(self) -> str:
        return self._tdb.integrity_check()

    def counts(self) -> dict[str, int]:
        """Rows per table, recounted only when the journal moved (any writer, any process):
        counting the large demo costs ~70 ms and opening a file asks twice."""
        marker = self.change_marker()
        if self._counts is None or self._counts[0] != marker:
            self._counts = (marker, {table: self.records[table].count() for table in COUNTED})
        return dict(self._counts[1])

    # use cases ---------------------------------------------------------------------------
    def search(self, query: str, per_kind: int = 8) -> dict[str, list[search_index.SearchHit]]:
        return search_index.search(self._tdb.db, query, per_kind)

    def list_source(self, name: str, where: Where | None = None) -> ListSource:
        return ListSource(self._tdb.db, SPECS[name], where or Where())

    def save(
        self,
        table: str,
        changes: dict[str, Any],
        *,
        row_id: str | None = None,
        rev: int | None = None,
    ) -> domain.Record:
        """Create a record from ``changes`` (no ``row_id``) or apply them to the record read at
        ``rev``: a colleague's write in between is a ``ConflictError``, never an overwrite."""
        records = self.records[table]
        saved: domain.Record
        if row_id is None:
            saved = records.insert(records.type(**changes))
            return saved
        assert rev is not None, "an update needs the rev the form was filled from"
        saved = records.update(row_id, rev, **changes)
        return saved

    def remove(self, table: str, row_id: str, rev: int) -> domain.Record:
        """Soft delete (the corbeille and the merge keep the tombstone)."""
        removed: domain.Record = self.records[table].delete(row_id, rev)
        return removed

    def challenges(self, *, include_archived: bool = False) -> list[domain.Challenge]:
        """The territory's enjeux, in the order the officer gave them (archived ones only for
        labels: they are no choice for a new entry)."""
        where = "1" if include_archived else "archived = 0"
        return self.records["challenge"].where(where, order_by="position, title")

    def vocabulary(self, vocab: str, *, include_archived: bool = False) -> list[domain.Vocabulary]:
        """A list's values for choices; ``include_archived`` for labels of old records."""
        where = "vocab = ?" if include_archived else "vocab = ? AND archived = 0"
        return self.records["vocabulary"].where(where, [vocab], order_by="position")
