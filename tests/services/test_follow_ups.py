"""Relances, the dashboard's follow-up panel and the ICS export (read back with icalendar)."""

import datetime as dt

import pytest
from icalendar import Calendar

from municipaless.services import casework
from municipaless.services.casework import CaseworkError, case_events, follow_ups
from municipaless.storage.bulk import write_meta
from tests.services.casework_sample import make_sample

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def s(tmp_path):
    sample = make_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def test_add_done_reschedule(s):
    t = s.t
    with pytest.raises(CaseworkError):
        follow_ups.add(t, s.project.id, "2026-12-01", "   ")
    with pytest.raises(CaseworkError, match="jj/mm/aaaa"):
        follow_ups.add(t, s.project.id, "demain", "Rappeler")
    f = follow_ups.add(t, s.project.id, "01/12/2026", " Rappeler Léa ")
    assert (f.due_on, f.what, f.done_on, f.kind) == ("2026-12-01", "Rappeler Léa", None, "")
    f = follow_ups.reschedule(t, f.id, f.rev, "2026-12-08")
    f = follow_ups.mark_done(t, f.id, f.rev, "2026-12-07")
    assert (f.due_on, f.done_on) == ("2026-12-08", "2026-12-07")
    f = follow_ups.reopen(t, f.id, f.rev)
    assert f.done_on is None
    assert [x.id for x in follow_ups.of_project(t, s.project.id)] == [f.id]


def test_panel_today_overdue_and_silent_projects(s):
    t, p = s.t, s.project
    today_item = follow_ups.add(t, p.id, TODAY.isoformat(), "Envoyer le dossier")
    late = follow_ups.add(t, p.id, "2026-11-01", "Rappeler")
    done = follow_ups.add(t, p.id, "2026-10-01", "Fait")
    follow_ups.mark_done(t, done.id, done.rev, "2026-10-01")
    follow_ups.add(t, p.id, "2026-12-15", "Plus tard")
    # Épicerie: last case event 100 days ago (its future relance does not count as news)
    case_events.add_event(t, p.id, case_events.EventInput("entretien", "2026-08-18"))
    recent = casework.create_project(t, {"name": "Récent", "first_contact_on": "2026-11-20"})
    casework.create_project(t, {"name": "Oublié", "first_contact_on": "2026-01-10"})
    met = casework.create_project(t, {"name": "Vu", "first_contact_on": "2026-01-10"})
    case_events.add_event(t, met.id, case_events.EventInput("appel", "2026-11-02"))
    closed = casework.create_project(t, {"name": "Clos", "first_contact_on": "2025-01-10"})
    follow_ups.add(t, closed.id, "2026-11-02", "Relance d'un dossier clos")
    casework.change_status(t, closed.id, closed.rev, "clos", reason="Fin")
    write_meta(t.tdb, {"no_news_days": "60"})

    panel = follow_ups.panel(t, TODAY)
    assert [i.follow_up_id for i in panel.today] == [today_item.id]
    assert [i.follow_up_id for i in panel.overdue] == [late.id]
    assert (panel.today_count, panel.overdue_count) == (1, 1)
    assert panel.silent_days == 60
    assert [x.name for x in panel.silent] == ["Oublié", "Épicerie solidaire Martin"]
    assert panel.silent_count == 2
    assert panel.silent[1].last_news == "2026-08-18" and panel.silent[1].days == 100
    assert recent.id not in {x.project_id for x in panel.silent}


def _calendar(path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_ics_export_reads_back_as_all_day_events_with_alarms(s, tmp_path):
    t, p = s.t, s.project
    a = follow_ups.add(t, p.id, "2026-12-01", "Rappeler Léa")
    b = follow_ups.add(t, p.id, "2026-12-31", "Point d'étape")
    done = follow_ups.add(t, p.id, "2026-11-01", "Déjà fait")
    follow_ups.mark_done(t, done.id, done.rev)
    casework.mark_created(t, p.id, p.rev, "2026-06-30")
    path = tmp_path / "relances.ics"
    assert follow_ups.export_ics(t, path) == 6  # two relances + four check-ins
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"DTSTART;VALUE=DATE:20261201" in raw
    cal = _calendar(path)
    assert str(cal["method"]) == "PUBLISH" and "MunicipalESS" in str(cal["prodid"])
    assert str(cal["version"]) == "2.0"
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert f"{done.id}@municipaless" not in events
    first = events[f"{a.id}@municipaless"]
    start, end = first.decoded("dtstart"), first.decoded("dtend")
    assert start == dt.date(2026, 12, 1) and not isinstance(start, dt.datetime)
    assert end == dt.date(2026, 12, 2)
    assert "Rappeler Léa" in str(first["summary"]) and p.reference in str(first["summary"])
    assert "DTSTAMP" in first and str(first["transp"]) == "TRANSPARENT"
    alarms = first.walk("VALARM")
    assert len(alarms) == 1 and str(alarms[0]["action"]) == "DISPLAY"
    assert alarms[0].decoded("trigger") == -dt.timedelta(hours=15)
    checkin_days = sorted(
        e.decoded("dtstart") for e in events.values() if "post-création" in str(e["summary"])
    )
    assert checkin_days[0] == dt.date(2026, 12, 30) and len(checkin_days) == 4
    # stable UIDs: a second export after an edit keeps them, with a higher SEQUENCE
    b = follow_ups.reschedule(t, b.id, b.rev, "2027-01-05")
    follow_ups.export_ics(t, path)
    again = {str(e["uid"]): e for e in _calendar(path).walk("VEVENT")}
    assert set(again) == set(events)
    moved = again[f"{b.id}@municipaless"]
    assert moved.decoded("dtstart") == dt.date(2027, 1, 5)
    assert int(moved["sequence"]) > int(events[f"{b.id}@municipaless"]["sequence"])
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".")] == []


def test_ics_export_of_one_project_and_of_nothing(s, tmp_path):
    t = s.t
    other = casework.create_project(t, {"name": "Autre"})
    follow_ups.add(t, other.id, "2026-12-01", "Autre relance")
    follow_ups.add(t, s.project.id, "2026-12-02", "Relance Épicerie")
    path = tmp_path / "un.ics"
    assert follow_ups.export_ics(t, path, project_id=s.project.id) == 1
    summaries = [str(e["summary"]) for e in _calendar(path).walk("VEVENT")]
    assert len(summaries) == 1 and "Relance Épicerie" in summaries[0]
    empty = tmp_path / "vide.ics"
    assert follow_ups.export_ics(t, empty, project_id="absent") == 0
    assert _calendar(empty).walk("VEVENT") == []
