"""The Historique's SQL: one record's journal rows, and which copies a merge brought rows from.

A merged change keeps its author, time and ``copy_id`` (storage/merge/apply.py imports the
other side's rows as they were); ``meta['merge:<copy_id>']`` names the file each merge read,
so a row whose copy was merged in is shown « par fusion avec la copie … ».
"""

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.core.domain import Record
from municipaless.storage import codec


@dataclass(frozen=True)
class JournalRow:
    seq: int
    field: str  # '+' created, '-' deleted, '~' restored, else a column
    old: str | None
    new: str | None
    at: str
    by: str
    copy_id: str


def journal_of(db: Database, table: str, row_id: str) -> list[JournalRow]:
    """Every journal row of one record, oldest first."""
    rows = db.execute(
        "SELECT seq, field, old, new, at, by, copy_id FROM journal "
        "WHERE table_name = ? AND row_id = ? ORDER BY at, seq",
        [table, row_id],
    ).fetchall()
    return [JournalRow(*r) for r in rows]


def merged_copies(db: Database) -> dict[str, str]:
    """copy_id -> the file name of that copy when it was merged into this one."""
    found = {}
    for key, value in db.execute("SELECT key, value FROM meta WHERE key LIKE 'merge:%'"):
        try:
            name = str(json.loads(value).get("file", ""))
        except (ValueError, AttributeError):
            name = ""
        found[key.removeprefix("merge:")] = name
    return found


def value_from_journal(record_type: type[Record], field: str, text: str | None) -> Any:
    """A journal text back as the record's field value (what ``Records.update`` takes)."""
    if text is None:
        return None
    kind = codec.field_kinds(record_type)[field]
    if kind == "list":
        return tuple(json.loads(text))
    if kind == "dict":
        return json.loads(text)
    if kind == "bool":
        return text not in ("0", "", "False")
    annotation = str(record_type.__dataclass_fields__[field].type)
    if "int" in annotation and "str" not in annotation:
        return int(text)
    return text
