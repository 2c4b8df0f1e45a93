"""Two copies of one territory, as a colleague's copy really comes about, and their content."""

import sqlite3
import uuid
from pathlib import Path

from municipaless.core import domain
from municipaless.storage import territory_file
from municipaless.storage.records import Records


def fork(tdb: territory_file.TerritoryDB, target: Path, officer: str = "Paul Martin"):
    """A copy made with the backup API that gets its own copy_id (like « Envoyer une copie »)."""
    dest = sqlite3.connect(str(target))
    tdb.db.conn.backup(dest)
    dest.execute("UPDATE meta SET value = ? WHERE key = 'copy_id'", (str(uuid.uuid4()),))
    dest.commit()
    dest.close()
    return territory_file.open_database(target, officer=officer)


def records(tdb, table: str) -> Records:
    return Records(tdb, table, domain.TABLES[table])


def content(tdb) -> dict:
    """Every content field of every record, plus whether it is deleted (bookkeeping aside)."""
    result = {}
    for table, record_type in domain.TABLES.items():
        names = record_type.content_fields()
        rows = tdb.db.conn.execute(
            f"SELECT id, deleted_at IS NOT NULL, {', '.join(names)} FROM {table}"
        ).fetchall()
        result[table] = {row[0]: row[1:] for row in rows}
    return result


def journal_keys(tdb) -> list[tuple]:
    return tdb.db.conn.execute(
        "SELECT table_name, row_id, field, old, new, at, by, copy_id FROM journal ORDER BY seq"
    ).fetchall()
