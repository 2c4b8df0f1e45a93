"""The demo's meetings behave like a real instance's: templates, approvals at the next meeting,
versions, points en suspens, overdue and carried actions."""

from datetime import date

import pytest

from municipaless.services import demo, meetings
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.meetings import minutes
from municipaless.services.meetings import series as meeting_series

TODAY = date(2026, 3, 15)


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    demo.generate(path, "small", seed=3, today=TODAY)
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    yield t
    t.close()


def test_series_have_templates_with_members(small):
    for s in meeting_series.list_series(small):
        template = meeting_series.template_of(s)
        assert template.agenda and len(template.invitees) >= 5, s.name
        assert all(i.person_id for i in template.invitees)


def test_minutes_approved_at_the_next_meeting_with_their_versions(small):
    approved = 0
    for s in meeting_series.list_series(small):
        series_meetings = meetings.series_meetings(small, s.id)
        starts = [m.starts_at[:10] for m in series_meetings]
        for m in series_meetings:
            history = minutes.history(small, m.id)
            if m.minutes_status == "approuve":
                approved += 1
                assert m.approved_on in starts and m.approved_on > m.starts_at[:10]
                assert [h.status for h in history][:2] == ["diffuse", "approuve"]
                assert history[-1].status == "approuve"
                assert history[-1].status_on == m.approved_on
                assert history[-1].record.content["attendance"]
            elif m.minutes_status == "brouillon":
                assert history == [] or history[-1].version > 1
    assert approved > 5


def test_points_en_suspens_and_actions(small):
    today = TODAY.isoformat()
    rows = meetings.action_items_overview(small, today=TODAY, open_only=False)
    statuses = {r.record.status for r in rows}
    assert statuses == {"a_faire", "en_cours", "fait", "abandonne"}
    assert any(r.overdue(today) for r in rows)
    assert any(not r.is_open and r.record.done_on for r in rows)
    upcoming = [
        m
        for s in meeting_series.list_series(small)
        for m in meetings.series_meetings(small, s.id)
        if m.starts_at[:10] > today
    ]
    assert any(meetings.pending_action_items(small, m) for m in upcoming)
    for m in upcoming:
        assert {a.record.status for a in meetings.pending_action_items(small, m)} <= {
            "a_faire",
            "en_cours",
        }


def test_decision_numbers_are_unique_and_follow_series_and_year(small):
    register = meetings.decision_register(small)
    numbers = [r.record.number for r in register]
    assert len(numbers) == len(set(numbers))
    for r in register:
        assert r.record.number.startswith(f"{r.series_code}-{r.meeting_starts_at[:4]}-")
    assert any(r.replaced_by_number for r in register)
