"""The coverage matrix: which enjeux du territoire have actors and money over a period, and
which have none (definitions: docs/cooperation.md, « Enjeux du territoire and the coverage
matrix »).

One line per enjeu (projects followed, meetings held, calls for projects, collectifs,
ateliers, structures involved, money granted) and a total line counting each thing once. An
enjeu with no project and no money is « Non couvert », one with projects but no money « Sans
financement »: words, so the state never rests on a colour. Archived enjeux appear only when
something of the period carries them. The drill-down lists the records behind one line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from municipaless.core import domain as d
from municipaless.services.file.territory import Territory
from municipaless.storage import challenge_queries
from municipaless.storage import coverage_queries as q
from municipaless.storage.activity_queries import Window

UNCOVERED = "Non couvert"
UNFUNDED = "Sans financement"
COVERED = "Couvert"
COLUMNS = q.KINDS  # project, meeting, call, collective, workshop, organisation, funding_request


@dataclass(frozen=True)
class Line:
    """One line of the matrix (``challenge`` None: the total line)."""

    challenge: d.Challenge | None
    projects: int = 0
    meetings: int = 0
    calls: int = 0
    collectives: int = 0
    workshops: int = 0
    structures: int = 0
    granted_cents: int = 0
    money_lines: int = 0  # grants behind ``granted_cents``

    @property
    def title(self) -> str:
        return self.challenge.title if self.challenge is not None else "Total"

    @property
    def state(self) -> str:
        """« Non couvert », « Sans financement » or « Couvert »."""
        if not self.projects and not self.granted_cents:
            return UNCOVERED
        if not self.granted_cents:
            return UNFUNDED
        return COVERED

    @property
    def anything(self) -> bool:
        return any(
            (
                self.projects,
                self.meetings,
                self.calls,
                self.collectives,
                self.workshops,
                self.structures,
                self.money_lines,
            )
        )

    def count(self, kind: str) -> int:
        return {
            q.PROJECTS: self.projects,
            q.MEETINGS: self.meetings,
            q.CALLS: self.calls,
            q.COLLECTIVES: self.collectives,
            q.WORKSHOPS: self.workshops,
            q.STRUCTURES: self.structures,
            q.MONEY: self.money_lines,
        }[kind]


@dataclass(frozen=True)
class Matrix:
    date_from: str
    date_to: str
    lines: list[Line]
    total: Line

    @property
    def uncovered(self) -> list[Line]:
        return [line for line in self.lines if line.state == UNCOVERED]


def _line(challenge: d.Challenge | None, cells: dict[str, q.Cell]) -> Line:
    def n(kind: str) -> int:
        cell = cells.get(kind)
        return cell.count if cell else 0

    money = cells.get(q.MONEY)
    return Line(
        challenge,
        projects=n(q.PROJECTS),
        meetings=n(q.MEETINGS),
        calls=n(q.CALLS),
        collectives=n(q.COLLECTIVES),
        workshops=n(q.WORKSHOPS),
        structures=n(q.STRUCTURES),
        granted_cents=money.cents if money else 0,
        money_lines=money.count if money else 0,
    )


def window_of(
    date_from: dt.date | str, date_to: dt.date | str, today: dt.date | None = None
) -> Window:
    """The window of ``[date_from, date_to]`` as the bilan reads it (meetings held up to today)."""
    as_of = (today or dt.date.today()).isoformat()
    return Window(str(date_from), str(date_to), None, as_of)


def matrix_of(db: Database, window: Window) -> Matrix:
    """The matrix over every enjeu for ``window`` (from a bare connection: the bilan's way)."""
    by_challenge: dict[str | None, dict[str, q.Cell]] = {}
    for cell in q.matrix_cells(db, window):
        by_challenge.setdefault(cell.challenge_id, {})[cell.kind] = cell
    lines = []
    for challenge in challenge_queries.challenge_rows(db):
        line = _line(challenge, by_challenge.get(challenge.id, {}))
        if challenge.archived and not line.anything:
            continue
        lines.append(line)
    total = _line(None, by_challenge.get(None, {}))
    return Matrix(window.date_from, window.date_to, lines, total)


def matrix(
    territory: Territory,
    date_from: dt.date | str,
    date_to: dt.date | str,
    today: dt.date | None = None,
) -> Matrix:
    """The matrix of the open file over ``[date_from, date_to]`` (both included)."""
    return matrix_of(_db(territory), window_of(date_from, date_to, today))


def _db(territory: Territory) -> Database:
    return territory.tdb.db


@dataclass(frozen=True)
class Drill:
    """What is behind one enjeu's line: the records of each column."""

    challenge_id: str
    items: dict[str, list[q.Item]] = field(default_factory=dict)

    def of(self, kind: str) -> list[q.Item]:
        return self.items.get(kind, [])


def drill_down(
    territory: Territory,
    challenge_id: str,
    date_from: dt.date | str,
    date_to: dt.date | str,
    today: dt.date | None = None,
) -> Drill:
    """The projects, meetings, calls, collectifs, ateliers, structures and grants counted in
    one enjeu's line of the matrix for the same period."""
    db = _db(territory)
    ids: dict[str, list[str]] = {}
    for kind, item, _cents in q.detail_links(
        db, window_of(date_from, date_to, today), challenge_id
    ):
        ids.setdefault(kind, []).append(item)
    return Drill(challenge_id, {kind: q.describe(db, kind, ids.get(kind, [])) for kind in COLUMNS})
