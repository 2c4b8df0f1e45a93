"""``municipaless import FILE SOURCE``: the wizard's dry run as text, and the problem policy."""

import importlib.util
from pathlib import Path

import pytest

from municipaless.services.directory import import_batch
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory

DATA = Path(__file__).parents[1] / "data"
_spec = importlib.util.spec_from_file_location("import_samples", DATA / "import" / "samples.py")
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)


@pytest.fixture
def territory_path(tmp_path):
    path = tmp_path / "t.municipaless"
    Territory.create(path, "Marie").close()
    return path


def _people(path) -> int:
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        return t.records["person"].count()
    finally:
        t.close()


def _run(territory_path, source, **options) -> tuple[int, str]:
    out: list[str] = []
    status = import_batch.run_import(
        territory_path, source, say=out.append, warn=out.append, **options
    )
    return status, "\n".join(out)


def _file(tmp_path, bad_every: int = 0) -> Path:
    rows = samples.people_rows(20, bad_every=bad_every)
    return samples.write_csv(tmp_path / "contacts.csv", samples.PEOPLE_HEADER, rows)


def test_a_clean_file_imports_and_exits_zero(territory_path, tmp_path):
    status, text = _run(territory_path, _file(tmp_path))
    assert status == 0
    assert "20 lignes lues" in text and "Aucun problème" in text
    assert "Import terminé : " in text and "Sauvegarde faite avant l'import" in text
    assert _people(territory_path) == 20


def test_dry_run_writes_nothing_and_says_so(territory_path, tmp_path):
    status, text = _run(territory_path, _file(tmp_path, bad_every=5), dry_run=True)
    assert status == 1
    assert "4 lignes avec des problèmes" in text and "Problèmes :" in text
    assert "Ligne 6 — Courriel" in text and "Essai à blanc" in text
    assert _people(territory_path) == 0


def test_abort_is_the_default_skip_and_notes_decide(territory_path, tmp_path):
    source = _file(tmp_path, bad_every=5)
    status, text = _run(territory_path, source)
    assert status == 1 and "rien n'a été importé" in text
    assert _people(territory_path) == 0  # before: 0, after abort: 0
    status, _ = _run(territory_path, source, on_problem="skip")
    assert status == 1 and _people(territory_path) == 16  # the 4 problem rows left out
    fresh = tmp_path / "autre.municipaless"
    Territory.create(fresh, "Marie").close()
    status, _ = _run(fresh, source, on_problem="notes")
    assert status == 1 and _people(fresh) == 20  # all 20, the bad e-mails in the remarks


def test_kind_structures_reads_a_people_file_as_its_structures(territory_path, tmp_path):
    status, text = _run(territory_path, _file(tmp_path), kind="structures", dry_run=True)
    assert status == 0 and "Structure → Structure : nom" in text
    assert "Prénom →" not in text


def test_an_unreadable_file_exits_two(territory_path, tmp_path):
    status, text = _run(territory_path, DATA / "import" / "binaire.csv")
    assert status == 2 and "données binaires" in text


def test_the_cli_command(territory_path, tmp_path, capsys):
    from municipaless.cli import main

    source = _file(tmp_path, bad_every=5)
    assert main(["import", str(territory_path), str(source), "--dry-run"]) == 1
    out = capsys.readouterr()
    assert "4 lignes avec des problèmes" in out.out and "Essai à blanc" in out.out
    assert main(["import", str(territory_path), str(source)]) == 1
    assert "rien n'a été importé" in capsys.readouterr().err
    assert _people(territory_path) == 0
    assert main(["import", str(territory_path), str(source), "--on-problem", "skip"]) == 1
    assert _people(territory_path) == 16
