"""The bilan's section « Enjeux du territoire »: per enjeu, its line of the coverage matrix
(projects, meetings, calls, collectifs, ateliers, structures, money, « Non couvert ») and the
indicators the officer follows (the latest measure beside the one before, and the target).

The contract ``cooperation_report`` calls: ``figures(db, window)`` reads one period's figures
(None: no enjeu to report); ``sections(figures, mask, period)`` renders them. Counts of
projects are masked below the threshold like the rest of the bilan (``Mask``); the total line
counts each project once, so a withheld line cannot be given back by subtraction when enjeux
overlap, and its own small count is withheld too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from municipaless.core.formats import format_date
from municipaless.documents.model import Block, Column, Heading, Paragraph, Section, Table, Value
from municipaless.services.cooperation import coverage
from municipaless.services.reports.disclosure import Mask
from municipaless.storage import challenge_queries
from municipaless.storage.activity_queries import Window


@dataclass(frozen=True)
class IndicatorLine:
    challenge: str
    name: str
    unit: str
    latest: float | None
    latest_on: str | None
    previous: float | None
    previous_on: str | None
    target: float | None


@dataclass(frozen=True)
class ChallengeFigures:
    matrix: coverage.Matrix
    indicators: list[IndicatorLine]


def figures(db: Database, window: Window) -> ChallengeFigures | None:
    """The period's coverage lines and every indicator's last two measures up to its end."""
    matrix = coverage.matrix_of(db, window)
    if not matrix.lines:
        return None
    shown = {line.challenge.id: line.title for line in matrix.lines if line.challenge}
    indicators = challenge_queries.indicators(db, list(shown))
    measures: dict[str, list[tuple[str, float]]] = {i.id: [] for i in indicators}
    for value in challenge_queries.measures(db, list(measures)):
        if value.measured_on <= window.date_to:
            measures[value.indicator_id].append((value.measured_on, value.value))
    lines = []
    for ind in indicators:
        series = measures[ind.id]
        latest = series[0] if series else (None, None)
        previous = series[1] if len(series) > 1 else (None, None)
        lines.append(
            IndicatorLine(
                shown[ind.challenge_id],
                ind.name,
                ind.unit,
                latest[1],
                latest[0],
                previous[1],
                previous[0],
                ind.target,
            )
        )
    return ChallengeFigures(matrix, lines)


ALL = "Ensemble des enjeux (sans double compte)"


def _coverage_row(line: coverage.Line, mask: Mask, total: bool = False) -> list[Value]:
    """One enjeu's line; ``total``: the line counting each thing once, printed as a line of
    its own (not a totals row: it is not the sum of the lines above it)."""
    return [
        ALL if total else line.title,
        mask.count(line.projects),
        line.meetings,
        line.calls,
        line.collectives,
        line.workshops,
        line.structures,
        line.granted_cents,
        "" if total else line.state,
    ]


def _measure(value: float | None, unit: str, on: str | None) -> str:
    if value is None:
        return ""
    number = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")
    text = f"{number} {unit}".strip()
    return f"{text} ({format_date(on)})" if on else text


def sections(figures: ChallengeFigures | None, mask: Mask, period: str) -> list[Section]:
    """« Enjeux du territoire »: the coverage table, then the indicators table."""
    if figures is None:
        return []
    matrix = figures.matrix
    uncovered = [line.title for line in matrix.uncovered]
    intro = f"{len(matrix.lines)} enjeux du territoire suivis ({period}). " + (
        "Chacun a au moins un projet ou un financement sur la période."
        if not uncovered
        else "Sans projet ni financement sur la période : " + ", ".join(uncovered) + "."
    )
    columns = [
        Column("Enjeu"),
        Column("Projets", "count"),
        Column("Réunions", "count"),
        Column("Appels à projets", "count"),
        Column("Collectifs", "count"),
        Column("Ateliers", "count"),
        Column("Structures impliquées", "count"),
        Column("Montant accordé", "money"),
        Column("Couverture"),
    ]
    note = (
        "Un projet portant deux enjeux compte sur les deux lignes ; la dernière ligne compte "
        "chaque projet, réunion, structure et euro une seule fois : elle n'est pas la somme des "
        "lignes. Projets : ceux suivis sur la période, comme ci-dessus."
    )
    if mask.on:
        note += (
            f" Nombres de projets inférieurs à {mask.threshold} masqués (« {mask.small_label} »)."
        )
    blocks: list[Block] = [
        Heading("Enjeux du territoire"),
        Paragraph(intro),
        Table(
            f"Couverture des enjeux — {period}",
            columns,
            [
                *(_coverage_row(line, mask) for line in matrix.lines),
                _coverage_row(matrix.total, mask, total=True),
            ],
            note=note,
            name="Enjeux",
            emphasis=[i for i, line in enumerate(matrix.lines) if line.state == coverage.UNCOVERED],
        ),
    ]
    if figures.indicators:
        blocks += [
            Heading("Indicateurs suivis", 2),
            Table(
                "Indicateurs des enjeux",
                [
                    Column("Enjeu"),
                    Column("Indicateur"),
                    Column("Dernière mesure"),
                    Column("Mesure précédente"),
                    Column("Cible"),
                ],
                [
                    [
                        ind.challenge,
                        ind.name,
                        _measure(ind.latest, ind.unit, ind.latest_on) or "aucune mesure",
                        _measure(ind.previous, ind.unit, ind.previous_on),
                        _measure(ind.target, ind.unit, None),
                    ]
                    for ind in figures.indicators
                ],
                name="Indicateurs",
            ),
        ]
    return [Section(blocks, orientation="landscape")]
