"""A weekday named after a numbered week or a counted day is that weekday of its week: "the first
week of May on Friday", "in 3 days on Friday", "primera semana de octubre el viernes". A weekday
in the next sentence stays a date of its own.

Published on Saturday 22 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The talks are set for the first week of May on Friday.",
            ("the first week of May on Friday", "2025-05-02"),
        ),
        (
            "en",
            "The vote is in the 1st week of Oct. on Friday.",
            ("the 1st week of Oct. on Friday", "2025-10-03"),
        ),
        # Tuesday 25 November, three days on: the Friday of that week
        ("en", "Delivery comes in 3 days on Friday.", ("in 3 days on Friday", "2025-11-28")),
        (
            "es",
            "La cumbre será la primera semana de octubre el viernes.",
            ("primera semana de octubre el viernes", "2025-10-03"),
        ),
        (
            "fr",
            "Le sommet aura lieu la première semaine d'octobre le vendredi.",
            ("première semaine d'octobre le vendredi", "2025-10-03"),
        ),
    ],
)
def test_a_weekday_of_a_week_in_view(lang: str, text: str, expected: tuple[str, str]) -> None:
    span, day = expected
    assert found(lang, text) == [(span, day, day)]


def test_a_weekday_in_the_next_sentence_is_its_own_date() -> None:
    # and the count after it ("On Friday, 30 more drones") is no day of the month
    assert found("en", "Deliveries resume in 3 days. On Friday, 30 more drones were launched.") == [
        ("in 3 days", "2025-11-25", "2025-11-25"),
        ("Friday", "2025-11-21", "2025-11-21"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [
        ("en", "On Friday, 30 more drones were launched at Odesa.", "Friday"),
        ("fr", "Vendredi, 30 drones ont été abattus au-dessus d'Odessa.", "Vendredi"),
        ("de", "Am Freitag, 30 weitere Drohnen wurden abgeschossen.", "Freitag"),
        ("es", "El viernes, 30 drones fueron derribados sobre Odesa.", "viernes"),
        ("ru", "В пятницу, 30 беспилотников были сбиты над Одессой.", "пятницу"),
        ("uk", "У п'ятницю, 30 дронів було збито над Одесою.", "п'ятницю"),
    ],
)
def test_a_count_after_a_weekday_and_a_comma_is_no_day(lang: str, text: str, weekday: str) -> None:
    assert found(lang, text) == [(weekday, "2025-11-21", "2025-11-21")]


def test_a_day_number_closing_the_phrase_after_a_weekday_is_still_a_day() -> None:
    assert found("en", "The meeting is on Friday, 13.") == [
        ("Friday, 13", "2025-06-13", "2025-06-13")
    ]
