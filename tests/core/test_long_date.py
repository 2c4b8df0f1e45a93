"""Long dates for sentences: babel's words for fr_FR, plus « 1er »."""

import datetime as dt

from babel.dates import format_date

from municipaless.core.formats import format_long_date


def test_every_month_matches_babel_and_the_first_is_1er():
    for month in range(1, 13):
        day = dt.date(2026, month, 3)
        assert format_long_date(day) == format_date(day, format="long", locale="fr_FR")
        first = dt.date(2026, month, 1)
        assert format_long_date(first) == "1er " + format_date(first, "MMMM y", locale="fr_FR")


def test_iso_text_datetime_and_what_is_not_a_date():
    assert format_long_date("2026-12-03") == "3 décembre 2026"
    assert format_long_date("2026-03-01T14:30:00") == "1er mars 2026"
    assert format_long_date(dt.datetime(2026, 8, 15, 9, 0)) == "15 août 2026"
    assert format_long_date("") == "" and format_long_date(None) == ""
    assert format_long_date("bientôt") == "bientôt"
    assert format_long_date("2026-02-30") == "2026-02-30"
