"""Merging a colleague's copy: three-way per field from both journals (storage/merge/planner.py)."""

import pytest

from municipaless.core.domain import Organisation, Person, Project
from municipaless.storage import search
from municipaless.storage.errors import ConflictError, FileProblem
from municipaless.storage.merge import planner as merge
from tests.storage.merge_helpers import content, fork, journal_keys, records


@pytest.fixture
def copies(tdb, tmp_path):
    """MINE (Marie's file) and THEIRS (Paul's copy) with one organisation and one person."""
    orgs, people = records(tdb, "organisation"), records(tdb, "person")
    org = orgs.insert(Organisation(name="BGE Drôme", email="contact@bge.fr", notes="n"))
    person = people.insert(Person(first_name="Jeanne", last_name="Martin", email="j@m.fr"))
    theirs = fork(tdb, tmp_path / "paul.municipaless")
    yield tdb, theirs, org, person
    theirs.close()


def get(tdb, table, row_id):
    return records(tdb, table).get(row_id, include_deleted=True)


def test_a_change_made_on_one_side_only_is_taken_with_its_history(copies):
    mine, theirs, org, _ = copies
    records(theirs, "organisation").update(org.id, org.rev, phone="04 75 00 00 00")
    plan = merge.plan(mine, theirs.path)
    assert [(c.field, c.theirs) for c in plan.changes] == [("phone", "04 75 00 00 00")]
    assert not plan.conflicts
    report = merge.apply(mine, plan, {})
    merged = get(mine, "organisation", org.id)
    assert merged.phone == "04 75 00 00 00" and merged.rev == org.rev + 1
    assert report.changes == 1 and report.fields == 1
    last = journal_keys(mine)[-1]
    assert last[2:5] == ("phone", None, "04 75 00 00 00")
    assert last[6:] == ("Paul Martin", theirs.copy_id)  # who really changed it


def test_my_own_change_is_kept(copies):
    mine, theirs, org, _ = copies
    records(mine, "organisation").update(org.id, org.rev, name="BGE Drôme-Ardèche")
    plan = merge.plan(mine, theirs.path)
    assert plan.is_empty
    assert merge.apply(mine, plan, {}).nothing_to_do


def test_both_sides_changing_a_field_differently_is_a_conflict_with_three_values(copies):
    mine, theirs, org, _ = copies
    records(mine, "organisation").update(org.id, org.rev, email="a@bge.fr", notes="mine")
    records(theirs, "organisation").update(org.id, org.rev, email="b@bge.fr", website="w")
    plan = merge.plan(mine, theirs.path)
    [conflict] = plan.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.original) == (
        "email",
        "a@bge.fr",
        "b@bge.fr",
        "contact@bge.fr",
    )
    assert conflict.label == "BGE Drôme"
    assert [c.field for c in plan.changes] == ["website"]
    with pytest.raises(ValueError):
        merge.apply(mine, plan, {})
    merge.apply(mine, plan, {conflict.key: "original"})
    merged = get(mine, "organisation", org.id)
    assert (merged.email, merged.notes, merged.website) == ("contact@bge.fr", "mine", "w")


def test_the_same_new_value_on_both_sides_is_no_conflict(copies):
    mine, theirs, org, _ = copies
    records(mine, "organisation").update(org.id, org.rev, acronym="BGE")
    records(theirs, "organisation").update(org.id, org.rev, acronym="BGE")
    plan = merge.plan(mine, theirs.path)
    assert not plan.conflicts and not plan.changes
    merge.apply(mine, plan, {})
    assert merge.plan(mine, theirs.path).is_empty  # their history is now known here


def test_a_change_undone_on_one_side_is_no_change(copies):
    mine, theirs, org, _ = copies
    theirs_orgs = records(theirs, "organisation")
    step = theirs_orgs.update(org.id, org.rev, notes="tmp")
    theirs_orgs.update(org.id, step.rev, notes="n")
    records(mine, "organisation").update(org.id, org.rev, notes="mine")
    plan = merge.plan(mine, theirs.path)
    assert not plan.conflicts and not plan.changes


