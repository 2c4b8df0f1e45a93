"""Consistent snapshots with SQLite's backup API (never a file copy), verified before use.

A file copy of a database being written can capture half a transaction; the backup API copies
a consistent state even while another connection writes. Every snapshot is written under a
temporary name, checked, and only then renamed, so a failure never leaves a half file behind.
"""

import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import platformdirs

from municipaless.core.formats import utc_now_iso


class BackupFailed(Exception):
    pass


def default_backup_dir() -> Path:
    return platformdirs.user_data_path("MunicipalESS", appauthor=False) / "sauvegardes"


def check(conn: sqlite3.Connection, how: str = "quick_check") -> str:
    """'ok' or SQLite's description of the damage; ``how`` is quick_check or integrity_check."""
    assert how in ("quick_check", "integrity_check")
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {how}(20)").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if rows == ["ok"] else "; ".join(rows)


def backup_to(
    conn: sqlite3.Connection,
    target: Path,
    *,
    verify: str = "quick_check",
    prepare: Callable[[sqlite3.Connection], None] | None = None,
) -> Path:
    """Write a verified snapshot of ``conn`` at ``target`` via a temporary name, then rename.

    ``prepare`` may change the snapshot (e.g. give it its own copy_id) before it is verified.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            if prepare is not None:
                prepare(dest)
                dest.commit()
            result = check(dest, verify)
        finally:
            dest.close()
        if result != "ok":
            raise BackupFailed(f"vérification de la sauvegarde : {result}")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def snapshot(conn: sqlite3.Connection, target: Path, *, new_copy_id: bool = True) -> Path:
    """A copy to hand to a colleague, checked with integrity_check.

    With ``new_copy_id`` the copy gets its own ``meta.copy_id`` (and remembers the one it came
    from), so the journal rows it writes later can be told from ours when the copies are merged.
    """

    def give_own_identity(dest: sqlite3.Connection) -> None:
        row = dest.execute("SELECT value FROM meta WHERE key = 'copy_id'").fetchone()
        values = {"copy_id": str(uuid.uuid4()), "copied_at": utc_now_iso()}
        if row:
            values["copied_from"] = row[0]
        dest.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )

    prepare = give_own_identity if new_copy_id else None
    return backup_to(conn, target, verify="integrity_check", prepare=prepare)


def snapshot_file(source: Path, target: Path, *, new_copy_id: bool = True) -> Path:
    """Snapshot a file we do not hold open (a colleague's file, a backup), reading only."""
    conn = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        return snapshot(conn, Path(target), new_copy_id=new_copy_id)
    finally:
        conn.close()


def verify_file(path: Path, how: str = "quick_check") -> str:
    """Check a backup file read-only before relying on it."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return check(conn, how)
    finally:
        conn.close()


def restore_into(source: Path, conn: sqlite3.Connection) -> None:
    """Replace the content of the open file ``conn`` by the backup at ``source``, atomically.

    The backup API writes the whole destination in one transaction of the destination's
    rollback journal: a crash half-way leaves the previous content.
    """
    result = verify_file(source)
    if result != "ok":
        raise BackupFailed(f"la sauvegarde est elle-même endommagée : {result}")
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
    result = check(conn)
    if result != "ok":
        raise BackupFailed(f"vérification après restauration : {result}")


def change_marker(conn: sqlite3.Connection) -> str:
    """Changes whenever the content changes: last journal row and schema version."""
    seq = conn.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return f"{version}:{seq}"


def read_meta(conn: sqlite3.Connection, keys: list[str]) -> dict[str, str]:
    marks = ", ".join("?" for _ in keys)
    rows = conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys).fetchall()
    return {key: value for key, value in rows}
