"""Text folding shared by the search index and duplicate detection.

FTS5's ``remove_diacritics`` does not fold ligatures (KNOWN-TRAPS 2), so every text is folded
here first, both when indexed and when queried, and the two always agree.
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
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]")


def fold(text: str | None) -> str:
    """Lower-case, unaccented, ligature-free words separated by single spaces."""
    if not text:
        return ""
    text = text.translate(_LIGATURES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _NON_WORD.sub(" ", text.lower())
    return _SPACES.sub(" ", text).strip()
