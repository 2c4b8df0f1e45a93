"""The bilan d'activité service: exact figures, previous period, scope, masking, annex."""

import datetime as dt

import pytest

from municipaless.documents.model import KeyFigures, Table
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.reports import activity_document as ad
from municipaless.services.reports import activity_report as ar
from tests.storage.activity_sample import PRIVAS, VOULTE, write_sample

TODAY = dt.date(2026, 1, 15)


@pytest.fixture(scope="module")
def territory(tmp_path_factory):
    path = write_sample(tmp_path_factory.mktemp("bilan") / "t.municipaless")
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    yield t
    t.close()


@pytest.fixture(scope="module")
def report(territory):
    return ar.compute(territory, ar.Period.year(2025), today=TODAY, nominative=True)


def test_periods_and_their_previous_one():
    assert ar.Period.year(2025).previous() == ar.Period.year(2024)
    assert ar.Period.semester(2025, 1).previous() == ar.Period.semester(2024, 2)
    assert ar.Period.semester(2025, 2).previous() == ar.Period.semester(2025, 1)
    custom = ar.Period.custom(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert custom.previous() == ar.Period(dt.date(2025, 1, 29), dt.date(2025, 2, 28), "custom")
    assert ar.Period.from_dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31)).kind == "year"
    assert ar.Period.from_dates(dt.date(2025, 7, 1), dt.date(2025, 12, 31)).label() == (
        "2e semestre 2025"
    )
    assert custom.label() == "du 01/03/2025 au 31/03/2025"
    with pytest.raises(ValueError):
        ar.Period.custom(dt.date(2025, 2, 1), dt.date(2025, 1, 1))


def test_exact_figures_of_the_year(report):
    c = report.current
    assert (c.holders_new, c.holders_followed, c.projects_new, c.projects_followed) == (
        2,
        3,
        2,
        3,
    )
    assert c.by_stage == [("Émergence", 2), ("Création", 1)]
    assert c.by_commune == [("Privas", 2), ("La Voulte-sur-Rhône", 1)]
    assert c.by_legal_status[0] == ("Association loi 1901", 2)
    assert c.referrals_sent == 4
    assert c.taken_rate(c.referral_totals()) == pytest.approx(1 / 3)  # pending left out
    assert (c.asked_cents, c.granted_cents, c.commune_granted_cents) == (
        3_300_000,
        2_000_000,
        500_000,
    )
    assert c.leverage == pytest.approx(3.0)
    assert (c.jobs_planned, c.jobs_created, c.creations) == (7, 3, 1)
    assert (c.survival_base, c.survival_alive, c.survival_rate) == (2, 1, 0.5)
    assert c.meetings == [("Comité de pilotage ESS", 3, 3), ("Hors instance", 1, 0)]
    assert (c.meetings_held, c.decisions, c.actions_done, c.actions_overdue) == (4, 3, 1, 2)
    assert report.commune_name == "Commune de Privas"


def test_previous_period_is_computed_for_comparison(report):
    p = report.previous
    assert report.previous_period == ar.Period.year(2024)
    assert (p.projects_followed, p.holders_followed, p.meetings_held) == (2, 2, 1)
    assert p.leverage is None  # no commune money in 2024
    assert p.granted_cents == 200_000


def test_scope_filters(territory):
    r = ar.compute(territory, ar.Period.year(2025), [VOULTE], today=TODAY)
    assert r.scope == [(VOULTE, "La Voulte-sur-Rhône")]
    assert (r.current.projects_followed, r.current.holders_new) == (1, 1)
    assert r.current.granted_cents == 0
    assert ar.scope_choices(territory) == [(VOULTE, "La Voulte-sur-Rhône"), (PRIVAS, "Privas")]


