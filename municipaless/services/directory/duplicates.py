"""French-aware duplicate detection for the annuaire: suggestions while a record is created
(:func:`matches_for`), the « Doublons possibles » review (:func:`review`), and pairs the officer
dismissed as « pas un doublon » (kept in the file's meta, so the review never shows them again).

Normalisation: accents and ligatures folded (core.text.fold), "Asso."/"Assoc." read as
"association", "Sté" as "société", "Cie" as "compagnie", "St"/"Ste" in people's names as
"saint"/"sainte"; legal-form words (association, SARL, SCOP…) and articles count little in a
name, because "Association La Ruche" and "La Ruche" are one structure while "SCOP La Ruche" and
"SCOP Le Grenier" are not. SIRET/SIREN/RNA compare as digits, e-mails lower-cased, phones in
E.164 (phonenumbers), falling back on their last nine digits.

Speed: a suggestion never scans the table in Python. Candidates come from SQL — the search
index's folded words (a prefix of each significant name word) and exact identifiers — and only
those few are scored with rapidfuzz. The review blocks the whole table by keys (name-word
prefixes, identifiers), so 10,000 people compare in about a second, not 50 million pairs.
"""

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from municipaless.core.i18n import _
from municipaless.core.text import fold, sort_key
from municipaless.storage import duplicate_queries as dq
from municipaless.storage.search import TAGS

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory

# A record as SQL (duplicate_queries.rows) or a form gives it: column -> value, whatever the
# column's type; each reader below takes the few columns it knows.
Row = dict[str, Any]

TABLES = ("organisation", "person")
REVIEW_THRESHOLD = 80
SUGGEST_THRESHOLD = 60

