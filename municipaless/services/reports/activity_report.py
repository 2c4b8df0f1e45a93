"""The bilan d'activité ESS: the figures the council asks for, over a period and a scope.

``compute`` gathers the figures of the period and of the previous period of equal length (the
comparison the élus read first); ``activity_document.build`` turns them into a
``documents.Document`` any writer renders. The dashboard shows the same figures for the current
year, so the app and the council never disagree.

Definitions (also printed in the document's "Méthode" section):

- *taux de prise en charge*: orientations taken on by the structure (``prise_en_charge``)
  over orientations that got an outcome (taken on + refused + no answer). Orientations still
  proposed or sent without answer yet are left out: it is too early to judge them.
- *effet levier*: euros obtained from other funders for every euro the commune granted
  (``is_commune``), over the requests decided in the period; none when the commune granted
  nothing.
- *survie à 3 ans*: of the structures founded at least three years before the end of the
  period, the share whose file is neither closed nor abandoned (the file holds no date of
  cessation, so "alive" is the current status).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlite_utils import Database

from municipaless.core.i18n import _
from municipaless.core.statuses import ReferralStatus
from municipaless.core.text import sort_key
from municipaless.services.file import privacy_settings
from municipaless.services.file.settings import document_branding
from municipaless.services.geography.communes import commune_name
from municipaless.services.reports import cooperation_report
from municipaless.storage import activity_queries as q

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    kind: str = "custom"  # year, semester, custom

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @classmethod
    def semester(cls, year: int, half: int) -> Period:
        if half == 1:
            return cls(dt.date(year, 1, 1), dt.date(year, 6, 30), "semester")
        return cls(dt.date(year, 7, 1), dt.date(year, 12, 31), "semester")

    @classmethod
    def custom(cls, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise ValueError(_("la fin de la période précède son début"))
        return cls(start, end, "custom")

    @classmethod
    def from_dates(cls, start: dt.date, end: dt.date) -> Period:
        """A calendar year or semester when the dates are exactly one, else a custom period
        (so the comparison is with last year, not with the 365 days before)."""
        for candidate in (cls.year(start.year), *(cls.semester(start.year, h) for h in (1, 2))):
            if (candidate.start, candidate.end) == (start, end):
                return candidate
        return cls.custom(start, end)

    def previous(self) -> Period:
        """The period just before, of the same length (last year, last semester…)."""
        if self.kind == "year":
            return Period.year(self.start.year - 1)
        if self.kind == "semester":
            half = 1 if self.start.month == 1 else 2
            return Period.semester(self.start.year - (half == 1), 2 if half == 1 else 1)
        days = (self.end - self.start).days + 1
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=days - 1), end, "custom")

    def label(self) -> str:
        """The period in words: "année 2025", "1er semestre 2025", "du 01/03/2025 au …"."""
        if self.kind == "year":
            return f"année {self.start.year}"
        if self.kind == "semester":
            return f"{'1er' if self.start.month == 1 else '2e'} semestre {self.start.year}"
        return f"du {self.start:%d/%m/%Y} au {self.end:%d/%m/%Y}"


@dataclass
class Figures:
    """Everything counted for one period; breakdowns are (label, count) in display order."""

    projects_new: int = 0
    projects_followed: int = 0
    holders_new: int = 0
    holders_followed: int = 0
    by_stage: list[tuple[str, int]] = field(default_factory=list)
    by_sector: list[tuple[str, int]] = field(default_factory=list)
    by_commune: list[tuple[str, int]] = field(default_factory=list)
    by_legal_status: list[tuple[str, int]] = field(default_factory=list)
    # structure → {status: count}
    referrals: dict[str, Counter[str]] = field(default_factory=dict)
    funding: list[q.FundingGroup] = field(default_factory=list)
    jobs_planned: int = 0
    jobs_created: int = 0
    creations: int = 0
    survival_base: int = 0
    survival_alive: int = 0
    meetings: list[tuple[str, int, int]] = field(default_factory=list)  # instance, held, dec.
    meeting_codes: dict[str, str] = field(default_factory=dict)  # instance → short name
    actions_done: int = 0
    actions_overdue: int = 0

    # derived -----------------------------------------------------------------------------
    def referral_totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for statuses in self.referrals.values():
            total.update(statuses)
        return total

    @property
    def referrals_sent(self) -> int:
        return sum(self.referral_totals().values())

    @staticmethod
    def taken_rate(statuses: Counter[str]) -> float | None:
        decided = (
            statuses[ReferralStatus.TAKEN_ON]
            + statuses[ReferralStatus.REFUSED]
            + statuses[ReferralStatus.NO_ANSWER]
        )
        return statuses[ReferralStatus.TAKEN_ON] / decided if decided else None

    @property
    def asked_cents(self) -> int:
        return sum(g.asked_cents for g in self.funding)

    @property
    def granted_cents(self) -> int:
        return sum(g.granted_cents for g in self.funding)

    @property
    def commune_granted_cents(self) -> int:
        return sum(g.granted_cents for g in self.funding if g.is_commune)

    @property
    def leverage(self) -> float | None:
        """Euros from other funders per euro of the commune (None without commune money)."""
        own = self.commune_granted_cents
        return (self.granted_cents - own) / own if own else None

    @property
    def survival_rate(self) -> float | None:
        return self.survival_alive / self.survival_base if self.survival_base else None

    @property
    def meetings_held(self) -> int:
        return sum(m[1] for m in self.meetings)

    @property
    def decisions(self) -> int:
        return sum(m[2] for m in self.meetings)


@dataclass
class ActivityReport:
    commune_name: str
    period: Period
    previous_period: Period
    scope: list[tuple[str, str]] | None  # (INSEE code, name); None: the whole territory
    current: Figures
    previous: Figures
    labels: dict[str, dict[str, str]]  # vocabulary → code → label
    as_of: dt.date
    annex: list[q.AnnexRow] | None = None  # only when asked for (nominative)
    logo: bytes | None = None  # the commune's, from the file's settings
    docx_template: bytes | None = None  # the commune's Word template, likewise
    threshold: int = 3  # counts of people below it are withheld when anonymised
    cooperation: cooperation_report.CooperationFigures | None = None  # enjeux, collectifs…


def _labelled(
    counter: Counter[str | None], labels: dict[str, str], missing: str
) -> list[tuple[str, int]]:
    """Counts in the vocabulary's order, then unknown codes, the missing value last."""
    order: dict[str | None, int] = {code: i for i, code in enumerate(labels)}
    keys = sorted(counter, key=lambda c: (c is None, order.get(c, len(order)), c or ""))
    return [(labels.get(k, k) if k else missing, counter[k]) for k in keys if counter[k]]


