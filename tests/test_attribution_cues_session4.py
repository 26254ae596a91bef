"""Cues added in session 4 from the PolNeAR train half, each kept only where its new sources
were at least 0.55 true there: "encouraged", "pledged", "determined" as verbs of a teller, a
gerund after "taken to" / "took turns", light-verb phrases ("made no mention of", "came out in
support of", "paid tribute to"), "co-sponsored", "vetoed", "identify" and a few more. Words
measured and left out ("states", "continues", "find", "signed", "attacking", "call") must stay
out: they name no teller far too often."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon, phrase_tokens


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "In a radio interview, the bishop encouraged voters to stay home.",
            "the bishop",
            "encouraged",
        ),
        ("The governor pledged her support to the union's candidate.", "The governor", "pledged"),
        (
            "Investigators determined that the fire had been set deliberately.",
            "Investigators",
            "determined",
        ),
        (
            "The senator co-sponsored a bill to cap insulin prices.",
            "The senator",
            "co-sponsored",
        ),
        ("The governor vetoed the measure on Friday.", "The governor", "vetoed"),
        (
            "Many young voters identify themselves as independents.",
            "Many young voters",
            "identify",
        ),
        (
            "The new ordinance prohibits camping in city parks.",
            "The new ordinance",
            "prohibits",
        ),
        (
            "Some analysts interpret the vote as a warning to the party.",
            "Some analysts",
            "interpret",
        ),
        (
            "In his speech, the governor made no mention of the budget shortfall.",
            "the governor",
            "made no mention of",
        ),
        (
            "Two more senators have come out in support of the nominee.",
            "Two more senators",
            "have come out in support of",
        ),
        (
            "Republicans have zeroed in on the governor's handling of the floods.",
            "Republicans",
            "have zeroed in on",
        ),
        (
            "The auditor raised questions about the contract last week.",
            "The auditor",
            "raised questions about",
        ),
        (
            "The mayor has taken to urging residents to conserve water.",
            "The mayor",
            "has taken to urging",
        ),
        ("The speakers took turns urging the crowd to vote.", "The speakers", "took turns urging"),
    ],
)
def test_session_four_cues_find_their_teller(text: str, teller: str, cue: str):
    pairs = _pairs(text)
    assert any(t.startswith(teller) and c.endswith(cue.split()[-1]) for t, c in pairs), pairs


@pytest.mark.parametrize(
    "word",
    [
        "states",
        "continues",
        "find",
        "signed",
        "attacking",
        "call",
        "felt",
        "cast",
        "nominated",
        "fight for",
        "clashed with",
    ],
)
def test_words_measured_as_noise_are_no_cues(word: str):
    assert lexicon("en").cues.match(list(phrase_tokens(word)), 0) is None


def test_the_gerund_links_are_language_data():
    assert "taken to" in lexicon("en").verb_constructions.gerund_links
    for lang in ("fr", "de", "es", "ru", "uk"):
        assert not lexicon(lang).verb_constructions.gerund_links
