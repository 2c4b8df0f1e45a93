"""Complementary cell suppression: hidden small counts that subtraction cannot give back.

Hiding a count of 1 or 2 as « < 3 » is not enough when its row still adds up to a published
total: ``7 = 5 + « < 3 » + « < 3 » + 0`` gives both back. A document is modelled here as cells
(integers) tied by published equalities (``Equation``: a row adds up to its total column, a
column to the totals row or to a key figure, the same quantity printed in two places). The
reader knows every published cell, that a primary cell (« < N ») lies in 1..N-1 and that a
complementary cell (« s ») is 0 or at least N (a value of 1..N-1 would have been « < N »).

``values`` is what that reader can compute, exactly: for a withheld cell, whether the equalities
leave it a single possible integer. It is a small constraint solver (bounds propagation on each
equation, then a depth-first search splitting domains), fast on tables of a few dozen cells.
``protect`` is the defender: starting from the primary cells, while some withheld cell has a
single possible value, it withholds one more cell of an equation holding it, the cheapest first
(smallest count, never a cell the caller keeps), and checks again with the same solver. It
stops when no withheld cell can be pinned, or raises ``Unprotectable`` when nothing is left
to withhold (the caller then folds or drops the table).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

Key = Hashable
INF = 10**9  # an unbounded cell: no equation caps it
_MAX_NODES = 20_000  # a search bigger than this counts as "pinned" (never seen)


class Hidden(Enum):
    PRIMARY = "primary"  # a small count, shown « < N »: 1..N-1
    SECONDARY = "secondary"  # withheld so a primary cannot be derived, shown « s »: 0 or >= N
    ANY = "any"  # withheld with no hint: any value >= 0


@dataclass(frozen=True)
class Equation:
    """sum(coef * cell) == rhs over published and withheld cells alike."""

    terms: tuple[tuple[Key, int], ...]
    rhs: int = 0

    @classmethod
    def total(cls, parts: Iterable[Key], whole: Key) -> Equation:
        """parts add up to whole."""
        return cls(tuple((p, 1) for p in parts) + ((whole, -1),))

    @property
    def keys(self) -> tuple[Key, ...]:
        return tuple(k for k, _ in self.terms)


class Unprotectable(Exception):
    """Every cell that could be withheld is, and still a value can be derived."""


# A domain: disjoint sorted closed intervals of integers.
Domain = tuple[tuple[int, int], ...]


def domain_of(kind: Hidden, threshold: int) -> Domain:
    """What the reader knows of a withheld cell. At threshold 2 a small count is shown « s »
    like the complementary ones (« < 2 » would read "1"): any value then."""
    if kind is Hidden.PRIMARY and threshold > 2:
        return ((1, threshold - 1),)
    if kind is Hidden.SECONDARY and threshold > 2:
        return ((0, 0), (threshold, INF))
    return ((0, INF),)


def _clip(d: Domain, lo: int, hi: int) -> Domain:
    return tuple((max(a, lo), min(b, hi)) for a, b in d if max(a, lo) <= min(b, hi))


def _size(d: Domain) -> int:
    return sum(b - a + 1 for a, b in d)


def _without(d: Domain, v: int) -> Domain:
    out: list[tuple[int, int]] = []
    for a, b in d:
        if a <= v <= b:
            out += [(a, v - 1)] if a < v else []
            out += [(v + 1, b)] if v < b else []
        else:
            out.append((a, b))
    return tuple(out)


def _split(d: Domain) -> tuple[Domain, Domain]:
    if len(d) > 1:
        return d[:1], d[1:]
    a, b = d[0]
    mid = a + min((b - a) // 2, 64)  # small values first: counts are small
    return ((a, mid),), ((mid + 1, b),)


def _propagate(eqs: list[tuple[list[tuple[int, int]], int]], dom: list[Domain]) -> bool:
    """Bounds consistency on every equation; False when a domain empties."""
    for _ in range(200):
        changed = False
        for terms, rhs in eqs:
            lows = [c * dom[i][0][0] if c > 0 else c * dom[i][-1][1] for i, c in terms]
            highs = [c * dom[i][-1][1] if c > 0 else c * dom[i][0][0] for i, c in terms]
            lo_sum, hi_sum = sum(lows), sum(highs)
            if lo_sum > rhs or hi_sum < rhs:
                return False
            for (i, c), lo, hi in zip(terms, lows, highs, strict=True):
                # c * x_i within [rhs - (hi_sum - hi), rhs - (lo_sum - lo)]
                low, high = rhs - (hi_sum - hi), rhs - (lo_sum - lo)
                if c > 0:
                    new_lo, new_hi = -(-low // c), high // c
                else:
                    new_lo, new_hi = -(-high // c), low // c
                d = dom[i]
                if new_lo > d[0][0] or new_hi < d[-1][1]:
                    dom[i] = _clip(d, new_lo, new_hi)
                    if not dom[i]:
                        return False
                    changed = True
        if not changed:
            return True
    return True


def _search(
    eqs: list[tuple[list[tuple[int, int]], int]], dom: list[Domain], budget: list[int]
) -> list[int] | None:
    budget[0] -= 1
    if budget[0] < 0:
        raise TimeoutError
    if not _propagate(eqs, dom):
        return None
    open_vars = [i for i, d in enumerate(dom) if _size(d) > 1]
    if not open_vars:
        return [d[0][0] for d in dom]
    i = min(open_vars, key=lambda j: _size(dom[j]))
    for part in _split(dom[i]):
        trial = list(dom)
        trial[i] = part
        found = _search(eqs, trial, budget)
        if found is not None:
            return found
    return None


def _compile(
    known: Mapping[Key, int], unknown: list[Key], equations: Iterable[Equation]
) -> list[tuple[list[tuple[int, int]], int]]:
    """The equations over the unknown cells only (published values moved to the right)."""
    index = {k: i for i, k in enumerate(unknown)}
    eqs: list[tuple[list[tuple[int, int]], int]] = []
    for eq in equations:
        terms: dict[int, int] = {}
        rhs = eq.rhs
        for k, c in eq.terms:
            if k in index:
                terms[index[k]] = terms.get(index[k], 0) + c
            else:
                rhs -= c * known[k]
        if any(terms.values()):
            eqs.append(([(i, c) for i, c in terms.items() if c], rhs))
        elif rhs:
            eqs.append(([], rhs))  # published figures that contradict each other
    return eqs


def solve(
    known: Mapping[Key, int], unknown: Mapping[Key, Domain], equations: Iterable[Equation]
) -> dict[Key, int] | None:
    """One value for every unknown cell that fits the published figures, or None."""
    keys = list(unknown)
    eqs = _compile(known, keys, equations)
    if any(not terms for terms, _ in eqs):
        return None
    found = _search(eqs, [unknown[k] for k in keys], [_MAX_NODES * 10])
    return None if found is None else dict(zip(keys, found, strict=True))


def pinned(
    cells: Mapping[Key, int],
    hidden: Mapping[Key, Hidden],
    equations: Iterable[Equation],
    threshold: int,
    domains: Mapping[Key, Domain] | None = None,
    only: Key | None = None,
) -> list[Key]:
    """The withheld cells (or just ``only``) the published figures leave a single value.

    ``cells`` holds a value for every cell: the published ones are what the reader sees, the
    withheld ones one solution (the truth, for the defender) the search must find another
    from. ``domains`` overrides what the reader knows of a withheld cell."""
    unknown = [k for k in cells if k in hidden]
    eqs = _compile(cells, unknown, equations)
    base: list[Domain] = [
        (domains or {}).get(k) or domain_of(hidden[k], threshold) for k in unknown
    ]
    truth = [cells[k] for k in unknown]
    free: set[int] = set()  # shown to have a second possible value
    result = []
    for i, k in enumerate(unknown):
        if i in free or (only is not None and k != only):
            continue
        dom = list(base)
        dom[i] = _without(dom[i], truth[i])
        if not dom[i]:
            result.append(k)
            continue
        try:
            other = _search(eqs, dom, [_MAX_NODES])
        except TimeoutError:  # never seen on a bilan; counted as pinned, to stay safe
            result.append(k)
            continue
        if other is None:
            result.append(k)
        else:
            free.update(j for j, v in enumerate(other) if v != truth[j])
    return result


def protect(
    cells: Mapping[Key, int],
    primary: Iterable[Key],
    equations: list[Equation],
    threshold: int,
    *,
    keep: Iterable[Key] = (),
    cost: Callable[[Key], float] | None = None,
) -> dict[Key, Hidden]:
    """The cells to withhold: ``primary`` and as few complementary ones as this greedy finds.

    ``keep``: cells that must stay published (a key figure printed elsewhere). ``cost``: the
    price of withholding a cell, by default its value with zeros last (a zero next to a single
    « < N » cell hides nothing from a reader who knows « s » is never 1..N-1)."""
    hidden = {k: Hidden.PRIMARY for k in primary}
    kept = set(keep)

    def default_cost(k: Key) -> float:
        v = cells[k]
        return v if v else 10**6

    price = cost or default_cost

    def _frees(extra: Key, target: Key) -> bool:
        trial = {**hidden, extra: Hidden.SECONDARY}
        return target not in pinned(cells, trial, equations, threshold, only=target)

    while True:
        exposed = pinned(cells, hidden, equations, threshold)
        if not exposed:
            return hidden
        fallback = None
        for target in exposed:
            options = {
                k
                for eq in equations
                if target in eq.keys
                for k in eq.keys
                if k not in hidden and k not in kept
            }
            ranked = sorted(options, key=lambda k: (price(k), str(k)))
            fallback = fallback or (ranked[0] if ranked else None)
            # the cheapest cell that frees this one, else the cheapest cell of its equations
            choice = next((k for k in ranked[:8] if _frees(k, target)), None)
            if choice is not None:
                hidden[choice] = Hidden.SECONDARY
                break
        else:
            if fallback is None:
                raise Unprotectable(exposed[0])
            hidden[fallback] = Hidden.SECONDARY
