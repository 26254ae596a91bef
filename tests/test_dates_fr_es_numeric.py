"""Numeric dates written with spaces ("02 04 2009", "18 8 78"), as in forms and listings.

Resolved against Monday 25 February 2019. A reader checks that day, month and year are read in
the language's order, and that runs of numbers (phone numbers, scores) or a count before a noun
are left alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 2, 25)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Né le 02 04 2009 à Lyon, selon l'acte.",
            [("02 04 2009", "2009-04-02", "2009-04-02")],
        ),
        ("fr", "Date de dépôt : 18 8 78.", [("18 8 78", "1978-08-18", "1978-08-18")]),
        ("es", "Fecha de la denuncia: 3 2 2019.", [("3 2 2019", "2019-02-03", "2019-02-03")]),
        ("de", "Eingang: 18 08 1978, laut Akte.", [("18 08 1978", "1978-08-18", "1978-08-18")]),
        ("en", "Filed on 4 2 2009, the record says.", [("4 2 2009", "2009-04-02", "2009-04-02")]),
    ],
)
def test_spaced_numeric_dates(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Appelez le 06 12 34 56 78 pour témoigner."),
        ("fr", "Il y a 12 5 2020 soldats sur la liste."),
        ("es", "El marcador quedó 12 5 20 10 tras la prórroga."),
        ("ru", "Телефон горячей линии 8 800 2000 122."),
        ("uk", "Телефон 15 45 1545 для довідок."),
        ("fr", "Les scores étaient 31 2 15 en finale."),
    ],
)
def test_runs_of_numbers_are_no_dates(lang: str, text: str) -> None:
    assert found(lang, text) == []
