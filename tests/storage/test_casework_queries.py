"""The case log's SQL: list filters, last activity, timeline, dashboard panel, statistics."""

from datetime import date

import pytest

from municipaless.core import domain as d
from municipaless.storage import casework_queries as q
from municipaless.storage.listing import SPECS, ListSource, Where
from municipaless.storage.records import Records

TODAY = date(2026, 11, 26)


@pytest.fixture
def rec(tdb):
    return {table: Records(tdb, table, cls) for table, cls in d.TABLES.items()}


def _project(rec, name, **values):
    values.setdefault("reference", f"P-2026-{len(rec['project'].where()) + 1:04d}")
    return rec["project"].insert(d.Project(name=name, **values))


def _event(rec, project, on, kind="entretien", **values):
    return rec["case_event"].insert(
        d.CaseEvent(project_id=project.id, kind=kind, occurred_on=on, **values)
    )


def _names(tdb, where: Where) -> list[str]:
    source = ListSource(tdb.db, SPECS["project"], where)
    rows = source.fetch(0, 100, sort_column=1)
    assert source.count() == len(rows)
    return [r[2] for r in rows]


def test_filters_by_stage_status_sector_commune_referent(tdb, rec):
    _project(
        rec,
        "A",
        stage="idee",
        status="actif",
        sector="alimentation",
        commune_insee="07186",
        referent="Marie",
    )
    _project(
        rec,
        "B",
        stage="creation",
        status="cree",
        sector="mobilite",
        commune_insee="07349",
        referent="Camille",
    )
    _project(rec, "C", stage="idee", status="veille", sector="mobilite", commune_insee="07186")
    assert _names(tdb, q.stage_in(["idee"])) == ["A", "C"]
    assert _names(tdb, q.status_in(["cree", "veille"])) == ["B", "C"]
    assert _names(tdb, q.sector_in(["mobilite"]) & q.commune_in(["07186"])) == ["C"]
    assert _names(tdb, q.referent_is("marie")) == ["A"]
    assert _names(tdb, q.referent_is("")) == ["C"]
    assert _names(tdb, q.stage_in([]) & q.referent_is(None)) == ["A", "B", "C"]


def test_silent_counts_from_the_last_case_event_not_from_relances(tdb, rec):
    quiet = _project(rec, "Quiet", first_contact_on="2026-01-01")
    _event(rec, quiet, "2026-06-01")
    rec["follow_up"].insert(d.FollowUp(project_id=quiet.id, due_on="2026-12-01", what="Relancer"))
    met = _project(rec, "Met", first_contact_on="2026-01-01")
    _event(rec, met, "2026-06-01")
    _event(rec, met, "2026-11-20")
    new = _project(rec, "New", first_contact_on="2026-11-01")
    gone = _project(rec, "Gone", first_contact_on="2026-01-01")
    deleted = _event(rec, gone, "2026-11-25")
    rec["case_event"].delete(deleted.id, deleted.rev)  # a deleted entry is no news
    assert _names(tdb, q.silent_for(60, TODAY)) == ["Gone", "Quiet"]
    # an entry older than the first contact (history typed in later): the first contact wins
    typed = _project(rec, "Typed", first_contact_on="2026-11-01")
    _event(rec, typed, "2025-05-01")
    assert "Typed" not in _names(tdb, q.silent_for(60, TODAY))
    news = tdb.db.execute(
        f"SELECT t.name, {q.LAST_NEWS_SQL} FROM project t ORDER BY t.name"
    ).fetchall()
    assert dict(news) == {
        "Gone": "2026-01-01",
        "Met": "2026-11-20",
        "New": "2026-11-01",
        "Quiet": "2026-06-01",
        "Typed": "2026-11-01",
    }
    # New was first met 25 days ago: silent for 10 days, not for 30
    assert new.name not in _names(tdb, q.silent_for(30, TODAY))
    assert new.name in _names(tdb, q.silent_for(10, TODAY))


def test_overdue_follow_ups_and_text(tdb, rec):
    late = _project(rec, "Épicerie du Cœur", description="Vrac et circuits courts")
    fine = _project(rec, "Garage")
    done = _project(rec, "Fait")
    rec["follow_up"].insert(d.FollowUp(project_id=late.id, due_on="2026-11-20", what="x"))
    rec["follow_up"].insert(d.FollowUp(project_id=fine.id, due_on="2026-11-26", what="x"))
    rec["follow_up"].insert(
        d.FollowUp(project_id=done.id, due_on="2026-11-01", what="x", done_on="2026-11-02")
    )
    assert _names(tdb, q.with_overdue_follow_ups(TODAY)) == ["Épicerie du Cœur"]
    assert _names(tdb, q.text_matches("coeur epi")) == ["Épicerie du Cœur"]
    assert _names(tdb, q.text_matches("circuits")) == ["Épicerie du Cœur"]
    assert len(_names(tdb, q.text_matches("  "))) == 3


def test_last_activity_column_is_the_latest_live_event(tdb, rec):
    a = _project(rec, "A")
    _project(rec, "B")
    _event(rec, a, "2026-03-01")
    later = _event(rec, a, "2026-09-01")
    source = ListSource(tdb.db, SPECS["project"])
    key = [c.key for c in source.columns].index("last_activity")
    rows = {r[2]: r[key + 1] for r in source.fetch(0, 10)}
    assert rows == {"A": "2026-09-01", "B": None}
    rec["case_event"].delete(later.id, later.rev)
    rows = source.fetch(0, 10, sort_column=key, descending=True)
    assert [(r[2], r[key + 1]) for r in rows] == [("A", "2026-03-01"), ("B", None)]


