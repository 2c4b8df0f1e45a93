"""Many new records in one go: for the demo generator and imports.

``Records.insert`` costs one journal statement and one search lookup per row, fine for a form
but ~50x too slow for 200,000 rows. Here rows, journal entries and search documents are written
with ``executemany`` in batches, inside one transaction, and leave the file exactly as the same
records inserted one by one would (same columns, one ``'+'`` journal row each, same index text).

Unlike ``Records.insert`` the bookkeeping a caller already set is kept (``created_at`` of a
record imported from last year, an ``id`` from another file); only what is missing is stamped.
"""

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from operator import attrgetter

from sqlite_utils import Database

from municipaless.core import domain
from municipaless.core.cleaning import clean_text, limit_for
from municipaless.core.domain import Record
from municipaless.core.formats import utc_now_iso
from municipaless.core.i18n import _
from municipaless.storage import codec, search
from municipaless.storage.errors import InvalidText
from municipaless.storage.territory_file import TerritoryDB

BATCH = 5000
_BOOKKEEPING = ("id", "created_at", "updated_at", "updated_by", "rev", "deleted_at")
_JOURNAL_SQL = (
    "INSERT INTO journal (table_name, row_id, field, old, new, at, by, copy_id) "
    "VALUES (?, ?, '+', NULL, NULL, ?, ?, ?)"
)


# Page cache of a bulk write, in KiB (SQLite's default is 2,000 KiB). Importing 10,000 people
# dirties ~15 MB of pages in one transaction; with the default cache SQLite spills and re-reads
# pages mid-transaction: the write of bench_import went from ~1,050 to ~850 ms with 64 MiB.
BULK_CACHE_KIB = 64_000


@contextmanager
def write_many(tdb: TerritoryDB) -> Iterator[Database]:
    """``tdb.write()`` with a larger page cache for its duration, for the inserts of an import:
    the same transaction and the same file, fewer cache spills. The cache size is restored
    after (SQLite then frees the pages over it)."""
    conn = tdb.db.conn
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        with tdb.write() as db:
            yield db
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def _which(record: Record, field: str) -> str:
    """« Fiche « Ressourcerie du Bocage », champ « notes » : » for a refused text."""
    label = next(
        (getattr(record, n) for n in ("name", "title", "last_name") if getattr(record, n, "")),
        "",
    )
    label = label if len(label) <= 60 else label[:59] + "…"
    if label:
        return _("Fiche « {record} », champ « {field} » :").format(record=label, field=field)
    return _("Champ « {field} » :").format(field=field)


def _batches(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def insert_many(
    tdb: TerritoryDB,
    table: str,
    records: Iterable[Record],
    *,
    journal: bool = True,
    batch_size: int = BATCH,
) -> int:
    """Insert new ``records`` into ``table``; all or nothing. Returns how many were inserted.

    Missing ``id``/``created_at``/``updated_at``/``updated_by``/``rev`` are stamped (a fresh
    UUID, now, the officer, 1). ``journal=False`` skips the journal for callers that record
    the operation otherwise; the search index is always kept in step. Runs in one
    ``tdb.write()`` transaction, or in a savepoint of the caller's if one is open.
    """
    record_type = domain.TABLES[table]
    kinds = codec.field_kinds(record_type)
    content = [name for name in kinds if name not in _BOOKKEEPING]
    # Only lists, dicts and bools need codec.to_db; plain strings are only cleaned (speed).
    # (name, converted, limit) per content column, and all their values in one C-level call
    specs = [(name, kinds[name] != "plain", limit_for(name)) for name in content]
    values_of = attrgetter(*content) if len(content) > 1 else lambda r: (getattr(r, content[0]),)
    columns = [*_BOOKKEEPING, *content]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    indexed = table in search.KINDS
    officer = tdb.officer
    count = 0
    with tdb.write() as db:
        conn = db.conn
        copy_id = tdb.copy_id
        for batch in _batches(records, batch_size):
            now = utc_now_iso()
            rows = []
            stamped = []
            for record in batch:
                if not isinstance(record, record_type):
                    raise TypeError(f"{table} expects {record_type.__name__}, got {record!r}")
                if not record.id:
                    record = replace(record, id=str(uuid.uuid4()))
                created = record.created_at or now
                row = [
                    record.id,
                    created,
                    record.updated_at or created,
                    record.updated_by or officer,
                    record.rev or 1,
                    record.deleted_at,
                ]
                cleaned = {}
                try:
                    for (name, convert, limit), value in zip(specs, values_of(record), strict=True):
                        if convert:
                            value = codec.to_db(record_type, name, value)
                        elif isinstance(value, str):
                            # fast path: printable text within its limit is what clean_text
                            # returns unchanged (isprintable() is its own first check)
                            if value.isprintable() and len(value) <= limit:
                                row.append(value)
                                continue
                            clean = codec.clean(name, value)
                            if clean is not value:
                                cleaned[name] = value = clean
                        row.append(value)
                except InvalidText as exc:  # among thousands of rows: say which one
                    message = f"{_which(record, exc.field)} {exc.message}"
                    raise InvalidText(exc.field, message) from None
                if cleaned:  # the search index gets the text as stored
                    record = replace(record, **cleaned)
                rows.append(row)
                stamped.append(record)
            conn.executemany(sql, rows)
            if journal:
                conn.executemany(
                    _JOURNAL_SQL, [(table, row[0], row[1], row[3], copy_id) for row in rows]
                )
            if indexed:
                search.index_many(db, table, stamped)
            count += len(rows)
    return count


def write_meta(tdb: TerritoryDB, values: dict[str, str]) -> None:
    """Set settings that travel with the file (``meta``), e.g. the commune name of a bulk load.

    Lives here until storage grows a settings repository: services hold no SQL.
    """
    with tdb.write() as db:
        db.conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(key, clean_text(v) if isinstance(v, str) else v) for key, v in values.items()],
        )