_ABBREVIATIONS = {
    "asso": "association",
    "assoc": "association",
    "assos": "association",
    "ste": "societe",
    "soc": "societe",
    "cie": "compagnie",
    "cooperat": "cooperative",
    "coop": "cooperative",
    "fed": "federation",
    "mlle": "",
    "mme": "",
    "m": "",
    "mr": "",
}
# Words that say what kind of body it is, not which one: they weigh little in a name.
_LEGAL = """association societe compagnie cooperative sarl sas sasu eurl sa sci scop scic sca
snc gie earl gaec selarl sem spl epic mutuelle fondation federation union groupement loi 1901
cae ess"""
LEGAL_WORDS = frozenset(_LEGAL.split())
_STOPWORDS = frozenset(str.split("de du des la le les l d et en a au aux sur sous pour par"))
_PERSON_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "jn": "jean"}


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing record that may be the one being typed."""

    row_id: str
    score: int  # 0-100
    reasons: tuple[str, ...]  # French, e.g. « même SIRET », « nom très proche (92 %) »
    label: str = ""


@dataclass(frozen=True)
class DuplicatePair:
    """Two records of the review, ``a_id`` < ``b_id``."""

    table: str
    a_id: str
    b_id: str
    score: int
    reasons: tuple[str, ...]
    a_label: str = ""
    b_label: str = ""


# --- normalisation ------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def name_words(text: str | None, person: bool = False) -> tuple[str, ...]:
    """Folded words with abbreviations expanded (« Asso. La Ruche » → association la ruche)."""
    words = []
    table = _PERSON_ABBREVIATIONS if person else _ABBREVIATIONS
    for word in fold(text).split():
        word = table.get(word, word)
        if word:
            words.extend(word.split())
    return tuple(words)


def core_name(text: str | None) -> str:
    """A structure's distinctive words: no legal-form words, no articles (all kept if that
    would leave nothing, e.g. « Association des Associations »)."""
    words = name_words(text)
    core = [w for w in words if w not in LEGAL_WORDS and w not in _STOPWORDS]
    return " ".join(core or words)


def normal_email(text: str | None) -> str:
    return (text or "").strip().lower().removeprefix("mailto:")


_DIGITS = re.compile(r"\D+")


@lru_cache(maxsize=65536)
def normal_phone(text: str | None) -> str:
    """E.164 when phonenumbers can read it as a French (or international) number, else the
    digits; "" when empty."""
    raw = (text or "").strip()
    if not raw:
        return ""
    digits = _DIGITS.sub("", raw)
    if len(digits) == 10 and digits[0] == "0" and digits[1] != "0" and raw[0] != "+":
        return "+33" + digits[1:]  # a national French number: no need for phonenumbers
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, "FR")
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return _DIGITS.sub("", raw)


def _phone_tail(text: str | None) -> str:
    digits = _DIGITS.sub("", normal_phone(text))
    return digits[-9:] if len(digits) >= 9 else ""


def _digits(text: str | None) -> str:
    return _DIGITS.sub("", text or "")


def _website(text: str | None) -> str:
    host = (text or "").strip().lower()
    host = re.sub(r"^[a-z]+://", "", host).split("/")[0]
    return host.removeprefix("www.")


# --- one record, compared -----------------------------------------------------------------------


@dataclass
class _Item:
    """What comparison needs of one record, computed once."""

    id: str
    label: str
    core: str = ""
    full: str = ""
    first: str = ""
    last: str = ""
    ids: dict[str, str] = field(default_factory=dict)  # siret, siren, rna
    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    site: str = ""
    commune: str = ""
    orgs: frozenset[str] = frozenset()
    personal_email: str = ""
    mobile: str = ""


def _org_item(row: Row) -> _Item:
    name = row.get("name") or ""
    acronym = row.get("acronym") or ""
    return _Item(
        id=row.get("id") or "",
        label=f"{name} ({acronym})" if acronym else name,
        core=core_name(name),
        full=" ".join(name_words(f"{name} {acronym}")),
        ids={k: _digits(row.get(k)) for k in ("siret", "siren") if _digits(row.get(k))}
        | ({"rna": row["rna"].upper()} if row.get("rna") else {}),
        emails=frozenset(e for e in [normal_email(row.get("email"))] if e),
        phones=frozenset(p for p in [normal_phone(row.get("phone"))] if p),
        site=_website(row.get("website")),
        commune=row.get("commune_insee") or row.get("postcode") or "",
    )


def _person_item(row: Row) -> _Item:
    first = " ".join(name_words(row.get("first_name"), person=True))
    last = " ".join(name_words(row.get("last_name"), person=True))
    personal = normal_email(row.get("email"))
    emails = {personal} | {normal_email(e) for e in row.get("work_emails") or ()}
    mobile = normal_phone(row.get("mobile"))
    phones = {normal_phone(row.get("phone")), mobile}
    label = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
    return _Item(
        id=row.get("id") or "",
        label=label or "(sans nom)",
        first=first,
        last=last,
        full=f"{first} {last}".strip(),
        emails=frozenset(e for e in emails if e),
        phones=frozenset(p for p in phones if p),
        commune=row.get("commune_insee") or "",
        orgs=frozenset(row.get("orgs") or ()),
        personal_email=personal,
        mobile=mobile,
    )


def _item(table: str, row: Row) -> _Item:
    return _org_item(row) if table == "organisation" else _person_item(row)


class Weights:
    """How distinctive each name word is in this file (inverse document frequency): in
    « Habitat partagé La Soie » the generic « habitat partagé » weighs little and « soie »
    much, so « Habitat partagé La Bobine » is another structure, while a typo in « Soie »
    still matches it."""

    def __init__(self, names: Iterable[str]):
        counts: dict[str, int] = defaultdict(int)
        n = 0
        for name in names:
            n += 1
            for word in set(name.split()):
                counts[word] += 1
        self.unseen = math.log(n + 1) + 1
        self.rare_weight = math.log((n + 1) / (max(20, n // 100) + 1)) + 1
        self.weight = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in counts.items()}

    def __call__(self, word: str) -> float:
        return self.weight.get(word, self.unseen)

    def rare(self, word: str) -> bool:
        """In at most 1 % of the names (20 at least): worth a blocking key of its own."""
        return self(word) >= self.rare_weight


def _name_similarity(a: list[str], b: list[str], weights: Weights) -> float:
    """0-100: the weighted share of words found on the other side, both ways — fuzzily (80 %
    or more, for words of four letters or more) at a discount; « fab lab » and « fablab »
    agree too."""
    if not a or not b:
        return 0.0
    if len(a) != len(b):  # « fab lab » and « fablab »: the same letters, cut otherwise
        joined = fuzz.ratio("".join(a), "".join(b))
        if joined >= 95:
            return joined
    total = matched = 0.0
    for mine, theirs in ((a, b), (b, a)):
        for word in mine:
            weight = weights(word)
            total += weight
            if word in theirs:
                matched += weight
            elif len(word) >= 4:
                best = process.extractOne(word, theirs, scorer=fuzz.ratio, score_cutoff=80)
                if best:  # squared: « Bobnie » is « Bobine », « Rucher » barely « Ruche »
                    matched += weight * (best[1] / 100) ** 2
    return 100 * matched / total


def _percent(ratio: float) -> str:
    return f"{round(ratio)} %"


def _compare_orgs(a: _Item, b: _Item, weights: "Weights") -> tuple[int, list[str]]:
    reasons: list[str] = []
    score = 0.0
    if a.ids.get("siret") and a.ids.get("siret") == b.ids.get("siret"):
        return 100, [_("même SIRET")]
    if a.ids.get("rna") and a.ids.get("rna") == b.ids.get("rna"):
        return 100, [_("même numéro RNA")]
    siren_a = a.ids.get("siren") or a.ids.get("siret", "")[:9]
    siren_b = b.ids.get("siren") or b.ids.get("siret", "")[:9]
    if siren_a and siren_a == siren_b:
        score, reasons = 90, [_("même SIREN (autre établissement ?)")]
    name = _name_similarity(a.core.split(), b.core.split(), weights)
    if name >= 99:
        reasons.append(_("même nom"))
    elif name >= 85:
        reasons.append(_("nom très proche ({percent})").format(percent=_percent(name)))
    elif name >= 70:
        reasons.append(_("nom proche ({percent})").format(percent=_percent(name)))
    score = max(score, name * 0.8 if name >= 70 else name * 0.4)
    # A shared contact is worth a suggestion even under another name (a floor), and adds to
    # a close name; a shared switchboard alone never reaches the review.
    for shared, plus, floor, reason in (
        (a.emails & b.emails, 25, 70, _("même adresse e-mail")),
        (a.phones & b.phones, 15, 60, _("même téléphone")),
        (a.site and a.site == b.site, 15, 60, _("même site web")),
    ):
        if shared:
            score = max(score + plus, floor)
            reasons.append(reason)
    bonus = 0
    if a.commune and a.commune == b.commune and name >= 70:
        bonus += 3  # a close name in the same commune is not yet enough for the review
        reasons.append(_("même commune"))
    elif a.commune and b.commune and a.commune != b.commune:
        bonus -= 10
    if (siren_a and siren_b and siren_a != siren_b) or (
        a.ids.get("rna") and b.ids.get("rna") and a.ids["rna"] != b.ids["rna"]
    ):
        bonus -= 40  # two registered bodies: different, whatever their names
    return max(0, min(100, round(score + bonus))), reasons


def _compare_people(a: _Item, b: _Item) -> tuple[int, list[str]]:
    reasons: list[str] = []
    straight = fuzz.ratio(a.last, b.last) * 0.6 + fuzz.ratio(a.first, b.first) * 0.4
    swapped = fuzz.ratio(a.full, f"{b.last} {b.first}")
    name = max(straight, swapped * 0.95)
    if not a.first or not b.first:  # one fiche has the last name only
        name = min(name, fuzz.ratio(a.last, b.last) * 0.9)
    if name >= 99:
        reasons.append(_("même nom et prénom"))
    elif swapped * 0.95 > straight and name >= 80:
        reasons.append(_("nom et prénom inversés"))
    elif name >= 85:
        reasons.append(_("nom très proche ({percent})").format(percent=_percent(name)))
    # Homonyms are common: a name alone (70) stays under the review's threshold (80).
    score = name * 0.7 if name >= 75 else name * 0.3
    if a.emails & b.emails:
        # one address, two first names: a shared mailbox (accueil@…) more than one person
        score = max(score, 95 if name >= 85 else 60)
        reasons.append(_("même adresse e-mail"))
    bonus = 0
    if a.phones & b.phones:
        bonus += 15
        reasons.append(_("même téléphone"))
    if a.orgs & b.orgs:
        bonus += 10
        reasons.append(_("même structure"))
    if a.commune and a.commune == b.commune and name >= 75:
        bonus += 5
        reasons.append(_("même commune"))
    if a.personal_email and b.personal_email and a.personal_email != b.personal_email:
        bonus -= 25  # homonyms are common; two personal addresses say two people
    if a.mobile and b.mobile and a.mobile != b.mobile:
        bonus -= 10
    if a.orgs and b.orgs and not a.orgs & b.orgs:
        bonus -= 10  # each works somewhere else today
    return max(0, min(100, round(score + bonus))), reasons


def _compare(table: str, a: _Item, b: _Item, weights: "Weights") -> tuple[int, list[str]]:
    return _compare_orgs(a, b, weights) if table == "organisation" else _compare_people(a, b)


# --- suggestions while creating -----------------------------------------------------------------


def _block_expressions(table: str, item: _Item, weights: Weights) -> list[str]:
    """FTS5 expressions over the search index that find the records worth comparing.

    A structure: its three most distinctive name words, two of them at least (so one typo
    is forgiven) — or a rare word alone; common words alone (« association ») would bring
    hundreds. A person: the surname's prefix and the first name's, both ways round."""
    tag = TAGS[table]

    def prefix(word: str) -> str:
        return f'"{tag}{word[:3]}"*'

    if table == "organisation":
        words = sorted(set(item.core.split()), key=lambda w: (-weights(w), w))[:3]
        if len(words) < 2:
            return [prefix(w) for w in words]
        pairs = [
            f"({prefix(a)} AND {prefix(b)})" for i, a in enumerate(words) for b in words[i + 1 :]
        ]
        pairs += [prefix(w) for w in words if weights.rare(w) and len(w) >= 4]
        return [" OR ".join(pairs)]
    out = []
    first, last = item.first.split(), item.last.split()
    for surname, given in ((last, first), (first, last)):
        if surname:  # four letters of the surname: « mar » alone is every Martin and Marie
            expr = " OR ".join(f'"{tag}{w[:4]}"*' for w in surname[:3])
            if given:
                expr = f'({expr}) AND "{tag}{given[0][:3]}"*'
            out.append(expr)
    return out


_WEIGHTS: dict[tuple[str, str], tuple[int, Weights]] = {}


def _weights(territory: "Territory", table: str) -> Weights:
    """The file's name-word weights, recomputed when the number of records moved (≈10 ms
    for 2,000 structures); people's names need none (``Weights([])`` weighs all alike)."""
    if table != "organisation":
        return Weights([])
    db = territory.tdb.db
    key = (str(getattr(territory.tdb, "path", "")), table)
    count = territory.records[table].count()
    cached = _WEIGHTS.get(key)
    if cached is None or cached[0] != count:
        cached = (count, Weights(core_name(n) for n in dq.names(db, table)))
        _WEIGHTS[key] = cached
    return cached[1]


