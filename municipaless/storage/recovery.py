"""Recover what can still be read from a damaged territory file into a fresh one.

SQLite's ``.recover`` lives in the command-line shell, not in Python's sqlite3 module, and the
shell is rarely installed on a town-hall PC; so recovery is done here with ordinary reads,
table by table. A damaged page makes every statement that touches it fail, so:

1. a table is scanned in rowid order; where the scan hits a damaged page, the reader seeks
   past it (probing further and further rowids, then narrowing down by halves to the first
   readable one) and goes on, losing only the rows of the pages that cannot be read;
2. each index of the table is a second, independent copy of the rowids: the rows an index
   knows and the scan missed are fetched one by one, and the index count tells how many rows
   the table had at least, so the report can say what was lost;
3. what was read goes into a new file created with the current schema (foreign keys off:
   a row whose parent was lost is kept, not dropped), the search index is rebuilt, and the
   new file is checked with integrity_check.

The damaged file is only read (``mode=ro``): recovery never makes it worse.
"""

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from municipaless.core import domain
from municipaless.core.formats import utc_now_iso
from municipaless.core.i18n import _
from municipaless.storage import codec, search, territory_file
from municipaless.storage.errors import FileProblem

MAX_ROWID = 2**62
SKIPPED_TABLES = ("sqlite_", "_sqlite", "search_")  # internal or derived (rebuilt)
CHUNK = 500


@dataclass
class TableRecovery:
    table: str
    recovered: int = 0
    known: int = 0  # rows the table had at least (its scan and its indexes agree on)
    damaged_spots: int = 0  # places where a read failed
    rejected: int = 0  # rows read but refused by the new file (a constraint)
    unreadable: bool = False  # nothing at all could be read

    @property
    def lost(self) -> int:
        return max(self.known - self.recovered, 0) + self.rejected

    @property
    def complete(self) -> bool:
        """Every row read without a damaged spot: nothing is known to be missing."""
        return not self.damaged_spots and not self.lost


@dataclass
class RecoveryReport:
    source: Path
    target: Path
    tables: list[TableRecovery] = field(default_factory=list)
    orphans: int = 0  # recovered rows pointing at a record that was lost
    integrity: str = ""

    @property
    def recovered(self) -> int:
        return sum(t.recovered for t in self.tables)

    @property
    def lost(self) -> int:
        return sum(t.lost for t in self.tables)

    @property
    def complete(self) -> bool:
        return all(t.complete for t in self.tables)


