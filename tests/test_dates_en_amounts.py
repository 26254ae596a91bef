"""A number right after a currency sign is an amount, glued to the sign or not: "$ 12 December
27" is 27 December, not the 12th; "€ 5 de junio" is June. A day with no sign before it is
unchanged.

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
            "en",
            "Iran was paid $ 12 December 27, the report said.",
            ("December 27", "2024-12-27", "2024-12-27"),
        ),
        (
            "en",
            "Iran was paid $12 December 27, the report said.",
            ("December 27", "2024-12-27", "2024-12-27"),
        ),
        ("es", "El pago fue de € 5 de junio.", ("junio", "2025-06-01", "2025-06-30")),
        (
            "ru",
            "Контракт на $ 12 декабря 2022 года.",
            ("декабря 2022 года", "2022-12-01", "2022-12-31"),
        ),
        (
            "en",
            "Iran was paid on 12 December, the report said.",
            ("12 December", "2024-12-12", "2024-12-12"),
        ),
        (
            "fr",
            "Le contrat a été signé le 12 décembre.",
            ("12 décembre", "2024-12-12", "2024-12-12"),
        ),
    ],
)
def test_an_amount_is_no_day(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert found(lang, text) == [expected]
