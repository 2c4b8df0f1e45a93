"""Every spelling of a date the field accepts, and what it refuses, on a fixed ``today``."""

from datetime import date, time

import pytest

from municipaless.core.date_input import (
    describe,
    parse_french_date,
    parse_french_datetime,
    parse_time,
)

TODAY = date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("01/09/2026", date(2026, 9, 1)),
        ("1/9/2026", date(2026, 9, 1)),
        ("1/9/26", date(2026, 9, 1)),
        ("01-09-2026", date(2026, 9, 1)),
        ("01.09.2026", date(2026, 9, 1)),
        ("01 09 2026", date(2026, 9, 1)),
        ("01092026", date(2026, 9, 1)),
        ("010926", date(2026, 9, 1)),
        ("0109", date(2026, 9, 1)),
        ("1/9", date(2026, 9, 1)),
        ("2026-09-01", date(2026, 9, 1)),
        ("  2026-9-1 ", date(2026, 9, 1)),
        ("1 sept", date(2026, 9, 1)),
        ("1 sept.", date(2026, 9, 1)),
        ("1 sept. 26", date(2026, 9, 1)),
        ("1er septembre 2026", date(2026, 9, 1)),
        ("1ER SEPTEMBRE 2026", date(2026, 9, 1)),
        ("le 1er septembre", date(2026, 9, 1)),
        ("mardi 1er septembre 2026", date(2026, 9, 1)),
        ("3 févr", date(2026, 2, 3)),
        ("3 fevrier 2027", date(2027, 2, 3)),
        ("3 fév 2027", date(2027, 2, 3)),
        ("15 août", date(2026, 8, 15)),
        ("15 aout 2025", date(2025, 8, 15)),
        ("25 déc", date(2026, 12, 25)),
        ("25 dec 2026", date(2026, 12, 25)),
        ("2 janv 2027", date(2027, 1, 2)),
        ("14 juil", date(2026, 7, 14)),
        ("12/05/89", date(1989, 5, 12)),
        ("12/05/69", date(2069, 5, 12)),
        ("12/05/70", date(1970, 5, 12)),
        ("aujourd'hui", TODAY),
        ("Aujourd’hui", TODAY),
        ("auj", TODAY),
        ("demain", date(2026, 12, 5)),
        ("après-demain", date(2026, 12, 6)),
        ("hier", date(2026, 12, 3)),
        ("lundi prochain", date(2026, 12, 7)),
        ("vendredi prochain", date(2026, 12, 11)),
        ("lundi dernier", date(2026, 11, 30)),
    ],
)
def test_accepted(typed, expected):
    assert parse_french_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        None,
        "31/02/2026",
        "29/02/2026",
        "32/01/2026",
        "01/13/2026",
        "31022026",
        "01/01/0226",
        "1 truc",
        "31 juin",
        "2026",
        "123",
        "lundi",
        "01/09-2026",
        "demain matin",
    ],
)
def test_refused(typed):
    assert parse_french_date(typed, TODAY) is None


def test_leap_day_only_in_leap_years():
    assert parse_french_date("29/02/2028", TODAY) == date(2028, 2, 29)
    assert parse_french_date("29 févr", date(2028, 1, 1)) == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9h", time(9, 0)),
        ("9h30", time(9, 30)),
        ("9 h 30", time(9, 30)),
        ("14:00", time(14, 0)),
        ("14 heures", time(14, 0)),
        ("24h", None),
        ("9h75", None),
        ("9", None),
        ("midi", None),
    ],
)
def test_times(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/05/2026 14:30", (date(2026, 5, 12), time(14, 30))),
        ("2026-05-12T14:30", (date(2026, 5, 12), time(14, 30))),
        ("demain 9h", (date(2026, 12, 5), time(9, 0))),
        ("1 sept à 14h30", (date(2026, 9, 1), time(14, 30))),
        ("01092026, 9h", (date(2026, 9, 1), time(9, 0))),
        ("1 sept", (date(2026, 9, 1), None)),
        ("12/05/2026 25:00", None),
        ("31/02/2026 9h", None),
        ("9h", None),
    ],
)
def test_date_and_time(typed, expected):
    assert parse_french_datetime(typed, TODAY) == expected


def test_describe_reads_back():
    assert describe(date(2026, 9, 1)) == "mardi 1er septembre 2026"
    assert describe(date(2026, 12, 25)) == "vendredi 25 décembre 2026"
    assert parse_french_date(describe(date(2027, 3, 8)), TODAY) == date(2027, 3, 8)
