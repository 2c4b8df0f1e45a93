"""Entries of the case log (accueil, entretien, appel…) with the people met and the structures
involved, and the merged timeline of a project.

Participants are rows of ``case_event_participant`` (a person or a structure each); editing
an entry's participants adds the new ones and soft-deletes the removed ones, so the journal
and a merge see exactly what changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core import formats, validation
from municipaless.core.i18n import N_, _
from municipaless.core.statuses import FundingStatus
from municipaless.services.casework import CaseworkError
from municipaless.services.file.territory import Territory
from municipaless.storage import activity_queries
from municipaless.storage import casework_queries as q

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).

SOURCE_LABELS = {
    "referral": N_("Orientation"),
    "funding_request": N_("Demande de financement"),
    "follow_up": N_("Relance"),
    "checkin": N_("Suivi post-création"),
    "registration": N_("Atelier"),
}


@dataclass(frozen=True)
class TimelineEntry:
    """One dated line of a project's timeline, for the detail pane.

    ``source`` is the table (case_event, referral, funding_request, follow_up): open the
    record with ``territory.records[source].get(row_id)`` to edit it."""

    source: str
    row_id: str
    rev: int
    on: str | None  # ISO date
    kind: str | None  # code: event kind, referral/funding status, follow-up kind
    kind_label: str  # French label of the kind (vocabulary) or of the source
    title: str
    detail: str
    extra: str  # "45 min", "12 500 € demandés", "faite le 03/02/2026"…
    people: tuple[str, ...] = ()  # names of the people met (case events)
    organisations: tuple[str, ...] = ()  # names of the structures involved (case events)
    overdue: bool = False  # an open follow-up past its date


@dataclass(frozen=True)
class EventParticipants:
    person_ids: tuple[str, ...] = ()
    organisation_ids: tuple[str, ...] = ()


@dataclass
class EventInput:
    """The fields of a case event form."""

    kind: str
    occurred_on: str
    duration_min: int | None = None
    subject: str = ""
    notes: str = ""
    person_ids: tuple[str, ...] = field(default_factory=tuple)
    organisation_ids: tuple[str, ...] = field(default_factory=tuple)


def _check(territory: Territory, event: EventInput) -> dict[str, Any]:
    errors: dict[str, str] = {}
    kinds = activity_queries.vocabulary_labels(territory.tdb.db, "case_event_kind")
    if not event.kind:
        errors["kind"] = _("Choisissez le type d'entrée (accueil, entretien, appel…).")
    elif event.kind not in kinds:
        errors["kind"] = _("Type d'entrée inconnu : « {kind} ».").format(kind=event.kind)
    checked = validation.check_date(event.occurred_on)
    if not checked.ok:
        errors["occurred_on"] = checked.error or _("Date invalide.")
    elif checked.value is None:
        errors["occurred_on"] = _("Indiquez la date de l'entrée.")
    # A form may hand the text it holds ("" when left blank), whatever EventInput says.
    duration: int | str | None = event.duration_min
    if duration in ("", None):
        duration = None
    else:
        try:
            duration = int(duration)
        except (TypeError, ValueError):
            duration = -1
        if duration < 0:
            errors["duration_min"] = _("La durée se saisit en minutes (un nombre entier).")
    if len(set(event.person_ids)) != len(event.person_ids) or len(
        set(event.organisation_ids)
    ) != len(event.organisation_ids):
        errors["participants"] = _("Une même personne ou structure est indiquée deux fois.")
    if errors:
        raise CaseworkError(errors)
    return {
        "kind": event.kind,
        "occurred_on": checked.value,
        "duration_min": duration,
        "subject": (event.subject or "").strip(),
        "notes": (event.notes or "").strip(),
    }


def add_event(territory: Territory, project_id: str, event: EventInput) -> d.CaseEvent:
    """Record an entry and its participants in one transaction (French error on bad input)."""
    values = _check(territory, event)
    with territory.tdb.write():
        territory.records["project"].get(project_id)
        row = cast(d.CaseEvent, territory.save("case_event", {"project_id": project_id, **values}))
        _sync_participants(territory, row.id, event)
    return row


def update_event(territory: Territory, event_id: str, rev: int, event: EventInput) -> d.CaseEvent:
    """Save an edited entry (rev-checked) and bring its participants in line with the form."""
    values = _check(territory, event)
    with territory.tdb.write():
        row = cast(d.CaseEvent, territory.save("case_event", values, row_id=event_id, rev=rev))
        _sync_participants(territory, event_id, event)
    return row


def _sync_participants(territory: Territory, event_id: str, event: EventInput) -> None:
    """Add the participants the form has and the file lacks; soft-delete the others."""
    records = territory.records["case_event_participant"]
    wanted = {("person", i) for i in event.person_ids} | {
        ("organisation", i) for i in event.organisation_ids
    }
    have = {}
    for row in q.children(records, "case_event_id", event_id):
        key = ("person", row.person_id) if row.person_id else ("organisation", row.organisation_id)
        if key in wanted and key not in have:
            have[key] = row
        else:
            records.delete(row.id, row.rev)
    for kind, row_id in [
        *(("person", i) for i in event.person_ids),
        *(("organisation", i) for i in event.organisation_ids),
    ]:
        if (kind, row_id) in have:
            continue
        territory.records[kind].get(row_id)  # NotFound: a picked record was deleted meanwhile
        person = kind == "person"
        records.insert(
            d.CaseEventParticipant(
                case_event_id=event_id,
                person_id=row_id if person else None,
                organisation_id=None if person else row_id,
            )
        )


def remove_event(territory: Territory, event_id: str, rev: int) -> None:
    """Soft-delete the entry and its participants."""
    records = territory.records["case_event_participant"]
    with territory.tdb.write():
        for row in q.children(records, "case_event_id", event_id):
            records.delete(row.id, row.rev)
        territory.remove("case_event", event_id, rev)


def participants(territory: Territory, event_id: str) -> EventParticipants:
    rows = q.children(territory.records["case_event_participant"], "case_event_id", event_id)
    return EventParticipants(
        tuple(r.person_id for r in rows if r.person_id),
        tuple(r.organisation_id for r in rows if r.organisation_id),
    )


def _extra(row: q.TimelineRow, today: str, instruments: dict[str, str]) -> tuple[str, bool]:
    if row.source == "case_event":
        return (_("{minutes} min").format(minutes=row.n1) if row.n1 else ""), False
    if row.source == "funding_request":
        parts = [instruments.get(row.text, row.text)] if row.text else []
        if row.n1 is not None:
            parts.append(_("{amount} demandés").format(amount=formats.format_money(row.n1)))
        if row.n2 is not None and row.kind in (FundingStatus.GRANTED, FundingStatus.PAID):
            parts.append(_("{amount} accordés").format(amount=formats.format_money(row.n2)))
        return " · ".join(parts), False
    if row.source == "follow_up":
        if row.text:
            return _("faite le {date}").format(date=formats.format_date(row.text)), False
        late = bool(row.on and row.on < today)
        return (_("en retard") if late else _("à faire")), late
    return row.text, False


def timeline(
    territory: Territory, project_id: str, today: dt.date | None = None
) -> list[TimelineEntry]:
    """Everything dated about a project, newest first (< 50 ms on the large file)."""
    db = territory.tdb.db
    today_iso = (today or dt.date.today()).isoformat()
    rows = q.timeline(db, project_id)
    people: dict[str, list[str]] = {}
    organisations: dict[str, list[str]] = {}
    event_ids = [r.row_id for r in rows if r.source == "case_event"]
    for p in q.participants(db, event_ids):
        target = people if p.person_id else organisations
        target.setdefault(p.case_event_id, []).append(p.name or _("(personne effacée)"))
    labels = {
        "case_event": activity_queries.vocabulary_labels(db, "case_event_kind"),
        "referral": activity_queries.vocabulary_labels(db, "referral_status"),
        "funding_request": activity_queries.vocabulary_labels(db, "funding_status"),
        "service": activity_queries.vocabulary_labels(db, "service"),
        "instrument": activity_queries.vocabulary_labels(db, "instrument"),
    }
    entries = []
    for row in rows:
        if row.source == "case_event":
            kind_label = labels["case_event"].get(row.kind or "", row.kind or "")
        elif row.source == "follow_up":
            kind_label = _(SOURCE_LABELS["checkin" if row.kind == "checkin" else "follow_up"])
        elif row.source == "registration":  # présent at an atelier
            kind_label = _(SOURCE_LABELS["registration"])
        else:
            status = labels[row.source].get(row.kind or "", row.kind or "")
            kind_label = f"{_(SOURCE_LABELS[row.source])} · {status}"
        detail = row.detail
        if row.source == "referral" and row.detail:
            detail = labels["service"].get(row.detail, row.detail)
        extra, overdue = _extra(row, today_iso, labels["instrument"])
        title = row.title
        if row.source == "registration":
            title = _("Atelier « {title} »").format(title=row.title)
        entries.append(
            TimelineEntry(
                source=row.source,
                row_id=row.row_id,
                rev=row.rev,
                on=row.on,
                kind=row.kind,
                kind_label=kind_label,
                title=title,
                detail=detail,
                extra=extra,
                people=tuple(people.get(row.row_id, ())),
                organisations=tuple(organisations.get(row.row_id, ())),
                overdue=overdue,
            )
        )
    return entries