def matches_for(
    territory: "Territory",
    table: str,
    values: Row,
    limit: int = 5,
    *,
    exclude_id: str | None = None,
    threshold: int = SUGGEST_THRESHOLD,
) -> list[DuplicateMatch]:
    """Existing records that may be the one being created from ``values`` (the form's fields,
    raw or normalised), best first. Reads only SQL-chosen candidates: a few ms per keystroke.
    ``exclude_id`` is the record being edited (its dismissed pairs are left out too)."""
    if table not in TABLES:
        raise ValueError(f"no duplicate detection for {table}")
    item = _item(table, {**values, "id": ""})
    db = territory.tdb.db
    candidates: set[str] = set()
    weights = _weights(territory, table)
    for expression in _block_expressions(table, item, weights):
        candidates.update(dq.ids_matching(db, table, expression))
    candidates.update(
        dq.ids_with_identifiers(
            db,
            table,
            exact={k: item.ids.get(k, "") for k in ("siret", "siren", "rna")},
            emails=sorted(item.emails),
            phone_tails=sorted({t for t in map(_phone_tail, item.phones) if t}),
        )
    )
    candidates.discard(exclude_id or "")
    if not candidates:
        return []
    dismissed = dq.read_dismissed(db, table) if exclude_id else set()
    found = []
    for row in dq.rows(db, table, sorted(candidates)):
        other = _item(table, row)
        if exclude_id and tuple(sorted((exclude_id, other.id))) in dismissed:
            continue
        score, reasons = _compare(table, item, other, weights)
        if score >= threshold:
            found.append(DuplicateMatch(other.id, score, tuple(reasons), other.label))
    found.sort(key=lambda m: (-m.score, sort_key(m.label)))
    return found[:limit]


