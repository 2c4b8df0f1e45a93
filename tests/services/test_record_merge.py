"""Merging two duplicate fiches keeps every link and can be undone exactly."""

import re
import sqlite3

import pytest

from municipaless.core.domain import TABLES
from municipaless.services import directory
from municipaless.services.directory import record_merge
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage import record_merge_store
from municipaless.storage.errors import ReadOnlyError, StorageError


@pytest.fixture
def sample(tmp_path):
    """Two fiches of one structure and two of one person, each linked from every table."""
    t = Territory.create(tmp_path / "merge.municipaless", "Test")
    save = t.save
    kept = directory.save_organisation(
        t, {"name": "France Active Ardèche", "territory": ("dep:07",)}, tags=["Financeur"]
    )
    removed = directory.save_organisation(
        t,
        {"name": "FRANCE ACTIVE", "phone": "04 75 00 00 01", "territory": ("reg:84",)},
        offers=[{"service": "financement", "instrument": "garantie"}],
        tags=["Financeur", "Partenaire clé"],
    )
    anne = directory.save_person(t, {"first_name": "Anne", "last_name": "Martin"})
    anne2 = directory.save_person(
        t, {"first_name": "Anne", "last_name": "MARTIN", "email": "anne@exemple.fr"}, tags=["Élue"]
    )
    directory.add_affiliation(t, anne2.id, removed.id, role="directrice")
    project = save("project", {"name": "Recyclerie"})
    event = save(
        "case_event", {"project_id": project.id, "kind": "entretien", "occurred_on": "2026-01-10"}
    )
    meeting = save("meeting", {"title": "COPIL", "starts_at": "2026-02-01T10:00"})
    save("referral", {"project_id": project.id, "organisation_id": removed.id})
    save("funding_request", {"project_id": project.id, "funder_id": removed.id})
    save(
        "case_event_participant",
        {"case_event_id": event.id, "organisation_id": removed.id, "person_id": anne2.id},
    )
    save(
        "attendance",
        {"meeting_id": meeting.id, "person_id": anne2.id, "organisation_id": removed.id},
    )
    save(
        "action_item",
        {"what": "Relancer", "owner_person_id": anne2.id, "owner_organisation_id": removed.id},
    )
    save("project_holder", {"project_id": project.id, "person_id": anne2.id})
    # a link in the corbeille moves too, or restoring it would point at a deleted fiche
    gone = save("referral", {"project_id": project.id, "organisation_id": removed.id})
    t.remove("referral", gone.id, gone.rev)
    yield t, kept.id, removed.id, anne.id, anne2.id
    t.close()


def links(t) -> dict:
    """Every link column of every row (what a merge may move), by (table, id, column)."""
    out = {}
    for pairs in record_merge_store.LINKS.values():
        for link_table, column in pairs:
            for record in t.records[link_table].where(include_deleted=True):
                out[(link_table, record.id, column)] = (
                    getattr(record, column),
                    record.deleted_at is not None,
                )
    return out


def test_links_list_every_foreign_key_to_a_structure_or_a_person(sample):
    t = sample[0]
    conn = t.tdb.db.conn
    expected = {"organisation": set(), "person": set()}
    for table in TABLES:
        for row in conn.execute(f"PRAGMA foreign_key_list({table})"):
            target, column = row[2], row[3]
            if target in expected:
                expected[target].add((table, column))
    for target in expected:
        expected[target].add(("tagging", "target_id"))
        assert set(record_merge_store.LINKS[target]) == expected[target]


def test_merging_structures_moves_every_link_and_keeps_the_journal(sample):
    t, kept, removed, *_ = sample
    before = links(t)
    merge = record_merge.merge(t, "organisation", kept, removed, backup=False)
    orgs = t.records["organisation"]
    assert orgs.get(removed, include_deleted=True).deleted_at
    result = orgs.get(kept)
    # empty fields filled from the other fiche, lists joined, own values kept
    assert (result.name, result.phone) == ("France Active Ardèche", "+33475000001")
    assert result.territory == ("dep:07", "reg:84")
    after = links(t)
    moved = {k for k, v in before.items() if v[0] == removed}
    dropped = {k for k in moved if after[k][0] == removed}
    # only the duplicate « Financeur » tagging stays behind, deleted; the rest moved
    assert len(dropped) == 1 and all(k[0] == "tagging" and after[k][1] for k in dropped)
    assert all(after[k][0] == kept for k in moved - dropped)
    assert len(moved - dropped) == 9
    assert [tag.name for tag in directory.tags_of(t, "organisation", kept)] == [
        "Financeur",
        "Partenaire clé",
    ]
    assert len(directory.offers_of(t, kept)) == 1
    # each move is an ordinary journaled edit; the removed fiche's own history stays
    journal = t.tdb.db.conn.execute(
        "SELECT table_name, row_id FROM journal WHERE new = ?", [kept]
    ).fetchall()
    assert {(table, row_id) for table, row_id in journal} >= {
        (table, row_id) for table, row_id, _ in moved if table != "tagging"
    }
    assert (
        t.tdb.db.conn.execute(
            "SELECT count(*) FROM journal WHERE row_id = ? AND field = '+'", [removed]
        ).fetchone()[0]
        == 1
    )
    assert record_merge.merged_into(t, "organisation", kept) == [merge]
    assert merge.fields == {"phone": None, "territory": ["dep:07"]}


