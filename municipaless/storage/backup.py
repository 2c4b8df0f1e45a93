"""Consistent snapshots with SQLite's backup API (never a file copy), verified before use.

A file copy of a database being written can capture half a transaction; the backup API copies
a consistent state even while another connection writes. Every snapshot is written under a
temporary name, checked, and only then renamed, so a failure never leaves a half file behind.
"""

import contextlib
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import platformdirs

from municipaless.core.formats import utc_now_iso
from municipaless.core.i18n import _


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
            raise BackupFailed(_("vérification de la sauvegarde : {result}").format(result=result))
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
        raise BackupFailed(
            _("la sauvegarde est elle-même endommagée : {result}").format(result=result)
        )
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
        raise BackupFailed(_("vérification après restauration : {result}").format(result=result))


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
    return int(conn.execute(f"SELECT coalesce(max(rev), 0) FROM {table}").fetchone()[0])


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


def fingerprint_of(conn: sqlite3.Connection) -> str:
    """``fingerprint`` through an open connection (the one holding the file's write lock)."""
    return _fingerprint(conn)


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


KEEP_PREVIOUS = 5  # versions kept beside the shared file: .precedent, .precedent-2, …
REFRESH_EVERY = 256  # pages copied between two refreshes of the write-back lock


def previous_versions(previous: Path, keep: int = KEEP_PREVIOUS) -> list[Path]:
    """``previous`` and its older siblings, newest first (``<name>.precedent``, ``-2``, …)."""
    return [previous] + [previous.with_name(f"{previous.name}-{n}") for n in range(2, keep + 1)]


def _remove_leftovers(target: Path) -> None:
    """Temporary files of write-backs killed half-way. Called while holding the write-back
    lock, so no other write-back of this file is writing one now: all are leftovers."""
    for old in target.parent.glob(f".{target.name}.*{SENDING}*"):
        with contextlib.suppress(OSError):
            old.unlink()


def _rotate_previous(previous: Path, keep: int) -> None:
    """Shift ``.precedent`` → ``-2`` → … (oldest dropped): a write-back never overwrites the
    version the last one replaced, which may hold a save made there at the last moment."""
    versions = previous_versions(previous, keep)
    for older, newer in zip(reversed(versions[1:]), reversed(versions[:-1]), strict=True):
        if newer.exists():
            os.replace(newer, older)


def _keep_previous(target: Path, previous: Path, keep: int = KEEP_PREVIOUS) -> None:
    """``previous`` becomes the current ``target`` (a hard link when the share allows it, else
    a backup-API copy), always through a temporary name so it is never half-written; the
    versions it replaces rotate (``keep`` in all)."""
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
        _rotate_previous(previous, keep)
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


@contextlib.contextmanager
def _writers_held_off(target: Path) -> Iterator[sqlite3.Connection | None]:
    """SQLite's own write lock on ``target`` (BEGIN IMMEDIATE) for the check and the swap.

    A colleague with the file open directly cannot commit between our "has it changed?"
    and the swap: their save waits (busy_timeout), and after the swap SQLite refuses it on
    the replaced file (« readonly database ») rather than acknowledging it. The first read
    also rolls back a hot journal a crashed writer left, before the file is replaced."""
    if not target.exists():
        yield None
        return
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            raise BackupFailed(
                _("le fichier partagé est en cours d'écriture : {exc}").format(exc=exc)
            ) from exc
        if has_hot_journal(target):  # only when the share's locking cannot be trusted
            raise BackupFailed(_("le fichier partagé est en cours d'écriture"))
        yield conn
    finally:
        with contextlib.suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        conn.close()


def publish(
    source: Path,
    target: Path,
    *,
    previous: Path | None = None,
    step: Callable[[str], None] | None = None,
    expect: Callable[[sqlite3.Connection], None] | None = None,
    who: str = "",
    keep: int = KEEP_PREVIOUS,
) -> tuple[int, int]:
    """Replace ``target`` by a verified copy of the closed file ``source``, atomically.

    Everything runs under the write-back lock of ``target`` (``writeback_lock``), so two
    write-backs never interleave: leftovers of killed ones are removed, the copy is written
    with the backup API under a hidden temporary name beside ``target`` (same folder, so the
    final rename never crosses file systems) and checked with integrity_check; then, holding
    SQLite's write lock on ``target``, ``expect(conn)`` may refuse (the share changed since
    we read it), the current ``target`` is kept as ``previous`` (older ones rotate) and
    ``os.replace`` swaps the new file in. A failure or a crash at any point leaves
    ``target`` either as it was or as the new copy, never half-written. ``step`` is called
    after each stage ("copied", "verified", "kept") so tests can interrupt between them.
    Returns the new ``target``'s (mtime_ns, size), read before anyone else may replace it.
    """
    from municipaless.storage import writeback_lock

    source, target = Path(source), Path(target)
    with writeback_lock.hold(target, who) as lock_file:
        _remove_leftovers(target)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{SENDING}")
        try:
            _copy_refreshing(source, tmp, lock_file)
            if step:
                step("copied")
            result = verify_file(tmp, "integrity_check")
            if result != "ok":
                raise BackupFailed(
                    _("vérification de la copie envoyée : {result}").format(result=result)
                )
            if step:
                step("verified")
            with _writers_held_off(target) as held:
                if expect is not None and held is not None:
                    expect(held)
                if previous is not None and target.exists():
                    _keep_previous(target, previous, keep)
                if step:
                    step("kept")
                os.replace(tmp, target)
                _sync_folder(target.parent)
                written = os.stat(target)
            return (written.st_mtime_ns, written.st_size)
        finally:
            tmp.unlink(missing_ok=True)
            Path(f"{tmp}-journal").unlink(missing_ok=True)


def _copy_refreshing(source: Path, tmp: Path, lock_file: Path) -> None:
    """Backup-API copy of ``source`` at ``tmp``, touching the write-back lock as it goes so
    a long copy over a slow share is never taken for a dead write-back."""

    def progress(status: int, remaining: int, total: int) -> None:
        with contextlib.suppress(OSError):
            os.utime(lock_file)

    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            src.backup(dest, pages=REFRESH_EVERY, progress=progress)
        finally:
            dest.close()
    finally:
        src.close()
