"""Leftovers of session 4, each measured on PolNeAR train: a quantifier opening its clause is
the teller ("Both want"), not a floating word ("They both want"); a base form after a singular
article is a noun ("a CNN report"); cue words in another sense ("adding to her lead", "showed
up"); the teller of "according to" read up to the punctuation; a gerund after "by" speaks for
its clause's subject; a naming participle ("a book called ...") reports nothing; a share after
"with" speaks through its gerund."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs


@pytest.mark.parametrize(
    ("text", "lang", "teller", "cue"),
    [
        (
            "Both candidates spoke in Ohio on Monday. Both want to cut taxes for families.",
            "en",
            "Both",
            "want",
        ),
        (
            "The two governors met in Denver. And both vowed to keep the plant open.",
            "en",
            "both",
            "vowed to",
        ),
        (
            "On trade, both oppose the Pacific pact that the White House negotiated.",
            "en",
            "both",
            "oppose",
        ),
        ("Beide sagten, die Verhandlungen seien gescheitert.", "de", "Beide", "sagten"),
        ("Tous ont déclaré que le vote était serré.", "fr", "Tous", "ont déclaré"),
        ("Ambos dijeron que la votación fue reñida.", "es", "Ambos", "dijeron"),
        ("Оба заявили, что переговоры провалились.", "ru", "Оба", "заявили"),
        ("Обидва заявили, що переговори провалилися.", "uk", "Обидва", "заявили"),
    ],
)
def test_quantifier_opening_its_clause_is_the_teller(
    text: str, lang: str, teller: str, cue: str
) -> None:
    assert (teller, cue) in _pairs(text, lang)


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        # a floating quantifier after its subject stays skipped: the subject speaks
        (
            "Democrats and Republicans both want a deal before the recess.",
            "Democrats and Republicans",
            "both want",
        ),
        ("They both said the talks had stalled.", "They", "both said"),
    ],
)
def test_floating_quantifier_after_its_subject(text: str, teller: str, cue: str) -> None:
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "All told, up to five million people could qualify for the program.",
        "Voters from Ohio, Texas and Iowa, all expressing concern about jobs, filled the hall.",
    ],
)
def test_quantifier_idioms_and_participles_are_no_tellers(text: str) -> None:
    assert not any(t.lower() == "all" for t, _ in _pairs(text))


@pytest.mark.parametrize(
    "text",
    [
        "The campaign said it had misread a CNN report that the senator would quit the race.",
        "He hosts an MSNBC show and runs a civil rights group in Harlem.",
        "That pledge is as reliable as a political campaign promise.",
    ],
)
def test_base_form_after_a_singular_article_is_a_noun(text: str) -> None:
    assert not any(cue in {"report", "show", "promise"} for _, cue in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        ("A mere 9 percent say they only buy American.", "A mere 9 percent", "say"),
        ("A majority say the economy is getting worse.", "A majority", "say"),
        ("A spokesman says the talks will resume on Monday.", "A spokesman", "says"),
    ],
)
def test_counts_and_singular_verbs_after_an_article_still_speak(
    text: str, teller: str, cue: str
) -> None:
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clinton won the North Carolina primary on Tuesday, adding to her run of victories.",
        "The economy added 151,000 jobs in January, the Labor Department reported.",
        "The conflicting explanations added up to a public relations disaster.",
        "His sudden departure adds to the drama surrounding the campaign.",
    ],
)
def test_add_in_another_sense_reports_nothing(text: str) -> None:
    assert not any(cue.startswith("add") for _, cue in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("She added that the plan would cut costs for families.", "She"),
        ("He added to People that he was thrilled with the result.", "He"),
        ("The deal is fair, the senator added.", "the senator"),
    ],
)
def test_add_still_reports_a_statement(text: str, teller: str) -> None:
    assert any(t == teller and cue.startswith("add") for t, cue in _pairs(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of supporters showed up at the firehouse before dawn.", "showed"),
        ("The governor found himself in a series of tense exchanges with lawmakers.", "found"),
        ("Additional reporting by Jane Doe in Brussels; editing by John Roe.", "reporting"),
        ("Maria Lopez reported from Los Angeles.", "reported"),
        (
            "A woman later identified as a Greenpeace activist shouted at the candidate.",
            "identified",
        ),
        ("Support for the measure has only grown since the spring.", "Support"),
        ("The senator repeated the party's talking points on the debt.", "talking"),
    ],
)
def test_cue_word_in_another_sense_reports_nothing(text: str, word: str) -> None:
    assert not any(cue.split()[-1] == word for _, cue in _pairs(text))


def test_report_to_an_addressee_keeps_its_sense() -> None:
    assert ("She", "reported") in _pairs("She reported to Congress that the program had failed.")
    text = "The campaign reports to the Federal Election Commission every month."
    assert not any(cue == "reports" for _, cue in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "The town recorded 115 violent crimes that year, according to the most recent data"
            " available from the FBI.",
            "the most recent data available from the FBI",
        ),
        (
            "According to some on Twitter, the anchor was seen entering the tower.",
            "some on Twitter",
        ),
        ("According to AZCentral, the signs went up on Friday.", "AZCentral"),
    ],
)
def test_according_to_reads_its_teller_up_to_the_punctuation(text: str, teller: str) -> None:
    assert (teller, "according to") in [(t, c.lower()) for t, c in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "While business groups push for free trade, Mr. Trump has rallied thousands by"
            " promising to impose tariffs on imported cars.",
            "Trump",
            "promising to",
        ),
        (
            "When Trump launched his campaign by talking about the wall, his critics laughed.",
            "Trump",
            "talking about",
        ),
        (
            "The governor tripped up his rival by calling him out for his rehearsed lines.",
            "The governor",
            "calling",
        ),
    ],
)
def test_gerund_after_by_speaks_for_the_clause_subject(text: str, teller: str, cue: str) -> None:
    assert (teller, cue) in _pairs(text)


def test_gerund_after_by_in_a_passive_clause_has_no_teller() -> None:
    assert _pairs("The bill was passed by voting on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        'She has built her brand around the cause, writing a book called "Women Who Work".',
        "A new group called Black Votes Matter is trying to raise $25 million.",
        "He retweeted a quote that a Twitter account named Il Duce attributed to him.",
    ],
)
def test_naming_participle_after_an_indefinite_noun_reports_nothing(text: str) -> None:
    assert not any(cue in {"called", "named"} for _, cue in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ('One lawmaker called Trump "the orange prince of self-publicity."', "One lawmaker"),
        ("The FBI named Cleveland the fifth most dangerous city.", "The FBI"),
    ],
)
def test_calling_and_naming_by_a_teller_still_report(text: str, teller: str) -> None:
    assert any(t == teller and cue in {"called", "named"} for t, cue in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Many voters shrugged off the pick, with three in 10 saying a running mate would have"
            " no effect on their vote.",
            "three in 10",
            "saying",
        ),
        (
            "Trump is the candidate voters trust most on terrorism, with 42% preferring him.",
            "42%",
            "preferring",
        ),
    ],
)
def test_share_after_with_speaks_through_its_gerund(text: str, teller: str, cue: str) -> None:
    assert (teller, cue) in _pairs(text)


def test_share_after_with_before_a_noun_is_no_teller() -> None:
    assert _pairs("Clinton wins the state with 38 percent support.") == []
