"""Appels à projets coopératifs: the call, its rules, its criteria and its jury.

Rules the officer relies on (docs/cooperation.md#appels-à-projets-coopératifs):

- a call gets a reference ``AAP-YYYY-NN`` (the year of its launch, else of today), proposed and
  never reused; the officer may type another one, unless another call holds it;
- its calendar runs in order: launch ≤ deadline ≤ jury ≤ notification, each date missing
  allowed, each wrong order refused with a French sentence naming both dates;
- its categories each carry their own minimum of partners (« Coopérer pour se développer »:
  at least one), labels unique; the checklist's labels are unique too;
- a ceiling per award may not exceed the envelope; the funder is a structure of the annuaire,
  none meaning the commune itself;
- criteria have a weight > 0 and a maximum score ≥ 1; a jury member is a person of the annuaire
  or a typed name. A criterion already scored, or a member who filled a scorecard, stays.

A call, its criteria and its jury are written in one transaction: a refusal leaves nothing
half-saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from municipaless.core import cooperation as c
from municipaless.core import validation
from municipaless.core.formats import format_date, format_money
from municipaless.core.i18n import N_, _
from municipaless.core.statuses import CallStatus
from municipaless.core.text import fold
from municipaless.services.file.territory import Territory
from municipaless.storage import call_queries as q
from municipaless.storage.errors import RefusedChange, StorageError
from municipaless.storage.listing import SPECS, ListSource, Where

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).

COOPERATE = "Coopérer pour se développer"  # the category the issue names: ≥ 1 partner
CALENDAR = ("launch_on", "deadline_on", "jury_on", "notification_on")
_DATE_NAMES = {
    "launch_on": N_("le lancement"),
    "deadline_on": N_("la date limite de dépôt"),
    "jury_on": N_("le jury"),
    "notification_on": N_("la notification"),
}
CRITERION_FIELDS = ("label", "description", "weight", "max_score")
JURY_FIELDS = ("person_id", "name", "organisation_id", "role")


class CallError(RefusedChange):
    """A change the calls refuse: ``message`` is French, ``errors`` maps each field to its
    French message, and nothing was written."""


@dataclass
class CallFilters:
    """What the officer picked above the call list (empty = no filter)."""

    status: str | None = None
    year: int | None = None
    challenge_id: str | None = None
    text: str = ""


# the list ----------------------------------------------------------------------------------
def call_where(filters: CallFilters | None = None) -> Where:
    f = filters or CallFilters()
    return q.call_where(status=f.status, year=f.year, challenge_id=f.challenge_id, text=f.text)


def call_list(territory: Territory, filters: CallFilters | None = None) -> ListSource:
    """The calls list (SQL-paged: reference, title, status, deadline, candidatures, envelope)."""
    return ListSource(territory.tdb.db, SPECS["project_call"], call_where(filters))


def years(territory: Territory) -> list[int]:
    """The years of the calls' calendars, newest first (the year filter's choices)."""
    return q.call_years(territory.tdb.db)


# references --------------------------------------------------------------------------------
def next_reference(territory: Territory, launch_on: str | None = None) -> str:
    """``AAP-YYYY-NN``: the next free number of the launch's year (else this year)."""
    year = (launch_on or dt.date.today().isoformat())[:4]
    prefix = f"AAP-{year}-"
    return f"{prefix}{q.max_reference_number(territory.tdb.db, prefix) + 1:02d}"


# checks -------------------------------------------------------------------------------------
def _cents(value: Any, name: str, errors: dict[str, str]) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        errors[name] = _("Montant invalide.")
        return None
    if isinstance(value, int):
        cents: int | None = value
    else:
        checked = validation.check_money(str(value))
        if not checked.ok:
            errors[name] = checked.error or _("Montant invalide.")
            return None
        cents = checked.value
    if cents is not None and cents < 0:
        errors[name] = _("Un montant ne peut pas être négatif.")
        return None
    return cents


def _count(value: Any, name: str, errors: dict[str, str]) -> int:
    if value in (None, ""):
        return 0
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0 or (isinstance(value, float) and not value.is_integer()):
        errors[name] = _("Le nombre de partenaires doit être un nombre entier positif ou nul.")
        return 0
    return number


def clean_categories(raw: Sequence[Any], errors: dict[str, str]) -> tuple[dict[str, Any], ...]:
    """Categories as ``{"label", "min_partners"}`` dicts (a bare label: no minimum)."""
    seen: dict[str, str] = {}
    clean = []
    for item in raw or ():
        if isinstance(item, str):
            item = {"label": item}
        label = " ".join(str(item.get("label") or "").split())
        if not label:
            errors["categories"] = _("Donnez un nom à chaque catégorie.")
            continue
        if fold(label) in seen:
            errors["categories"] = _("La catégorie « {label} » est indiquée deux fois.").format(
                label=label
            )
            continue
        seen[fold(label)] = label
        clean.append(
            {"label": label, "min_partners": _count(item.get("min_partners"), "categories", errors)}
        )
    return tuple(clean)


