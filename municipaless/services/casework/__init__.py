"""Projects (dossiers de suivi) and their porteurs: create, edit, change stage and status.

Rules the officer relies on:

- a project gets a reference ``P-YYYY-NNNN`` (year of first contact, never reused) that also
  stands for it in anonymised documents;
- closing (``clos``) or abandoning (``abandonne``) needs a reason, so the bilan can say why;
- marking a project *créé* needs the founding date and schedules the post-creation check-ins
  at +6, +12, +24 and +36 months (``follow_up`` rows, ``kind="checkin"``); doing it twice, or
  changing the date, never duplicates them (undone ones move with the date, done ones stay);
- *pérennité à 3 ans*: of the structures founded at least three years ago, the share whose
  file is neither closed nor abandoned (the bilan's definition), and how many of them were
  confirmed by a done 36-month check-in.

Every multi-record change runs in one transaction: a failure leaves nothing half-written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core import validation
from municipaless.core.i18n import _
from municipaless.core.statuses import ProjectStatus
from municipaless.services.file.territory import Territory
from municipaless.storage import activity_queries, challenge_queries
from municipaless.storage import casework_queries as q
from municipaless.storage.errors import RefusedChange
from municipaless.storage.listing import ListSource, Where

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).

CHECKIN_MONTHS = (6, 12, 24, 36)
CLOSED_STATUSES = (ProjectStatus.ABANDONED, ProjectStatus.CLOSED)


class CaseworkError(RefusedChange):
    """A change the case log refuses (missing reason, bad date…): ``message`` is French,
    ``errors`` maps each field to its French message, and nothing was written."""


@dataclass
class HolderInput:
    """One porteur of a project: an existing person (``person_id``) or a new one
    (``new_person``: Person fields such as first_name, last_name, email, phone)."""

    person_id: str | None = None
    new_person: dict[str, Any] | None = None
    role: str = ""


@dataclass(frozen=True)
class Holder:
    holder_id: str
    rev: int
    person: d.Person
    role: str


@dataclass
class ProjectFilters:
    """What the officer picked above the project list (empty = no filter)."""

    stages: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()
    referent: str | None = None
    silent_days: int | None = None  # "sans nouvelles depuis N jours"
    overdue_only: bool = False  # has overdue follow-ups
    challenge: str | None = None  # an enjeu's id: projects carrying it
    text: str = ""
    today: dt.date | None = None  # tests pin it; default is the real date


@dataclass(frozen=True)
class Survival:
    base: int  # founded at least 3 years ago
    alive: int  # of which neither closed nor abandoned
    confirmed: int  # of which the 36-month check-in is done
    founded_by: str  # ISO date: founded on or before

    @property
    def rate(self) -> float | None:
        return self.alive / self.base if self.base else None


@dataclass(frozen=True)
class StatusChange:
    """What a status change did besides the status: check-ins created/moved."""

    project: d.Project
    checkins: list[d.FollowUp] = field(default_factory=list)


# list ---------------------------------------------------------------------------------------
def project_where(filters: ProjectFilters) -> Where:
    """The SQL filter of the project list for what the officer picked."""
    today = filters.today or dt.date.today()
    where = (
        q.stage_in(filters.stages)
        & q.status_in(filters.statuses)
        & q.sector_in(filters.sectors)
        & q.commune_in(filters.communes)
        & q.referent_is(filters.referent)
        & challenge_queries.carries(filters.challenge)
    )
    if filters.silent_days is not None:
        where = where & q.silent_for(filters.silent_days, today)
    if filters.overdue_only:
        where = where & q.with_overdue_follow_ups(today)
    if filters.text.strip():
        where = where & q.text_matches(filters.text)
    return where


def project_list(territory: Territory, filters: ProjectFilters | None = None) -> ListSource:
    """The Porteurs & projets list (SQL-paged, with a "Last activity" column) filtered."""
    return territory.list_source("project", project_where(filters or ProjectFilters()))


def referents(territory: Territory) -> list[str]:
    """Officer names used as referent, for the filter combo."""
    return q.referents(territory.tdb.db)


# projects -----------------------------------------------------------------------------------
def next_reference(territory: Territory, first_contact_on: str | None = None) -> str:
    """``P-YYYY-NNNN``: the next free number of the first contact's year."""
    year = (first_contact_on or dt.date.today().isoformat())[:4]
    prefix = f"P-{year}-"
    return f"{prefix}{q.max_reference_number(territory.tdb.db, prefix) + 1:04d}"


def _labels(territory: Territory, vocab: str) -> dict[str, str]:
    return activity_queries.vocabulary_labels(territory.tdb.db, vocab)


