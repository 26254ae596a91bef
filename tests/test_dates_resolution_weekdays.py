"""A weekday with a modifier: "past Wednesday" / "this past Wednesday" is the nearest one before
the publication date; "last Wednesday" is the Wednesday of the previous calendar week."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

THURSDAY = date(2019, 1, 31)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, THURSDAY)]


NEAREST_BEFORE = [
    ("en", "Where were you on past Wednesday?", "past Wednesday"),
    ("en", "The vote took place this past Wednesday.", "this past Wednesday"),
    ("fr", "Le vote a eu lieu ce mercredi passé.", "ce mercredi passé"),
    ("es", "La votación fue este pasado miércoles.", "este pasado miércoles"),
    ("de", "Die Abstimmung fand diesen vergangenen Mittwoch statt.", "diesen vergangenen Mittwoch"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NEAREST_BEFORE)
def test_the_past_weekday_is_the_nearest_one_before(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2019-01-30", "2019-01-30")]


PREVIOUS_WEEK = [
    ("en", "The vote took place last Wednesday.", "last Wednesday"),
    ("fr", "Le vote a eu lieu mercredi dernier.", "mercredi dernier"),
    ("es", "La votación fue el miércoles pasado.", "miércoles pasado"),
    ("de", "Die Abstimmung fand am vergangenen Mittwoch statt.", "am vergangenen Mittwoch"),
    ("ru", "Голосование прошло в прошлую среду.", "в прошлую среду"),
    ("uk", "Голосування відбулося минулої середи.", "минулої середи"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), PREVIOUS_WEEK)
def test_last_weekday_is_that_day_of_the_previous_week(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2019-01-23", "2019-01-23")]


def test_past_alone_before_a_week_still_counts_back_a_week() -> None:
    # the weekday rule leaves "the past week" as it was: the previous calendar week
    assert found("en", "Prices rose over the past week.") == [
        ("past week", "2019-01-21", "2019-01-27")
    ]
