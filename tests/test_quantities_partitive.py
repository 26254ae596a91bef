"""Partitive counts: in an air force's overnight summary, the part of a counted whole counts the
same thing ("shot down 34 of 40 drones": 34 drones), in six languages and three shapes."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _counts(text: str, lang: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(q.value, q.unit, q.counted) for q in extract_quantities(text, lang)]


PART_BEFORE_WHOLE = [
    ("en", "Air defence shot down 34 of 40 drones overnight.", "drones"),
    ("en", "The air force said 34 out of 40 Shahed drones were destroyed.", "Shahed drones"),
    ("fr", "La défense antiaérienne a abattu 34 des 40 drones.", "drones"),
    ("de", "Die Luftabwehr hat 34 von 40 Drohnen abgeschossen.", "Drohnen"),
    ("es", "La defensa aérea derribó 34 de 40 drones.", "drones"),
    ("ru", "Силами ПВО сбиты 34 из 40 дронов.", "дронов"),
    ("uk", "Силами ППО збито 34 з 40 дронів.", "дронів"),
]


@pytest.mark.parametrize(("lang", "text", "noun"), PART_BEFORE_WHOLE)
def test_the_part_before_its_whole_counts_the_wholes_noun(lang: str, text: str, noun: str) -> None:
    assert _counts(text, lang) == [(34.0, "drone", noun), (40.0, "drone", noun)]


def test_the_part_points_at_the_wholes_noun_and_keeps_its_own_span() -> None:
    text = "Air defence shot down 34 of the 40 drones overnight."
    part, whole = extract_quantities(text, "en")
    assert part.text == "34" and part.dimension == "count"
    assert part.counted_span == whole.counted_span
    assert text[part.counted_span.start : part.counted_span.end] == "drones"


NOUN_WITH_THE_PART = [
    ("en", "Air defence shot down 34 drones out of 40.", "drones"),
    ("fr", "34 drones sur 40 ont été abattus.", "drones"),
    ("de", "34 Drohnen von 40 wurden abgeschossen.", "Drohnen"),
    ("es", "La defensa derribó 34 drones de 40.", "drones"),
    ("ru", "Сбиты 34 дрона из 40.", "дрона"),
    ("uk", "Збито 34 дрони з 40.", "дрони"),
]


@pytest.mark.parametrize(("lang", "text", "noun"), NOUN_WITH_THE_PART)
def test_a_bare_whole_after_the_part_counts_the_parts_noun(lang: str, text: str, noun: str) -> None:
    assert _counts(text, lang) == [(34.0, "drone", noun), (40.0, "drone", noun)]


WHOLE_OPENS_THE_CLAUSE = [
    ("en", "Of the 40 drones launched overnight, 34 were shot down."),
    ("fr", "Sur les 40 drones lancés cette nuit, 34 ont été abattus."),
    ("de", "Von den 40 Drohnen wurden 34 abgeschossen."),
    ("es", "De los 40 drones lanzados, 34 fueron derribados."),
    ("ru", "Из 40 дронов сбиты 34."),
    ("uk", "Загалом з 40 дронів збито 34."),
]


@pytest.mark.parametrize(("lang", "text"), WHOLE_OPENS_THE_CLAUSE)
def test_a_whole_opening_the_clause_gives_the_part_after_it_its_unit(lang: str, text: str) -> None:
    assert [(v, u) for v, u, _ in _counts(text, lang)] == [(40.0, "drone"), (34.0, "drone")]


PRONOUN_FOR_THE_WHOLE = [
    ("en", "Russia launched 40 drones overnight; 34 of them were shot down."),
    ("fr", "La Russie a lancé 40 drones, dont 34 ont été abattus."),
    ("de", "Russland startete 40 Drohnen, 34 davon wurden abgeschossen."),
    ("es", "Rusia lanzó 40 drones, 34 de ellos fueron derribados."),
    ("ru", "Противник запустил 40 дронов, из них 34 сбиты."),
    ("uk", "Ворог запустив 40 дронів, з них 34 збито."),
]


@pytest.mark.parametrize(("lang", "text"), PRONOUN_FOR_THE_WHOLE)
def test_a_pronoun_for_the_count_just_named_gives_the_part_its_unit(lang: str, text: str) -> None:
    assert [(v, u) for v, u, _ in _counts(text, lang)] == [(40.0, "drone"), (34.0, "drone")]


NOT_A_PART = [
    # the nearest count is missiles, and 34 missiles of 3 cannot be: no unit is guessed
    ("en", "Russia launched 40 drones and 3 missiles, 34 of them were shot down.", 34.0),
    ("fr", "La Russie a lancé 40 drones et 3 missiles, dont 34 ont été abattus.", 34.0),
    ("de", "Russland startete 40 Drohnen und 3 Raketen, 34 davon wurden abgeschossen.", 34.0),
    ("es", "Rusia lanzó 40 drones y 3 misiles, 34 de ellos fueron derribados.", 34.0),
    ("ru", "Противник запустил 40 дронов и 3 ракеты, из них 34 сбиты.", 34.0),
    ("uk", "Ворог запустив 40 дронів і 3 ракети, з них 34 збито.", 34.0),
]


@pytest.mark.parametrize(("lang", "text", "value"), NOT_A_PART)
def test_a_part_larger_than_the_nearest_count_gets_no_unit(
    lang: str, text: str, value: float
) -> None:
    found = [q for q in extract_quantities(text, lang) if q.value == value]
    assert [q.unit for q in found] == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two thirds of the 90 drones were shot down."),
        ("fr", "Les deux tiers des 90 drones ont été abattus."),
        ("de", "Zwei Drittel der 90 Drohnen wurden abgeschossen."),
        ("es", "Dos tercios de los 90 drones fueron derribados."),
        ("ru", "Две трети из 90 беспилотников были сбиты."),
        ("uk", "Дві третини з 90 безпілотників були збиті."),
    ],
)
def test_a_share_of_a_whole_stays_a_share(lang: str, text: str) -> None:
    share = extract_quantities(text, lang)[0]
    assert share.value == pytest.approx(2 / 3) and share.unit is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia launched 40 drones.\n\n34 of them is a different story."),
        ("fr", "La Russie a lancé 40 drones.\n\nAu Sénat, 34 d'entre eux ont voté pour."),
    ],
)
def test_a_pronoun_does_not_reach_into_the_next_paragraph(lang: str, text: str) -> None:
    assert [q.unit for q in extract_quantities(text, lang) if q.value == 34.0] == [None]
