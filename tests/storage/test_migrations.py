"""Schema upgrades: frozen copies of released schemas, backups before, all-or-nothing."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from municipaless.storage import migrations, territory_file
from municipaless.storage.errors import MigrationFailed
from tests.storage.schema_dump import dump_schema

DATA = Path(__file__).parents[1] / "data" / "schema"


def test_migration_names_are_numbered_without_gaps():
    assert migrations.NAMES[0] == "0001_initial"
    for number, name in enumerate(migrations.NAMES, start=1):
        assert name.startswith(f"{number:04d}_")


@pytest.mark.parametrize("version", range(1, migrations.LATEST_VERSION + 1))
def test_released_migrations_still_build_their_frozen_schema(tmp_path, version):
    """Released migrations are frozen: editing 0001 instead of adding 0002 fails here.

    Each tests/data/schema/vN.sql is the schema right after migration N, kept forever."""
    import sqlite3

    from sqlite_utils import Database

    path = tmp_path / "t.municipaless"
    db = Database(sqlite3.connect(path), execute_plugins=False)
    later = migrations.NAMES[version:]
    with db.atomic():
        migrations.MIGRATIONS.apply(db, stop_before=later[0] if later else None)
    db.close()
    assert dump_schema(path) == (DATA / f"v{version}.sql").read_text()


def test_frozen_v1_file_opens_with_current_app_and_keeps_its_data(tmp_path):
    path = tmp_path / "v1.municipaless"
    shutil.copy(DATA / "v1-sample.municipaless", path)
    tdb = territory_file.open_database(path, backup_dir=tmp_path / "backups")
    assert tdb.schema_version == migrations.LATEST_VERSION
    assert tdb.migrated_from == 1 and tdb.backup_path.exists()
    plan = tdb.db.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM project WHERE deleted_at IS NULL"
    ).fetchall()
    assert "project_alive" in str(plan)  # 0002 ran on the old file
    name = tdb.db.execute("SELECT name FROM project").fetchone()[0]
    assert name == "Épicerie solidaire L'Étal"
    assert tdb.integrity_check() == "ok"
    tdb.close()


def _with_extra_migration(monkeypatch, fn):
    """Pretend the app knows one more migration than the file."""
    fake = Migrations("municipaless")
    for m in migrations.MIGRATIONS._migrations:
        fake(name=m.name)(m.fn)

    def run(db):
        fn(db)
        db.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")

    fake(name=f"{migrations.LATEST_VERSION + 1:04d}_test")(run)
    monkeypatch.setattr(territory_file, "MIGRATIONS", fake)
    monkeypatch.setattr(territory_file, "LATEST_VERSION", migrations.LATEST_VERSION + 1)


def test_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch):
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    _with_extra_migration(monkeypatch, lambda db: db.execute("CREATE TABLE extra (x)"))
    tdb = territory_file.open_database(path, backup_dir=tmp_path / "backups")
    assert tdb.migrated_from == migrations.LATEST_VERSION
    assert tdb.schema_version == migrations.LATEST_VERSION + 1
    tdb.close()
    backup = tdb.backup_path
    assert backup.exists() and backup.parent == tmp_path / "backups"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM vocabulary").fetchone()[0] > 0
    conn.close()


def test_failed_migration_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    before = dump_schema(path)

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        db.execute("ALTER TABLE no_such_table ADD COLUMN y")

    _with_extra_migration(monkeypatch, broken)
    with pytest.raises(MigrationFailed, match="état précédent"):
        territory_file.open_database(path, backup_dir=tmp_path / "backups")
    assert dump_schema(path) == before
    applied = sqlite3.connect(path).execute("SELECT name FROM _sqlite_migrations").fetchall()
    assert [a[0] for a in applied] == migrations.NAMES


def test_read_only_file_needing_migration_is_refused_untouched(tmp_path, monkeypatch):
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    before = path.read_bytes()
    _with_extra_migration(monkeypatch, lambda db: None)
    with pytest.raises(territory_file.FileProblem, match="lecture seule"):
        territory_file.open_database(path, read_only=True)
    assert path.read_bytes() == before


def test_unwritable_location_opens_read_only(tmp_path, monkeypatch):
    """As root (CI) permissions do not bite, so the decision itself is tested."""
    path = tmp_path / "t.municipaless"
    territory_file.create(path).close()
    monkeypatch.setattr(territory_file, "_writable", lambda p: False)
    tdb = territory_file.open_database(path)
    assert tdb.read_only and "lecture seule" in tdb.read_only_reason
    tdb.close()
