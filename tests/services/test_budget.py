"""The plan de financement that balances: needs against resources, by year, a call's award
and a pending candidature (docs/cooperation.md « Plan de financement »), and its two-column
table read back from DOCX and XLSX."""

import docx
import openpyxl
import pytest

from municipaless.services.casework import CaseworkError, budget, funding
from municipaless.services.casework import funding_plan_document as fpd
from tests.documents.typography_sample import plain
from tests.services.casework_sample import make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def _need(s, label, cents, kind="investissement", year=None):
    return budget.add_need(
        s.t, s.project.id, {"label": label, "amount_cents": cents, "kind": kind, "year": year}
    )


def _request(s, funder, **fields):
    org = {"funder_id": s.orgs[funder].id} if funder else {}
    return funding.add_request(s.t, s.project.id, {**org, **fields})


def _granted(s, funder, cents, **fields):
    return _request(
        s,
        funder,
        asked_cents=cents,
        granted_cents=cents,
        status="accordee",
        decided_on="2026-05-01",
        **fields,
    )


def _call(s, title, funder=None):
    return s.t.save(
        "project_call",
        {"title": title, "reference": "AAP-2026-01", "funder_id": funder and s.orgs[funder].id},
    )


def _submission(s, call, asked, status="recue"):
    return s.t.save(
        "submission",
        {"call_id": call.id, "project_id": s.project.id, "asked_cents": asked, "status": status},
    )


def _money(text):
    return plain(text)


def test_a_plan_that_balances_exactly(s):
    _need(s, "Four de cuisson", 1_200_000)
    _need(s, "Loyer de la première année", 800_000, kind="fonctionnement")
    _request(s, None, instrument="fonds_propres", scheme="Apport des associés", asked_cents=300_000)
    _granted(s, "Région", 1_000_000, instrument="subvention", scheme="Pack ESS")
    _request(s, "France", instrument="pret_honneur", asked_cents=700_000, status="deposee")
    plan = budget.plan(s.t, s.project.id)
    assert (plan.investment_cents, plan.operating_cents) == (1_200_000, 800_000)
    assert plan.obtained_cents == 1_000_000 and plan.expected_cents == 1_000_000
    assert plan.balance_cents == 0 and plan.status == budget.BALANCED
    assert "équilibré" in budget.balance_text(plan)
    assert [g.instrument for g in plan.groups] == ["fonds_propres", "pret_honneur", "subvention"]
    own = plan.groups[0].resources[0]
    assert own.funder == "Apport des associés" and own.state == budget.EXPECTED
    region = next(f for f in plan.funder_shares if f.funder.startswith("Région"))
    assert region.share == pytest.approx(0.5)
    assert sum(f.share for f in plan.funder_shares) == pytest.approx(1.0)
    assert plan.years == []  # no year anywhere: no year columns
    # funding.plan keeps its own figures
    old = funding.plan(s.t, s.project.id)
    assert old.granted_cents == 1_000_000 and old.asked_cents == 2_000_000


def test_a_plan_short_of_money_and_one_in_excess(s):
    _need(s, "Travaux", 1_000_000)
    _granted(s, "Région", 750_000, instrument="subvention")
    refused = _request(
        s,
        "Crédit",
        instrument="pret",
        asked_cents=500_000,
        status="refusee",
        decided_on="2026-06-01",
    )
    _request(s, "Crédit", instrument="garantie", asked_cents=500_000)
    plan = budget.plan(s.t, s.project.id)
    assert plan.balance_cents == 250_000 and plan.status == budget.SHORT
    assert _money(budget.balance_text(plan)) == "Reste à financer : 2 500,00 €"
    assert refused.id not in {r.request_id for r in plan.resources}  # refused: left out
    assert plan.guarantees == ["Crédit Coopératif"]  # a guarantee brings no money
    _granted(s, "Commune", 400_000, instrument="subvention", is_commune=True)
    plan = budget.plan(s.t, s.project.id)
    assert plan.status == budget.EXCESS and plan.balance_cents == -150_000
    assert _money(budget.balance_text(plan)).startswith("Excédent : 1 500,00 €")


