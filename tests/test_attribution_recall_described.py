"""A described subject opening its clause speaks through the listed cue right after it."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.attribution import ALL_KINDS, find_attributions


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "The real estate mogul declined to elaborate on his planned message.",
            "The real estate mogul",
            "declined",
        ),
        (
            "After the appeals court refused to reconsider the decision, the state appealed.",
            "the appeals court",
            "refused",
        ),
        (
            "While environmentalists welcomed the announcement, critics stayed silent.",
            "environmentalists",
            "welcomed",
        ),
        ("The legislation seeks to step up mandatory sanctions.", "The legislation", "seeks"),
    ],
)
def test_a_described_subject_opening_its_clause(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # the cue word is the phrase's head noun, not its verb
        ("Her economic plan was unveiled in Ohio.", "plan"),
        ("His state-level support is six points below the average.", "support"),
        ("The latest plan to stop Trump failed.", "plan"),
        # a preposition inside the phrase: the cue is the object's noun
        ("Her base of support was Long Island.", "support"),
        # a link opening the sentence names no subject
        ("Despite Cruz consolidating anti-Trump support, Trump gained.", "support"),
    ],
)
def test_a_noun_after_a_described_phrase_is_no_cue(text: str, noun: str):
    assert not any(cue == noun for _, cue in _pairs(text))


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ru", "uk"])
def test_languages_without_described_data(lang: str):
    """The family reads the cue families it may hold from the language data."""
    assert not lexicon(lang).verb_constructions.described_kinds


def test_constructions_keep_to_the_families_asked_for():
    """Stances and intentions are attitudes, not reports: the default families leave them out,
    and a teller of a family not asked for is not remembered for a pronoun after it."""
    text = (
        "The real estate mogul declined to elaborate. Trump has yet to endorse Ryan. "
        "The legislation seeks to raise sanctions, it said."
    )
    assert all(a.kind in ("speech", "belief") for a in find_attributions(text, "en"))
    said = [
        a
        for a in find_attributions(text, "en")
        if a.cue is not None and text[a.cue.start : a.cue.end] == "said"
    ]
    assert len(said) == 1 and said[0].innermost is not None
    assert said[0].innermost.name != "The legislation"
    kinds = {a.kind for a in find_attributions(text, "en", kinds=ALL_KINDS)}
    assert {"intention", "stance"} <= kinds


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "In the valley, where farmland is fast disappearing, developers see the old "
            "orchards as wasted space.",
            "developers",
            "see",
        ),
        (
            "More than anything else that happened this year, the vote demonstrates the "
            "growing power of the suburbs.",
            "the vote",
            "demonstrates",
        ),
        (
            "Although the plant reopened last month, local growers worry that the smell "
            "will return.",
            "local growers",
            "worry",
        ),
        (
            "The county admitted its error only when a school nurse reported high lead "
            "levels in the children's blood.",
            "a school nurse",
            "reported",
        ),
        (
            "Projecting confidence, even if the election returns suggest otherwise, is part of "
            "the plan.",
            "the election returns",
            "suggest",
        ),
    ],
)
def test_a_described_subject_after_a_comma_or_subordinator_speaks_through_the_cue(
    text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adverb, not a subject
        ("The report, now available online, methodically exposed the errors.", "methodically"),
        # a gerund describing what came before
        (
            "She would be the first woman in the post, possibly calling herself the first "
            "chancellor.",
            "possibly",
        ),
        # a participle with its agent after a comma: the phrase is no subject
        (
            "He dismissed the labels, a view endorsed by most of the crowd in the hall.",
            "a view",
        ),
        # a singular noun with no determiner is no subject after a comma
        ("The group will reach voters by mail, phone calls and radio ads.", "phone"),
    ],
)
def test_after_a_comma_an_adverb_gerund_or_bare_noun_is_no_subject(text: str, word: str):
    assert not any(t == word for t, _ in _pairs(text))
