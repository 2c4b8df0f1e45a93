"""Dates and times as officers type them, read relative to a given ``today``.

« 01092026 », « 1/9/26 », « 1 sept », « 1er septembre 2026 », « aujourd'hui », « demain »,
« lundi prochain »: whatever a French officer types into a date field becomes a ``date``, or
``None`` when it cannot be read with certainty (``31/02/2026``, « 1 truc »). No guessing
between day and month: the day always comes first, except in ISO ``2026-09-01``.

Choices:
- a day and month without a year (« 1 sept », « 1/9 ») is in ``today``'s year, even when that
  day has passed: a follow-up log is written about past days as often as future ones, and the
  field shows the full date at once, so a wrong year is seen and fixed;
- a two-digit year 00–69 is 20xx, 70–99 is 19xx (« 1/9/26 » is 2026, a structure founded
  « 12/05/89 » is 1989);
- years outside 1800–2199 are refused (a typo such as « 01/01/0226 »).

Pure functions, no Qt: the form's date field and its tests share them.
"""

import re
from datetime import date, time, timedelta

from municipaless.core.formats import date_or_none, format_long_date
from municipaless.core.text import fold

# Folded month spellings (full, usual abbreviations, common slips) -> month number.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "janvier janv jan",
        "fevrier fevr fev fevrie",
        "mars mar",
        "avril avr av",
        "mai",
        "juin",
        "juillet juil jul",
        "aout aou",
        "septembre sept sep",
        "octobre oct",
        "novembre nov",
        "decembre dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_RELATIVE = {
    "aujourd hui": 0,
    "auj": 0,
    "aujourdhui": 0,
    "ajd": 0,
    "demain": 1,
    "apres demain": 2,
    "hier": -1,
    "avant hier": -2,
}

_NUMERIC = re.compile(r"^(\d{1,2})\s*([/.\-\s])\s*(\d{1,2})(?:\s*\2\s*(\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})(?:er|e)?\s+([a-z]+)\.?(?:\s+(\d{2}|\d{4}))?$")
_LEADING = re.compile(r"^(?:le\s+)?(?:(?:" + "|".join(_WEEKDAYS) + r")\s+)?")
_TIME = re.compile(r"^(\d{1,2})\s*(?:[h:]\s*(\d{2})?|\s*heures?(?:\s*(\d{2}))?)$")


def _year(text: str | None, today: date) -> int:
    if text is None:
        return today.year
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _digits_only(text: str, today: date) -> date | None:
    """``01092026``, ``010926``, ``0109`` (this year)."""
    if len(text) == 8:
        return date_or_none(int(text[4:]), int(text[2:4]), int(text[:2]))
    if len(text) == 6:
        return date_or_none(_year(text[4:], today), int(text[2:4]), int(text[:2]))
    if len(text) == 4:
        return date_or_none(today.year, int(text[2:]), int(text[:2]))
    return None


def _weekday(words: str, today: date) -> date | None:
    """« lundi », « lundi prochain » (the next one, never today), « mardi dernier »."""
    parts = words.split()
    if not parts or parts[0] not in _WEEKDAYS or len(parts) > 2:
        return None
    if len(parts) == 1:
        return None  # « lundi » alone: the last one or the next one? Not guessed.
    target, when = _WEEKDAYS.index(parts[0]), parts[1]
    if when in ("prochain", "prochaine"):
        return today + timedelta(days=(target - today.weekday() - 1) % 7 + 1)
    if when == "dernier":
        return today - timedelta(days=(today.weekday() - target - 1) % 7 + 1)
    return None


def parse_french_date(text: str | None, today: date) -> date | None:
    """The date ``text`` means, read the French way (day first), or None when unsure."""
    raw = (text or "").strip().lower()
    if not raw:
        return None
    if raw.isdigit():
        return _digits_only(raw, today)
    if match := _ISO.match(raw):
        return date_or_none(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC.match(raw):
        return date_or_none(_year(match[4], today), int(match[3]), int(match[1]))
    words = fold(raw)
    if words in _RELATIVE:
        return today + timedelta(days=_RELATIVE[words])
    if (found := _weekday(words, today)) is not None:
        return found
    words = _LEADING.sub("", words)  # « le 1er sept », « mardi 1er septembre 2026 »
    if (match := _WORDS.match(words)) and match[2] in _MONTHS:
        return date_or_none(_year(match[3], today), _MONTHS[match[2]], int(match[1]))
    return None


def parse_time(text: str | None) -> time | None:
    """« 9h », « 9h30 », « 9 h 30 », « 14:00 », « 14 heures »; None when not a time of day."""
    raw = " ".join((text or "").strip().lower().split())
    match = _TIME.match(raw)
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2] or match[3] or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


_TRAILING_TIME = re.compile(
    r"^(?P<date>.*?)(?:\s*(?:,|à|a|\s)\s*|t)"
    r"(?P<time>\d{1,2}\s*(?:[h:]\s*(?:\d{2})?|heures?(?:\s*\d{2})?))$"
)


def parse_french_datetime(text: str | None, today: date) -> tuple[date, time | None] | None:
    """A date with an optional time after it: « 12/05/2026 14:30 », « demain 9h »,
    « 1 sept à 14h30 », ISO « 2026-05-12T14:30 »; None when the date cannot be read."""
    raw = " ".join((text or "").strip().lower().split())
    if not raw:
        return None
    if (alone := parse_french_date(raw, today)) is not None:
        return alone, None
    match = _TRAILING_TIME.match(raw)
    if not match:
        return None
    day = parse_french_date(match["date"], today)
    moment = parse_time(match["time"])
    if day is None or moment is None:
        return None
    return day, moment


def describe(day: date) -> str:
    """« mardi 1er septembre 2026 »: what the field confirms under a date once read."""
    return f"{_WEEKDAYS[day.weekday()]} {format_long_date(day)}"
