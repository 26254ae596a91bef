"""A day followed by its night word is the night that starts on it: "Friday night", "tomorrow
night", "el viernes por la noche", "в пятницу ночью", "у п'ятницю вночі". Published on Saturday
22 November 2025, "Friday night" is the night of 21 -> 22 November, as "в ночь на субботу".
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(r.text, r.start, r.end, r.granularity) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "span", "night"),
    [
        (
            "en",
            "Russia launched 40 drones on Friday night, the Air Force said.",
            "Friday night",
            ("2025-11-21", "2025-11-22"),
        ),
        (
            "en",
            "More drones are expected tomorrow night.",
            "tomorrow night",
            ("2025-11-23", "2025-11-24"),
        ),
        (
            "es",
            "Rusia lanzó 40 drones el viernes por la noche.",
            "el viernes por la noche",
            ("2025-11-21", "2025-11-22"),
        ),
        (
            "ru",
            "Россия запустила 40 беспилотников в пятницу ночью.",
            "пятницу ночью",
            ("2025-11-21", "2025-11-22"),
        ),
        (
            "uk",
            "Росія запустила 40 дронів у п'ятницю вночі.",
            "п'ятницю вночі",
            ("2025-11-21", "2025-11-22"),
        ),
    ],
)
def test_a_day_then_its_night(lang: str, text: str, span: str, night: tuple[str, str]) -> None:
    assert found(lang, text) == [(span, *night, "night")]


def test_a_plural_night_is_no_night_of_a_day() -> None:
    assert found("en", "Friday nights are quiet in Odesa.") == [
        ("Friday", "2025-11-21", "2025-11-21", "day")
    ]
