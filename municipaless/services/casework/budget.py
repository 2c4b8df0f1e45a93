"""The plan de financement that balances: a project's needs against its resources.

The rules are docs/cooperation.md « Plan de financement »:

- **needs** (``budget_line``): investment and operating costs, each with a label, an amount
  above zero and optionally a year;
- **resources**: the project's funding requests grouped by instrument (own funds, loans,
  honour loans, grants, crowdfunding, then the others), one line per request, a call's award
  named by its call; a candidature to a call not decided yet (no funding request carries it)
  counts as expected for the amount it asks;
- a resource is **obtained** when granted or paid (the amount granted), **expected** while
  asked and not refused (the amount asked); a refused request is left out, and so is a
  guarantee (it secures a loan, it brings no money: counting it would count the loan twice);
- **balance** = needs − (obtained + expected): zero « équilibré », positive « reste à
  financer », negative « excédent » (before any need is entered, none of them); each
  funder's **share** is its amount over total needs;
- with years (a need's ``year``, a request's ``budget_year``), one column per year, a
  « Sans année » column for what has none, and the total.

``funding.plan`` keeps its own figures (asked, granted, public share, effet levier).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, cast

from municipaless.core import formats, validation
from municipaless.core.cooperation import BudgetLine
from municipaless.core.i18n import _
from municipaless.core.statuses import FundingStatus
from municipaless.services.casework import CaseworkError
from municipaless.services.file.settings import document_branding
from municipaless.services.file.territory import Territory
from municipaless.storage import activity_queries
from municipaless.storage import budget_queries as q

INVESTMENT, OPERATING = "investissement", "fonctionnement"
KINDS = (INVESTMENT, OPERATING)
OBTAINED, EXPECTED = "obtenu", "attendu"
BALANCED, SHORT, EXCESS = "equilibre", "reste_a_financer", "excedent"
NO_NEEDS = "sans_besoins"  # resources without needs: nothing to balance yet
GRANTED = (FundingStatus.GRANTED, FundingStatus.PAID)
GUARANTEE = "garantie"
# The order funders read a plan in: what the porteurs bring, then debt, then grants.
INSTRUMENT_ORDER = (
    "fonds_propres",
    "pret",
    "pret_honneur",
    "subvention",
    "financement_participatif",
)
GROUP_TITLES = {
    "fonds_propres": "Fonds propres",
    "pret": "Prêts bancaires",
    "pret_honneur": "Prêts d'honneur",
    "subvention": "Subventions",
    "financement_participatif": "Financement participatif",
    "": "Autres ressources",
}
YEARS = (1900, 2100)


# needs ----------------------------------------------------------------------------------------
def needs(territory: Territory, project_id: str) -> list[BudgetLine]:
    """The project's needs, investment first, each kind in the officer's order."""
    lines = q.budget_lines(territory.records["budget_line"], project_id)
    return sorted(lines, key=lambda n: (_kind_rank(n.kind), n.position))


def _kind_rank(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _cents(value: object) -> int | None:
    """Cents from an int or from what the officer typed (« 12 500 € »)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(_("Montant invalide."))
    if isinstance(value, int):
        return value
    checked = validation.check_money(str(value))
    if not checked.ok:
        raise ValueError(checked.error or _("Montant invalide."))
    return checked.value


