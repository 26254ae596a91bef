"""Fractions of scale words and sign words, cases in every supported language: a fraction of a scale word
is one amount ("a quarter of a million people"), a sign word makes an article a number
("négatif un"), and a lower-case scale glued
to digits before a capitalised code is still a scale ("2mil SEK")."""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import parse_numbers
from claimgraph.extract.quantities import extract_quantities

FRACTION_OF_SCALE = [
    ("en", "A quarter of a million people fled the city.", "A quarter of a million", 250_000),
    ("en", "two thirds of a million drones", "two thirds of a million", 666_666.666667),
    ("fr", "Un quart de million de personnes ont fui.", "Un quart de million", 250_000),
    ("es", "Un cuarto de millón de personas huyó.", "Un cuarto de millón", 250_000),
    (
        "de",
        "Drei Viertel von einer Million Menschen flohen.",
        "Drei Viertel von einer Million",
        750_000,
    ),
    ("ru", "Три четверти миллиона человек бежали.", "Три четверти миллиона", 750_000),
    ("uk", "Три чверті мільйона людей виїхали.", "Три чверті мільйона", 750_000),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value"), FRACTION_OF_SCALE)
def test_fraction_of_a_scale_is_one_amount(
    lang: str, text: str, surface: str, value: float
) -> None:
    assert parse_numbers(text, lang)[0] == (surface, pytest.approx(value))


def test_fraction_of_a_number_with_digits_stays_apart() -> None:
    assert [v for _, v in parse_numbers("half the 2 million drones", "en")] == [0.5, 2_000_000]


SIGNED_ONE = [
    ("en", "The answer is minus one", -1.0),
    ("fr", "La réponse est de négatif un", -1.0),
    ("fr", "La réponse est de négative un", -1.0),
    ("de", "Die Temperatur lag bei minus eins", -1.0),
    ("ru", "Температура минус один", -1.0),
    ("uk", "Температура мінус один", -1.0),
]


@pytest.mark.parametrize(("lang", "text", "value"), SIGNED_ONE)
def test_sign_word_makes_one_a_number(lang: str, text: str, value: float) -> None:
    assert [v for _, v in parse_numbers(text, lang)] == [value]


def test_article_alone_is_still_no_number() -> None:
    assert parse_numbers("sous la pluie et un vent glacial", "fr") == []
    assert parse_numbers("un drone a été abattu", "fr") == []


def test_glued_lower_case_scale_before_a_currency_code() -> None:
    assert parse_numbers("2mil SEK can't buy you a big apartment", "en") == [("2mil", 2_000_000)]
    assert parse_numbers("3M Company shares", "en") == [("3", 3)]
    (q,) = extract_quantities("Le contrat vaut 2M d'euros.", "fr")
    assert q.value == 2_000_000
