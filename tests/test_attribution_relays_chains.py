"""An outlet relaying a named speaker ("According to Reuters, the minister said ...", "Laut
Reuters sagte der Minister, ..."): a reader expects the claim credited to the minister as relayed
by Reuters (chain Reuters › minister), never to Reuters alone."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_attributions


def _chains(text: str, lang: str) -> list[list[str]]:
    return [[s.name for s in a.chain] for a in find_attributions(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "According to Reuters, the minister said the drones came from Iran.", "minister"),
        ("fr", "Selon Reuters, le ministre a déclaré que les drones venaient d'Iran.", "ministre"),
        ("es", "Según Reuters, el ministro dijo que los drones venían de Irán.", "ministro"),
        ("de", "Laut Reuters sagte der Minister, die Drohnen stammten aus dem Iran.", "Minister"),
        (
            "de",
            "Laut Reuters erklärte die Ministerin, dass die Drohnen aus dem Iran stammten.",
            "Ministerin",
        ),
        (
            "de",
            "Nach Angaben von Reuters sagte der Minister, die Drohnen stammten aus dem Iran.",
            "Minister",
        ),
        (
            "de",
            "Reuters zufolge sagte der Minister, die Drohnen stammten aus dem Iran.",
            "Minister",
        ),
        (
            "de",
            "Laut Reuters hat der Minister gesagt, die Drohnen stammten aus dem Iran.",
            "Minister",
        ),
        ("ru", "По данным Reuters, министр заявил, что дроны собраны в Алабуге.", "министр"),
        (
            "fr",
            "Comme l'a rapporté Reuters, le ministre a déclaré que les drones venaient d'Iran.",
            "ministre",
        ),
        ("es", "Como informó Reuters, el ministro dijo que los drones venían de Irán.", "ministro"),
        ("ru", "Как сообщает Reuters, министр заявил, что дроны собраны в Алабуге.", "министр"),
        (
            "de",
            "Wie Reuters berichtet, sagte der Minister, die Drohnen stammten aus dem Iran.",
            "Minister",
        ),
        ("uk", "За даними Reuters, міністр заявив, що дрони зібрані в Алабузі.", "міністр"),
    ],
)
def test_an_outlet_relays_the_speaker_named_after_it(lang: str, text: str, speaker: str) -> None:
    chains = _chains(text, lang)
    # the speaker's statement is relayed by the outlet, and credited to no one else
    assert [chain for chain in chains if chain[-1] == speaker] == [["Reuters", speaker]]
    # the outlet speaks once, for the whole sentence
    assert [chain for chain in chains if chain[-1] != speaker] == [["Reuters"]]


def test_a_relay_without_a_speaker_is_the_outlet_alone() -> None:
    assert _chains("Laut Reuters stammten die Drohnen aus dem Iran.", "de") == [["Reuters"]]


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        (
            "fr",
            "Les drones venaient d'Iran, comme l'a rapporté Reuters.",
            "Les drones venaient d'Iran",
        ),
        ("es", "Los drones venían de Irán, como informó Reuters.", "Los drones venían de Irán"),
    ],
)
def test_an_as_clause_names_the_outlet_relaying_the_sentence(
    lang: str, text: str, content: str
) -> None:
    [att] = find_attributions(text, lang)
    assert [s.name for s in att.chain] == ["Reuters"]
    assert text[att.content.start : att.content.end] == content


def test_a_clause_opening_a_verb_second_sentence_leaves_the_speaker_after_the_verb() -> None:
    text = "Als die Drohnen einschlugen, sagte der Minister, die Lage sei ernst."
    [att] = find_attributions(text, "de")
    assert [s.name for s in att.chain] == ["Minister"]
    assert text[att.content.start : att.content.end] == "die Lage sei ernst"


def test_an_as_clause_opening_the_sentence_is_no_question() -> None:
    text = "Wie Reuters berichtete, stammten die Drohnen aus dem Iran."
    [att] = find_attributions(text, "de")
    assert [s.name for s in att.chain] == ["Reuters"]
    assert text[att.content.start : att.content.end] == "stammten die Drohnen aus dem Iran"
