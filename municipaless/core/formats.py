"""French display of what the file stores, and the reverse for what officers type.

Storage keeps one unambiguous spelling (ISO dates, UTC timestamps, integer cents, E.164 phones);
everything here turns it into what a French reader expects and back. Numbers go through babel,
whose French grouping separator is the narrow no-break space U+202F: it is kept on purpose
(French typography), so every writer must be able to encode it (docs/known-traps.md#7 and #8).

Functions that display take ``None`` and return ``""``, so views never test for missing values.
Functions that parse return ``None`` for anything they cannot read with certainty.
"""

import re
from datetime import UTC, date, datetime, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_currency, format_decimal

LOCALE = "fr_FR"

# --- Dates and timestamps -----------------------------------------------------------------------

# Dates use fixed numeric patterns: babel's locale data would add nothing but start-up time.
_FR_DATE = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$", re.ASCII)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
# Wide enough for a coopérative founded in 1890, narrow enough to catch "01/01/0226".
_YEARS = range(1800, 2200)


def date_or_none(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (31/02) or its year is implausible."""
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None) -> str | None:
    """ISO ``YYYY-MM-DD`` from ``dd/mm/yyyy``, ``d/m/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` or ISO.

    Two-digit years are refused: "01/02/30" could be a birth year or a deadline.
    """
    raw = (text or "").strip()
    if match := _FR_DATE.match(raw):
        day, _, month, year = match.groups()
        parsed = date_or_none(int(year), int(month), int(day))
    elif match := _ISO_DATE.match(raw):
        year, month, day = match.groups()
        parsed = date_or_none(int(year), int(month), int(day))
    else:
        return None
    return parsed.isoformat() if parsed else None


def format_date(iso: str | None) -> str:
    """``dd/mm/yyyy``; a value that is not an ISO date is shown as stored rather than hidden."""
    if not iso:
        return ""
    match = _ISO_DATE.match(iso.strip())
    parsed = match and date_or_none(*(int(part) for part in match.groups()))
    if not parsed:
        return iso
    return f"{parsed.day:02d}/{parsed.month:02d}/{parsed.year:04d}"


_LOCAL_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})", re.ASCII)


def format_local_datetime(iso: str | None) -> str:
    """``dd/mm/yyyy hh:mm`` for a local date-time (a meeting's ``2024-01-04T09:00``), as the
    lists show it; a plain date as :func:`format_date`; anything else as stored."""
    if not iso:
        return ""
    match = _LOCAL_DATETIME.match(iso.strip())
    if not match:
        return format_date(iso)
    day = format_date(match.group(1))
    return f"{day} {match.group(2)}:{match.group(3)}" if day != match.group(1) else iso


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_long_date(value: str | date | None) -> str:
    """``3 décembre 2026``, ``1er mars 2026``: the date as a sentence writes it (tables keep
    ``dd/mm/yyyy``). The same words as babel's ``format="long"`` for fr_FR (a test checks),
    plus the ordinal « 1er » French usage wants, without loading babel's locale data.
    A value that is not an ISO date is shown as stored."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    parsed: date | None = value if isinstance(value, date) else None
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip()[:10])
        parsed = date_or_none(*(int(part) for part in match.groups())) if match else None
        if parsed is None:
            return value
    assert parsed is not None
    first = "1er" if parsed.day == 1 else str(parsed.day)
    return f"{first} {MONTHS[parsed.month - 1]} {parsed.year}"


def utc_now_iso() -> str:
    """Now, as every ``created_at`` / ``updated_at`` / journal time is stored.

    Chosen form: ``2026-11-26T09:32:05Z`` (UTC, whole seconds, ``Z``). Fixed width, so text order
    is time order in SQL; ``datetime.fromisoformat`` reads it back on Python 3.11+.
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc_iso(text: str | None) -> datetime | None:
    """An aware UTC datetime; a value without an offset is taken as UTC, as the app writes it."""
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def format_datetime(iso_utc: str | None, tz: tzinfo | None = None) -> str:
    """``26/11/2026 à 10 h 32`` in the machine's local time (or ``tz`` when given).

    The default goes through the operating system's clock settings, not a time-zone database,
    so it stays right on a Windows PC without the ``tzdata`` package.
    """
    moment = parse_utc_iso(iso_utc)
    if moment is None:
        return iso_utc or ""
    local = moment.astimezone(tz)
    return f"{local.day:02d}/{local.month:02d}/{local.year} à {local.hour} h {local.minute:02d}"


# --- Numbers and money --------------------------------------------------------------------------

_WHOLE_EUROS = "#,##0\u00a0¤"
_WITH_CENTS = "#,##0.00\u00a0¤"
# Beyond this an amount is a typo, and SQLite's 64-bit integers stay far away.
_MAX_CENTS = 10**15


def format_money(cents: int | None, *, always_cents: bool = False) -> str:
    """``12 500 €`` for whole euros, ``12 500,50 €`` otherwise; ``always_cents`` aligns tables."""
    if cents is None:
        return ""
    pattern = _WITH_CENTS if always_cents or cents % 100 else _WHOLE_EUROS
    return format_currency(
        Decimal(cents) / 100, "EUR", format=pattern, locale=LOCALE, currency_digits=False
    )


_CURRENCY = re.compile(r"^\s*(?:€|eur(?:os?)?)\s*|\s*(?:€|eur(?:os?)?)\s*$", re.IGNORECASE)
_ANY_SPACE = re.compile(r"\s+")
_GROUPED = re.compile(r"^\d{1,3}(?P<sep>[ .,'])\d{3}(?:(?P=sep)\d{3})*$")


def parse_money(text: str | None) -> int | None:
    """Integer cents from ``12 500,50 €``, ``12500.5``, ``12 500``, ``1.234,5``, ``-30``…

    A single separator followed by exactly three digits (``1.500``, ``12,500``) is refused:
    it reads as 1 500 € to some and 1,50 € to others, and a factor of a thousand on a
    financing amount must not slip through silently.
    """
    raw = _CURRENCY.sub("", (text or "").strip())
    negative = raw[:1] in ("-", "\u2212")
    if raw[:1] in ("-", "\u2212", "+"):
        raw = raw[1:].strip()
    raw = _ANY_SPACE.sub(" ", raw)
    if "," in raw and "." in raw:
        decimal_sep = "," if raw.rfind(",") > raw.rfind(".") else "."
    elif raw.count(",") == 1:
        decimal_sep = ","
    elif raw.count(".") == 1:
        decimal_sep = "."
    else:
        decimal_sep = None
    whole, fraction = raw.rpartition(decimal_sep)[::2] if decimal_sep else (raw, "")
    if not whole and not fraction:
        return None
    if fraction and not (len(fraction) <= 2 and fraction.isdigit() and fraction.isascii()):
        return None
    if whole and not (whole.isdigit() and whole.isascii()):
        grouped = _GROUPED.match(whole)
        if not grouped or grouped["sep"] == decimal_sep:
            return None
        whole = whole.replace(grouped["sep"], "")
    cents = int(whole or "0") * 100 + int(fraction.ljust(2, "0"))
    if cents >= _MAX_CENTS:
        return None
    return -cents if negative else cents


def format_count(n: float | None) -> str:
    """``1 234``, grouped the French way (narrow no-break space), as babel writes it.

    Without babel: its first call loads the locale data (~75 ms), which opening a file paid
    on the GUI thread for the dashboard's counts; a test checks both agree."""
    if n is None:
        return ""
    if isinstance(n, int) or float(n).is_integer():
        return f"{int(n):,}".replace(",", "\u202f")
    return format_decimal(n, locale=LOCALE)  # 4,6 (an effet levier): rare, never at opening


def format_percent(ratio: float | None, digits: int = 0) -> str:
    """``42 %`` from the ratio 0.42; halves round up (0.425 → 43 %), as readers expect."""
    if ratio is None:
        return ""
    step = Decimal(1).scaleb(-digits)
    value = (Decimal(str(ratio)) * 100).quantize(step, rounding=ROUND_HALF_UP)
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=LOCALE) + "\u00a0%"


# --- Identifiers --------------------------------------------------------------------------------

# Overseas départements dial like the mainland (0262…), so they are shown the national way too.
_NATIONAL_REGIONS = frozenset({"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF"})


def format_phone(e164: str | None) -> str:
    """``01 23 45 67 89`` for French numbers, ``+44 20 7946 0958`` for the others."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "FR")
    except phonenumbers.NumberParseException:
        return e164
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) in _NATIONAL_REGIONS
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def format_siret(digits: str | None) -> str:
    """``732 829 320 00074``: SIREN by threes, then the establishment number, as INSEE prints it."""
    if not digits:
        return ""
    if len(digits) != 14 or not digits.isdigit():
        return digits
    return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"


def format_siren(digits: str | None) -> str:
    """``732 829 320``."""
    if not digits:
        return ""
    if len(digits) != 9 or not digits.isdigit():
        return digits
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