# --- the review ---------------------------------------------------------------------------------


def _review_keys(table: str, item: _Item, weights: Weights) -> Iterable[tuple[str, str]]:
    """Blocking keys, with the name word behind each name key: two records are compared
    only if they share an identifier, or a prefix of one of the two most distinctive words of
    their names (surname and first initial for people, both ways round)."""
    for kind, value in item.ids.items():
        yield f"{kind}:{value[:9] if kind != 'rna' else value}", ""
    for email in item.emails:
        yield f"@{email}", ""
    for phone in item.phones:
        yield f"#{phone}", ""
    if item.site:
        yield f"w:{item.site}", ""
    if table == "organisation":
        words = sorted(set(item.core.split()), key=lambda w: (-weights(w), w))
        for w in words[:2]:
            if weights.rare(w):  # « Privas », « insertion »: hundreds of names share them
                yield f"n:{w[:3]}", w
        if len(words) > 1:  # names made only of common words: their pair of words
            pair = " ".join(sorted(words[:2]))
            yield "c:" + "|".join(sorted(w[:3] for w in words[:2])), pair
        elif words:
            yield f"c:{words[0][:3]}", words[0]
    else:
        first, last = item.first.split(), item.last.split()
        if last:
            yield f"n:{last[0][:3]}|{first[0][:1] if first else ''}", last[0]
        if first:
            yield f"n:{first[0][:3]}|{last[0][:1] if last else ''}", first[0]  # swapped


