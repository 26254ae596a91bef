"""Two written forms: Spanish "la semana de 10 de abril" is the week holding that day, as "la
semana del 10 de abril" ("la semana de la moda" is no date); a day, a month word and a two-digit
year glued by one separator ("4-Jul-95", "4-juil-95") is that day in that year ("Jul-95" alone
is not).

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
            "es",
            "Hay fechas disponibles la semana de 10 de abril.",
            [("la semana de 10 de abril", "2025-04-07", "2025-04-13")],
        ),
        ("es", "La semana de la moda empieza el lunes.", [("lunes", "2025-11-17", "2025-11-17")]),
        ("es", "El pago se hizo el 4-Jul-95.", [("4-Jul-95", "1995-07-04", "1995-07-04")]),
        ("en", "The payment was made on 4-Jul-95.", [("4-Jul-95", "1995-07-04", "1995-07-04")]),
        ("fr", "Le paiement a été fait le 4-juil-95.", [("4-juil-95", "1995-07-04", "1995-07-04")]),
        ("en", "The payment was made on 4-Jul-05.", [("4-Jul-05", "2005-07-04", "2005-07-04")]),
        ("en", "Jul-95 was hot.", []),
    ],
)
def test_week_of_a_day_and_a_short_year_after_a_month_word(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected
