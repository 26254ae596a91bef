"""A comparative with 'than' before an amount is its bound, and an amount before 'or more
than' stays a plain amount ('200 ou plus que 190': more than 190, not 200 or more). Cases in
every supported language."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.bound) for q in extract_quantities(text, lang)]


OR_MORE_THAN = [
    ("en", "The score is 200 or more than 190"),
    ("fr", "Son score est de 200 ou plus que 190"),
    ("es", "Saca una calificación de 200 o más de 190"),
    ("de", "Die Punktzahl ist 200 oder mehr als 190"),
    ("ru", "Счёт составляет 200 или больше чем 190"),
    ("uk", "Рахунок становить 200 або більше ніж 190"),
]


@pytest.mark.parametrize(("lang", "text"), OR_MORE_THAN)
def test_or_more_than_bounds_the_second_amount(lang: str, text: str) -> None:
    assert _brief(text, lang) == [(200.0, "="), (190.0, ">")]


def test_french_plus_que_and_moins_que_are_bounds() -> None:
    assert _brief("Il a gagné plus que 190 euros", "fr") == [(190.0, ">")]
    assert _brief("Il a gagné moins que 20 euros", "fr") == [(20.0, "<")]
    assert _brief("Pas plus que 50 personnes sont venues", "fr") == [(50.0, "<=")]
