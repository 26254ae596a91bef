"""French and Spanish weeks named by their first day ("la semana que comienza el 4 de febrero",
"w/c le 4 février"): the week from that Monday to the Sunday after it.

Resolved against Thursday 7 November 2019.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 11, 7)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "La cumbre se celebrará la semana que comienza el 4 de febrero.", [("la semana que comienza el 4 de febrero", "2019-02-04", "2019-02-10")]),
        ("es", "Las obras seguirán la semana a partir del 4 de febrero.", [("la semana a partir del 4 de febrero", "2019-02-04", "2019-02-10")]),
        ("fr", "Réunion prévue w/c le 4 février, selon l'agenda.", [("w/c le 4 février", "2019-02-04", "2019-02-10")]),
        ("fr", "Les travaux auront lieu la semaine commençant le 4 février.", [("semaine commençant le 4 février", "2019-02-04", "2019-02-10")]),
    ],
)
def test_a_week_named_by_its_first_day(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