def _texts(doc) -> str:
    parts = [doc.title, doc.subtitle, doc.meta.filters]
    for block in doc.blocks():
        if isinstance(block, Table):
            parts += [block.title] + [str(v) for row in block.rows for v in row]
        elif isinstance(block, KeyFigures):
            parts += [f"{f.label}={f.value}" for f in block.items]
        else:
            parts.append(str(block))
    return "\n".join(parts)


def test_anonymised_document_masks_small_counts_and_names(report):
    doc = ad.build(report)
    assert doc.title == "Bilan d'activité ESS"
    assert doc.subtitle == "Commune de Privas — année 2025"
    figures = {f.label: f.value for b in doc.blocks() if isinstance(b, KeyFigures) for f in b.items}
    assert figures["porteurs accueillis pour la première fois"] == "< 3"
    assert figures["porteurs accompagnés"] == 3
    assert figures["structures créées"] == "< 3"
    assert figures["taux de prise en charge"] == "n.s."  # 1 taken of 3: masked inputs
    assert figures["emplois créés"] == 3  # jobs are not masked
    assert figures["financements obtenus"] == 2_000_000
    text = _texts(doc)
    for name in ("Léa", "Dubois", "Hugo", "Inès", "Girard"):
        assert name not in text
    stage = next(t for t in doc.tables() if t.title == "Projets suivis par étape")
    # Émergence has 2 now: folded into "Autres", so no named line shows a small count
    assert all(not isinstance(v, int) or v == 0 or v >= 3 for r in stage.rows for v in r[1:])
    assert stage.rows[-1][0].startswith("Autres")
    assert len(doc.charts()) == 3


def test_comparison_table_and_evolution(report):
    doc = ad.build(report)
    table = next(t for t in doc.tables() if t.name == "Comparaison")
    rows = {r[0]: r[1:] for r in table.rows}
    assert rows["Réunions tenues"] == [4, 1, 3.0]  # +300 %, a number (kind "change")
    assert rows["Projets suivis"] == [3, "< 3", "n.s."]
    assert rows["Emplois créés"] == [3, 0, "–"]


def test_nominative_annex_only_on_request(report, territory):
    doc = ad.build(report, nominative=True)
    annex = doc.tables()[-1]
    assert annex.name == "Annexe nominative"
    assert [r[0] for r in annex.rows] == ["P1", "P2", "P4"]
    assert "Dubois" in annex.rows[0][2]
    figures = {f.label: f.value for b in doc.blocks() if isinstance(b, KeyFigures) for f in b.items}
    assert figures["porteurs accueillis pour la première fois"] == 2  # not masked
    plain = ar.compute(territory, ar.Period.year(2025), today=TODAY)
    with pytest.raises(ValueError):
        ad.build(plain, nominative=True)


def test_the_mask_is_a_typed_disclosure():
    from municipaless.services.reports.disclosure import NS, OTHERS, SMALL, Disclosure, Mask

    anonymised, nominative = Mask.for_document(False), Mask.for_document(True)
    assert anonymised.disclosure is Disclosure.ANONYMISED and anonymised.on
    assert nominative.disclosure is Disclosure.NOMINATIVE and not nominative.on
    assert [anonymised.count(n) for n in (0, 1, 2, 3)] == [0, SMALL, SMALL, 3]
    assert [nominative.count(n) for n in (1, 2)] == [1, 2]
    assert anonymised.rate(0.5, 2, 10) == NS and nominative.rate(0.5, 2, 10) == 0.5
    rows = anonymised.fold([("A", 5), ("B", 1), ("C", 2), ("E", 9)], [("A", 4), ("D", 3)])
    assert rows == [["A", 5, 4], ["E", 9, 0], ["D", 0, 3], [OTHERS, 3, 0]]
    # "Autres" would be 2 and 2, the total minus A: A folds too
    rows = anonymised.fold([("A", 5), ("B", 1), ("C", 1)], [("A", 4), ("D", 2)])
    assert rows == [[OTHERS, 7, 6]]
    assert Mask.for_document(False, 4).count(3) == "< 4" and SMALL == "< 3"
