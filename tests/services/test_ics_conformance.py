"""The calendars we write, checked against the RFCs rather than against themselves: RFC 5545
(required properties, CRLF line ends, lines folded at 75 octets and never inside a UTF-8
character, every TZID defined by a VTIMEZONE) and RFC 5546 (REQUEST: ORGANIZER and ATTENDEE
addresses; PUBLISH: no ATTENDEE). Both the meeting invitation and the relances export."""

import re
from datetime import date

import pytest
from icalendar import Calendar

from municipaless.services import casework, meetings
from municipaless.services.casework import follow_ups
from municipaless.services.file import settings as territory_settings
from municipaless.services.meetings import documents as md
from municipaless.services.meetings import series as meeting_series
from tests.services.meetings_sample import make_territory

LONG = "Présentation détaillée du projet d'épicerie coopérative « Les Mûriers » — " * 4


@pytest.fixture
def territory(tmp_path):
    t, people, _ = make_territory(tmp_path / "t.municipaless")
    series = meeting_series.create_series(t, "copil")
    m = meetings.create_meeting(
        t, series.id, "2026-03-12T14:30", place="Salle du conseil, hôtel de ville — 1er étage"
    )
    for name in ("Martin", "Roux"):
        meetings.add_invitee(t, m.id, person_id=people[name].id)
    meetings.add_invitee(t, m.id, free_name="Sophie Élu")
    t.save("person", {"email": "claire.martin@privas.fr"}, row_id=people["Martin"].id, rev=1)
    item = meetings.open_meeting(t, m.id).agenda[0]
    meetings.update_agenda_item(t, item.id, item.rev, title=LONG.strip())
    project = casework.create_project(t, {"name": "Épicerie coopérative des Mûriers"})
    follow_ups.add(t, project.id, "2026-04-02", LONG)
    yield t, m
    t.close()


def _set_officer_email(t, email: str) -> None:
    settings = territory_settings.load(t)
    settings.officer_email = email
    territory_settings.save(t, settings)


def check_rfc5545(data: bytes) -> Calendar:
    """What every calendar must be, read from the bytes."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line  # folded at 75 octets
        line.decode("utf-8")  # never inside a multi-octet character
    cal = Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0" and str(cal["prodid"])
    zones = {str(z["tzid"]) for z in cal.walk("VTIMEZONE")}
    for event in cal.walk("VEVENT"):
        for name in ("uid", "dtstamp", "dtstart"):
            assert name in event, name
        assert event.decoded("dtstamp").utcoffset().total_seconds() == 0  # UTC
        for name in ("dtstart", "dtend"):
            tzid = event[name].params.get("tzid") if name in event else None
            assert tzid is None or tzid in zones
    unfolded = data.replace(b"\r\n ", b"").decode()
    assert all(re.match(r"^[A-Z-]+[;:]", line) for line in unfolded.split("\r\n") if line)
    return cal


def _emails(event, name: str) -> list[str]:
    values = event.get(name)
    values = values if isinstance(values, list) else [values] if values is not None else []
    return [str(v) for v in values]


def test_invitation_with_officer_email_is_a_request(territory, tmp_path):
    t, m = territory
    _set_officer_email(t, "ess@privas.fr")
    data = md.export_invitation(t, m.id, tmp_path / "i.ics").read_bytes()
    cal = check_rfc5545(data)
    assert str(cal["method"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert _emails(event, "organizer") == ["mailto:ess@privas.fr"]
    attendees = _emails(event, "attendee")
    assert attendees == ["mailto:claire.martin@privas.fr"]  # only those with an address
    assert all(a.startswith("mailto:") for a in attendees)
    assert "summary" in event and "sequence" in event
    assert len(event.walk("VALARM")) == 1
    assert LONG.strip() in str(event["description"]).replace("\n", " ")  # unfolded intact


def test_invitation_without_officer_email_is_published(territory, tmp_path):
    t, m = territory
    data = md.export_invitation(t, m.id, tmp_path / "i.ics").read_bytes()
    cal = check_rfc5545(data)
    assert str(cal["method"]) == "PUBLISH"
    (event,) = cal.walk("VEVENT")
    assert "attendee" not in event and "organizer" not in event  # no address to name
    assert len(event.walk("VALARM")) == 1


def test_invitation_with_nobody_to_invite_is_published_by_its_organizer(territory, tmp_path):
    t, m = territory
    _set_officer_email(t, "ess@privas.fr")
    martin = next(p for p in t.records["person"].where() if p.last_name == "Martin")
    t.save("person", {"email": ""}, row_id=martin.id, rev=martin.rev)
    cal = check_rfc5545(md.export_invitation(t, m.id, tmp_path / "i.ics").read_bytes())
    assert str(cal["method"]) == "PUBLISH"  # a REQUEST needs an ATTENDEE address
    (event,) = cal.walk("VEVENT")
    assert _emails(event, "organizer") == ["mailto:ess@privas.fr"] and "attendee" not in event


@pytest.mark.parametrize("email", ["", "ess@privas.fr"])
def test_relances_calendar(territory, tmp_path, email):
    t, _m = territory
    if email:
        _set_officer_email(t, email)
    path = tmp_path / "relances.ics"
    assert follow_ups.export_ics(t, path) == 1
    cal = check_rfc5545(path.read_bytes())
    assert str(cal["method"]) == "PUBLISH"
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == date(2026, 4, 2)  # an all-day event
    assert "attendee" not in event
    assert _emails(event, "organizer") == ([f"mailto:{email}"] if email else [])
    assert len(event.walk("VALARM")) == 1
