"""Minutes lifecycle: brouillon → diffusé → approuvé, frozen once approved, versions kept."""

from datetime import date

import pytest

from municipaless.services import meetings
from municipaless.services.meetings import MeetingError, MinutesFrozen, minutes
from municipaless.services.meetings import series as meeting_series
from municipaless.storage.errors import ConflictError
from tests.services.meetings_sample import make_territory


@pytest.fixture
def copil(tmp_path):
    t, people, _ = make_territory(tmp_path / "t.municipaless")
    series = meeting_series.create_series(t, "copil")
    first = meetings.create_meeting(t, series.id, "2026-03-12T14:30")
    meetings.add_invitee(t, first.id, person_id=people["Martin"].id, status="present")
    second = meetings.create_meeting(t, series.id, "2026-06-04T14:30")
    yield t, first, second
    t.close()


def _meeting(t, m):
    return t.records["meeting"].get(m.id)


def test_lifecycle_with_snapshots(copil):
    t, first, second = copil
    item = meetings.open_meeting(t, first.id).agenda[0]
    meetings.save_notes(t, item.id, item.rev, "Version diffusée")
    meetings.add_decision(t, first.id, "La feuille de route est adoptée.")
    assert minutes.live_version(t, _meeting(t, first)) == 1

    with pytest.raises(MeetingError, match="diffusez-le d'abord"):
        minutes.approve(t, first.id, _meeting(t, first).rev, at_meeting_id=second.id)
    circulated = minutes.circulate(t, first.id, _meeting(t, first).rev, on=date(2026, 3, 20))
    assert circulated.minutes_status == "diffuse"
    assert minutes.approvable_at(t, second) == [circulated]
    assert minutes.approvable_at(t, first) == []

    # corrections after diffusion are allowed (not frozen yet)
    item = t.records["agenda_item"].get(item.id)
    meetings.save_notes(t, item.id, item.rev, "Version approuvée")
    with pytest.raises(MeetingError, match="suit celle"):
        minutes.approve(t, first.id, circulated.rev, at_meeting_id=first.id)
    approved = minutes.approve(
        t, first.id, circulated.rev, at_meeting_id=second.id, record_decision=True
    )
    assert approved.minutes_status == "approuve" and approved.approved_on == "2026-06-04"
    assert [d.text for d in meetings.open_meeting(t, second.id).decisions] == [
        "Le compte rendu de la réunion du 12 mars 2026 est approuvé."
    ]

    history = minutes.history(t, first.id)
    assert [(h.version, h.status, h.status_on) for h in history] == [
        (1, "diffuse", "2026-03-20"),
        (1, "approuve", "2026-06-04"),
    ]
    assert history[0].record.content["agenda"][0]["notes"] == "Version diffusée"
    assert history[1].record.content["agenda"][0]["notes"] == "Version approuvée"
    assert history[1].record.content["decisions"][0]["number"] == "COPIL-2026-01"
    assert history[1].record.content["attendance"] == [
        {
            "name": "Claire Martin",
            "organisation": "Commune de Privas",
            "status": "present",
            "represented_by": "",
        }
    ]
    assert history[1].record.content["approved_at"]["id"] == second.id
    assert history[1].by == "Marie Dupont"


def test_approved_minutes_are_frozen_until_a_new_version(copil):
    t, first, second = copil
    item = meetings.open_meeting(t, first.id).agenda[0]
    m = minutes.circulate(t, first.id, _meeting(t, first).rev, on=date(2026, 3, 20))
    m = minutes.approve(t, first.id, m.rev, on=date(2026, 6, 4))
    with pytest.raises(MinutesFrozen, match="il est figé") as refused:
        meetings.save_notes(t, item.id, item.rev, "modification")
    assert "nouvelle version" in refused.value.message
    with pytest.raises(MinutesFrozen):
        meetings.update_meeting(t, first.id, m.rev, title="Autre titre")
    with pytest.raises(MinutesFrozen):
        minutes.circulate(t, first.id, m.rev)
    with pytest.raises(MinutesFrozen):
        minutes.approve(t, first.id, m.rev)
    assert t.records["agenda_item"].get(item.id).notes == ""

    reopened = minutes.new_version(t, first.id, m.rev)
    assert reopened.minutes_status == "brouillon" and reopened.approved_on is None
    assert minutes.live_version(t, reopened) == 2
    meetings.save_notes(t, item.id, item.rev, "Correction en version 2")
    m = minutes.circulate(t, first.id, reopened.rev, on=date(2026, 6, 10))
    m = minutes.approve(t, first.id, m.rev, on=date(2026, 9, 1))
    history = minutes.history(t, first.id)
    assert [(h.version, h.status) for h in history] == [
        (1, "diffuse"),
        (1, "approuve"),
        (2, "diffuse"),
        (2, "approuve"),
    ]
    # version 1 as approved is unchanged by the later edit
    assert history[1].record.content["agenda"][0]["notes"] == ""
    assert history[3].record.content["agenda"][0]["notes"] == "Correction en version 2"
    assert minutes.live_version(t, m) == 2


def test_stale_rev_on_circulate_writes_no_snapshot(copil):
    t, first, _ = copil
    stale = _meeting(t, first).rev
    meetings.update_meeting(t, first.id, stale, place="Salle du conseil")
    with pytest.raises(ConflictError):
        minutes.circulate(t, first.id, stale)
    assert minutes.versions(t, first.id) == []
    assert _meeting(t, first).minutes_status == "brouillon"


def test_lifecycle_fields_only_through_minutes(copil):
    t, first, _ = copil
    with pytest.raises(ValueError):
        meetings.update_meeting(t, first.id, _meeting(t, first).rev, minutes_status="approuve")
    assert minutes.status_label("diffuse") == "Diffusé"
