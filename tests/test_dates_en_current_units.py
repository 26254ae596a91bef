"""English "the month", "the week", "the day" alone: the one holding the date last mentioned, or
the publication date's when none was ("over the week", "for the day"); never where a longer
expression starts ("the day before", "the week of 3 May") or a complement follows ("on the day of
the attack"). "The year" alone stays no date ("Reporters of the year", as test_dates_en_lists has
it); "the year 2008" and "the end of the year" are dates of their own.

Published on Saturday 22 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, "en", REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the week, 300 drones were launched at Ukraine.",
            [("the week", "2025-11-17", "2025-11-23")],
        ),
        (
            "Deliveries for the month were the highest so far.",
            [("the month", "2025-11-01", "2025-11-30")],
        ),
        ("The port was closed for the day.", [("the day", "2025-11-22", "2025-11-22")]),
        # two weeks from this Monday
        ("The port is closed for the fortnight.", [("the fortnight", "2025-11-17", "2025-11-30")]),
        # the unit of the date last mentioned
        (
            "Russia launched 40 drones on 3 May. Over the week, it launched 300 more.",
            [("3 May", "2025-05-03", "2025-05-03"), ("the week", "2025-04-28", "2025-05-04")],
        ),
        (
            "Output peaked in March 2014; the month saw 2,000 drones made.",
            [("March 2014", "2014-03-01", "2014-03-31"), ("the month", "2014-03-01", "2014-03-31")],
        ),
    ],
)
def test_a_unit_alone_is_the_one_in_view(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the day of the attack, 40 drones were launched.", []),
        ("It is the deadliest attack of the year, officials said.", []),
        ("Over the years, Iran delivered thousands of drones.", []),
        ("Sales in the year 2008 fell.", [("year 2008", "2008-01-01", "2008-12-31")]),
        (
            "Russia launched 40 drones the day before.",
            [("the day before", "2025-11-21", "2025-11-21")],
        ),
        ("The plant made 100 drones a day and 3,000 a month.", []),
    ],
)
def test_a_unit_inside_a_longer_phrase_is_not_alone(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected
