"""French and Spanish calendar and fiscal years.

Resolved against Monday 25 February 2019. A calendar year ("année civile 2015", "año calendario")
is the year itself; a fiscal or school year is kept and left unresolved, since its months vary
by country and company.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 2, 25)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le déficit de l'année civile 2015 a atteint 3,6 %.",
            [("année civile 2015", "2015-01-01", "2015-12-31")],
        ),
        (
            "fr",
            "Les ventes de l'année calendaire 2008 ont reculé.",
            [("année calendaire 2008", "2008-01-01", "2008-12-31")],
        ),
        (
            "es",
            "El déficit del año civil 2015 alcanzó el 5,1 %.",
            [("año civil 2015", "2015-01-01", "2015-12-31")],
        ),
        (
            "es",
            "Se espera que la operación se cierre este año calendario.",
            [("este año calendario", "2019-01-01", "2019-12-31")],
        ),
        (
            "es",
            "Las ventas cayeron en el año fiscal de 2016.",
            [("año fiscal de 2016", None, None)],
        ),
    ],
)
def test_calendar_and_fiscal_years(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


def test_the_article_stays_out_of_a_school_year() -> None:
    assert found("es", "El ministerio cerró las escuelas durante el año escolar 2018.") == [
        ("año escolar 2018", None, None)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "En juillet 98, la France a remporté le Mondial.",
            [("juillet 98", "1998-07-01", "1998-07-31")],
        ),
        ("es", "La planta cerró en abril del 87.", [("abril del 87", "1987-04-01", "1987-04-30")]),
        # two digits before a noun are a count, not a year
        ("fr", "En juillet 98 personnes ont été tuées.", [("juillet", "2018-07-01", "2018-07-31")]),
        ("es", "En abril 87 soldados murieron.", [("abril", "2018-04-01", "2018-04-30")]),
    ],
)
def test_a_month_with_a_two_digit_year(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La production a doublé sur la période 2014~2018.",
            [("2014~2018", "2014-01-01", "2018-12-31")],
        ),
        ("es", "El rango es de 2014 ~ 2018.", [("de 2014 ~ 2018", "2014-01-01", "2018-12-31")]),
    ],
)
def test_a_tilde_links_two_years(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
