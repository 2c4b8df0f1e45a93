"""Reading printed text back as typed: the French typography's characters made plain, so a
test looks for « P-2026-0001 » or « 06 12 34 56 78 » (and for their ABSENCE in an anonymised
document: a phone joined by no-break spaces must still be found if it leaked). Qt's printing
sets « fi » and « fl » as ligatures, read back as one character each."""

from __future__ import annotations

PLAIN = str.maketrans(
    {"\u2011": "-", "\u00a0": " ", "\u202f": " ", "\u2019": "'", "\ufb01": "fi", "\ufb02": "fl"}
)


def plain(text: str) -> str:
    return text.translate(PLAIN)
