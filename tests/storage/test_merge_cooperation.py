"""Merging colleagues' copies of the cooperation records (docs/cooperation.md, « Records
everywhere »): links are rows, so what each colleague adds is kept; a score both changed is a
conflict the officer decides; a collectif deleted on one side while the other added a member
keeps that member, back in full when the collectif leaves the corbeille."""

import pytest

from municipaless.core.cooperation import (
    CallCriterion,
    Collective,
    JuryMember,
    Membership,
    ProjectCall,
    Registration,
    Score,
    Scorecard,
    Submission,
    SubmissionPartner,
    Workshop,
)
from municipaless.core.domain import Organisation, Person, Project
from municipaless.storage import search
from municipaless.storage.merge import planner as merge
from tests.storage.merge_helpers import content, fork, records


def insert(tdb, table, record):
    return records(tdb, table).insert(record)


@pytest.fixture
def copies(tdb, tmp_path):
    """Marie's file and Paul's copy, both holding a call with one candidature scored by one
    member, a collectif with one member and an atelier with one registration."""
    orgs = [
        insert(tdb, "organisation", Organisation(name=name))
        for name in (
            "Ressourcerie L'Atelier des Serres",
            "Garage solidaire du Pouzin",
            "Épicerie solidaire Cœur d'Ardèche",
            "BGE Ardèche Drôme",
            "Cap Coopérer",
        )
    ]
    people = [
        insert(tdb, "person", Person(first_name=f, last_name=n))
        for f, n in (("Léa", "Roux"), ("Rémi", "Faure"), ("Inès", "Chabert"))
    ]
    project = insert(tdb, "project", Project(reference="P-2026-0042", name="Épicerie du Coiron"))
    call = insert(tdb, "project_call", ProjectCall(reference="AAP-2026-01", title="Coopérer"))
    criterion = insert(tdb, "call_criterion", CallCriterion(call_id=call.id, label="Coopération"))
    member = insert(tdb, "jury_member", JuryMember(call_id=call.id, person_id=people[0].id))
    sub = insert(tdb, "submission", Submission(call_id=call.id, project_id=project.id))
    card = insert(tdb, "scorecard", Scorecard(submission_id=sub.id, jury_member_id=member.id))
    score = insert(tdb, "score", Score(scorecard_id=card.id, criterion_id=criterion.id, value=3))
    collective = insert(tdb, "collective", Collective(name="PTCE Centre Ardèche", kind="ptce"))
    insert(tdb, "membership", Membership(collective_id=collective.id, organisation_id=orgs[0].id))
    workshop = insert(
        tdb, "workshop", Workshop(title="Choisir son statut", starts_at="2026-10-05T09:00")
    )
    insert(tdb, "registration", Registration(workshop_id=workshop.id, person_id=people[0].id))
    theirs = fork(tdb, tmp_path / "paul.municipaless")
    ids = {
        "orgs": orgs,
        "people": people,
        "sub": sub,
        "score": score,
        "collective": collective,
        "workshop": workshop,
    }
    yield tdb, theirs, ids
    theirs.close()


def alive(tdb, table, where="1", params=()):
    return records(tdb, table).where(where, list(params))


def test_links_each_colleague_added_are_all_kept(copies):
    mine, theirs, ids = copies
    sub, coll, work = ids["sub"].id, ids["collective"].id, ids["workshop"].id
    orgs, people = ids["orgs"], ids["people"]
    insert(
        mine, "submission_partner", SubmissionPartner(submission_id=sub, organisation_id=orgs[1].id)
    )
    insert(
        theirs,
        "submission_partner",
        SubmissionPartner(submission_id=sub, organisation_id=orgs[2].id),
    )
    insert(mine, "membership", Membership(collective_id=coll, organisation_id=orgs[3].id))
    insert(theirs, "membership", Membership(collective_id=coll, organisation_id=orgs[4].id))
    insert(mine, "registration", Registration(workshop_id=work, person_id=people[1].id))
    insert(theirs, "registration", Registration(workshop_id=work, free_name="Mme Odile Vernet"))
    plan = merge.plan(mine, theirs.path)
    assert not plan.conflicts and not plan.updates
    assert plan.counts() == {
        "submission_partner": {"additions": 1},
        "membership": {"additions": 1},
        "registration": {"additions": 1},
    }
    merge.apply(mine, plan, {})
    partners = {p.organisation_id for p in alive(mine, "submission_partner")}
    assert partners == {orgs[1].id, orgs[2].id}
    members = {m.organisation_id for m in alive(mine, "membership")}
    assert members == {orgs[0].id, orgs[3].id, orgs[4].id}
    registrations = alive(mine, "registration")
    assert {r.person_id for r in registrations} == {people[0].id, people[1].id, None}
    assert "Mme Odile Vernet" in {r.free_name for r in registrations}
    assert merge.plan(mine, theirs.path).is_empty


