"""Spanish parts of a month or year written with "primeros de", "medianos de", "últimos de".

Wire-style sentences resolved against Monday 25 February 2019: a reader checks that the bound
("después de", "antes de", "desde") takes the part, not the whole month.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 2, 25)

CASES = [
    (
        "La ofensiva se intensificó después de medianos de mayo, según el ministerio.",
        [("después de medianos de mayo", "2018-05-21", None)],
    ),
    (
        "Los ataques cesaron antes de primeros de septiembre.",
        [("antes de primeros de septiembre", None, "2018-08-31")],
    ),
    (
        "La ciudad está sin luz desde últimos de julio.",
        [("desde últimos de julio", "2018-07-16", None)],
    ),
    (
        "El puente se reparó a medianos de 2017.",
        [("medianos de 2017", "2017-04-01", "2017-09-30")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_parts_with_primeros_medianos_ultimos(text: str, expected: list) -> None:
    got = [(r.text, r.start, r.end) for r in extract_time_refs(text, "es", REF)]
    assert got == expected


def test_ultimos_before_a_noun_is_no_date() -> None:
    text = "Los últimos de la lista llegaron en 2015."
    got = [(r.text, r.start, r.end) for r in extract_time_refs(text, "es", REF)]
    assert got == [("2015", "2015-01-01", "2015-12-31")]
