"""French and Spanish holidays as dates: a named day with its year, alone, or with "next"/"last".

Sentences in the style of wire reports, resolved against Monday 7 November 2016 as the
publication date. What a reader checks: the span is the holiday's name (its article is grammar),
and the day is the one of that year; a holiday alone is the last one before publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2016, 11, 7)  # a Monday


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


CASES = [
    (
        "fr",
        "Le cessez-le-feu a été rompu le lundi de Pâques 2015, selon l'OSCE.",
        [("lundi de Pâques 2015", "2015-04-06", "2015-04-06")],
    ),
    (
        "fr",
        "Les frappes ont repris à Noël, a indiqué l'armée.",
        [("Noël", "2015-12-25", "2015-12-25")],
    ),
    (
        "fr",
        "Le ministre a promis une réponse avant la prochaine Pâques.",
        [("avant la prochaine Pâques", None, "2017-04-15")],
    ),
    (
        "fr",
        "Les manifestants étaient nombreux le jour de la fête du travail 2016.",
        [("fête du travail 2016", "2016-05-01", "2016-05-01")],
    ),
    (
        "es",
        "El ataque se produjo el viernes santo de 2014, según la policía.",
        [("viernes santo de 2014", "2014-04-18", "2014-04-18")],
    ),
    (
        "es",
        "La tregua se rompió en Navidad, dijo el portavoz.",
        [("Navidad", "2015-12-25", "2015-12-25")],
    ),
    (
        "es",
        "Miles marcharon el Día Internacional de la Mujer de 2016 en Madrid.",
        [("Día Internacional de la Mujer de 2016", "2016-03-08", "2016-03-08")],
    ),
    (
        "es",
        "El gobierno anunció el plan el 1 de mayo, día del trabajador.",
        [
            ("1 de mayo", "2016-05-01", "2016-05-01"),
            ("día del trabajador", "2016-05-01", "2016-05-01"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:30] for c in CASES])
def test_holidays_are_dated(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La trêve de la Pâques précédente n'avait pas tenu.",
            [("Pâques précédente", "2016-03-27", "2016-03-27")],
        ),
        (
            "fr",
            "Le sommet aura lieu avant la Pâques suivante.",
            [("avant la Pâques suivante", None, "2017-04-15")],
        ),
        (
            "es",
            "La tregua de la Navidad pasada no se respetó.",
            [("Navidad pasada", "2015-12-25", "2015-12-25")],
        ),
    ],
)
def test_a_modifier_after_the_holiday(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
