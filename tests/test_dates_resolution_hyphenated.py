"""A month word, a four-digit year and a day glued by hyphens ("September-2020-23") is that
day, not a range from the month to a year "2020-23"."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 1, 31)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


CASES = [
    ("en", "I'll go back September-2020-23.", "September-2020-23"),
    ("fr", "Je reviendrai septembre-2020-23.", "septembre-2020-23"),
    ("es", "Voy a volver septiembre-2020-23.", "septiembre-2020-23"),
    ("de", "Ich komme September-2020-23 zurück.", "September-2020-23"),
    ("ru", "Я вернусь сентябрь-2020-23.", "сентябрь-2020-23"),
    ("uk", "Я повернуся вересень-2020-23.", "вересень-2020-23"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), CASES)
def test_month_year_day_glued_by_hyphens_is_one_day(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2020-09-23", "2020-09-23")]


def test_month_and_year_with_a_hyphen_stay_a_month() -> None:
    got = found("en", "Sales fell from Dec-2018 to Jan-2019.")
    assert got == [("from Dec-2018 to Jan-2019", "2018-12-01", "2019-01-31")]
