"""Who is invited to a meeting and how they attended (présent, excusé, représenté, absent)."""

from __future__ import annotations

from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core.i18n import _
from municipaless.core.statuses import AttendanceStatus
from municipaless.services.file.territory import Territory
from municipaless.services.meetings.rules import (
    ATTENDANCE_STATUSES,
    KEEP,
    MeetingError,
    ensure_editable,
)
from municipaless.storage import meeting_queries as q


def add_invitee(
    territory: Territory,
    meeting_id: str,
    *,
    person_id: str | None = None,
    free_name: str = "",
    organisation_id: str | None = None,
    status: str = AttendanceStatus.INVITED,
    represented_by: str = "",
) -> d.Attendance:
    """Invite someone of the annuaire (her current structure by default) or a name typed free."""
    ensure_editable(territory, meeting_id)
    free_name = (free_name or "").strip()
    if not person_id and not free_name:
        raise MeetingError(_("Choisissez une personne de l'annuaire ou saisissez un nom."))
    _check_status(status)
    bundle = q.load_meeting(territory.tdb.db, meeting_id)
    for a in bundle.attendance if bundle else ():
        same_person = person_id and a.record.person_id == person_id
        same_name = not person_id and not a.record.person_id and a.name.lower() == free_name.lower()
        if same_person or same_name:
            raise MeetingError(
                _("{name} figure déjà parmi les invités de cette réunion.").format(name=a.name)
            )
    if person_id and organisation_id is None:
        organisation_id = q.current_organisations(territory.tdb.db, {person_id}).get(person_id)
    return cast(
        d.Attendance,
        territory.save(
            "attendance",
            {
                "meeting_id": meeting_id,
                "person_id": person_id,
                "free_name": "" if person_id else free_name,
                "organisation_id": organisation_id,
                "status": status,
                "represented_by": represented_by.strip()
                if status == AttendanceStatus.REPRESENTED
                else "",
            },
        ),
    )


def _check_status(status: str) -> None:
    if status not in ATTENDANCE_STATUSES:
        raise MeetingError(_("Statut de présence inconnu : « {status} ».").format(status=status))


def set_attendance(
    territory: Territory,
    attendance_id: str,
    rev: int,
    status: str,
    *,
    represented_by: str | None = None,
    organisation_id: str | None | object = KEEP,
) -> d.Attendance:
    """Mark présent / excusé / représenté (by whom) / absent, and the structure represented."""
    _check_status(status)
    current = territory.records["attendance"].get(attendance_id)
    ensure_editable(territory, current.meeting_id)
    changes: dict[str, Any] = {"status": status}
    if status == AttendanceStatus.REPRESENTED:
        if represented_by is not None:
            changes["represented_by"] = represented_by.strip()
    else:
        changes["represented_by"] = ""
    if organisation_id is not KEEP:
        changes["organisation_id"] = organisation_id
    return cast(d.Attendance, territory.save("attendance", changes, row_id=attendance_id, rev=rev))


def remove_invitee(territory: Territory, attendance_id: str, rev: int) -> None:
    current = territory.records["attendance"].get(attendance_id)
    ensure_editable(territory, current.meeting_id)
    territory.remove("attendance", attendance_id, rev)


# ordre du jour -----------------------------------------------------------------------------
