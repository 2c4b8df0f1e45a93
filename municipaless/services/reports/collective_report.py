"""The bilan's section on the collectifs (PTCE, SCIC, tiers-lieux…): how many by kind, the
members joining and leaving, the meetings of their instances, their projects and money.

Definitions (period ``[from, to]``, both included; ``storage/collective_queries.py``):

- a collectif is *active* in the period when founded by its end (or no date) and not closed
  before its start; within the bilan's communes, or with no commune (a collectif spans
  several); « créés » / « fermés »: its founding / closing date in the period;
- *members at the end*: structures that joined by the end of the period (or today if sooner)
  and had not left then; *entrées* / *sorties*: joining / leaving dates in the period;
- *meetings held*: meetings of the collectif's own instance in the period, up to today;
- *money*: granted (``accordee``, ``versee``) in the period to its projects, decided in the
  period; the total counts each request once (a project of two collectifs once).

Counts of member structures are masked like every small count of the bilan (``Mask``: « < N »
anonymised); where a masked count could be given back by subtracting from a total, the
complementary cells are withheld (« s », ``suppression.protect``). Collectifs, meetings and
money are public: never masked.

The contract: ``figures(db, window)`` reads one period's figures; ``sections(figures, mask,
period)`` renders them.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from sqlite_utils import Database

from municipaless.core import formats
from municipaless.core.wording import plural
from municipaless.documents.model import (
    Column,
    Heading,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
    Value,
)
from municipaless.services.reports import suppression
from municipaless.services.reports.disclosure import SECRET, Mask
from municipaless.storage import activity_queries
from municipaless.storage import collective_queries as q
from municipaless.storage.activity_queries import Window
from municipaless.storage.collective_queries import CollectiveFigures


@dataclass(frozen=True)
class KindLine:
    label: str
    active: int
    founded: int
    closed: int
    meetings: int


@dataclass(frozen=True)
class Figures:
    window: Window
    collectives: list[CollectiveFigures]
    kinds: list[KindLine]
    projects: int  # distinct projects of the active collectifs
    granted_cents: int  # each request once
    kind_labels: dict[str, str]  # code -> label of vocabulary collective_kind

    @property
    def joined(self) -> int:
        return sum(c.joined for c in self.collectives)

    @property
    def left(self) -> int:
        return sum(c.left for c in self.collectives)

    @property
    def members(self) -> int:
        return sum(c.members for c in self.collectives)

    @property
    def meetings(self) -> int:
        return sum(c.meetings for c in self.collectives)


def _in(day: str | None, w: Window) -> bool:
    return bool(day) and w.date_from <= (day or "") <= w.date_to


def figures(db: Database, window: Window) -> Figures | None:
    """The period's figures (None: no collectif active in the period)."""
    rows = q.period_figures(db, window)
    if not rows:
        return None
    labels = activity_queries.vocabulary_labels(db, "collective_kind")
    order = [*labels, None]
    kinds = []
    for code in order:
        group = [c for c in rows if (c.kind if c.kind in labels else None) == code]
        if not group:
            continue
        kinds.append(
            KindLine(
                labels[code] if code else "Type non renseigné",
                len(group),
                sum(_in(c.founded_on, window) for c in group),
                sum(_in(c.closed_on, window) for c in group),
                sum(c.meetings for c in group),
            )
        )
    return Figures(
        window,
        rows,
        kinds,
        q.distinct_projects(db, window),
        q.granted_in_period(db, window),
        labels,
    )


def _kinds_table(f: Figures, period: str) -> Table:
    rows: list[list[Value]] = [
        [k.label, k.active, k.founded, k.closed, k.meetings] for k in f.kinds
    ]
    columns = [
        Column("Type de collectif"),
        Column("Actifs", "count"),
        Column("Créés", "count"),
        Column("Fermés", "count"),
        Column("Réunions tenues", "count"),
    ]
    totals: list[Value] = [
        "Total",
        sum(k.active for k in f.kinds),
        sum(k.founded for k in f.kinds),
        sum(k.closed for k in f.kinds),
        f.meetings,
    ]
    return Table(
        f"Collectifs par type ({period})",
        columns,
        rows,
        totals,
        note="Actifs : créés avant la fin de la période et non fermés avant son début. "
        "Réunions tenues : réunions de l'instance propre du collectif.",
        name="Collectifs par type",
    )