def test_resources_without_needs_are_no_excess(s, tmp_path):
    _granted(s, "Région", 500_000, instrument="subvention")
    plan = budget.plan(s.t, s.project.id)
    assert plan.status == budget.NO_NEEDS and plan.resources_cents == 500_000
    assert budget.balance_text(plan).startswith("Besoins non saisis")
    assert all(r.share is None for r in plan.resources)  # no needs: no share of them
    [path] = fpd.write(s.t, s.project.id, tmp_path / "plan.xlsx")
    rows = list(openpyxl.load_workbook(path)["Plan de financement"].values)
    assert not any(r[2] in ("Excédent", "Reste à financer") for r in rows)


def test_a_plan_by_year(s):
    _need(s, "Véhicule", 2_000_000, year=2026)
    _need(s, "Salaire", 1_000_000, kind="fonctionnement", year=2026)
    _need(s, "Salaire", 1_200_000, kind="fonctionnement", year="2027")
    _need(s, "Étude", 300_000)
    _granted(s, "Région", 2_500_000, instrument="subvention", budget_year=2026)
    _request(s, "France", instrument="pret_honneur", asked_cents=1_000_000, budget_year="2027")
    plan = budget.plan(s.t, s.project.id)
    assert [c.title for c in plan.years] == ["2026", "2027", "Sans année"]
    y26, y27, none = plan.years
    assert (y26.investment_cents, y26.operating_cents, y26.obtained_cents) == (
        2_000_000,
        1_000_000,
        2_500_000,
    )
    assert y26.balance_cents == 500_000 and y27.balance_cents == 200_000
    assert none.needs_cents == 300_000 and none.balance_cents == 300_000
    assert sum(c.balance_cents for c in plan.years) == plan.balance_cents == 1_000_000


def test_a_call_award_is_obtained_and_a_pending_candidature_expected(s):
    _need(s, "Aménagement", 2_000_000)
    awarded_call = _call(s, "Coopérer en Val de Drôme")
    won = _submission(s, awarded_call, 1_500_000, status="laureat")
    _request(
        s,
        "Commune",
        instrument="subvention",
        scheme="Coopérer en Val de Drôme",
        asked_cents=1_500_000,
        granted_cents=1_200_000,
        status="accordee",
        decided_on="2026-06-15",
        is_commune=True,
        submission_id=won.id,
    )
    pending_call = _call(s, "Tiers-lieux nourriciers", funder="Région")
    waiting = _submission(s, pending_call, 600_000, status="eligible")
    lost_call = _call(s, "Mobilités douces")
    _submission(s, lost_call, 900_000, status="refusee")
    commune_call = _call(s, "Fonds d'amorçage")  # no funder: the commune pays its awards
    _submission(s, commune_call, 200_000, status="recue")
    plan = budget.plan(s.t, s.project.id)
    award = next(r for r in plan.resources if r.submission_id == won.id)
    assert award.state == budget.OBTAINED and award.amount_cents == 1_200_000
    assert award.detail == "Appel à projets « Coopérer en Val de Drôme »"
    expected = next(r for r in plan.resources if r.submission_id == waiting.id)
    assert expected.state == budget.EXPECTED and expected.amount_cents == 600_000
    assert expected.funder.startswith("Région") and "Tiers-lieux nourriciers" in expected.detail
    assert (plan.obtained_cents, plan.expected_cents) == (1_200_000, 800_000)
    assert plan.status == budget.BALANCED  # the refused candidature counts for nothing
    # the commune is one funder: its award and its own call still before the jury
    commune = [f for f in plan.funder_shares if f.funder.startswith("Commune")]
    assert [(f.amount_cents, f.share) for f in commune] == [(1_400_000, 0.7)]


