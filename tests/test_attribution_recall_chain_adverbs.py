"""A listed cue after an auxiliary and an adverb no suffix marks ("has twice complained", "has
since said", "has not yet responded", "are more likely to say") keeps its teller, and a copula
after a common-noun teller ("the campaign *is* already claiming") opens a chain."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "The Veterans Council has twice complained to the mayor's office about the flyers.",
            "The Veterans Council",
            "has twice complained",
        ),
        (
            "The governor has since said she would sign a narrower version of the bill.",
            "The governor",
            "has since said",
        ),
        (
            "The ministry has not yet responded to the union's letter.",
            "The ministry",
            "has not yet responded to",
        ),
        (
            "Younger voters were more likely to say that the economy was their main worry.",
            "Younger voters",
            "were more likely to say",
        ),
        (
            "Union households were slightly more likely to say they would vote on Tuesday.",
            "Union households",
            "were slightly more likely to",
        ),
        (
            "But the governor has begun to rebut that criticism in town halls.",
            "the governor",
            "has begun to rebut",
        ),
        (
            "Suburban voters tend to favor candidates who promise lower taxes.",
            "Suburban voters",
            "tend to favor",
        ),
        (
            "With 40 delegates at stake, the governor is now assured of winning at least 25.",
            "the governor",
            "is now assured of",
        ),
        (
            "With half the precincts counted, the Kasich campaign is already claiming victory.",
            "the Kasich campaign",
            "is already claiming",
        ),
    ],
)
def test_an_adverb_or_copula_in_the_chain_keeps_the_subject(text: str, teller: str, cue: str):
    found = _pairs(text)
    assert any(t.endswith(teller) and c.startswith(cue.split()[0]) for t, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a copula in -s after a plural noun is still no verb chain of a teller
        "Campaign resources is already claiming most of the budget.",
        # "since" opening a clause is no adverb of the chain
        "Prices have risen since voters said they wanted lower taxes.",
        # a likelihood, no stance: measured as mostly false after "far" and with "less"
        "Prices are far more likely to rise in winter.",
    ],
)
def test_no_teller_is_invented(text: str):
    assert all(t not in ("Campaign resources", "Prices") for t, _ in _pairs(text))


def test_the_adverbs_are_language_data():
    data = lexicon("en").verb_constructions
    assert {"twice", "since", "yet", "more"} <= data.chain_adverbs
    assert "yet" not in data.chain_words
    for lang in ("fr", "de", "es", "ru", "uk"):
        # no verb chain data there: the family stays silent rather than guessing; their
        # adverbs no suffix marks ("дважды заявил", "hat mehrfach betont", "n'a jamais
        # confirmé") are words the teller search steps over (``pre_cue_skip``), tested in
        # test_attribution_multilingual_constructions.py
        assert not lexicon(lang).verb_constructions.chain_words


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "The senator, who has in the past described the tax as a burden, voted for it.",
            "who",
            "has in the past described",
        ),
        (
            "Her neighbors have for years complained about the noise from the depot.",
            "Her neighbors",
            "have for years complained",
        ),
        (
            "The mayor, who for weeks had criticized the plan, backed it on Friday.",
            "who",
            "for weeks had criticized",
        ),
    ],
)
def test_an_adverbial_phrase_between_teller_and_cue_is_part_of_the_cue(
    text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text)


def test_a_gerund_after_an_adverbial_phrase_keeps_no_object_as_teller():
    # "an ad campaign in recent weeks praising": a participle describing the object before the
    # phrase, which is no teller the phrase opens a chain for
    text = "The campaign ran an ad campaign in recent weeks praising the senator."
    assert not any(t == "an ad campaign" for t, _ in _pairs(text))
