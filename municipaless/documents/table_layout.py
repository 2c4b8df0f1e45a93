"""Column widths that never cut a word, shared by the PDF, DOCX and ODT writers.

A column is never narrower than its longest unbreakable token: a word (split only on ordinary
spaces and after ordinary hyphens), a whole phone number, amount, date or reference (a cell of
a ``code``, ``date`` or number kind is one token; in text, groups of digits separated by spaces
stay together, and U+00A0, U+202F and U+2011 never break). Headers may wrap between their words,
never inside one. Widths are measured with the DejaVu metrics the PDF embeds (wider than Word's
and LibreOffice's default fonts, so safe for them too), cached per (token, font, size).

What is left of the frame is shared like a browser's automatic table layout: each column wants
the width of its longest cell (capped, so one long note cannot starve the figures); if all fit
they get it, else each gets its minimum plus a share of the rest in proportion to what it wants
beyond it. When the minimums do not fit the portrait frame the table asks for landscape; when
they do not fit that either the font shrinks step by step to ``FLOOR_PT``; as a last resort only
the longest free-text column is allowed to break inside its words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import NUMERIC_KINDS

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ATOMIC_KINDS = NUMERIC_KINDS | {"code", "date"}
FLOOR_PT = 7.0
STEP_PT = 0.5
WANT_CAP = 48  # characters: what a column asks for at most beyond its longest token
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # ordinary whitespace only: never U+00A0 / U+202F
# a space after a digit and before a group of 1-4 digits or a unit: « 04 75 64 12 34 », « 12 500 € »
_JOIN = re.compile(r"(?<=\d) (?=(?:\d{1,4}|€|%|k€|M€)(?!\w))")
_HYPHENS = re.compile(r"[^-]+-+|[^-]+$|-+")
# only a word of letters breaks after its hyphens (« Auvergne-Rhône-Alpes »), as reportlab's
# embeddedHyphenation and Unicode line breaking do; « COPIL-2026-03 » never breaks
_LETTERS_HYPHENATED = re.compile(r"^\W*[^\W\d_]+(?:-[^\W\d_]+)+\W*$")


def joined(text: str, kind: str = "text") -> str:
    """``text`` with the spaces inside its unbreakable tokens made U+00A0, so that a writer's
    line breaking keeps them whole: a whole cell of a ``code``, ``date`` or number kind; in
    text, a group of at most four digits (or a unit) after a digit (« 04 75 64 12 34 »,
    « 12 500 € »)."""
    if kind in ATOMIC_KINDS:
        return text.replace(" ", "\u00a0")
    return _JOIN.sub("\u00a0", text) if " " in text else text


def tokens(text: str, kind: str = "text") -> list[str]:
    """The pieces of ``text`` a line may never be broken inside (see the module doc)."""
    text = text.strip()
    if not text:
        return []
    if kind in ATOMIC_KINDS:
        return [_SPACES.sub(" ", text)]
    out: list[str] = []
    for w in _SPACES.split(_JOIN.sub("\x00", text)):  # \x00: a joining space, for now
        w = w.replace("\x00", " ")
        if "-" in w and len(w) >= 5 and _LETTERS_HYPHENATED.match(w):
            out.extend(_HYPHENS.findall(w))  # a line may end after an ordinary hyphen
        else:
            out.append(w)
    return out


def header_words(text: str) -> list[str]:
    return tokens(text, "text")


@functools.lru_cache(maxsize=65536)
def text_width(text: str, font: str = FONT, size: float = 8.0) -> float:
    """Width in points with the real (embedded) font metrics; the fonts registered once."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ._fonts import register_reportlab

    register_reportlab()
    return float(stringWidth(text, font, size))


@dataclass(frozen=True)
class Metrics:
    """How a writer draws cells: the body size in points and the horizontal padding (both
    sides together, borders included) that a cell adds around its text."""

    size: float = 8.0
    padding: float = 12.0


@dataclass
class ColumnText:
    """One column's display texts, as a writer will put them in the cells."""

    header: str
    kind: str
    hint: float | None  # Column.width: the characters a blank column still wants
    texts: Sequence[str]
    total: str = ""


