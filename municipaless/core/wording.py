"""French wording of generated sentences: the article before an organisation's name, counts
that agree, lists that end with « et ».

A sentence built from data must read as if the officer wrote it: « oriente vers la Chambre de
commerce », « adressez-vous à l'Adie », « au Département », « 1 emploi », « 2 emplois ». The
article comes from the first word of the name (its grammatical gender is known for the words
organisations start with) or from a small table of acronyms; when neither says, no article is
guessed: a wrong « le » reads worse than a colon (« vers : Ronalpia »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

Preposition = Literal["vers", "à", "de"]

NBSP = "\u00a0"

# First words of organisation names, by grammatical gender (lower case, accents kept).
FEMININE = frozenset(
    {
        "agence",
        "association",
        "banque",
        "boulangerie",
        "boutique",
        "caisse",
        "centrale",
        "chambre",
        "commune",
        "communauté",
        "compagnie",
        "coopérative",
        "crèche",
        "direction",
        "entreprise",
        "épicerie",
        "fabrique",
        "fédération",
        "fondation",
        "maison",
        "mairie",
        "menuiserie",
        "mission",
        "mutuelle",
        "plateforme",
        "préfecture",
        "recyclerie",
        "région",
        "ressourcerie",
        "ruche",
        "scic",
        "scop",
        "société",
        "union",
        "ville",
    }
)
MASCULINE = frozenset(
    {
        "atelier",
        "café",
        "café-épicerie",
        "centre",
        "chantier",
        "club",
        "collectif",
        "comité",
        "conseil",
        "crédit",
        "département",
        "dispositif",
        "espace",
        "établissement",
        "fab",
        "fonds",
        "garage",
        "gîte",
        "groupement",
        "habitat",
        "incubateur",
        "jardin",
        "magasin",
        "office",
        "pôle",
        "réseau",
        "service",
        "syndicat",
        "tiers-lieu",
    }
)
# Acronyms and names said with their own article (or none) whatever their first letter.
ACRONYMS: dict[str, str] = {
    "adie": "l'",
    "bge": "la ",
    "bpifrance": "",
    "cae": "la ",
    "cci": "la ",
    "cma": "la ",
    "cress": "la ",
    "ddets": "la ",
    "dla": "le ",
    "dreets": "la ",
    "france": "",  # France Active, France Travail
    "initiative": "",  # the Initiative France platforms are named without article
    "mjc": "la ",
    "pôle emploi": "",
    "urscop": "l'",
}
# The names that already carry their article (« Le Mat », « La Nef », « Les Amanins »).
_OWN_ARTICLE = re.compile(r"^(?:(Les|Le|La)\s+|(L)['’])", re.IGNORECASE)
_VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöûüœh]", re.IGNORECASE)
# « h aspiré » words keep « le / la » (la Halle, le Hangar).
_ASPIRATED_H = frozenset({"halle", "hangar", "haut", "haute", "hameau"})


def article(name: str, kind: str | None = None) -> str | None:
    """The article before ``name`` (« la », « le », « l' », « les », or « » for a name said
    without one), or None when it cannot be told. ``kind``: the organisation's kind code
    (``organisation_kind`` vocabulary) for the cases the name alone leaves open."""
    text = name.strip()
    if not text or _OWN_ARTICLE.match(text):
        return ""
    folded = text.lower()
    for key, value in ACRONYMS.items():
        if folded == key or folded.startswith(key + " "):
            return value
    first = folded.split()[0].strip(",;:()")
    if first in FEMININE or first in MASCULINE:
        if _VOWEL.match(first) and first not in _ASPIRATED_H:
            return "l'"
        return "la " if first in FEMININE else "le "
    if kind == "etat" and text.split()[0].isupper():
        return "la "  # a Direction (DDT, DGFiP…)
    return None


def is_town(name: str) -> bool:
    """A commune's bare name (« Privas »), not a body named with its article (« Communauté
    d'agglomération Privas Centre Ardèche », « Ville de Paris »): letters write « À Privas,
    le … » and « Commune de Privas », covers « Commune : » or « Collectivité : »."""
    return not article(name, "collectivite")


_CONTRACTIONS = {("à", "le "): "au ", ("à", "les "): "aux ", ("de", "le "): "du "}
_CONTRACTIONS[("de", "les ")] = "des "


def with_article(name: str, kind: str | None = None, preposition: Preposition = "vers") -> str:
    """« vers la Chambre de commerce », « à l'Adie », « au Département de l'Ardèche »,
    « de la Fondation de France », « à La Nef »; unsure: « vers : Ronalpia », « à Ronalpia »."""
    name = name.strip()
    found = article(name, kind)
    own = _OWN_ARTICLE.match(name)
    if own and own.group(1) and preposition in ("à", "de"):
        word = own.group(1).lower()
        contracted = _CONTRACTIONS.get((preposition, word + " "))
        if contracted:  # « Le Mat » → « au Mat »
            return contracted + name[own.end() :]
    if found is None and preposition == "vers":
        return f"vers{NBSP}: {name}"
    if not found:  # none needed, or unsure after « à » / « de »: the name alone reads right
        return _prep(preposition, name)
    contracted = _CONTRACTIONS.get((preposition, found))
    if contracted:
        return contracted + name
    return f"{preposition} {found}{name}"


def _prep(preposition: str, name: str) -> str:
    if preposition == "de" and _VOWEL.match(name) and name.split()[0].lower() not in _ASPIRATED_H:
        return "d'" + name
    return f"{preposition} {name}"


def plural(n: int, singular: str, plural_form: str, *, number: bool = True) -> str:
    """« 0 emploi », « 1 emploi », « 2 emplois » (French: 0 and 1 take the singular), the
    number glued to its noun by a no-break space. ``number=False``: the word alone."""
    word = singular if abs(n) < 2 else plural_form
    if not number:
        return word
    return f"{n:,}".replace(",", "\u202f") + NBSP + word


def enumerate_fr(items: Sequence[str]) -> str:
    """« A », « A et B », « A, B et C »."""
    items = [i for i in items if i]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]
