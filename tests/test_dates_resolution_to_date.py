"""A period "to date" ("year to date", "año hasta la fecha", "l'année à ce jour") runs from
the start of the current period to the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2018, 9, 7)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


YEAR_TO_DATE = [
    ("en", "The bank's shares have fallen 20% year to date.", "year to date"),
    ("en", "The bank's shares have fallen 20% in the year to date.", "year to date"),
    (
        "es",
        "Las acciones del banco han bajado un 20% en el año hasta la fecha.",
        "año hasta la fecha",
    ),
    ("fr", "Les actions de la banque ont perdu 20 % sur l'année à ce jour.", "année à ce jour"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), YEAR_TO_DATE)
def test_year_to_date_runs_from_january_to_publication(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2018-01-01", "2018-09-07")]


def test_month_to_date_runs_from_the_first_of_the_month() -> None:
    assert found("en", "Sales are up 3% month to date.") == [
        ("month to date", "2018-09-01", "2018-09-07")
    ]


def test_a_bare_year_word_without_to_date_is_not_a_date() -> None:
    assert found("en", "It was a good year for the bank.") == []
