"""Orientations: consent, status flow, automatic "sans réponse", per-structure statistics."""

import datetime as dt

import pytest

from municipaless.services import casework
from municipaless.services.casework import CaseworkError, HolderInput, referrals
from municipaless.services.file import OpenMode, open_territory
from municipaless.storage.bulk import write_meta
from tests.services.casework_sample import make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def test_a_holder_referred_consents_is_sent_and_taken_on(s):
    t, p, bge = s.t, s.project, s.orgs["BGE"]
    r = referrals.refer(t, p.id, bge.id, "creation")
    assert (r.status, r.consent_on) == ("proposee", None)
    r = referrals.record_consent(t, r.id, r.rev, "02/04/2026", "oral, à l'accueil")
    assert (r.consent_on, r.consent_how) == ("2026-04-02", "oral, à l'accueil")
    r = referrals.mark_sent(t, r.id, r.rev, "2026-04-03")
    r = referrals.mark_taken(t, r.id, r.rev, "2026-04-20", outcome="Suivi en incubation")
    assert (r.status, r.sent_on, r.answered_on, r.outcome) == (
        "prise_en_charge",
        "2026-04-03",
        "2026-04-20",
        "Suivi en incubation",
    )


def test_consent_needs_its_date_and_how(s):
    t = s.t
    r = referrals.refer(t, s.project.id, s.orgs["BGE"].id, None)
    with pytest.raises(CaseworkError) as err:
        referrals.record_consent(t, r.id, r.rev, "", "")
    assert set(err.value.errors) == {"consent_on", "consent_how"}
    with pytest.raises(CaseworkError, match="comment"):
        referrals.refer(t, s.project.id, s.orgs["France"].id, None, consent_on="2026-04-01")
    assert t.records["referral"].get(r.id).consent_on is None


def test_refusal_needs_a_reason_and_no_answer_needs_sending(s):
    t = s.t
    r = referrals.refer(t, s.project.id, s.orgs["France"].id, "financement")
    with pytest.raises(CaseworkError, match="envoyée"):
        referrals.mark_no_answer(t, r.id, r.rev)
    r = referrals.mark_sent(t, r.id, r.rev, "2026-05-10")
    with pytest.raises(CaseworkError) as err:
        referrals.mark_refused(t, r.id, r.rev, "  ")
    assert "refusal_reason" in err.value.errors
    with pytest.raises(CaseworkError, match="précède"):
        referrals.mark_refused(t, r.id, r.rev, "Hors cible", answered_on="2026-05-01")
    r = referrals.mark_refused(t, r.id, r.rev, "Hors de notre territoire", "2026-05-20")
    assert (r.status, r.refusal_reason) == ("refusee", "Hors de notre territoire")
    with pytest.raises(CaseworkError):
        referrals.mark_sent(t, r.id, r.rev)


def test_a_second_pending_orientation_to_the_same_structure_is_refused(s):
    t = s.t
    referrals.refer(t, s.project.id, s.orgs["BGE"].id, "creation")
    with pytest.raises(CaseworkError, match="déjà orienté"):
        referrals.refer(t, s.project.id, s.orgs["BGE"].id, "formation")
    assert len(referrals.of_project(t, s.project.id)) == 1


