"""Ranges and bounds in the shapes of schedules and tables: two numeric days linked by a dash
("10/1-10/7/2018"), a range written as one atom with its opening ("between 2014-2018"), a month
with its year after a dash or slash ("Dec/2018"), "starting on"; and what stays no date (phone
numbers, the verb "may")."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2018, 10, 24)


def found(lang: str, text: str, ref: date = REF) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, ref)]


# two numeric days and one year: the first day takes the second's year (the languages read
# the day and month in their own order: 10/1 is 1 October in English, 1/10 elsewhere)
NUMERIC_DAY_RANGES = [
    ("en", "The exhibition runs 10/1-10/7/2018 in the hall.", "10/1-10/7/2018"),
    ("fr", "L'exposition a lieu 1/10-7/10/2018 dans la salle.", "1/10-7/10/2018"),
    ("de", "Die Ausstellung läuft 1/10-7/10/2018 in der Halle.", "1/10-7/10/2018"),
    ("es", "La exposición es 1/10-7/10/2018 en la sala.", "1/10-7/10/2018"),
    ("ru", "Выставка пройдет 1/10-7/10/2018 в зале.", "1/10-7/10/2018"),
    ("uk", "Виставка триватиме 1/10-7/10/2018 у залі.", "1/10-7/10/2018"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NUMERIC_DAY_RANGES)
def test_two_numeric_days_linked_by_a_dash(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2018-10-01", "2018-10-07")]


def test_numeric_day_ranges_in_english_shapes() -> None:
    assert found("en", "My vacation is from 10-1-2018-10-7-2018") == [
        ("from 10-1-2018-10-7-2018", "2018-10-01", "2018-10-07")
    ]
    assert found("en", "I will leave from 5/1-5/7, 2020") == [
        ("from 5/1-5/7, 2020", "2020-05-01", "2020-05-07")
    ]
    assert found("en", "I will leave from 5/1/2019-5/7/2020") == [
        ("from 5/1/2019-5/7/2020", "2019-05-01", "2020-05-07")
    ]
    # without a year, a range word before them makes them days
    assert found("en", "A long vacation between 10/1-11/7.") == [
        ("between 10/1-11/7", "2018-10-01", "2018-11-07")
    ]
    # without a year or a cue they are no dates ("2/3-4/5" is a score, a ratio)
    assert found("en", "The score was 2/3-4/5 at the break.") == []


# a range written as one atom keeps its opening word, as a range of two atoms does
OPENING_BEFORE_A_RANGE = [
    ("en", "Sales between 2014-2018 fell.", "between 2014-2018"),
    ("fr", "Les ventes entre 2014-2018 ont baissé.", "entre 2014-2018"),
    ("de", "Der Umsatz zwischen 2014-2018 fiel.", "zwischen 2014-2018"),
    ("es", "Las ventas entre 2014-2018 cayeron.", "entre 2014-2018"),
    ("ru", "Продажи с 2014-2018 упали.", "с 2014-2018"),
    ("uk", "Продажі з 2014-2018 впали.", "з 2014-2018"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), OPENING_BEFORE_A_RANGE)
def test_a_range_atom_keeps_its_opening(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2014-01-01", "2018-12-31")]


def test_a_tilde_links_a_range() -> None:
    assert found("en", "The range is 2014~2018.") == [("2014~2018", "2014-01-01", "2018-12-31")]


# a month and its year glued by a dash or a slash
MONTH_SLASH_YEAR = [
    ("en", "The plan for Dec/2018 is ready.", "Dec/2018"),
    ("fr", "Le plan pour déc/2018 est prêt.", "déc/2018"),
    ("de", "Der Plan für Dez-2018 steht.", "Dez-2018"),
    ("es", "El plan para dic-2018 está listo.", "dic-2018"),
    ("ru", "План на дек-2018 готов.", "дек-2018"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MONTH_SLASH_YEAR)
def test_a_month_glued_to_its_year(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2018-12-01", "2018-12-31")]


def test_months_glued_to_years_make_a_range() -> None:
    assert found("en", "What's your plan for Dec/2018-May/2019") == [
        ("Dec/2018-May/2019", "2018-12-01", "2019-05-31")
    ]


def test_consecutive_years_with_a_slash_are_a_season() -> None:
    assert found("en", "Losses grew in the 2019/2020 season.") == [
        ("2019/2020", "2019-01-01", "2020-12-31")
    ]
    assert found("en", "A ratio of 2019/2025 units.") == []


def test_digit_groups_of_a_phone_number_are_no_years() -> None:
    assert found("en", "Tel: +86 138-2010-2015") == []
    assert found("en", "Tel: +86 2010-2015-86") == []


def test_starting_on_a_day_is_an_open_bound() -> None:
    ref = date(2019, 4, 24)
    assert found("en", "A meeting starting on January 7th to discuss.", ref) == [
        ("starting on January 7th", "2019-01-07", None)
    ]
    assert found("en", "A meeting beginning January 7th to discuss.", ref) == [
        ("beginning January 7th", "2019-01-07", None)
    ]


def test_the_verb_may_after_this_is_no_month() -> None:
    assert found("en", "This may or may not be right.") == []
    assert found("en", "This may take longer than expected.") == []
    assert found("en", "We meet next may.") == [("next may", "2019-05-01", "2019-05-31")]
    assert found("en", "This May was dry.") == [("This May", "2018-05-01", "2018-05-31")]
