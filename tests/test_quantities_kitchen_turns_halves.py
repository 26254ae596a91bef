"""Unit families, cases in every supported language: kitchen measures (tablespoon, teaspoon,
cup) are volumes; a turn (revolution) is an angle where the word is unambiguous (French 'tour'
and Spanish 'vuelta' are laps and election rounds, so they stay counted nouns); 'half' written
with its article ('la moitié', 'la mitad', 'die Hälfte') is the fraction 0.5 a bound can take.
"""

from __future__ import annotations

import math

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.bound, q.unit, q.dimension) for q in extract_quantities(text, lang)]


KITCHEN = [
    ("en", "Add 2 tablespoons of sugar and 1/2 cup of milk.", 2.0, 0.5),
    ("fr", "Ajoutez 2 cuillères à soupe de sucre et 3 tasses de lait.", 2.0, 3.0),
    ("es", "Añada 2 cucharadas de azúcar y 3 tazas de leche.", 2.0, 3.0),
    ("de", "Geben Sie 2 Esslöffel Zucker und 3 Tassen Milch dazu.", 2.0, 3.0),
    ("ru", "Добавьте 2 столовые ложки сахара и 3 стакана молока.", 2.0, 3.0),
    ("uk", "Додайте 2 столові ложки цукру і 3 склянки молока.", 2.0, 3.0),
]


@pytest.mark.parametrize(("lang", "text", "spoons", "cups"), KITCHEN)
def test_kitchen_measures_are_volumes(lang: str, text: str, spoons: float, cups: float) -> None:
    assert _brief(text, lang) == [
        (spoons, "=", "tbsp", "volume"),
        (cups, "=", "cup", "volume"),
    ]


def test_teaspoon_with_a_vulgar_fraction_normalises_to_litres() -> None:
    (q,) = extract_quantities("½ teaspoon baking powder", "en")
    assert (q.value, q.unit) == (0.5, "tsp")
    assert q.si_unit == "l"
    assert q.si_value is not None and math.isclose(q.si_value, 0.5 * 0.00492892159375, rel_tol=1e-5)


TURNS = [
    ("en", "The wheel made 3 turns before it stopped.", [(3.0, "=", "turn", "angle")]),
    ("de", "Das Rad machte 3 Umdrehungen.", [(3.0, "=", "turn", "angle")]),
    ("ru", "Колесо сделало 3 оборота.", [(3.0, "=", "turn", "angle")]),
    ("uk", "Колесо зробило 3 оберти.", [(3.0, "=", "turn", "angle")]),
    # laps and rounds are no angles
    ("fr", "Elle a fait 3 tours de piste.", [(3.0, "=", "tour", "count")]),
    ("es", "Ganó con 2 vueltas de ventaja.", [(2.0, "=", "vuelta", "count")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TURNS)
def test_turns_are_angles_where_the_word_is_unambiguous(
    lang: str, text: str, expected: list[tuple]
) -> None:
    assert _brief(text, lang) == expected


def test_a_half_turn_is_half_a_revolution() -> None:
    (q,) = extract_quantities("make a half turn", "en")
    assert (q.value, q.unit, q.dimension) == (0.5, "turn", "angle")
    assert q.si_unit == "radian"
    assert q.si_value is not None and math.isclose(q.si_value, math.pi, rel_tol=1e-5)


HALVES = [
    ("en", "More than half of the voters voted.", "voter"),
    ("fr", "Plus de la moitié des électeurs ont voté.", "électeur"),
    ("es", "Más de la mitad de los votantes votaron.", "votant"),
    ("de", "Mehr als die Hälfte der Wähler hat gewählt.", "wähler"),
    ("ru", "Более половины избирателей проголосовали.", "избиратель"),
    ("uk", "Більше половини виборців проголосували.", "виборець"),
]


@pytest.mark.parametrize(("lang", "text", "counted"), HALVES)
def test_more_than_half_is_a_lower_bound_of_one_half(lang: str, text: str, counted: str) -> None:
    assert _brief(text, lang) == [(0.5, ">", counted, "count")]


FRACTION_PAIRS = [
    ("en", "The share is more than a quarter and less than half."),
    ("fr", "La part est supérieure à un quart et inférieure à la moitié."),
    ("es", "La parte es más alta que un cuarto y más baja que un medio."),
    ("de", "Der Anteil ist mehr als ein Viertel und weniger als die Hälfte."),
    ("ru", "Доля больше четверти и меньше половины."),
    ("uk", "Частка більше чверті і менше половини."),
]


@pytest.mark.parametrize(("lang", "text"), FRACTION_PAIRS)
def test_a_fraction_before_and_is_an_amount_that_opens_a_bound_pair(lang: str, text: str) -> None:
    """'un quart et ...': a connector after 'one fourth' is no noun making it an ordinal."""
    (q,) = extract_quantities(text, lang)
    assert (q.low, q.high) == (0.25, 0.5)


def test_one_and_an_ordinal_before_a_noun_stays_an_ordinal() -> None:
    assert extract_quantities("He left on a third day of talks.", "en") == []
