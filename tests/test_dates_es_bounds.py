"""Spanish bounds: ">=" and "<=" before a year are open bounds, as in English; a spelled count
after "el martes," is no day.

Published on Saturday 22 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(text: str, lang: str = "es") -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


def test_symbols_before_a_year_are_open_bounds() -> None:
    assert found("Ventas de los años >= 2019 y <= 2021.") == [
        (">= 2019", "2019-01-01", None),
        ("<= 2021", None, "2021-12-31"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [
        ("es", "El martes, tres periodistas salieron a informar.", "martes"),
        ("en", "On Tuesday, three journalists left the city.", "Tuesday"),
    ],
)
def test_a_spelled_count_after_a_weekday_is_no_day(lang: str, text: str, weekday: str) -> None:
    assert found(text, lang) == [(weekday, "2025-11-18", "2025-11-18")]


def test_an_ordinal_after_a_weekday_is_still_the_day() -> None:
    assert found("We met on Tuesday, the eleventh of June.", "en") == [
        ("Tuesday, the eleventh of June", "2025-06-11", "2025-06-11")
    ]
