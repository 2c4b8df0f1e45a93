"""Demandes de financement and the plan de financement of a project.

Amounts are integer cents. Flow: ``preparation`` → ``deposee`` → ``accordee`` / ``refusee``;
``accordee`` → ``versee``. A decision (granted or refused) needs its date; granted needs the
amount granted.

Plan de financement (per project):

- *asked*: sum of the amounts asked, refused requests left out; *granted*: sum granted on
  ``accordee``/``versee``;
- *public money*: granted by a funder whose kind is ``financeur_public``, ``collectivite`` or
  ``etat``, or marked as the commune's own money (``is_commune``); its share is over granted;
- *effet levier* of the commune: euros granted by the other funders for every euro the commune
  granted (the bilan's definition); none when the commune granted nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from municipaless.core import domain as d
from municipaless.core import validation
from municipaless.core.i18n import _
from municipaless.core.statuses import FundingStatus
from municipaless.services.casework import CaseworkError
from municipaless.services.file.territory import Territory
from municipaless.storage import activity_queries
from municipaless.storage import casework_queries as q

# Any: a record's fields by name, each value of its field's own type (checked here, then
# by storage's Records, which takes them as Any).

STATUSES = tuple(FundingStatus)
GRANTED = (FundingStatus.GRANTED, FundingStatus.PAID)
PUBLIC_KINDS = ("financeur_public", "collectivite", "etat")
FUNDER_KINDS = (
    "financeur_public",
    "financeur_prive",
    "finance_solidaire",
    "banque",
    "fondation",
    "collectivite",
    "etat",
)


@dataclass(frozen=True)
class PlanLine:
    request_id: str
    rev: int
    funder_id: str | None
    funder: str
    funder_kind: str | None
    scheme: str
    instrument: str | None
    asked_cents: int | None
    granted_cents: int | None  # counted only when granted or paid
    status: str
    decided_on: str | None
    report_due_on: str | None
    is_commune: bool
    is_public: bool


@dataclass(frozen=True)
class FundingPlan:
    lines: list[PlanLine]
    asked_cents: int
    granted_cents: int
    public_cents: int
    commune_cents: int

    @property
    def public_share(self) -> float | None:
        return self.public_cents / self.granted_cents if self.granted_cents else None

    @property
    def leverage(self) -> float | None:
        """Euros from the other funders per euro of the commune."""
        own = self.commune_cents
        return (self.granted_cents - own) / own if own else None


_MONEY = ("asked_cents", "granted_cents")
_DATES = ("decided_on", "report_due_on")


def _cents(value: object) -> int | None:
    """Cents from an int or from what the officer typed ("12 500 €")."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    checked = validation.check_money(str(value))
    if not checked.ok:
        raise ValueError(checked.error)
    return checked.value


def _check(territory: Territory, values: dict[str, Any]) -> dict[str, Any]:
    """Normalise and check the merged state of a request; raise CaseworkError."""
    errors: dict[str, str] = {}
    clean = dict(values)
    clean["scheme"] = (clean.get("scheme") or "").strip()
    for name in _MONEY:
        try:
            clean[name] = _cents(clean.get(name))
        except ValueError as e:
            errors[name] = str(e) or _("Montant invalide.")
            continue
        if clean[name] is not None and clean[name] < 0:
            errors[name] = _("Un montant ne peut pas être négatif.")
    for name in _DATES:
        checked = validation.check_date(clean.get(name))
        if checked.ok:
            clean[name] = checked.value
        else:
            errors[name] = checked.error or _("Date invalide.")
    status = clean.get("status") or FundingStatus.PREPARATION
    clean["status"] = status
    if status not in STATUSES:
        errors["status"] = _("Statut de demande inconnu : « {status} ».").format(status=status)
    instrument = clean.get("instrument")
    if instrument and instrument not in activity_queries.vocabulary_labels(
        territory.tdb.db, "instrument"
    ):
        errors["instrument"] = _("Instrument inconnu : « {instrument} ».").format(
            instrument=instrument
        )
    if status in (
        FundingStatus.GRANTED,
        FundingStatus.REFUSED,
        FundingStatus.PAID,
    ) and not clean.get("decided_on"):
        errors.setdefault("decided_on", _("Indiquez la date de la décision."))
    if status in GRANTED and clean.get("granted_cents") is None:
        errors.setdefault("granted_cents", _("Indiquez le montant accordé."))
    if not clean.get("funder_id") and not clean.get("is_commune") and not clean["scheme"]:
        errors["funder_id"] = _(
            "Choisissez le financeur dans l'annuaire (ou nommez le dispositif)."
        )
    clean["is_commune"] = bool(clean.get("is_commune"))
    year = clean.get("budget_year")  # the plan de financement's year (services/casework/budget.py)
    if isinstance(year, str):
        year = int(year) if year.strip().isdigit() else (year.strip() or None)
    if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
        errors["budget_year"] = _(
            "Année invalide : une année sur quatre chiffres, par exemple 2026."
        )
    clean["budget_year"] = year
    if errors:
        raise CaseworkError(errors)
    return clean


