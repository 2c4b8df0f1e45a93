"""Finding a territory by typing part of its name: « ardech » finds the Ardèche first.

Accents, case, hyphens and apostrophes are ignored (``core.text.fold``). What is offered
first is what an officer means by a territory: the départements, then the régions, then the
intercommunalités (EPCI), then the communes; within each, names starting with what was typed
before names with a word starting with it, then alphabetical. A match inside a word
(« ardec » in « Hardecourt-aux-Bois ») only comes after every whole-word match. Digits
find a département by its code and communes by postcode or INSEE code.

The lists are read once per process, the first time someone types (~0.6 s with the 35,000
communes on a loaded machine), never at start-up; La Poste's postcodes only once digits are
typed.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from municipaless.core.text import fold
from municipaless.services.geography.communes import (
    _DEPARTEMENTS,
    _REGIONS,
    CommuneChoice,
    _all_names,
    _named,
    commune_choices,
)

KINDS = ("dep", "reg", "epci", "commune")  # the order they are offered in


@dataclass(frozen=True)
class TerritoryChoice:
    """One territory as the annuaire stores it (``code``: ``dep:07``, ``reg:84``,
    ``epci:200070621``, ``commune:07186``), its name, and what tells homonyms apart
    (the département of a commune or an EPCI)."""

    code: str
    kind: str
    name: str
    detail: str = ""


def epci_choices() -> list[TerritoryChoice]:
    """The intercommunalités of the DGCL list (``epci.py``), with their département."""
    from municipaless.services.geography import epci  # the list loads on first search

    return [
        TerritoryChoice(f"epci:{e.siren}", "epci", str(e.name), str(e.dep))
        for e in epci.all_epcis()
    ]


def _departement(insee: str) -> str:
    """The département of an INSEE code: 2 characters (01…95, 2A, 2B), 3 overseas (971…)."""
    return insee[:3] if insee.startswith("97") else insee[:2]


def _all_choices() -> Iterator[tuple[TerritoryChoice, tuple[str, ...]]]:
    """Every territory with the codes digits may find it by (postcodes: see ``_postcodes``)."""
    for code, name in _named(_DEPARTEMENTS).items():
        yield TerritoryChoice(f"dep:{code}", "dep", name, code), (code,)
    for code, name in _named(_REGIONS).items():
        yield TerritoryChoice(f"reg:{code}", "reg", name), ()
    for choice in epci_choices():
        yield choice, (choice.code[5:],)
    for insee, name in _all_names().items():
        yield TerritoryChoice(f"commune:{insee}", "commune", name, _departement(insee)), (insee,)


@lru_cache(maxsize=1)
def _index() -> tuple[tuple[TerritoryChoice, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(choice, folded name, its folded words, its codes), read once."""
    rows = []
    for choice, codes in _all_choices():
        folded = fold(choice.name)
        rows.append((choice, folded, tuple(folded.split()), codes))
    return tuple(rows)


@lru_cache(maxsize=1)
def _postcodes() -> dict[str, tuple[str, ...]]:
    """INSEE code -> its postcodes: La Poste's list, read only once digits are typed."""
    found: dict[str, list[str]] = {}
    for commune in commune_choices():
        found.setdefault(commune.insee, []).append(commune.postcode)
    return {insee: tuple(codes) for insee, codes in found.items()}


# Abbreviations written on signs and envelopes.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def _typed_words(text: str) -> list[str]:
    """The words typed, folded, abbreviations spelt out and lone letters dropped: « Val
    d'Eyrieux » is « CC Val Eyrieux » in the DGCL list, « Saint-Julien-d'Intres » keeps its d."""
    words = [_ABBREVIATIONS.get(w, w) for w in fold(text).split()]
    return [w for w in words if len(w) > 1] or words


def _tier(query: str, words: list[str], folded: str, name_words: tuple[str, ...]) -> int | None:
    """0: the name starts with the text; 1: each word typed starts a word of the name;
    2: the text is inside a word; None: no match."""
    if folded.startswith(query):
        return 0
    if all(any(w.startswith(typed) for w in name_words) for typed in words):
        return 1
    if query in folded:
        return 2
    return None


def search_territories(text: str, limit: int = 40) -> list[TerritoryChoice]:
    """The territories matching ``text``, best first (see the module's docstring)."""
    raw = "".join(text.split()).upper()
    words = _typed_words(text)
    query = " ".join(words)
    if not words:
        return []
    digits = raw.isdigit() or raw in ("2A", "2B")
    postcodes = _postcodes() if digits else {}
    order = {kind: rank for rank, kind in enumerate(KINDS)}
    ranked: list[tuple[tuple[int, int, int, str], TerritoryChoice]] = []
    for choice, folded, name_words, codes in _index():
        if digits:
            if choice.kind == "commune":
                codes = (*codes, *postcodes.get(codes[0], ()))
            exact = raw in codes
            if not (exact or any(c.startswith(raw) for c in codes)):
                continue
            tier = 0 if exact else 1
        else:
            if words[0] not in folded:
                continue
            found = _tier(query, words, folded, name_words)
            if found is None:
                continue
            tier = found
        ranked.append(((int(tier == 2), order[choice.kind], tier, folded), choice))
    ranked.sort(key=lambda pair: pair[0])
    return [choice for _, choice in ranked[:limit]]


@lru_cache(maxsize=1)
def _commune_index() -> tuple[tuple[CommuneChoice, str, tuple[str, ...]], ...]:
    rows = []
    for choice in commune_choices():
        folded = fold(choice.name)
        rows.append((choice, folded, tuple(folded.split())))
    return tuple(rows)


def search_communes(text: str, limit: int = 30) -> list[CommuneChoice]:
    """The communes (under each of their postcodes) an address field offers for ``text``: by
    name the same way as ``search_territories``, or by postcode or INSEE code."""
    raw = "".join(text.split())
    if raw.isdigit():
        return [c for c in commune_choices() if c.postcode.startswith(raw) or c.insee == raw][
            :limit
        ]
    words = _typed_words(text)
    query = " ".join(words)
    if not words:
        return []
    ranked: list[tuple[tuple[int, str, str], CommuneChoice]] = []
    for choice, folded, name_words in _commune_index():
        if words[0] not in folded:
            continue
        tier = _tier(query, words, folded, name_words)
        if tier is not None:
            ranked.append(((tier, folded, choice.postcode), choice))
    ranked.sort(key=lambda pair: pair[0])
    return [choice for _, choice in ranked[:limit]]