def review(
    territory: "Territory",
    table: str,
    *,
    threshold: int = REVIEW_THRESHOLD,
    limit: int | None = None,
) -> list[DuplicatePair]:
    """Pairs of live records that may be duplicates, best first; pairs dismissed with
    :func:`mark_not_duplicate` are left out. About a second for 10,000 people."""
    if table not in TABLES:
        raise ValueError(f"no duplicate detection for {table}")
    db = territory.tdb.db
    items = [_item(table, row) for row in dq.rows(db, table)]
    weights = Weights(i.core for i in items) if table == "organisation" else Weights([])
    blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, item in enumerate(items):
        for key, word in set(_review_keys(table, item, weights)):
            blocks[key].append((i, word))
    dismissed = dq.read_dismissed(db, table)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for members in blocks.values():
        if len(members) > 1:
            for i, j in _block_pairs(members):
                pair = (i, j) if i < j else (j, i)
                if i == j or pair in seen:
                    continue
                seen.add(pair)
                a, b = items[pair[0]], items[pair[1]]
                score, reasons = _compare(table, a, b, weights)
                ids = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if score < threshold or ids in dismissed:
                    continue
                first, second = (a, b) if a.id == ids[0] else (b, a)
                pairs.append(
                    DuplicatePair(table, *ids, score, tuple(reasons), first.label, second.label)
                )
    pairs.sort(key=lambda p: (-p.score, fold(p.a_label), p.a_id, p.b_id))
    return pairs[:limit] if limit else pairs


def _block_pairs(members: list[tuple[int, str]]) -> Iterable[tuple[int, int]]:
    """Pairs of a block worth a full comparison: all of an identifier's block; in a name
    block, those whose key words are alike (75 % or more: « Bobine » and « Bobnie », not
    « Champs » and « Chabert »), found by rapidfuzz's C loop rather than pair by pair."""
    if len(members) <= 8 or not members[0][1]:
        for x, (i, _word) in enumerate(members):
            for j, _other in members[x + 1 :]:
                yield i, j
        return
    words = [w for _, w in members]
    for x, (i, word) in enumerate(members[:-1]):
        close = process.extract(
            word, words[x + 1 :], scorer=fuzz.ratio, score_cutoff=75, limit=None
        )
        for _word, _score, index in close:
            yield i, members[x + 1 + index][0]


def mark_not_duplicate(territory: "Territory", table: str, a_id: str, b_id: str) -> None:
    """The officer says these two are different: never suggest the pair again (persistent)."""
    with territory.tdb.write() as db:
        pairs = dq.read_dismissed(db, table)
        first, second = sorted((a_id, b_id))
        pairs.add((first, second))
        dq.write_dismissed(db, table, pairs)


def unmark_not_duplicate(territory: "Territory", table: str, a_id: str, b_id: str) -> None:
    with territory.tdb.write() as db:
        pairs = dq.read_dismissed(db, table)
        first, second = sorted((a_id, b_id))
        pairs.discard((first, second))
        dq.write_dismissed(db, table, pairs)


def dismissed_pairs(territory: "Territory", table: str) -> set[tuple[str, str]]:
    return dq.read_dismissed(territory.tdb.db, table)
