"""How much of the bilan d'activité a reader may see: anonymised (the default) or nominative.

The rules (documented in activity_document.py) live here as one typed object, ``Mask``, that the
document and its sections both receive. Anonymised, with the commune's threshold N (Paramètres,
default 3): a count of people from 1 to N-1 becomes « < N », a rate computed from a withheld
count becomes « n.s. », and small lines of a breakdown fold into « Autres » so that neither
the total nor another table gives them back (``fold_lines``: at least two lines folded, and
the « Autres » line itself 0 or at least N in every column). Where a table keeps a small cell,
suppression.py chooses the complementary cells, shown « s ». A nominative mask lets every
figure through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

SMALL = "< 3"  # the mark of a small count at the default threshold
SECRET = "s"  # a complementary cell: withheld so that a small one cannot be derived
NS = "n.s."
OTHERS = "Autres (petits effectifs regroupés)"


class Disclosure(Enum):
    ANONYMISED = "anonymised"  # for the council and the public
    NOMINATIVE = "nominative"  # restricted: names in an annex, no count withheld


def fold_lines(
    lines: Sequence[tuple[str, Sequence[int]]], threshold: int, also: Sequence[str] = ()
) -> set[str]:
    """The labels to fold into « Autres »: every line with a small count (and ``also``), then
    the smallest others until the « Autres » line is 0 or at least ``threshold`` in every
    column and holds at least two lines (one folded line would be the total minus the lines
    shown)."""
    folded = {label for label, counts in lines if any(0 < n < threshold for n in counts)}
    folded |= set(also)
    width = max((len(c) for _, c in lines), default=0)

    def others() -> list[int]:
        return [sum(c[i] for label, c in lines if label in folded) for i in range(width)]

    rest = sorted((line for line in lines if line[0] not in folded), key=lambda line: sum(line[1]))
    while folded and rest and (len(folded) == 1 or any(0 < n < threshold for n in others())):
        folded.add(rest.pop(0)[0])
    return folded


@dataclass(frozen=True)
class Mask:
    """Applies the anonymisation rules, or lets everything through (nominative)."""

    disclosure: Disclosure = Disclosure.ANONYMISED
    threshold: int = 3

    @classmethod
    def for_document(cls, nominative: bool, threshold: int = 3) -> Mask:
        kind = Disclosure.NOMINATIVE if nominative else Disclosure.ANONYMISED
        return cls(kind, max(2, threshold))

    @property
    def on(self) -> bool:
        return self.disclosure is Disclosure.ANONYMISED

    @property
    def small_label(self) -> str:
        """« < N »; at N = 2 that would read "1", so « s » like any withheld cell."""
        return f"< {self.threshold}" if self.threshold > 2 else SECRET

    def small(self, n: int | None) -> bool:
        return self.on and n is not None and 0 < n < self.threshold

    def count(self, n: int) -> int | str:
        return self.small_label if self.small(n) else n

    def rate(self, value: float | None, *inputs: int) -> float | str | None:
        if value is None:
            return None
        return NS if any(self.small(n) for n in inputs) else value

    def fold(
        self, cur: list[tuple[str, int]], prev: list[tuple[str, int]]
    ) -> list[list[str | int]]:
        """Rows (label, current, previous); small lines folded into "Autres"."""
        before, now = dict(prev), dict(cur)
        labels = [label for label, _ in cur] + [label for label, _ in prev if label not in now]
        lines = [(label, (now.get(label, 0), before.get(label, 0))) for label in labels]
        folded = fold_lines(lines, self.threshold) if self.on else set()
        rows: list[list[str | int]] = [[lb, a, b] for lb, (a, b) in lines if lb not in folded]
        if folded:
            a = sum(c[0] for lb, c in lines if lb in folded)
            b = sum(c[1] for lb, c in lines if lb in folded)
            rows.append([OTHERS, self.count(a), self.count(b)])
        return rows