# reading the damaged file --------------------------------------------------------------------
def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _readable_from(conn: sqlite3.Connection, table: str, after: int) -> bool:
    try:
        conn.execute(
            f"SELECT rowid FROM {_quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT 1", (after,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return False
    return True


def _skip_damage(conn: sqlite3.Connection, table: str, pos: int) -> int | None:
    """The smallest position beyond ``pos`` from which the table reads again, or None."""
    jump = 1
    while not _readable_from(conn, table, pos + jump):
        jump *= 2
        if pos + jump > MAX_ROWID:
            return None
    bad, good = pos + jump // 2, pos + jump  # bad fails (or is pos), good reads
    while good - bad > 1:
        middle = (bad + good) // 2
        if _readable_from(conn, table, middle):
            good = middle
        else:
            bad = middle
    return good


def _scan(
    conn: sqlite3.Connection, table: str, result: TableRecovery
) -> dict[int, tuple[Any, ...]]:
    rows: dict[int, tuple[Any, ...]] = {}
    select = f"SELECT rowid, * FROM {_quote(table)} WHERE rowid > ? ORDER BY rowid"
    pos = -(2**63) if _readable_from(conn, table, -(2**63)) else 0
    while True:
        try:
            for row in conn.execute(select, (pos,)):
                rows[row[0]] = row[1:]
                pos = row[0]
            return rows
        except sqlite3.DatabaseError:
            result.damaged_spots += 1
            following = _skip_damage(conn, table, pos)
            if following is None:
                return rows
            pos = following


def _indexed_rowids(conn: sqlite3.Connection, table: str) -> set[int]:
    """Rowids every readable index of ``table`` knows (a covering scan: the table's own
    pages are not read)."""
    found: set[int] = set()
    try:
        indexes = conn.execute(f"PRAGMA index_list({_quote(table)})").fetchall()
    except sqlite3.DatabaseError:
        return found
    for index in indexes:
        name, partial = index[1], index[4]
        if partial:  # INDEXED BY a partial index needs its WHERE: the full ones suffice
            continue
        try:
            for (rowid,) in conn.execute(
                f"SELECT rowid FROM {_quote(table)} INDEXED BY {_quote(name)}"
            ):
                found.add(rowid)
        except sqlite3.DatabaseError:
            continue  # a damaged index: what it gave so far is kept
    return found


def read_table(
    conn: sqlite3.Connection, table: str
) -> tuple[list[str], dict[int, tuple[Any, ...]], TableRecovery]:
    """Column names, the rows that could be read (by rowid), and what was seen."""
    result = TableRecovery(table)
    try:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})")]
    except sqlite3.DatabaseError:
        result.unreadable = True
        return [], {}, result
    rows = _scan(conn, table, result)
    indexed = _indexed_rowids(conn, table)
    single = f"SELECT rowid, * FROM {_quote(table)} WHERE rowid = ?"
    for rowid in sorted(indexed - rows.keys()):
        try:
            row = conn.execute(single, (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None:
            rows[rowid] = row[1:]
    result.known = len(indexed | rows.keys())
    result.unreadable = not rows and result.damaged_spots > 0
    return columns, rows, result


# writing the new file ------------------------------------------------------------------------
def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    return [n for n in names if not n.startswith(SKIPPED_TABLES)]


def _insert(
    conn: sqlite3.Connection, table: str, columns: list[str], rows: list[tuple[Any, ...]]
) -> int:
    """Insert ``rows``; returns how many the new file refused (one by one after a failure)."""
    sql = (
        f"INSERT OR REPLACE INTO {_quote(table)} ({', '.join(_quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    rejected = 0
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        conn.execute("SAVEPOINT chunk")
        try:
            conn.executemany(sql, chunk)
        except sqlite3.Error:
            conn.execute("ROLLBACK TO chunk")
            for row in chunk:
                try:
                    conn.execute(sql, row)
                except sqlite3.Error:
                    rejected += 1
        conn.execute("RELEASE chunk")
    return rejected


def _reindex(db: Database, conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM search_index")
    conn.execute("DELETE FROM search_doc")
    for table in search.KINDS:
        cursor = conn.execute(f"SELECT * FROM {_quote(table)}")
        names = [d[0] for d in cursor.description]
        record_type = domain.TABLES[table]
        records: list[domain.Record] = []
        for row in cursor:
            try:
                records.append(codec.from_row(record_type, dict(zip(names, row, strict=True))))
            except (ValueError, TypeError):  # a value the record type cannot take
                continue
        search.index_many(db, table, records)


def recover(
    source: Path,
    target: Path,
    *,
    officer: str = "",
    progress: Callable[[str], None] | None = None,
) -> RecoveryReport:
    """Copy what can be read from ``source`` into a new territory file at ``target``."""
    source, target = Path(source), Path(target)
    territory_file.check_header(source)
    try:
        damaged = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        damaged.execute("PRAGMA query_only = ON")
        damaged.execute("PRAGMA cell_size_check = ON")  # find bad cells instead of reading junk
        source_tables = set(_tables(damaged))
    except sqlite3.DatabaseError as exc:
        raise FileProblem(
            _(
                "« {name} » est trop endommagé pour en récupérer quoi que ce soit : "
                "même la liste de ses tables est illisible ({exc}). Restaurez une "
                "sauvegarde."
            ).format(name=source.name, exc=exc)
        ) from exc
    report = RecoveryReport(source, target)
    tdb = territory_file.create(target, officer)
    try:
        conn = tdb.db.conn
        conn.execute("PRAGMA foreign_keys = OFF")  # keep a row whose parent was lost
        conn.execute("BEGIN IMMEDIATE")
        for table in _tables(conn):
            if table not in source_tables:
                continue
            if progress:
                progress(table)
            columns, rows, result = read_table(damaged, table)
            wanted = [c for c in columns if c in _columns(conn, table)]
            if rows and wanted:
                keep = [columns.index(c) for c in wanted]
                values = [tuple(row[i] for i in keep) for row in rows.values()]
                if table != "meta":  # seeded defaults give way to the file's own
                    conn.execute(f"DELETE FROM {_quote(table)}")
                result.rejected = _insert(conn, table, wanted, values)
                result.recovered = len(values) - result.rejected
            report.tables.append(result)
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('recovered_from', ?), "
            "('recovered_at', ?)",
            (str(source), utc_now_iso()),
        )
        if progress:
            progress("search_index")
        _reindex(tdb.db, conn)
        conn.execute("COMMIT")
        report.orphans = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        report.integrity = tdb.integrity_check()
    except BaseException:
        tdb.close()
        damaged.close()
        target.unlink(missing_ok=True)
        raise
    tdb.close()
    damaged.close()
    return report


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})")}


# examining a file without changing it (``municipaless check``) -------------------------------
@dataclass
class Examination:
    """What SQLite says about a file, read without writing it: never raises."""

    interrupted: bool = False  # a hot journal: killed mid-save, rolled back at next opening
    version: int | None = None
    integrity: str = ""  # 'ok' or SQLite's own words (for the « Détails » part only)
    counts: dict[str, int] = field(default_factory=dict)
    unreadable: str = ""  # why SQLite could not read it at all (SQLite's words)


def examine(path: Path, tables: tuple[str, ...]) -> Examination:
    """Version, integrity and live rows per table of ``path``, never writing it.

    A file left with a hot journal is examined as it will be once the journal is rolled
    back: both are copied to a private folder (a plain copy is right here: the journal must
    travel with its file) and rolled back there. Older formats are read as they are, never
    upgraded."""
    path = Path(path)
    result = Examination()
    journal = Path(f"{path}-journal")
    try:
        result.interrupted = journal.is_file() and journal.stat().st_size > 0
    except OSError:
        result.interrupted = False
    with tempfile.TemporaryDirectory(prefix="municipaless-examen-") as folder:
        target = path
        try:
            if result.interrupted:
                target = Path(folder) / path.name
                shutil.copyfile(path, target)
                shutil.copyfile(journal, Path(f"{target}-journal"))
                with contextlib.closing(sqlite3.connect(str(target))) as conn:
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _read(target, tables, result)
        except (sqlite3.Error, OSError, ValueError, OverflowError, MemoryError) as exc:
            result.unreadable = str(exc) or type(exc).__name__
    return result


def _read(path: Path, tables: tuple[str, ...], result: Examination) -> None:
    uri = path.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
        conn.execute("PRAGMA busy_timeout = 5000")
        result.version = conn.execute("PRAGMA user_version").fetchone()[0]
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
            result.integrity = "ok" if rows == ["ok"] else "; ".join(str(r) for r in rows)
        except sqlite3.DatabaseError as exc:
            result.integrity = str(exc)
        present = set(_tables(conn))
        for table in tables:
            if table not in present:
                continue
            try:
                sql = f"SELECT count(*) FROM {_quote(table)} WHERE deleted_at IS NULL"
                result.counts[table] = conn.execute(sql).fetchone()[0]
            except sqlite3.DatabaseError:
                continue  # a damaged table: the integrity part says so
