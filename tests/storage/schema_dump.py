"""The schema of a file as comparable text (for the frozen copies in tests/data/schema)."""

import sqlite3


def dump_schema(path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
        ).fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    body = "\n".join(f"-- {kind} {name}\n{sql};" for kind, name, sql in rows)
    return f"-- user_version {version}\n{body}\n"