def _year(value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or not YEARS[0] <= int(text) <= YEARS[1]:
        raise ValueError(
            _(
                "Année invalide : « {value} » (une année sur quatre chiffres, par exemple 2026)."
            ).format(value=value)
        )
    return int(text)


def _check_need(territory: Territory, values: dict[str, Any]) -> dict[str, Any]:
    """Normalise and check the merged state of a need; raise CaseworkError in French."""
    errors: dict[str, str] = {}
    clean = dict(values)
    clean["label"] = (clean.get("label") or "").strip()
    if not clean["label"]:
        errors["label"] = _("Indiquez l'intitulé de la dépense (par exemple « Four de cuisson »).")
    try:
        clean["amount_cents"] = _cents(clean.get("amount_cents"))
    except ValueError as e:
        errors["amount_cents"] = str(e)
    else:
        if clean["amount_cents"] is None or clean["amount_cents"] <= 0:
            errors["amount_cents"] = _("Indiquez un montant supérieur à zéro.")
    try:
        clean["year"] = _year(clean.get("year"))
    except ValueError as e:
        errors["year"] = str(e)
    clean["kind"] = clean.get("kind") or OPERATING
    if clean["kind"] not in activity_queries.vocabulary_labels(territory.tdb.db, "budget_kind"):
        errors["kind"] = _("Nature de dépense inconnue : « {kind} ».").format(kind=clean["kind"])
    if errors:
        raise CaseworkError(errors)
    return clean


def add_need(territory: Territory, project_id: str, fields: dict[str, Any]) -> BudgetLine:
    """Add a need at the end of the project's list; ``fields``: kind, label, year,
    amount_cents (cents or typed text). French errors: no label, no amount above zero, a
    year that is not one, an unknown kind."""
    clean = _check_need(territory, {**fields, "project_id": project_id})
    with territory.transaction():
        territory.records["project"].get(project_id)
        clean["position"] = q.last_position(territory.tdb.db, project_id) + 1
        return cast(BudgetLine, territory.save("budget_line", clean))


def update_need(
    territory: Territory, line_id: str, rev: int, changes: dict[str, Any]
) -> BudgetLine:
    """Save edited fields with the checks of :func:`add_need` (rev-checked)."""
    with territory.transaction():
        current = territory.records["budget_line"].get(line_id)
        merged = {n: getattr(current, n) for n in BudgetLine.content_fields()}
        merged.update(changes)
        clean = _check_need(territory, merged)
        changed = {k: clean[k] for k in changes if k != "project_id"}
        return cast(BudgetLine, territory.save("budget_line", changed, row_id=line_id, rev=rev))


def remove_need(territory: Territory, line_id: str, rev: int) -> None:
    """To the corbeille, like every record."""
    territory.remove("budget_line", line_id, rev)


def move_need(territory: Territory, line_id: str, step: int) -> list[BudgetLine]:
    """Move a need ``step`` places up (negative) or down among the needs of its kind;
    returns the project's needs in their new order."""
    current = territory.records["budget_line"].get(line_id)
    with territory.transaction():
        lines = needs(territory, current.project_id)
        same = [n for n in lines if n.kind == current.kind]
        index = next(i for i, n in enumerate(same) if n.id == line_id)
        target = max(0, min(index + step, len(same) - 1))
        same.insert(target, same.pop(index))
        others = [n for n in lines if n.kind != current.kind]
        ordered = sorted(others + same, key=lambda n: _kind_rank(n.kind))
        # ``sorted`` is stable: each kind keeps the order built above
        for position, line in enumerate(ordered):
            if line.position != position:
                territory.save("budget_line", {"position": position}, row_id=line.id, rev=line.rev)
        return needs(territory, current.project_id)


# the plan -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Resource:
    """One line of the resources: a funding request, or a candidature still expected."""

    request_id: str | None
    submission_id: str | None
    instrument: str  # "" when the request names none
    funder_key: str  # one funder, whichever line it is on (its id, « commune », or its label)
    funder: str
    detail: str  # the scheme, or « Appel à projets « … » »
    state: str  # OBTAINED or EXPECTED
    amount_cents: int
    year: int | None
    share: float | None  # over total needs

    @property
    def label(self) -> str:
        return f"{self.funder} — {self.detail}" if self.detail else self.funder


@dataclass(frozen=True)
class ResourceGroup:
    instrument: str
    title: str
    resources: list[Resource]
    obtained_cents: int
    expected_cents: int
    share: float | None

    @property
    def total_cents(self) -> int:
        return self.obtained_cents + self.expected_cents


@dataclass(frozen=True)
class FunderShare:
    funder: str
    amount_cents: int
    share: float | None


@dataclass(frozen=True)
class YearColumn:
    """The plan for one year (``year`` None: what has no year)."""

    year: int | None
    investment_cents: int
    operating_cents: int
    obtained_cents: int
    expected_cents: int

    @property
    def title(self) -> str:
        return str(self.year) if self.year is not None else "Sans année"

    @property
    def needs_cents(self) -> int:
        return self.investment_cents + self.operating_cents

    @property
    def balance_cents(self) -> int:
        return self.needs_cents - self.obtained_cents - self.expected_cents


@dataclass(frozen=True)
class BudgetPlan:
    needs: list[BudgetLine]
    investment_cents: int
    operating_cents: int
    groups: list[ResourceGroup]
    obtained_cents: int
    expected_cents: int
    funder_shares: list[FunderShare]
    years: list[YearColumn] = field(default_factory=list)  # empty when no year is used
    guarantees: list[str] = field(default_factory=list)  # left out of the resources

    @property
    def needs_cents(self) -> int:
        return self.investment_cents + self.operating_cents

    @property
    def resources_cents(self) -> int:
        return self.obtained_cents + self.expected_cents

    @property
    def balance_cents(self) -> int:
        """Needs − resources: positive, still to finance; negative, an excess."""
        return self.needs_cents - self.resources_cents

    @property
    def status(self) -> str:
        """NO_NEEDS before any need is entered: resources alone are no « excédent »."""
        if not self.needs:
            return NO_NEEDS
        balance = self.balance_cents
        return BALANCED if balance == 0 else SHORT if balance > 0 else EXCESS

    @property
    def resources(self) -> list[Resource]:
        return [r for g in self.groups for r in g.resources]

    @property
    def is_empty(self) -> bool:
        return not self.needs and not self.groups

    def share(self, cents: int) -> float | None:
        return cents / self.needs_cents if self.needs_cents else None


def balance_text(plan: BudgetPlan) -> str:
    """« Plan équilibré », « Reste à financer : 2 500,00 € », « Excédent : 1 000,00 € »: the
    documents' sentence, French whatever the window's language (the window words its own)."""
    amount = formats.format_money(abs(plan.balance_cents), always_cents=True)
    if plan.status == NO_NEEDS:
        return "Besoins non saisis : le plan ne peut pas encore être équilibré."
    if plan.status == BALANCED:
        return "Plan équilibré : les ressources couvrent exactement les besoins."
    if plan.status == SHORT:
        return f"Reste à financer : {amount}"
    return f"Excédent : {amount} de ressources au-delà des besoins"


def plan(territory: Territory, project_id: str) -> BudgetPlan:
    """The balanced plan of a project (see the module docstring for every rule)."""
    territory.records["project"].get(project_id)
    lines = needs(territory, project_id)
    invest = sum(n.amount_cents for n in lines if n.kind == INVESTMENT)
    operating = sum(n.amount_cents for n in lines if n.kind != INVESTMENT)
    total_needs = invest + operating

    def share(cents: int) -> float | None:
        return cents / total_needs if total_needs else None

    commune = _commune_label(territory)
    raw, guarantees = _resources(territory, project_id, commune)
    resources = [replace(r, share=share(r.amount_cents)) for r in raw]
    by_group: dict[str, list[Resource]] = defaultdict(list)
    for r in resources:
        by_group[r.instrument].append(r)
    titles = activity_queries.vocabulary_labels(territory.tdb.db, "instrument")
    order = [*INSTRUMENT_ORDER, *(c for c in titles if c not in INSTRUMENT_ORDER), ""]
    groups = []
    for code in sorted(by_group, key=lambda c: order.index(c) if c in order else len(order)):
        members = by_group[code]
        got = sum(r.amount_cents for r in members if r.state == OBTAINED)
        expected = sum(r.amount_cents for r in members if r.state == EXPECTED)
        title = GROUP_TITLES.get(code) or titles.get(code, code)
        groups.append(ResourceGroup(code, title, members, got, expected, share(got + expected)))
    funders: dict[str, list[Resource]] = defaultdict(list)
    for r in resources:
        funders[r.funder_key].append(r)
    totals = {key: sum(r.amount_cents for r in rs) for key, rs in funders.items()}
    shares = [FunderShare(rs[0].funder, totals[k], share(totals[k])) for k, rs in funders.items()]
    shares.sort(key=lambda f: -f.amount_cents)
    return BudgetPlan(
        needs=lines,
        investment_cents=invest,
        operating_cents=operating,
        groups=groups,
        obtained_cents=sum(r.amount_cents for r in resources if r.state == OBTAINED),
        expected_cents=sum(r.amount_cents for r in resources if r.state == EXPECTED),
        funder_shares=shares,
        years=_years(lines, resources),
        guarantees=guarantees,
    )


def _commune_label(territory: Territory) -> str:
    name = document_branding(territory).commune.strip()
    if not name:
        return "Commune"
    return (
        name if name.split()[0].lower() in ("commune", "ville", "mairie") else f"Commune de {name}"
    )


def _resources(
    territory: Territory, project_id: str, commune: str
) -> tuple[list[Resource], list[str]]:
    """The resources (share left to fill) and the guarantees left out, by their label."""
    db = territory.tdb.db
    out: list[Resource] = []
    guarantees: list[str] = []
    for row in q.resource_rows(db, project_id):
        funder = row.funder_name or (commune if row.is_commune else "")
        # the commune's money is one funder, whether its structure is named or not
        key = "commune" if row.is_commune else row.funder_id or ""
        if row.submission_id and row.call_title:
            detail = f"Appel à projets « {row.call_title} »"
        else:
            detail = row.scheme
        if not funder:  # own funds, a scheme typed without a funder: the line names itself
            funder, detail = detail or GROUP_TITLES.get(row.instrument or "", "Autre ressource"), ""
        key = key or funder
        if row.status == FundingStatus.REFUSED:
            continue
        if row.instrument == GUARANTEE:
            guarantees.append(f"{funder} — {detail}" if detail else funder)
            continue
        granted = row.status in GRANTED
        amount = (row.granted_cents if granted else row.asked_cents) or 0
        out.append(
            Resource(
                request_id=row.request_id,
                submission_id=row.submission_id,
                instrument=row.instrument or "",
                funder_key=key,
                funder=funder,
                detail=detail,
                state=OBTAINED if granted else EXPECTED,
                amount_cents=amount,
                year=row.budget_year,
                share=None,
            )
        )
    for pending in q.pending_submissions(db, project_id):
        funder = pending.funder_name or commune
        out.append(
            Resource(
                request_id=None,
                submission_id=pending.submission_id,
                instrument="subvention",  # a call's award is a grant (docs/cooperation.md)
                funder_key=pending.funder_id or "commune",
                funder=funder,
                detail=f"Appel à projets « {pending.call_title} » (candidature en attente)",
                state=EXPECTED,
                amount_cents=pending.asked_cents or 0,
                year=None,
                share=None,
            )
        )
    return out, guarantees


def _years(lines: list[BudgetLine], resources: list[Resource]) -> list[YearColumn]:
    """One column per year used (then « Sans année » if anything has none); none at all
    when no need and no resource carries a year."""
    used = {n.year for n in lines} | {r.year for r in resources}
    if used <= {None}:
        return []
    columns = []
    for year in sorted(y for y in used if y is not None) + ([None] if None in used else []):
        mine = [n for n in lines if n.year == year]
        theirs = [r for r in resources if r.year == year]
        columns.append(
            YearColumn(
                year=year,
                investment_cents=sum(n.amount_cents for n in mine if n.kind == INVESTMENT),
                operating_cents=sum(n.amount_cents for n in mine if n.kind != INVESTMENT),
                obtained_cents=sum(r.amount_cents for r in theirs if r.state == OBTAINED),
                expected_cents=sum(r.amount_cents for r in theirs if r.state == EXPECTED),
            )
        )
    return columns
