"""Three unit rules, cases in every supported language: a lone article 'one' before a measure
word is one of it where the language lists the dimension ('una milla de ancho'; English 'a
yard', 'a meter' stay idioms, Russian and Ukrainian have no article); a written fraction takes
its unit after 'de' ('3/4 de litre'); the capital litre symbol ('75 L'), never in a code
('L-202')."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.unit, q.dimension) for q in extract_quantities(text, lang)]


ONE_MILE = [
    ("fr", "Un astéroïde d'un kilomètre de large est passé.", [(1.0, "km", "length")]),
    ("es", "Un asteroide de una milla de ancho pasó.", [(1.0, "mi", "length")]),
    ("de", "Ein Asteroid von einer Meile Breite flog vorbei.", [(1.0, "mi", "length")]),
    ("en", "An asteroid a mile wide passed.", []),
    ("ru", "Астероид шириной в одну милю пролетел.", [(1.0, "mi", "length")]),
    ("uk", "Астероїд завширшки одну милю пролетів.", [(1.0, "mi", "length")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ONE_MILE)
def test_an_article_before_a_length_word_is_one_of_it(
    lang: str, text: str, expected: list[tuple]
) -> None:
    assert _brief(text, lang) == expected


def test_an_article_before_a_duration_stays_an_article() -> None:
    assert _brief("Un mois plus tard, il est parti.", "fr") == []
    assert _brief("Un año después, se fue.", "es") == []


FRACTIONS = [
    ("fr", "Il faut 3/4 de litre de lait."),
    ("es", "Se necesita 3/4 de litro de leche."),
    ("en", "It takes 3/4 litre of milk."),
    ("de", "Man braucht 3/4 Liter Milch."),
    ("ru", "Нужно 3/4 литра молока."),
    ("uk", "Потрібно 3/4 літра молока."),
]


@pytest.mark.parametrize(("lang", "text"), FRACTIONS)
def test_a_written_fraction_takes_its_unit_after_de(lang: str, text: str) -> None:
    assert _brief(text, lang) == [(0.75, "l", "volume")]


LITRES = [
    ("fr", "Une bouteille de 75 L.", 75.0, "l"),
    ("en", "A 2 L bottle.", 2.0, "l"),
    ("es", "Una botella de 500 mL.", 500.0, "ml"),
    ("de", "Eine Flasche mit 2 L.", 2.0, "l"),
    ("ru", "Бутылка 2 L.", 2.0, "l"),
    ("uk", "Пляшка 2 L.", 2.0, "l"),
]


@pytest.mark.parametrize(("lang", "text", "value", "unit"), LITRES)
def test_the_capital_litre_symbol(lang: str, text: str, value: float, unit: str) -> None:
    assert _brief(text, lang) == [(value, unit, "volume")]


def test_a_letter_before_a_hyphenated_number_is_a_code_not_a_unit() -> None:
    assert [q.unit for q in extract_quantities("Ship 24703 L-202 today", "en")] == [None]