def add_request(territory: Territory, project_id: str, fields: dict[str, Any]) -> d.FundingRequest:
    """Record a request; ``fields`` are FundingRequest fields (funder_id, scheme, instrument,
    asked_cents as cents or typed text…). French error on a negative amount, a decision
    without its date, a grant without its amount."""
    clean = _check(territory, {"project_id": project_id, **fields})
    with territory.tdb.write():
        territory.records["project"].get(project_id)
        if clean.get("funder_id"):
            territory.records["organisation"].get(clean["funder_id"])
        return cast(d.FundingRequest, territory.save("funding_request", clean))


def update_request(
    territory: Territory, request_id: str, rev: int, changes: dict[str, Any]
) -> d.FundingRequest:
    """Save edited fields with the same checks as :func:`add_request`."""
    with territory.tdb.write():
        current = territory.records["funding_request"].get(request_id)
        merged = {n: getattr(current, n) for n in d.FundingRequest.content_fields()}
        merged.update(changes)
        clean = _check(territory, merged)
        if changes.get("funder_id"):
            territory.records["organisation"].get(changes["funder_id"])
        changed = {k: clean[k] for k in changes}
        return cast(
            d.FundingRequest, territory.save("funding_request", changed, row_id=request_id, rev=rev)
        )


def set_status(
    territory: Territory,
    request_id: str,
    rev: int,
    status: str,
    *,
    decided_on: str | None = None,
    granted_cents: int | None = None,
) -> d.FundingRequest:
    """Move a request along its flow (see the module docstring); a refusal clears the amount
    granted."""
    changes: dict[str, Any] = {"status": status}
    if decided_on is not None:
        changes["decided_on"] = decided_on
    if granted_cents is not None:
        changes["granted_cents"] = granted_cents
    if status == FundingStatus.REFUSED:
        changes["granted_cents"] = None
    if status in (FundingStatus.PREPARATION, FundingStatus.SUBMITTED):
        changes.update(decided_on=None, granted_cents=None)
    return update_request(territory, request_id, rev, changes)


def remove_request(territory: Territory, request_id: str, rev: int) -> None:
    territory.remove("funding_request", request_id, rev)


def plan(territory: Territory, project_id: str) -> FundingPlan:
    """The plan de financement of a project (every line, refused ones shown but not summed)."""
    lines = []
    asked = granted = public = commune = 0
    for row in q.funding_lines(territory.tdb.db, project_id):
        is_public = row.is_commune or (row.funder_kind in PUBLIC_KINDS)
        got = row.granted_cents if row.status in GRANTED else None
        lines.append(
            PlanLine(
                request_id=row.request_id,
                rev=row.rev,
                funder_id=row.funder_id,
                funder=row.funder_name,
                funder_kind=row.funder_kind,
                scheme=row.scheme,
                instrument=row.instrument,
                asked_cents=row.asked_cents,
                granted_cents=got,
                status=row.status,
                decided_on=row.decided_on,
                report_due_on=row.report_due_on,
                is_commune=row.is_commune,
                is_public=is_public,
            )
        )
        if row.status != FundingStatus.REFUSED:
            asked += row.asked_cents or 0
        granted += got or 0
        public += (got or 0) if is_public else 0
        commune += (got or 0) if row.is_commune else 0
    return FundingPlan(lines, asked, granted, public, commune)


def funders(territory: Territory) -> list[d.Organisation]:
    """Structures of the annuaire that fund (by kind, or with a funding offer), by name."""
    orgs = territory.records["organisation"]
    return [orgs.get(i) for i in q.funder_ids(territory.tdb.db, FUNDER_KINDS)]


def of_project(territory: Territory, project_id: str) -> list[d.FundingRequest]:
    return q.children(territory.records["funding_request"], "project_id", project_id)
