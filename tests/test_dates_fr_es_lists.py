"""French and Spanish lists of dates: a bare year or day listed after a dated one is a date too.

Resolved against Monday 25 February 2019. A reader checks that "en 2007 et 2009" names two
years, that the days of "les 18, 19 et 20 juin 2022" take the last one's month and year, and
that a count listed after a year ("2014 y 2000 drones") stays a count.
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
            "Les exportations ont chuté en 2007 et 2009, selon les douanes.",
            [("2007", "2007-01-01", "2007-12-31"), ("2009", "2009-01-01", "2009-12-31")],
        ),
        (
            "es",
            "Las exportaciones cayeron en 2007 y 2009, según aduanas.",
            [("2007", "2007-01-01", "2007-12-31"), ("2009", "2009-01-01", "2009-12-31")],
        ),
        (
            "fr",
            "Les frappes ont eu lieu les 18, 19 et 20 juin 2022.",
            [
                ("18", "2022-06-18", "2022-06-18"),
                ("19", "2022-06-19", "2022-06-19"),
                ("20 juin 2022", "2022-06-20", "2022-06-20"),
            ],
        ),
        (
            "es",
            "Los ataques ocurrieron los días 18 y 19 de junio de 2022.",
            [
                ("18", "2022-06-18", "2022-06-18"),
                ("19 de junio de 2022", "2022-06-19", "2022-06-19"),
            ],
        ),
        (
            "es",
            "La reunión será el 20/11, 22/11 o 25/11.",
            [
                ("20/11", "2018-11-20", "2018-11-20"),
                ("22/11", "2018-11-22", "2018-11-22"),
                ("25/11", "2018-11-25", "2018-11-25"),
            ],
        ),
        ("es", "En 2014 y 2000 drones fueron derribados.", [("2014", "2014-01-01", "2014-12-31")]),
        ("fr", "En 2015 et 1500 soldats sont morts.", [("2015", "2015-01-01", "2015-12-31")]),
    ],
)
def test_listed_dates(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El alto el fuego entró en vigor el 1.º de julio, según la ONU.",
            [("1.º de julio", "2018-07-01", "2018-07-01")],
        ),
        (
            "Los precios subirán posterior a 2020, dijo el ministro.",
            [("posterior a 2020", "2021-01-01", None)],
        ),
        ("La deuda se contrajo anterior a 2015.", [("anterior a 2015", None, "2014-12-31")]),
    ],
)
def test_spanish_ordinal_days_and_bounds(text: str, expected: list) -> None:
    assert found("es", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les combats ont repris après la mi-mai, selon l'état-major.",
            [("après la mi-mai", "2018-05-21", None)],
        ),
        (
            "Le ministre promet un accord avant la fin de cette année.",
            [("avant la fin de cette année", None, "2019-12-31")],
        ),
        ("Les réfugiés sont rentrés avant l'été 2016.", [("avant l'été 2016", None, "2016-05-31")]),
    ],
)
def test_french_bounds_before_a_feminine_or_elided_article(text: str, expected: list) -> None:
    assert found("fr", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ley rige después del 1 de enero de 2007.",
            [("después del 1 de enero de 2007", "2007-01-02", None)],
        ),
        (
            "Las obras seguirán a partir del 7 de enero.",
            [("a partir del 7 de enero", "2019-01-07", None)],
        ),
        (
            "Pagarán no más tarde que el 1 de enero de 2010.",
            [("no más tarde que el 1 de enero de 2010", None, "2010-01-01")],
        ),
        # an offset before a dated day stays two expressions
        (
            "Dos días después, el 3 de mayo, llegó la ayuda.",
            [
                ("Dos días después", "2019-02-27", "2019-02-27"),
                ("3 de mayo", "2018-05-03", "2018-05-03"),
            ],
        ),
    ],
)
def test_spanish_bounds_before_del(text: str, expected: list) -> None:
    assert found("es", text) == expected


def test_french_pas_plus_tard_que_closes_the_period() -> None:
    text = "Le paiement arrivera pas plus tard que le 1er janvier 2010."
    assert found("fr", text) == [("pas plus tard que le 1er janvier 2010", None, "2010-01-01")]
