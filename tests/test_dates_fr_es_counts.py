"""French and Spanish counted periods with the modifier before the unit ("les 10 prochains
jours", "los 2 próximos meses"): a stretch of days or months from the publication date, never
a decade ("les 10") nor the 10th of next month.

Resolved against Thursday 30 August 2018.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2018, 8, 30)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "L'aide arrivera dans les 10 prochains jours, selon l'ONU.",
            [("10 prochains jours", "2018-08-31", "2018-09-09")],
        ),
        (
            "fr",
            "Les prix ont doublé au cours des 20 dernières années.",
            [("20 dernières années", "1998-08-30", "2018-08-29")],
        ),
        (
            "es",
            "La ofensiva seguirá en los 2 próximos meses.",
            [("2 próximos meses", "2018-08-31", "2018-10-30")],
        ),
        (
            "es",
            "La ayuda llegará en los 10 próximos días.",
            [("10 próximos días", "2018-08-31", "2018-09-09")],
        ),
        # a decade stays a decade, and a day of next month a day
        (
            "fr",
            "La ville a grandi dans les années 90.",
            [("les années 90", "1990-01-01", "1999-12-31")],
        ),
        (
            "fr",
            "Le sommet aura lieu le 15 du mois prochain.",
            [("15 du mois prochain", "2018-09-15", "2018-09-15")],
        ),
    ],
)
def test_counted_periods_with_the_modifier_first(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
