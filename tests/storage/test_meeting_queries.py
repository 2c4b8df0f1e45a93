"""The SQL behind the meetings: one meeting in a fixed number of queries, registers, filters."""

import pytest

from municipaless.core import domain as d
from municipaless.storage import meeting_queries as q
from municipaless.storage.records import Records


@pytest.fixture
def rec(tdb):
    return {table: Records(tdb, table, cls) for table, cls in d.TABLES.items()}


def _ins(rec, table, **values):
    return rec[table].insert(d.TABLES[table](**values))


def _meeting_with(rec, n_people: int, n_items: int, starts_at="2026-03-12T14:30", series=None):
    m = _ins(rec, "meeting", title="COPIL", starts_at=starts_at, series_id=series)
    org = _ins(rec, "organisation", name="CRESS")
    for i in range(n_people):
        p = _ins(rec, "person", first_name=f"P{i:02d}", last_name=f"Nom{i:02d}")
        _ins(rec, "attendance", meeting_id=m.id, person_id=p.id, organisation_id=org.id)
    for i in range(n_items):
        item = _ins(rec, "agenda_item", meeting_id=m.id, position=n_items - i, title=f"Point {i}")
        _ins(rec, "decision", meeting_id=m.id, agenda_item_id=item.id, text="D", number=f"X-{i}")
        _ins(rec, "action_item", meeting_id=m.id, what=f"A{i}", owner_text="Service")
    return m


def _count_statements(tdb, fn):
    seen = []
    tdb.db.conn.set_trace_callback(seen.append)
    try:
        result = fn()
    finally:
        tdb.db.conn.set_trace_callback(None)
    return result, len(seen)


def test_load_meeting_takes_the_same_few_queries_whatever_its_size(tdb, rec):
    small = _meeting_with(rec, 2, 1)
    big = _meeting_with(rec, 40, 15)
    bundle_small, n_small = _count_statements(tdb, lambda: q.load_meeting(tdb.db, small.id))
    bundle_big, n_big = _count_statements(tdb, lambda: q.load_meeting(tdb.db, big.id))
    assert n_small == n_big <= 7
    assert len(bundle_big.attendance) == 40 and len(bundle_big.agenda) == 15
    assert [i.position for i in bundle_big.agenda] == list(range(1, 16))
    assert bundle_big.attendance[0].name == "P00 Nom00"
    assert {a.organisation_name for a in bundle_big.attendance} == {"CRESS"}
    assert len(bundle_big.decisions) == 15 and len(bundle_big.actions) == 15
    assert bundle_small.meeting.id == small.id and len(bundle_small.attendance) == 2
    assert q.load_meeting(tdb.db, "nope") is None


def test_meeting_reads_use_indexes(tdb, rec):
    m = _meeting_with(rec, 3, 2)
    for sql in (q._ATTENDANCE,):
        plan = " ".join(r[3] for r in tdb.db.execute("EXPLAIN QUERY PLAN " + sql, [m.id]))
        assert "attendance_meeting" in plan, plan


def test_next_decision_number_per_series_prefix_with_deleted_and_odd_numbers(tdb, rec):
    s = _ins(rec, "meeting_series", name="COPIL", code="COPIL")
    other = _ins(rec, "meeting_series", name="Autre", code="COPIL2")
    m = _ins(rec, "meeting", title="A", starts_at="2026-01-01T10:00", series_id=s.id)
    m2 = _ins(rec, "meeting", title="B", starts_at="2026-01-01T10:00", series_id=other.id)
    assert q.next_decision_number(tdb.db, s.id, "COPIL-2026-") == 1
    gone = _ins(rec, "decision", meeting_id=m.id, number="COPIL-2026-07", text="x")
    rec["decision"].delete(gone.id, gone.rev)
    _ins(rec, "decision", meeting_id=m.id, number="COPIL-2026-bis", text="typed by hand")
    _ins(rec, "decision", meeting_id=m2.id, number="COPIL-2026-40", text="other series")
    assert q.next_decision_number(tdb.db, s.id, "COPIL-2026-") == 8
    assert q.next_decision_number(tdb.db, s.id, "COPIL-2025-") == 1
    # LIKE wildcards in a prefix are literal
    assert q.next_decision_number(tdb.db, s.id, "COPIL_2026-") == 1


