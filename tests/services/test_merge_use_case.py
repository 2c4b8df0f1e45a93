"""Fusionner la copie d'un collègue from the services and the command line."""

import pytest

from municipaless import cli
from municipaless.core.domain import Organisation, Project
from municipaless.services.file import OpenMode, backups, merge, open_territory
from municipaless.services.file.territory import Territory
from tests.services.file_sample import colleague_copy


@pytest.fixture
def pair(tmp_path):
    """mine.municipaless and paul.municipaless: one conflict, one addition, one change."""
    mine_path = tmp_path / "mine.municipaless"
    t = Territory.create(mine_path, "Marie Dupont")
    org = t.records["organisation"].insert(Organisation(name="BGE", email="a", notes="n"))
    t.close()
    theirs_path = colleague_copy(mine_path, tmp_path / "paul.municipaless")
    paul = open_territory(theirs_path, "Paul Martin", OpenMode.UNLOCKED)
    paul.records["organisation"].update(org.id, org.rev, email="paul", phone="01")
    paul.records["project"].insert(Project(name="Recyclerie"))
    paul.close()
    t = open_territory(mine_path, "Marie Dupont", OpenMode.UNLOCKED)
    t.records["organisation"].update(org.id, org.rev, email="marie")
    t.close()
    return mine_path, theirs_path, org.id


def test_cli_dry_run_prints_the_summary_and_writes_nothing(pair, capsys):
    mine, theirs, _ = pair
    before = (mine.read_bytes(), theirs.read_bytes())
    assert cli.main(["merge", str(mine), str(theirs), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "À ajouter : 1 fiche" in out
    assert "À modifier : 1 fiche (1 champ repris de sa copie)" in out
    assert "À supprimer : 0 fiche" in out
    assert "En conflit : 1 champ" in out
    assert "aucun fichier n'a été modifié" in out
    assert (mine.read_bytes(), theirs.read_bytes()) == before
    names = sorted(p.name for p in mine.parent.iterdir())
    assert names == ["mine.municipaless", "paul.municipaless"]


def test_cli_refuses_conflicts_without_prefer(pair, capsys):
    mine, theirs, _ = pair
    before = mine.read_bytes()
    assert cli.main(["merge", str(mine), str(theirs)]) == 2
    assert "--prefer" in capsys.readouterr().err
    assert mine.read_bytes() == before


def test_cli_merges_with_prefer_and_says_how_to_undo(pair, capsys):
    mine, theirs, org_id = pair
    assert cli.main(["merge", str(mine), str(theirs), "--prefer", "theirs"]) == 0
    out = capsys.readouterr().out
    assert "Fusion terminée." in out and "restaurez la sauvegarde" in out
    t = open_territory(mine, mode=OpenMode.READ_ONLY)
    org = t.records["organisation"].get(org_id)
    assert (org.email, org.phone) == ("paul", "01")
    t.close()
    assert cli.main(["merge", str(mine), str(theirs), "--dry-run"]) == 0
    assert "Rien à fusionner" in capsys.readouterr().out


def test_the_merge_backs_up_first_and_restoring_that_backup_undoes_it(pair, tmp_path):
    mine, theirs, org_id = pair
    t = open_territory(mine, "Marie Dupont", OpenMode.UNLOCKED)
    plan = merge.preview(t, theirs)
    report = merge.merge(t, plan, merge.resolutions_for(plan, "mine"), backup_base=tmp_path / "b")
    assert report.backup_path is not None and report.backup_path.exists()
    assert report.additions == 1 and report.conflicts == 1
    assert t.records["organisation"].get(org_id).email == "marie"
    assert "Pour annuler" in merge.report_text(report)
    [entry] = [e for e in backups.for_territory(t, tmp_path / "b") if e.reason == "merge"]
    t.restore_from(entry.path)
    assert t.records["project"].count() == 0
    assert t.records["organisation"].get(org_id).phone is None
    t.close()


def test_a_file_of_another_territory_is_refused_unless_forced(tmp_path, capsys):
    mine_path, other_path = tmp_path / "mine.municipaless", tmp_path / "autre.municipaless"
    for path, name in ((mine_path, "BGE"), (other_path, "Ailleurs")):
        t = Territory.create(path, "Marie Dupont")  # two files created apart
        t.records["organisation"].insert(Organisation(name=name))
        t.close()
    before = mine_path.read_bytes()
    mine = open_territory(mine_path, "Marie Dupont", OpenMode.UNLOCKED, force_share=False)
    try:
        challenges = len(mine.challenges())
        with pytest.raises(merge.OtherTerritory, match="pas une copie de ce territoire"):
            merge.preview(mine, other_path)
        plan = merge.preview(mine, other_path, force=True)
        with pytest.raises(merge.OtherTerritory):
            merge.merge(mine, plan, merge.resolutions_for(plan, "mine"), backup_base=tmp_path)
        assert len(mine.challenges()) == challenges  # no second set of enjeux
        merge.merge(
            mine, plan, merge.resolutions_for(plan, "mine"), backup_base=tmp_path, force=True
        )
        names = {o.name for o in mine.records["organisation"].where()}
        assert names == {"BGE", "Ailleurs"}
    finally:
        mine.close()
    (tmp_path / "x").mkdir()
    mine_copy = tmp_path / "x" / "mine.municipaless"
    mine_copy.write_bytes(before)
    assert cli.main(["merge", str(mine_copy), str(other_path)]) != 0
    assert "pas une copie de ce territoire" in capsys.readouterr().err
    assert mine_copy.read_bytes() == before


def test_a_copy_made_before_an_update_merges_and_stays_untouched(pair, monkeypatch):
    """Paul's copy is a schema behind (the app updated since he took it): it is read
    through a migrated temporary copy; his file keeps its bytes and its old version."""
    from sqlite_utils.migrations import Migrations

    from municipaless.storage import migrations, territory_file

    mine_path, theirs_path, org_id = pair
    newer = migrations.LATEST_VERSION + 1
    fake = Migrations("municipaless")
    for m in migrations.MIGRATIONS._migrations:
        fake(name=m.name)(m.fn)

    def add_column(db):
        db.execute("ALTER TABLE project ADD COLUMN future TEXT")
        db.execute(f"PRAGMA user_version = {newer}")

    fake(name=f"{newer:04d}_future")(add_column)
    monkeypatch.setattr(territory_file, "MIGRATIONS", fake)
    monkeypatch.setattr(territory_file, "LATEST_VERSION", newer)
    theirs_before = theirs_path.read_bytes()
    t = open_territory(mine_path, "Marie Dupont", OpenMode.UNLOCKED)  # mine is migrated
    try:
        assert t.schema_version == newer
        plan = merge.preview(t, theirs_path)
        assert plan.common_history
        report = merge.merge(t, plan, merge.resolutions_for(plan, "mine"))
        names = [r[0] for r in t.tdb.db.execute("SELECT name FROM project").fetchall()]
    finally:
        t.close()
    assert "Recyclerie" in names and report is not None
    assert theirs_path.read_bytes() == theirs_before
    header = territory_file.read_header(theirs_path)
    assert header.user_version == newer - 1
