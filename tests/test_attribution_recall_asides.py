"""The subject opening a sentence speaks through a listed cue after a long aside."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Executives for Mondelez, which generated more than $30 billion in revenue last year,"
            " say the move is sound.",
            "Executives for Mondelez, which generated more than $30 billion in revenue last year",
            "say",
        ),
        (
            "And Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought"
            " about it.",
            "Sen. Rob Portman (R-Ohio), another vulnerable incumbent",
            "said",
        ),
        (
            "Democrats -- including Clinton -- quickly accused Trump of suggesting violence.",
            "Democrats -- including Clinton --",  # "--" closes the aside as "—" does
            "quickly accused",
        ),
    ],
)
def test_a_subject_and_its_aside_before_a_listed_cue(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


def test_a_quotation_opening_the_sentence_is_the_content():
    text = (
        '"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled,'
        " said in a follow-up interview."
    )
    found = [
        a
        for a in find_attributions(text, "en")
        if a.source_span is not None
        and text[a.source_span.start : a.source_span.end].startswith("Harry Bond")
    ]
    assert len(found) == 1
    assert text[found[0].content.start : found[0].content.end].startswith("Both of them scare me")
    assert found[0].innermost is not None and found[0].innermost.name == "Harry Bond"


def test_a_participle_after_the_main_verb_names_the_subject_alone():
    text = (
        "Trump, whose views have upset even members of his own party, last year proposed a ban,"
        " citing the attacks in Paris."
    )
    assert ("Trump", "citing") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Like a family member, Ebeling said it is sometimes hard for her to watch the attacks.",
            "Ebeling",
            "said",
        ),
        (
            "After the debate, Mr. Kasich told reporters he would stay in the race.",
            "Mr. Kasich",
            "told",
        ),
    ],
)
def test_an_opening_phrase_before_the_subject(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


def test_one_teller_per_cue_when_the_cue_scan_found_one():
    text = (
        "Christopher Harvey, an African-American delegate from Houston, Texas, said the turmoil"
        " at the convention was a shame."
    )
    said = [cue for _, cue in _pairs(text) if cue == "said"]
    assert len(said) == 1


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ru", "uk"])
def test_languages_without_aside_data_keep_the_cue_scan_alone(lang: str):
    """The family reads the cue families it may hold from the language data."""
    assert not lexicon(lang).verb_constructions.aside_kinds
