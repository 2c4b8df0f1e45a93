"""The demo case log gives every screen of Porteurs & projets something to show."""

import datetime as dt

import pytest

from municipaless.services import demo
from municipaless.services.casework import follow_ups, funding, referrals
from municipaless.services.file import OpenMode, open_territory

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def t(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "small.municipaless"
    demo.generate(path, "small", seed=1, today=TODAY)
    territory = open_territory(path, mode=OpenMode.READ_ONLY)
    yield territory
    territory.close()


def test_every_project_has_a_porteur_and_an_accueil(t):
    holders = {h.project_id for h in t.records["project_holder"].where()}
    projects = t.records["project"].where()
    assert {p.id for p in projects} <= holders
    first_kinds = {e.project_id for e in t.records["case_event"].where() if e.kind == "accueil"}
    assert {p.id for p in projects} <= first_kinds


def test_orientations_in_every_status_and_none_left_overdue(t):
    rows = t.records["referral"].where()
    assert {r.status for r in rows} == set(referrals.STATUSES)
    late = (TODAY - dt.timedelta(days=30)).isoformat()
    assert not [r for r in rows if r.status == "envoyee" and r.sent_on < late]


def test_created_projects_have_their_four_checkins(t):
    created = [p for p in t.records["project"].where() if p.status == "cree"]
    checkins: dict[str, list[int]] = {}
    for f in t.records["follow_up"].where():
        if f.kind == "checkin":
            checkins.setdefault(f.project_id, []).append(f.checkin_months)
    assert created and all(sorted(checkins[p.id]) == [6, 12, 24, 36] for p in created)


def test_dashboard_and_funding_plans_have_something_to_show(t):
    panel = follow_ups.panel(t, TODAY)
    assert panel.today_count > 0 and panel.overdue_count > 0 and panel.silent_count > 0
    by_project: dict[str, set] = {}
    for r in t.records["funding_request"].where():
        by_project.setdefault(r.project_id, set()).add(r.funder_id)
    widest = max(by_project, key=lambda p: len(by_project[p]))
    assert len(by_project[widest]) >= 3
    assert any(funding.plan(t, p).commune_cents for p in by_project)
