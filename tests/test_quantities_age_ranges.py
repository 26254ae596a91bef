"""Ages with ranges and verb cues, in six languages: an age cue before a range of ages ("il a
environ 40 - 50 ans"), a bare duration after the verb "to be" in French and after "contar" in
Spanish as an age, and the same durations without a cue staying durations."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _ages(text: str, lang: str) -> list[tuple[float | None, float | None, float | None, str]]:
    return [(q.value, q.low, q.high, q.unit or "") for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "The suspects, men aged about 40 - 50 years, fled.", "year_of_age"),
        ("fr", "Il a environ 40 - 50 ans.", "year_of_age"),
        ("es", "Tiene unos 40 - 50 años.", "year_of_age"),
        ("de", "Männer im Alter von 40 - 50 Jahren", "year_of_age"),
        ("ru", "Ему 40 - 50 лет.", "year_of_age"),
        ("uk", "Йому 40 - 50 років.", "year_of_age"),
        ("fr", "La guerre a duré 40 - 50 ans.", "year"),
        ("de", "Der Krieg dauert 40 - 50 Jahre.", "year"),
        ("ru", "Война длится 40 - 50 лет.", "year"),
    ],
)
def test_an_age_cue_before_a_range_makes_both_ends_ages(lang: str, text: str, unit: str) -> None:
    assert _ages(text, lang) == [(None, 40.0, 50.0, unit)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "Elle est 60 ans; elle est née en 1945.", 60.0, "year_of_age"),
        ("fr", "C'est arrivé quand le bébé était seulement dix mois.", 10.0, "month_of_age"),
        ("fr", "La peine est de 8 ans.", 8.0, "year"),
        ("fr", "C'est 10 ans de prison.", 10.0, "year"),
        ("es", "Ahora cuenta noventa y cinco años.", 95.0, "year_of_age"),
        ("es", "La empresa cuenta con 5 años de experiencia.", 5.0, "year"),
        ("en", "The baby was only ten months old.", 10.0, "month_of_age"),
        ("de", "Das Baby war erst zehn Monate alt.", 10.0, "month_of_age"),
        ("ru", "Ребёнку было всего десять месяцев, ей 60 лет.", 60.0, "year_of_age"),
        ("uk", "Їй 60 років.", 60.0, "year_of_age"),
    ],
)
def test_a_duration_after_a_verb_of_age_is_an_age(
    lang: str, text: str, value: float, unit: str
) -> None:
    assert (value, None, None, unit) in _ages(text, lang)


def _measures(text: str, lang: str) -> list[tuple[float | None, str | None, str]]:
    return [
        (
            None if q.value is None else round(q.value, 4),
            q.unit,
            text[q.span.start : q.span.end],
        )
        for q in extract_quantities(text, lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "The suspect is 5 ft 2 in tall.", "5 ft 2 in"),
        ("en", "The suspect is 5 feet and 2 inches tall.", "5 feet and 2 inches"),
        ("fr", "Il mesure 5 pieds et 2 pouces.", "5 pieds et 2 pouces"),
        ("es", "Mide 5 pies y 2 pulgadas.", "5 pies y 2 pulgadas"),
        ("de", "Er ist 5 Fuß 2 Zoll groß.", "5 Fuß 2 Zoll"),
        ("ru", "Его рост 5 футов 2 дюйма.", "5 футов 2 дюйма"),
        ("uk", "Його зріст 5 футів 2 дюйми.", "5 футів 2 дюйми"),
    ],
)
def test_feet_and_inches_are_one_length(lang: str, text: str, surface: str) -> None:
    assert _measures(text, lang) == [(5.1667, "ft", surface)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The wall is 5 ft thick and 14 inches of it are concrete."),
        ("en", "The wall is 5 ft 14 in"),
        ("fr", "Le mur fait 5 pieds et 14 pouces"),
    ],
)
def test_inches_beyond_a_foot_are_no_part_of_it(lang: str, text: str) -> None:
    assert (5.0, "ft") in [(v, u) for v, u, _ in _measures(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "The length is 12 m 2 dm more or less", "m"),
        ("fr", "La longueur est de 12 m 2 dm.", "m"),
        ("es", "La longitud es de 12 m 2 dm.", "m"),
        ("de", "Die Länge ist 12 m 2 dm.", "m"),
        ("en", "a flat of 50 m2", "m2"),
        ("fr", "un appartement de 50 m2", "m2"),
    ],
)
def test_a_spaced_digit_after_a_unit_is_no_exponent(lang: str, text: str, unit: str) -> None:
    found = _measures(text, lang)
    assert found[0][1] == unit
    if unit == "m":
        assert found[1][:2] == (2.0, "dm")


@pytest.mark.parametrize("sign", ["μg", "µg"])  # Greek mu and the micro sign
def test_micrograms_with_either_mu(sign: str) -> None:
    assert _measures(f"The dose is 120 {sign}.", "en") == [(120.0, "ug", f"120 {sign}")]
