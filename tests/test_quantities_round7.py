"""Round 7 quantity rule families, in six languages: an age cue before a range of ages ("il a
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
