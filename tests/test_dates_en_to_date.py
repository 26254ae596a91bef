"""A range up to the publication date: "from 2022 to date", "from March to date", "from 1 May
till current date" (the date itself is one end, as "now" is in "between now and March"); two
such ends make no period ("from date to date").

Published on Saturday 22 November 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, "en", REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has launched 6,000 drones from 2022 to date, the ministry said.",
            [("from 2022 to date", "2022-01-01", "2025-11-22")],
        ),
        (
            "Deliveries from March to date total 300 drones.",
            [("from March to date", "2025-03-01", "2025-11-22")],
        ),
        (
            "Output from 1 May till current date doubled.",
            [("from 1 May till current date", "2025-05-01", "2025-11-22")],
        ),
        ("He moved from date to date.", []),
        (
            "Prices will rise between now and March.",
            [("between now and March", "2025-11-22", "2026-03-31")],
        ),
    ],
)
def test_a_range_up_to_the_publication_date(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected
