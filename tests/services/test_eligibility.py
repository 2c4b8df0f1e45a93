"""Eligibility against the call's rules: each unmet rule one French sentence, the verdict
written on the candidatures open to it, and the officer's override with its reason."""

import pytest

from municipaless.services.cooperation import calls, eligibility, submissions
from municipaless.services.cooperation.calls import CallError
from tests.services.calls_sample import COOPERATE, DOCUMENTS, make_call_sample


@pytest.fixture
def cs(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    yield sample
    sample.s.t.close()


def _submit(cs, name, *, partners=(), **fields):
    values = {
        "category": COOPERATE,
        "asked_cents": 500_000,
        "received_on": "2026-03-20",
        "documents": list(DOCUMENTS),
        **fields,
    }
    return submissions.create_submission(
        cs.s.t,
        cs.call.id,
        values,
        partners=[cs.s.orgs[p].id for p in partners],
        new_project={"name": name},
    )


def test_a_complete_candidature_with_a_partner_is_eligible(cs):
    sub = _submit(cs, "Épicerie", partners=["BGE"])
    verdict = eligibility.check(cs.s.t, sub.id)
    assert verdict.eligible and verdict.by_rules and verdict.reasons == ()


def test_no_partner_in_the_cooperation_category_is_refused(cs):
    sub = _submit(cs, "Sans partenaire")
    verdict = eligibility.check(cs.s.t, sub.id)
    assert not verdict.eligible
    assert verdict.reasons == (
        "Au moins 1 partenaire est exigé pour la catégorie « Coopérer pour se développer » : "
        "aucun n'est indiqué.",
    )
    alone = _submit(cs, "Seul", category="Se lancer")  # no minimum there
    assert eligibility.check(cs.s.t, alone.id).eligible


def test_the_call_level_minimum_counts_too(cs):
    t = cs.s.t
    call = t.records["project_call"].get(cs.call.id)
    calls.update_call(t, call.id, call.rev, {"min_partners": 2})
    sub = _submit(cs, "Un partenaire", partners=["BGE"], category="Se lancer")
    assert eligibility.check(t, sub.id).reasons == (
        "Au moins 2 partenaires sont exigés pour cet appel : 1 seul est indiqué.",
    )


def test_late_above_the_ceiling_and_missing_documents(cs):
    sub = _submit(
        cs,
        "Tout faux",
        partners=["BGE"],
        received_on="2026-04-02",
        asked_cents=1_500_000,
        documents=["Statuts"],
    )
    assert eligibility.check(cs.s.t, sub.id).reasons == (
        "Reçue le 02/04/2026, après la date limite du 31/03/2026.",
        "Le montant demandé (15\u202f000\u00a0€) dépasse le plafond de l'appel "
        "(10\u202f000\u00a0€).",
        "Pièces manquantes : « Budget prévisionnel » et « Lettre de candidature ».",
    )
    on_the_day = _submit(cs, "Juste à temps", partners=["BGE"], received_on="2026-03-31")
    assert eligibility.check(cs.s.t, on_the_day.id).eligible


def test_apply_sets_the_status_and_leaves_decided_ones(cs):
    t = cs.s.t
    good = _submit(cs, "Bon", partners=["BGE"])
    bad = _submit(cs, "Sans partenaire")
    gone = _submit(cs, "Retiré")
    gone = submissions.withdraw(t, gone.id, gone.rev)
    won = _submit(cs, "Lauréat sans partenaire")
    t.save("submission", {"status": "laureat"}, row_id=won.id, rev=won.rev)
    applied = eligibility.apply_eligibility(t, cs.call.id)
    assert (applied.eligible, applied.ineligible, applied.untouched) == (1, 1, 2)
    status = {s.id: s.status for s in t.records["submission"].where()}
    assert status[good.id] == "eligible" and status[bad.id] == "non_eligible"
    assert status[gone.id] == "retiree" and status[won.id] == "laureat"


def test_the_officer_overrides_with_a_reason(cs):
    t = cs.s.t
    sub = _submit(cs, "Sans partenaire")
    eligibility.apply_eligibility(t, cs.call.id)
    sub = t.records["submission"].get(sub.id)
    with pytest.raises(CallError) as refused:
        eligibility.declare_eligible(t, sub.id, sub.rev, "  ")
    assert refused.value.errors["eligibility_note"] == (
        "Indiquez pourquoi vous déclarez cette candidature éligible."
    )
    sub = eligibility.declare_eligible(
        t, sub.id, sub.rev, "Partenariat signé après le dépôt, pièce jointe au dossier."
    )
    assert sub.status == "eligible"
    verdict = eligibility.check(t, sub.id)
    assert verdict.eligible and verdict.overridden and len(verdict.reasons) == 1
    eligibility.apply_eligibility(t, cs.call.id)  # a later check keeps the override
    assert t.records["submission"].get(sub.id).status == "eligible"
    sub = eligibility.cancel_override(t, sub.id, t.records["submission"].get(sub.id).rev)
    assert sub.status == "non_eligible" and sub.eligibility_note == ""


def test_a_checked_verdict_follows_the_edits(cs):
    t = cs.s.t
    sub = _submit(cs, "Sans partenaire")
    eligibility.apply_eligibility(t, cs.call.id)
    assert t.records["submission"].get(sub.id).status == "non_eligible"
    partner = submissions.add_partner(t, sub.id, cs.s.orgs["BGE"].id)
    assert t.records["submission"].get(sub.id).status == "eligible"
    submissions.remove_partner(t, partner.id, partner.rev)
    assert t.records["submission"].get(sub.id).status == "non_eligible"
    sub = t.records["submission"].get(sub.id)
    sub = submissions.update_submission(t, sub.id, sub.rev, {}, partners=[cs.s.orgs["BGE"].id])
    assert sub.status == "eligible"
    call = t.records["project_call"].get(cs.call.id)
    calls.update_call(t, call.id, call.rev, {"deadline_on": "2026-03-15"})
    assert eligibility.refresh_checked(t, call.id) == 1  # received on the 20th: late now
    assert t.records["submission"].get(sub.id).status == "non_eligible"
    fresh = _submit(cs, "Pas encore vérifiée", partners=["BGE"])
    eligibility.refresh_checked(t, call.id)
    assert t.records["submission"].get(fresh.id).status == "recue"  # waits for the check


def test_partners_two_merged_copies_both_added_count_once(cs):
    t = cs.s.t
    sub = _submit(cs, "Fusion", partners=["BGE"])
    # the other copy's row for the same structure, as a merge brings it (no UNIQUE on links)
    t.save("submission_partner", {"submission_id": sub.id, "organisation_id": cs.s.orgs["BGE"].id})
    assert [p.name for p in submissions.partners(t, sub.id)] == ["BGE Drôme-Ardèche"]
    assert submissions.lines(t, cs.call.id)[0].partners == 1
    sub = t.records["submission"].get(sub.id)
    submissions.update_submission(t, sub.id, sub.rev, {}, partners=[cs.s.orgs["BGE"].id])
    rows = t.records["submission_partner"].where("submission_id = ?", [sub.id])
    assert len(rows) == 1  # the duplicate went to the corbeille
