"""Degrees and comparison signs, cases in every supported language: a bare degree read by what its
sentence is about (temperature or angle), a degree sign before a spelled scale ("100° Celsius"),
an explicit equality closed by a bound after the number ("equal to 5000 or less"), and comparison
signs glued to another sign ("<>30", "=>30"), which are no bounds.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _one(text: str, lang: str) -> tuple:
    found = extract_quantities(text, lang)
    assert len(found) == 1, found
    q = found[0]
    return q.value, q.unit, q.dimension


BARE_DEGREES = [
    ("en", "Forecasters expect temperatures to reach 41 degrees on Sunday.", "temperature"),
    ("en", "The ship turned 90 degrees to port.", "angle"),
    ("fr", "La température a atteint 41 degrés à Paris.", "temperature"),
    ("fr", "Le navire a tourné de 90 degrés.", "angle"),
    ("es", "La temperatura llegó a 41 grados en Sevilla.", "temperature"),
    ("es", "El barco giró 90 grados a babor.", "angle"),
    ("de", "Die Temperatur stieg am Samstag auf 41 Grad.", "temperature"),
    ("de", "Das Schiff drehte sich um 90 Grad.", "angle"),
    ("ru", "Температура воздуха поднялась до 41 градуса.", "temperature"),
    ("ru", "Судно совершило поворот на 90 градусов.", "angle"),
    ("uk", "Температура повітря сягнула 41 градуса.", "temperature"),
    ("uk", "Судно здійснило поворот на 90 градусів.", "angle"),
]


@pytest.mark.parametrize(("lang", "text", "dimension"), BARE_DEGREES)
def test_a_bare_degree_takes_its_dimension_from_the_sentence(
    lang: str, text: str, dimension: str
) -> None:
    value, unit, got = _one(text, lang)
    assert (unit, got) == ("degree", dimension)
    assert value in (41, 90)


def test_a_cue_in_another_sentence_does_not_decide() -> None:
    text = "The temperature fell overnight. The crane swung 30 degrees."
    assert _one(text, "en")[2] == "angle"  # no cue in its sentence: the data file's dimension


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Water boils at 100° Celsius."),
        ("fr", "L'eau bout à 100° Celsius."),
        ("es", "El agua hierve a 100° Celsius."),
        ("de", "Wasser kocht bei 100° Celsius."),
        ("ru", "Вода кипит при 100° Celsius."),
        ("uk", "Вода кипить при 100° Celsius."),
    ],
)
def test_a_degree_sign_before_a_spelled_scale_is_that_scale(lang: str, text: str) -> None:
    assert _one(text, lang) == (100, "celsius", "temperature")


EQUAL_OR = [
    ("en", "His score is equal to 5000 or less.", "<="),
    ("en", "His score is equal to 5000 or more.", ">="),
    ("fr", "Son score est égal à 5000 ou moins.", "<="),
    ("fr", "Son score est égal à 5000 ou plus.", ">="),
    ("es", "Su nota es igual a 5000 o menor.", "<="),
    ("es", "Su nota es igual a 5000 o mayor.", ">="),
    ("de", "Der Wert ist gleich 5000 oder weniger.", "<="),
    ("ru", "Значение равно 5000 или меньше.", "<="),
    ("uk", "Значення дорівнює 5000 або більше.", ">="),
]


@pytest.mark.parametrize(("lang", "text", "bound"), EQUAL_OR)
def test_equality_then_a_bound_after_is_one_inclusive_bound(
    lang: str, text: str, bound: str
) -> None:
    (q,) = extract_quantities(text, lang)
    assert (q.value, q.bound) == (5000, bound)
    assert q.bound_span is not None
    phrase = text[q.bound_span.start : q.bound_span.end]
    assert phrase.split()[0] != "5000" and not phrase.endswith("5000")  # equality .. bound


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ru", "uk"])
@pytest.mark.parametrize("text", ["<>30", "=>30", "=<30"])
def test_a_comparison_sign_glued_to_another_is_no_bound(lang: str, text: str) -> None:
    (q,) = extract_quantities(text, lang)
    assert (q.value, q.bound, q.bound_span) == (30, "=", None)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ru", "uk"])
def test_standard_comparison_signs_stay_bounds(lang: str) -> None:
    found = extract_quantities("x>=10 ; z<20", lang)
    assert [(q.value, q.bound) for q in found] == [(10, ">="), (20, "<")]


BRACKETED = [
    ("en", "The payload is 20 (kg) per drone.", 20, "kg"),
    ("fr", "La charge utile est de 20 [kg] par drone.", 20, "kg"),
    ("es", "La carga útil es de 20 {kg} por dron.", 20, "kg"),
    ("de", "Die Nutzlast beträgt 20 (kg) pro Drohne.", 20, "kg"),
    ("ru", "Полезная нагрузка составляет 20 (km) за полёт.", 20, "km"),
    ("uk", "Дальність становить 20 <km> за політ.", 20, "km"),
]


@pytest.mark.parametrize(("lang", "text", "value", "unit"), BRACKETED)
def test_a_unit_in_brackets_after_its_amount(lang: str, text: str, value: int, unit: str) -> None:
    got_value, got_unit, _ = _one(text, lang)
    assert (got_value, got_unit.split("/")[0]) == (value, unit)  # "per drone" makes it a rate


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ru", "uk"])
@pytest.mark.parametrize("text", ["Option 2 (A) was chosen.", "Reuters counted 20 (AP) items."])
def test_a_bracketed_label_or_outlet_is_no_unit(lang: str, text: str) -> None:
    assert all(q.unit is None for q in extract_quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The crane lifts 100t at most."),
        ("fr", "La grue soulève 100t au plus."),
        ("es", "La grúa levanta 100 t como máximo."),
        ("de", "Der Kran hebt 100t."),
        ("ru", "Кран поднимает 100t."),
        ("uk", "Кран піднімає 100 t."),
    ],
)
def test_a_lower_case_t_after_digits_is_tonnes(lang: str, text: str) -> None:
    (q,) = extract_quantities(text, lang)
    assert (q.value, q.unit, q.si_value, q.si_unit) == (100, "t", 100000, "kg")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The antenna tilts by 0.8rad, or 2 radians at most."),
        ("fr", "L'antenne s'incline de 0.8rad, soit 2 radians au plus."),
        ("es", "La antena se inclina 0.8rad, o 2 radianes como máximo."),
        ("de", "Die Antenne neigt sich um 0.8rad, höchstens 2 Radiant."),
        ("ru", "Антенна наклоняется на 0.8rad, не более 2 радиан."),
        ("uk", "Антена нахиляється на 0.8rad, не більше 2 радіан."),
    ],
)
def test_radians_are_angles(lang: str, text: str) -> None:
    found = [(q.value, q.unit, q.dimension) for q in extract_quantities(text, lang)]
    assert found == [(0.8, "radian", "angle"), (2, "radian", "angle")]
