"""A listed cue after a verb chain ("has yet to endorse", "continue to believe") keeps its teller."""

from __future__ import annotations

import pytest

from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.attribution import ALL_KINDS, Attribution, find_attributions


def _found(text: str, lang: str = "en") -> list[Attribution]:
    return find_attributions(text, lang, kinds=ALL_KINDS)


def _pairs(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [
        (text[a.source_span.start : a.source_span.end], text[a.cue.start : a.cue.end])
        for a in _found(text, lang)
        if a.source_span is not None and a.cue is not None
    ]


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "While Donald Trump has yet to endorse Paul Ryan's re-election bid, Pence did.",
            "Donald Trump",
            "has yet to endorse",
        ),
        (
            "Trump has avoided directly criticizing Comey.",
            "Trump",
            "has avoided directly criticizing",
        ),
        ("Chaffetz is also asking Comey to turn over the file.", "Chaffetz", "is also asking"),
        (
            "Sanders does not fully understand the roadblocks.",
            "Sanders",
            "does not fully understand",
        ),
        (
            "I continue to believe that our next president will be chosen on the issues.",
            "I",
            "continue to believe",
        ),
        (
            "Bernie Sanders is struggling to demonstrate his claim.",
            "Bernie Sanders",
            "is struggling to demonstrate",
        ),
    ],
)
def test_a_verb_chain_before_a_listed_cue_keeps_the_subject(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        # passives: the subject is what is expected, asked or chosen, not a teller
        ("The leaders were expected to discuss the battle against the Islamic State.", "discuss"),
        ("Ms. Brainard was raised to see America in the context of a broader world.", "see"),
        # obligations report nothing
        ("Trump had to defend several of his business deals on Monday.", "defend"),
        ("Voters need to show up at the polls in November.", "show"),
        # a noun in -s before an infinitive or a participle is no verb
        ("Federal rules forbid using campaign resources to support private endeavors.", "support"),
        # an object before "to" is no chain: the verb before it has its own teller
        ("Trump urged people to vote for him.", "vote"),
    ],
)
def test_passives_obligations_and_nouns_open_no_chain(text: str, cue_word: str):
    for a in _found(text):
        assert a.cue is None or cue_word not in text[a.cue.start : a.cue.end]


def test_a_verb_chain_in_a_real_paragraph():
    text = (
        "Republican presidential nominee Donald Trump has yet to endorse House Speaker Paul "
        "Ryan's re-election bid. Still, polls continue to show that GOP voters are more "
        "likely to turn out. Critics had to defend the plan, and the leaders were expected "
        "to discuss it."
    )
    pairs = _pairs(text)
    assert ("Republican presidential nominee Donald Trump", "has yet to endorse") in pairs
    assert ("polls", "continue to show") in pairs
    assert not any(cue.endswith(("to defend", "to discuss")) for _, cue in pairs)


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ru", "uk"])
def test_languages_without_chain_data_keep_their_cues(lang: str):
    """The family reads its words from the language data; where a language lists none, its
    attributions are those of the cue scan alone."""
    texts = {
        "fr": "Le ministre a déclaré que les frappes continuaient.",
        "de": "Der Minister sagte, die Angriffe gingen weiter.",
        "es": "El ministro dijo que los ataques continuaban.",
        "ru": "Министр заявил, что удары продолжаются.",
        "uk": "Міністр заявив, що удари тривають.",
    }
    assert not lexicon(lang).verb_constructions.chain_words
    found = _found(texts[lang], lang)
    assert len(found) == 1 and found[0].source_span is not None


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Ben Carson and Rand Paul have all attacked the program.",
            "Ben Carson and Rand Paul",
            "have all attacked",
        ),
        (
            "Her campaign workers here said they had worked the state since spring.",
            "Her campaign workers",
            "here said",
        ),
        ("The two senators both said the bill would fail.", "The two senators", "both said"),
    ],
)
def test_quantifiers_and_place_words_between_teller_and_verb(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


def test_a_vote_to_act_is_an_intention():
    text = "While serving in the House, Sanders voted to ban therapeutic cloning in 2001."
    found = [a for a in _found(text) if a.cue is not None and a.kind == "intention"]
    assert [text[a.cue.start : a.cue.end] for a in found] == ["voted to"]
    assert found[0].source_span is not None
    assert text[found[0].source_span.start : found[0].source_span.end] == "Sanders"
