"""« Orientations par structure » in an anonymised bilan: lines that still say something.

Refused and unanswered orientations share one column, « Refusées ou sans réponse »: the rate
needs only their sum, and two columns of ones and twos would hide nearly every rate. A
structure keeps its own line when all its counts are 0 or at least N (the threshold), so its
rate is published; the others fold into one « Autres structures » line (``fold_lines``: two at
least, its orientations, taken-on and not-taken-on counts 0 or at least N). (Keeping a line
with a small « en attente » count would withhold its total too, and the totals of the lines
add up to the key figure: the withheld pendings' sum would be known, then each of them when
they are all 1.) A small count left in the « Autres » line is withheld with the complementary
cells ``suppression.protect`` chooses, so that it is neither the line's total minus the rest
nor the key figure minus the other lines; when no choice of cells protects it, one more
structure folds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from municipaless.core.statuses import ReferralStatus
from municipaless.core.text import sort_key
from municipaless.documents.model import Column, Value
from municipaless.services.reports.disclosure import NS, SECRET, Mask, fold_lines
from municipaless.services.reports.suppression import (
    Equation,
    Hidden,
    Key,
    Unprotectable,
    protect,
)

COLUMNS = [
    Column("Structure"),
    Column("Orientations", "count"),
    Column("Prises en charge", "count"),
    Column("Refusées ou sans réponse", "count"),
    Column("En attente", "count"),
    Column("Taux de prise en charge", "percent"),
]
TOTAL: Key = ("total",)  # the key figure « orientations vers une structure »
_PARTS = ("P", "N", "E")  # taken on, not taken on, pending: they add up to "O"


@dataclass
class ReferralTable:
    rows: list[list[Value]] = field(default_factory=list)
    # every taken-on and not-taken-on count is published: the overall rate gives nothing away
    rates_published: bool = True
    complementary: int = 0  # cells withheld only to protect a small one
    folded: int = 0  # structures in the « Autres structures » line


def _line(statuses: Counter[str]) -> tuple[int, int, int, int]:
    sent = sum(statuses.values())
    taken = statuses[ReferralStatus.TAKEN_ON]
    not_taken = statuses[ReferralStatus.REFUSED] + statuses[ReferralStatus.NO_ANSWER]
    return sent, taken, not_taken, sent - taken - not_taken


def _suppress(values: list[tuple[int, int, int, int]], total: int, t: int) -> dict[Key, Hidden]:
    cells: dict[Key, int] = {TOTAL: total}
    equations = []
    for i, line in enumerate(values):
        cells.update({(i, col): v for col, v in zip(("O", *_PARTS), line, strict=True)})
        equations.append(Equation.total([(i, c) for c in _PARTS], (i, "O")))
    equations.append(Equation.total([(i, "O") for i in range(len(values))], TOTAL))
    primary = [k for k, v in cells.items() if 0 < v < t]

    def cost(k: Key) -> float:
        v = cells[k]
        if not v:
            return 10**6  # a zero beside a lone « < N » hides nothing
        return v + (10**4 if isinstance(k, tuple) and k[-1] in ("P", "N") else 0)  # keep rates

    return protect(cells, primary, equations, t, keep=[TOTAL], cost=cost)


def anonymised(referrals: dict[str, Counter[str]], mask: Mask) -> ReferralTable:
    t = mask.threshold
    by_name = sorted(referrals.items(), key=lambda item: sort_key(item[0]))
    lines = {name: _line(st) for name, st in by_name}
    total = sum(v[0] for v in lines.values())
    pending = [n for n, v in lines.items() if 0 < v[3] < t]  # hidden, it would need O hidden
    folded = fold_lines([(n, v[:3]) for n, v in lines.items()], t, pending)
    while True:
        kept = [n for n in lines if n not in folded]
        names: list[str] = list(kept)
        values = [lines[n] for n in kept]
        if folded:
            names.append(f"Autres structures ({len(folded)})")
            sums = [sum(lines[n][i] for n in folded) for i in range(4)]
            values.append((sums[0], sums[1], sums[2], sums[3]))
        try:
            hidden = _suppress(values, total, t)
            break
        except Unprotectable:
            if not kept:
                return ReferralTable(rates_published=False, folded=len(folded))
            smallest = min(kept, key=lambda n: lines[n][0])
            folded = fold_lines([(n, v[:3]) for n, v in lines.items()], t, [*folded, smallest])
    table = ReferralTable(folded=len(folded))
    table.complementary = sum(h is Hidden.SECONDARY for h in hidden.values())
    for i, (name, line) in enumerate(zip(names, values, strict=True)):

        def shown(col: str, v: int, i: int = i) -> Value:
            h = hidden.get((i, col))
            return v if h is None else mask.small_label if h is Hidden.PRIMARY else SECRET

        sent, taken, not_taken, _ = line
        rate: Value = taken / (taken + not_taken) if taken + not_taken else None
        if (i, "P") in hidden or (i, "N") in hidden:
            rate, table.rates_published = NS, False
        row: list[Value] = [name, shown("O", sent)]
        row += [shown(c, v) for c, v in zip(_PARTS, line[1:], strict=True)]
        table.rows.append([*row, rate])
    return table