def figures(db: Database, window: q.Window, labels: dict[str, dict[str, str]]) -> Figures:
    """One period's figures (the storage queries, grouped and labelled)."""
    fig = Figures()
    followed = q.followed(db, window)
    fig.holders_new, fig.holders_followed = followed.holders_new, followed.holders_followed
    stage: Counter[str | None] = Counter()
    sector: Counter[str | None] = Counter()
    commune: Counter[str | None] = Counter()
    legal: Counter[str | None] = Counter()
    for g in followed.groups:
        fig.projects_followed += g.projects
        fig.projects_new += g.projects if g.is_new else 0
        fig.jobs_planned += g.jobs_planned
        stage[g.stage] += g.projects
        sector[g.sector] += g.projects
        commune[g.commune] += g.projects
        legal[g.legal_status] += g.projects
    fig.by_stage = _labelled(stage, labels["stage"], "Étape non renseignée")
    fig.by_sector = _labelled(sector, labels["sector"], "Filière non renseignée")
    fig.by_legal_status = _labelled(legal, labels["legal_status"], "Statut non renseigné")
    fig.by_commune = sorted(
        ((commune_name(code), n) for code, n in commune.items()), key=lambda x: (-x[1], x[0])
    )
    for r in q.referrals(db, window):
        fig.referrals.setdefault(r.organisation, Counter())[r.status] += r.referrals
    fig.funding = q.funding(db, window)
    fig.creations, fig.jobs_created = q.creations(db, window)
    end = dt.date.fromisoformat(window.date_to)
    founded_by = _years_before(end, 3)
    fig.survival_base, fig.survival_alive = q.survival(db, window, founded_by.isoformat())
    kinds = labels["meeting_kind"]
    for m in q.meetings(db, window):
        name = m.series or (kinds.get(m.kind or "", "") if m.kind else "") or "Hors instance"
        fig.meetings.append((name, m.meetings, m.decisions))
        fig.meeting_codes[name] = m.code or name
    fig.actions_done, fig.actions_overdue = q.actions(db, window)
    return fig


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


VOCABULARIES = ("stage", "sector", "legal_status", "instrument", "meeting_kind", "project_status")


def compute(
    territory: Territory,
    period: Period,
    scope: list[str] | None = None,
    *,
    nominative: bool = False,
    today: dt.date | None = None,
) -> ActivityReport:
    """The bilan of ``period`` over the communes ``scope`` (INSEE codes; None: all)."""
    db = territory.tdb.db
    today = today or dt.date.today()
    communes = tuple(scope) if scope else None
    labels = {v: q.vocabulary_labels(db, v) for v in VOCABULARIES}

    def window(p: Period) -> q.Window:
        return q.Window(p.start.isoformat(), p.end.isoformat(), communes, today.isoformat())

    previous = period.previous()
    brand = document_branding(territory)
    threshold = privacy_settings.load(territory).disclosure_threshold
    report = ActivityReport(
        commune_name=brand.commune,
        logo=brand.logo,
        docx_template=brand.docx_template,
        period=period,
        previous_period=previous,
        scope=[(c, commune_name(c)) for c in communes] if communes else None,
        current=figures(db, window(period), labels),
        previous=figures(db, window(previous), labels),
        labels=labels,
        as_of=today,
        threshold=threshold,
        cooperation=cooperation_report.compute(db, window(period)),
    )
    if nominative:
        report.annex = q.nominative_annex(db, window(period))
    return report


def scope_choices(territory: Territory) -> list[tuple[str, str]]:
    """(INSEE code, name) of the communes the projects use, by name, for a scope picker."""
    codes = q.communes_in_use(territory.tdb.db)
    return sorted(((c, commune_name(c)) for c in codes), key=lambda x: sort_key(x[1]))
