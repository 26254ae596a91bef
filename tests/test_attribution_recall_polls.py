"""A share of the people polled, or a bare quantifier standing for people already named,
speaks through the cue after it ("More than six in 10 said", "Most said", "all but two said")."""

from __future__ import annotations

import pytest

from attribution_pairs import told_pairs as _pairs


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "More than six in 10 said they were not looking forward to the race.",
            "More than six in 10",
            "said",
        ),
        ("Roughly one in five say they would not vote at all.", "Roughly one in five", "say"),
        ("Most said they were very worried about the economy.", "Most", "said"),
        ("Several said they would rather the state ran the schools.", "Several", "said"),
        ("Yet another said the mayor should resign.", "another", "said"),
        (
            "Nearly all senators back the change, and all but two said the party should act.",
            "all but two",
            "said",
        ),
        ("Six in 10 say he is decisive, after half said so in the spring.", "half", "said"),
        # a singular quantifier speaks through a singular or past verb
        (
            "One resident says the road floods every spring, another says it never has.",
            "another",
            "says",
        ),
        (
            "One official praised the plan; another warned that it would cost too much.",
            "another",
            "warned",
        ),
        (
            "Most agreed to the terms, while one might think the talks had failed.",
            "one",
            "might think",
        ),
    ],
)
def test_a_share_or_quantifier_opening_its_clause_is_the_teller(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adverb phrase, not a teller
        ("He had worked for the network and most recently offered analysis on Mondays.", "most"),
        # a plural noun after the quantifier: its determiner, not a teller
        ("He does not make as many references to the governor as he did.", "many"),
        # a determiner of a noun inside the clause, not opening it
        ("He won the votes of most said to be undecided.", "most"),
        # a bare base form after a singular quantifier is a noun, not its verb
        ("The mayor said so, another reference to the budget talks of last spring.", "another"),
        ("Two plans were tabled on Monday, one plan backed by the unions.", "one"),
        # a participle with its agent, or an adverb and a link: things, not people speaking
        (
            "Thousands of letters reached the office, many addressed simply to the governor.",
            "many",
        ),
        ("Police logged six break-ins last month, several reported by neighbors.", "several"),
    ],
)
def test_a_quantifier_inside_a_clause_is_no_teller(text: str, word: str):
    assert not any(teller.lower() == word for teller, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("The split is clear: 42% say they are liberal, a third conservative.", "42%"),
        (
            "Since June, when he asked for volunteers, at least 21,000 said they would run.",
            "at least 21,000",
        ),
        ("Of the black voters, 60 liked the governor, 43 said the same of the mayor.", "43"),
        ("Nine in 10 were worried about the economy; most said they were very worried.", "most"),
    ],
)
def test_a_percentage_or_a_count_opening_its_clause_is_the_teller(text: str, teller: str):
    assert any(t == teller and c in ("say", "said") for t, c in _pairs(text))


def test_a_poll_story():
    text = (
        "The survey of 1,000 voters was taken last week. Two in three said they were less"
        " likely to vote for the party, and nearly three in five said they were much less"
        " likely. Some said they had not decided."
    )
    tellers = [t for t, c in _pairs(text) if c == "said"]
    assert tellers[:3] == ["Two in three", "nearly three in five", "Some"]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "en",
            "The survey was clear, but most said they would vote again.",
            "most",
            "said",
        ),
        (
            "fr",
            "Plus de six sur dix ont déclaré qu'ils étaient inquiets.",
            "Plus de six sur dix",
            "ont déclaré",
        ),
        (
            "fr",
            "Le sondage est clair, mais la plupart ont déclaré qu'ils voteraient.",
            "la plupart",
            "ont déclaré",
        ),
        (
            "de",
            "Mehr als sechs von zehn sagten, sie seien besorgt.",
            "Mehr als sechs von zehn",
            "sagten",
        ),
        (
            "de",
            "Die Umfrage ist klar, aber die meisten sagten, sie seien besorgt.",
            "die meisten",
            "sagten",
        ),
        (
            "es",
            "Más de seis de cada diez dijeron que estaban preocupados.",
            "Más de seis de cada diez",
            "dijeron",
        ),
        (
            "es",
            "La encuesta es clara, pero la mayoría dijo que votaría por él.",
            "la mayoría",
            "dijo",
        ),
        (
            "ru",
            "Более шести из десяти заявили, что обеспокоены.",
            "Более шести из десяти",
            "заявили",
        ),
        (
            "ru",
            "Опрос показал рост, но большинство заявили, что поддерживают его.",
            "большинство",
            "заявили",
        ),
        (
            "uk",
            "Понад шість із десяти заявили, що стурбовані.",
            "Понад шість із десяти",
            "заявили",
        ),
        (
            "uk",
            "Опитування показало зростання, але більшість заявили, що підтримують його.",
            "більшість",
            "заявили",
        ),
    ],
)
def test_a_share_or_quantifier_speaks_in_every_language(
    lang: str, text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Women split evenly, while about 6 in 10 rural men supported the governor.",
            "about 6 in 10 rural men",
            "supported",
        ),
        (
            "Only about 4 in 10 Republican voters in each state want a wall.",
            "about 4 in 10 Republican voters in each state",
            "want",
        ),
        (
            "While her rating has slipped, many of his endorsers think that can change.",
            "many of his endorsers",
            "think",
        ),
    ],
)
def test_a_share_of_people_polled_speaks_through_a_verb_of_preference(
    text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text)


def test_a_verb_of_preference_needs_a_share():
    # "support" after a long subject with no count or share: not taken as its teller
    text = "The senators on the panel from both parties support the bill."
    assert not any(t.startswith("The senators on the panel") for t, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Even some of his former aides wonder whether the governor can win again.",
            "some of his former aides",
            "wonder",
        ),
        (
            "In the capital, many officials on both sides believe a deal is close.",
            "many officials on both sides",
            "believe",
        ),
        (
            "But several of the county's mayors have criticized the new tax.",
            "several of the county's mayors",
            "have criticized",
        ),
        (
            "Since then, some security experts have warned of more attacks.",
            "some security experts",
            "have warned",
        ),
    ],
)
def test_a_quantified_group_of_people_speaks_through_any_cue(text: str, teller: str, cue: str):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no link and no word naming people: not known to be a group of people
        ("The streets were quiet as many regulars continued to stay away.", "many regulars"),
        # an absolute phrase, no report
        ("Even with all precincts reporting, the race was too close to call.", "all precincts"),
        # a participle is no part of a group ("one of his trusted aides" is not "one of his")
        ("He spoke through one of his preferred channels, a radio show.", "one of his"),
    ],
)
def test_a_quantifier_before_words_that_name_no_people_is_no_group(text: str, word: str):
    assert not any(t == word for t, _ in _pairs(text))
