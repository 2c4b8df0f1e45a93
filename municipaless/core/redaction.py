"""Redaction of free text for anonymised documents: who the record links to, in every spelling.

Replacing the stored spelling is not enough: a description says « Amelie » for Amélie, writes
« 06.98.76.54.32 » for a mobile stored as 0698765432, « J.-P. Le Goff » for Jean-Pierre Le
Goff. ``redact`` finds, and replaces with a token:

=======  ==================  ============================================================
kind     token               what is found
=======  ==================  ============================================================
name     [nom]               each linked person's first and last names, accents and case
                             ignored, whole words only: the whole name and each part of a
                             hyphenated or particled one (« Jean-Pierre », « Jean »,
                             « Pierre », « Goff »), initials before the last name
                             (« J. Dupont », « J.-P. Le Goff »), the first name before the
                             last name's initial (« Amélie D. »), elisions (« d'Amélie »),
                             usual nicknames (Alexandre: Alex, Frédéric: Fred), first and
                             last names run together (« #AmelieDupont », « amelie_dupont »);
                             and, linked or not, the capitalised words after a civility
                             (« Mme Xyz »).
                             One token for first and last names: which part was written is
                             itself a clue, and « [nom] [nom] » reads worse than « [nom] »
phone    [téléphone]         any phone number (phonenumbers' matcher, then French 10-digit
                             runs whatever their separators), and the digits of each linked
                             person's stored numbers however they are grouped; a run holding
                             a date (« 06/12/2025 14h30 ») is no phone, nor a SIREN's nine
                             digits in threes
email    [e-mail]            any e-mail address, « (at) » and « [arobase] » spellings too
url      [lien]              every link (http, www., bare « nom.fr », « @compte ») except
                             *.gouv.fr: a project's site or page names it as surely as its
                             name does, so « a link containing a name » is not a safe rule
address  [adresse]           each person's stored address, loosely (abbreviations, without
                             its number), any « 12 rue/avenue/chemin/place… » street, and a
                             street without number when its type is no common word and a
                             capitalised name follows (« place du Champ de Mars », « Résidence
                             Les Pins »): premises identify a porteur as a home does
term     chosen by caller    extra terms (the project's name), folded, whole words only
=======  ==================  ============================================================

Safety first: a linked person's name is redacted even where it is also a common word
(« Petit », « Blanc », « Rose »: « un commerce [nom] » may read oddly), and so is a nickname
(« Max » when a Maxime is linked). One exception: a lone name part right after « Saint- » /
« Sainte- » is a place (Saint-Martin), kept. Existing tokens are never touched, and nothing
is replaced inside another replacement (the longest finding wins).

What it cannot do: recognise a person who is neither linked to the record nor introduced by a
civility (« sa sœur Julie »). The officer reviews the list of replacements before sending.
Pure: no I/O; phonenumbers is imported on first use (core/validation.py says why).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from municipaless.core.domain import Person

NAME, PHONE, EMAIL, URL, ADDRESS, TERM = "name", "phone", "email", "url", "address", "term"
TOKENS = {
    NAME: "[nom]",
    PHONE: "[téléphone]",
    EMAIL: "[e-mail]",
    URL: "[lien]",
    ADDRESS: "[adresse]",
    TERM: "[masqué]",
}
LABELS = {
    NAME: "Nom",
    PHONE: "Téléphone",
    EMAIL: "E-mail",
    URL: "Lien",
    ADDRESS: "Adresse",
    TERM: "Autre terme",
}


@dataclass(frozen=True)
class Replacement:
    """``original`` (``text[start:end]`` of the text given) was replaced by ``token``."""

    kind: str
    original: str
    start: int
    end: int
    token: str = ""


@dataclass(frozen=True)
class Redacted:
    text: str
    replacements: list[Replacement] = field(default_factory=list)


@dataclass(frozen=True)
class PersonTraits:
    """What identifies one linked person; tuples in this order are accepted too."""

    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str | None = None
    mobile: str | None = None
    address: str = ""

    @classmethod
    def of(cls, person: Person) -> PersonTraits:
        return cls(
            person.first_name,
            person.last_name,
            person.email,
            person.phone,
            person.mobile,
            person.address,
        )

    @classmethod
    def from_full_name(cls, name: str) -> PersonTraits:
        """« Claire Martin »: first word(s) first name, last word last name (a referent)."""
        words = name.split()
        if len(words) < 2:
            return cls(last_name=name.strip())
        return cls(" ".join(words[:-1]), words[-1])


@dataclass(frozen=True)
class Term:
    """An extra text to hide (the project's name) and what stands in its place."""

    text: str
    token: str = TOKENS[TERM]


# --- folding that keeps positions ---------------------------------------------------------------

_CHAR_MAP = {
    "œ": "oe",
    "æ": "ae",
    "ß": "ss",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    out = []
    for ch in c.lower():
        mapped = _CHAR_MAP.get(ch)
        if mapped is None:
            decomposed = unicodedata.normalize("NFKD", ch)
            mapped = "".join(x for x in decomposed if not unicodedata.combining(x))
        out.append(mapped)
    return "".join(out)


def fold_keeping_places(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased and unaccented, and for each folded character its index in
    ``text`` (core/text.fold also merges separators, which loses positions)."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        f = c.lower() if c.isascii() else _fold_char(c)
        chars.append(f)
        where.extend([i] * len(f))
    return "".join(chars), where


def _fold(text: str) -> str:
    return " ".join(fold_keeping_places(text)[0].split())


# --- names ----------------------------------------------------------------------------------------

_PARTICLE_WORDS = (
    "de du des la le les d l van von der den da di del della dos das el al ben bin ibn mac y e et"
)
PARTICLES = frozenset(_PARTICLE_WORDS.split())
# A few frequent French first names and how people shorten them (folded).
_NICKNAME_TABLE = """
alexandre: alex; alexandra: alex sandra; alexis: alex; catherine: cathy cathie cath kathy;
frederic: fred fredo; frederique: fred; christophe: chris totophe; christine: chris kiki;
nathalie: nath nat; stephane: steph; stephanie: steph fanny; sebastien: seb; nicolas: nico;
dominique: dom domi; guillaume: guigui will; isabelle: isa babette;
elisabeth: babeth lisa elise zabeth; veronique: vero; valerie: valou; caroline: caro;
virginie: virgi; philippe: phil philou; anthony: tony; antoine: toine tonio;
thomas: tom tomtom; benjamin: ben benji; maxime: max; maximilien: max; emmanuel: manu;
emmanuelle: manue manu; patrick: pat patoche; patricia: pat patou; raphael: raph;
raphaelle: raph; joseph: jo jojo; josephine: jo josy fifine; gabriel: gaby; gabrielle: gaby;
amelie: melie; charlotte: charlie lolotte; charles: charlie; daniel: dany danny dan;
danielle: dany; laurent: lolo; laurence: lolo laure; francois: fanfan francky;
francoise: fanfan; marguerite: margot maguy; margaux: margot; mathieu: matt math;
matthieu: matt math; beatrice: bea; aurelien: aurel; aurelie: aurel lili;
mohamed: momo mohammed mohammad muhammad; mohammed: momo mohamed; abdelkader: kader;
fatima: fatma fati; jean-baptiste: jb
"""
NICKNAMES: dict[str, tuple[str, ...]] = {
    name.strip(): tuple(short.split())
    for name, short in (entry.split(":") for entry in _NICKNAME_TABLE.split(";"))
}
_B0, _B1 = r"(?<!\w)", r"(?!\w)"
_SPLIT = re.compile(r"[\s\-']+")
_JOIN = r"[\s\-']{0,2}"  # « Jean-Pierre », « Jean Pierre », « JeanPierre », « Le Goff », « Legoff »
_SAINT = re.compile(r"(?:^|\W)(?:saint|sainte|st|ste)[\s\-]$")


def _alternation(forms: Iterable[str]) -> str:
    unique = sorted({f for f in forms if f}, key=len, reverse=True)
    return "(?:" + "|".join(unique) + ")" if unique else ""


def _compound(folded: str) -> str:
    return _JOIN.join(re.escape(p) for p in _SPLIT.split(folded) if p)


def _parts(folded: str) -> list[str]:
    return [p for p in _SPLIT.split(folded) if len(p) >= 2 and p not in PARTICLES]


def _is_name(folded: str) -> bool:
    """« J » or « Le » alone would redact « J'ai » and every « le »."""
    return len(folded.replace(" ", "")) >= 2 and folded not in PARTICLES


def _initials(parts: Sequence[str]) -> list[str]:
    """« j\\. » for Jean (the dot required: « a Dupont » is not « A. Dupont »),
    « j.-p. », « jp », « j-p » for Jean-Pierre."""
    if not parts:
        return []
    letters = [re.escape(p[0]) for p in parts]
    forms = [letters[0] + r"\."]
    if len(letters) > 1:
        forms.append(r"\.?\s?-?\s?".join(letters) + r"\.?")
    return forms


@dataclass(frozen=True)
class _NamePatterns:
    full: tuple[re.Pattern[str], ...]
    single: re.Pattern[str] | None


def _name_patterns(first: str, last: str) -> _NamePatterns | None:
    f, l_ = _fold(first), _fold(last)
    f_parts, l_parts = _parts(f), _parts(l_)
    firsts = [_compound(f)] if _is_name(f) else []
    firsts += [re.escape(p) for p in f_parts]
    for key in {f, *f_parts}:
        firsts += [_compound(n) for n in NICKNAMES.get(key, ())]
    lasts = ([_compound(l_)] if _is_name(l_) else []) + [re.escape(p) for p in l_parts]
    # « de La Fontaine » is « M. La Fontaine » in a letter
    bare = re.sub(r"^(?:(?:de|du|d)[\s']+)+", "", l_)
    lasts += [_compound(bare)] if _is_name(bare) and bare != l_ else []
    compound_initials = _initials(f_parts)[1:]  # « JP » alone is Jean-Pierre
    first_re, last_re = _alternation(firsts), _alternation(lasts)
    init_re = _alternation(_initials(f_parts))
    full: list[re.Pattern[str]] = []
    if first_re and last_re:
        given = _alternation([first_re, init_re])
        # also joined by a dot, an underscore or nothing: « amelie_dupont », « #AmelieDupont »
        full.append(re.compile(rf"{_B0}{given}[\s._\-]*{last_re}{_B1}"))
        full.append(re.compile(rf"{_B0}{last_re}[\s._\-]*{first_re}{_B1}"))
    if first_re and l_parts:  # « Joëlle L. » and « Joëlle R. » for Joëlle Le Roux
        initial = _alternation(re.escape(w[0]) for w in (l_, l_parts[-1]))
        full.append(re.compile(rf"{_B0}{first_re}\s+{initial}\."))
    single_re = _alternation([first_re, last_re, *compound_initials])
    single = re.compile(rf"{_B0}{single_re}{_B1}") if single_re else None
    if not full and single is None:
        return None
    return _NamePatterns(tuple(full), single)


_UPPER = "A-ZÀ-ÖØ-Þ"
_CIVILITY = re.compile(
    r"(?<!\w)(?:M\.|MM\.|Mr\.?|Mme\.?|Mmes\.?|Mlle\.?|Madame|Monsieur|Mademoiselle|Dr\.?"
    r"|Docteure?|Maître|Me)\s+"
    rf"(?P<name>(?:[{_UPPER}]\.\s?-?\s?)*[{_UPPER}][\w'’\-]*(?:\s+[{_UPPER}][\w'’\-]+){{0,2}})"
)
_TITLE_WORDS = (
    "le la les l maire president presidente directeur directrice adjoint adjointe conseiller "
    "conseillere depute deputee senateur senatrice prefet prefete juge"
)
_NOT_NAMES = frozenset(_TITLE_WORDS.split())

# --- phones, e-mails, links -----------------------------------------------------------------------

_PHONE_RUN = re.compile(
    r"(?<![\d+])(?<!\d[/.\-])"  # not inside a number nor a date (« 2025-12-06 06 12 … »)
    r"(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s.\-/]{0,2}\d){8}(?!\d)"
)
_MOBILE_NO_ZERO = re.compile(r"[67](?:[\s.\-]\d{2}){4}")
# « 06/12/2025 14h30 » has ten digits too: a date inside a candidate makes it no phone.
_DATE = re.compile(r"\d{1,2}([/.\-])\d{1,2}\1(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}")
_AT = r"(?:\s?@\s?|\s?[(\[{]\s?(?:at|arobase)\s?[)\]}]\s?|\sarobase\s)"
_DOT = r"(?:\.|\s\.\s|\s?[(\[{]\s?(?:dot|point)\s?[)\]}]\s?)"
_EMAIL = re.compile(
    rf"(?<![\w.+\-])[\w.+\-]*\w{_AT}[\w\-]+(?:{_DOT}[\w\-]+)*{_DOT}[a-z]{{2,24}}(?![\w\-])",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"«»]+", re.IGNORECASE)
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+"
    r"(?:fr|com|org|net|eu|info|io|bzh|paris|coop|asso|be|ch|re|shop|site|online|me|bio|ly"
    r"|ee|gl|de|it|es|uk|co|app|link|store|art|eco|xyz|club|blog|page|alsace|corsica)"
    r"(?:/[^\s<>\"«»]*)?(?![\w@\-])",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_.]{3,30}\w")
_TRAILING = ".,;:!?)]»'\""
_PUBLIC_HOST = re.compile(r"^(?:[a-z]+://)?(?:[\w\-]+\.)*gouv\.fr(?:[/:]|$)", re.IGNORECASE)

# --- addresses ------------------------------------------------------------------------------------

_TYPES = (
    r"rue|avenue|av\.|bd|boulevard|chemin|ch\.|impasse|imp\.|place|pl\.|all[ée]e|route|rte"
    r"|quai|cours|square|sq\.|lotissement|lot\.|r[ée]sidence|hameau|voie|passage|sentier"
    r"|rond-point|faubourg|fbg|mont[ée]e|esplanade|parvis|cit[ée]|villa|domaine|clos"
    r"|chauss[ée]e|traverse|venelle|ruelle|promenade|grande?[\s\-]rue"
)
_LINK = r"(?:de|du|des|la|le|les|l['’]|d['’]|aux|au)"
_WORD = rf"[{_UPPER}0-9][\w'’\-]*"
_NUMBER = r"(?<![\w,.])\d{1,4}(?:\s?(?:bis|ter|quater|[a-dA-D])(?!\w))?,?\s+"
_POSTCODE = rf"(?:,?\s+\d{{5}}(?:\s+{_WORD}(?:[\s\-](?:{_LINK}\s*)*{_WORD}){{0,3}})?)?"
_STRONG = (
    r"rue|avenue|av\.|bd|boulevard|impasse|all[ée]e|chemin|quai|place|route|square|faubourg"
    r"|lieu[\s\-]dit|grande?[\s\-]rue|r[ée]sidence|lotissement|hameau"
)
_NAMED = rf"(?:\s+(?:{_LINK}\s*)*{_WORD}){{1,6}}"
# « 12 rue … », or a street type that is no common word before a name (« rue des Lilas »:
# premises identify a porteur as surely as a home does).
_STREET = re.compile(
    rf"(?:{_NUMBER}(?i:{_TYPES}|lieu[\s\-]dit)|(?<!\w)(?i:{_STRONG})){_NAMED}{_POSTCODE}"
)
# Without capitals, after a number and a type that is no common word (« 10 cours de cuisine »).
_STREET_LOWER = re.compile(
    rf"{_NUMBER}(?i:rue|avenue|av\.|boulevard|bd|impasse|all[ée]e|chemin|quai)"
    rf"\s+(?:{_LINK}\s*)*[a-zà-ÿ][\w'’\-]+"
)
_TRAILING_LINK = re.compile(rf"(?:\s+{_LINK}\s*)+$", re.IGNORECASE)
_ABBREVIATIONS = {
    "rue": "rue|r",
    "avenue": "avenue|av",
    "av": "avenue|av",
    "boulevard": "boulevard|bd|bld|boul",
    "bd": "boulevard|bd|bld|boul",
    "chemin": "chemin|ch|chem",
    "ch": "chemin|ch|chem",
    "impasse": "impasse|imp",
    "imp": "impasse|imp",
    "place": "place|pl",
    "pl": "place|pl",
    "allee": "allee|all",
    "route": "route|rte",
    "rte": "route|rte",
    "faubourg": "faubourg|fbg|fg",
    "saint": "saint|st",
    "st": "saint|st",
    "sainte": "sainte|ste",
    "ste": "sainte|ste",
    "lotissement": "lotissement|lot",
    "residence": "residence|res|resid",
    "general": "general|gal|gen",
    "marechal": "marechal|mal",
    "docteur": "docteur|dr",
}


def _address_patterns(address: str) -> list[re.Pattern[str]]:
    """The stored address, loosely: each line or comma-separated piece, with and without
    its number, street words abbreviated or not, any punctuation between them."""
    patterns = []
    for piece in re.split(r"[\n,;]+", address):
        words = re.findall(r"\w+", _fold(piece))
        while words and (words[0].isdigit() or words[0] in ("bis", "ter", "b")):
            words = words[1:]
        if len(words) < 2:
            continue
        street = r"[\W_]{0,4}".join(
            f"(?:{_ABBREVIATIONS[w]})\\.?" if w in _ABBREVIATIONS else re.escape(w) for w in words
        )
        number = r"(?:\d{1,4}(?:\s?(?:bis|ter|[a-d]))?[\W_]{0,4})?"
        patterns.append(re.compile(rf"{_B0}{number}{street}{_B1}"))
    return patterns


def _phone_digits_pattern(stored: str | None) -> re.Pattern[str] | None:
    """The stored number's digits (without trunk 0 or +33) whatever their separators."""
    digits = re.sub(r"\D", "", stored or "")
    if digits.startswith("0033"):
        digits = digits[4:]
    elif digits.startswith("33") and len(digits) == 11:
        digits = digits[2:]
    digits = digits.lstrip("0")
    if len(digits) < 8:
        return None
    body = r"[^\w]{0,3}".join(digits)
    return re.compile(rf"(?<![\d])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|0\s?)?{body}(?!\d)")


# --- the redactor ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    kind: str
    token: str


class Redactor:
    """The patterns of a set of people and terms, compiled once for many texts."""

    def __init__(
        self,
        people: Iterable[PersonTraits | Sequence[str | None]] = (),
        extra_terms: Iterable[str | Term] = (),
    ) -> None:
        traits = [p if isinstance(p, PersonTraits) else PersonTraits(*p) for p in people]  # type: ignore[arg-type]
        self.names = [n for p in traits if (n := _name_patterns(p.first_name, p.last_name))]
        self.addresses = [a for p in traits for a in _address_patterns(p.address or "")]
        self.phones = [
            pattern
            for p in traits
            for number in (p.phone, p.mobile)
            if (pattern := _phone_digits_pattern(number))
        ]
        self.terms: list[tuple[re.Pattern[str], str]] = []
        for term in extra_terms:
            term = term if isinstance(term, Term) else Term(term)
            folded = _fold(term.text)
            if len(folded) >= 3:
                words = r"[\W_]{0,3}".join(re.escape(w) for w in re.findall(r"\w+", folded))
                self.terms.append((re.compile(rf"{_B0}{words}{_B1}"), term.token))
        self.tokens = {*TOKENS.values(), *(token for _, token in self.terms)}

    def redact(self, text: str) -> Redacted:
        if not text or not text.strip():
            return Redacted(text, [])
        found = self._find(text)
        taken = bytearray(len(text))
        for token in self.tokens:  # never inside an existing token
            for m in re.finditer(re.escape(token), text):
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        chosen: list[_Found] = []
        for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
            if f.end > f.start and not any(taken[f.start : f.end]):
                taken[f.start : f.end] = b"\x01" * (f.end - f.start)
                chosen.append(f)
        chosen = _merge_names(sorted(chosen, key=lambda f: f.start), text)
        out, replacements, last = [], [], 0
        for f in chosen:
            out += [text[last : f.start], f.token]
            replacements.append(Replacement(f.kind, text[f.start : f.end], f.start, f.end, f.token))
            last = f.end
        out.append(text[last:])
        return Redacted("".join(out), replacements)

    def _find(self, text: str) -> list[_Found]:
        found = _phones(text) + _emails_and_links(text) + _streets(text) + _civilities(text)
        for pattern in self.phones:
            found += [
                _Found(m.start(), m.end(), PHONE, TOKENS[PHONE]) for m in pattern.finditer(text)
            ]
        folded, where = fold_keeping_places(text)

        def add(m: re.Match[str], kind: str, token: str) -> None:
            if m.end() > m.start():
                found.append(_Found(where[m.start()], where[m.end() - 1] + 1, kind, token))

        for pattern in self.addresses:
            for m in pattern.finditer(folded):
                add(m, ADDRESS, TOKENS[ADDRESS])
        for pattern, token in self.terms:
            for m in pattern.finditer(folded):
                add(m, TERM, token)
        for person in self.names:
            for pattern in person.full:
                for m in pattern.finditer(folded):
                    add(m, NAME, TOKENS[NAME])
            if person.single is not None:
                for m in person.single.finditer(folded):
                    if not _SAINT.search(folded[max(0, m.start() - 7) : m.start()]):
                        add(m, NAME, TOKENS[NAME])
        return found


def _phones(text: str) -> list[_Found]:
    import phonenumbers
    from phonenumbers import Leniency

    found = [
        _Found(m.start(), m.end(), PHONE, TOKENS[PHONE])
        for m in _PHONE_RUN.finditer(text)
        if not _DATE.search(m.group(0))
    ]
    if not any(c.isdigit() for c in text):
        return found
    for m in phonenumbers.PhoneNumberMatcher(text, "FR", leniency=Leniency.POSSIBLE):
        raw, start = m.raw_string, m.start
        if raw.startswith("(") and ")" not in raw:
            raw, start = raw[1:], start + 1
        # « 123456789 » may be a SIREN: a number is taken when written as people write
        # phones (a trunk 0, +, 00) or as a mobile in pairs without its 0.
        if _DATE.search(raw):
            continue
        if raw.startswith(("+", "0", "(")) or _MOBILE_NO_ZERO.fullmatch(raw):
            found.append(_Found(start, m.end, PHONE, TOKENS[PHONE]))
    return found


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _emails_and_links(text: str) -> list[_Found]:
    found = [_Found(m.start(), m.end(), EMAIL, TOKENS[EMAIL]) for m in _EMAIL.finditer(text)]
    for pattern in (_URL, _BARE_DOMAIN, _HANDLE):
        for m in pattern.finditer(text):
            end = _trim(text, m.start(), m.end())
            if not _PUBLIC_HOST.match(text[m.start() : end]):
                found.append(_Found(m.start(), end, URL, TOKENS[URL]))
    return found


def _streets(text: str) -> list[_Found]:
    found = []
    for pattern in (_STREET, _STREET_LOWER):
        for m in pattern.finditer(text):
            chunk = _TRAILING_LINK.sub("", m.group(0))
            end = _trim(text, m.start(), m.start() + len(chunk))
            found.append(_Found(m.start(), end, ADDRESS, TOKENS[ADDRESS]))
    return found


def _civilities(text: str) -> list[_Found]:
    found = []
    for m in _CIVILITY.finditer(text):
        first_word = _fold(re.split(r"[\s'’]", m.group("name"))[0].rstrip("."))
        if first_word not in _NOT_NAMES:
            found.append(_Found(m.start("name"), m.end("name"), NAME, TOKENS[NAME]))
    return found


def _merge_names(chosen: list[_Found], text: str) -> list[_Found]:
    """« Amélie » and « Martin » side by side (two linked people, or a name the patterns
    split) become one [nom]: the number of words is a clue too."""
    merged: list[_Found] = []
    for f in chosen:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == f.kind == NAME
            and re.fullmatch(r"[\s\-]*", text[prev.end : f.start])
        ):
            merged[-1] = _Found(prev.start, f.end, NAME, prev.token)
        else:
            merged.append(f)
    return merged


def redact(
    text: str,
    people: Iterable[PersonTraits | Sequence[str | None]] = (),
    extra_terms: Iterable[str | Term] = (),
) -> Redacted:
    """``text`` with the identifying words of ``people`` (and any phone, e-mail, link or
    street address) replaced by tokens; see the module docstring for what is found."""
    return Redactor(people, extra_terms).redact(text)
