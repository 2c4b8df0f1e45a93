"""How much of the bilan d'activité a reader may see: anonymised (the default) or nominative.

The rules (documented in activity_document.py) live here as one typed object, ``Mask``, that the
document and its sections both receive: counts of people of 1 or 2 become « < 3 », a rate
computed from such a count becomes « n.s. », small lines of a breakdown fold into « Autres ».
A nominative mask lets every figure through.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

SMALL = "< 3"
NS = "n.s."
OTHERS = "Autres (moins de 3 chacun)"


class Disclosure(Enum):
    ANONYMISED = "anonymised"  # for the council and the public
    NOMINATIVE = "nominative"  # restricted: names in an annex, no count withheld


@dataclass(frozen=True)
class Mask:
    """Applies the anonymisation rules, or lets everything through (nominative)."""

    disclosure: Disclosure = Disclosure.ANONYMISED

    @classmethod
    def for_document(cls, nominative: bool) -> Mask:
        return cls(Disclosure.NOMINATIVE if nominative else Disclosure.ANONYMISED)

    @property
    def on(self) -> bool:
        return self.disclosure is Disclosure.ANONYMISED

    def small(self, n: int | None) -> bool:
        return self.on and n is not None and 0 < n < 3

    def count(self, n: int) -> int | str:
        return SMALL if self.small(n) else n

    def rate(self, value: float | None, *inputs: int) -> float | str | None:
        if value is None:
            return None
        return NS if any(self.small(n) for n in inputs) else value

    def fold(
        self, cur: list[tuple[str, int]], prev: list[tuple[str, int]]
    ) -> list[list[str | int]]:
        """Rows (label, current, previous); small lines folded into "Autres"."""
        before = dict(prev)
        labels = [label for label, _ in cur] + [
            label for label, _ in prev if label not in dict(cur)
        ]
        now = dict(cur)
        rows: list[list[str | int]] = []
        others = [0, 0]
        for label in labels:
            a, b = now.get(label, 0), before.get(label, 0)
            if self.small(a) or self.small(b):
                others[0] += a
                others[1] += b
            else:
                rows.append([label, a, b])
        if any(others):
            rows.append([OTHERS, self.count(others[0]), self.count(others[1])])
        return rows
