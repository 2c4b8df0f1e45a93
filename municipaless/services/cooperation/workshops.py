"""Ateliers and formations collectives for porteurs: the atelier, its registrations, the
attendance and the satisfaction noted (docs/cooperation.md, « Ateliers »).

- An atelier needs a title and a date; it ends after it starts; its capacity, when given, is
  at least one place. Its trainer is a person and/or a structure of the annuaire.
- A registration names a porteur (a person of the annuaire) with or without their project, a
  project alone, or a name typed. The same person twice is refused; registering beyond the
  capacity is allowed, after the warning :func:`full_warning` gives (a waiting list would do
  the same), and a cancelled atelier takes no registration.
- Attendance: inscrit → présent / excusé / absent, one by one or « Tous présents » (those not
  marked yet). Marking someone present on a « prévu » atelier records it « réalisé »: it took
  place. Satisfaction is a note from 1 to 5 with a comment.
- Each présent registration with a project is a line of that project's timeline
  (storage/casework_queries.timeline).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, cast

from municipaless.core import cooperation as c
from municipaless.core.formats import parse_date
from municipaless.core.i18n import _
from municipaless.core.statuses import RegistrationStatus, WorkshopStatus
from municipaless.core.text import fold
from municipaless.core.wording import plural
from municipaless.services.file.territory import Territory
from municipaless.storage import directory_queries
from municipaless.storage import workshop_queries as q
from municipaless.storage.errors import RefusedChange
from municipaless.storage.listing import ListSource, Where

# Any: a record's fields by name, each of its own type (checked here, then by Records).

STATUSES = tuple(WorkshopStatus)
REGISTRATION_STATUSES = tuple(RegistrationStatus)
ATTENDANCE = (RegistrationStatus.PRESENT, RegistrationStatus.EXCUSED, RegistrationStatus.ABSENT)
SATISFACTION = range(1, 6)
RegistrationRow = q.RegistrationRow


class WorkshopError(RefusedChange):
    """A change refused (French ``message``; ``errors`` maps each field to its message);
    nothing was written."""

    bullet = ""  # several messages, one per line


# the atelier --------------------------------------------------------------------------------
def _date_time(text: Any) -> str | None:
    """``YYYY-MM-DDTHH:MM`` from what the form gives or the officer typed; None if empty;
    ValueError when unreadable."""
    raw = str(text or "").strip()
    if not raw:
        return None
    time = "09:00"
    match = re.match(r"^(.*?)[ T]+(\d{1,2})[:hH](\d{2})(?::\d{2})?$", raw)
    if match:
        raw, hour, minute = match.group(1), int(match.group(2)), int(match.group(3))
        if hour > 23 or minute > 59:
            raise ValueError
        time = f"{hour:02d}:{minute:02d}"
    iso = parse_date(raw)
    if iso is None:
        raise ValueError
    return f"{iso}T{time}"


def _check(territory: Territory, values: dict[str, Any]) -> dict[str, Any]:
    """The merged state of an atelier, normalised; WorkshopError naming each wrong field."""
    errors: dict[str, str] = {}
    clean = dict(values)
    clean["title"] = (clean.get("title") or "").strip()
    if not clean["title"]:
        errors["title"] = _("Indiquez le titre de l'atelier.")
    for name in ("theme", "place", "description"):
        clean[name] = (clean.get(name) or "").strip()
    for name in ("starts_at", "ends_at"):
        try:
            clean[name] = _date_time(clean.get(name))
        except ValueError:
            errors[name] = _(
                "Date invalide : « {text} ». Saisissez-la sous la forme jj/mm/aaaa hh:mm."
            ).format(text=values.get(name))
    if not clean.get("starts_at") and "starts_at" not in errors:
        errors["starts_at"] = _("Indiquez la date de l'atelier.")
    starts, ends = clean.get("starts_at"), clean.get("ends_at")
    if starts and ends and ends <= starts:
        errors["ends_at"] = _("L'atelier doit finir après avoir commencé.")
    capacity = clean.get("capacity")
    if capacity is not None and (not isinstance(capacity, int) or capacity < 1):
        errors["capacity"] = _("La capacité est d'au moins 1 place (laissez vide sans limite).")
    clean["status"] = clean.get("status") or WorkshopStatus.PLANNED
    if clean["status"] not in STATUSES:
        errors["status"] = _("Statut d'atelier inconnu : « {status} ».").format(
            status=clean["status"]
        )
    clean["challenges"] = tuple(clean.get("challenges") or ())
    if errors:
        raise WorkshopError(errors)
    for name, table in (
        ("trainer_person_id", "person"),
        ("trainer_organisation_id", "organisation"),
    ):
        if clean.get(name):
            territory.records[table].get(clean[name])  # NotFound: gone meanwhile
    return clean


def create_workshop(territory: Territory, fields: dict[str, Any]) -> c.Workshop:
    """A new atelier from ``fields`` (Workshop fields: title, starts_at, capacity…)."""
    clean = _check(territory, fields)
    with territory.transaction():
        return cast(c.Workshop, territory.save("workshop", clean))


def update_workshop(
    territory: Territory, workshop_id: str, rev: int, changes: dict[str, Any]
) -> c.Workshop:
    """Save the edited fields with the checks of :func:`create_workshop`."""
    with territory.transaction():
        current = territory.records["workshop"].get(workshop_id)
        merged = {n: getattr(current, n) for n in c.Workshop.content_fields()}
        merged.update(changes)
        clean = _check(territory, merged)
        changed = {k: clean[k] for k in changes}
        return cast(c.Workshop, territory.save("workshop", changed, row_id=workshop_id, rev=rev))


def cancel_workshop(territory: Territory, workshop_id: str, rev: int) -> c.Workshop:
    """« Annulé »: kept with its registrations (the porteurs to tell), out of the bilan."""
    return update_workshop(territory, workshop_id, rev, {"status": WorkshopStatus.CANCELLED})


def delete_workshop(territory: Territory, workshop_id: str, rev: int) -> None:
    """To the corbeille with its registrations, in one operation (restored together)."""
    with territory.transaction():
        for row in q.registrations(territory.tdb.db, workshop_id):
            territory.remove("registration", row.id, row.rev)
        territory.remove("workshop", workshop_id, rev)


def workshop_where(**filters: Any) -> Where:
    """Filter of the list: date_from, date_to (ISO), theme, status, challenge_id, text."""
    return q.workshop_where(**filters)


def workshop_list(territory: Territory, where: Where | None = None) -> ListSource:
    """The ateliers' list, sorted and paged in SQL like every list of the window."""
    return ListSource(territory.tdb.db, q.WORKSHOP_LIST, where or Where())


