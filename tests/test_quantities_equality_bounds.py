"""Equality bounds and bound spans, cases in every supported language: an explicit equality
("equal to 20", "égal à 20", "равно 20") is a bound of its own, and every bound phrase is
reported as written in ``Quantity.bound_span`` so a reader sees "more than" next to the figure.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _bounds(text: str, lang: str) -> list[tuple]:
    out = []
    for q in extract_quantities(text, lang):
        phrase = None if q.bound_span is None else text[q.bound_span.start : q.bound_span.end]
        out.append((q.value, q.bound, phrase))
    return out


EQUALITY = [
    ("en", "The number of launches equals 20 this week.", [(20.0, "=", "equals")]),
    (
        "en",
        "Losses were equal to 5000 or less than 6000.",
        [(5000.0, "=", "equal to"), (6000.0, "<", "less than")],
    ),
    ("fr", "Le nombre de drones est égal à 20.", [(20.0, "=", "égal à")]),
    ("fr", "Au nombre de 20, les drones ont été abattus.", [(20.0, "=", "Au nombre de")]),
    ("es", "La cifra equivale a 20000 en 1998.", [(20000.0, "=", "equivale a")]),
    ("es", "El total es igual a ciento setenta.", [(170.0, "=", "igual a")]),
    ("de", "Das entspricht 20 Prozent der Produktion.", [(20.0, "=", "entspricht")]),
    ("ru", "Число сбитых дронов равно 40.", [(40.0, "=", "равно")]),
    ("uk", "Кількість збитих дронів дорівнює 40.", [(40.0, "=", "дорівнює")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EQUALITY)
def test_explicit_equality_is_a_bound_with_its_phrase(lang: str, text: str, expected: list) -> None:
    assert _bounds(text, lang) == expected


BOUND_PHRASES = [
    ("en", "Russia launched more than 500 drones.", [(500.0, ">", "more than")]),
    ("en", "Russia launched 500 drones or more.", [(500.0, ">=", "or more")]),
    ("fr", "La Russie a lancé plus de 500 drones.", [(500.0, ">", "plus de")]),
    ("es", "Rusia lanzó más de 500 drones.", [(500.0, ">", "más de")]),
    ("de", "Russland startete mehr als 500 Drohnen.", [(500.0, ">", "mehr als")]),
    ("ru", "Россия запустила более 500 дронов.", [(500.0, ">", "более")]),
    ("uk", "Росія запустила понад 500 дронів.", [(500.0, ">", "понад")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BOUND_PHRASES)
def test_bound_phrase_is_reported_as_written(lang: str, text: str, expected: list) -> None:
    assert _bounds(text, lang) == expected


def test_plain_amount_has_no_bound_phrase() -> None:
    (q,) = extract_quantities("Ukraine shot down 450 drones overnight.", "en")
    assert (q.value, q.bound, q.bound_span) == (450.0, "=", None)
