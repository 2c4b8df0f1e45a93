"""Which commune an imported address means, from its name, postcode or INSEE code.

Read once per process from the shipped COG and La Poste files (resources/geo), when an import
first needs it (~0.2 s). Arrondissements (Paris 15e), communes déléguées and associées are
folded into their commune (``COMPARENT``), because that is what the annuaire stores and what
an officer's spreadsheet calls "Paris" or an old commune name still on letterheads.
"""

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from municipaless.core.i18n import _
from municipaless.core.paths import communes_csv, postcodes_csv
from municipaless.core.text import fold

_SAINT = re.compile(r"\b(st|ste)\b")
_ARTICLE = re.compile(r"^(?:l|le|la|les) ")


def name_key(text: str | None) -> str:
    """Folded commune name; ``St-Étienne`` and ``Saint-Etienne`` give the same key."""
    return _SAINT.sub(lambda m: "saint" if m.group(1) == "st" else "sainte", fold(text))


@dataclass(frozen=True)
class Geo:
    names: dict[str, str]  # INSEE code of a commune → its name
    parent: dict[str, str]  # arrondissement / commune déléguée → its commune
    by_name: dict[str, frozenset[str]]  # name_key → INSEE codes of communes with that name
    by_postcode: dict[str, frozenset[str]]  # postcode → INSEE codes of its communes
    insee_codes: frozenset[str]  # every code of the COG, communes and their parts
    postcodes: frozenset[str]

    def commune_of(self, code: str) -> str | None:
        code = self.parent.get(code, code)
        return code if code in self.names else None


@lru_cache(maxsize=1)
def geo() -> Geo:
    names: dict[str, str] = {}
    parent: dict[str, str] = {}
    named: dict[str, set[str]] = {}
    with communes_csv().open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        column = {name: i for i, name in enumerate(next(reader))}
        rows = [
            (r[column["TYPECOM"]], r[column["COM"]], r[column["LIBELLE"]], r[column["COMPARENT"]])
            for r in reader
        ]
    for kind, code, label, comparent in rows:
        if kind == "COM":
            names.setdefault(code, label)
        elif comparent:
            parent[code] = comparent
    for kind, code, label, comparent in rows:
        commune = code if kind == "COM" else comparent
        if commune in names:
            key = name_key(label)
            named.setdefault(key, set()).add(commune)
            bare = _ARTICLE.sub("", key)  # "Abergement-Clémenciat" for L'Abergement-…
            if bare != key:
                named.setdefault(bare, set()).add(commune)
    by_postcode: dict[str, set[str]] = {}
    with postcodes_csv().open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        column = {name: i for i, name in enumerate(next(reader))}
        insee_at, postcode_at = column["Code_commune_INSEE"], column["Code_postal"]
        for row in reader:
            code, postcode = row[insee_at], row[postcode_at]
            commune = parent.get(code, code)
            served = by_postcode.setdefault(postcode, set())
            if commune in names:
                served.add(commune)
    return Geo(
        names=names,
        parent=parent,
        by_name={k: frozenset(v) for k, v in named.items()},
        by_postcode={k: frozenset(v) for k, v in by_postcode.items()},
        insee_codes=frozenset(names) | frozenset(parent),
        postcodes=frozenset(by_postcode),
    )


@lru_cache(maxsize=4096)  # an import repeats the same few communes thousands of times
def resolve(name: str, postcode: str | None) -> tuple[str | None, str]:
    """``(insee, "")`` when the commune is certain, else ``(None, French reason)``.

    ``name`` alone must be unique in France; with a postcode it must be served by it. A
    postcode alone names its commune only when it serves a single one.
    """
    data = geo()
    served = data.by_postcode.get(postcode or "", frozenset())
    if not name:
        return (next(iter(served)), "") if len(served) == 1 else (None, "")
    candidates = data.by_name.get(name_key(name), frozenset())
    if postcode and served:
        matching = candidates & served
        if len(matching) == 1:
            return next(iter(matching)), ""
        if candidates and not matching:
            return None, (
                _(
                    "la commune « {name} » n'est pas desservie par le code postal {postcode}."
                ).format(name=name, postcode=postcode)
            )
    if len(candidates) == 1:
        return next(iter(candidates)), ""
    if not candidates:
        return None, _("commune « {name} » introuvable dans la liste officielle (INSEE).").format(
            name=name
        )
    return None, (
        _(
            "plusieurs communes s'appellent « {name} » : indiquez le code postal pour choisir."
        ).format(name=name)
    )


def looks_french(postcode: str, locality: str) -> bool:
    """An address with no country is French when its postcode is La Poste's and serves the
    commune it names (or names none): « 07000 Privas » is, « 12345 Schenectady » is not."""
    served = geo().by_postcode.get((postcode or "").strip())
    if not served:
        return False
    if not (locality or "").strip():
        return True
    return bool(geo().by_name.get(name_key(locality), frozenset()) & served)
