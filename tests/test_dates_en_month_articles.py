"""English leaves the article out of a month's span ("the April 2017 bonus" -> "April 2017",
"in the April" -> "April"), as Spanish and French do; a decade keeps it ("the 1990s", "the
seventies"), and so does "the month of May", whose article is the prefix's. A data flag each
(``article_before_months``, ``article_before_decades``): the other languages are unchanged.

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
        ("en", "The April 2017 bonus was paid late.", ("April 2017", "2017-04-01", "2017-04-30")),
        ("en", "Strikes peaked in the May of 2023.", ("May of 2023", "2023-05-01", "2023-05-31")),
        ("en", "He returned to China in the April.", ("April", "2025-04-01", "2025-04-30")),
        ("en", "In the 1990s, the plant was built.", ("the 1990s", "1990-01-01", "1999-12-31")),
        ("en", "It was the month of May.", ("the month of May", "2025-05-01", "2025-05-31")),
        ("es", "Ocurrió en el junio de 2016.", ("junio de 2016", "2016-06-01", "2016-06-30")),
        ("es", "Ocurrió en la década de 1970.", ("década de 1970", "1970-01-01", "1979-12-31")),
        ("de", "Der Mai 2023 war ruhig.", ("Der Mai 2023", "2023-05-01", "2023-05-31")),
    ],
)
def test_articles_before_months_and_decades(
    lang: str, text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert found(lang, text) == [expected]
