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

from .model import NUMERIC_KINDS, Value

LOCALE = "fr_FR"
NBSP = "\u00a0"


money = formats.format_money
count = formats.format_count


def percent(fraction: float) -> str:
    """``0.42`` -> ``"42 %"``, ``0.425`` -> ``"42,5 %"``."""
    return format_decimal(fraction * 100, format="#,##0.#", locale=LOCALE) + NBSP + "%"


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
    if kind == "date":
        return date(value)
    return str(value)


def axis(value: float, kind: str, top: float = 0) -> str:
    """Short tick label for a chart axis: money (cents) in euros, or in k€ for the whole axis
    when its ``top`` tick reaches 10 000 €, so one axis never mixes the two."""
    if kind == "percent":
        return percent(value)
    if kind == "money":
        euros = value / 100
        if abs(top) >= 1_000_000:
            return format_decimal(euros / 1000, format="#,##0.#", locale=LOCALE) + NBSP + "k€"
        return format_decimal(euros, format="#,##0", locale=LOCALE) + NBSP + "€"
    return format_decimal(value, format="#,##0.#", locale=LOCALE)


def column_weights(columns, rows, totals=None, sample: int = 200) -> list[float]:
    """Relative column widths from the displayed text (header, first rows, totals).

    Shared by the page formats so that a table's chunks, pages and formats agree. Long text is
    capped so one verbose note column cannot squeeze the figures.
    """
    picked = list(rows[:sample]) + ([totals] if totals is not None else [])
    weights = []
    for i, col in enumerate(columns):
        if getattr(col, "width", None):
            weights.append(float(col.width))
            continue
        longest = max((len(cell(r[i], col.kind)) for r in picked), default=0)
        header = max((len(w) for w in col.header.split()), default=0)
        weights.append(float(min(max(longest, header, 4), 40)))
    return weights


def sheet_name(title: str, taken: set[str]) -> str:
    """Excel tab names: 31 characters, none of ``[]:*?/\\``, unique case-insensitively."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title).strip(" '") or "Feuille"
    name, i = base[:31], 2
    while name.lower() in {t.lower() for t in taken}:
        suffix = f" ({i})"
        name, i = base[: 31 - len(suffix)] + suffix, i + 1
    taken.add(name)
    return name
