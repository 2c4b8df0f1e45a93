"""Territory files in the states the file tests need (damaged, ...)."""

import sqlite3
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
