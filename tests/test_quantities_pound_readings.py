"""A word naming a weight or a currency ("pounds", "livres", "libras", "Pfund", "фунтов") is
read from its sentence: a cue about weight makes it pounds avoirdupois (lb), a cue about money
sterling (GBP); in French a cue about reading makes "livres" counted books. Cases in every
supported language.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.unit, q.dimension) for q in extract_quantities(text, lang)]


WEIGHTS = [
    ("en", "The baby weighs 7 pounds.", 7.0),
    ("fr", "Le bébé pèse 7 livres.", 7.0),
    ("es", "El bebé pesa 7 libras.", 7.0),
    ("de", "Das Baby wiegt 7 Pfund.", 7.0),
    ("ru", "Ребенок весит 7 фунтов.", 7.0),
    ("uk", "Дитина важить 7 фунтів.", 7.0),
]

MONEY = [
    ("en", "The club paid 500 pounds in fines.", 500.0),
    ("fr", "Le club a payé une amende de 500 livres.", 500.0),
    ("es", "El club pagó una multa de 500 libras.", 500.0),
    ("de", "Der Verein zahlte 500 Pfund Strafe.", 500.0),
    ("ru", "Клуб заплатил штраф 500 фунтов.", 500.0),
    ("uk", "Клуб заплатив штраф 500 фунтів.", 500.0),
]


@pytest.mark.parametrize(("lang", "text", "value"), WEIGHTS)
def test_pounds_in_a_sentence_about_weight_are_a_mass(lang: str, text: str, value: float) -> None:
    assert _brief(text, lang) == [(value, "lb", "mass")]


@pytest.mark.parametrize(("lang", "text", "value"), MONEY)
def test_pounds_in_a_sentence_about_money_are_sterling(lang: str, text: str, value: float) -> None:
    assert _brief(text, lang) == [(value, "GBP", "currency")]


def test_a_scaled_amount_of_pounds_after_de_is_read_through_the_partitive() -> None:
    found = _brief("Son bénéfice a atteint 361 millions de livres.", "fr")
    assert found == [(361e6, "GBP", "currency")]


def test_livres_bought_in_a_bookshop_are_books() -> None:
    assert _brief("Il a acheté 25 livres à la librairie.", "fr") == [(25.0, "livre", "count")]


def test_without_a_cue_the_plain_reading_stays() -> None:
    assert _brief("It was 5 pounds.", "en") == [(5.0, "lb", "mass")]
    assert _brief("Eran 5 libras.", "es") == [(5.0, "GBP", "currency")]


def test_a_longer_unit_beginning_with_pound_wins_over_the_reading() -> None:
    found = _brief("With 275 pound-feet of torque at 3000 rpm.", "en")
    assert found[0] == (275.0, "lbft", "torque")


def test_a_country_is_no_money_cue() -> None:
    assert _brief("Le bébé du pays pèse 7 livres.", "fr") == [(7.0, "lb", "mass")]
