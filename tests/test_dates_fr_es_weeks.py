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
        (
            "es",
            "La cumbre se celebrará la semana que comienza el 4 de febrero.",
            [("la semana que comienza el 4 de febrero", "2019-02-04", "2019-02-10")],
        ),
        (
            "es",
            "Las obras seguirán la semana a partir del 4 de febrero.",
            [("la semana a partir del 4 de febrero", "2019-02-04", "2019-02-10")],
        ),
        (
            "fr",
            "Réunion prévue w/c le 4 février, selon l'agenda.",
            [("w/c le 4 février", "2019-02-04", "2019-02-10")],
        ),
        (
            "fr",
            "Les travaux auront lieu la semaine commençant le 4 février.",
            [("semaine commençant le 4 février", "2019-02-04", "2019-02-10")],
        ),
    ],
)
def test_a_week_named_by_its_first_day(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Les pourparlers reprendront la semaine du 18, selon Kyiv.",
            [("semaine du 18", "2019-10-14", "2019-10-20")],
        ),
        (
            "es",
            "Las conversaciones se retomarán la semana del 18.",
            [("la semana del 18", "2019-10-14", "2019-10-20")],
        ),
    ],
)
def test_the_week_of_a_bare_day(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


def test_a_part_of_a_single_day_is_that_day() -> None:
    """Found by the property test: "early day" had its end before its start."""
    got = [(r.start, r.end) for r in extract_time_refs("EARLY DAY", "en", date(2000, 1, 1))]
    assert got == [("2000-01-01", "2000-01-01")]