@dataclass
class Layout:
    widths: list[float]  # points, summing to the frame width given
    size: float  # the cell font size to use
    landscape: bool
    minimums: list[float]  # the narrowest each column may be at ``size``
    breakable: int | None = None  # the one column allowed to break inside its words


def _longest_tokens(col: ColumnText) -> tuple[list[str], list[str]]:
    """The body tokens and the bold tokens (header, totals) of a column, each unique."""
    body: set[str] = set()
    kind = col.kind
    atomic = kind in ATOMIC_KINDS
    for text in set(col.texts):
        if not text:
            continue
        if not atomic and text.isprintable() and " " not in text and "-" not in text:
            body.add(text)  # one word: no need to split it
        else:
            body.update(tokens(text, kind))
    bold = set(header_words(col.header)) | set(tokens(col.total, kind))
    return list(body), list(bold)


@dataclass
class _Need:
    body: list[str]
    bold: list[str]
    longest: str  # the longest cell text, capped: what the column would like on one line
    hint: float | None


def _needs(columns: Sequence[ColumnText]) -> list[_Need]:
    out = []
    for col in columns:
        body, bold = _longest_tokens(col)
        longest = max(col.texts, key=len, default="") if col.texts else ""
        out.append(_Need(body, bold, longest[:WANT_CAP], col.hint))
    return out


def _minimum(need: _Need, size: float, padding: float) -> float:
    body = max((text_width(t, FONT, size) for t in need.body), default=0.0)
    bold = max((text_width(t, BOLD, size) for t in need.bold), default=0.0)
    return max(body, bold, text_width("0000", FONT, size)) + padding


def _want(need: _Need, size: float, padding: float, minimum: float) -> float:
    if need.hint:
        return max(minimum, need.hint * text_width("n", FONT, size) + padding)
    return max(minimum, text_width(need.longest, FONT, size) + padding)


def share(minimums: Sequence[float], wants: Sequence[float], width: float) -> list[float]:
    """``width`` shared between columns, none under its minimum (if they fit at all)."""
    low, high = sum(minimums), sum(wants)
    if high <= width:
        return [w + (width - high) * w / high for w in wants] if high else list(wants)
    spare = width - low
    extra = [w - m for w, m in zip(wants, minimums, strict=True)]
    room = sum(extra)
    return [m + (spare * e / room if room else 0.0) for m, e in zip(minimums, extra, strict=True)]


def plan(
    columns: Sequence[ColumnText],
    width: float,
    metrics: Metrics,
    *,
    landscape_width: float | None = None,
    floor: float = FLOOR_PT,
) -> Layout:
    """Widths (points) for ``columns`` in a frame ``width`` wide, or ``landscape_width`` when
    the narrowest possible columns do not fit ``width`` (see the module doc)."""
    needs = _needs(columns)
    frames = [(width, False)] + ([(landscape_width, True)] if landscape_width else [])
    size = metrics.size
    while True:
        minimums = [_minimum(n, size, metrics.padding) for n in needs]
        for frame, turned in frames:
            if sum(minimums) <= frame:
                wants = [
                    _want(n, size, metrics.padding, m) for n, m in zip(needs, minimums, strict=True)
                ]
                return Layout(share(minimums, wants, frame), size, turned, minimums)
        if size - STEP_PT < floor - 1e-9:
            break
        size -= STEP_PT
    # last resort: the longest free-text column may break inside its words
    frame, turned = frames[-1]
    text_cols = [i for i, c in enumerate(columns) if c.kind == "text"] or list(range(len(needs)))
    widest = max(text_cols, key=lambda i: minimums[i])
    others = sum(m for i, m in enumerate(minimums) if i != widest)
    squeezed = list(minimums)
    squeezed[widest] = max(frame - others, text_width("0000", FONT, size) + metrics.padding)
    if sum(squeezed) > frame:  # even so: everything in proportion (words will break)
        squeezed = [frame * m / sum(squeezed) for m in squeezed]
    return Layout(share(squeezed, squeezed, frame), size, turned, squeezed, breakable=widest)
