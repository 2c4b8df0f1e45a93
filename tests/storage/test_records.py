"""Journaled writes: rev conflicts, soft delete, one journal row per changed field."""

import pytest

from municipaless.core.domain import Organisation, Person, Project
from municipaless.storage.errors import ConflictError, NotFound
from municipaless.storage.records import Records


@pytest.fixture
def orgs(tdb):
    return Records(tdb, "organisation", Organisation)


def journal(tdb, row_id):
    return [
        (r["field"], r["old"], r["new"], r["by"])
        for r in tdb.db.query("SELECT * FROM journal WHERE row_id = ? ORDER BY seq", [row_id])
    ]


def test_insert_fills_bookkeeping_and_round_trips_lists(orgs, tdb):
    org = orgs.insert(Organisation(name="BGE Drôme", sectors=("alimentation", "mobilite")))
    assert len(org.id) == 36 and org.rev == 1 and org.updated_by == "Marie Dupont"
    assert org.created_at.endswith("Z")
    again = orgs.get(org.id)
    assert again == org
    assert again.sectors == ("alimentation", "mobilite")
    assert journal(tdb, org.id) == [("+", None, None, "Marie Dupont")]


def test_update_journals_only_changed_fields(orgs, tdb):
    org = orgs.insert(Organisation(name="BGE", email="a@b.fr"))
    updated = orgs.update(org.id, org.rev, name="BGE Drôme-Ardèche", email="a@b.fr")
    assert updated.rev == 2 and updated.name == "BGE Drôme-Ardèche"
    assert journal(tdb, org.id)[1:] == [("name", "BGE", "BGE Drôme-Ardèche", "Marie Dupont")]
    unchanged = orgs.update(updated.id, updated.rev, name="BGE Drôme-Ardèche")
    assert unchanged.rev == 2


def test_stale_rev_is_a_conflict_and_overwrites_nothing(orgs):
    org = orgs.insert(Organisation(name="France Active"))
    mine = orgs.update(org.id, org.rev, name="France Active Drôme")
    with pytest.raises(ConflictError) as caught:
        orgs.update(org.id, org.rev, name="France Active Ardèche")
    assert "modifiée entre-temps" in caught.value.message
    assert orgs.get(org.id).name == mine.name


def test_unknown_field_is_refused(orgs):
    org = orgs.insert(Organisation(name="X"))
    with pytest.raises(ValueError):
        orgs.update(org.id, org.rev, updated_by="someone else")


def test_soft_delete_and_restore(orgs, tdb):
    org = orgs.insert(Organisation(name="Ressourcerie"))
    deleted = orgs.delete(org.id, org.rev)
    assert deleted.deleted_at and deleted.rev == 2
    with pytest.raises(NotFound):
        orgs.get(org.id)
    assert orgs.count() == 0 and orgs.count(include_deleted=True) == 1
    restored = orgs.restore(org.id)
    assert restored.deleted_at is None and orgs.get(org.id).name == "Ressourcerie"
    assert [j[0] for j in journal(tdb, org.id)] == ["+", "-", "~"]


def test_foreign_keys_are_enforced(tdb):
    from municipaless.core.domain import Affiliation

    with pytest.raises(Exception, match="FOREIGN KEY"):
        Records(tdb, "affiliation", Affiliation).insert(
            Affiliation(person_id="nobody", organisation_id="nothing")
        )


def test_failed_write_leaves_no_journal_nor_index(tdb, monkeypatch):
    people = Records(tdb, "person", Person)
    from municipaless.storage import search

    def boom(*args):
        raise OSError("disque plein")

    monkeypatch.setattr(search, "reindex", boom)
    with pytest.raises(OSError):
        people.insert(Person(first_name="Ana", last_name="Lopez"))
    assert people.count(include_deleted=True) == 0
    assert tdb.db.execute("SELECT count(*) FROM journal").fetchone()[0] == 0


def test_projects_default_status(tdb):
    project = Records(tdb, "project", Project).insert(Project(name="Garage solidaire"))
    assert project.status == "actif" and project.challenges == ()


def test_territory_counts_follow_every_write(tmp_path):
    from municipaless.services.file.territory import Territory

    territory = Territory.create(tmp_path / "t.municipaless", "Marie")
    assert territory.counts()["organisation"] == 0
    org = territory.records["organisation"].insert(Organisation(name="BGE"))
    assert territory.counts()["organisation"] == 1
    territory.records["organisation"].delete(org.id, org.rev)
    assert territory.counts()["organisation"] == 0
    territory.close()
