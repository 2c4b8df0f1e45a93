"""``municipaless rgpd erase|review``: French answers, nothing written without confirmation."""

import json

import pytest

from municipaless import cli
from municipaless.services.file import OpenMode, open_territory
from tests.services.erasure_sample import LAST, with_person, write_demo


@pytest.fixture
def sample_file(tmp_path):
    s = with_person(write_demo(tmp_path / "t.municipaless"))
    s.territory.close()
    return s.territory.path, s.person_id


def person(path, person_id):
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        return t.records["person"].get(person_id)
    finally:
        t.close()


def test_erase_by_folded_name_asks_for_yes_then_erases(sample_file, capsys):
    path, person_id = sample_file
    assert cli.main(["rgpd", "erase", str(path), "--person", "cremieux-vautrin anaelle"]) == 2
    assert "relancez avec --yes" in capsys.readouterr().err
    assert not person(path, person_id).erased_at
    assert (
        cli.main(["rgpd", "erase", str(path), "--person", "Anaëlle Crémieux-Vautrin", "--yes"]) == 0
    )
    out = capsys.readouterr().out
    assert "après" in out and ", 0 après." in out and LAST not in out
    assert person(path, person_id).erased_at


def test_erase_by_id_and_french_errors(sample_file, capsys):
    path, person_id = sample_file
    assert cli.main(["rgpd", "erase", str(path), "--person", "Personne Inconnue", "--yes"]) == 1
    assert (
        capsys.readouterr().err.strip()
        == "Aucune personne ne s'appelle « Personne Inconnue » dans ce fichier."
    )
    assert cli.main(["rgpd", "erase", str(path), "--person", person_id, "--yes"]) == 0
    capsys.readouterr()
    assert cli.main(["rgpd", "erase", str(path), "--person", person_id, "--yes"]) == 1
    assert "déjà été effacée" in capsys.readouterr().err


def test_review_lists_then_purges_what_is_due(sample_file, capsys):
    path, _ = sample_file
    args = ["rgpd", "review", str(path), "--today", "2030-06-01"]
    assert cli.main([*args, "--json"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert due and {d["type"] for d in due} <= {"project", "person"}
    assert all(d["motif"] for d in due)
    assert cli.main(args) == 0
    assert capsys.readouterr().out.startswith(f"{len(due)} fiche(s) à échéance au 01/06/2030.")
    assert cli.main([*args, "--purge-due"]) == 0
    capsys.readouterr()
    assert cli.main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_help_lists_the_rgpd_commands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["rgpd", "--help"])
    out = capsys.readouterr().out
    assert "erase" in out and "review" in out
