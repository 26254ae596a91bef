"""Spanish days with their month as a number: "el 17 del 11" (after an article, "del" links the
day to its month), "el 9 de 8 de 1971" (any connector when a year follows). A count stays a
count ("el 3 de 5 partidos", "17 del 11" with no article before it).

Published on Saturday 22 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, "es", REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envíame el recibo de la compra hecha el 17 del 11.", ("17 del 11", "2025-11-17")),
        ("Reserva un hotel para el 21 del 3 en Madrid.", ("21 del 3", "2025-03-21")),
        ("Se conocieron el 9 de 8 de 1971 en Lima.", ("9 de 8 de 1971", "1971-08-09")),
        ("El contrato se firmó el 17 del 11 de 2024.", ("17 del 11 de 2024", "2024-11-17")),
    ],
)
def test_a_month_written_as_a_number(text: str, expected: tuple[str, str]) -> None:
    span, day = expected
    assert found(text) == [(span, day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "Ganó el 3 de 5 partidos de la temporada.",
        "Llegaron 17 del 11 previstos.",
        "Es el 1 del 2 equipos que pasan.",
    ],
)
def test_a_count_out_of_a_number_is_no_date(text: str) -> None:
    assert found(text) == []
