"""Words between a teller and its verb: a time phrase after a bracketed teller ("Sen. X
(D-Calif.) last week said"), a discourse phrase set off by commas ("X, for example, said") and an
apposition before a coordinated verb ("X, a former chairman, became a delegate and said")."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.attribution import ALL_KINDS, find_attributions


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Rep. Maria Lopez (D-N.M.) last week said the agency had ignored the warnings.",
            "Rep. Maria Lopez (D-N.M.)",
        ),
        (
            "Sen. Tom Hale (R-Ky.) on Tuesday said the bill would not reach the floor.",
            "Sen. Tom Hale (R-Ky.)",
        ),
    ],
)
def test_a_time_phrase_after_a_bracketed_teller(text: str, teller: str):
    assert (teller, "said") in _pairs(text)


def test_a_bracket_without_a_time_phrase_is_not_skipped_over_words():
    # the words before the verb are no time phrase: the bracket does not make them a teller
    text = "The memo (approved in May) for the county said nothing new to voters."
    assert all(not t.endswith(")") for t, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "County chairman Dale Brooks, for example, said the turnout was low.",
            "Dale Brooks",
            "said",
        ),
        (
            "The governor's office, for its part, said it would appeal.",
            "The governor's office",
            "said",
        ),
        (
            "Steel producers, in turn, argue that imports are dumped below cost.",
            "Steel producers",
            "argue",
        ),
    ],
)
def test_a_discourse_phrase_in_commas_between_teller_and_verb(text: str, teller: str, cue: str):
    pairs = _pairs(text)
    assert any(cue == c and (teller.endswith(t) or t.endswith(teller)) for t, c in pairs), pairs


def test_a_participle_aside_is_still_part_of_the_teller():
    # "still stinging" is no discourse phrase: the aside stays with the teller as written
    text = "The mayor, still stinging from the vote, said he would run again."
    assert any(c == "said" and t.startswith("The mayor") for t, c in _pairs(text))


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "en",
            "Gary Lund, a former state party chairman, became a delegate and said he would"
            " back the senator.",
            "Gary Lund",
            "said",
        ),
        (
            "fr",
            "Jean Dupont, un ancien ministre, est arrivé à Paris et a déclaré que le plan"
            " était faible.",
            "Jean Dupont",
            "a déclaré",
        ),
        (
            "es",
            "Juan Pérez, un exministro, llegó a Madrid y dijo que el plan era débil.",
            "Juan Pérez",
            "dijo",
        ),
        (
            "de",
            "Hans Müller, ein früherer Minister, kam nach Berlin und sagte, der Plan sei schwach.",
            "Hans Müller",
            "sagte",
        ),
    ],
)
def test_a_name_and_its_apposition_speak_through_a_coordinated_verb(
    lang: str, text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text, lang)


def test_a_relative_clause_after_the_name_is_not_its_apposition():
    # the coordinated verb belongs to the relative clause, whose "who" is the teller
    text = "Gary Lund, who became a delegate and said he would back the senator, left early."
    assert ("Gary Lund", "said") not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "In a long speech at the county fairgrounds on Saturday night, Gov. Ann Ruiz struck"
            " a hopeful tone, saying the worst of the drought was over.",
            "Gov. Ann Ruiz",
            "saying",
        ),
        (
            "As the returns came in on Tuesday, she gave a defiant speech in Toledo, predicting"
            " she would carry the state.",
            "she",
            "predicting",
        ),
    ],
)
def test_the_subject_of_the_clause_before_a_participle_speaks_through_it(
    text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text)


def test_a_participle_after_a_quotation_or_dash_takes_no_clause_subject():
    text = "The mayor's plan - a costly one - won praise, saying nothing about taxes."
    assert all(c != "saying" for _, c in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Asked on Monday whether her husband would join the cabinet, Sen. Ada Moss shook"
            ' her head and said, "No."',
            "Sen. Ada Moss",
            "said",
        ),
        (
            "Standing before a packed hall in Dayton, the union's president thanked the"
            " volunteers and said the strike would end soon.",
            "the union's president",
            "said",
        ),
        (
            "Walking to the next house, Ellen Brandt talked about her years as a nurse, and said"
            " she trusted the senator.",
            "Ellen Brandt",
            "said",
        ),
    ],
)
def test_a_coordinated_verb_after_a_long_opening_takes_its_clause_subject(
    text: str, teller: str, cue: str
):
    pairs = _pairs(text)
    assert any(c == cue and (t == teller or teller.endswith(t)) for t, c in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        # the clause after the comma opens on a verb: no subject of its own to take
        "Ellen Brandt, who has met the senator twice, arrived at the hall and said nothing.",
        # an article alone is never the teller
        "The long campaign that ended in May left the town and told no one.",
    ],
)
def test_a_coordinated_verb_takes_no_verb_or_article_as_its_subject(text: str):
    assert all(t not in ("arrived", "The", "arrived at the hall") for t, _ in _pairs(text))


def test_a_passive_agent_is_about_its_own_clause_not_the_report_around_it():
    text = "I told the senator last month that his endorsement of me was mentioned by Reuters."
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    agent = next(a for a in atts if text[a.source_span.start : a.source_span.end] == "Reuters")
    assert text[agent.content.start : agent.content.end] == "his endorsement of me was"
    told = next(a for a in atts if text[a.cue.start : a.cue.end] == "told")
    assert not agent.content.contains(told.cue)


def test_an_aside_after_a_subordinator_tells_only_the_clause_it_interrupts():
    text = (
        "In Dayton on Friday, the governor recalled the years when, she said, the plants ran"
        " three shifts."
    )
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    she = next(a for a in atts if text[a.source_span.start : a.source_span.end] == "she")
    assert "recalled" not in text[she.content.start : she.content.end]
    assert text[she.content.start : she.content.end].endswith("the plants ran three shifts")


def test_an_aside_in_a_plain_sentence_still_tells_the_whole_sentence():
    text = "Many days, former employees said, she would stay at the office past midnight."
    (att,) = find_attributions(text, "en")
    assert text[att.content.start : att.content.end].startswith("Many days")


@pytest.mark.parametrize(
    "text",
    [
        "Most voters who backed the mayor in the primary, the survey found, now support Ruiz.",
        "Hassan, who is challenging the senator, also supported the effort.",
    ],
)
def test_an_intention_closing_the_sentence_takes_no_object_as_its_teller(text: str):
    tellers = [t for t, c in _pairs(text) if c in ("now support", "support", "also supported")]
    assert "Ruiz" not in tellers and "the effort" not in tellers


def test_a_belief_closing_the_sentence_still_names_the_teller_after_it():
    assert ("the experts", "believe") in _pairs("These drones are dangerous, believe the experts.")


def test_a_comparison_closing_the_sentence_keeps_its_verb_to_its_own_clause():
    text = "Ruiz told the crowd that saving the farm was more work than he expected."
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    he = next(a for a in atts if text[a.source_span.start : a.source_span.end] == "he")
    told = next(a for a in atts if text[a.cue.start : a.cue.end] == "told")
    assert not he.content.contains(told.cue)


def test_a_relay_after_a_complementizer_relays_the_clause_after_it():
    text = (
        "Win Lwin, a party official, said on Tuesday that, according to its own count, the"
        " party had won 80 percent of the vote."
    )
    atts = find_attributions(text, "en")
    relay = next(a for a in atts if a.kind == "according_to")
    said = next(a for a in atts if a.cue is not None and text[a.cue.start : a.cue.end] == "said")
    assert text[relay.content.start : relay.content.end] == (
        "the party had won 80 percent of the vote"
    )
    assert not relay.content.contains(said.cue)


def test_a_question_closed_by_its_quotation_is_asked_by_the_teller_after_the_verb():
    text = '"Why should the nomination be taken from him?" asked Bennett, a radio host.'
    pairs = _pairs(text)
    assert any(c == "asked" and t.startswith("Bennett") for t, c in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        # no quotation right before: what follows "asked" is its object
        "The mayor, asked the council to wait, left early.",
        # a participle after the quotation and a comma still tells its object
        'The foundation did not want to address "that person," telling Fox 35 it would not.',
    ],
)
def test_asked_and_telling_elsewhere_take_no_object_as_teller(text: str):
    assert all(t not in ("the council", "Fox 35", "Fox") for t, _ in _pairs(text))


def test_a_first_name_that_is_also_a_modal_opens_an_inverted_teller():
    text = '"It is an expensive model," said Will Dorsey, a professor at Vanderbilt University.'
    assert any(c == "said" and t.startswith("Will Dorsey") for t, c in _pairs(text))


def test_a_bracketed_party_after_the_name_keeps_it_a_name_before_its_asides():
    text = "Sen. Ann Moss (D-Mo.), who has endorsed the governor, said the plan would pass."
    pairs = _pairs(text)
    assert any(c == "said" and t.startswith("Sen. Ann Moss (D-Mo.)") for t, c in pairs), pairs


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "But Tom Fenton, the president of a watchdog group, said the emails were public.",
            "Tom Fenton, the president of a watchdog group",
        ),
        (
            "And retired Gen. John Allen, who led forces in Afghanistan, said the plan was sound.",
            "retired Gen. John Allen",
        ),
    ],
)
def test_a_link_opening_the_sentence_does_not_hide_the_name_before_its_asides(
    text: str, teller: str
):
    pairs = _pairs(text)
    assert any(c == "said" and t.startswith(teller) for t, c in pairs), pairs


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "ru",
            "Иван Петров, бывший министр, приехал в Москву и заявил, что план слаб.",
            "Иван Петров",
            "заявил",
        ),
        (
            "uk",
            "Іван Петренко, колишній міністр, приїхав до Києва і заявив, що план слабкий.",
            "Іван Петренко",
            "заявив",
        ),
    ],
)
def test_an_apposition_opening_on_a_modifier_before_its_role_before_a_coordinated_verb(
    lang: str, text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text, lang)
