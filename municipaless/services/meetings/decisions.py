"""Decisions of a meeting: numbered per series and year of the meeting (COPIL-2026-07), never
reusing a number (a deleted decision keeps its number), kept in a register across all
instances with a status: active, remplacée par…, caduque. A decision's status may change after
its compte rendu is approved (the register lives on); its text may not.
"""

from __future__ import annotations

from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core.i18n import _
from municipaless.core.statuses import DecisionStatus
from municipaless.services.file.territory import Territory
from municipaless.services.meetings.rules import KEEP, MeetingError, ensure_editable
from municipaless.storage import meeting_queries as q
from municipaless.storage.meeting_queries import DecisionRow

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).


def decision_register(
    territory: Territory,
    *,
    series_id: str | None = None,
    year: int | None = None,
    status: str | None = None,
    text: str = "",
) -> list[DecisionRow]:
    """The register of decisions across all instances, newest first."""
    return q.decision_register(
        territory.tdb.db, series_id=series_id, year=year, status=status, text=text
    )


def decision_years(territory: Territory) -> list[int]:
    return q.decision_years(territory.tdb.db)


def decision_prefix(series: d.MeetingSeries | None, starts_at: str) -> str:
    code = series.code if series else "REU"
    return f"{code}-{starts_at[:4]}-"


def add_decision(
    territory: Territory, meeting_id: str, text: str, *, agenda_item_id: str | None = None
) -> d.Decision:
    """Record a decision with the next number of its series and year (COPIL-2026-07)."""
    meeting = ensure_editable(territory, meeting_id)
    if not (text or "").strip():
        raise MeetingError(_("Saisissez le texte de la décision."))
    series = q.get_series(territory.tdb.db, meeting.series_id)
    prefix = decision_prefix(series, meeting.starts_at)
    with territory.tdb.write():
        n = q.next_decision_number(territory.tdb.db, meeting.series_id, prefix)
        return cast(
            d.Decision,
            territory.save(
                "decision",
                {
                    "meeting_id": meeting_id,
                    "agenda_item_id": agenda_item_id,
                    "number": f"{prefix}{n:02d}",
                    "text": text.strip(),
                },
            ),
        )


def update_decision(
    territory: Territory,
    decision_id: str,
    rev: int,
    *,
    text: str | None = None,
    agenda_item_id: str | None | object = KEEP,
) -> d.Decision:
    current = territory.records["decision"].get(decision_id)
    ensure_editable(territory, current.meeting_id)
    changes: dict[str, Any] = {}
    if text is not None:
        if not text.strip():
            raise MeetingError(_("Saisissez le texte de la décision."))
        changes["text"] = text.strip()
    if agenda_item_id is not KEEP:
        changes["agenda_item_id"] = agenda_item_id
    return cast(d.Decision, territory.save("decision", changes, row_id=decision_id, rev=rev))


def replace_decision(
    territory: Territory, decision_id: str, rev: int, by_decision_id: str
) -> d.Decision:
    """Mark a decision « remplacée par » a later one (allowed on approved minutes too)."""
    if by_decision_id == decision_id:
        raise MeetingError(_("Une décision ne peut pas se remplacer elle-même."))
    territory.records["decision"].get(by_decision_id)  # NotFound if gone
    return cast(
        d.Decision,
        territory.save(
            "decision",
            {"status": DecisionStatus.REPLACED, "replaced_by": by_decision_id},
            row_id=decision_id,
            rev=rev,
        ),
    )


def set_decision_status(
    territory: Territory, decision_id: str, rev: int, status: str
) -> d.Decision:
    """« active » or « caduque » (« remplacée » goes through ``replace_decision``)."""
    if status not in (DecisionStatus.IN_FORCE, DecisionStatus.LAPSED):
        raise MeetingError(_("Une décision est en vigueur, caduque, ou remplacée par une autre."))
    return cast(
        d.Decision,
        territory.save(
            "decision", {"status": status, "replaced_by": None}, row_id=decision_id, rev=rev
        ),
    )


def remove_decision(territory: Territory, decision_id: str, rev: int) -> None:
    """Delete a decision recorded by mistake (its number is not given again)."""
    current = territory.records["decision"].get(decision_id)
    ensure_editable(territory, current.meeting_id)
    territory.remove("decision", decision_id, rev)
