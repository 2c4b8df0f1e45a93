"""Projects and their porteurs: creation, status rules, post-creation check-ins, pérennité."""

import datetime as dt

import pytest

from municipaless.services import casework
from municipaless.services.casework import CaseworkError, HolderInput, ProjectFilters, case_events
from municipaless.storage.errors import ConflictError
from tests.services.casework_sample import make_sample


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def _checkins(t, project_id):
    return sorted(
        (f for f in t.records["follow_up"].where() if f.project_id == project_id),
        key=lambda f: f.checkin_months or 0,
    )


def test_create_project_numbers_by_year_and_links_new_and_existing_porteurs(s):
    t = s.t
    assert s.project.reference == "P-2026-0001"
    assert s.project.referent == "Marie Dupont"
    second = casework.create_project(
        t,
        {"name": "Garage solidaire", "first_contact_on": "15/01/2026"},
        [
            HolderInput(person_id=s.lea.id, role="Co-porteuse"),
            HolderInput(new_person={"first_name": "Karim", "last_name": "Benali"}),
        ],
    )
    older = casework.create_project(t, {"name": "Ancien", "first_contact_on": "2025-05-05"})
    assert second.reference == "P-2026-0002" and second.first_contact_on == "2026-01-15"
    assert older.reference == "P-2025-0001"
    names = [h.person.display_name for h in casework.holders(t, second.id)]
    assert names == ["Léa Martin", "Karim Benali"]
    # a deleted project keeps its number: the next one never reuses it
    t.remove("project", second.id, second.rev)
    third = casework.create_project(t, {"name": "Suite", "first_contact_on": "2026-02-01"})
    assert third.reference == "P-2026-0003"


def test_bad_project_input_is_refused_in_french_and_writes_nothing(s):
    t = s.t
    before = (t.records["project"].count(), t.records["person"].count())
    with pytest.raises(CaseworkError) as err:
        casework.create_project(
            t,
            {"name": "  ", "jobs_planned": "deux", "first_contact_on": "31/02/2026"},
            [HolderInput(new_person={"first_name": "Nadia"})],
        )
    assert set(err.value.errors) == {"name", "jobs_planned", "first_contact_on"}
    assert "nom" in err.value.errors["name"]
    with pytest.raises(CaseworkError):
        casework.create_project(
            t, {"name": "X"}, [HolderInput(person_id=s.lea.id), HolderInput(person_id=s.lea.id)]
        )
    assert (t.records["project"].count(), t.records["person"].count()) == before


def test_same_porteur_twice_is_refused(s):
    with pytest.raises(CaseworkError, match="porte déjà"):
        casework.add_holder(s.t, s.project.id, HolderInput(person_id=s.lea.id))
    assert len(casework.holders(s.t, s.project.id)) == 1


def test_closing_needs_a_reason(s):
    t, p = s.t, s.project
    for status in ("clos", "abandonne"):
        with pytest.raises(CaseworkError) as err:
            casework.change_status(t, p.id, p.rev, status)
        assert "pourquoi" in err.value.message
    assert t.records["project"].get(p.id).status == "actif"
    closed = casework.change_status(t, p.id, p.rev, "abandonne", reason="Pas de local").project
    assert (closed.status, closed.close_reason) == ("abandonne", "Pas de local")
    with pytest.raises(ConflictError):
        casework.change_stage(t, p.id, p.rev, "creation")


def test_marking_created_needs_a_date_and_schedules_four_checkins_once(s):
    t, p = s.t, s.project
    with pytest.raises(CaseworkError) as err:
        casework.change_status(t, p.id, p.rev, "cree")
    assert "founded_on" in err.value.errors
    change = casework.mark_created(t, p.id, p.rev, "31/08/2025", jobs_created=2)
    assert change.project.status == "cree" and change.project.founded_on == "2025-08-31"
    checkins = _checkins(t, p.id)
    assert [(f.checkin_months, f.due_on, f.kind) for f in checkins] == [
        (6, "2026-02-28", "checkin"),  # no 31 February: the month's last day
        (12, "2026-08-31", "checkin"),
        (24, "2027-08-31", "checkin"),
        (36, "2028-08-31", "checkin"),
    ]
    # again, and through a plain edit: still four
    again = casework.mark_created(t, p.id, change.project.rev, "2025-08-31")
    casework.update_project(t, p.id, again.project.rev, {"jobs_created": 3})
    assert len(_checkins(t, p.id)) == 4


