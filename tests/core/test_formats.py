"""French display of stored values, and the reverse for what officers type."""

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from municipaless.core.formats import (
    format_count,
    format_date,
    format_datetime,
    format_money,
    format_percent,
    format_phone,
    format_siren,
    format_siret,
    parse_date,
    parse_money,
    parse_utc_iso,
    utc_now_iso,
)

NNBSP = "\u202f"  # babel's French group separator, kept on purpose
NBSP = "\u00a0"

# --- Dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("26/11/2026", "2026-11-26"),
        ("1/2/2026", "2026-02-01"),
        ("01-02-2026", "2026-02-01"),
        ("01.02.2026", "2026-02-01"),
        (" 29/02/2024 ", "2024-02-29"),
        ("2026-11-26", "2026-11-26"),
        ("01/01/1890", "1890-01-01"),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "demain",
        "31/02/2026",
        "29/02/2025",
        "00/01/2026",
        "13/13/2026",
        "26/11/26",
        "26/11-2026",
        "01/01/0226",
        "2026-1-5",
        "2026/11/26",
        "26 11 2026",
        "١/٢/٢٠٢٦",
    ],
)
def test_parse_date_refuses_nonsense(text):
    assert parse_date(text) is None


def test_format_date():
    assert format_date("2026-11-26") == "26/11/2026"
    assert format_date("2026-02-01") == "01/02/2026"
    assert format_date(None) == ""
    assert format_date("") == ""


def test_format_date_shows_unexpected_values_as_stored():
    assert format_date("26/11/2026") == "26/11/2026"
    assert format_date("2026-02-30") == "2026-02-30"


def test_date_round_trip():
    assert parse_date(format_date("2031-07-14")) == "2031-07-14"


# --- Timestamps ---------------------------------------------------------------------------------


def test_utc_now_iso_shape_and_value():
    stamp = utc_now_iso()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)
    delta = datetime.now(UTC) - datetime.fromisoformat(stamp)
    assert timedelta(0) <= delta < timedelta(seconds=5)


def test_utc_stamps_sort_as_text():
    assert "2026-11-26T09:59:59Z" < "2026-11-26T10:00:00Z" < "2027-01-01T00:00:00Z"


def test_parse_utc_iso_forms():
    expected = datetime(2026, 11, 26, 9, 32, 5, tzinfo=UTC)
    assert parse_utc_iso("2026-11-26T09:32:05Z") == expected
    assert parse_utc_iso("2026-11-26T09:32:05+00:00") == expected
    assert parse_utc_iso("2026-11-26T10:32:05+01:00") == expected
    assert parse_utc_iso("2026-11-26T09:32:05") == expected
    assert parse_utc_iso("hier") is None
    assert parse_utc_iso(None) is None


PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    ("stamp", "shown"),
    [
        ("2026-11-26T09:32:00Z", "26/11/2026 à 10 h 32"),  # winter: UTC+1
        ("2026-07-14T08:05:00Z", "14/07/2026 à 10 h 05"),  # summer: UTC+2
        ("2026-12-31T23:30:00Z", "01/01/2027 à 0 h 30"),  # the local date can change
    ],
)
def test_format_datetime_in_paris(stamp, shown):
    assert format_datetime(stamp, PARIS) == shown


def test_format_datetime_fixed_offset_and_default_zone():
    assert format_datetime("2026-11-26T09:32:00Z", timezone(timedelta(hours=4))) == (
        "26/11/2026 à 13 h 32"
    )
    assert re.fullmatch(r"\d\d/\d\d/\d{4} à \d{1,2} h \d\d", format_datetime(utc_now_iso()))


def test_format_datetime_missing_or_damaged():
    assert format_datetime(None) == ""
    assert format_datetime("n'importe quoi") == "n'importe quoi"


# --- Money --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (1_250_000, f"12{NNBSP}500{NBSP}€"),
        (1_250_050, f"12{NNBSP}500,50{NBSP}€"),
        (5, f"0,05{NBSP}€"),
        (0, f"0{NBSP}€"),
        (-3_000, f"-30{NBSP}€"),
        (123_456_789_00, f"123{NNBSP}456{NNBSP}789{NBSP}€"),
    ],
)
def test_format_money(cents, shown):
    assert format_money(cents) == shown


