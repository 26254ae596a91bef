"""Round 8 rule families, cases in every supported language: a bare degree read by what its
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
