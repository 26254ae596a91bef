"""Dates in lists and sequences: a month range whose second month is also a verb ("from January
to March"), years listed after a year ("in 2007 and 2009"), "the following week" after a dated
event, and days a month does not have ("30 February"), kept and left unresolved."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 7, 30)


def found(lang: str, text: str, ref: date = REF) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, ref)]


def test_to_march_after_a_month_is_a_range_not_the_verb() -> None:
    assert found("en", "Output rose from January to March.") == [
        ("from January to March", "2019-01-01", "2019-03-31")
    ]
    # the verb stays a verb
    assert found("en", "Troops continued to march on Kyiv.") == []
    assert found("en", "They plan to march to the capital in March.") == [
        ("March", "2019-03-01", "2019-03-31")
    ]


FROM_JANUARY_TO_MARCH = [
    ("fr", "La production a augmenté de janvier à mars.", "de janvier à mars"),
    ("de", "Die Produktion stieg von Januar bis März.", "von Januar bis März"),
    ("es", "La producción subió de enero a marzo.", "de enero a marzo"),
    ("ru", "Производство росло с января по март.", "с января по март"),
    ("uk", "Виробництво зростало з січня по березень.", "з січня по березень"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), FROM_JANUARY_TO_MARCH)
def test_from_january_to_march(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2019-01-01", "2019-03-31")]


def test_years_listed_after_a_year() -> None:
    assert found("en", "Sales rose in 2007 and 2009.") == [
        ("2007", "2007-01-01", "2007-12-31"),
        ("2009", "2009-01-01", "2009-12-31"),
    ]
    assert [t for t, _, _ in found("en", "Sales rose in 2007, 2008 or 2009.")] == [
        "2007",
        "2008",
        "2009",
    ]
    assert found("de", "Im Jahr 2007 und 2009.") == [
        ("Jahr 2007", "2007-01-01", "2007-12-31"),
        ("2009", "2009-01-01", "2009-12-31"),
    ]
    # a number before a counted noun stays a number
    assert found("en", "In 2014 and 2000 drones were built.") == [
        ("2014", "2014-01-01", "2014-12-31")
    ]


FOLLOWING_WEEK = [
    (
        "en",
        "Talks began on 3 March 2022. The following week, shelling resumed.",
        [
            ("3 March 2022", "2022-03-03", "2022-03-03"),
            ("following week", "2022-03-07", "2022-03-13"),
        ],
    ),
    (
        "de",
        "Die Gespräche begannen am 3. März 2022. In der darauffolgenden Woche ging es weiter.",
        [
            ("3. März 2022", "2022-03-03", "2022-03-03"),
            ("darauffolgenden Woche", "2022-03-07", "2022-03-13"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOLLOWING_WEEK)
def test_the_following_week_follows_the_date_last_mentioned(
    lang: str, text: str, expected: list
) -> None:
    assert found(lang, text) == expected


def test_the_following_week_without_a_date_before_is_next_week() -> None:
    assert found("en", "Please schedule something for the following week.") == [
        ("following week", "2019-08-05", "2019-08-11")
    ]
    # a plural is no single period
    assert found("en", "In the following months prices rose.") == []


IMPOSSIBLE_DAYS = [
    ("en", "The meeting on February 30 did not take place.", "February 30"),
    ("fr", "La réunion du 30 février n'a pas eu lieu.", "30 février"),
    ("de", "Das Treffen am 30. Februar fand nicht statt.", "30. Februar"),
    ("es", "La reunión del 30 de febrero no tuvo lugar.", "del 30 de febrero"),
    ("ru", "Встреча 30 февраля не состоялась.", "30 февраля"),
    ("uk", "Зустріч 30 лютого не відбулася.", "30 лютого"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), IMPOSSIBLE_DAYS)
def test_a_day_the_month_does_not_have_is_kept_unresolved(
    lang: str, text: str, surface: str
) -> None:
    refs = extract_time_refs(text, lang, REF)
    assert [(r.text, r.start, r.end, r.relative) for r in refs] == [(surface, None, None, True)]


def test_february_29_is_the_last_leap_day() -> None:
    assert found("en", "It happened on Feb 29.") == [("Feb 29", "2016-02-29", "2016-02-29")]
    assert found("en", "It happened on February 29, 2019.") == [("February 29, 2019", None, None)]


# a count of units before or after a named day is one day
OFFSET_FROM_A_DATE = [
    ("en", "It happened 3 days after January 12, 2017.", "3 days after January 12, 2017"),
    ("fr", "Cela arrivera 3 jours après le 12 janvier 2017.", "3 jours après le 12 janvier 2017"),
    ("de", "Es geschah 3 Tage nach dem 12. Januar 2017.", "3 Tage nach dem 12. Januar 2017"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), OFFSET_FROM_A_DATE)
def test_a_count_after_a_named_day(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2017-01-15", "2017-01-15")]


def test_counts_before_a_day_a_holiday_or_a_numeric_date() -> None:
    ref = date(2016, 11, 7)
    assert found("en", "It happened 2 weeks before May 13 1999.", ref) == [
        ("2 weeks before May 13 1999", "1999-04-29", "1999-04-29")
    ]
    assert found("en", "It will happen 16 days from 01/02/2018.", ref) == [
        ("16 days from 01/02/2018", "2018-01-18", "2018-01-18")
    ]
    assert found("de", "Es geschah 2 Wochen vor Weihnachten 2015.", ref) == [
        ("2 Wochen vor Weihnachten 2015", "2015-12-11", "2015-12-11")
    ]
    # a month is no day to count from, an event is no date
    assert found("en", "Two weeks after May, they left.", ref) == [
        ("after May", "2016-06-01", None)
    ]
    assert found("en", "They died 3 days after the attack.", ref) == []


def test_years_in_words_after_a_month() -> None:
    ref = date(2016, 11, 7)
    assert found("en", "The conference was in October two thousand and five.", ref) == [
        ("October two thousand and five", "2005-10-01", "2005-10-31")
    ]
    assert found("en", "On fifteen August nineteen hundred ninety three, it opened.", ref) == [
        ("fifteen August nineteen hundred ninety three", "1993-08-15", "1993-08-15")
    ]
    assert found("en", "The ship sailed on 6 April seventeen hundred thirty three.", ref) == [
        ("6 April seventeen hundred thirty three", "1733-04-06", "1733-04-06")
    ]
    # a day in words stays a day
    assert found("en", "It was on January nineteen.", ref) == [
        ("January nineteen", "2016-01-19", "2016-01-19")
    ]
    # "thousand" alone counts nothing
    assert found("en", "They built a thousand and fifteen drones.", ref) == []


def test_a_quarter_code_glued_to_its_year_and_a_sentence_period() -> None:
    assert found("en", "Results for q1-2019 are out.") == [("q1-2019", "2019-01-01", "2019-03-31")]
    # English: the period after a day number ends the sentence; German: it marks the ordinal
    assert found("en", "Book lunch on Tue May 9. Don't call.") == [
        ("Tue May 9", "2019-05-09", "2019-05-09")
    ]
    assert found("en", "It was 16. nov. 2016.")[0][0] == "16. nov. 2016"
    assert found("de", "Am 9. Mai.") == [("9. Mai", "2019-05-09", "2019-05-09")]


def test_english_bounds_written_with_symbols_or_words() -> None:
    assert found("en", "> = 2019") == [("> = 2019", "2019-01-01", None)]
    assert found("en", "< =2019") == [("< =2019", None, "2019-12-31")]
    assert found("en", "I'll leave as late as tomorrow.") == [
        ("as late as tomorrow", None, "2019-07-31")
    ]


def test_english_periods_of_the_year_and_the_rest_of_the_week() -> None:
    ref = date(2020, 6, 12)  # a Friday
    assert found("en", "The first quarter of the year is usually slower.", ref) == [
        ("The first quarter of the year", "2020-01-01", "2020-03-31")
    ]
    assert found("en", "Take the remaining of the week off.", ref) == [
        ("remaining of the week", "2020-06-12", "2020-06-14")
    ]
    assert found("en", "Let's arrange that over the next couple weeks.", ref) == [
        ("next couple weeks", "2020-06-13", "2020-06-26")
    ]
    # "the year" alone is no date
    assert found("en", "Reporters of the year gathered.", ref) == []


def test_a_modifier_places_a_day_without_its_year() -> None:
    ref = date(2019, 5, 20)
    assert found("en", "It should be done next 6th of April.", ref) == [
        ("next 6th of April", "2020-04-06", "2020-04-06")
    ]
    assert found("en", "It should be done this 5/12.", ref) == [
        ("this 5/12", "2019-05-12", "2019-05-12")
    ]
    assert found("en", "from this 5/12 to next 5/19", ref) == [
        ("from this 5/12 to next 5/19", "2019-05-12", "2020-05-19")
    ]
    # a fraction after "last" stays a fraction
    assert found("en", "They cut the last 2/3 of the budget.", ref) == []


def test_a_year_read_in_pairs_starts_with_ten_to_twenty() -> None:
    ref = date(2019, 5, 30)
    assert found("en", "She was born on January twenty five nineteen eighty six.", ref) == [
        ("January twenty five nineteen eighty six", "1986-01-25", "1986-01-25")
    ]
    assert found("en", "It was in June twenty twenty one.", ref) == [
        ("June twenty twenty one", "2021-06-01", "2021-06-30")
    ]


# days listed before a dated day take its month and year (French, Spanish, Russian and
# Ukrainian have no list words in their data yet)
LISTED_DAYS = [
    (
        "en",
        "Strikes on 18, 19 and 20 June 2022 hit Kyiv.",
        [("18", "2022-06-18"), ("19", "2022-06-19"), ("20 June 2022", "2022-06-20")],
    ),
    (
        "de",
        "Am 18. und 19. Juni 2022 wurde gestreikt.",
        [("18.", "2022-06-18"), ("19. Juni 2022", "2022-06-19")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTED_DAYS)
def test_days_listed_before_a_dated_day(lang: str, text: str, expected: list) -> None:
    assert [(t, s) for t, s, _ in found(lang, text)] == expected


def test_numeric_days_listed_after_a_cued_one() -> None:
    assert found("en", "Find us 30 minutes on 11/20, 11/22 or 11/25.", date(2018, 11, 28)) == [
        ("11/20", "2018-11-20", "2018-11-20"),
        ("11/22", "2018-11-22", "2018-11-22"),
        ("11/25", "2018-11-25", "2018-11-25"),
    ]
    # fractions listed without a cue stay fractions
    assert found("en", "The shares were 2/3, 4/5 or 1/2.") == []


def test_between_now_and_a_month() -> None:
    ref = date(2016, 11, 7)
    assert found("en", "Prices rise between now and March, officials said.", ref) == [
        ("between now and March", "2016-11-07", "2017-03-31")
    ]
    # the verb after the link of an unrelated "between" stays a verb
    assert found("en", "They agreed between them and may leave.", ref) == []