def test_undo_restores_exactly_then_merge_again(sample):
    t, kept, removed, *_ = sample
    before = links(t)
    kept_before = t.records["organisation"].get(kept)
    first = record_merge.merge(t, "organisation", kept, removed, backup=False)
    undone = record_merge.undo_merge(t, first.id)
    assert undone.undone_at
    assert links(t) == before
    restored = t.records["organisation"].get(kept)
    assert (restored.phone, restored.territory) == (kept_before.phone, kept_before.territory)
    assert t.records["organisation"].get(removed).deleted_at is None
    assert record_merge.merged_into(t, "organisation", kept) == []
    with pytest.raises(record_merge.MergeRefused, match="déjà été annulée"):
        record_merge.undo_merge(t, first.id)
    second = record_merge.merge(t, "organisation", kept, removed, backup=False)
    assert {v for k, v in links(t).items() if before[k][0] == removed} <= {
        (kept, False),
        (kept, True),
        (removed, True),  # the duplicate tagging, deleted where it was
    }
    record_merge.undo_merge(t, second.id)
    assert links(t) == before


def test_merging_people(sample):
    t, _, removed_org, anne, anne2 = sample
    merge = record_merge.merge(t, "person", anne, anne2, backup=False)
    person = t.records["person"].get(anne)
    assert person.email == "anne@exemple.fr"
    history = directory.history_of(t, anne)
    assert [(r.organisation_name, r.affiliation.role) for r in history] == [
        ("FRANCE ACTIVE", "directrice")
    ]
    assert [tag.name for tag in directory.tags_of(t, "person", anne)] == ["Élue"]
    assert len(merge.moved) == 6  # affiliation, holder, participant, attendance, action, tag
    record_merge.undo_merge(t, merge.id)
    assert directory.history_of(t, anne) == []
    assert t.records["person"].get(anne).email is None


def test_undo_refuses_when_a_moved_link_changed(sample):
    t, kept, removed, *_ = sample
    merge = record_merge.merge(t, "organisation", kept, removed, backup=False)
    referral = next(r for r in t.records["referral"].where() if r.organisation_id == kept)
    other = directory.save_organisation(t, {"name": "BGE"})
    t.save("referral", {"organisation_id": other.id}, row_id=referral.id, rev=referral.rev)
    before = links(t)
    with pytest.raises(record_merge.MergeRefused, match="orientation"):
        record_merge.undo_merge(t, merge.id)
    assert links(t) == before  # nothing half-undone
    assert t.records["organisation"].get(removed, include_deleted=True).deleted_at


def test_undo_refuses_when_a_copied_field_was_edited_or_a_later_merge_exists(sample):
    t, kept, removed, *_ = sample
    merge = record_merge.merge(t, "organisation", kept, removed, backup=False)
    org = t.records["organisation"].get(kept)
    t.save("organisation", {"notes": "unrelated"}, row_id=kept, rev=org.rev)
    org = t.records["organisation"].get(kept)
    t.save("organisation", {"phone": "+33475999999"}, row_id=kept, rev=org.rev)
    with pytest.raises(record_merge.MergeRefused, match="phone"):
        record_merge.undo_merge(t, merge.id)
    third = directory.save_organisation(t, {"name": "France Active (doublon)"})
    record_merge.merge(t, "organisation", third.id, kept, backup=False)
    with pytest.raises(record_merge.MergeRefused, match="plus récente"):
        record_merge.undo_merge(t, merge.id)


def test_merge_refuses_nonsense_and_backs_up_first(sample, tmp_path):
    t, kept, removed, anne, _ = sample
    with pytest.raises(record_merge.MergeRefused, match="elle-même"):
        record_merge.merge(t, "organisation", kept, kept, backup=False)
    t.save("person", {"erased_at": "2026-01-01T00:00:00Z"}, row_id=anne, rev=1)
    with pytest.raises(StorageError, match="RGPD"):
        record_merge.merge(t, "person", anne, sample[4], backup=False)
    preview = record_merge.preview(t, "organisation", kept, removed)
    assert preview.links == {
        "service_offer": 1,
        "referral": 1,
        "funding_request": 1,
        "case_event_participant": 1,
        "attendance": 1,
        "action_item": 1,
        "affiliation": 1,
        "tagging": 2,
    }
    summary = record_merge.link_summary(preview.links)
    assert "1 offre de service" in summary and "2 étiquettes" in summary
    record_merge.merge(t, "organisation", kept, removed, backup_base=tmp_path / "backups")
    backups = list((tmp_path / "backups").rglob("*.municipaless"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    try:  # the backup is the state before the merge
        assert conn.execute(
            "SELECT deleted_at FROM organisation WHERE id = ?", [removed]
        ).fetchone() == (None,)
    finally:
        conn.close()
    assert re.match(
        r"\d{4}-", t.records["organisation"].get(removed, include_deleted=True).deleted_at
    )


def test_a_read_only_file_is_never_merged(sample, tmp_path):
    t, kept, removed, *_ = sample
    path = t.path
    t.close()
    reader = open_territory(path, "Test", OpenMode.READ_ONLY)
    try:
        with pytest.raises(ReadOnlyError, match="lecture seule"):
            record_merge.merge(reader, "organisation", kept, removed, backup_base=tmp_path / "b")
        assert not (tmp_path / "b").exists()  # refused before even backing up
    finally:
        reader.close()
