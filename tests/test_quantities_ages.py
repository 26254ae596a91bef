"""Ages, cases in every supported language: an adverb between the cue and the
number ("j'ai seulement 29 ans", "ему уже 35 лет"), a duration marked as an age after it
("dix-huit mois d'âge", "6 semanas de edad", "29 Jahre alt"), comparisons of age ("plus jeunes
que trois mois", "mayores de 65 años"); a duration without a cue stays a duration.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.unit) for q in extract_quantities(text, lang)]


AGES = [
    ("en", "The pilot was only 29 years old.", [(29.0, "year_of_age")]),
    ("de", "Er starb im Alter von fast 90 Jahren.", [(90.0, "year_of_age")]),
    ("fr", "J'ai seulement 29 ans !", [(29.0, "year_of_age")]),
    ("fr", "Le cas est diagnostiqué à dix-huit mois d'âge.", [(18.0, "month_of_age")]),
    (
        "fr",
        "95 % d'entre eux étaient plus jeunes que trois mois.",
        [(95.0, "percent"), (3.0, "month_of_age")],
    ),
    ("es", "El bebé tenía tan solo diez meses.", [(10.0, "month_of_age")]),
    ("es", "El hijo ha cumplido 6 semanas de edad.", [(6.0, "week_of_age")]),
    ("es", "Una casa de 100 años de antigüedad.", [(100.0, "year_of_age")]),
    ("es", "La ayuda es para los mayores de 65 años.", [(65.0, "year_of_age")]),
    ("de", "Der Soldat ist erst 29 Jahre alt.", [(29.0, "year_of_age")]),
    ("ru", "Ему уже 35 лет.", [(35.0, "year_of_age")]),
    ("uk", "Йому вже 35 років.", [(35.0, "year_of_age")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGES)
def test_ages(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


DURATIONS = [
    ("en", "The offensive lasted only 29 days.", [(29.0, "day")]),
    ("fr", "Il y a seulement 5 ans, l'usine n'existait pas.", [(5.0, "year")]),
    ("fr", "La guerre dure depuis presque trois ans.", [(3.0, "year")]),
    ("es", "La guerra dura ya casi tres años.", [(3.0, "year")]),
    ("de", "Der Krieg dauert schon 3 Jahre.", [(3.0, "year")]),
    ("ru", "Война идёт уже 3 года.", [(3.0, "year")]),
    ("uk", "Війна триває вже 3 роки.", [(3.0, "year")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DURATIONS)
def test_durations_without_an_age_cue_stay_durations(
    lang: str, text: str, expected: list[tuple]
) -> None:
    assert _brief(text, lang) == expected
