"""What every meeting edit checks first: the statuses, dates typed in French, and whether the
meeting's compte rendu is frozen (approved). Shared by services/meetings/ and the decision
and action modules, which it must not import (they import it)."""

from __future__ import annotations

import re

from municipaless.core import domain as d
from municipaless.core.formats import format_date, parse_date
from municipaless.core.i18n import _
from municipaless.core.statuses import (
    ActionItemStatus,
    AttendanceStatus,
    DecisionStatus,
    MinutesStatus,
)
from municipaless.services.file.territory import Territory
from municipaless.storage import meeting_queries as q
from municipaless.storage.errors import StorageError

ATTENDANCE_STATUSES = tuple(AttendanceStatus)
ACTION_STATUSES = tuple(ActionItemStatus)
DECISION_STATUSES = tuple(DecisionStatus)
KEEP = object()  # "leave this field as it is" where None is a real value


class MeetingError(StorageError):
    """A meeting edit refused (French message); nothing was written."""


class MinutesFrozen(MeetingError):
    """The meeting's compte rendu is approved: open a new version before editing."""


def parse_starts_at(text: str) -> str:
    """``YYYY-MM-DDTHH:MM`` from an ISO date-time, an ISO date or ``jj/mm/aaaa [hh:mm]``."""
    raw = (text or "").strip()
    time = ""
    match = re.match(r"^(.*?)[ T]+(\d{1,2})[:hH](\d{2})$", raw)
    if match:
        raw, hour, minute = match.group(1), int(match.group(2)), int(match.group(3))
        if hour > 23 or minute > 59:
            raise MeetingError(
                _("Heure invalide : « {text} » (attendu hh:mm, ex. 14:30).").format(text=text)
            )
        time = f"{hour:02d}:{minute:02d}"
    iso = parse_date(raw)
    if iso is None:
        raise MeetingError(
            _(
                "Date de réunion invalide : « {text} ». Saisissez-la sous la forme "
                "jj/mm/aaaa hh:mm."
            ).format(text=text)
        )
    return f"{iso}T{time or '09:00'}"


def check_due(due_on: str | None) -> str | None:
    if not due_on:
        return None
    iso = parse_date(due_on)
    if iso is None:
        raise MeetingError(
            _("Échéance invalide : « {due_on} ». Saisissez-la en jj/mm/aaaa.").format(due_on=due_on)
        )
    return iso


def ensure_editable(territory: Territory, meeting_id: str) -> d.Meeting:
    """The meeting, if its compte rendu may still change; else ``MinutesFrozen``."""
    meeting = q.get_meeting(territory.tdb.db, meeting_id)
    if meeting is None:
        raise MeetingError(_("Cette réunion n'existe plus dans le fichier."))
    if meeting.minutes_status == MinutesStatus.APPROVED:
        on = f" le {format_date(meeting.approved_on)}" if meeting.approved_on else ""
        raise MinutesFrozen(
            _(
                "Le compte rendu de « {title} » a été approuvé{on} : il est figé. "
                "Ouvrez une nouvelle version du compte rendu pour le modifier ; la "
                "version approuvée reste dans l'historique."
            ).format(title=meeting.title, on=on)
        )
    return meeting
