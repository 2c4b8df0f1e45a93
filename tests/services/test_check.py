"""`municipaless check`: a French verdict for any file, never a traceback, never a write."""

import random
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from municipaless import cli
from municipaless.core.domain import Organisation
from municipaless.services.file import check
from municipaless.services.file.territory import Territory

VERDICT_WORDS = ("fichier sain", "interrompu", "endommagé", "Problème :")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("check") / "territoire.municipaless"
    t = Territory.create(path, "Camille")
    with t.transaction():
        for i in range(150):
            t.records["organisation"].insert(Organisation(name=f"Structure {i}", notes="n" * 200))
    t.close()
    return path


def test_a_sound_file_says_so_with_version_integrity_and_counts(sample):
    report = check.check_file(sample)
    assert report.ok and report.verdict == check.SOUND
    text = report.text()
    assert "fichier sain" in text and "Intégrité : correcte" in text
    assert "structures" in text and "150" in text and "Détails" not in text


def test_sixty_files_with_one_random_page_overwritten_each_get_a_french_verdict(sample, tmp_path):
    rng = random.Random(60)
    data = sample.read_bytes()
    page_size = 4096
    pages = len(data) // page_size
    verdicts = []
    for n in range(60):
        damaged = tmp_path / f"abime-{n}.municipaless"
        page = rng.randrange(pages)
        junk = bytes(rng.randrange(256) for _ in range(page_size))
        damaged.write_bytes(data[: page * page_size] + junk + data[(page + 1) * page_size :])
        before = damaged.read_bytes()
        report = check.check_file(damaged)  # never raises
        text = report.text()
        assert any(word in text for word in VERDICT_WORDS), text
        assert "Traceback" not in text and damaged.read_bytes() == before
        if report.details:  # SQLite's words only under « Détails »
            head, _, _ = text.partition("Détails")
            assert report.details not in head
        verdicts.append(report.verdict)
    counts = {v: verdicts.count(v) for v in set(verdicts)}
    print(f"\ncheck on 60 damaged files: {counts}, 0 tracebacks", file=sys.stderr)
    assert verdicts.count(check.DAMAGED) > 30  # most pages overwritten are noticed


def test_a_file_killed_mid_save_is_interrupted_not_damaged(sample, tmp_path):
    live = tmp_path / "live.municipaless"
    shutil.copyfile(sample, live)
    conn = sqlite3.connect(str(live), isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill pages into the file mid-transaction
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE organisation SET notes = hex(randomblob(300))")
    frozen = tmp_path / "coupe" / "territoire.municipaless"
    frozen.parent.mkdir()
    shutil.copyfile(live, frozen)  # as left on disk by a process killed at this instant
    shutil.copyfile(f"{live}-journal", f"{frozen}-journal")
    conn.execute("ROLLBACK")
    conn.close()
    before = frozen.read_bytes()
    report = check.check_file(frozen)
    assert report.verdict == check.INTERRUPTED, report.text()
    assert "réparé automatiquement" in report.text()
    assert "Verdict : fichier endommagé" not in report.text()
    assert report.counts["organisation"] == 150
    assert frozen.read_bytes() == before and Path(f"{frozen}-journal").exists()


def test_an_older_format_is_examined_as_it_is_even_read_only(tmp_path):
    old = tmp_path / "ancien" / "v1.municipaless"
    old.parent.mkdir()
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema" / "v1-sample.municipaless", old)
    before = old.read_bytes()
    old.chmod(0o444)
    old.parent.chmod(0o555)
    try:
        report = check.check_file(old)
    finally:
        old.parent.chmod(0o755)
        old.chmod(0o644)
    text = report.text()
    assert report.schema_version == 1 and "Format : version 1 (ancienne" in text
    assert "Intégrité : correcte" in text and "Copiez" not in text
    assert old.read_bytes() == before


def test_cli_check_exit_codes(sample, tmp_path, capsys):
    assert cli.main(["check", str(sample)]) == 0
    bad = tmp_path / "pas-un-territoire.municipaless"
    bad.write_text("bonjour")
    assert cli.main(["check", str(bad)]) == 1
    assert "n'est pas un fichier MunicipalESS" in capsys.readouterr().out
