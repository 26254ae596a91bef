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
        ("fr", "Le déficit de l'année civile 2015 a atteint 3,6 %.", [("année civile 2015", "2015-01-01", "2015-12-31")]),
        ("fr", "Les ventes de l'année calendaire 2008 ont reculé.", [("année calendaire 2008", "2008-01-01", "2008-12-31")]),
        ("es", "El déficit del año civil 2015 alcanzó el 5,1 %.", [("año civil 2015", "2015-01-01", "2015-12-31")]),
        ("es", "Se espera que la operación se cierre este año calendario.", [("este año calendario", "2019-01-01", "2019-12-31")]),
        ("es", "Las ventas cayeron en el año fiscal de 2016.", [("el año fiscal de 2016", None, None)]),
    ],
)
def test_calendar_and_fiscal_years(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