def _check_project(territory: Territory, values: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Normalise and check the merged state of a project; raise CaseworkError."""
    errors: dict[str, str] = {}
    clean = dict(values)
    for name in ("name", "description", "close_reason", "referent", "reference"):
        if name in clean:
            clean[name] = (clean[name] or "").strip()
    if not clean.get("name"):
        errors["name"] = _("Donnez un nom au projet (même provisoire).")
    for name in ("first_contact_on", "founded_on"):
        raw = clean.get(name)
        checked = validation.check_date(raw if raw is None else str(raw))
        if checked.ok:
            clean[name] = checked.value
        else:
            errors[name] = checked.error or _("Date invalide.")
    for name in ("jobs_planned", "jobs_created"):
        raw = clean.get(name)
        if raw in (None, ""):
            clean[name] = None
            continue
        try:
            clean[name] = int(raw)
        except (TypeError, ValueError):
            clean[name] = -1
        if clean[name] < 0:
            errors[name] = _("Le nombre d'emplois doit être un nombre entier positif ou nul.")
    for name, vocab in (("status", "project_status"), ("stage", "stage"), ("sector", "sector")):
        code = clean.get(name)
        if code and code not in _labels(territory, vocab):
            errors[name] = _("Valeur inconnue : « {code} ».").format(code=code)
    status = clean.get("status") or ProjectStatus.ACTIVE
    clean["status"] = status
    if status in CLOSED_STATUSES and not clean.get("close_reason"):
        errors["close_reason"] = _("Indiquez pourquoi le dossier est clos ou abandonné.")
    if (
        status == ProjectStatus.CREATED
        and not clean.get("founded_on")
        and "founded_on" not in errors
    ):
        errors["founded_on"] = _("Indiquez la date de création de la structure.")
    founded = clean.get("founded_on")
    if founded and "founded_on" not in errors and founded > today.isoformat():
        errors["founded_on"] = _("La date de création ne peut pas être dans le futur.")
    if errors:
        raise CaseworkError(errors)
    return clean


def create_project(
    territory: Territory,
    fields: dict[str, Any],
    holders: Sequence[HolderInput] = (),
    *,
    today: dt.date | None = None,
) -> d.Project:
    """Create a project and its porteurs (new people created) in one transaction.

    ``fields`` are Project fields; ``reference``, ``first_contact_on`` (today) and
    ``referent`` (the officer) are filled when missing. A status of ``cree`` schedules the
    check-ins as :func:`change_status` does."""
    today = today or dt.date.today()
    values = {"first_contact_on": today.isoformat(), "referent": territory.tdb.officer}
    values.update({k: v for k, v in fields.items() if v is not None or k not in values})
    clean = _check_project(territory, values, today)
    _check_holders(holders)
    with territory.tdb.write():
        if not clean.get("reference"):
            clean["reference"] = next_reference(territory, clean.get("first_contact_on"))
        project = cast(d.Project, territory.save("project", clean))
        for holder in holders:
            add_holder(territory, project.id, holder)
        if project.status == ProjectStatus.CREATED:
            schedule_checkins(territory, project)
    return project


def update_project(
    territory: Territory, project_id: str, rev: int, changes: dict[str, Any]
) -> d.Project:
    """Save edited fields (rev-checked). Status changes follow :func:`change_status` rules
    (a reason to close, a date to mark created, check-ins scheduled or withdrawn)."""
    return _apply(territory, project_id, rev, changes).project


def _apply(
    territory: Territory,
    project_id: str,
    rev: int,
    changes: dict[str, Any],
    today: dt.date | None = None,
) -> StatusChange:
    today = today or dt.date.today()
    records = territory.records["project"]
    with territory.tdb.write():
        current: d.Project = records.get(project_id)
        merged = {name: getattr(current, name) for name in d.Project.content_fields()}
        merged.update(changes)
        clean = _check_project(territory, merged, today)
        changed = {k: clean[k] for k in changes if k in clean}
        project = cast(d.Project, territory.save("project", changed, row_id=project_id, rev=rev))
        checkins: list[d.FollowUp] = []
        if project.status == ProjectStatus.CREATED:
            checkins = schedule_checkins(territory, project)
        elif current.status == ProjectStatus.CREATED:
            _withdraw_checkins(territory, project.id)
    return StatusChange(project, checkins)


def change_stage(territory: Territory, project_id: str, rev: int, stage: str) -> d.Project:
    return _apply(territory, project_id, rev, {"stage": stage}).project


def change_status(
    territory: Territory,
    project_id: str,
    rev: int,
    status: str,
    *,
    reason: str = "",
    founded_on: str | None = None,
) -> StatusChange:
    """Change the status; ``clos``/``abandonne`` need ``reason``; ``cree`` needs
    ``founded_on`` (or an existing one) and schedules the check-ins; leaving ``cree``
    withdraws the check-ins not yet done."""
    changes: dict[str, Any] = {"status": status}
    if status in CLOSED_STATUSES or reason:
        changes["close_reason"] = reason
    if founded_on is not None:
        changes["founded_on"] = founded_on
    return _apply(territory, project_id, rev, changes)


def mark_created(
    territory: Territory,
    project_id: str,
    rev: int,
    founded_on: str,
    jobs_created: int | None = None,
) -> StatusChange:
    """Status ``cree`` with its founding date, and the four check-ins; the étape moves on to
    « Création » when it was an earlier one (idée, émergence) or none, in the same journalled
    write, never back from développement or consolidation."""
    changes: dict[str, Any] = {"status": ProjectStatus.CREATED, "founded_on": founded_on}
    if jobs_created is not None:
        changes["jobs_created"] = jobs_created
    stage = _stage_when_created(territory, territory.records["project"].get(project_id).stage)
    if stage is not None:
        changes["stage"] = stage
    return _apply(territory, project_id, rev, changes)


CREATED_STAGE = "creation"  # the stage vocabulary's code for « Création »


def _stage_when_created(territory: Territory, current: str | None) -> str | None:
    """« Création » when ``current`` comes before it in the file's stage order (or is empty);
    None to leave the étape alone (already there or later, or no such stage in this file)."""
    order = [v.code for v in territory.vocabulary("stage")]
    if CREATED_STAGE not in order or current == CREATED_STAGE:
        return None
    if not current:
        return CREATED_STAGE
    if current in order and order.index(current) < order.index(CREATED_STAGE):
        return CREATED_STAGE
    return None  # later, or an archived stage this file no longer orders


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, the month's last day when it has no such day (31 → 30)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def checkin_text(months: int) -> str:
    return f"Suivi post-création à {months} mois"


def schedule_checkins(territory: Territory, project: d.Project) -> list[d.FollowUp]:
    """Create or move the +6/+12/+24/+36-month check-ins of a created project (idempotent:
    one live check-in per month count; a done one is never moved)."""
    if not project.founded_on:
        return []
    founded = dt.date.fromisoformat(project.founded_on)
    records = territory.records["follow_up"]
    existing = {
        f.checkin_months: f
        for f in q.children(records, "project_id", project.id)
        if f.kind == "checkin"
    }
    result = []
    with territory.tdb.write():
        for months in CHECKIN_MONTHS:
            due = add_months(founded, months).isoformat()
            current = existing.get(months)
            if current is None:
                current = records.insert(
                    d.FollowUp(
                        project_id=project.id,
                        due_on=due,
                        what=checkin_text(months),
                        kind="checkin",
                        checkin_months=months,
                    )
                )
            elif current.done_on is None and current.due_on != due:
                current = records.update(current.id, current.rev, due_on=due)
            result.append(current)
    return result


def _withdraw_checkins(territory: Territory, project_id: str) -> None:
    records = territory.records["follow_up"]
    for f in q.children(records, "project_id", project_id):
        if f.kind == "checkin" and f.done_on is None:
            records.delete(f.id, f.rev)


# porteurs -----------------------------------------------------------------------------------
def holders(territory: Territory, project_id: str) -> list[Holder]:
    """The project's porteurs (erased people included: their record says so)."""
    people = territory.records["person"]
    return [
        Holder(h.id, h.rev, people.get(h.person_id, include_deleted=True), h.role)
        for h in q.children(territory.records["project_holder"], "project_id", project_id)
    ]


def _check_holders(given: Sequence[HolderInput]) -> None:
    ids = [h.person_id for h in given if h.person_id]
    if len(ids) != len(set(ids)):
        raise CaseworkError({"holders": _("Une même personne est indiquée deux fois.")})
    for h in given:
        if not h.person_id and not h.new_person:
            raise CaseworkError({"holders": _("Choisissez une personne ou saisissez-en une.")})


def add_holder(territory: Territory, project_id: str, holder: HolderInput) -> Holder:
    """Link a person (created first if new) as a porteur; linking the same person twice is
    refused with a French message."""
    from municipaless.services.directory import save_person

    _check_holders([holder])
    with territory.tdb.write():
        territory.records["project"].get(project_id)
        if holder.person_id:
            person = territory.records["person"].get(holder.person_id)
        else:
            person = save_person(territory, dict(holder.new_person or {}))
        linked = q.children(territory.records["project_holder"], "project_id", project_id)
        if any(h.person_id == person.id for h in linked):
            raise CaseworkError(
                {
                    "holders": _("{display_name} porte déjà ce projet.").format(
                        display_name=person.display_name
                    )
                }
            )
        row = cast(
            d.ProjectHolder,
            territory.save(
                "project_holder",
                {"project_id": project_id, "person_id": person.id, "role": holder.role.strip()},
            ),
        )
    return Holder(row.id, row.rev, person, row.role)


def set_holder_role(territory: Territory, holder_id: str, rev: int, role: str) -> None:
    territory.save("project_holder", {"role": role.strip()}, row_id=holder_id, rev=rev)


def remove_holder(territory: Territory, holder_id: str, rev: int) -> None:
    """Unlink a porteur (the person stays in the annuaire)."""
    territory.remove("project_holder", holder_id, rev)


# figures ------------------------------------------------------------------------------------
def survival_at_3_years(territory: Territory, today: dt.date | None = None) -> Survival:
    """The "pérennité à 3 ans" figure (see the module docstring)."""
    today = today or dt.date.today()
    founded_by = add_months(today, -36).isoformat()
    base, alive, confirmed = q.survival(territory.tdb.db, founded_by)
    return Survival(base, alive, confirmed, founded_by)
