"""The jury meeting, its numbered decisions, the awards in the plan de financement, the
envelope (docs/cooperation.md, « Jury decisions »)."""

from datetime import date

import pytest

from municipaless.services import meetings
from municipaless.services.casework import funding
from municipaless.services.cooperation import jury, scoring
from municipaless.services.meetings import minutes
from tests.services.cooperation_sample import make_call_sample, submission


@pytest.fixture
def s(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    # garage ranks first, epicerie second
    for member in sample.members:
        for key, value in (("garage", 5), ("epicerie", 3)):
            scoring.save_scorecard(
                sample.t,
                sample.subs[key].id,
                member.id,
                {c.id: value for c in sample.criteria},
            )
    yield sample
    sample.t.close()


def _ref(s, key):
    return s.projects[key].reference


def test_the_jury_meeting_invites_the_jury_and_lists_candidatures_in_ranking_order(s):
    meeting = jury.create_jury_meeting(s.t, s.call.id)
    assert s.t.records["project_call"].get(s.call.id).jury_meeting_id == meeting.id
    assert meeting.starts_at == "2026-06-18T09:00"
    view = meetings.open_meeting(s.t, meeting.id)
    assert view.series.kind == "jury" and view.series.code == "JURY"
    assert sorted(a.name for a in view.attendance) == ["Claire Martin", "Hugo Morel", "Jean Dupuis"]
    assert [a.record.person_id is None for a in view.attendance].count(True) == 1  # typed name
    titles = [item.title for item in view.agenda]
    assert titles == [
        f"{_ref(s, 'garage')} « Garage solidaire »",
        f"{_ref(s, 'epicerie')} « Épicerie solidaire »",
        f"{_ref(s, 'ressourcerie')} « Atelier vélo »",  # non eligible: decided too, last
    ]
    # asking again opens the same meeting
    assert jury.create_jury_meeting(s.t, s.call.id).id == meeting.id


def test_a_jury_meeting_needs_the_jury_date(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    call = sample.call
    sample.t.save("project_call", {"jury_on": None}, row_id=call.id, rev=call.rev)
    with pytest.raises(jury.JuryError, match="date du jury"):
        jury.create_jury_meeting(sample.t, call.id)
    sample.t.close()


def test_decisions_are_numbered_in_the_register_with_the_documented_words(s):
    jury.create_jury_meeting(s.t, s.call.id)
    jury.award(s.t, s.subs["garage"].id, 1_200_000)
    jury.refuse(s.t, s.subs["epicerie"].id, "Budget insuffisamment détaillé")
    register = {row.record.number: row.record.text for row in meetings.decision_register(s.t)}
    assert register == {
        "JURY-2026-01": f"Appel à projets « Coopérer en Val de Drôme » — {_ref(s, 'garage')} "
        "« Garage solidaire » : lauréat, 12\u202f000\u00a0€ accordés.",
        "JURY-2026-02": f"Appel à projets « Coopérer en Val de Drôme » — {_ref(s, 'epicerie')} "
        "« Épicerie solidaire » : candidature non retenue. Motif : Budget insuffisamment "
        "détaillé.",
    }
    garage = submission(s.t, s.subs["garage"])
    assert garage.status == "laureat" and garage.awarded_cents == 1_200_000
    decision = s.t.records["decision"].get(garage.decision_id)
    assert decision.number == "JURY-2026-01"
    agenda = {a.id: a.title for a in meetings.open_meeting(s.t, decision.meeting_id).agenda}
    assert agenda[decision.agenda_item_id].startswith(_ref(s, "garage"))


def test_deciding_needs_the_jury_meeting(s):
    with pytest.raises(jury.JuryError, match="réunion du jury"):
        jury.award(s.t, s.subs["garage"].id, 500_000)


def test_an_award_over_the_envelope_or_the_ceiling_is_refused_naming_the_amounts(s):
    jury.create_jury_meeting(s.t, s.call.id)
    with pytest.raises(jury.JuryError) as ceiling:
        jury.award(s.t, s.subs["garage"].id, 1_500_000)
    assert "15\u202f000\u00a0€" in str(ceiling.value) and "12\u202f000\u00a0€" in str(ceiling.value)
    jury.award(s.t, s.subs["garage"].id, 1_200_000)
    call = s.t.records["project_call"].get(s.call.id)
    s.t.save("project_call", {"envelope_cents": 2_000_000}, row_id=call.id, rev=call.rev)
    with pytest.raises(jury.JuryError) as over:
        jury.award(s.t, s.subs["epicerie"].id, 1_000_000)
    message = str(over.value)
    assert "10\u202f000\u00a0€" in message  # asked
    assert "8\u202f000\u00a0€ sur 20\u202f000\u00a0€" in message  # remaining of the envelope
    assert submission(s.t, s.subs["epicerie"]).status == "recue"  # nothing written
    assert len(meetings.decision_register(s.t)) == 1
    # re-deciding the same laureate does not count its own award against it
    jury.award(s.t, s.subs["garage"].id, 1_100_000)
    envelope = jury.envelope(s.t, s.call.id)
    assert (envelope.committed_cents, envelope.remaining_cents, envelope.awards) == (
        1_100_000,
        900_000,
        1,
    )


def test_a_non_eligible_candidature_cannot_be_laureate(s):
    jury.create_jury_meeting(s.t, s.call.id)
    with pytest.raises(jury.JuryError, match="pas éligible"):
        jury.award(s.t, s.subs["ressourcerie"].id, 500_000)


def test_the_award_is_a_granted_request_of_the_plan_and_reversing_refuses_it(tmp_path):
    s = make_call_sample(tmp_path / "t.municipaless", funder=True)
    jury.create_jury_meeting(s.t, s.call.id)
    garage = s.subs["garage"]
    jury.award(s.t, garage.id, 900_000)
    plan = funding.plan(s.t, s.projects["garage"].id)
    (line,) = plan.lines
    assert (line.funder, line.scheme, line.instrument, line.status) == (
        "Département de la Drôme",
        "Coopérer en Val de Drôme",
        "subvention",
        "accordee",
    )
    assert (line.asked_cents, line.granted_cents, line.decided_on) == (
        1_000_000,
        900_000,
        "2026-06-18",
    )
    assert not line.is_commune and plan.granted_cents == 900_000
    (request,) = funding.of_project(s.t, s.projects["garage"].id)
    assert request.submission_id == garage.id
    # the jury revises the amount: the same request, updated
    jury.award(s.t, garage.id, 1_000_000)
    (line,) = funding.plan(s.t, s.projects["garage"].id).lines
    assert line.granted_cents == 1_000_000
    # then reverses: refused, never deleted; the decision's text follows, same number
    jury.refuse(s.t, garage.id, "Le porteur a renoncé au local")
    (line,) = funding.plan(s.t, s.projects["garage"].id).lines
    assert line.status == "refusee" and line.granted_cents is None
    assert s.t.records["funding_request"].count() == 1
    (row,) = meetings.decision_register(s.t)
    assert row.record.number == "JURY-2026-01" and "non retenue" in row.record.text
    assert jury.envelope(s.t, s.call.id).committed_cents == 0
    s.t.close()


def test_the_commune_pays_when_the_call_names_no_funder(s):
    jury.create_jury_meeting(s.t, s.call.id)
    jury.award(s.t, s.subs["garage"].id, 600_000)
    (line,) = funding.plan(s.t, s.projects["garage"].id).lines
    assert line.is_commune and line.status == "accordee"


def test_a_decision_of_an_earlier_jury_meeting_is_replaced_not_rewritten(s):
    first = jury.create_jury_meeting(s.t, s.call.id)
    jury.award(s.t, s.subs["garage"].id, 600_000)
    old_id = submission(s.t, s.subs["garage"]).decision_id
    # the jury meets again: a second meeting becomes the call's jury meeting
    call = s.t.records["project_call"].get(s.call.id)
    s.t.save("project_call", {"jury_meeting_id": None}, row_id=call.id, rev=call.rev)
    second = jury.create_jury_meeting(s.t, s.call.id, starts_at="2026-07-02 14:00")
    assert second.id != first.id
    jury.award(s.t, s.subs["garage"].id, 800_000)
    old = s.t.records["decision"].get(old_id)
    new = s.t.records["decision"].get(submission(s.t, s.subs["garage"]).decision_id)
    assert old.status == "remplacee" and old.replaced_by == new.id
    assert (old.number, new.number) == ("JURY-2026-01", "JURY-2026-02")
    assert "8\u202f000" in new.text and "6\u202f000" in old.text


def test_approved_minutes_refuse_a_new_decision_with_the_meetings_message(s):
    meeting = jury.create_jury_meeting(s.t, s.call.id)
    jury.award(s.t, s.subs["garage"].id, 600_000)
    meeting = s.t.records["meeting"].get(meeting.id)
    meeting = minutes.circulate(s.t, meeting.id, meeting.rev)
    minutes.approve(s.t, meeting.id, meeting.rev, on=date(2026, 6, 20))
    with pytest.raises(meetings.MinutesFrozen):
        jury.refuse(s.t, s.subs["garage"].id, "Erreur")
    assert submission(s.t, s.subs["garage"]).status == "laureat"
