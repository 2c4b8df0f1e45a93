"""The intercommunalités (EPCI à fiscalité propre) and their member communes, read from the
shipped DGCL table (resources/geo/epci_membres_2025.csv).

An officer working for a communauté de communes picks it by name and gets its communes as the
file's territory, without typing 30 INSEE codes. Like ``communes.py``, the file (34,871 lines,
~60 ms) is read once per process, the first time it is needed, never at start-up.
"""

import csv
from dataclasses import dataclass
from functools import lru_cache

from municipaless.core.paths import epci_csv
from municipaless.core.text import fold

NATURES = {
    "CC": "Communauté de communes",
    "CA": "Communauté d'agglomération",
    "CU": "Communauté urbaine",
    "METRO": "Métropole",
    "MET69": "Métropole de Lyon",
}


@dataclass(frozen=True)
class Epci:
    """One intercommunalité: SIREN, name as the DGCL writes it (« CC Val d'Eyrieux »), nature
    (CC, CA, CU, METRO, MET69), département of its seat and its members' INSEE codes, the most
    populated first."""

    siren: str
    name: str
    nature: str
    dep: str
    members: tuple[str, ...]

    @property
    def nature_label(self) -> str:
        return NATURES.get(self.nature, self.nature)


@lru_cache(maxsize=1)
def _all() -> dict[str, Epci]:
    rows: dict[str, list[tuple[int, str]]] = {}
    heads: dict[str, tuple[str, str, str]] = {}
    with epci_csv().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            siren = row["siren_epci"]
            heads.setdefault(siren, (row["nom_epci"], row["nature"], row["dep_siege"]))
            population = row["population_municipale_2025"]
            rows.setdefault(siren, []).append(
                (int(population) if population.isdigit() else 0, row["insee_commune"])
            )
    result = {}
    for siren, members in rows.items():
        name, nature, dep = heads[siren]
        members.sort(key=lambda m: (-m[0], m[1]))
        result[siren] = Epci(siren, name, nature, dep, tuple(code for _, code in members))
    return result


@lru_cache(maxsize=1)
def _folded() -> tuple[tuple[str, Epci], ...]:
    return tuple((fold(e.name), e) for e in sorted(_all().values(), key=lambda e: fold(e.name)))


def all_epcis() -> list[Epci]:
    """Every EPCI, by name."""
    return [e for _, e in _folded()]


def get(siren: str | None) -> Epci | None:
    return _all().get(siren or "")


def members(siren: str | None) -> list[str]:
    """The INSEE codes of an EPCI's communes (most populated first); [] for an unknown one."""
    found = get(siren)
    return list(found.members) if found else []


def of_commune(insee: str | None) -> Epci | None:
    """The EPCI a commune belongs to (each commune belongs to one), or None."""
    if not insee:
        return None
    return next((e for e in _all().values() if insee in e.members), None)