def test_needs_crud_reorder_and_french_refusals(s):
    t = s.t
    with pytest.raises(CaseworkError) as err:
        budget.add_need(t, s.project.id, {"label": "  ", "amount_cents": "0"})
    assert set(err.value.errors) == {"label", "amount_cents"}
    assert "supérieur à zéro" in err.value.errors["amount_cents"]
    with pytest.raises(CaseworkError) as err:
        budget.add_need(t, s.project.id, {"label": "Four", "amount_cents": -5})
    assert "supérieur à zéro" in str(err.value)
    with pytest.raises(CaseworkError) as err:
        budget.add_need(t, s.project.id, {"label": "Four", "amount_cents": 5, "year": "26"})
    assert "Année invalide" in err.value.errors["year"]
    first = _need(s, "Four", "12 000 €")
    assert first.amount_cents == 1_200_000 and first.position == 0
    second = _need(s, "Vitrine", 300_000)
    third = _need(s, "Loyer", 100_000, kind="fonctionnement")
    with pytest.raises(CaseworkError):
        budget.update_need(t, first.id, first.rev, {"amount_cents": 0})
    assert t.records["budget_line"].get(first.id).amount_cents == 1_200_000  # nothing lost
    budget.update_need(t, first.id, first.rev, {"label": "Four à sole", "year": "2026"})
    order = budget.move_need(t, second.id, -1)
    assert [n.label for n in order] == ["Vitrine", "Four à sole", "Loyer"]
    budget.remove_need(t, third.id, t.records["budget_line"].get(third.id).rev)
    assert [n.label for n in budget.needs(t, s.project.id)] == ["Vitrine", "Four à sole"]


def test_the_two_column_table_read_back_from_docx_and_xlsx(s, tmp_path):
    _need(s, "Four de cuisson", 1_200_000)
    _need(s, "Loyer", 800_000, kind="fonctionnement")
    _granted(s, "Région", 1_000_000, instrument="subvention", scheme="Pack ESS")
    _request(s, "France", instrument="pret_honneur", asked_cents=750_000, status="deposee")
    plan = budget.plan(s.t, s.project.id)
    [docx_path] = fpd.write(s.t, s.project.id, tmp_path / "plan.docx")
    [xlsx_path] = fpd.write(s.t, s.project.id, tmp_path / "plan.xlsx")
    table = next(
        t for t in docx.Document(docx_path).tables if plain(t.rows[0].cells[0].text) == "Besoins"
    )
    cells = [[plain(c.text) for c in row.cells] for row in table.rows]
    totals = cells[-1]
    assert totals[0] == "Total des besoins" and totals[1] == "20 000 €"
    assert totals[2] == "Total des ressources" and totals[4] == "17 500 €"
    flat = [c for row in cells for c in row]
    assert "Sous-total investissement" in flat and "PRÊTS D'HONNEUR" in flat
    assert "Région Auvergne-Rhône-Alpes — Pack ESS" in flat and "attendu" in flat
    text = "\n".join(plain(p.text) for p in docx.Document(docx_path).paragraphs)
    assert "Reste à financer : 2 500,00 €" in text
    sheet = openpyxl.load_workbook(xlsx_path)["Plan de financement"]
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    total_row = next(r for r in values if r[0] == "Total des besoins")
    assert total_row[1] == plan.needs_cents / 100 and total_row[4] == plan.resources_cents / 100
    assert total_row[2] == "Total des ressources"


def test_the_fiche_projet_prints_the_plan_and_keeps_funders_when_anonymised(s, tmp_path):
    from municipaless.services.casework import project_sheet

    _need(s, "Four de cuisson", 1_000_000)
    _granted(s, "Région", 600_000, instrument="subvention", scheme="Pack ESS")
    for nominative in (True, False):
        path = tmp_path / f"fiche-{nominative}.docx"
        project_sheet.write(s.t, s.project.id, path, nominative=nominative)
        doc = docx.Document(path)
        text = "\n".join(plain(p.text) for p in doc.paragraphs)
        assert "Plan de financement" in text and "Reste à financer : 4 000,00 €" in text
        cells = {plain(c.text) for t in doc.tables for row in t.rows for c in row.cells}
        assert "Région Auvergne-Rhône-Alpes — Pack ESS" in cells and "10 000 €" in cells
        assert ("Épicerie solidaire Martin" in text) is nominative
