"""Finding a person's name in free text, and in the raw bytes of a file.

Words are compared folded (``core.text.fold``: no accents, no case, ligatures spelt out), whole
words only. The first and the last name count separately when they are distinctive (three
letters or more: « Crémieux » alone is found, « Le » alone is not); a name with no such part is
looked for as the whole sequence of its words. Coordinates (e-mail, phones, address) are
replaced as they were typed, case-insensitively.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from municipaless.core.text import fold

PLACEHOLDER = "[personne effacée]"
MIN_LETTERS = 3
# A word: letters and digits with their combining accents (text typed decomposed stays whole).
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# What may sit between two words of one name (« Crémieux-Lambert », « Éloïse  Crémieux »).
_JOINER = re.compile(r"[\s\-\u2010\u2011'’]{1,3}")


@dataclass
class NameMatcher:
    """One or more people's names (and literal coordinates) to find and replace."""

    words: set[str] = field(default_factory=set)  # folded distinctive words
    phrases: list[tuple[str, ...]] = field(default_factory=list)  # names with no such word
    literals: set[str] = field(default_factory=set)  # e-mails, phones, addresses as typed
    spellings: set[str] = field(default_factory=set)  # as typed, for the byte search
    placeholder: str = PLACEHOLDER
    _probe: tuple[Any, re.Pattern[str] | None] | None = field(default=None, repr=False)

    def add_name(self, *parts: str) -> None:
        """Add one person's names (first name, last name…)."""
        found = False
        for part in parts:
            for word in fold(part).split():
                if len(word) >= MIN_LETTERS and not word.isdigit():
                    self.words.add(word)
                    found = True
            self.spellings.update(w for w in _WORD.findall(part) if len(fold(w)) >= MIN_LETTERS)
        whole = tuple(fold(" ".join(parts)).split())
        if not found and whole:
            self.phrases.append(whole)
            self.spellings.add(" ".join(p.strip() for p in parts if p.strip()))

    def add_literal(self, value: str | None) -> None:
        if value and len(value.strip()) >= MIN_LETTERS:
            self.literals.add(value.strip())

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.literals)

    # text ------------------------------------------------------------------------------------
    def found_in(self, text: str | None) -> bool:
        if not text:
            return False
        if "\\u" in text and text.lstrip()[:1] in ("{", "["):  # JSON written with escapes
            with contextlib.suppress(ValueError):
                text = json.dumps(json.loads(text), ensure_ascii=False)
        lowered = text.lower()
        if any(lit.lower() in lowered for lit in self.literals):
            return True
        if not self._may_hold(text):
            return False
        folded = fold(text)
        if self.words & set(folded.split()):
            return True
        padded = f" {folded} "
        return any(f" {' '.join(p)} " in padded for p in self.phrases)

    def _may_hold(self, text: str) -> bool:
        """A cheap first look (one compiled search, no folding): could a name word be there?
        Folding every text of a big file costs seconds; most texts fail this test."""
        key = (frozenset(self.words), tuple(self.phrases))
        if self._probe is None or self._probe[0] != key:
            self._probe = (key, _probe_for([*self.words, *(w for p in self.phrases for w in p)]))
        pattern = self._probe[1]
        if pattern is None:
            return bool(self.words or self.phrases)
        return pattern.search(text) is not None

    def redact(self, text: str) -> str:
        """``text`` with every occurrence replaced by the placeholder (a run of name words,
        « Éloïse Crémieux-Lambert », becomes one placeholder)."""
        if not self.found_in(text):
            return text
        for lit in sorted(self.literals, key=len, reverse=True):
            text = re.sub(re.escape(lit), self.placeholder, text, flags=re.IGNORECASE)
        spans = self._spans(text)
        if not spans:
            return text
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and _JOINER.fullmatch(text[merged[-1][1] : start]):
                merged[-1][1] = end
            else:
                merged.append([start, end])
        out, last = [], 0
        for start, end in merged:
            out += [text[last:start], self.placeholder]
            last = end
        out.append(text[last:])
        return "".join(out)

    def _spans(self, text: str) -> list[tuple[int, int]]:
        tokens = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
        hit = [False] * len(tokens)
        for i, (_s, _e, word) in enumerate(tokens):
            if word in self.words:
                hit[i] = True
        folded_tokens = [t[2] for t in tokens]
        for phrase in self.phrases:
            n = len(phrase)
            for i in range(len(tokens) - n + 1):
                if tuple(folded_tokens[i : i + n]) == phrase:
                    hit[i : i + n] = [True] * n
        return [(s, e) for (s, e, _w), h in zip(tokens, hit, strict=True) if h]

    def redact_json(self, text: str) -> str:
        """A JSON column: the strings inside are redacted, the structure kept."""
        if not self.found_in(text):
            return text
        try:
            data = json.loads(text)
        except ValueError:
            return self.redact(text)
        return json.dumps(self._walk(data), ensure_ascii=False)

    def _walk(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, list):
            return [self._walk(v) for v in value]
        if isinstance(value, dict):
            return {k: self._walk(v) for k, v in value.items()}
        return value

    def redact_any(self, text: str) -> str:
        """A journal value: JSON when it looks like JSON, else text."""
        stripped = text.lstrip()
        if stripped[:1] in ("{", "["):
            return self.redact_json(text)
        return self.redact(text)

    # bytes -----------------------------------------------------------------------------------
    def needles(self) -> set[bytes]:
        """Every spelling to look for in a file's bytes (ASCII case ignored): as typed, upper
        and lower case, composed and decomposed, and folded."""
        variants: set[str] = set()
        for spelling in self.spellings:
            for form in (spelling, spelling.lower(), spelling.upper(), spelling.title()):
                variants.add(unicodedata.normalize("NFC", form))
                variants.add(unicodedata.normalize("NFD", form))
            variants.add(fold(spelling))
        return {v.encode("utf-8").lower() for v in variants if v}


