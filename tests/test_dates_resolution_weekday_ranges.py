"""A range from a weekday to an abbreviated weekday ends on that weekday, also where the
abbreviation is a month's too (Spanish "mar": martes or marzo); elsewhere it stays the month."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

MONDAY = date(2017, 12, 4)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, MONDAY)]


MONDAY_TO_TUESDAY = [
    ("en", "The office is open from Monday to Tue.", "from Monday to Tue"),
    ("fr", "Le bureau est ouvert du lundi au mar.", "du lundi au mar"),
    ("es", "La oficina abre de lunes a mar.", "de lunes a mar"),
    ("es", "Programáme una reunión del lunes al mar", "del lunes al mar"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MONDAY_TO_TUESDAY)
def test_a_weekday_range_ends_on_the_abbreviated_weekday(
    lang: str, text: str, surface: str
) -> None:
    assert found(lang, text) == [(surface, "2017-12-04", "2017-12-05")]


def test_the_abbreviation_stays_a_month_between_months() -> None:
    got = found("es", "Las ventas subieron de ene. a mar. de 2019.")
    assert got == [("de ene. a mar. de 2019", "2019-01-01", "2019-03-31")]


def test_the_abbreviation_stays_a_month_with_a_year() -> None:
    assert found("es", "Las ventas cayeron en mar 2019.") == [
        ("mar 2019", "2019-03-01", "2019-03-31")
    ]