def themes(territory: Territory) -> list[str]:
    return q.themes(territory.tdb.db)


# registrations ------------------------------------------------------------------------------
def registrations(territory: Territory, workshop_id: str) -> list[q.RegistrationRow]:
    return q.registrations(territory.tdb.db, workshop_id)


def places_text(taken: int, capacity: int | None) -> str:
    """« 8 inscrits pour 12 places »; « 3 inscrits » without a capacity."""
    text = plural(taken, "inscrit", "inscrits")
    if capacity is None:
        return text
    return f"{text} pour {plural(capacity, 'place', 'places')}"


def full_warning(territory: Territory, workshop_id: str) -> str | None:
    """What to say before registering one more on a full atelier (« complet : 12 inscrits
    pour 12 places »), or None while places remain."""
    workshop = territory.records["workshop"].get(workshop_id)
    taken = q.taken(territory.tdb.db, workshop_id)
    if workshop.capacity is None or taken < workshop.capacity:
        return None
    return _("complet : {places}").format(places=places_text(taken, workshop.capacity))


@dataclass(frozen=True)
class Registered:
    registration: c.Registration
    warning: str | None  # the atelier was full: registered beyond its capacity


def _person_name(territory: Territory, person_id: str) -> str:
    person = territory.records["person"].get(person_id)
    return f"{person.first_name} {person.last_name}".strip() or _("Cette personne")


def register(
    territory: Territory,
    workshop_id: str,
    *,
    person_id: str | None = None,
    project_id: str | None = None,
    free_name: str = "",
    registered_on: str | None = None,
) -> Registered:
    """Register a porteur (and their project), a project alone, or a name typed."""
    free_name = (free_name or "").strip()
    if not (person_id or project_id or free_name):
        raise WorkshopError(
            {"person_id": _("Choisissez la personne à inscrire, son projet, ou tapez son nom.")}
        )
    db = territory.tdb.db
    today = dt.date.today().isoformat()
    with territory.transaction():
        workshop = territory.records["workshop"].get(workshop_id)
        if workshop.status == WorkshopStatus.CANCELLED:
            raise WorkshopError(_("Cet atelier est annulé : il ne prend plus d'inscription."))
        if person_id:
            name = _person_name(territory, person_id)
            if q.registered_elsewhere(db, workshop_id, person_id):
                raise WorkshopError(
                    {"person_id": _("{name} est déjà inscrit(e) à cet atelier.").format(name=name)}
                )
        elif free_name and any(
            r.person_id is None and fold(r.name) == fold(free_name)
            for r in q.registrations(db, workshop_id)
        ):
            raise WorkshopError(
                {"free_name": _("{name} est déjà inscrit(e) à cet atelier.").format(name=free_name)}
            )
        if project_id:
            territory.records["project"].get(project_id)
        warning = full_warning(territory, workshop_id)
        record = territory.save(
            "registration",
            {
                "workshop_id": workshop_id,
                "person_id": person_id,
                "project_id": project_id,
                "free_name": "" if person_id else free_name,
                "registered_on": parse_date(registered_on) if registered_on else today,
            },
        )
    return Registered(cast(c.Registration, record), warning)


