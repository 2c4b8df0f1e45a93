"""iCalendar (.ics) invitations, with icalendar.

Meetings are held in France: times are written in Europe/Paris with the VTIMEZONE block that
Outlook and Thunderbird need to place them right — the rule-based block calendars write
themselves (last Sundays of March and October), so no time-zone database is needed (Windows
Pythons often lack one). A stable ``uid`` per meeting and an increasing ``sequence`` let a
calendar update the invitation it already holds rather than add a second one. Attendees
without an e-mail address are left out of ATTENDEE (it must be an address) and named in the
description by the caller.

RFC 5546: a METHOD:REQUEST calendar is an invitation that needs an ORGANIZER (the address
replies go to) and at least one ATTENDEE address. Otherwise the calendar is METHOD:PUBLISH:
the event is only published, without ATTENDEE (RFC 5546 forbids it there: no RSVP asked),
with the ORGANIZER when there is an address to name (RFC 5546 lists it for PUBLISH; with no
address there is no cal-address to write, and calendars import the event all the same).
Lines are folded at 75 octets, never inside a UTF-8 character, and end in CRLF (RFC 5545
3.1: icalendar does both; tests/documents/test_ics_conformance.py checks). An event may
carry a VALARM (ACTION:DISPLAY, TRIGGER relative to the start) so the calendar reminds the
reader. Written through
:func:`.safety.atomic_write`: a failed export leaves nothing behind. icalendar is imported
when a file is written, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .safety import atomic_write, sanitise

TIMEZONE = "Europe/Paris"
PRODID = "-//MunicipalESS//Réunions//FR"


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str = ""


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    starts_at: dt.datetime  # local time in France (naive)
    ends_at: dt.datetime
    location: str = ""
    description: str = ""
    url: str = ""
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    sequence: int = 0
    reminder_before: dt.timedelta | None = None  # VALARM this long before the start
    reminder_text: str = ""  # the alarm's DESCRIPTION (the summary when empty)
    stamp: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def __post_init__(self) -> None:
        if self.ends_at < self.starts_at:
            raise ValueError(f"{self.summary}: ends before it starts")


def _paris():
    """Europe/Paris since 1996: CEST from the last Sunday of March, CET from October's."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    zone = Timezone()
    zone.add("tzid", TIMEZONE)
    for part, name, start, before, after, month in (
        (TimezoneDaylight(), "CEST", dt.datetime(1970, 3, 29, 2), "+0100", "+0200", 3),
        (TimezoneStandard(), "CET", dt.datetime(1970, 10, 25, 3), "+0200", "+0100", 10),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        part["tzoffsetfrom"] = before
        part["tzoffsetto"] = after
        zone.add_component(part)
    return zone


def _address(person: Attendee, role: str | None = None):
    from icalendar import vCalAddress

    address = vCalAddress(f"mailto:{person.email}")
    address.params["cn"] = person.name
    if role:
        address.params["role"] = role
        address.params["partstat"] = "NEEDS-ACTION"
        address.params["rsvp"] = "TRUE"
    return address


def has_organizer(event: CalendarEvent) -> bool:
    return event.organizer is not None and bool(event.organizer.email)


def invites(event: CalendarEvent) -> bool:
    """An organizer address and someone with an address to invite: what REQUEST needs."""
    return has_organizer(event) and any(a.email for a in event.attendees)


def method_for(events: Sequence[CalendarEvent]) -> str:
    """REQUEST when every event names an organizer address and an attendee address (RFC 5546
    requires both), else PUBLISH."""
    return "REQUEST" if events and all(invites(e) for e in events) else "PUBLISH"


def to_ics(events: Sequence[CalendarEvent], method: str | None = None) -> bytes:
    """The calendar as bytes (CRLF lines, UTF-8); any stored text is written (sanitised).
    ``method`` defaults to :func:`method_for`; a REQUEST nobody can answer is refused."""
    from icalendar import Alarm, Calendar, Event

    events = [sanitise(e) for e in events]
    method = method or method_for(events)
    if method == "REQUEST" and not all(invites(e) for e in events):
        raise ValueError("METHOD:REQUEST needs an ORGANIZER and an ATTENDEE address")
    invitation = method == "REQUEST"

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    if events:  # the zone before the events that name it, as calendars write it
        cal.add_component(_paris())
    for e in events:
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", e.stamp.astimezone(dt.UTC))
        event.add("sequence", e.sequence)
        event.add("summary", e.summary)
        for name, value in (("dtstart", e.starts_at), ("dtend", e.ends_at)):
            event.add(name, value.replace(tzinfo=None), parameters={"tzid": TIMEZONE})
        if e.location:
            event.add("location", e.location)
        if e.description:
            event.add("description", e.description)
        if e.url:
            event.add("url", e.url)
        if e.organizer is not None and e.organizer.email:
            event.add("organizer", _address(e.organizer))
        if invitation:
            for person in e.attendees:
                if person.email:
                    event.add("attendee", _address(person, "REQ-PARTICIPANT"), encode=0)
        if e.reminder_before is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", -abs(e.reminder_before))
            alarm.add("description", e.reminder_text or e.summary)
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def write_ics(events: Sequence[CalendarEvent], path: Path | str, method: str | None = None) -> Path:
    path = Path(path)
    data = to_ics(events, method)
    with atomic_write(path) as tmp:
        Path(tmp).write_bytes(data)
    return path
