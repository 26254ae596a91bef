"""Periods: English span boundaries as the Recognizers-Text specs write them, and periods
counted in whole calendar units (quarters, weeks) or bounded by a whole period."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 7, 4)  # a Thursday in the third quarter


def found(lang: str, text: str, ref: date = REF) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, ref)]


# a leading "the" stays out of a counted or shifted period and of a part of a period
ENGLISH_SPANS_WITHOUT_THE = [
    ("Sales fell over the last 3 months.", "last 3 months", "2019-04-04", "2019-07-03"),
    ("Talks resume in the next quarter.", "next quarter", "2019-10-01", "2019-12-31"),
    ("He is away the coming week.", "coming week", "2019-07-08", "2019-07-14"),
    ("Disks are renewed the end of the week.", "end of the week", "2019-07-04", "2019-07-07"),
]


@pytest.mark.parametrize(("text", "surface", "start", "end"), ENGLISH_SPANS_WITHOUT_THE)
def test_english_periods_leave_a_leading_article_out(
    text: str, surface: str, start: str, end: str
) -> None:
    assert found("en", text) == [(surface, start, end)]


def test_english_spans_that_keep_their_article() -> None:
    # a day, a decade, a phrase of its own and a period after a bound keep it
    assert found("en", "They met again the next day.")[0][0] == "the next day"
    assert found("en", "The project starts in the next decade.")[0][0] == "the next decade"
    assert found("en", "I'll be out the week after next.") == [
        ("the week after next", "2019-07-15", "2019-07-21")
    ]
    assert found("en", "We have lived here since the end of 1989.") == [
        ("since the end of 1989", "1989-10-01", None)
    ]
    # the sample article's opening phrase keeps its words (see tests/test_dates.py)
    assert found("en", "At the beginning of 2023, output rose.")[0][0] == "At the beginning of 2023"


# "the last 2 quarters" on 4 July 2019: the two whole quarters before this one
LAST_TWO_QUARTERS = [
    ("en", "Sales fell in the last 2 quarters.", "last 2 quarters"),
    ("fr", "Les ventes ont baissé au cours des 2 derniers trimestres.", "2 derniers trimestres"),
    ("de", "Der Umsatz fiel in den letzten 2 Quartalen.", "letzten 2 Quartalen"),
    ("es", "Las ventas cayeron en los últimos 2 trimestres.", "últimos 2 trimestres"),
    ("ru", "Продажи упали за последние 2 квартала.", "за последние 2 квартала"),
    ("uk", "Продажі впали за останні 2 квартали.", "за останні 2 квартали"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LAST_TWO_QUARTERS)
def test_counted_quarters_are_whole_quarters(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2019-01-01", "2019-06-30")]


def test_coming_quarters_start_with_the_next_quarter() -> None:
    assert found("en", "Deliveries follow in the next 3 quarters.") == [
        ("next 3 quarters", "2019-10-01", "2020-06-30")
    ]
    # at the turn of a year
    assert found("en", "Deliveries follow in the next quarter.", date(2019, 12, 28)) == [
        ("next quarter", "2020-01-01", "2020-03-31")
    ]


# "before the end of December" is by December 31st, not before the last days of December
BEFORE_THE_END = [
    ("en", "He must leave before the end of December.", "before the end of December"),
    ("fr", "Il doit partir avant fin décembre.", "avant fin décembre"),
    ("de", "Er muss vor Ende Dezember abreisen.", "vor Ende Dezember"),
    ("es", "Debe salir antes de finales de diciembre.", "antes de finales de diciembre"),
    ("ru", "Он должен уехать до конца декабря.", "до конца декабря"),
    ("uk", "Він має виїхати не пізніше кінця грудня.", "не пізніше кінця грудня"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), BEFORE_THE_END)
def test_before_the_end_of_a_month_reaches_its_last_day(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, None, "2018-12-31")]


# "after the beginning of March" is from March 1st
AFTER_THE_BEGINNING = [
    ("en", "Flights resume after the beginning of March.", "after the beginning of March"),
    ("fr", "Les vols reprennent après le début de mars.", "après le début de mars"),
    ("de", "Die Flüge beginnen nach Anfang März.", "nach Anfang März"),
    (
        "es",
        "Los vuelos se reanudan después de principios de marzo.",
        "después de principios de marzo",
    ),
    ("ru", "Полеты возобновятся после начала марта.", "после начала марта"),
    ("uk", "Польоти відновляться після початку березня.", "після початку березня"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), AFTER_THE_BEGINNING)
def test_after_the_beginning_of_a_month_starts_on_its_first_day(
    lang: str, text: str, surface: str
) -> None:
    assert found(lang, text) == [(surface, "2019-03-01", None)]


def test_a_bound_on_a_middle_part_still_bounds_the_part() -> None:
    # only "before the end" and "after the beginning" reach the whole period
    assert found("en", "He left before mid-March.") == [("before mid-March", None, "2019-03-09")]


def test_a_part_glued_to_its_month_by_a_hyphen() -> None:
    # "mid-March": the part is the month's cue, as in "mid March"
    assert found("en", "The talks stalled in mid-March and resumed in late-May.") == [
        ("in mid-March", "2019-03-10", "2019-03-20"),
        ("in late-May", "2019-05-16", "2019-05-31"),
    ]
    # a month word after an unrelated hyphenated word stays a word
    assert found("en", "The long-march to the coast.") == []


# whole weeks, Monday first, the first one holding the year's first Thursday (as "the first
# week of 2021"): 2021 starts on a Friday, its first week on Monday 4 January
FIRST_TWO_WEEKS = [
    ("en", "Rooms are booked for the first 2 weeks of 2021.", "the first 2 weeks of 2021"),
    ("de", "Die Zimmer sind für die ersten 2 Wochen 2021 gebucht.", "die ersten 2 Wochen 2021"),
    (
        "es",
        "Las habitaciones están reservadas las primeras 2 semanas de 2021.",
        "las primeras 2 semanas de 2021",
    ),
    ("ru", "Номера забронированы на первые 2 недели 2021 года.", "первые 2 недели 2021 года"),
    ("uk", "Номери заброньовані на перші 2 тижні 2021 року.", "перші 2 тижні 2021 року"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FIRST_TWO_WEEKS)
def test_the_first_weeks_of_a_year_are_whole_weeks(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2021-01-04", "2021-01-17")]


def test_the_last_weeks_of_a_year_are_whole_weeks() -> None:
    # the last week of 2019 holds its last Thursday (26 December): 23-29 December
    assert found("en", "Maintenance is set for the last 3 weeks of this year.") == [
        ("the last 3 weeks of this year", "2019-12-09", "2019-12-29")
    ]


# "within the next 3 years": from the reference day to the point 3 years ahead, as "within 3
# years" (French, Russian and Ukrainian write the count first: their shapes are not read here)
WITHIN_THE_NEXT = [
    ("en", "I will be back within the next 3 years.", "within the next 3 years"),
    ("de", "Ich komme innerhalb der nächsten 3 Jahre zurück.", "innerhalb der nächsten 3 Jahre"),
    ("es", "Volveré dentro de los próximos 3 años.", "dentro de los próximos 3 años"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), WITHIN_THE_NEXT)
def test_within_the_next_years_starts_today(lang: str, text: str, surface: str) -> None:
    assert found(lang, text, date(2017, 11, 8)) == [(surface, "2017-11-08", "2020-11-08")]


def test_english_relative_units_after_next() -> None:
    ref = date(2016, 11, 7)
    assert found("en", "I'll be out the month after the next.", ref) == [
        ("the month after the next", "2017-01-01", "2017-01-31")
    ]
    assert found("en", "I'll be out the year after next.", ref) == [
        ("the year after next", "2018-01-01", "2018-12-31")
    ]


# a range of days whose second day names the month: "from 4 to January 22, 1995"
DAY_TO_FULL_DATE = [
    ("en", "I'll be out from 4 to January 22, 1995.", "from 4 to January 22, 1995"),
    ("fr", "Je serai absent du 4 au 22 janvier 1995.", "du 4 au 22 janvier 1995"),
    ("de", "Ich bin vom 4. bis 22. Januar 1995 weg.", "vom 4. bis 22. Januar 1995"),
    ("es", "Estaré fuera del 4 al 22 de enero de 1995.", "del 4 al 22 de enero de 1995"),
    ("ru", "Меня не будет с 4 по 22 января 1995 года.", "с 4 по 22 января 1995 года"),
    ("uk", "Мене не буде з 4 по 22 січня 1995 року.", "з 4 по 22 січня 1995 року"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), DAY_TO_FULL_DATE)
def test_a_day_to_a_full_date(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "1995-01-04", "1995-01-22")]


def test_a_year_and_month_around_a_spaced_dash_at_the_end_of_a_phrase() -> None:
    assert found("en", "I'll be out 2016 - 11.") == [("2016 - 11", "2016-11-01", "2016-11-30")]
    # before a noun the second number counts it
    assert found("en", "In 2016 - 11 soldiers died.") == [("2016", "2016-01-01", "2016-12-31")]