def update_registration(
    territory: Territory, registration_id: str, rev: int, changes: dict[str, Any]
) -> c.Registration:
    """Edit a registration: status, satisfaction (1 to 5, or none), comment, project, person."""
    errors: dict[str, str] = {}
    status = changes.get("status")
    if "status" in changes and status not in REGISTRATION_STATUSES:
        errors["status"] = _("Statut d'inscription inconnu : « {status} ».").format(status=status)
    note = changes.get("satisfaction")
    if note is not None and (isinstance(note, bool) or note not in SATISFACTION):
        errors["satisfaction"] = _(
            "La satisfaction se note de 1 (pas satisfait) à 5 (très satisfait)."
        )
    if "comment" in changes:
        changes = {**changes, "comment": (changes["comment"] or "").strip()}
    if errors:
        raise WorkshopError(errors)
    with territory.transaction():
        current = territory.records["registration"].get(registration_id)
        person_id = changes.get("person_id")
        if person_id and q.registered_elsewhere(
            territory.tdb.db, current.workshop_id, person_id, registration_id
        ):
            raise WorkshopError(
                {
                    "person_id": _("{name} est déjà inscrit(e) à cet atelier.").format(
                        name=_person_name(territory, person_id)
                    )
                }
            )
        if changes.get("project_id"):
            territory.records["project"].get(changes["project_id"])
        saved = territory.save("registration", changes, row_id=registration_id, rev=rev)
        if status == RegistrationStatus.PRESENT:
            _held(territory, current.workshop_id)
        return cast(c.Registration, saved)


def _held(territory: Territory, workshop_id: str) -> None:
    """Someone came: a « prévu » atelier took place."""
    workshop = territory.records["workshop"].get(workshop_id)
    if workshop.status == WorkshopStatus.PLANNED:
        territory.save(
            "workshop", {"status": WorkshopStatus.HELD}, row_id=workshop_id, rev=workshop.rev
        )


def set_attendance(
    territory: Territory, registration_id: str, rev: int, status: str
) -> c.Registration:
    """Présent, excusé, absent (or back to inscrit) for one registration."""
    return update_registration(territory, registration_id, rev, {"status": status})


def set_satisfaction(
    territory: Territory,
    registration_id: str,
    rev: int,
    satisfaction: int | None,
    comment: str | None = None,
) -> c.Registration:
    changes: dict[str, Any] = {"satisfaction": satisfaction}
    if comment is not None:
        changes["comment"] = comment
    return update_registration(territory, registration_id, rev, changes)


def all_present(territory: Territory, workshop_id: str) -> int:
    """« Tous présents »: every registration not marked yet becomes présent (an excused or
    absent porteur stays so); how many were marked."""
    with territory.transaction():
        marked = 0
        for row in q.registrations(territory.tdb.db, workshop_id):
            if row.status == RegistrationStatus.REGISTERED:
                territory.save(
                    "registration",
                    {"status": RegistrationStatus.PRESENT},
                    row_id=row.id,
                    rev=row.rev,
                )
                marked += 1
        if marked:
            _held(territory, workshop_id)
    return marked


def unregister(territory: Territory, registration_id: str, rev: int) -> None:
    territory.remove("registration", registration_id, rev)


# seen from a porteur --------------------------------------------------------------------------
def projects_of_person(territory: Territory, person_id: str) -> list[tuple[str, str]]:
    """(project id, « P-2026-0001 Épicerie… ») of the projects a person carries: the
    registration's project choices once the porteur is picked."""
    held, _total = directory_queries.projects_held(territory.tdb.db, person_id, 50)
    return [(p.project_id, f"{p.reference} {p.name}".strip()) for p in held]


def workshops_of_project(territory: Territory, project_id: str) -> list[q.AttendedWorkshop]:
    return q.workshops_of(territory.tdb.db, "project_id", project_id)


def workshops_of_person(territory: Territory, person_id: str) -> list[q.AttendedWorkshop]:
    return q.workshops_of(territory.tdb.db, "person_id", person_id)
