"""Holidays ("Christmas", "Easter Monday", "Thanksgiving 2023") and bounds written after their
date ("2018 or later"). The holiday names are in the English and German data files; French,
Spanish, Russian and Ukrainian have none yet (no names there means no holidays, never a guess)."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.d_holidays import easter, holiday_date
from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 8, 5)


def found(lang: str, text: str, ref: date = REF) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, ref)]


def test_easter_sundays_of_known_years() -> None:
    assert [easter(y) for y in (2016, 2018, 2019, 2020, 2024)] == [
        date(2016, 3, 27),
        date(2018, 4, 1),
        date(2019, 4, 21),
        date(2020, 4, 12),
        date(2024, 3, 31),
    ]


def test_holiday_keys() -> None:
    assert holiday_date("12-25", 2022) == date(2022, 12, 25)
    assert holiday_date("easter+1", 2019) == date(2019, 4, 22)
    assert holiday_date("easter-2", 2019) == date(2019, 4, 19)
    assert holiday_date("11-4thu", 2023) == date(2023, 11, 23)  # Thanksgiving
    assert holiday_date("11-4thu+1", 2010) == date(2010, 11, 26)  # Black Friday
    assert holiday_date("05-lastmon", 2021) == date(2021, 5, 31)  # Memorial Day
    assert holiday_date("02-29", 2019) is None
    assert holiday_date("02-5mon", 2021) is None  # February 2021 has four Mondays
    assert holiday_date("not-a-key", 2021) is None


# a holiday alone is the most recent one (the news convention of a bare month), a year places it
HOLIDAYS = [
    ("en", "The strikes stopped on Easter Monday.", "Easter Monday", "2019-04-22"),
    ("en", "Shops were shut on Christmas Day 2020.", "Christmas Day 2020", "2020-12-25"),
    ("en", "Sales peaked on Black Friday 2010.", "Black Friday 2010", "2010-11-26"),
    ("en", "Kyiv was shelled on Victory Day.", "Victory Day", "2019-05-09"),
    ("de", "Die Angriffe ruhten am Ostermontag.", "Ostermontag", "2019-04-22"),
    ("de", "Die Läden blieben zu Weihnachten 2020 zu.", "Weihnachten 2020", "2020-12-25"),
    (
        "de",
        "Am Tag der Deutschen Einheit 2018 sprach er.",
        "Tag der Deutschen Einheit 2018",
        "2018-10-03",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "day"), HOLIDAYS)
def test_holidays_are_days(lang: str, text: str, surface: str, day: str) -> None:
    assert found(lang, text) == [(surface, day, day)]


def test_last_and_next_holiday() -> None:
    assert found("en", "When was the last easter?", date(2019, 3, 12)) == [
        ("last easter", "2018-04-01", "2018-04-01")
    ]
    assert found("en", "When is the next easter?", date(2019, 2, 12)) == [
        ("next easter", "2019-04-21", "2019-04-21")
    ]
    # before a holiday, after one
    assert found("en", "Talks stalled after Easter.") == [("after Easter", "2019-04-22", None)]
    assert found("de", "Die Angriffe endeten nach Ostern.") == [("nach Ostern", "2019-04-22", None)]


def test_a_holiday_name_before_a_noun_is_no_day() -> None:
    assert found("en", "Christmas tree sales rose and the easter egg hunt was cancelled.") == []
    assert found("de", "Der Weihnachtsmarkt war leer.") == []
    # a cue makes it a day again
    assert found("en", "On Christmas Day we rested.") == [
        ("Christmas Day", "2018-12-25", "2018-12-25")
    ]


def test_names_that_say_no_single_day_are_left_out() -> None:
    # "independence day" (4 July in the US, 24 August in Ukraine), "the new year"
    assert found("en", "Strikes hit Kyiv on Independence Day.") == []


# a bound after its date
POST_BOUNDS = [
    ("en", "Deliveries start in 2018 or later.", "2018 or later", "2018-01-01", None),
    ("en", "You can only leave on 1/1/2016 and after.", "1/1/2016 and after", "2016-01-01", None),
    ("en", "Production rises from 2025 onwards.", "2025 onwards", "2025-01-01", None),
    ("en", "The batch dates from 2015 or earlier.", "2015 or earlier", None, "2015-12-31"),
    (
        "de",
        "Die Produktion soll 2025 oder später beginnen.",
        "2025 oder später",
        "2025-01-01",
        None,
    ),
    ("de", "Die Teile stammen von 2015 oder früher.", "2015 oder früher", None, "2015-12-31"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "start", "end"), POST_BOUNDS)
def test_a_bound_after_its_date(
    lang: str, text: str, surface: str, start: str | None, end: str | None
) -> None:
    assert found(lang, text) == [(surface, start, end)]


def test_a_bound_word_leading_to_the_next_date_is_that_dates_bound() -> None:
    assert found("en", "Sales after 2010 and before 2018 or before 2000.", date(2018, 5, 31)) == [
        ("after 2010", "2011-01-01", None),
        ("before 2018", None, "2017-12-31"),
        ("before 2000", None, "1999-12-31"),
    ]
    assert found("en", "Later than 2018, perhaps.") == [("Later than 2018", "2019-01-01", None)]
    # a number that is no year stays a number
    assert found("en", "It has 2,018 or more parts.") == []


# a fiscal, financial or school year starts when a government, company or school decides: the
# expression is kept and left unresolved (a calendar year is placed)
FISCAL_YEARS = [
    ("en", "Revenue rose in fiscal year 2008.", "fiscal year 2008"),
    ("en", "Revenue rose in the last fiscal year.", "last fiscal year"),
    ("en", "Enrolment fell this school year.", "this school year"),
    ("en", "Show sales in the sy18.", "sy18"),
    ("de", "Im Geschäftsjahr 2023 stieg der Umsatz.", "Geschäftsjahr 2023"),
    ("de", "Im vergangenen Geschäftsjahr stieg der Umsatz.", "Im vergangenen Geschäftsjahr"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FISCAL_YEARS)
def test_fiscal_years_are_kept_unresolved(lang: str, text: str, surface: str) -> None:
    refs = extract_time_refs(text, lang, date(2019, 6, 18))
    assert [(r.text, r.start, r.end, r.relative) for r in refs] == [(surface, None, None, True)]


def test_calendar_years_are_placed() -> None:
    ref = date(2019, 6, 18)
    assert found("en", "Gains in this calendar year.", ref) == [
        ("this calendar year", "2019-01-01", "2019-12-31")
    ]
    assert found("en", "Show sales in the cy 2008.", ref) == [
        ("cy 2008", "2008-01-01", "2008-12-31")
    ]
    assert found("en", "Show sales in the cy18.", ref) == [("cy18", "2018-01-01", "2018-12-31")]


# a holiday's weekend: Saturday and Sunday of its week (of the week before for a Monday),
# stretched to the holiday itself
HOLIDAY_WEEKENDS = [
    ("I need to prepare for labor day weekend.", "labor day weekend", "2021-09-04", "2021-09-06"),
    (
        "A flight for the weekend of halloween.",
        "the weekend of halloween",
        "2021-10-30",
        "2021-10-31",
    ),
    ("A flight for halloween weekend 2021.", "halloween weekend 2021", "2021-10-30", "2021-10-31"),
    (
        "We'll take weekend of thanksgiving 2023 off.",
        "weekend of thanksgiving 2023",
        "2023-11-23",
        "2023-11-26",
    ),
]


@pytest.mark.parametrize(("text", "surface", "start", "end"), HOLIDAY_WEEKENDS)
def test_a_holidays_weekend(text: str, surface: str, start: str, end: str) -> None:
    assert found("en", text, date(2021, 11, 9)) == [(surface, start, end)]