def clean_documents(raw: Sequence[Any], errors: dict[str, str]) -> tuple[str, ...]:
    seen: set[str] = set()
    clean = []
    for item in raw or ():
        label = " ".join(str(item or "").split())
        if not label:
            continue
        if fold(label) in seen:
            errors["required_documents"] = _("La pièce « {label} » est indiquée deux fois.").format(
                label=label
            )
            continue
        seen.add(fold(label))
        clean.append(label)
    return tuple(clean)


def _check_calendar(clean: dict[str, Any], errors: dict[str, str]) -> None:
    """Dates parsed, then in order: each wrong pair one sentence under the later date."""
    for name in CALENDAR:
        raw = clean.get(name)
        checked = validation.check_date(raw if raw is None else str(raw))
        if checked.ok:
            clean[name] = checked.value
        else:
            errors[name] = checked.error or _("Date invalide.")
            clean[name] = None
    previous: str | None = None
    for name in CALENDAR:
        value = clean.get(name)
        if not value or name in errors:
            continue
        if previous is not None and value < clean[previous]:
            errors[name] = _(
                "{later} ({later_on}) ne peut pas précéder {earlier} ({earlier_on})."
            ).format(
                later=_(_DATE_NAMES[name]).capitalize(),
                later_on=format_date(value),
                earlier=_(_DATE_NAMES[previous]),
                earlier_on=format_date(clean[previous]),
            )
        previous = name


def _check_call(
    territory: Territory, values: dict[str, Any], call_id: str | None
) -> dict[str, Any]:
    """Normalise and check the merged state of a call; raise CallError."""
    errors: dict[str, str] = {}
    clean = dict(values)
    for name in ("title", "description", "reference"):
        clean[name] = (clean.get(name) or "").strip()
    if not clean["title"]:
        errors["title"] = _("Donnez un titre à l'appel à projets.")
    clean["categories"] = clean_categories(clean.get("categories") or (), errors)
    clean["required_documents"] = clean_documents(clean.get("required_documents") or (), errors)
    clean["min_partners"] = _count(clean.get("min_partners"), "min_partners", errors)
    for name in ("max_amount_cents", "envelope_cents"):
        clean[name] = _cents(clean.get(name), name, errors)
    ceiling, envelope = clean["max_amount_cents"], clean["envelope_cents"]
    if ceiling is not None and envelope is not None and ceiling > envelope:
        errors["max_amount_cents"] = _(
            "Le plafond par lauréat ({ceiling}) dépasse l'enveloppe de l'appel ({envelope})."
        ).format(ceiling=format_money(ceiling), envelope=format_money(envelope))
    _check_calendar(clean, errors)
    status = clean.get("status") or CallStatus.PREPARATION
    clean["status"] = status
    if status not in tuple(CallStatus):
        errors["status"] = _("Statut d'appel inconnu : « {status} ».").format(status=status)
    if clean.get("funder_id"):
        try:
            territory.records["organisation"].get(clean["funder_id"])
        except StorageError:
            errors["funder_id"] = _("Ce financeur n'est plus dans l'annuaire.")
    else:
        clean["funder_id"] = None
    known = {ch.id for ch in territory.challenges(include_archived=True)}
    challenges = tuple(dict.fromkeys(clean.get("challenges") or ()))
    if any(ch not in known for ch in challenges):
        errors["challenges"] = _("Un des enjeux choisis n'existe plus.")
    clean["challenges"] = challenges
    if clean["reference"]:
        other = q.reference_taken(territory.tdb.db, clean["reference"], call_id)
        if other is not None:
            errors["reference"] = _(
                "La référence {reference} est déjà celle de l'appel « {title} »."
            ).format(reference=clean["reference"], title=other)
    if errors:
        raise CallError(errors)
    return clean


