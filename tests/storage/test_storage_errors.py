"""storage.errors.classify: every failure of the file becomes a French StorageProblem."""

import errno
import sqlite3

import pytest

from municipaless.storage import errors as e


def _real_sqlite_error(tmp_path, kind):
    path = tmp_path / "f.db"
    if kind == "busy":
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("CREATE TABLE t (x)")
        holder.execute("BEGIN EXCLUSIVE")
        other = sqlite3.connect(path, timeout=0.05)
        try:
            other.execute("INSERT INTO t VALUES (1)")
        except sqlite3.Error as exc:
            return exc
        finally:
            other.close()
            holder.close()
    if kind == "notadb":
        path.write_bytes(b"ceci n'est pas une base" * 100)
        try:
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master")
        except sqlite3.Error as exc:
            return exc
    if kind == "readonly":
        sqlite3.connect(path).execute("CREATE TABLE t (x)")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("INSERT INTO t VALUES (1)")
        except sqlite3.Error as exc:
            return exc
    raise AssertionError(kind)


@pytest.mark.parametrize(
    ("kind", "expected", "retry"),
    [("busy", e.BUSY, True), ("notadb", e.DAMAGED, False), ("readonly", e.READ_ONLY, False)],
)
def test_real_sqlite_errors(tmp_path, kind, expected, retry):
    exc = _real_sqlite_error(tmp_path, kind)
    problem = e.classify(exc)
    assert problem.kind == expected and problem.retry is retry
    assert "SQLite" in problem.details  # the internals, kept for « Détails… »
    assert "SQLITE" not in problem.message and "database" not in problem.message


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), e.FULL),
        (sqlite3.DatabaseError("database disk image is malformed"), e.DAMAGED),
        (sqlite3.OperationalError("disk I/O error"), e.IO),
        (sqlite3.OperationalError("attempt to write a readonly database"), e.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), e.BUSY),
        (OSError(errno.ENOSPC, "No space left on device"), e.FULL),
        (OSError(errno.EROFS, "Read-only file system"), e.READ_ONLY),
        (PermissionError(errno.EACCES, "Permission denied"), e.READ_ONLY),
        (OSError(errno.EIO, "Input/output error"), e.IO),
        (FileNotFoundError(errno.ENOENT, "No such file", "/mnt/partage/t.municipaless"), e.MISSING),
        (ValueError("boom"), e.OTHER),
    ],
)
def test_each_case_has_a_french_message_and_an_action(exc, expected):
    problem = e.classify(exc)
    assert problem.kind == expected
    assert problem.message and problem.action
    assert type(exc).__name__ in problem.details
    assert "Error" not in problem.message and "errno" not in problem.message


def test_a_wrapped_error_is_classified_by_its_cause():
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("backup failed") from inner
    except RuntimeError as outer:
        problem = e.classify(outer)
    assert problem.kind == e.FULL and "ENOSPC" in problem.details


def test_busy_names_who_holds_the_file_and_our_refusals_keep_their_message():
    problem = e.classify(
        sqlite3.OperationalError("database is locked"),
        holder="ouvert par Paul Martin (PC-ACCUEIL) depuis 10 h 32",
    )
    assert "Paul Martin" in problem.message and problem.retry
    refusal = e.classify(e.ReadOnlyError("Fichier ouvert en lecture seule."))
    assert refusal.kind == e.REFUSED and refusal.message == "Fichier ouvert en lecture seule."


def test_a_file_replaced_under_the_connection_says_a_colleague_saved_it(tmp_path):
    """A colleague's write-back renamed a new file over the open one: SQLite refuses to write
    (SQLITE_READONLY_DBMOVED), which is not a read-only folder: reopen, nothing typed is lost."""
    import os
    import shutil

    path = tmp_path / "f.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    shutil.copy(path, tmp_path / "theirs.db")
    os.replace(tmp_path / "theirs.db", path)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO t VALUES (1)")
        conn.commit()
    conn.close()
    problem = e.classify(caught.value)
    assert problem.kind == e.REPLACED and not problem.retry
    assert problem.message.startswith("Le fichier a été remplacé par l'enregistrement d'un")
    assert "readonly" not in problem.message
