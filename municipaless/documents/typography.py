"""French typography of every text of a document, one pass over the model before a writer.

A council member reads « Décision COPIL-2026-03 : » with the colon on the next line, or
« 04 75 » at a line end and « 64 12 34 » below, as carelessness. :func:`typeset` copies a
document with the French rules applied (Imprimerie nationale usage):

* U+202F (narrow no-break space) before ``; ! ?`` and inside « »; U+00A0 before ``:``;
* U+00A0 between a number and what it counts or measures (« 12 emplois », « 3 h 30 »,
  « 500 € »: babel already does it for the values it formats);
* U+00A0 inside phone numbers (« 04 75 64 12 34 »), SIRET/SIREN groups and dates in words
  (« 3 décembre 2026 »);
* the typographic apostrophe U+2019 for ``'`` between letters;
* U+2011 (non-breaking hyphen) inside identifiers (« P-2024-0012 », « COPIL-2026-03 »).

What the format is for decides how far it goes (``fmt``):

* text formats (docx, odt, pdf): everything; code cells (references, SIRET, postcodes) get
  the identifier rule only. DejaVu, embedded in the PDFs, draws U+2011 and U+202F; Word and
  LibreOffice fall back to a font that has them.
* spreadsheets (xlsx, ods): what a reader sees but never searches for: punctuation spacing,
  « », apostrophes; code cells are left as typed (searchable ASCII), and so are phones,
  dates and identifiers in text cells.
* csv: nothing (data for re-processing).

E-mail addresses and URLs are never touched. The pass is idempotent: its output run through
it again is unchanged (a test checks), so a service may typeset its own text first.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import itertools
import re
from collections.abc import Callable
from typing import TypeVar

from .model import (
    NUMERIC_KINDS,
    BulletList,
    Chart,
    Document,
    Heading,
    KeyFigures,
    Meta,
    Paragraph,
    Table,
)

_T = TypeVar("_T")
NNBSP = "\u202f"
NBSP = "\u00a0"
NBHYPHEN = "\u2011"
APOSTROPHE = "\u2019"
TEXT_FORMATS = frozenset({"docx", "odt", "pdf"})
SHEET_FORMATS = frozenset({"xlsx", "ods"})

_SP = "[ \t\u00a0\u202f\u2009]"  # a horizontal space of any kind, never a line break
# Words never to retouch: an e-mail address, a URL, a path-like token.
# Each alternative starts only at a word's start (the lookbehinds): linear on a huge word.
_PROTECTED = re.compile(
    r"(?<![\w.+'’-])[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.+-])(?:(?:https?|ftp)://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)+/\S*)",
    re.IGNORECASE,
)

_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
_PUNCT_RULES: list[tuple[re.Pattern[str], str]] = [
    # spaces of any kind before ; ! ? -> one narrow no-break space
    (re.compile(rf"(?<=\S){_SP}+(?=[;!?])"), NNBSP),
    # ! and ? glued to a word ("Bonjour!") get one, when they end the word
    (re.compile(r"(?<=[^\W_])(?=[!?](?:[\s»)\"’!?.]|$))"), NNBSP),
    # before a colon: a no-break space (only where there was a space: 14:30 stays)
    (re.compile(rf"(?<=\S){_SP}+(?=:)"), NBSP),
    # inside « »
    (re.compile(rf"«{_SP}*(?=\S)"), "«" + NNBSP),
    (re.compile(rf"(?<=\S){_SP}*»"), NNBSP + "»"),
]
_SUBSTITUTED = frozenset(" \t\u00a0\u202f\u2009'-")  # what a rule may swap in place
_SHEET_TRIGGER = re.compile(r"[;!?:«»'€%‰]")  # every sheet rule needs one of these
_APOSTROPHE_RULE = (re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])"), APOSTROPHE)
_UNIT_RULE = (
    re.compile(rf"(?<=\d){_SP}(?=(?:k€|M€|€|%|‰)(?!\w))"),
    NBSP,
)
_PROSE_RULES: list[tuple[re.Pattern[str], str]] = [
    # « 10 h 32 »
    (re.compile(r"(?<=\d\u00a0h) (?=\d{2}\b)"), NBSP),
    # « × 4,0 », « < 3 », « n° 12 »
    (re.compile(r"(?<=[×<>≤≥]) (?=\d)|(?<=\bn°) (?=\d)|(?<=\bN°) (?=\d)"), NBSP),
    # « 1er décembre 2026 »: the month between no-break spaces
    (re.compile(rf"(?<=\b1er) (?=(?:{_MONTHS})\b)"), NBSP),
    (re.compile(rf"\b({_MONTHS}) (?=\d{{4}}\b)"), r"\1" + NBSP),
]
# a number and the word it counts (« 12 emplois », « 3 h »), not a little word that follows
# a year or a reference (« en 2026 les… »)
_COUNTED = re.compile(r"(?<![\w‑\-./])(\d+(?:[\u202f,]\d+)*) (?=([a-zà-ÿœ]+))")
_LITTLE_WORDS = frozenset(
    [
        "a",
        "à",
        "au",
        "aux",
        "avec",
        "dans",
        "de",
        "des",
        "du",
        "en",
        "est",
        "et",
        "la",
        "le",
        "les",
        "ont",
        "ou",
        "par",
        "pour",
        "que",
        "qui",
        "se",
        "sont",
        "sur",
        "un",
        "une",
    ]
)


def _counted(text: str) -> str:
    def glue(m: re.Match[str]) -> str:
        return m.group(1) + (" " if m.group(2) in _LITTLE_WORDS else NBSP)

    return _COUNTED.sub(glue, text)


# 04 75 64 12 34, +33 4 75 64 12 34, +44 20 7946 0958; SIRET 732 829 320 00074, SIREN 732 829 320
_GROUPED = re.compile(
    r"(?<![\d\w])(?:0\d(?:[ \u00a0]\d\d){4}"
    r"|\+\d{1,3}(?:[ \u00a0]\d{1,4}){2,5}"
    r"|\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}(?:[ \u00a0]\d{5})?)(?![\d\w])"
)
# an identifier: capitals and digits joined by hyphens, with at least one digit
_IDENTIFIER = re.compile(r"(?<![\w‑-])[A-Z][A-Z0-9]*(?:[-‑][A-Z0-9]+)+(?![\w‑-])")


def _identifiers(text: str) -> str:
    def join(m: re.Match[str]) -> str:
        word = m.group(0)
        return word.replace("-", NBHYPHEN) if any(c.isdigit() for c in word) else word

    return _IDENTIFIER.sub(join, text)


def _grouped(text: str) -> str:
    return _GROUPED.sub(lambda m: m.group(0).replace(" ", NBSP), text)


def _apply(text: str, rules: list[tuple[re.Pattern[str], str]]) -> str:
    for pattern, repl in rules:
        text = pattern.sub(repl, text)
    return text


_HOLDER = 0xF0000  # a plane of private-use characters no stored text holds


def _outside_protected(text: str, fix: Callable[[str], str]) -> str:
    """``fix`` applied to ``text`` with its e-mails and URLs set aside (each stands for one
    private-use character meanwhile, so the rules still see a word there: « url : »)."""
    kept: list[str] = []

    def hold(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return chr(_HOLDER + len(kept) - 1)

    held = _PROTECTED.sub(hold, text)
    if not kept:
        return fix(text)
    fixed = fix(held)
    return re.sub("[\U000f0000-\U000fffff]", lambda m: kept[ord(m.group(0)) - _HOLDER], fixed)


def text_fixer(fmt: str) -> Callable[[str], str]:
    """The rules for running text in ``fmt`` (see the module docstring)."""
    if fmt in TEXT_FORMATS:
        rules = [*_PUNCT_RULES, _APOSTROPHE_RULE, _UNIT_RULE, *_PROSE_RULES]

        def fix(part: str) -> str:
            return _identifiers(_grouped(_apply(_counted(part), rules)))

    elif fmt in SHEET_FORMATS:
        rules = [*_PUNCT_RULES, _APOSTROPHE_RULE, _UNIT_RULE]

        def fix(part: str) -> str:
            return _apply(part, rules)

        # Most cells of a sheet hold none of the characters a sheet rule looks at: those are
        # left as they are without setting e-mails aside and running five patterns.
        return lambda text: _outside_protected(text, fix) if _SHEET_TRIGGER.search(text) else text
    else:
        return lambda text: text
    return lambda text: _outside_protected(text, fix) if text else text


def code_fixer(fmt: str) -> Callable[[str], str]:
    """Code cells (references, SIRET, decision numbers): unbreakable in print, as typed in
    a spreadsheet or a CSV."""
    if fmt in TEXT_FORMATS:
        return lambda text: _identifiers(_grouped(text)) if text else text
    return lambda text: text


def _with(obj: _T, **changes: object) -> _T:
    """A shallow copy of a model object (frozen or not) with ``changes``: every field the
    model gains later (a list's ``numbered``, a table's ``emphasis``) is carried over."""
    new = copy.copy(obj)
    for name, value in changes.items():
        object.__setattr__(new, name, value)
    return new


RUNS_JOINED_UP_TO = 5_000  # longer paragraphs of several runs: each run on its own


def _fix_runs(texts: list[str], fix: Callable[[str], str]) -> list[str]:
    """The runs of one paragraph set as one text (« Décision 3 » then « : adoptée » is one
    sentence), each character then given back to the run it came from; what a rule inserted
    goes to the run of the character before it."""
    if len(texts) < 2 or sum(map(len, texts)) > RUNS_JOINED_UP_TO:
        return [fix(t) for t in texts]
    joined = "".join(texts)
    fixed = fix(joined)
    if fixed == joined:
        return list(texts)
    if len(fixed) == len(joined) and all(
        a == b or a in _SUBSTITUTED for a, b in zip(joined, fixed, strict=True)
    ):  # spaces and apostrophes replaced one for one: cut at the same places
        ends = list(itertools.accumulate(map(len, texts)))
        return [fixed[start:end] for start, end in zip([0, *ends], ends, strict=False)]
    owner = [i for i, t in enumerate(texts) for _ in t]
    out: list[list[str]] = [[] for _ in texts]
    matcher = difflib.SequenceMatcher(None, joined, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for k in range(j2 - j1):
                out[owner[i1 + k]].append(fixed[j1 + k])
        elif j2 > j1:  # inserted, or a run of spaces made one
            out[owner[max(i1 - 1, 0)] if tag == "insert" else owner[i1]].append(fixed[j1:j2])
    return ["".join(parts) for parts in out]


def typeset(doc: Document, fmt: str) -> Document:
    """A copy of ``doc`` with every text set the French way for ``fmt``."""
    fix, code = text_fixer(fmt), code_fixer(fmt)
    if fmt not in TEXT_FORMATS | SHEET_FORMATS:
        return doc
    # figures masked as text (« < 3 ») only get what a print needs
    masked = fix if fmt in TEXT_FORMATS else (lambda text: text)

    def value(v: object, kind: str) -> object:
        if not isinstance(v, str):
            return v
        if kind == "code":
            return code(v)
        if kind in NUMERIC_KINDS:
            return masked(v)
        if kind == "date":
            return v
        return fix(v)

    def block(b: object) -> object:
        if isinstance(b, Heading):
            return _with(b, text=fix(b.text))
        if isinstance(b, Paragraph):
            texts = _fix_runs([r.text for r in b.runs], fix)
            runs = tuple(_with(r, text=t) for t, r in zip(texts, b.runs, strict=True))
            return _with(b, runs=runs)
        if isinstance(b, BulletList):
            return _with(b, items=tuple(fix(i) for i in b.items))
        if isinstance(b, Table):
            kinds = [c.kind for c in b.columns]
            return _with(
                b,
                title=fix(b.title),
                note=fix(b.note),
                columns=[_with(c, header=fix(c.header)) for c in b.columns],
                rows=[[value(v, k) for v, k in zip(r, kinds, strict=True)] for r in b.rows],
                totals=None
                if b.totals is None
                else [value(v, k) for v, k in zip(b.totals, kinds, strict=True)],
            )
        if isinstance(b, KeyFigures):
            items = tuple(
                _with(f, label=fix(f.label), value=value(f.value, f.kind)) for f in b.items
            )
            return _with(b, items=items)
        if isinstance(b, Chart):
            return _with(
                b,
                title=fix(b.title),
                categories=[fix(c) for c in b.categories],
                series=[_with(x, name=fix(x.name)) for x in b.series],
            )
        return b

    out = copy.copy(doc)
    out.title, out.subtitle = fix(doc.title), fix(doc.subtitle)
    out.meta = dataclasses.replace(
        doc.meta,
        **{
            f.name: fix(getattr(doc.meta, f.name))
            for f in dataclasses.fields(Meta)
            if isinstance(getattr(doc.meta, f.name), str)
        },
    )
    out.sections = [_with(s, blocks=[block(b) for b in s.blocks]) for s in doc.sections]
    return out