def test_pending_actions_open_before_and_closed_since(tdb, rec):
    s = _ins(rec, "meeting_series", name="COPIL", code="COPIL")
    m1 = _ins(rec, "meeting", title="1", starts_at="2026-01-10T10:00", series_id=s.id)
    m2 = _ins(rec, "meeting", title="2", starts_at="2026-03-10T10:00", series_id=s.id)
    other = _ins(rec, "meeting", title="x", starts_at="2026-01-10T10:00")
    open1 = _ins(rec, "action_item", meeting_id=m1.id, what="open", due_on="2026-02-01")
    _ins(rec, "action_item", meeting_id=m1.id, what="done", status="fait", done_on="2026-02-01")
    closed_at = _ins(
        rec,
        "action_item",
        meeting_id=m1.id,
        what="closed at m2",
        status="fait",
        done_on="2026-03-10",
    )
    _ins(rec, "action_item", meeting_id=m2.id, what="own action of m2")
    _ins(rec, "action_item", meeting_id=other.id, what="other series")
    assert [a.record.id for a in q.pending_action_items(tdb.db, s.id, m2.starts_at)] == [open1.id]
    rows = q.pending_action_items(tdb.db, s.id, m2.starts_at, closed_since="2026-03-10")
    assert [a.record.id for a in rows] == [open1.id, closed_at.id]
    assert rows[0].meeting_title == "1" and rows[0].series_code == "COPIL"


def test_actions_overview_order_and_owner_names(tdb, rec):
    m = _ins(rec, "meeting", title="1", starts_at="2026-01-10T10:00")
    org = _ins(rec, "organisation", name="France Active")
    p = _ins(rec, "person", first_name="Nadia", last_name="Benali")
    a = _ins(
        rec,
        "action_item",
        meeting_id=m.id,
        what="a",
        due_on="2026-05-01",
        owner_person_id=p.id,
        owner_organisation_id=org.id,
    )
    b = _ins(
        rec,
        "action_item",
        meeting_id=m.id,
        what="b",
        due_on="2026-01-20",
        owner_organisation_id=org.id,
    )
    c = _ins(rec, "action_item", meeting_id=m.id, what="c", owner_text="Service ESS")
    e = _ins(
        rec,
        "action_item",
        meeting_id=m.id,
        what="e",
        status="fait",
        due_on="2026-01-01",
        done_on="2026-01-02",
    )
    rows = q.action_items_overview(tdb.db, "2026-02-01", open_only=False)
    assert [r.record.id for r in rows] == [b.id, a.id, c.id, e.id]
    assert [r.owner for r in rows] == [
        "France Active",
        "Nadia Benali (France Active)",
        "Service ESS",
        "",
    ]
    assert [r.overdue("2026-02-01") for r in rows] == [True, False, False, False]
    assert [r.record.id for r in q.workbook_action_items(tdb.db)] == [e.id, b.id, a.id, c.id]


def test_current_organisation_and_live_people(tdb, rec):
    p = _ins(rec, "person", first_name="A", last_name="B")
    gone = _ins(rec, "person", first_name="C", last_name="D", erased_at="2026-01-01")
    old = _ins(rec, "organisation", name="Old")
    new = _ins(rec, "organisation", name="New")
    _ins(
        rec,
        "affiliation",
        person_id=p.id,
        organisation_id=old.id,
        start_on="2019-01-01",
        end_on="2022-01-01",
    )
    _ins(rec, "affiliation", person_id=p.id, organisation_id=new.id, start_on="2022-02-01")
    assert q.current_organisations(tdb.db, [p.id, gone.id]) == {p.id: new.id}
    assert q.live_people(tdb.db, [p.id, gone.id, "nope"]) == {p.id}


def test_meeting_where_filters_the_list(tdb, rec):
    from municipaless.storage.listing import SPECS, ListSource

    s = _ins(rec, "meeting_series", name="Comité de pilotage", code="COPIL")
    _ins(rec, "meeting", title="Printemps", starts_at="2026-03-12T14:30", series_id=s.id)
    _ins(rec, "meeting", title="Été", starts_at="2026-07-01T09:00", minutes_status="approuve")
    count = lambda w: ListSource(tdb.db, SPECS["meeting"], w).count()  # noqa: E731
    assert count(q.meeting_where()) == 2
    assert count(q.meeting_where(series_id=s.id)) == 1
    assert count(q.meeting_where(date_from="2026-03-12", date_to="2026-03-12")) == 1
    assert count(q.meeting_where(date_to="2026-03-11")) == 0
    assert count(q.meeting_where(minutes_status="approuve")) == 1
    assert count(q.meeting_where(text="ete")) == 1
    rows = ListSource(tdb.db, SPECS["meeting"], q.meeting_where()).fetch(0, 10)
    keys = [c.key for c in SPECS["meeting"].columns]
    assert rows[0][1 + keys.index("series")] == "Comité de pilotage"
    assert rows[1][1 + keys.index("series")] is None
