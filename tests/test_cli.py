"""`municipaless demo|check|export|merge`: exit codes and French output, as an officer sees them.

The merge on a share forces the share detection (``MUNICIPALESS_TREAT_AS_SHARE``, the knob the
working-copy tests use) on a local folder: only the detection differs from a real SMB mount.
"""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from municipaless import cli
from municipaless.core.domain import Organisation, Project
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage import location, lock
from municipaless.storage.lock import LockInfo, lock_path, read_lock
from tests.services.file_sample import colleague_copy


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    assert cli.main(["demo", str(path), "--seed", "3"]) == 0
    return path


def test_demo_writes_a_territory_and_refuses_to_overwrite_it(demo_file, capsys):
    capsys.readouterr()  # the module fixture's own output, if it ran just now
    assert demo_file.stat().st_size > 0
    assert cli.main(["demo", str(demo_file)]) == 1
    err = capsys.readouterr().err
    assert "existe déjà" in err and "--force" in err


def test_demo_force_replaces_the_file(tmp_path, capsys):
    path = tmp_path / "demo.municipaless"
    path.write_bytes(b"")  # an empty file is not a territory yet: no --force needed
    assert cli.main(["demo", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Territoire de démonstration écrit dans") and "organisation" in out
    assert cli.main(["demo", str(path), "--force"]) == 0


def test_check_reports_version_integrity_and_counts(demo_file, capsys):
    assert cli.main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "Intégrité : correcte" in out and "Format : version" in out and "structures" in out
    assert not lock_path(demo_file).exists()  # a check never leaves a lock behind


def test_check_of_a_file_that_is_not_ours_fails_in_french(tmp_path, capsys):
    other = tmp_path / "notes.municipaless"
    other.write_text("pas une base de données", encoding="utf-8")
    assert cli.main(["check", str(other)]) == 1
    out = capsys.readouterr().out
    assert "Problème :" in out and other.read_text(encoding="utf-8") == "pas une base de données"


def test_export_bilan_writes_the_workbook_without_touching_the_file(demo_file, tmp_path, capsys):
    before = demo_file.read_bytes()
    out_file = tmp_path / "bilan.xlsx"
    argv = ["export", "bilan", str(demo_file), "--from", "2024-01-01", "--to", "2024-12-31"]
    assert cli.main([*argv, "-o", str(out_file)]) == 0
    assert f"Écrit : {out_file}" in capsys.readouterr().out
    assert out_file.stat().st_size > 0
    assert demo_file.read_bytes() == before and not lock_path(demo_file).exists()


def test_export_bilan_refuses_a_bad_period(demo_file, tmp_path, capsys):
    argv = ["export", "bilan", str(demo_file), "--from", "2024-13-01", "--to", "2024-12-31"]
    assert cli.main([*argv, "-o", str(tmp_path / "b.xlsx")]) == 2
    assert "Période invalide" in capsys.readouterr().err


@pytest.fixture
def shared_pair(tmp_path):
    """The team's file on a « share » and Paul's copy with one new project."""
    share = tmp_path / "partage"
    share.mkdir()
    mine = share / "territoire.municipaless"
    t = Territory.create(mine, "Marie Dupont")
    t.records["organisation"].insert(Organisation(name="BGE Ain"))
    t.close()
    theirs = colleague_copy(mine, tmp_path / "paul.municipaless")
    paul = open_territory(theirs, "Paul Martin", OpenMode.UNLOCKED)
    paul.records["project"].insert(Project(name="Recyclerie"))
    paul.close()
    return mine, theirs


def test_merge_on_a_share_goes_through_a_working_copy(shared_pair, monkeypatch, capsys):
    mine, theirs = shared_pair
    monkeypatch.setenv(location.FORCE_ENV, "1")
    opened: list[tuple[str, bool]] = []
    connect = sqlite3.connect

    def spy(database, *args, **kwargs):
        name = str(database)
        opened.append((name, "mode=ro" in name))
        return connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", spy)
    inode = mine.stat().st_ino
    before = mine.read_bytes()

    assert cli.main(["merge", str(mine), str(theirs)]) == 0
    out = capsys.readouterr().out
    assert "Fusion terminée." in out

    in_place = [name for name, read_only in opened if Path(name.split("?")[0]).name == mine.name]
    assert in_place, "the shared file was never read: the spy saw nothing"
    assert mine.stat().st_ino != inode  # replaced whole by the write-back (os.replace)
    # Never written where it lives: the version kept aside is byte for byte the one we found
    # (the write-back only holds SQLite's lock on it during its check and swap).
    assert mine.with_name(mine.name + ".precedent").read_bytes() == before
    assert not lock_path(mine).exists()
    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.delenv(location.FORCE_ENV)
    t = open_territory(mine, mode=OpenMode.READ_ONLY)
    try:
        assert [p.name for p in t.records["project"].where()] == ["Recyclerie"]
        assert [o.name for o in t.records["organisation"].where()] == ["BGE Ain"]
    finally:
        t.close()


def test_merge_refuses_a_file_a_colleague_holds(shared_pair, capsys):
    mine, theirs = shared_pair
    before = mine.read_bytes()
    colleague = open_territory(mine, "Marie Dupont")
    try:
        assert cli.main(["merge", str(mine), str(theirs)]) == 1
        err = capsys.readouterr().err
        assert "est déjà ouvert par Marie Dupont" in err
    finally:
        colleague.close()
    assert mine.read_bytes() == before


def test_merge_of_a_missing_copy_fails_in_french(shared_pair, tmp_path, capsys):
    mine, _ = shared_pair
    missing = tmp_path / "absent.municipaless"
    assert cli.main(["merge", str(mine), str(missing), "--dry-run"]) == 1
    assert capsys.readouterr().err.strip()
    assert not lock_path(mine).exists()


def _left_behind(path: Path, *, minutes_ago: int) -> None:
    """A lock from another PC not refreshed for ``minutes_ago`` (crash, power cut)."""
    moment = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    info = LockInfo("Marie Dupont", "PC-ACCUEIL", 4242, moment, moment, token="marie")
    lock_path(path).write_text(lock._encode(info), "utf-8")


def test_merge_names_the_flag_for_a_stale_lock_and_takes_it_over_when_asked(shared_pair, capsys):
    mine, theirs = shared_pair
    _left_behind(mine, minutes_ago=30)
    before = mine.read_bytes()
    assert cli.main(["merge", str(mine), str(theirs)]) == 1
    err = capsys.readouterr().err
    assert "déjà ouvert par Marie Dupont (PC-ACCUEIL)" in err
    assert "--take-over-stale-lock" in err and "Rien n'a été modifié." in err
    assert mine.read_bytes() == before and read_lock(mine).user == "Marie Dupont"

    assert cli.main(["merge", str(mine), str(theirs), "--take-over-stale-lock"]) == 0
    captured = capsys.readouterr()
    assert "la main est reprise" in captured.err and "Fusion terminée." in captured.out
    assert not lock_path(mine).exists()  # ours after the take-over, released at the end


def test_take_over_flag_never_takes_a_live_lock(shared_pair, capsys):
    mine, theirs = shared_pair
    _left_behind(mine, minutes_ago=2)  # refreshed two minutes ago: Marie is working
    before = mine.read_bytes()
    assert cli.main(["merge", str(mine), str(theirs), "--take-over-stale-lock"]) == 1
    err = capsys.readouterr().err
    assert "n'a pas été repris" in err and "--take-over-stale-lock" not in err
    assert mine.read_bytes() == before and read_lock(mine).token == "marie"


def test_demo_force_respects_the_lock_of_the_file_it_would_replace(demo_file, capsys):
    _left_behind(demo_file, minutes_ago=30)
    before = demo_file.read_bytes()
    try:
        assert cli.main(["demo", str(demo_file), "--force"]) == 1
        assert "--take-over-stale-lock" in capsys.readouterr().err
        assert demo_file.read_bytes() == before
    finally:
        lock_path(demo_file).unlink()


def test_help_lists_every_command_import_included(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "check", "export", "merge", "import"):
        assert f"municipaless {command} " in out, command
    assert "importer des structures ou des personnes" in out
