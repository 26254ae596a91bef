"""A pronoun contracted with its auxiliary ("he's said") is the teller of the cue after it."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        ("Just look at Paul Ryan. He's said he gets his ideas from a speaker.", "He's", "said"),
        ("And she's also describing the benefits of diversity.", "she's", "also describing"),
        (
            "Trump won Nevada, and he’s repeatedly claimed that the vote was rigged.",
            "he’s",
            "repeatedly claimed",
        ),
    ],
)
def test_a_contracted_pronoun_speaks(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


def test_a_name_with_a_possessive_ending_keeps_its_noun():
    text = "Trump's plans are vague. Clinton's statement was short."
    assert _pairs(text) == []


def test_the_teller_resolves_to_the_person_named_before():
    text = "Paul Ryan said taxes would fall. He's said he gets his ideas from a speaker."
    found = [
        a
        for a in find_attributions(text, "en")
        if a.source_span is not None and text[a.source_span.start : a.source_span.end] == "He's"
    ]
    assert len(found) == 1 and found[0].innermost is not None
    assert found[0].innermost.name == "Paul Ryan"
    assert text[found[0].content.start : found[0].content.end].startswith("he gets his ideas")


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ru", "uk"])
def test_languages_without_contracted_pronouns(lang: str):
    """Only pronouns of the language data ending like a possessive open the construction."""
    lex = lexicon(lang)
    endings = lex.possessive_endings
    assert not any(endings and p.endswith(endings) for p in lex.pronouns)
