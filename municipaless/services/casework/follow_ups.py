"""Relances (next actions with a date) and the Tableau de bord's follow-up panel, and the
ICS export the officer imports into Outlook, Thunderbird or Google Agenda.

The panel shows relances due today, overdue ones, and open projects without news for N days
(counted from the last case event, never from a relance: services/casework/). N is the
territory setting ``no_news_days`` (services/file/settings.py, default 90).

ICS: one all-day VEVENT per open relance (DTSTART;VALUE=DATE, DTEND the next day, as RFC 5545
wants for a one-day event and Outlook needs), a VALARM, a UID stable across
exports (the follow-up id) so re-importing updates instead of duplicating (SEQUENCE is the
record's rev), METHOD:PUBLISH (no ATTENDEE: RFC 5546), the ORGANIZER when the officer's e-mail
is set (the settings' ``officer_email``; RFC 5546 lists it for PUBLISH), and
TRANSP:TRANSPARENT so a relance never blocks a day as busy.
The alarm fires at 9:00 the day before (TRIGGER:-PT15H; see ALARM_BEFORE).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from municipaless.core import domain as d
from municipaless.core import formats, validation
from municipaless.core.i18n import _
from municipaless.documents.safety import atomic_write
from municipaless.services.casework import CaseworkError
from municipaless.services.file import settings as territory_settings
from municipaless.services.file.territory import Territory
from municipaless.storage import casework_queries as q

PRODID = "-//MunicipalESS//Relances ESS//FR"
UID_DOMAIN = "municipaless"
ALARM_BEFORE = dt.timedelta(hours=15)  # 9:00 the day before: Outlook only honours alarms
# set before the start, and a relance is better known the day before.


# A relance of the panel: the storage row itself (``is_checkin`` tells a scheduled check-in).
PanelItem = q.DueRow


@dataclass(frozen=True)
class SilentProject:
    project_id: str
    reference: str
    name: str
    referent: str
    last_news: str | None
    days: int | None  # days since the last news


@dataclass(frozen=True)
class Panel:
    today: list[PanelItem]
    overdue: list[PanelItem]
    silent: list[SilentProject]
    today_count: int
    overdue_count: int
    silent_count: int
    silent_days: int


def _date(value: str | None, field: str, label: str) -> str:
    checked = validation.check_date(value)
    if not checked.ok:
        raise CaseworkError({field: checked.error or _("Date invalide.")})
    if checked.value is None:
        raise CaseworkError({field: f"Indiquez {label}."})
    return checked.value


def add(territory: Territory, project_id: str, due_on: str, what: str) -> d.FollowUp:
    """A new relance (French error on an empty text or a bad date)."""
    due = _date(due_on, "due_on", "la date de la relance")
    if not (what or "").strip():
        raise CaseworkError({"what": _("Dites ce qu'il faut faire (ex. « rappeler Mme Martin »).")})
    with territory.tdb.write():
        territory.records["project"].get(project_id)
        return cast(
            d.FollowUp,
            territory.save(
                "follow_up", {"project_id": project_id, "due_on": due, "what": what.strip()}
            ),
        )


def mark_done(
    territory: Territory, follow_up_id: str, rev: int, done_on: str | None = None
) -> d.FollowUp:
    """Done on ``done_on`` (today by default)."""
    done = _date(done_on or dt.date.today().isoformat(), "done_on", "la date")
    return cast(
        d.FollowUp, territory.save("follow_up", {"done_on": done}, row_id=follow_up_id, rev=rev)
    )


def reopen(territory: Territory, follow_up_id: str, rev: int) -> d.FollowUp:
    return cast(
        d.FollowUp, territory.save("follow_up", {"done_on": None}, row_id=follow_up_id, rev=rev)
    )


def reschedule(territory: Territory, follow_up_id: str, rev: int, due_on: str) -> d.FollowUp:
    """Move the date (a check-in too: the officer knows when the meeting really is)."""
    due = _date(due_on, "due_on", "la nouvelle date")
    return cast(
        d.FollowUp, territory.save("follow_up", {"due_on": due}, row_id=follow_up_id, rev=rev)
    )


def edit(territory: Territory, follow_up_id: str, rev: int, what: str) -> d.FollowUp:
    if not (what or "").strip():
        raise CaseworkError({"what": "Dites ce qu'il faut faire."})
    return cast(
        d.FollowUp,
        territory.save("follow_up", {"what": what.strip()}, row_id=follow_up_id, rev=rev),
    )


def remove(territory: Territory, follow_up_id: str, rev: int) -> None:
    territory.remove("follow_up", follow_up_id, rev)


def of_project(territory: Territory, project_id: str) -> list[d.FollowUp]:
    """A project's relances and check-ins by date."""
    return q.children(territory.records["follow_up"], "project_id", project_id, "due_on, rowid")


