"""Casualty reports count the wounded apart from the dead: the default profile's ``injured``
measure, in six languages, and a count that is the subject of its own trigger ("3 were killed
and 12 were injured": the 12 is injured, though "killed" stands right before it)."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text


def _measures(text: str, lang: str) -> dict[float, str]:
    claims = extract_claims_from_text(text, lang, "2025-11-22")
    return {c.quantity.value: c.measure for c in claims if c.quantity is not None}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In Kharkiv, 12 people were injured in the overnight attack."),
        ("fr", "À Kharkiv, 12 personnes ont été blessées dans l'attaque de la nuit."),
        ("de", "In Charkiw wurden bei dem nächtlichen Angriff 12 Menschen verletzt."),
        ("es", "En Járkov 12 personas resultaron heridas en el ataque nocturno."),
        ("ru", "В Харькове в результате ночной атаки ранены 12 человек."),
        ("uk", "У Харкові внаслідок нічної атаки поранено 12 людей."),
    ],
)
def test_the_wounded_are_an_injured_figure(lang: str, text: str) -> None:
    assert _measures(text, lang) == {12: "injured"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In Kharkiv, 3 people were killed and 12 were injured."),
        ("de", "In Charkiw wurden 3 Menschen getötet und 12 verletzt."),
        ("ru", "В Белгороде погибли двое, трое ранены."),
    ],
)
def test_killed_and_injured_in_one_sentence_stay_apart(lang: str, text: str) -> None:
    measures = _measures(text, lang)
    assert sorted(measures.values()) == ["injured", "killed"]


def test_a_count_followed_by_its_own_trigger_takes_it() -> None:
    measures = _measures("Russia launched 40 drones and 34 were shot down.", "en")
    assert measures == {40: "launched", 34: "intercepted"}
