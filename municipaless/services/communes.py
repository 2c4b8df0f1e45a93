"""Commune names from their INSEE codes, read from the shipped COG file (resources/geo).

Reports must never show a raw code to the council. The 37,000-line file is read once per
process and only when a name is first asked for (~40 ms), never at start-up.
"""

import csv
from functools import lru_cache

from municipaless.core.paths import communes_csv


@lru_cache(maxsize=1)
def _all_names() -> dict[str, str]:
    names: dict[str, str] = {}
    with communes_csv().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["TYPECOM"] == "COM":
                names.setdefault(row["COM"], row["LIBELLE"])
    return names


def commune_name(code: str | None) -> str:
    """``"07186"`` → ``"Privas"``; an unknown code stays as it is, a missing one is
    ``"Commune non renseignée"``."""
    if not code:
        return "Commune non renseignée"
    return _all_names().get(code, code)
