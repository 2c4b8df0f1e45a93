"""Leading zeros a spreadsheet dropped from codes, put back only when that is certain.

Excel reads ``01000`` (Bourg-en-Bresse) as the number 1000 (docs/known-traps.md#10). Postcodes and
INSEE codes of the départements 01 to 09 all lose one zero this way, and only one: no postcode
starts with ``00`` and INSEE codes have five characters. A four-digit value becomes ``0`` + it
when that code exists in the reference list the caller passes (La Poste's postcodes, INSEE's
communes), and stays as it is otherwise, for the checks to report. The lists are parameters so
this module stays pure.
"""

import re
from collections.abc import Container

_SPREADSHEET_NUMBER = re.compile(r"^(\d+)(?:[.,]0+)?$")


def restore_zero(text: str | None, known: Container[str], width: int = 5) -> tuple[str, bool]:
    """``(value, restored)``: ``("01000", True)`` for ``"1000"`` when ``"01000"`` is known.

    ``"1000.0"`` and ``"1000,0"`` (a number shown with decimals) count as ``"1000"``.
    """
    raw = re.sub(r"[\s\u00a0\u202f]+", "", text or "")
    match = _SPREADSHEET_NUMBER.match(raw)
    if not match:
        return raw, False
    digits = match.group(1)
    if len(digits) == width - 1:
        fixed = "0" + digits
        if fixed in known:
            return fixed, True
    return digits, False  # "01000.0" is simply "01000"
