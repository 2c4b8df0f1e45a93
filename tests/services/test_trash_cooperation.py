"""The corbeille and the cooperation records: a call deleted with everything it holds is one
line, and restoring it brings back its criteria, jury, candidatures, partners, scorecards and
scores — and the global search finds them again."""

import pytest

from municipaless.core.cooperation import (
    CallCriterion,
    Collective,
    JuryMember,
    Membership,
    ProjectCall,
    Score,
    Scorecard,
    Submission,
    SubmissionPartner,
)
from municipaless.core.domain import Organisation, Person, Project
from municipaless.services.file import trash
from municipaless.services.file.territory import Territory
from municipaless.storage import search


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Marie Dupont")
    yield t
    t.close()


def insert(t, record):
    return t.records[_TABLE[type(record)]].insert(record)


_TABLE = {
    ProjectCall: "project_call",
    CallCriterion: "call_criterion",
    JuryMember: "jury_member",
    Submission: "submission",
    SubmissionPartner: "submission_partner",
    Scorecard: "scorecard",
    Score: "score",
    Collective: "collective",
    Membership: "membership",
}


def call_with_everything(t):
    """A call, 2 criteria, 2 jury members, 2 candidatures with a partner each, every
    scorecard filled: 1 + 2 + 2 + 2 + 2 + 4 + 8 = 21 rows."""
    org = t.records["organisation"].insert(Organisation(name="Ressourcerie L'Atelier des Serres"))
    people = [
        t.records["person"].insert(Person(first_name=f, last_name="Roux")) for f in ("Léa", "Rémi")
    ]
    projects = [
        t.records["project"].insert(Project(reference=f"P-2026-000{i}", name=name))
        for i, name in enumerate(("Épicerie solidaire", "Garage solidaire"), start=1)
    ]
    with t.transaction():
        call = insert(t, ProjectCall(reference="AAP-2026-01", title="Coopérer en Centre Ardèche"))
        criteria = [
            insert(t, CallCriterion(call_id=call.id, label=label, weight=w))
            for label, w in (("Coopération", 3.0), ("Viabilité", 2.0))
        ]
        jury = [insert(t, JuryMember(call_id=call.id, person_id=p.id)) for p in people]
        for project in projects:
            sub = insert(t, Submission(call_id=call.id, project_id=project.id, asked_cents=900_000))
            insert(t, SubmissionPartner(submission_id=sub.id, organisation_id=org.id))
            for member in jury:
                card = insert(t, Scorecard(submission_id=sub.id, jury_member_id=member.id))
                for k in criteria:
                    insert(t, Score(scorecard_id=card.id, criterion_id=k.id, value=4.0))
    return call


HELD = ("call_criterion", "jury_member", "submission", "submission_partner", "scorecard", "score")


def live(t, table):
    return t.records[table].count()


def delete_call(t, call):
    """As the calls screen deletes one: the call and everything it holds, in one operation."""
    db = t.tdb.db
    with t.transaction():
        for table, sql in (
            (
                "score",
                "SELECT s.id, s.rev FROM score s JOIN scorecard c ON c.id = s.scorecard_id"
                " JOIN submission b ON b.id = c.submission_id WHERE b.call_id = ?",
            ),
            (
                "scorecard",
                "SELECT c.id, c.rev FROM scorecard c JOIN submission b"
                " ON b.id = c.submission_id WHERE b.call_id = ?",
            ),
            (
                "submission_partner",
                "SELECT p.id, p.rev FROM submission_partner p JOIN submission b"
                " ON b.id = p.submission_id WHERE b.call_id = ?",
            ),
            ("submission", "SELECT id, rev FROM submission WHERE call_id = ?"),
            ("jury_member", "SELECT id, rev FROM jury_member WHERE call_id = ?"),
            ("call_criterion", "SELECT id, rev FROM call_criterion WHERE call_id = ?"),
        ):
            for row_id, rev in db.execute(sql, [call.id]).fetchall():
                t.remove(table, row_id, rev)
        t.remove("project_call", call.id, call.rev)


def test_a_deleted_call_comes_back_with_all_it_holds(territory):
    t = territory
    call = call_with_everything(t)
    before = {table: live(t, table) for table in ("project_call", *HELD)}
    assert before == {
        "project_call": 1,
        "call_criterion": 2,
        "jury_member": 2,
        "submission": 2,
        "submission_partner": 2,
        "scorecard": 4,
        "score": 8,
    }
    assert search.search(t.tdb.db, "epicerie").get("submission")
    delete_call(t, call)
    assert all(live(t, table) == 0 for table in before)
    assert search.search(t.tdb.db, "cooperer") == {}
    assert search.search(t.tdb.db, "epicerie").get("submission") is None
    [item] = trash.items(t)  # one line: the rest comes back with it
    assert (item.table, item.label) == ("project_call", "Coopérer en Centre Ardèche")
    assert item.linked == sum(before.values()) - 1
    restored = trash.restore(t, item.table, item.row_id, item.rev)
    assert restored == sum(before.values())
    assert {table: live(t, table) for table in before} == before
    assert trash.items(t) == []
    assert [h.label for h in search.search(t.tdb.db, "epicerie")["submission"]] == [
        "Épicerie solidaire — AAP-2026-01"
    ]
    assert search.search(t.tdb.db, "cooperer")["project_call"]


def test_a_candidature_alone_cannot_come_back_before_its_call(territory):
    t = territory
    call = call_with_everything(t)
    delete_call(t, call)
    sub = t.records["submission"].where(include_deleted=True)[0]
    with pytest.raises(trash.RestoreRefused, match="appel à projets « Coopérer"):
        trash.restore(t, "submission", sub.id, sub.rev)


def test_a_collectif_comes_back_with_its_members(territory):
    t = territory
    org = t.records["organisation"].insert(Organisation(name="Garage solidaire du Pouzin"))
    with t.transaction():
        collective = insert(t, Collective(name="PTCE Centre Ardèche", kind="ptce"))
        member = insert(t, Membership(collective_id=collective.id, organisation_id=org.id))
    with t.transaction():
        t.remove("membership", member.id, member.rev)
        t.remove("collective", collective.id, collective.rev)
    [item] = trash.items(t)
    assert trash.restore(t, item.table, item.row_id, item.rev) == 2
    assert live(t, "membership") == 1 and live(t, "collective") == 1