def test_changing_the_founding_date_moves_open_checkins_and_keeps_done_ones(s):
    t, p = s.t, s.project
    change = casework.mark_created(t, p.id, p.rev, "2025-01-10")
    six = change.checkins[0]
    t.save("follow_up", {"done_on": "2025-07-12"}, row_id=six.id, rev=six.rev)
    casework.update_project(t, p.id, change.project.rev, {"founded_on": "2025-02-10"})
    by_months = {f.checkin_months: f for f in _checkins(t, p.id)}
    assert by_months[6].due_on == "2025-07-10" and by_months[6].done_on == "2025-07-12"
    assert by_months[12].due_on == "2026-02-10"
    assert len(by_months) == 4


def test_leaving_created_withdraws_the_checkins_not_done(s):
    t, p = s.t, s.project
    change = casework.mark_created(t, p.id, p.rev, "2025-01-10")
    first = change.checkins[0]
    t.save("follow_up", {"done_on": "2025-07-10"}, row_id=first.id, rev=first.rev)
    casework.change_status(t, p.id, change.project.rev, "clos", reason="Cessation d'activité")
    left = _checkins(t, p.id)
    assert [(f.checkin_months, f.done_on) for f in left] == [(6, "2025-07-10")]


def test_founding_date_in_the_future_is_refused(s):
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    with pytest.raises(CaseworkError, match="futur"):
        casework.mark_created(s.t, s.project.id, s.project.rev, later)


def test_perennite_a_3_ans(s):
    t = s.t
    today = dt.date(2026, 11, 26)

    def founded(name, on, status="cree", reason=""):
        p = casework.create_project(t, {"name": name, "first_contact_on": "2020-01-01"})
        p = casework.mark_created(t, p.id, p.rev, on).project
        if status != "cree":
            p = casework.change_status(t, p.id, p.rev, status, reason=reason).project
        return p

    alive = founded("Alive", "2022-05-01")
    founded("Closed", "2023-01-15", "clos", "Liquidation")
    founded("Too recent", "2024-06-01")
    founded("Boundary", "2023-11-26")  # exactly three years: counted
    checkin = next(f for f in _checkins(t, alive.id) if f.checkin_months == 36)
    t.save("follow_up", {"done_on": "2025-05-03"}, row_id=checkin.id, rev=checkin.rev)
    figure = casework.survival_at_3_years(t, today)
    assert (figure.base, figure.alive, figure.confirmed) == (3, 2, 1)
    assert figure.rate == pytest.approx(2 / 3)
    assert figure.founded_by == "2023-11-26"


def test_project_list_filters_through_the_service(s):
    t = s.t
    other = casework.create_project(
        t, {"name": "Ressourcerie", "sector": "economie_circulaire", "referent": "Camille Roux"}
    )
    case_events.add_event(
        t, other.id, case_events.EventInput("entretien", dt.date.today().isoformat())
    )
    rows = casework.project_list(t, ProjectFilters(referent="camille roux")).fetch(0, 10)
    assert [r[2] for r in rows] == ["Ressourcerie"]
    assert rows[0][-1] == dt.date.today().isoformat()  # last activity column
    assert casework.project_list(t, ProjectFilters(text="epicerie")).count() == 1
    assert casework.project_list(t, ProjectFilters(sectors=("alimentation",))).count() == 1
    silent = casework.project_list(t, ProjectFilters(silent_days=30)).fetch(0, 10)
    assert [r[2] for r in silent] == ["Épicerie solidaire Martin"]
    assert casework.referents(t) == ["Camille Roux", "Marie Dupont"]