def test_timeline_merges_every_source_newest_first(tdb, rec):
    p = _project(rec, "P")
    org = rec["organisation"].insert(d.Organisation(name="BGE"))
    person = rec["person"].insert(d.Person(first_name="Léa", last_name="Martin"))
    event = _event(rec, p, "2026-02-01", "accueil", subject="Accueil", duration_min=30)
    rec["case_event_participant"].insert(
        d.CaseEventParticipant(case_event_id=event.id, person_id=person.id)
    )
    rec["case_event_participant"].insert(
        d.CaseEventParticipant(case_event_id=event.id, organisation_id=org.id)
    )
    rec["referral"].insert(
        d.Referral(
            project_id=p.id,
            organisation_id=org.id,
            need="creation",
            status="refusee",
            sent_on="2026-03-01",
            answered_on="2026-03-10",
            refusal_reason="Complet",
        )
    )
    rec["funding_request"].insert(
        d.FundingRequest(
            project_id=p.id,
            funder_id=org.id,
            asked_cents=100,
            granted_cents=90,
            status="accordee",
            decided_on="2026-04-01",
            instrument="subvention",
        )
    )
    rec["follow_up"].insert(
        d.FollowUp(
            project_id=p.id,
            due_on="2026-12-01",
            what="Point à 6 mois",
            kind="checkin",
            checkin_months=6,
        )
    )
    other = _project(rec, "Other")
    _event(rec, other, "2026-05-01")
    rows = q.timeline(tdb.db, p.id)
    assert [(r.source, r.on) for r in rows] == [
        ("follow_up", "2026-12-01"),
        ("funding_request", "2026-04-01"),
        ("referral", "2026-03-10"),
        ("case_event", "2026-02-01"),
    ]
    assert (rows[0].kind, rows[0].n1) == ("checkin", 6)
    assert (rows[1].n1, rows[1].n2, rows[1].text) == (100, 90, "subvention")
    assert (rows[2].title, rows[2].text) == ("BGE", "Complet")
    assert (rows[3].n1, rows[3].title) == (30, "Accueil")
    names = {(x.person_id is not None, x.name) for x in q.participants(tdb.db, [event.id])}
    assert names == {(True, "Léa Martin"), (False, "BGE")}


def test_dashboard_queries_leave_closed_projects_out(tdb, rec):
    live = _project(rec, "Live", status="actif", first_contact_on="2026-01-01")
    closed = _project(rec, "Closed", status="clos", first_contact_on="2026-01-01")
    for project in (live, closed):
        for due in ("2026-11-26", "2026-11-01", "2026-12-10"):
            rec["follow_up"].insert(d.FollowUp(project_id=project.id, due_on=due, what=due))
    assert q.count_follow_ups_due(tdb.db, TODAY) == (1, 1)
    assert [r.due_on for r in q.open_due_by(tdb.db, TODAY)] == ["2026-11-01", "2026-11-26"]
    due_today = q.follow_ups_due(tdb.db, TODAY, overdue=False)
    assert [(r.project_name, r.due_on) for r in due_today] == [("Live", "2026-11-26")]
    overdue = q.follow_ups_due(tdb.db, TODAY, overdue=True)
    assert [(r.project_name, r.due_on) for r in overdue] == [("Live", "2026-11-01")]
    rows, count = q.silent_projects(tdb.db, 30, TODAY)
    assert ([r.name for r in rows], count) == (["Live"], 1)
    assert len(q.open_follow_ups(tdb.db)) == 3


def test_references_survival_and_referral_stats(tdb, rec):
    _project(rec, "A", reference="P-2026-0009")
    gone = _project(rec, "B", reference="P-2026-0012")
    rec["project"].delete(gone.id, gone.rev)
    _project(rec, "C", reference="P-2025-0100")
    assert q.max_reference_number(tdb.db, "P-2026-") == 12
    assert q.max_reference_number(tdb.db, "P-2024-") == 0
    founded = _project(rec, "F", founded_on="2022-01-01", status="cree")
    _project(rec, "G", founded_on="2022-06-01", status="abandonne")
    _project(rec, "H", founded_on="2025-06-01", status="cree")
    rec["follow_up"].insert(
        d.FollowUp(
            project_id=founded.id,
            due_on="2025-01-01",
            what="x",
            kind="checkin",
            checkin_months=36,
            done_on="2025-01-03",
        )
    )
    assert q.survival(tdb.db, "2023-11-26") == (2, 1, 1)
    org = rec["organisation"].insert(d.Organisation(name="BGE"))
    person = rec["person"].insert(d.Person(last_name="Martin"))
    for project, status in ((founded, "prise_en_charge"), (founded, "refusee")):
        rec["project_holder"].insert(d.ProjectHolder(project_id=project.id, person_id=person.id))
        rec["referral"].insert(
            d.Referral(project_id=project.id, organisation_id=org.id, status=status)
        )
    (stats,) = q.referral_stats(tdb.db)
    assert (stats.name, stats.holders, stats.projects) == ("BGE", 1, 1)
    assert stats.by_status == {"prise_en_charge": 1, "refusee": 1}
