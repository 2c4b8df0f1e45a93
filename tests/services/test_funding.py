"""Funding requests and the plan de financement: totals, public share, the commune's leverage."""

import pytest

from municipaless.services.casework import CaseworkError, funding
from tests.services.casework_sample import make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def _request(s, funder, **fields):
    return funding.add_request(s.t, s.project.id, {"funder_id": s.orgs[funder].id, **fields})


def test_plan_with_three_funders(s):
    t, p = s.t, s.project
    loan = _request(s, "France", instrument="pret_honneur", asked_cents="8 000 €")
    assert loan.asked_cents == 800_000 and loan.status == "preparation"
    funding.set_status(t, loan.id, loan.rev, "deposee")
    loan = t.records["funding_request"].get(loan.id)
    funding.set_status(
        t, loan.id, loan.rev, "accordee", decided_on="2026-05-01", granted_cents=600_000
    )
    _request(
        s,
        "Commune",
        instrument="subvention",
        asked_cents=200_000,
        granted_cents=200_000,
        status="versee",
        decided_on="2026-04-10",
        is_commune=True,
    )
    _request(
        s,
        "Région",
        instrument="subvention",
        scheme="Pack ESS",
        asked_cents=500_000,
        granted_cents=400_000,
        status="accordee",
        decided_on="12/06/2026",
    )
    _request(
        s,
        "Crédit",
        instrument="pret",
        asked_cents=1_000_000,
        status="refusee",
        decided_on="2026-06-01",
    )
    plan = funding.plan(t, p.id)
    assert len(plan.lines) == 4
    assert plan.asked_cents == 800_000 + 200_000 + 500_000  # the refused loan left out
    assert plan.granted_cents == 600_000 + 200_000 + 400_000
    assert plan.public_cents == 600_000  # commune + région; France Active is private
    assert plan.public_share == pytest.approx(0.5)
    assert plan.commune_cents == 200_000
    assert plan.leverage == pytest.approx(5.0)  # 10 000 € from others for 2 000 €
    refused = next(line for line in plan.lines if line.status == "refusee")
    assert refused.granted_cents is None and refused.funder == "Crédit Coopératif"


def test_no_commune_money_means_no_leverage(s):
    _request(
        s, "Région", asked_cents=100, granted_cents=100, status="accordee", decided_on="2026-01-01"
    )
    plan = funding.plan(s.t, s.project.id)
    assert plan.leverage is None and plan.public_share == 1.0


def test_bad_requests_are_refused_in_french(s):
    t = s.t
    with pytest.raises(CaseworkError) as err:
        _request(s, "France", asked_cents=-5)
    assert "négatif" in err.value.errors["asked_cents"]
    with pytest.raises(CaseworkError) as err:
        _request(s, "France", asked_cents="douze", status="accordee")
    assert set(err.value.errors) == {"asked_cents", "decided_on", "granted_cents"}
    with pytest.raises(CaseworkError):
        funding.add_request(t, s.project.id, {"asked_cents": 100})  # no funder at all
    assert t.records["funding_request"].count() == 0


def test_refusal_and_going_back_clear_the_decision(s):
    t = s.t
    r = _request(
        s, "Région", asked_cents=100, granted_cents=100, status="accordee", decided_on="2026-01-01"
    )
    r = funding.set_status(t, r.id, r.rev, "refusee")
    assert (r.status, r.granted_cents, r.decided_on) == ("refusee", None, "2026-01-01")
    r = funding.set_status(t, r.id, r.rev, "deposee")
    assert (r.granted_cents, r.decided_on) == (None, None)


def test_funders_come_from_the_annuaire(s):
    names = [o.name for o in funding.funders(s.t)]
    assert "BGE Drôme-Ardèche" not in names
    assert {"France Active Auvergne-Rhône-Alpes", "Commune de Privas", "Crédit Coopératif"} <= set(
        names
    )