def test_creations_and_deletions_propagate(copies):
    mine, theirs, org, person = copies
    project = records(theirs, "project").insert(Project(name="Recyclerie", reference="P-1"))
    records(theirs, "organisation").delete(org.id, org.rev)
    plan = merge.plan(mine, theirs.path)
    assert [a.row["id"] for a in plan.additions] == [project.id]
    assert [d.row_id for d in plan.deletions] == [org.id]
    assert plan.counts() == {"organisation": {"deletions": 1}, "project": {"additions": 1}}
    report = merge.apply(mine, plan, {})
    assert report.additions == 1 and report.deletions == 1
    assert get(mine, "project", project.id).name == "Recyclerie"
    assert get(mine, "organisation", org.id).deleted_at is not None
    hits = search.search(mine.db, "recycl")
    assert [h.row_id for h in hits["project"]] == [project.id]
    assert "organisation" not in search.search(mine.db, "BGE")


def test_a_restore_propagates_and_a_delete_undone_on_the_other_side_is_no_change(tdb, tmp_path):
    orgs = records(tdb, "organisation")
    org = orgs.insert(Organisation(name="Régie de quartier"))
    org = orgs.delete(org.id, org.rev)  # in the corbeille before the copy was made
    theirs = fork(tdb, tmp_path / "paul.municipaless")
    records(theirs, "organisation").restore(org.id)
    plan = merge.plan(tdb, theirs.path)
    assert [r.row_id for r in plan.restorations] == [org.id]
    merge.apply(tdb, plan, {})
    assert get(tdb, "organisation", org.id).deleted_at is None
    # now Paul deletes and restores (no net change) while Marie deletes: the delete stands
    alive = get(tdb, "organisation", org.id)
    records(tdb, "organisation").delete(org.id, alive.rev)
    paul = get(theirs, "organisation", org.id)
    records(theirs, "organisation").delete(org.id, paul.rev)
    records(theirs, "organisation").restore(org.id)
    merge.apply(tdb, merge.plan(tdb, theirs.path), {})
    assert get(tdb, "organisation", org.id).deleted_at is not None
    theirs.close()


@pytest.mark.parametrize("choice", ["mine", "theirs"])
@pytest.mark.parametrize("deleting", ["mine", "theirs"])
def test_a_delete_against_an_edit_is_a_conflict_the_officer_decides(copies, deleting, choice):
    mine, theirs, org, _ = copies
    deleter, editor = (mine, theirs) if deleting == "mine" else (theirs, mine)
    records(deleter, "organisation").delete(org.id, org.rev)
    records(editor, "organisation").update(org.id, org.rev, phone="01")
    plan = merge.plan(mine, theirs.path)
    assert [(c.row_id, c.field) for c in plan.conflicts] == [(org.id, "deleted_at")]
    conflict = plan.conflicts[0]
    assert conflict.original is None and (conflict.mine is None) == (deleting == "theirs")
    merge.apply(mine, plan, {conflict.key: choice})
    merged = get(mine, "organisation", org.id)
    assert merged.phone == "01"  # the edit is never lost: in the record or its tombstone
    assert (merged.deleted_at is not None) == (choice == deleting)


@pytest.mark.parametrize("erased_side", ["mine", "theirs"])
def test_an_erased_person_stays_erased_whatever_the_other_side_says(copies, erased_side):
    mine, theirs, _, person = copies
    erasing, editing = (mine, theirs) if erased_side == "mine" else (theirs, mine)
    records(erasing, "person").update(
        person.id,
        person.rev,
        first_name="",
        last_name="",
        email=None,
        erased_at="2026-01-01T00:00:00Z",
    )
    records(editing, "person").update(person.id, person.rev, email="new@m.fr", notes="secret")
    plan = merge.plan(mine, theirs.path)
    assert not plan.conflicts
    merge.apply(mine, plan, {})
    merged = get(mine, "person", person.id)
    assert merged.erased_at == "2026-01-01T00:00:00Z"
    assert (merged.first_name, merged.email, merged.notes) == ("", None, "")
    history = [v for row in journal_keys(mine) if row[1] == person.id for v in row[3:5]]
    assert not {"new@m.fr", "secret", "Jeanne", "j@m.fr"} & set(history)
    assert "person" not in search.search(mine.db, "Jeanne")