def _check_criteria(lines: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    errors: dict[str, str] = {}
    clean = []
    for line in lines:
        label = " ".join(str(line.get("label") or "").split())
        if not label:
            errors["criteria"] = _("Donnez un intitulé à chaque critère.")
            continue
        try:
            weight = float(str(line.get("weight", 1)).replace(",", "."))
        except ValueError:
            weight = 0.0
        if not weight > 0:
            errors["criteria"] = _(
                "Le poids du critère « {label} » doit être supérieur à 0."
            ).format(label=label)
        try:
            max_score = int(line.get("max_score") or 5)
        except (TypeError, ValueError):
            max_score = 0
        if max_score < 1:
            errors["criteria"] = _(
                "La note maximale du critère « {label} » doit être un entier d'au moins 1."
            ).format(label=label)
        clean.append(
            {
                **line,
                "label": label,
                "description": (line.get("description") or "").strip(),
                "weight": weight,
                "max_score": max_score,
            }
        )
    if errors:
        raise CallError(errors)
    return clean


def _check_jury(territory: Territory, lines: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    errors: dict[str, str] = {}
    clean = []
    people: set[str] = set()
    for line in lines:
        person_id = line.get("person_id") or None
        name = " ".join(str(line.get("name") or "").split())
        if not person_id and not name:
            errors["jury"] = _("Choisissez une personne de l'annuaire ou saisissez un nom.")
            continue
        if person_id:
            if person_id in people:
                errors["jury"] = _("Une même personne est indiquée deux fois dans le jury.")
            people.add(person_id)
            territory.records["person"].get(person_id)
        clean.append(
            {
                **line,
                "person_id": person_id,
                "name": "" if person_id else name,
                "organisation_id": line.get("organisation_id") or None,
                "role": (line.get("role") or "").strip(),
            }
        )
    if errors:
        raise CallError(errors)
    return clean


# writing ---------------------------------------------------------------------------------------
def create_call(
    territory: Territory,
    fields: dict[str, Any],
    *,
    criteria: Sequence[dict[str, Any]] = (),
    jury: Sequence[dict[str, Any]] = (),
) -> c.ProjectCall:
    """A new call with its criteria and jury (lines as dicts), in one transaction; the
    reference is proposed when none is typed."""
    clean = _check_call(territory, fields, None)
    with territory.transaction():
        if not clean["reference"]:
            clean["reference"] = next_reference(territory, clean.get("launch_on"))
        call = cast(c.ProjectCall, territory.save("project_call", clean))
        set_criteria(territory, call.id, criteria)
        set_jury(territory, call.id, jury)
    return call


def update_call(
    territory: Territory,
    call_id: str,
    rev: int,
    changes: dict[str, Any],
    *,
    criteria: Sequence[dict[str, Any]] | None = None,
    jury: Sequence[dict[str, Any]] | None = None,
) -> c.ProjectCall:
    """Save edited fields (rev-checked) and, when given, the whole criteria and jury lines."""
    with territory.transaction():
        current: c.ProjectCall = territory.records["project_call"].get(call_id)
        merged = {n: getattr(current, n) for n in c.ProjectCall.content_fields()}
        merged.update(changes)
        clean = _check_call(territory, merged, call_id)
        if not clean["reference"]:
            clean["reference"] = current.reference or next_reference(
                territory, clean.get("launch_on")
            )
        changed = {k: clean[k] for k in changes if k in clean}
        if "categories" in changed:
            _keep_used_categories(territory, call_id, clean["categories"])
        call = current
        if changed:
            call = cast(
                c.ProjectCall,
                territory.save("project_call", changed, row_id=call_id, rev=rev),
            )
        elif current.rev != rev:
            territory.save("project_call", {}, row_id=call_id, rev=rev)  # the stale rev refused
        if criteria is not None:
            set_criteria(territory, call_id, criteria)
        if jury is not None:
            set_jury(territory, call_id, jury)
    return call


def _keep_used_categories(
    territory: Territory, call_id: str, categories: Sequence[dict[str, Any]]
) -> None:
    """A category candidatures were filed in stays (renaming it would orphan them)."""
    kept = {fold(str(category["label"])) for category in categories}
    for label, count in q.categories_in_use(territory.tdb.db, call_id).items():
        if fold(label) not in kept:
            raise CallError(
                {
                    "categories": _(
                        "La catégorie « {label} » est celle de {count} candidature(s) : "
                        "elle ne peut pas être retirée ni renommée."
                    ).format(label=label, count=count)
                }
            )


def delete_call(territory: Territory, call_id: str, rev: int) -> None:
    """To the corbeille with its criteria and jury; refused while it holds candidatures."""
    db = territory.tdb.db
    with territory.transaction():
        count = len(q.live_ids(db, "submission", "call_id", call_id))
        if count:
            raise CallError(
                _(
                    "Cet appel a des candidatures ({count}) : supprimez-les ou retirez-les "
                    "d'abord, le travail du jury en dépend."
                ).format(count=count)
            )
        for table in ("call_criterion", "jury_member"):
            for row_id in q.live_ids(db, table, "call_id", call_id):
                record = territory.records[table].get(row_id)
                territory.remove(table, row_id, record.rev)
        territory.remove("project_call", call_id, rev)


def _sync(
    territory: Territory,
    table: str,
    call_id: str,
    lines: Sequence[dict[str, Any]],
    fields: Sequence[str],
    keep: set[str],
    refusal: str,
) -> None:
    """Make the call's live rows of ``table`` the ``lines`` (in order): new lines inserted,
    changed ones updated at their rev, missing ones removed unless in ``keep``."""
    records = territory.records[table]
    existing = {
        row_id: records.get(row_id)
        for row_id in q.live_ids(territory.tdb.db, table, "call_id", call_id)
    }
    given = {line["id"] for line in lines if line.get("id")}
    gone = [record for row_id, record in existing.items() if row_id not in given]
    for record in gone:  # every refusal before any write
        if record.id in keep:
            name = getattr(record, "label", "") or getattr(record, "name", "")
            raise CallError(refusal.format(name=name))
    for record in gone:
        territory.remove(table, record.id, record.rev)
    for position, line in enumerate(lines):
        values = {name: line.get(name) for name in fields}
        values["position"] = position
        line_id = line.get("id")
        if line_id and line_id in existing:
            current = existing[line_id]
            changed = {k: v for k, v in values.items() if getattr(current, k) != v}
            if changed:
                territory.save(
                    table, changed, row_id=line_id, rev=int(line.get("rev") or current.rev)
                )
        else:
            territory.save(table, {"call_id": call_id, **values})


def set_criteria(territory: Territory, call_id: str, lines: Sequence[dict[str, Any]]) -> None:
    """The call's grille: ``lines`` of label, description, weight (> 0), max_score (≥ 1),
    with ``id``/``rev`` for saved ones. A criterion the jury scored cannot be removed."""
    clean = _check_criteria(lines)
    with territory.transaction():
        _set_criteria(territory, call_id, clean)


def _set_criteria(territory: Territory, call_id: str, clean: list[dict[str, Any]]) -> None:
    ids = q.live_ids(territory.tdb.db, "call_criterion", "call_id", call_id)
    scored = q.scored_criteria(territory.tdb.db, ids)
    _sync(
        territory,
        "call_criterion",
        call_id,
        clean,
        CRITERION_FIELDS,
        scored,
        _("Le critère « {name} » a déjà des notes du jury : il ne peut pas être retiré."),
    )


def set_jury(territory: Territory, call_id: str, lines: Sequence[dict[str, Any]]) -> None:
    """The call's jury: ``lines`` of person_id or name, organisation_id, role (in order)."""
    clean = _check_jury(territory, lines)
    with territory.transaction():
        _set_jury(territory, call_id, clean)


def _set_jury(territory: Territory, call_id: str, clean: list[dict[str, Any]]) -> None:
    ids = q.live_ids(territory.tdb.db, "jury_member", "call_id", call_id)
    scoring = q.members_with_scorecards(territory.tdb.db, ids)
    _sync(
        territory,
        "jury_member",
        call_id,
        clean,
        JURY_FIELDS,
        scoring,
        _("Ce membre du jury a déjà rempli une grille de notation : il ne peut pas être retiré."),
    )


# reading -----------------------------------------------------------------------------------------
def get(territory: Territory, call_id: str) -> c.ProjectCall:
    return cast(c.ProjectCall, territory.records["project_call"].get(call_id))


def criteria(territory: Territory, call_id: str) -> list[c.CallCriterion]:
    return q.criteria(territory.tdb.db, call_id)


def jury(territory: Territory, call_id: str) -> list[q.JuryRow]:
    """The jury in its order, each with the annuaire's name (or the name typed)."""
    return q.jury(territory.tdb.db, call_id)


def category_minimum(call: c.ProjectCall, label: str) -> int | None:
    """The minimum of partners of the call's category ``label`` (None: no such category)."""
    for category in call.categories:
        if fold(str(category.get("label"))) == fold(label):
            return int(category.get("min_partners") or 0)
    return None


@dataclass(frozen=True)
class Envelope:
    envelope_cents: int | None  # None: the call set no envelope
    committed_cents: int  # awarded to lauréats
    awards: int = 0  # how many lauréats

    @property
    def remaining_cents(self) -> int | None:
        if self.envelope_cents is None:
            return None
        return self.envelope_cents - self.committed_cents


def envelope(territory: Territory, call_id: str) -> Envelope:
    """The envelope, what the awards commit and what remains."""
    call = get(territory, call_id)
    committed, awards = q.awards(territory.tdb.db, call_id)
    return Envelope(call.envelope_cents, committed, awards)


def funder_name(territory: Territory, call: c.ProjectCall) -> str:
    """Who pays the awards: the funder's name, else « la commune »."""
    if call.funder_id:
        organisation = territory.records["organisation"].get(call.funder_id, include_deleted=True)
        return str(organisation.name)
    return _("la commune")