def silent_days(territory: Territory) -> int:
    """N of "sans nouvelles depuis N jours" on the dashboard (the territory's settings)."""
    from municipaless.services.file import settings

    return settings.load(territory).no_news_days


def panel(territory: Territory, today: dt.date | None = None, *, limit: int = 50) -> Panel:
    """The dashboard's follow-up panel (< 100 ms on the large file): at most ``limit`` items
    per list, and the full counts. Closed and abandoned projects are left out."""
    db = territory.tdb.db
    today = today or dt.date.today()
    days = silent_days(territory)
    due = q.open_due_by(db, today)
    day = today.isoformat()
    overdue = [r for r in due if r.due_on < day]
    due_today = [r for r in due if r.due_on == day]
    rows, silent_count = q.silent_projects(db, days, today, limit)
    silent = [
        SilentProject(
            r.project_id,
            r.reference,
            r.name,
            r.referent,
            r.last_news,
            (today - dt.date.fromisoformat(r.last_news)).days if r.last_news else None,
        )
        for r in rows
    ]
    return Panel(
        today=due_today[:limit],
        overdue=overdue[:limit],
        silent=silent,
        today_count=len(due_today),
        overdue_count=len(overdue),
        silent_count=silent_count,
        silent_days=days,
    )


def calendar_bytes(territory: Territory, project_id: str | None = None) -> tuple[bytes, int]:
    """The .ics content of the open relances and how many events it holds."""
    from icalendar import Alarm, Calendar, Event, vCalAddress

    officer = territory_settings.invitation_organizer(territory)[1]
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Relances ESS")
    rows = q.open_follow_ups(territory.tdb.db, project_id)
    for row in rows:
        due = dt.date.fromisoformat(row.due_on)
        stamp = formats.parse_utc_iso(row.updated_at) or dt.datetime.now(dt.UTC)
        event = Event()
        event.add("uid", f"{row.follow_up_id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", row.rev - 1)  # RFC 5545 counts revisions from 0
        event.add("dtstart", due)
        event.add("dtend", due + dt.timedelta(days=1))
        event.add("summary", f"{row.what} – {row.project_name} ({row.reference})")
        event.add("description", f"Projet {row.reference} : {row.project_name}\n{row.what}")
        event.add("categories", ["Suivi post-création" if row.kind == "checkin" else "Relance"])
        event.add("transp", "TRANSPARENT")
        if officer:
            organizer = vCalAddress(f"mailto:{officer}")
            if territory.tdb.officer:
                organizer.params["cn"] = territory.tdb.officer
            event.add("organizer", organizer)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", row.what)
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical(), len(rows)


def export_ics(
    territory: Territory,
    path: Path | str,
    *,
    project_id: str | None = None,
) -> int:
    """Write open relances (of one project, or all) as an .ics calendar, atomically;
    returns how many events were written."""
    content, count = calendar_bytes(territory, project_id)
    with atomic_write(Path(path)) as tmp:
        tmp.write_bytes(content)
    return count