_MEMBER_COLUMNS = ("members", "joined", "left")


def _protected(f: Figures, mask: Mask) -> dict[Hashable, suppression.Hidden]:
    """The member cells to withhold: small ones, and those a total would give back."""
    if not mask.on:
        return {}
    cells: dict[Hashable, int] = {}
    equations = []
    for column in _MEMBER_COLUMNS:
        parts = []
        for i, c in enumerate(f.collectives):
            cells[(i, column)] = getattr(c, column)
            parts.append((i, column))
        cells[("total", column)] = getattr(f, column)
        equations.append(suppression.Equation.total(parts, ("total", column)))
    primary = [k for k, n in cells.items() if mask.small(n)]
    if not primary:
        return {}
    try:
        return suppression.protect(cells, primary, equations, mask.threshold)
    except suppression.Unprotectable:
        return {k: suppression.Hidden.ANY for k in cells if cells[k]}


def _cell(
    hidden: dict[Hashable, suppression.Hidden], key: Hashable, value: int, mask: Mask
) -> Value:
    kind = hidden.get(key)
    if kind is suppression.Hidden.PRIMARY:
        return mask.small_label
    if kind is not None:
        return SECRET
    return value


def _collectives_table(f: Figures, mask: Mask, labels: dict[str, str]) -> Table:
    hidden = _protected(f, mask)
    rows: list[list[Value]] = []
    for i, c in enumerate(f.collectives):
        rows.append(
            [
                c.name,
                labels.get(c.kind or "", ""),
                *(_cell(hidden, (i, col), getattr(c, col), mask) for col in _MEMBER_COLUMNS),
                c.meetings,
                c.projects,
                c.granted_cents,
            ]
        )
    totals: list[Value] = [
        "Total",
        "",
        *(_cell(hidden, ("total", col), getattr(f, col), mask) for col in _MEMBER_COLUMNS),
        f.meetings,
        f.projects,
        f.granted_cents,
    ]
    note = (
        "Membres : structures membres à la fin de la période. Montant : accordé sur la période "
        "aux projets du collectif (chaque demande comptée une fois dans le total ; un projet "
        "lié à deux collectifs figure sur les deux lignes)."
    )
    if hidden:
        note += (
            f" Effectifs inférieurs à {mask.threshold} masqués (« {mask.small_label} ») ; "
            "« s » : valeur masquée pour qu'un effectif masqué ne puisse pas être retrouvé "
            "par soustraction."
        )
    columns = [
        Column("Collectif"),
        Column("Type"),
        Column("Membres", "count"),
        Column("Entrées", "count"),
        Column("Sorties", "count"),
        Column("Réunions", "count"),
        Column("Projets", "count"),
        Column("Montant accordé", "money"),
    ]
    return Table("Vie des collectifs", columns, rows, totals, note, "Vie des collectifs")


def sections(figures: Figures | None, mask: Mask, period: str) -> list[Section]:
    """The bilan's section for ``figures`` (none when no collectif was active)."""
    if figures is None:
        return []
    f = figures
    active = len(f.collectives)
    text = (
        f"Sur la période, {plural(active, 'collectif était actif', 'collectifs étaient actifs')} "
        f"(pôles territoriaux de coopération économique, SCIC, tiers-lieux, réseaux…). "
        f"Leurs instances ont tenu {plural(f.meetings, 'réunion', 'réunions')} ; "
        f"leurs projets ont obtenu {formats.format_money(f.granted_cents)} sur la période."
    )
    hidden = _protected(f, mask)
    key = KeyFigures(
        [
            KeyFigure("Collectifs actifs", active),
            KeyFigure(
                "Structures membres (fin de période)",
                _cell(hidden, ("total", "members"), f.members, mask),
            ),
            KeyFigure("Entrées de membres", _cell(hidden, ("total", "joined"), f.joined, mask)),
            KeyFigure("Sorties de membres", _cell(hidden, ("total", "left"), f.left, mask)),
            KeyFigure("Réunions de leurs instances", f.meetings),
            KeyFigure("Montant accordé à leurs projets", f.granted_cents, "money"),
        ]
    )
    return [
        Section(
            [
                Heading("Collectifs : PTCE, SCIC, tiers-lieux, réseaux"),
                Paragraph(text),
                key,
                _kinds_table(f, period),
                _collectives_table(f, mask, f.kind_labels),
            ],
            orientation="landscape",
        )
    ]
