"""The last part of a numeric date is no day of its own: in "11/20, 12 of Nov" the "20" belongs
to "11/20" (a date only with a cue, "on 11/20"), and "12 of Nov" is the date found; likewise in
Spanish "10/11, 12 de noviembre".

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
            "Do you know the date? 11/20, 12 of Nov?",
            [("12 of Nov", "2025-11-12", "2025-11-12")],
        ),
        (
            "es",
            "¿Sabes la fecha? 10/11, 12 de noviembre?",
            [("12 de noviembre", "2025-11-12", "2025-11-12")],
        ),
        (
            "en",
            "The talks were held on 11/20, 11/21 and 11/22.",
            [
                ("11/20", "2025-11-20", "2025-11-20"),
                ("11/21", "2025-11-21", "2025-11-21"),
                ("11/22", "2025-11-22", "2025-11-22"),
            ],
        ),
    ],
)
def test_a_numeric_dates_last_part_is_no_day(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected
