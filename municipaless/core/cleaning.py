"""Text hygiene: what a text field may hold once it is in the territory file.

Officers paste from Word (Shift+Enter arrives as a vertical tab), from PDFs and web pages (NUL,
form feeds, C1 controls) and import files in broken encodings (lone surrogates). None of these
can be written to XML, so the DOCX/XLSX/ODT exports would fail long after the paste. Every text
is therefore cleaned once, on its way into the file (``storage`` calls :func:`clean_field` for
every value it writes), so imports and every service benefit:

* NUL and the C0/C1 control characters are removed, except tab and newline;
* a vertical tab, a form feed, CR LF, a lone CR and the Unicode line/paragraph separators
  become a newline;
* a lone surrogate becomes U+FFFD (a valid pair is joined into its character);
* U+FFFE and U+FFFF, which XML forbids, are removed;
* the length is limited per field (:data:`LIMITS`), refused with a French message rather than
  cut silently.
"""

from __future__ import annotations

import re
from typing import Any

from municipaless.core.i18n import _

NAME_LIMIT = 300
LINE_LIMIT = 2_000
TEXT_LIMIT = 100_000

# One table: every text field not named here is free text (notes, descriptions, minutes).
LIMITS: dict[str, int] = {
    **dict.fromkeys(
        (
            "name",
            "title",
            "acronym",
            "first_name",
            "last_name",
            "civility",
            "label",
            "service",
            "what",
            "subject",
            "presenter",
            "place",
            "free_name",
            "represented_by",
            "owner_text",
            "role",
            "referent",
            "scheme",
            "number",
            "reference",
            "code",
        ),
        NAME_LIMIT,
    ),
    **dict.fromkeys(
        ("address", "email", "phone", "mobile", "website", "visio_url", "consent_how"),
        LINE_LIMIT,
    ),
}

# Anything that needs work; most texts match nothing and cost one regex scan.
_NEEDS_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class TextTooLong(ValueError):
    """A text over its field's limit; ``message`` is French and names no internals."""

    def __init__(self, field: str, length: int, limit: int):
        self.field = field
        self.length = length
        self.limit = limit
        self.message = _(
            "Ce texte est trop long : {length} caractères pour {limit} au "
            "plus. Raccourcissez-le ou joignez le document complet en fichier."
        ).format(length=_number(length), limit=_number(limit))
        super().__init__(self.message)


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def clean_text(text: str) -> str:
    """``text`` without controls, with newlines normalised and no lone surrogate."""
    # isprintable() is false for every character the regex looks for (and for a few more,
    # e.g. newlines): a quick C-level check first, the imports clean 10 texts per row
    if text.isprintable() or not _NEEDS_WORK.search(text):
        return text
    if _SURROGATE.search(text):
        # joins a valid pair into its character, replaces a lone one with U+FFFD
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _DROPPED.sub("", _NEWLINES.sub("\n", text))


def limit_for(field: str) -> int:
    return LIMITS.get(field, TEXT_LIMIT)


def clean_field(field: str, value: Any, *, check_length: bool = True) -> Any:
    """``value`` cleaned for ``field``: strings, and strings inside lists and dicts (JSON
    fields such as a minutes snapshot). Raises :class:`TextTooLong` over the field's limit
    (unless ``check_length`` is false: a value already stored is compared, not refused)."""
    if isinstance(value, str):
        value = clean_text(value)
        limit = LIMITS.get(field, TEXT_LIMIT)
        if check_length and len(value) > limit:
            raise TextTooLong(field, len(value), limit)
        return value
    if isinstance(value, (list, tuple)):
        return type(value)(clean_field(field, item, check_length=check_length) for item in value)
    if isinstance(value, dict):
        return {
            clean_text(k) if isinstance(k, str) else k: clean_field(
                k if isinstance(k, str) else field, v, check_length=check_length
            )
            for k, v in value.items()
        }
    return value
