"""The bilan's aggregate queries on a small file whose figures are known (activity_sample.py)."""

import pytest

from municipaless.services.file import OpenMode, open_territory
from municipaless.storage import activity_queries as q
from tests.storage.activity_sample import PRIVAS, VOULTE, write_sample

Y2025 = q.Window("2025-01-01", "2025-12-31", None, "2026-01-15")
Y2024 = q.Window("2024-01-01", "2024-12-31", None, "2026-01-15")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = write_sample(tmp_path_factory.mktemp("activity") / "t.municipaless")
    territory = open_territory(path, mode=OpenMode.READ_ONLY)
    yield territory.tdb.db
    territory.close()


def _by(groups, attr):
    out = {}
    for g in groups:
        out[getattr(g, attr)] = out.get(getattr(g, attr), 0) + g.projects
    return out


def test_followed_projects_and_porteurs(db):
    f = q.followed(db, Y2025)
    assert sum(g.projects for g in f.groups) == 3  # P1, P2 (event), P4; P7 deleted
    assert sum(g.projects for g in f.groups if g.is_new) == 2
    assert (f.holders_new, f.holders_followed) == (2, 3)  # Léa holds P1 and P4: once
    assert _by(f.groups, "stage") == {"emergence": 2, "creation": 1}
    assert _by(f.groups, "commune") == {PRIVAS: 2, VOULTE: 1}
    assert _by(f.groups, "legal_status") == {"association": 2, "scic": 1}
    assert sum(g.jobs_planned for g in f.groups) == 7
    before = q.followed(db, Y2024)
    assert sum(g.projects for g in before.groups) == 2
    assert (before.holders_new, before.holders_followed) == (2, 2)


def test_scope_filters_projects_and_what_hangs_on_them(db):
    voulte = q.Window("2025-01-01", "2025-12-31", (VOULTE,), "2026-01-15")
    f = q.followed(db, voulte)
    assert sum(g.projects for g in f.groups) == 1 and f.holders_new == 1
    assert [(r.organisation, r.status) for r in q.referrals(db, voulte)] == [
        ("BGE Ardèche", "envoyee")
    ]
    assert q.funding(db, voulte) == []  # P4's request is still in preparation
    assert q.creations(db, voulte) == (0, 0)
    assert q.meetings(db, voulte) == q.meetings(db, Y2025)  # meetings are territory-wide


def test_creations_and_survival(db):
    assert q.creations(db, Y2025) == (1, 3)
    assert q.survival(db, Y2025, "2022-12-31") == (2, 1)  # P5 alive, P6 closed
    assert q.survival(db, Y2024, "2021-12-31") == (1, 1)


def test_referrals_by_structure_and_status(db):
    rows = {(r.organisation, r.status): r.referrals for r in q.referrals(db, Y2025)}
    assert rows == {
        ("BGE Ardèche", "envoyee"): 1,
        ("France Active Ardèche", "prise_en_charge"): 1,
        ("France Active Ardèche", "refusee"): 1,
        ("France Active Ardèche", "sans_reponse"): 1,
    }


def test_funding_by_funder_instrument_and_commune_money(db):
    rows = {(g.funder, g.instrument, g.is_commune): g for g in q.funding(db, Y2025)}
    assert set(rows) == {
        ("Mairie de Privas", "subvention", True),
        ("France Active Ardèche", "pret_honneur", False),
        ("France Active Ardèche", "subvention", False),
    }
    assert rows[("Mairie de Privas", "subvention", True)].granted_cents == 500_000
    assert sum(g.asked_cents for g in rows.values()) == 3_300_000  # preparation left out
    assert sum(g.granted_cents for g in rows.values()) == 2_000_000


def test_meetings_decisions_and_actions(db):
    assert [(m.series, m.meetings, m.decisions) for m in q.meetings(db, Y2025)] == [
        ("Comité de pilotage ESS", 3, 3),
        (None, 1, 0),
    ]
    early = q.Window("2025-01-01", "2025-12-31", None, "2025-11-30")
    assert q.meetings(db, early)[0].meetings == 2  # the 15 December one is not held yet
    assert q.actions(db, Y2025) == (1, 2)  # done in 2025; overdue on 31/12 (one done later)
    assert q.actions(db, early) == (1, 2)


def test_labels_annex_and_communes(db):
    assert q.vocabulary_labels(db, "stage")["emergence"] == "Émergence"
    annex = q.nominative_annex(db, Y2025)
    assert [a.reference for a in annex] == ["P1", "P2", "P4"]
    assert annex[0].holders in ("Léa Dubois, Hugo Martin", "Hugo Martin, Léa Dubois")
    assert q.communes_in_use(db) == [PRIVAS, VOULTE]
    assert q.meta_value(db, "commune_name") == "Commune de Privas"
