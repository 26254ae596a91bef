"""A listed participle opening the sentence before its agent ("Asked by a reporter whether ...,
the mayor said ...") names the agent as the teller of the question."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Asked by a local reporter whether she would run again, the mayor said she had not "
            "decided.",
            "a local reporter",
            "Asked",
        ),
        (
            "When asked by a reporter whether the plan would pass, the senator said it would.",
            "a reporter",
            "asked",
        ),
        (
            "Challenged by the moderator on his voting record, the senator defended it.",
            "the moderator",
            "Challenged",
        ),
    ],
)
def test_the_agent_of_an_opening_participle_is_its_teller(text: str, teller: str, cue: str):
    pairs = _pairs(text)
    assert (teller, cue) in pairs
    # the main clause keeps its own teller
    assert any(c in ("said", "defended") for _, c in pairs)


@pytest.mark.parametrize(
    "text",
    [
        # no agent: the subject after the clause was asked
        "Asked whether she would run again, the mayor said she had not decided.",
        # not the sentence's first word: measured as too often something else
        "The mayor, asked by a reporter about the budget, said it was balanced.",
    ],
)
def test_no_agent_no_teller_of_the_participle(text: str):
    assert all(c.lower() != "asked" for _, c in _pairs(text))


def test_the_family_is_language_data():
    data = lexicon("en").verb_constructions
    assert "ed" in data.participle_endings and "speech" in data.participle_kinds
    for lang, phrase in (
        ("fr", "interrogé"),
        ("de", "befragt"),
        ("es", "preguntado"),
        ("ru", "отвечая на вопрос"),
        ("uk", "відповідаючи на запитання"),
    ):
        # those languages list their participles one by one, for this family only
        # ("Interrogé par", "Preguntado por", "Отвечая на вопрос журналистов"), no ending
        # that would turn every opening participle into a cue
        other = lexicon(lang).verb_constructions
        assert not other.participle_endings, lang
        words = phrase.split()
        assert other.participle_cues.match(words, 0) == (len(words), "speech"), lang
