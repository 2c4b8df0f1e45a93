"""Opening files: every bad input gets a French message and leaves the file as it was."""

import hashlib
import os
import sqlite3

import pytest

from municipaless.storage import territory_file
from municipaless.storage.errors import (
    FileProblem,
    NewerFileError,
    NotATerritoryFile,
    ReadOnlyError,
)
from municipaless.storage.migrations import APPLICATION_ID, LATEST_VERSION


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_identified_and_uses_rollback_journal(tmp_path):
    path = tmp_path / "t.municipaless"
    tdb = territory_file.create(path, officer="Marie")
    assert tdb.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert tdb.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert tdb.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tdb.close()
    header = territory_file.read_header(path)
    assert header.application_id == APPLICATION_ID
    assert header.user_version == LATEST_VERSION


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "t.municipaless"
    path.write_bytes(b"precious")
    with pytest.raises(FileProblem, match="existe déjà"):
        territory_file.create(path)
    assert path.read_bytes() == b"precious"


def test_vocabularies_are_seeded(tdb):
    kinds = {r[0] for r in tdb.db.execute("SELECT DISTINCT vocab FROM vocabulary")}
    assert {"sector", "stage", "organisation_kind", "legal_status", "instrument"} <= kinds


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "est vide"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", "n'est pas un fichier MunicipalESS"),
        (b"PK\x03\x04" + b"\x00" * 200, "n'est pas un fichier MunicipalESS"),
    ],
)
def test_not_a_territory_file(tmp_path, content, message):
    path = tmp_path / "x.municipaless"
    path.write_bytes(content)
    with pytest.raises(NotATerritoryFile, match=message):
        territory_file.open_database(path)
    assert path.read_bytes() == content


def test_missing_file(tmp_path):
    with pytest.raises(FileProblem, match="introuvable"):
        territory_file.open_database(tmp_path / "absent.municipaless")


def test_other_applications_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "firefox.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotATerritoryFile, match="autre application"):
        territory_file.open_database(path)
    assert digest(path) == before


def test_newer_file_is_refused_untouched(tmp_path):
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerFileError, match="version plus récente"):
        territory_file.open_database(path)
    assert digest(path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_read_only_file_opens_read_only(tmp_path):
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    path.chmod(0o444)
    tdb = territory_file.open_database(path)
    assert tdb.read_only and "lecture seule" in tdb.read_only_reason


def test_read_only_mode_refuses_writes_and_changes_nothing(tmp_path):
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    before = digest(path)
    tdb = territory_file.open_database(path, read_only=True)
    with pytest.raises(ReadOnlyError, match="lecture seule"), tdb.write():
        pass
    with pytest.raises(sqlite3.OperationalError):
        tdb.db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    tdb.close()
    assert digest(path) == before
    assert not list(tmp_path.glob("*-journal"))


def test_damaged_file_gets_a_clear_message(tmp_path):
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(FileProblem, match="endommagé"):
        territory_file.open_database(path).db.execute("SELECT * FROM meta").fetchall()


def test_write_rolls_back_on_error(tdb):
    with pytest.raises(RuntimeError), tdb.write() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('half', 'written')")
        raise RuntimeError("disk full")
    assert tdb.db.execute("SELECT count(*) FROM meta WHERE key = 'half'").fetchone()[0] == 0
