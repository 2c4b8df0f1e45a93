"""Text folding shared by the search index and duplicate detection.

FTS5's ``remove_diacritics`` does not fold ligatures (docs/known-traps.md#2), so every text is
folded here first, both when indexed and when queried, and the two always agree.
"""

import re
import unicodedata

_LIGATURES = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ẞ": "SS",
        "ﬁ": "fi",
        "ﬂ": "fl",
        # apostrophes, hyphens and dashes all separate words
        "'": " ",
        "’": " ",
        "‘": " ",
        "ʼ": " ",
        "`": " ",
        "´": " ",
        "-": " ",
        "‐": " ",
        "‑": " ",
        "‒": " ",
        "–": " ",
        "—": " ",
        "_": " ",
    }
)
# Combining marks left by NFKD decomposition (accents, cedillas, dots above).
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATORS = re.compile(r"[\W_]+")


def fold(text: str | None) -> str:
    """Lower-case, unaccented, ligature-free words separated by single spaces.

    Regexes rather than a per-character loop: indexing the large demo folds 240,000 texts.
    """
    if not text:
        return ""
    text = text.translate(_LIGATURES).lower()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _SEPARATORS.sub(" ", text).strip()


def sort_key(text: str | None) -> tuple[str, str]:
    """The French order of names: folded (accents, case, ligatures, apostrophes) first, then
    the original as the tie-break, so « Département » sorts before « DREETS » and « Eglise »
    and « Église » always come in the same order. SQL sorts the same way (``fr_key`` and the
    ``FR`` collation registered by storage/territory_file.py); lists sorted in Python use
    this key."""
    return (fold(text), text or "")