def test_merging_both_ways_gives_the_same_cooperation_records(copies, tmp_path):
    mine, theirs, ids = copies
    orgs = ids["orgs"]
    insert(
        mine,
        "submission_partner",
        SubmissionPartner(submission_id=ids["sub"].id, organisation_id=orgs[1].id),
    )
    insert(
        theirs,
        "membership",
        Membership(collective_id=ids["collective"].id, organisation_id=orgs[2].id),
    )
    workshops = records(theirs, "workshop")
    workshops.update(ids["workshop"].id, ids["workshop"].rev, capacity=12)
    mine2 = fork(mine, tmp_path / "mine2.municipaless", officer="Marie Dupont")
    theirs2 = fork(theirs, tmp_path / "theirs2.municipaless")
    merge.apply(mine, merge.plan(mine, theirs.path), {})
    merge.apply(theirs2, merge.plan(theirs2, mine2.path), {})
    assert content(mine) == content(theirs2)
    mine2.close()
    theirs2.close()


@pytest.mark.parametrize("choice, expected", [("mine", 4.0), ("theirs", 2.0), ("original", 3.0)])
def test_a_score_both_changed_is_a_conflict_with_three_values(copies, choice, expected):
    mine, theirs, ids = copies
    score = ids["score"]
    records(mine, "score").update(score.id, score.rev, value=4)
    records(theirs, "score").update(score.id, score.rev, value=2)
    plan = merge.plan(mine, theirs.path)
    [conflict] = plan.conflicts
    assert (conflict.table, conflict.field) == ("score", "value")
    assert [float(v) for v in (conflict.mine, conflict.theirs, conflict.original)] == [4, 2, 3]
    merge.apply(mine, plan, {conflict.key: choice})
    assert records(mine, "score").get(score.id).value == expected


@pytest.mark.parametrize("deleting", ["mine", "theirs"])
def test_a_member_added_to_a_collectif_the_other_deleted_is_kept_for_its_return(copies, deleting):
    """Adding a member does not edit the collectif, so no conflict is asked: the collectif's
    deletion stands and the new member's line is kept, pointing at it (the foreign key holds:
    a deletion is a tombstone). Restoring the collectif from the corbeille brings it back
    with every member, the colleague's new one included; nothing is lost either way."""
    from municipaless.storage import trash_queries as q

    mine, theirs, ids = copies
    deleter, adder = (mine, theirs) if deleting == "mine" else (theirs, mine)
    coll = ids["collective"]
    with deleter.write():
        for m in alive(deleter, "membership"):
            records(deleter, "membership").delete(m.id, m.rev)
        records(deleter, "collective").delete(coll.id, coll.rev)
    added = insert(
        adder,
        "membership",
        Membership(collective_id=coll.id, organisation_id=ids["orgs"][3].id, role="membre"),
    )
    plan = merge.plan(mine, theirs.path)
    assert not plan.conflicts
    merge.apply(mine, plan, {})
    assert records(mine, "collective").get(coll.id, include_deleted=True).deleted_at
    assert mine.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [m.id for m in alive(mine, "membership")] == [added.id]
    assert "collective" not in search.search(mine.db, "PTCE")
    # the corbeille's restore: the collectif and the members deleted with it
    links = q.links(mine.db)
    along = q.deleted_with(mine.db, "collective", coll.id, links)
    records(mine, "collective").restore(coll.id)
    for table, row_id in along:
        records(mine, table).restore(row_id)
    members = {m.organisation_id for m in alive(mine, "membership", "collective_id = ?", [coll.id])}
    assert members == {ids["orgs"][0].id, ids["orgs"][3].id}
    assert search.search(mine.db, "PTCE")["collective"]


def test_a_candidature_added_in_the_copy_is_found_after_the_merge(copies):
    mine, theirs, ids = copies
    project = insert(
        theirs, "project", Project(reference="P-2026-0050", name="Vélo-école du Pouzin")
    )
    call_id = ids["sub"].call_id
    insert(theirs, "submission", Submission(call_id=call_id, project_id=project.id))
    merge.apply(mine, merge.plan(mine, theirs.path), {})
    assert [h.label for h in search.search(mine.db, "velo ecole")["submission"]] == [
        "Vélo-école du Pouzin — AAP-2026-01"
    ]


def test_the_same_link_added_on_both_sides_arrives_twice_for_the_services_to_dedupe(copies):
    """No UNIQUE constraint on links (migration 7): the same partner added by both colleagues,
    or the same member's scorecard typed in both copies, is two rows after the merge. The
    services read them deduplicated (one partner; one scorecard per member and candidature)."""
    mine, theirs, ids = copies
    sub, org = ids["sub"], ids["orgs"][1]
    member_id = alive(mine, "scorecard")[0].jury_member_id
    for side in (mine, theirs):
        insert(
            side,
            "submission_partner",
            SubmissionPartner(submission_id=sub.id, organisation_id=org.id),
        )
    project = insert(mine, "project", Project(reference="P-2026-0051", name="Garage"))
    merge.apply(theirs, merge.plan(theirs, mine.path), {})  # Paul takes Marie's project
    second = insert(mine, "submission", Submission(call_id=sub.call_id, project_id=project.id))
    merge.apply(theirs, merge.plan(theirs, mine.path), {})  # … and the candidature
    for side in (mine, theirs):
        insert(side, "scorecard", Scorecard(submission_id=second.id, jury_member_id=member_id))
    merge.apply(mine, merge.plan(mine, theirs.path), {})
    partners = alive(mine, "submission_partner", "submission_id = ?", [sub.id])
    assert [p.organisation_id for p in partners] == [org.id, org.id]
    cards = alive(mine, "scorecard", "submission_id = ?", [second.id])
    assert [c.jury_member_id for c in cards] == [member_id, member_id]