def _letter_classes() -> dict[str, str]:
    """Each base letter and the accented letters that fold to it (Latin-1 and Latin
    Extended-A and B, both cases), as the inside of a regex character class."""
    classes: dict[str, set[str]] = {}
    for code in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250)]:
        char = chr(code)
        base = fold(char)
        if len(base) == 1 and base.isalpha():
            classes.setdefault(base, {base}).add(char)
    return {base: "".join(sorted(chars)) for base, chars in classes.items()}


_CLASSES = _letter_classes()


def _letter(c: str) -> str:
    return f"[{re.escape(_CLASSES.get(c, c))}][\\u0300-\\u036f]*" if c.isalpha() else re.escape(c)


# Letters that fold to two (ligatures): the probe accepts either spelling.
_LIGATURES = {"oe": "œŒ", "ae": "æÆ", "ss": "ßẞ", "fi": "ﬁ", "fl": "ﬂ"}


def _word_probe(word: str) -> str:
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _LIGATURES:
            out.append(f"(?:{_letter(pair[0])}{_letter(pair[1])}|[{_LIGATURES[pair]}])")
            i += 2
        else:
            out.append(_letter(word[i]))
            i += 1
    return "".join(out)


def _probe_for(words: list[str]) -> re.Pattern[str] | None:
    """A regex finding any of ``words`` whatever its accents, case and ligatures (decomposed
    accents allowed after each letter), so most texts are never folded."""
    parts = [_word_probe(word) for word in words]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


# A needle counts as a whole word: no ASCII letter or digit, and no byte of a UTF-8 letter,
# right before or after it (« Léa » is not counted inside « nucléaire »).
_WORD_BYTES = frozenset(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
) | frozenset(range(0x80, 0x100))
_CHUNK = 16 * 1024 * 1024


def _count(block: bytes, needles: list[bytes], lo: int, hi: int, at_end: bool) -> int:
    """Whole-word occurrences starting in ``block[lo:hi]`` (``block`` lower-cased)."""
    total = 0
    for needle in needles:
        i = block.find(needle, lo)
        while i != -1 and i < hi:
            j = i + len(needle)
            left = i == 0 or block[i - 1] not in _WORD_BYTES
            right = (j == len(block) and at_end) or (j < len(block) and block[j] not in _WORD_BYTES)
            total += left and right
            i = block.find(needle, i + 1)
    return total


def count_in_bytes(data: bytes, needles: set[bytes]) -> int:
    """Whole-word occurrences of any needle (ASCII case ignored) in ``data``."""
    low = [n.lower() for n in needles]
    return _count(data.lower(), low, 0, len(data), True) if low else 0


def count_in_file(path: Path, needles: set[bytes]) -> int:
    """Whole-word occurrences of any needle in the file's raw bytes, read in chunks (a 440 MB
    file is never held in memory); the chunks overlap so no occurrence is missed or counted
    twice."""
    if not needles or not path.exists():
        return 0
    low = [n.lower() for n in needles]
    longest = max(len(n) for n in low)
    total, carry = 0, b""
    with path.open("rb") as f:
        chunk = f.read(_CHUNK)
        while chunk:
            following = f.read(_CHUNK)
            block = carry + chunk.lower()
            lo = max(0, len(carry) - longest)
            hi = len(block) if not following else len(block) - longest
            total += _count(block, low, lo, hi, not following)
            carry = block[-(longest + 1) :]
            chunk = following
    return total