def test_format_money_always_cents_and_none():
    assert format_money(1_250_000, always_cents=True) == f"12{NNBSP}500,00{NBSP}€"
    assert format_money(None) == ""


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12 500,50 €", 1_250_050),
        ("12500.5", 1_250_050),
        ("12 500", 1_250_000),
        ("12500", 1_250_000),
        (f"12{NNBSP}500,50{NBSP}€", 1_250_050),
        ("12\u00a0500 EUR", 1_250_000),
        ("30 euros", 3_000),
        ("€ 30", 3_000),
        ("0,5", 50),
        (",5", 50),
        ("12,05", 1_205),
        ("1.234.567", 123_456_700),
        ("1 234 567,89", 123_456_789),
        ("1.234,56", 123_456),
        ("1,234.56", 123_456),
        ("1,234,567", 123_456_700),
        ("-30", -3_000),
        ("\u221230,50 €", -3_050),
        ("+30", 3_000),
        ("0", 0),
    ],
)
def test_parse_money(text, cents):
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "douze",
        "€",
        "12,505",  # three decimals
        "1.500",  # 1 500 € or 1,50 €? refused rather than guessed
        "12,500",
        "12 50",  # malformed groups
        "1 2345",
        "1.234,567",
        "1,234,56",
        "12..5",
        "--5",
        "1e5",
        "12 500,50 € 3",
        "99999999999999999",
    ],
)
def test_parse_money_refuses_what_it_cannot_read_with_certainty(text):
    assert parse_money(text) is None


@pytest.mark.parametrize("cents", [0, 5, 99, 100, 1_250_000, 1_250_050, -3_050, 10**12])
def test_money_round_trip(cents):
    assert parse_money(format_money(cents)) == cents
    assert parse_money(format_money(cents, always_cents=True)) == cents


# --- Counts and percentages ---------------------------------------------------------------------


def test_format_count():
    assert format_count(1234) == f"1{NNBSP}234"
    assert format_count(12) == "12"
    assert format_count(0) == "0"
    assert format_count(None) == ""


@pytest.mark.parametrize(
    ("ratio", "digits", "shown"),
    [
        (0.42, 0, f"42{NBSP}%"),
        (0.425, 0, f"43{NBSP}%"),
        (0.4256, 1, f"42,6{NBSP}%"),
        (1, 0, f"100{NBSP}%"),
        (0, 0, f"0{NBSP}%"),
        (12.5, 0, f"1{NNBSP}250{NBSP}%"),
    ],
)
def test_format_percent(ratio, digits, shown):
    assert format_percent(ratio, digits) == shown


def test_format_percent_none():
    assert format_percent(None) == ""


# --- Identifiers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+33123456789", "01 23 45 67 89"),
        ("+33612345678", "06 12 34 56 78"),
        ("+262262123456", "0262 12 34 56"),  # as La Réunion writes it
        ("+442079460958", "+44 20 7946 0958"),
        ("+16502530000", "+1 650-253-0000"),
        ("", ""),
        (None, ""),
        ("pas un numéro", "pas un numéro"),
    ],
)
def test_format_phone(e164, shown):
    assert format_phone(e164) == shown


def test_format_siret_and_siren():
    assert format_siret("73282932000074") == "732 829 320 00074"
    assert format_siren("732829320") == "732 829 320"
    assert format_siret("123") == "123"
    assert format_siren(None) == ""


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_count_agrees_with_babel(n):
    from babel.numbers import format_decimal

    from municipaless.core.formats import LOCALE, format_count

    assert format_count(n) == format_decimal(n, locale=LOCALE)


def test_format_count_keeps_a_decimal_when_there_is_one():
    from municipaless.core.formats import format_count

    assert format_count(4.6) == "4,6"
    assert format_count(12345.5) == "12\u202f345,5"
    assert format_count(4.0) == "4"
