"""Abbreviated weekdays with their period before a full date, in French and Spanish.

Event listings and press releases write "mer. 10 juin 2020" or "miérc. 28 de noviembre": the
reader expects the weekday inside the date's span, and a full weekday followed by a sentence
end to stay its own expression.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 2, 25)  # a Monday


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Conférence de presse : mer. 10 juin 2020, à Paris.",
            [("mer. 10 juin 2020", "2020-06-10", "2020-06-10")],
        ),
        (
            "fr",
            "Audience fixée au ven. 3 mars 2017.",
            [("ven. 3 mars 2017", "2017-03-03", "2017-03-03")],
        ),
        (
            "es",
            "Rueda de prensa el miérc. 28 de noviembre de 2018 en Madrid.",
            [("miérc. 28 de noviembre de 2018", "2018-11-28", "2018-11-28")],
        ),
        (
            "es",
            "Audiencia prevista el juev. 7 de marzo de 2019.",
            [("juev. 7 de marzo de 2019", "2019-03-07", "2019-03-07")],
        ),
    ],
)
def test_an_abbreviated_weekday_opens_the_date(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


def test_a_full_weekday_before_a_sentence_end_stays_apart() -> None:
    got = found("fr", "Il est arrivé mercredi. 10 juin 2020 restera une date noire.")
    assert got == [
        ("mercredi", "2019-02-20", "2019-02-20"),
        ("10 juin 2020", "2020-06-10", "2020-06-10"),
    ]


THURSDAY = date(2019, 1, 31)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Où étiez-vous ce mercredi passé ?",
            [("ce mercredi passé", "2019-01-30", "2019-01-30")],
        ),
        (
            "es",
            "¿Dónde estuviste este miércoles pasado?",
            [("este miércoles pasado", "2019-01-30", "2019-01-30")],
        ),
        (
            "es",
            "¿Dónde estuviste este pasado miércoles?",
            [("este pasado miércoles", "2019-01-30", "2019-01-30")],
        ),
        (
            "es",
            "La cumbre será este próximo viernes.",
            [("este próximo viernes", "2019-02-01", "2019-02-01")],
        ),
        (
            "en",
            "The summit is this coming Thursday.",
            [("this coming Thursday", "2019-02-07", "2019-02-07")],
        ),
        # "next Friday" alone stays the Friday of next week
        (
            "es",
            "La cumbre será el próximo viernes.",
            [("próximo viernes", "2019-02-08", "2019-02-08")],
        ),
    ],
)
def test_this_past_and_this_coming_weekday(lang: str, text: str, expected: list) -> None:
    got = [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, THURSDAY)]
    assert got == expected


FRIDAY = date(2018, 9, 28)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le versement tombera le 25 mardi, selon la caisse.",
            [("le 25 mardi", "2018-09-25", "2018-09-25")],
        ),
        (
            "fr",
            "Le conseil s'est réuni le 21, vendredi, à huis clos.",
            [("le 21, vendredi", "2018-09-21", "2018-09-21")],
        ),
        (
            "es",
            "La sesión fue el martes el día 25, según el acta.",
            [("martes el día 25", "2018-09-25", "2018-09-25")],
        ),
        (
            "es",
            "La sesión fue el martes el día once.",
            [("martes el día once", "2018-09-11", "2018-09-11")],
        ),
    ],
)
def test_a_day_with_its_weekday(lang: str, text: str, expected: list) -> None:
    got = [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, FRIDAY)]
    assert got == expected
