"""A long subject opening its clause speaks through the reporting verb after it, however many
complements it holds ("A person familiar with the planning for Thursday's meeting says")."""

from __future__ import annotations

import pytest

from attribution_pairs import told_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.a_tellers_subjects import MAX_SUBJECT, long_subject_before
from claimgraph.extract.a_tokens import tokenize


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "A person familiar with the planning for Monday's summit says the talks will"
            " focus on trade.",
            "A person familiar with the planning for Monday's summit",
            "says",
        ),
        (
            "An earlier report in a Nevada paper said that the senator had used the photos.",
            "An earlier report in a Nevada paper",
            "said",
        ),
        (
            "Several sources close to the negotiations say the deal is nearly done.",
            "Several sources close to the negotiations",
            "say",
        ),
        (
            "But while donors are pleased, staff members privy to the budget talks say the"
            " money is running out.",
            "staff members privy to the budget talks",
            "say",
        ),
        (
            "Election officials in three rural counties told reporters the count would be late.",
            "Election officials in three rural counties",
            "told",
        ),
        (
            "Majorities of Democrats in five states voting on Super Tuesday say they are satisfied.",
            "Majorities of Democrats in five states voting",
            "say",
        ),
        (
            "Officials in the county last week said the count was done.",
            "Officials in the county",
            "said",
        ),
    ],
)
def test_a_long_subject_opening_its_clause_is_the_teller(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "not_teller"),
    [
        # the cue word is a noun ("calls") or a participle ("released"), not a finite verb
        ("The campaign paid for get-out-the-vote phone calls in Ohio.", "get-out-the-vote phone"),
        ("A number of the email exchanges released Tuesday included aides.", "email exchanges"),
        # an interrogative or a time phrase is no subject
        (
            "He would worsen what the president said in Ohio was a bad climate.",
            "what the president",
        ),
        ("Trump at the time said he had asked his people to look into it.", "Trump at the time"),
    ],
)
def test_no_long_subject_where_the_words_are_no_noun_phrase(text: str, not_teller: str):
    assert not any(teller.startswith(not_teller) for teller, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "A state university poll out this week shows the governor with a narrow lead.",
            "A state university poll out",
            "shows",
        ),
        (
            "A county survey conducted last month found that most residents oppose the plan.",
            "A county survey conducted",
            "found",
        ),
        (
            "An analysis by the budget office of bills going back to 1990 showed a pattern.",
            "An analysis by the budget office of bills going back to 1990",
            "showed",
        ),
    ],
)
def test_a_long_subject_naming_a_document_tells_through_its_verb(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


def test_a_document_verb_after_no_document_is_no_cue_of_a_long_subject():
    # "shows" here is the plural noun of "favorite TV shows", no document speaks
    lex = lexicon("en")
    toks = tokenize("Voters in the state's favorite late-night comedy shows laugh.")
    shows = next(n for n, t in enumerate(toks) if t.low == "shows")
    assert long_subject_before(toks, 0, shows, lex) is None
    toks = tokenize("A poll of voters in the state shows a tie.")
    found = long_subject_before(toks, 0, 7, lex)
    assert found is not None and (found.a, found.b) == (0, 7)


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("If spending does not slow down, forecasters say the fund will run dry.", "forecasters"),
        ("The race looks settled, although history says upsets happen.", "history"),
    ],
)
def test_a_bare_noun_opening_its_clause_tells(text: str, teller: str):
    assert any(t == teller for t, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "not_teller"),
    [
        ("His story is compelling and well told.", "well"),
        ("The tale of his father is bleak and seldom told.", "seldom"),
    ],
)
def test_an_adverb_before_a_participle_is_no_teller(text: str, not_teller: str):
    assert not any(t == not_teller for t, _ in _pairs(text))


def test_the_walk_is_bounded():
    lex = lexicon("en")
    words = " ".join(["voters"] + ["in the state"] * MAX_SUBJECT)
    toks = tokenize(f"{words} said it.")
    said = next(n for n, t in enumerate(toks) if t.low == "said")
    assert long_subject_before(toks, 0, said, lex) is None
    toks = tokenize("Voters in the state said it.")
    found = long_subject_before(toks, 0, 4, lex)
    assert found is not None and (found.a, found.b) == (0, 4)


def test_a_long_subject_in_a_real_story():
    text = (
        "The senator has not said whether she will run. A person familiar with her thinking"
        " on the race for governor says she is leaning toward a bid. Her aides declined to"
        " comment."
    )
    pairs = _pairs(text)
    assert ("A person familiar with her thinking on the race for governor", "says") in pairs


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "es",
            "Una persona familiarizada con la planificación de la reunión del jueves dijo que"
            " se hablaría de empleo.",
            "Una persona familiarizada con la planificación de la reunión",
            "dijo",
        ),
        (
            "en",
            "A person familiar with the planning for the meeting on Thursday said jobs come first.",
            "A person familiar with the planning for the meeting",
            "said",
        ),
    ],
)
def test_a_long_subject_before_a_time_phrase_en_es(lang: str, text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text, lang)
