"""A year far from now (before 1900, after 2100) is read as one only with its cue and nothing after
it but the end of the phrase or a range link: "in 2150, right?", "since 1812", "desde 1840 hasta
2000". A time ("by 1200 GMT", "bis 1200 Uhr") or a count ("in 1500 villages") is no year.

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
        ("en", "The contract will end in 2150, right?", ("2150", "2150-01-01", "2150-12-31")),
        ("en", "The regiment has fought since 1812.", ("since 1812", "1812-01-01", None)),
        ("fr", "La ville a été fondée en 1147.", ("1147", "1147-01-01", "1147-12-31")),
        ("de", "Das Regiment kämpft seit 1812.", ("seit 1812", "1812-01-01", None)),
        (
            "es",
            "El regimiento combate desde 1840 hasta 2000.",
            ("desde 1840 hasta 2000", "1840-01-01", "2000-12-31"),
        ),
        ("es", "Este contrato terminará en 2150, ¿verdad?", ("2150", "2150-01-01", "2150-12-31")),
        ("ru", "Полк воюет с 1812 года.", ("с 1812 года", "1812-01-01", None)),
        ("uk", "Полк воює з 1812 року.", ("з 1812 року", "1812-01-01", None)),
    ],
)
def test_a_far_year_with_its_cue(
    lang: str, text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert found(lang, text) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Troops must withdraw by 1200 GMT."),
        ("de", "Bis 1200 Uhr müssen die Truppen abziehen."),
        ("en", "The drones struck in 1500 villages."),
        ("en", "The battalion lost 1500 men."),
    ],
)
def test_a_time_or_a_count_is_no_far_year(lang: str, text: str) -> None:
    assert found(lang, text) == []