def test_merging_twice_changes_nothing_the_second_time(copies):
    mine, theirs, org, _ = copies
    records(theirs, "organisation").update(org.id, org.rev, phone="02")
    records(theirs, "project").insert(Project(name="Garage solidaire"))
    merge.apply(mine, merge.plan(mine, theirs.path), {})
    before = mine.path.read_bytes()
    plan = merge.plan(mine, theirs.path)
    assert plan.is_empty
    assert merge.apply(mine, plan, {}).nothing_to_do
    assert mine.path.read_bytes() == before


def test_a_to_b_and_b_to_a_give_the_same_content(copies, tmp_path):
    mine, theirs, org, person = copies
    records(mine, "organisation").update(org.id, org.rev, email="a@bge.fr", acronym="A")
    records(theirs, "organisation").update(org.id, org.rev, email="b@bge.fr", website="w")
    records(theirs, "person").delete(person.id, person.rev)
    records(mine, "project").insert(Project(name="Épicerie"))
    mine2 = fork(mine, tmp_path / "mine2.municipaless", officer="Marie Dupont")
    theirs2 = fork(theirs, tmp_path / "theirs2.municipaless")
    plan_ab = merge.plan(mine, theirs.path)
    merge.apply(mine, plan_ab, {c.key: "theirs" for c in plan_ab.conflicts})
    plan_ba = merge.plan(theirs2, mine2.path)
    merge.apply(theirs2, plan_ba, {c.key: "mine" for c in plan_ba.conflicts})
    assert content(mine) == content(theirs2)
    # and back again: nothing left to exchange
    assert merge.plan(theirs2, mine.path).is_empty
    back = merge.plan(mine, theirs2.path)  # only Paul's history line for his choice
    assert not back.changes and not back.conflicts and not back.additions
    mine2.close()
    theirs2.close()


def test_the_dry_run_writes_nothing(copies):
    mine, theirs, org, _ = copies
    records(theirs, "organisation").update(org.id, org.rev, phone="03")
    mine_bytes, theirs_bytes = mine.path.read_bytes(), theirs.path.read_bytes()
    plan = merge.plan(mine, theirs.path)
    assert plan.changes
    assert mine.path.read_bytes() == mine_bytes and theirs.path.read_bytes() == theirs_bytes


def test_a_failure_in_the_middle_rolls_everything_back(copies, monkeypatch):
    mine, theirs, org, person = copies
    records(theirs, "organisation").update(org.id, org.rev, phone="04")
    records(theirs, "person").update(person.id, person.rev, phone="05")
    records(theirs, "project").insert(Project(name="Tiers-lieu"))
    plan = merge.plan(mine, theirs.path)
    before_content, before_journal = content(mine), journal_keys(mine)
    calls = []

    def failing(db, table, record):
        calls.append(table)
        if table == "person":
            raise RuntimeError("disque plein")
        return original(db, table, record)

    original = search.reindex
    monkeypatch.setattr(merge.search, "reindex", failing)
    with pytest.raises(RuntimeError):
        merge.apply(mine, plan, {})
    assert "organisation" in calls  # it really failed half-way
    assert content(mine) == before_content and journal_keys(mine) == before_journal
    assert not mine.db.conn.in_transaction


def test_a_record_changed_since_the_plan_refuses_the_merge(copies):
    mine, theirs, org, _ = copies
    records(theirs, "organisation").update(org.id, org.rev, phone="04")
    plan = merge.plan(mine, theirs.path)
    records(mine, "organisation").update(org.id, org.rev, notes="entre-temps")
    with pytest.raises(ConflictError):
        merge.apply(mine, plan, {})


def test_merging_the_open_file_into_itself_is_refused(copies):
    mine, *_ = copies
    with pytest.raises(FileProblem):
        merge.plan(mine, mine.path)


def test_an_unrelated_file_is_flagged(tdb, tmp_path):
    from municipaless.storage import territory_file

    other = territory_file.create(tmp_path / "autre.municipaless")
    other.close()
    plan = merge.plan(tdb, tmp_path / "autre.municipaless")
    assert not plan.common_history
    assert plan.skipped  # its default vocabulary codes already exist here
