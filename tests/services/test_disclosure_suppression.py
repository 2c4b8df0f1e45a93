"""suppression.py: the solver against brute force, and the defender on small tables."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from municipaless.services.reports.suppression import (
    Equation,
    Hidden,
    Unprotectable,
    domain_of,
    pinned,
    protect,
)

T = 3


def _values(kind: Hidden, cap: int) -> list[int]:
    return [v for a, b in domain_of(kind, T) for v in range(a, min(b, cap) + 1)]


def _brute_pinned(cells, hidden, equations, cap):
    """Every assignment of the withheld cells up to ``cap``: which take a single value."""
    keys = list(hidden)
    seen: dict = {k: set() for k in keys}
    for combo in itertools.product(*(_values(hidden[k], cap) for k in keys)):
        trial = {**cells, **dict(zip(keys, combo, strict=True))}
        if all(sum(c * trial[k] for k, c in eq.terms) == eq.rhs for eq in equations):
            for k, v in zip(keys, combo, strict=True):
                seen[k].add(v)
    return sorted((k for k in keys if len(seen[k]) <= 1), key=str)


@st.composite
def grids(draw):
    """A small table with row totals, column totals and a grand total, some cells hidden."""
    rows, cols = draw(st.integers(1, 2)), draw(st.integers(1, 3))
    values = [[draw(st.sampled_from([0, 1, 2, 3, 5])) for _ in range(cols)] for _ in range(rows)]
    cells = {(i, j): values[i][j] for i in range(rows) for j in range(cols)}
    cells.update({(i, "T"): sum(values[i]) for i in range(rows)})
    cells.update({("T", j): sum(r[j] for r in values) for j in range(cols)})
    cells[("T", "T")] = sum(map(sum, values))
    eqs = [Equation.total([(i, j) for j in range(cols)], (i, "T")) for i in range(rows)]
    eqs += [Equation.total([(i, j) for i in range(rows)], ("T", j)) for j in range(cols)]
    eqs.append(Equation.total([(i, "T") for i in range(rows)], ("T", "T")))
    hidden = {k: Hidden.PRIMARY for k, v in cells.items() if 0 < v < T}
    others = [k for k in cells if k not in hidden]
    chosen = draw(st.lists(st.sampled_from(others), max_size=2, unique=True)) if others else []
    for k in chosen:
        hidden[k] = Hidden.SECONDARY
    return cells, hidden, eqs


@settings(max_examples=150, deadline=None)
@given(grids())
def test_the_solver_agrees_with_brute_force(grid):
    cells, hidden, eqs = grid
    if sum(h is Hidden.PRIMARY for h in hidden.values()) > 7:
        return
    cap = max(cells.values()) + T + 1  # past the grand total: enough to see a second value
    assert sorted(pinned(cells, hidden, eqs, T), key=str) == sorted(
        _brute_pinned(cells, hidden, eqs, cap), key=str
    )


def test_one_small_cell_in_a_row_with_its_total_is_pinned():
    cells = {"a": 5, "b": 2, "c": 0, "total": 7}
    eq = [Equation.total(["a", "b", "c"], "total")]
    assert pinned(cells, {"b": Hidden.PRIMARY}, eq, T) == ["b"]
    # a zero beside it hides nothing from a reader who knows « s » is never 1 or 2
    assert pinned(cells, {"b": Hidden.PRIMARY, "c": Hidden.SECONDARY}, eq, T) == ["b", "c"]
    hidden = protect(cells, ["b"], eq, T)
    assert hidden == {"b": Hidden.PRIMARY, "a": Hidden.SECONDARY}
    assert pinned(cells, hidden, eq, T) == []


def test_two_ones_adding_to_a_published_two_are_pinned():
    cells = {"a": 1, "b": 1, "total": 2}
    eq = [Equation.total(["a", "b"], "total")]
    assert set(pinned(cells, {"a": Hidden.PRIMARY, "b": Hidden.PRIMARY}, eq, T)) == {"a", "b"}
    with pytest.raises(Unprotectable):
        protect(cells, ["a", "b"], eq, T, keep=["total"])


def test_protect_checks_the_rows_and_the_columns_too():
    # 2 x 3 table with margins: a lone « < 3 » needs three more withheld cells at least
    grid = [[1, 5, 9], [4, 6, 20]]
    cells = {(i, j): v for i, r in enumerate(grid) for j, v in enumerate(r)}
    cells.update({(i, "T"): sum(r) for i, r in enumerate(grid)})
    cells.update({("T", j): grid[0][j] + grid[1][j] for j in range(3)})
    eqs = [Equation.total([(i, j) for j in range(3)], (i, "T")) for i in range(2)]
    eqs += [Equation.total([(i, j) for i in range(2)], ("T", j)) for j in range(3)]
    hidden = protect(cells, [(0, 0)], eqs, T)
    assert hidden[(0, 0)] is Hidden.PRIMARY and 4 <= len(hidden) <= 5
    assert pinned(cells, hidden, eqs, T) == []
    rectangle = {k: Hidden.SECONDARY for k in [(0, 1), (1, 0), (1, 1)]}
    assert pinned(cells, {(0, 0): Hidden.PRIMARY, **rectangle}, eqs, T) == []
    del rectangle[(1, 1)]  # three withheld cells: the last column or row gives them back
    assert pinned(cells, {(0, 0): Hidden.PRIMARY, **rectangle}, eqs, T) != []