def test_unanswered_orientations_are_flagged_after_the_delay_in_settings(s):
    t = s.t
    today = dt.date(2026, 6, 30)
    old = referrals.refer(t, s.project.id, s.orgs["BGE"].id, None)
    old = referrals.mark_sent(t, old.id, old.rev, "2026-05-20")  # 41 days
    recent = referrals.refer(t, s.project.id, s.orgs["France"].id, None)
    recent = referrals.mark_sent(t, recent.id, recent.rev, "2026-06-15")  # 15 days
    proposed = referrals.refer(t, s.project.id, s.orgs["Crédit"].id, None)
    assert referrals.no_answer_days(t) == 30
    assert referrals.flag_unanswered(t, today) == 1
    assert t.records["referral"].get(old.id).status == "sans_reponse"
    assert t.records["referral"].get(recent.id).status == "envoyee"
    assert t.records["referral"].get(proposed.id).status == "proposee"
    assert referrals.flag_unanswered(t, today) == 0  # idempotent
    write_meta(t.tdb, {"referral_no_answer_days": "10"})
    assert referrals.flag_unanswered(t, today) == 1
    assert t.records["referral"].get(recent.id).status == "sans_reponse"
    # a late answer still moves it on
    late = t.records["referral"].get(recent.id)
    assert referrals.mark_taken(t, late.id, late.rev, "2026-07-02").status == "prise_en_charge"


def test_flag_unanswered_does_nothing_on_a_read_only_file(s, tmp_path):
    t = s.t
    r = referrals.refer(t, s.project.id, s.orgs["BGE"].id, None)
    referrals.mark_sent(t, r.id, r.rev, "2020-01-01")
    path = t.path
    t.close()

    ro = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        assert referrals.flag_unanswered(ro) == 0
        assert ro.records["referral"].get(r.id).status == "envoyee"
    finally:
        ro.close()
    s.t = open_territory(path, mode=OpenMode.UNLOCKED)


def test_organisation_stats_count_holders_and_take_up_rate(s):
    t = s.t
    bge = s.orgs["BGE"]
    second = casework.create_project(
        t,
        {"name": "Garage"},
        [HolderInput(person_id=s.lea.id), HolderInput(new_person={"last_name": "Roux"})],
    )
    third = casework.create_project(
        t, {"name": "Café"}, [HolderInput(new_person={"last_name": "X"})]
    )
    fourth = casework.create_project(t, {"name": "Vélo"})
    flows = [
        (s.project, "taken"),
        (second, "refused"),
        (third, "no_answer"),
        (fourth, "pending"),
    ]
    for project, outcome in flows:
        r = referrals.refer(t, project.id, bge.id, "creation")
        if outcome == "pending":
            continue
        r = referrals.mark_sent(t, r.id, r.rev, "2026-01-05")
        if outcome == "taken":
            referrals.mark_taken(t, r.id, r.rev, "2026-01-20")
        elif outcome == "refused":
            referrals.mark_refused(t, r.id, r.rev, "Complet")
        else:
            referrals.mark_no_answer(t, r.id, r.rev)
    r = referrals.refer(t, s.project.id, s.orgs["France"].id, "financement")
    stats = {x.name: x for x in referrals.organisation_stats(t)}
    b = stats["BGE Drôme-Ardèche"]
    # Léa holds two of the projects: 3 distinct porteurs over 4 projects
    assert (b.referrals, b.projects, b.holders) == (4, 4, 3)
    assert (b.taken, b.refused, b.no_answer, b.pending) == (1, 1, 1, 1)
    assert b.take_up_rate == pytest.approx(1 / 3)
    assert stats["France Active Auvergne-Rhône-Alpes"].take_up_rate is None
    only = referrals.organisation_stats(t, bge.id)
    assert [x.name for x in only] == ["BGE Drôme-Ardèche"]


def test_suggested_organisations_fit_the_project(s):
    t = s.t
    t.save(
        "service_offer",
        {
            "organisation_id": s.orgs["BGE"].id,
            "service": "creation",
            "stages": ("emergence", "creation"),
            "territory": ("dep:07",),
        },
    )
    t.save(
        "service_offer",
        {
            "organisation_id": s.orgs["Crédit"].id,
            "service": "creation",
            "stages": ("consolidation",),
        },
    )
    suggestions = referrals.suggest_organisations(t, s.project.id, "creation")
    names = [x.name for x in suggestions]
    assert names and names[0] == "BGE Drôme-Ardèche"
    assert "Crédit Coopératif" not in names  # offers only consolidation
    assert suggestions[0].score > 0 and suggestions[0].reasons
