"""The SQL of the merge: reading both journals and rows, writing merged rows and history.

Why event keys: a journal row is identified across copies by what it is, not by its ``seq``
(a copy restored from a backup reuses seq numbers, so "everything after seq N" can skip real
changes). Two copies share a journal row when it was written before they forked, or when a
previous merge imported it; ``copy_id``/``by``/``at``/old/new are kept on import for that.
"""

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from municipaless.storage import codec
from municipaless.storage.merge.model import DELETED, Event

CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit
JOURNAL_COLUMNS = "seq, table_name, row_id, field, old, new, at, by, copy_id"

# (seq, table_name, row_id, field, old, new, at, by, copy_id)
JournalRow = tuple[int, str, str, str, str | None, str | None, str, str, str]


def text(value: Any) -> str | None:
    """Values are compared as the journal writes them (42 and "42" are the same)."""
    return codec.journal_text(value)


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


# reading ----------------------------------------------------------------------------------
def read_journal(conn: sqlite3.Connection) -> list[JournalRow]:
    return conn.execute(f"SELECT {JOURNAL_COLUMNS} FROM journal ORDER BY seq").fetchall()


def max_seq(conn: sqlite3.Connection) -> int:
    seq: int = conn.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0]
    return seq


def erased_people(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT id FROM person WHERE erased_at IS NOT NULL")
    return {r[0] for r in rows}


def ids(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[0] for r in conn.execute(f"SELECT id FROM {table}")}


def rows_by_id(
    conn: sqlite3.Connection, table: str, wanted: Iterable[str]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(wanted):
        cursor = conn.execute(
            f"SELECT * FROM {table} WHERE id IN ({', '.join('?' for _ in chunk)})", chunk
        )
        names = [d[0] for d in cursor.description]
        for row in cursor:
            found[row[0]] = dict(zip(names, row, strict=True))
    return found


def row(conn: sqlite3.Connection, table: str, row_id: str) -> dict[str, Any]:
    return rows_by_id(conn, table, [row_id])[row_id]


def current_rev(conn: sqlite3.Connection, table: str, row_id: str) -> int | None:
    found = conn.execute(f"SELECT rev FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return found[0] if found else None


def vocabulary_codes(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in conn.execute("SELECT vocab, code FROM vocabulary")}


# comparing journals -----------------------------------------------------------------------
Redact = Callable[[str | None], str | None]


def event_key(r: JournalRow, erased: set[str], redact: Redact | None = None) -> tuple[Any, ...]:
    """What identifies a change in any copy. An erased person's values are blanked by the
    erasure, so for them the values are left out of the key (who, when and which field stay).
    ``redact``: a person erased on one side only had her name replaced in that side's journal
    rows; the values are compared as that replacement leaves them, so a row the erasure
    rewrote is still the row the other copy holds."""
    _seq, table, row_id, name, old, new, at, by, copy_id = r
    if table == "person" and row_id in erased:
        return (table, row_id, name, at, by, copy_id)
    if redact is not None:
        old, new = redact(old), redact(new)
    return (table, row_id, name, at, by, copy_id, old, new)


def unknown_to(
    rows: list[JournalRow],
    other: list[JournalRow],
    erased: set[str],
    redact: Redact | None = None,
) -> list[JournalRow]:
    """Rows of ``rows`` the ``other`` journal does not hold (multiset difference, in order):
    the same key twice (two edits in the same second) counts twice."""
    known = Counter(event_key(r, erased, redact) for r in other)
    seen: Counter[tuple[Any, ...]] = Counter()
    out = []
    for r in rows:
        key = event_key(r, erased, redact)
        seen[key] += 1
        if seen[key] > known[key]:
            out.append(r)
    return out


def field_of(r: JournalRow) -> str:
    """The field a journal row is about; deletion and restore both concern ``deleted_at``."""
    return DELETED if r[3] in ("-", "~") else r[3]


def to_event(r: JournalRow, blank: bool = False) -> Event:
    _seq, table, row_id, name, old, new, at, by, copy_id = r
    if blank and name not in ("+", "-", "~", "erased_at"):
        old = new = None
    return Event(table, row_id, name, old, new, at, by, copy_id)


# writing ----------------------------------------------------------------------------------
def defer_foreign_keys(conn: sqlite3.Connection) -> None:
    """Checked at the end of the merge: a record may point at one inserted later."""
    conn.execute("PRAGMA defer_foreign_keys = ON")


def foreign_key_problems(conn: sqlite3.Connection, tables: Iterable[str]) -> list[tuple[Any, ...]]:
    problems: list[tuple[Any, ...]] = []
    for table in tables:
        problems += conn.execute(f"PRAGMA foreign_key_check({table})").fetchall()
    return problems


def insert_events(conn: sqlite3.Connection, events: Iterable[Event]) -> int:
    rows = [(e.table, e.row_id, e.field, e.old, e.new, e.at, e.by, e.copy_id) for e in events]
    conn.executemany(
        "INSERT INTO journal (table_name, row_id, field, old, new, at, by, copy_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def update_row(
    conn: sqlite3.Connection,
    table: str,
    row_id: str,
    rev: int,
    values: dict[str, Any],
    updated_at: str,
    updated_by: str,
) -> bool:
    """Compare-and-set on ``rev`` like ``Records.update``; False if the record moved on."""
    values = {**values, "updated_at": updated_at, "updated_by": updated_by, "rev": rev + 1}
    assignments = ", ".join(f"{name} = ?" for name in values)
    cursor = conn.execute(
        f"UPDATE {table} SET {assignments} WHERE id = ? AND rev = ?",
        [*values.values(), row_id, rev],
    )
    return cursor.rowcount == 1


def scrub_person_journal(conn: sqlite3.Connection, row_id: str) -> None:
    """An erasure taken from the other copy also blanks my history of that person."""
    conn.execute(
        "UPDATE journal SET old = NULL, new = NULL WHERE table_name = 'person' AND row_id = ? "
        "AND field NOT IN ('+', '-', '~', 'erased_at')",
        (row_id,),
    )


def write_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def read_meta(conn: sqlite3.Connection, key: str) -> str | None:
    found = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return found[0] if found else None
