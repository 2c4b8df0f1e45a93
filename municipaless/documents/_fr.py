"""French display of cell values for the text formats (docx, odt, pdf, chart labels, csv).

Money and counts are the app-wide ``core.formats``; what is here is specific to documents.
babel gives the real fr_FR conventions: U+202F (narrow no-break space) as
thousands separator and U+00A0 before ``€`` and ``%``, so a figure never wraps across lines.
"""

from __future__ import annotations

import datetime as dt
import re

from babel.numbers import format_decimal

from municipaless.core import formats
from municipaless.core.wording import is_town

from .model import NUMERIC_KINDS, Value
from .table_layout import tokens

LOCALE = "fr_FR"
NBSP = "\u00a0"


money = formats.format_money
count = formats.format_count


def percent(fraction: float) -> str:
    """``0.42`` -> ``"42 %"``, ``0.425`` -> ``"42,5 %"``."""
    return format_decimal(fraction * 100, format="#,##0.#", locale=LOCALE) + NBSP + "%"


def territory_label(name: str) -> str:
    """The cover's label for the territory: « Commune » for a town (« Privas »), « Collectivité »
    for a body named with its article (« Communauté d'agglomération Privas Centre Ardèche »,
    « Ville de Paris »), whose letters and bilans would otherwise be signed by a « Commune »."""
    return "Commune" if is_town(name) else "Collectivité"


def lead(label: str) -> str:
    """A cover line's label: « Commune : » (no-break space before the colon), but « Document
    établi le » with no colon, as French writes it."""
    return f"{label} " if label.endswith(" le") else f"{label}{NBSP}: "


def change(fraction: float) -> str:
    """A signed relative change, rounded to the unit: ``0.04`` -> ``"+4 %"``, ``-0.1`` ->
    ``"−10 %"`` (U+2212, the typographic minus of a printed page; the spreadsheets and the
    CSV write real numbers instead), ``0`` -> ``"0 %"``."""
    shown = formats.format_percent(abs(fraction))
    if shown.startswith("0" + NBSP):
        return shown
    return ("+" if fraction > 0 else "\u2212") + shown


def decimal(value: float) -> str:
    """One decimal, French: ``21.4`` -> ``"21,4"``, ``1234.0`` -> ``"1 234,0"``."""
    return format_decimal(value, format="#,##0.0", locale=LOCALE).replace("\u00a0", "\u202f")


def to_date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def date(value: str | dt.date) -> str:
    return formats.format_date(to_date(value).isoformat())


def long_date(value: str | dt.date) -> str:
    """« 26 novembre 2026 » for a writer's own sentences, its words held together."""
    return formats.format_long_date(to_date(value)).replace(" ", NBSP)


def cell(value: Value, kind: str) -> str:
    """Display text of one value of the given kind; ``None`` is an empty string."""
    if value is None:
        return ""
    if isinstance(value, str) and kind in NUMERIC_KINDS:
        return value  # a masked value ("< 3"), see model.py
    if kind == "money":
        return money(int(value))
    if kind == "count":
        return count(value)
    if kind == "percent":
        return percent(float(value))
    if kind == "change":
        return change(float(value))
    if kind == "decimal":
        return decimal(float(value))
    if kind == "date":
        return date(value)
    return str(value)


def axis(value: float, kind: str, top: float = 0) -> str:
    """Short tick label for a chart axis: money (cents) in euros, or in k€ for the whole axis
    when its ``top`` tick reaches 10 000 €, so one axis never mixes the two."""
    if kind in ("percent", "change"):
        return percent(value)
    if kind == "money":
        euros = value / 100
        if abs(top) >= 1_000_000:
            return format_decimal(euros / 1000, format="#,##0.#", locale=LOCALE) + NBSP + "k€"
        return format_decimal(euros, format="#,##0", locale=LOCALE) + NBSP + "€"
    return format_decimal(value, format="#,##0.#", locale=LOCALE)


def text_lines(text: str, per_line: float) -> int:
    """How many lines ``text`` takes wrapped at spaces in ``per_line`` characters: the
    spreadsheets size their rows with it, as LibreOffice does not always (7.4: not in xlsx,
    not after a break at a hyphen in ods)."""
    count = 0
    for para in text.split("\n"):
        width = 0
        count += 1
        for word in para.split(" "):
            if width and width + 1 + len(word) > per_line:
                count, width = count + 1, len(word)
            else:
                width += (1 if width else 0) + len(word)
    return count


def column_weights(columns, rows, totals=None, sample: int = 200) -> list[float]:
    """Relative column widths from the displayed text (header, first rows, totals).

    The spreadsheet formats size their columns with it (the page formats measure with
    ``table_layout``). Long text is capped so one verbose note column cannot squeeze the
    figures, but never below the column's longest unbreakable token (a phone number, a date).
    """
    picked = list(rows[:sample]) + ([totals] if totals is not None else [])
    weights = []
    for i, col in enumerate(columns):
        if getattr(col, "width", None):
            weights.append(float(col.width))
            continue
        texts = [cell(r[i], col.kind) for r in picked]
        longest = max((len(t) for t in texts), default=0)
        token = max((len(w) for t in texts for w in tokens(t, col.kind)), default=0)
        header = max((len(w) for w in tokens(col.header)), default=0)
        weights.append(float(max(min(max(longest, 4), 40), token, header)))
    return weights


# Words a tab name can lose first without losing its meaning (stripped when too long).
_SMALL_WORDS = {"de", "des", "du", "d'", "la", "le", "les", "l'", "et", "en", "à", "au", "aux"}
_SMALL_WORDS |= {"par", "pour", "sur", "un", "une"}


def _abbreviate(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut at words: first without its small words
    (« de », « la »…), then its last words dropped behind an ellipsis; never mid-word unless
    the first word alone is too long."""
    if len(text) <= limit:
        return text
    words = text.split()
    kept = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS]
    short = " ".join(kept)
    if len(short) <= limit:
        return short
    while len(kept) > 1 and len(" ".join(kept)) + 1 > limit:
        kept.pop()
    short = " ".join(kept).rstrip(" -—–,;:(")
    return (short[: limit - 1] if len(short) + 1 > limit else short) + "…"


def sheet_name(title: str, taken: set[str]) -> str:
    """Excel tab names: 31 characters, none of ``[]:*?/\\``, unique case-insensitively;
    a long title is abbreviated at words (:func:`_abbreviate`), not cut mid-word."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title)
    base = re.sub(r"\s+", " ", base).strip(" '") or "Feuille"
    name, i = _abbreviate(base, 31), 2
    lowered = {t.lower() for t in taken}
    while name.lower() in lowered:
        suffix = f" ({i})"
        name, i = _abbreviate(base, 31 - len(suffix)) + suffix, i + 1
    taken.add(name)
    return name


def tab_title(block) -> str:
    """What a spreadsheet names the tab of a table (its short name) or of a chart (« Graph. »
    and its title, so the reader knows which chart it holds)."""
    if hasattr(block, "short_name"):
        return block.short_name
    return "Graph. " + block.title
