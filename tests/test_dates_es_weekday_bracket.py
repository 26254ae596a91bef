"""A weekday is a cue for a numeric day right after it or in brackets after it ("Friday 6/7",
"el viernes (6/7)", "el viernes(6/7)"), never across a comma, where a fraction may follow ("On
Friday, 2/3 of the drones were shot down").

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
            "La reunión es el viernes (6/7) con Jim.",
            [("viernes (6/7)", "2025-07-06", "2025-07-06")],
        ),
        (
            "es",
            "La reunión es el viernes(6/7)con Jim.",
            [("viernes(6/7)", "2025-07-06", "2025-07-06")],
        ),
        (
            "en",
            "The meeting is Friday 6/7 in Geneva.",
            [("Friday 6/7", "2025-06-07", "2025-06-07")],
        ),
        (
            "en",
            "On Friday, 2/3 of the drones were shot down.",
            [("Friday", "2025-11-21", "2025-11-21")],
        ),
        (
            "fr",
            "Le vendredi, 2/3 des drones ont été abattus.",
            [("vendredi", "2025-11-21", "2025-11-21")],
        ),
    ],
)
def test_a_weekday_cues_a_numeric_day_next_to_it(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected
