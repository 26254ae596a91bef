"""Weeks, fortnights and days counted inside a period: "week 3 of 2027", "3rd week of Jan",
"the next fortnight", "the 15th day of next month"."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2018, 7, 2)  # a Monday


def found(lang: str, text: str, ref: date = REF) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, ref)]


# an ISO week number of a named or relative year (German and Russian write it otherwise)
WEEK_OF_A_YEAR = [
    ("en", "Show sales in the week 3 of 2027.", "week 3 of 2027"),
    ("fr", "Les ventes de la semaine 3 de 2027.", "semaine 3 de 2027"),
    ("es", "Las ventas de la semana 3 de 2027.", "semana 3 de 2027"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), WEEK_OF_A_YEAR)
def test_a_week_number_of_a_year(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2027-01-18", "2027-01-24")]


def test_week_numbers_of_a_relative_year_and_what_is_a_count() -> None:
    assert found("en", "Show sales in the week 27 of last year.") == [
        ("week 27 of last year", "2017-07-03", "2017-07-09")
    ]
    assert found("en", "In week 3 of the war, shelling rose.") == []


def test_an_ordinal_week_written_in_digits() -> None:
    assert found("en", "How about 3rd week of 2018?") == [
        ("3rd week of 2018", "2018-01-15", "2018-01-21")
    ]
    # the construction is the month's cue: an abbreviation needs no other
    assert found("en", "How about 3rd week of Jan?") == [
        ("3rd week of Jan", "2018-01-15", "2018-01-21")
    ]


FORTNIGHTS = [
    (
        "The same story played out a fortnight later.",
        "a fortnight later",
        "2021-06-03",
        "2021-06-03",
    ),
    ("We hope to leave in a fortnight.", "in a fortnight", "2021-06-03", "2021-06-03"),
    ("We hope to leave in the next fortnight.", "next fortnight", "2021-05-31", "2021-06-13"),
    ("Infections rose over the past fortnight.", "past fortnight", "2021-05-03", "2021-05-16"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end"), FORTNIGHTS)
def test_fortnights_are_two_weeks(text: str, surface: str, start: str, end: str) -> None:
    # from Thursday 20 May 2021: this fortnight runs from Monday 17 May
    assert found("en", text, date(2021, 5, 20)) == [(surface, start, end)]


# the n-th day of a month
NTH_DAY_OF_NEXT_MONTH = [
    ("en", "We will come back on the 15th day of next month.", "the 15th day of next month"),
    ("fr", "Nous reviendrons le 15e jour du mois prochain.", "15e jour du mois prochain"),
    ("de", "Wir kommen am 15. Tag des nächsten Monats zurück.", "15. Tag des nächsten Monats"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NTH_DAY_OF_NEXT_MONTH)
def test_the_nth_day_of_next_month(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2018-08-15", "2018-08-15")]


def test_the_nth_day_of_a_named_month_or_of_the_month() -> None:
    ref = date(2020, 7, 1)
    assert found("en", "We came back on the twenty third day of September.", ref) == [
        ("the twenty third day of September", "2019-09-23", "2019-09-23")
    ]
    assert found("en", "Deliver them before the thirty-first day of the month.", ref) == [
        ("before the thirty-first day of the month", None, "2020-07-30")
    ]
    # a day of something else is a count
    assert found("en", "On the 100th day of the war, they met.", ref) == []


# the n-th month of a year ("the second month of the war" is a count)
NTH_MONTH = [
    ("en", "They will leave in the third month of 2021.", "the third month of 2021"),
    ("fr", "Ils partiront le troisième mois de 2021.", "troisième mois de 2021"),
    ("de", "Sie reisen im dritten Monat 2021 ab.", "dritten Monat 2021"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NTH_MONTH)
def test_the_nth_month_of_a_year(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2021-03-01", "2021-03-31")]


def test_the_nth_month_of_next_year_and_of_a_war() -> None:
    ref = date(2021, 11, 29)
    assert found("en", "The 9th month of next year we will review it.", ref) == [
        ("The 9th month of next year", "2022-09-01", "2022-09-30")
    ]
    assert found("en", "In the second month of the war, prices rose.", ref) == []


def test_a_weekday_glued_to_its_date_by_a_dash() -> None:
    assert found("en", "Set up a call this Friday-Jun-15 with Jim.", date(2018, 6, 20)) == [
        ("this Friday-Jun-15", "2018-06-15", "2018-06-15")
    ]


def test_a_weekday_in_the_week_of_a_counted_point() -> None:
    ref = date(2016, 11, 9)  # a Wednesday
    assert found("en", "I'll go back Monday two weeks from now.", ref) == [
        ("Monday two weeks from now", "2016-11-21", "2016-11-21")
    ]
    assert found("en", "I'll go back Saturday 3 days from now.", ref) == [
        ("Saturday 3 days from now", "2016-11-12", "2016-11-12")
    ]
    assert found("en", "I'll go back Thursday, two year from now.", date(2021, 1, 2)) == [
        ("Thursday, two year from now", "2023-01-05", "2023-01-05")
    ]
