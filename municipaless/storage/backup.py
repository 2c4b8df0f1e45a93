"""Consistent snapshots with SQLite's backup API (never a file copy), verified before use.

A file copy of a database being written can capture half a transaction; the backup API copies
a consistent state even while another connection writes. Every snapshot is written under a
temporary name, checked, and only then renamed, so a failure never leaves a half file behind.
"""

import contextlib
import os
import sqlite3
import tempfile
import time
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
    verify: str | None = "quick_check",
    prepare: Callable[[sqlite3.Connection], None] | None = None,
) -> Path:
    """Write a verified snapshot of ``conn`` at ``target`` via a temporary name, then rename.

    ``prepare`` may change the snapshot (e.g. give it its own copy_id) before it is verified;
    ``verify=None`` skips the check (a local staging copy that is checked further on).
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
            result = check(dest, verify) if verify else "ok"
        finally:
            dest.close()
        if result != "ok":
            raise BackupFailed(f"vérification de la sauvegarde : {result}")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def snapshot(
    conn: sqlite3.Connection,
    target: Path,
    *,
    new_copy_id: bool = True,
    verify: str | None = "integrity_check",
) -> Path:
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
    return backup_to(conn, target, verify=verify, prepare=prepare)


def snapshot_file(
    source: Path,
    target: Path,
    *,
    new_copy_id: bool = True,
    verify: str | None = "integrity_check",
) -> Path:
    """Snapshot a file we do not hold open (a colleague's file, a backup), reading only."""
    conn = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        return snapshot(conn, Path(target), new_copy_id=new_copy_id, verify=verify)
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


def settle_file(path: Path, how: str = "quick_check") -> str:
    """Check a file of ours that a killed process may have left mid-transaction.

    Opened read-write so SQLite rolls a hot journal back (a read-only connection cannot, and
    fails with « attempt to write a readonly database »), then checked: 'ok' or the damage.
    """
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error as exc:
        return str(exc)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        return check(conn, how)
    finally:
        conn.close()


def restore_into(source: Path, conn: sqlite3.Connection) -> None:
    """Replace the content of the open file ``conn`` by the backup at ``source``, atomically.

    Revs keep moving forward: a form read before the restore must not save over a change made
    after it because the restored row happens to carry the rev it read. So the backup is first
    copied into a private staging file where every row's rev is raised above the highest rev
    its table has now, and only that staging file is written into ``conn``: the backup API
    writes the whole destination in one transaction of its rollback journal, so a crash
    half-way leaves the previous content, never restored content with old revs.
    """
    result = verify_file(source)
    if result != "ok":
        raise BackupFailed(f"la sauvegarde est elle-même endommagée : {result}")
    ceilings = {table: _max_rev(conn, table) for table in _rev_tables(conn)}
    with tempfile.TemporaryDirectory(prefix="municipaless-restauration-") as folder:
        staging = Path(folder) / "restauration.municipaless"
        src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(str(staging))
            try:
                src.backup(dest)
                with dest:
                    for table in _rev_tables(dest):
                        dest.execute(f"UPDATE {table} SET rev = rev + ?", (ceilings.get(table, 0),))
                dest.backup(conn)
            finally:
                dest.close()
        finally:
            src.close()
    result = check(conn)
    if result != "ok":
        raise BackupFailed(f"vérification après restauration : {result}")


def _rev_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables with a ``rev`` column (every domain table)."""
    tables = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [
        t for t in tables if any(col[1] == "rev" for col in conn.execute(f"PRAGMA table_info({t})"))
    ]


def _max_rev(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT coalesce(max(rev), 0) FROM {table}").fetchone()[0]


def file_change_marker(path: Path) -> str:
    """``change_marker`` of a closed file, read-only."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        return change_marker(conn)
    finally:
        conn.close()


def change_marker(conn: sqlite3.Connection) -> str:
    """Changes whenever the content changes: last journal row and schema version."""
    seq = conn.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return f"{version}:{seq}"


def read_meta(conn: sqlite3.Connection, keys: list[str]) -> dict[str, str]:
    marks = ", ".join("?" for _ in keys)
    rows = conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys).fetchall()
    return {key: value for key, value in rows}


# writing a working copy back to a share ------------------------------------------------------
SENDING = ".envoi"  # suffix of the temporary file written beside the shared one
STALE_SENDING_AFTER = 3600  # seconds: an older temporary file is a leftover of a crash


def fingerprint(path: Path) -> str:
    """What the journal says about a closed file's content: schema version, last row, count.

    Two files with the same fingerprint hold the same history; read-only, no lock left behind.
    """
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        return _fingerprint(conn)
    finally:
        conn.close()


def _fingerprint(conn: sqlite3.Connection) -> str:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    seq, count = conn.execute("SELECT coalesce(max(seq), 0), count(*) FROM journal").fetchone()
    last = conn.execute(
        "SELECT at, by, copy_id, field FROM journal WHERE seq = ?", (seq,)
    ).fetchone()
    return f"{version}:{seq}:{count}:{'|'.join(str(v) for v in last or ())}"


def has_hot_journal(path: Path) -> bool:
    """A rollback journal beside the file: someone is writing it, or crashed while writing.

    Replacing the file then would be fatal: the next opener would roll the old journal's pages
    back into the new file."""
    try:
        return Path(f"{path}-journal").stat().st_size > 0
    except OSError:
        return False


def _remove_leftovers(target: Path) -> None:
    now = time.time()
    for old in target.parent.glob(f".{target.name}.*{SENDING}*"):
        with contextlib.suppress(OSError):
            if now - old.stat().st_mtime > STALE_SENDING_AFTER:
                old.unlink()


def _keep_previous(target: Path, previous: Path) -> None:
    """``previous`` becomes the current ``target`` (a hard link when the share allows it, else
    a backup-API copy), always through a temporary name so it is never half-written."""
    tmp = previous.with_name(f".{previous.name}.{uuid.uuid4().hex[:8]}{SENDING}")
    try:
        try:
            os.link(target, tmp)
        except OSError:  # no hard links on this share (FAT, some SMB servers)
            tmp.unlink(missing_ok=True)
            src = sqlite3.connect(Path(target).resolve().as_uri() + "?mode=ro", uri=True)
            try:
                backup_to(src, tmp, verify="quick_check")
            finally:
                src.close()
        os.replace(tmp, previous)
    finally:
        tmp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to sync."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish(
    source: Path,
    target: Path,
    *,
    previous: Path | None = None,
    step: Callable[[str], None] | None = None,
) -> None:
    """Replace ``target`` by a verified copy of the closed file ``source``, atomically.

    The copy is written with the backup API under a hidden temporary name beside ``target``
    (same folder, so the final rename never crosses file systems), checked with
    integrity_check, the current ``target`` is kept as ``previous``, and only then
    ``os.replace`` swaps the new file in. A failure or a crash at any point leaves ``target``
    either as it was or as the new copy, never half-written. ``step`` is called after each
    stage ("copied", "verified", "kept") so tests can interrupt between them.
    """
    source, target = Path(source), Path(target)
    _remove_leftovers(target)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{SENDING}")
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        if step:
            step("copied")
        result = verify_file(tmp, "integrity_check")
        if result != "ok":
            raise BackupFailed(f"vérification de la copie envoyée : {result}")
        if step:
            step("verified")
        if previous is not None and target.exists():
            _keep_previous(target, previous)
        if step:
            step("kept")
        os.replace(tmp, target)
        _sync_folder(target.parent)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
