"""Commune names from their INSEE codes, read from the shipped COG file (resources/geo).

Reports must never show a raw code to the council. The 37,000-line file is read once per
process and only when a name is first asked for (~40 ms), never at start-up.
"""

import csv
from dataclasses import dataclass
from functools import lru_cache

from municipaless.core.paths import communes_csv, postcodes_csv
from municipaless.core.text import sort_key


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


@dataclass(frozen=True)
class CommuneChoice:
    """One line of an address autocomplete: a commune under one of its postcodes."""

    insee: str
    name: str
    postcode: str

    @property
    def text(self) -> str:
        return f"{self.name} ({self.postcode})"


@lru_cache(maxsize=1)
def commune_choices() -> tuple[CommuneChoice, ...]:
    """Every (commune, postcode) pair of La Poste's list, named with the COG's spelling
    ("Saint-Étienne", not La Poste's "ST ETIENNE"); read once, when a form first needs it."""
    names = _all_names()
    seen: set[tuple[str, str]] = set()
    choices = []
    with postcodes_csv().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            insee, postcode = row["Code_commune_INSEE"], row["Code_postal"]
            if insee in names and (insee, postcode) not in seen:
                seen.add((insee, postcode))
                choices.append(CommuneChoice(insee, names[insee], postcode))
    choices.sort(key=lambda c: (sort_key(c.name), c.postcode))
    return tuple(choices)


def postcodes_of(insee: str) -> list[str]:
    return [c.postcode for c in commune_choices() if c.insee == insee]


# --- where a commune sits: département, région (the annuaire's territory codes) ---------------


@dataclass(frozen=True)
class CommuneArea:
    """A commune and the département and région that contain it (COG codes)."""

    insee: str
    name: str
    dep: str
    reg: str

    def territory_codes(self) -> tuple[str, ...]:
        """The annuaire's codes covering this commune: ``commune:…``, ``dep:…``, ``reg:…``."""
        return (f"commune:{self.insee}", f"dep:{self.dep}", f"reg:{self.reg}")


@lru_cache(maxsize=1)
def _areas() -> dict[str, tuple[str, str]]:
    areas: dict[str, tuple[str, str]] = {}
    with communes_csv().open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["TYPECOM"] == "COM":
                areas.setdefault(row["COM"], (row["DEP"], row["REG"]))
    return areas


def commune_area(code: str | None) -> CommuneArea | None:
    """``"07186"`` → Privas in département 07, région 84; None for an unknown code."""
    if not code or code not in _areas():
        return None
    dep, reg = _areas()[code]
    return CommuneArea(code, commune_name(code), dep, reg)


# Names of régions and départements (COG 2024), for territory codes shown to people.
_REGIONS = (
    "01 Guadeloupe|02 Martinique|03 Guyane|04 La Réunion|06 Mayotte|11 Île-de-France|"
    "24 Centre-Val de Loire|27 Bourgogne-Franche-Comté|28 Normandie|32 Hauts-de-France|"
    "44 Grand Est|52 Pays de la Loire|53 Bretagne|75 Nouvelle-Aquitaine|76 Occitanie|"
    "84 Auvergne-Rhône-Alpes|93 Provence-Alpes-Côte d'Azur|94 Corse"
)
_DEPARTEMENTS = (
    "01 Ain|02 Aisne|03 Allier|04 Alpes-de-Haute-Provence|05 Hautes-Alpes|06 Alpes-Maritimes|"
    "07 Ardèche|08 Ardennes|09 Ariège|10 Aube|11 Aude|12 Aveyron|13 Bouches-du-Rhône|"
    "14 Calvados|15 Cantal|16 Charente|17 Charente-Maritime|18 Cher|19 Corrèze|2A Corse-du-Sud|"
    "2B Haute-Corse|21 Côte-d'Or|22 Côtes-d'Armor|23 Creuse|24 Dordogne|25 Doubs|26 Drôme|"
    "27 Eure|28 Eure-et-Loir|29 Finistère|30 Gard|31 Haute-Garonne|32 Gers|33 Gironde|"
    "34 Hérault|35 Ille-et-Vilaine|36 Indre|37 Indre-et-Loire|38 Isère|39 Jura|40 Landes|"
    "41 Loir-et-Cher|42 Loire|43 Haute-Loire|44 Loire-Atlantique|45 Loiret|46 Lot|"
    "47 Lot-et-Garonne|48 Lozère|49 Maine-et-Loire|50 Manche|51 Marne|52 Haute-Marne|"
    "53 Mayenne|54 Meurthe-et-Moselle|55 Meuse|56 Morbihan|57 Moselle|58 Nièvre|59 Nord|"
    "60 Oise|61 Orne|62 Pas-de-Calais|63 Puy-de-Dôme|64 Pyrénées-Atlantiques|"
    "65 Hautes-Pyrénées|66 Pyrénées-Orientales|67 Bas-Rhin|68 Haut-Rhin|69 Rhône|"
    "70 Haute-Saône|71 Saône-et-Loire|72 Sarthe|73 Savoie|74 Haute-Savoie|75 Paris|"
    "76 Seine-Maritime|77 Seine-et-Marne|78 Yvelines|79 Deux-Sèvres|80 Somme|81 Tarn|"
    "82 Tarn-et-Garonne|83 Var|84 Vaucluse|85 Vendée|86 Vienne|87 Haute-Vienne|88 Vosges|"
    "89 Yonne|90 Territoire de Belfort|91 Essonne|92 Hauts-de-Seine|93 Seine-Saint-Denis|"
    "94 Val-de-Marne|95 Val-d'Oise|971 Guadeloupe|972 Martinique|973 Guyane|974 La Réunion|"
    "976 Mayotte"
)


def _named(table: str) -> dict[str, str]:
    return dict(item.split(" ", 1) for item in table.split("|"))


def territory_label(code: str) -> str:
    """A territory code as people read it: ``dep:07`` → « Ardèche (07) », ``reg:84`` →
    « Auvergne-Rhône-Alpes », ``commune:07186`` → « Privas », ``pays:FR`` → « France
    entière »; others stay as they are."""
    kind, _, value = code.partition(":")
    if kind == "commune":
        return commune_name(value)
    if kind == "dep":
        name = _named(_DEPARTEMENTS).get(value)
        return f"{name} ({value})" if name else f"Département {value}"
    if kind == "reg":
        return _named(_REGIONS).get(value) or f"Région {value}"
    if kind == "epci":
        return f"EPCI {value}"
    if code == "pays:FR":
        return "France entière"
    return code
