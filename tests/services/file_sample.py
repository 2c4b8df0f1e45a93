"""Territory files in the states the file tests need (damaged, ...)."""

import sqlite3
import uuid
from pathlib import Path


def corrupt(path: Path) -> None:
    """Scribble over the organisation table's root page: the header stays readable."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'organisation'").fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((page[0] - 1) * size)
        f.write(b"\xff" * 64)


def colleague_copy(source: Path, target: Path) -> Path:
    """A colleague's copy: same content, its own copy_id (as « Envoyer une copie » makes)."""
    src, dest = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    src.backup(dest)
    dest.execute("UPDATE meta SET value = ? WHERE key = 'copy_id'", (str(uuid.uuid4()),))
    dest.commit()
    src.close()
    dest.close()
    return target
