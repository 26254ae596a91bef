"""A gerund after a comma or a dash speaks for the subject opening the sentence ("The nurse later
sued, claiming ..."); the phrase after a gerund is never its teller ("claiming *the quarantine*
..."); a negated auxiliary belongs to the verb, not to the teller ("Trump *isn't* saying")."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs
from claimgraph.extract.a_lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "The nurse later sued the state, claiming the quarantine violated her rights.",
            "The nurse",
            "claiming",
        ),
        (
            "Councilman Ray Ortiz changed his vote on the spot – saying he had been misled.",
            "Councilman Ray Ortiz",
            "saying",
        ),
        (
            "Former Gov. Ann Lee rounded out the list of speakers, citing her record on schools.",
            "Former Gov. Ann Lee",
            "citing",
        ),
        (
            "The union filed a complaint on Friday, arguing that the layoffs broke the contract.",
            "The union",
            "arguing",
        ),
    ],
)
def test_a_gerund_after_a_comma_or_dash_speaks_for_the_sentence_subject(
    text: str, teller: str, cue: str
):
    assert (teller, cue) in teller_cue_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # another clause with its own subject opens on the way to the gerund
        "The bill, which the senators passed on Monday, was signed, calling for new audits.",
        # the sentence opens inside a quotation
        "“We need the money,” said Ms. Acosta, referring to the federal grant.",
        # a link, not a subject, opens the sentence
        "Despite spending four days in the state, the campaign trailed, touting its ground game.",
    ],
)
def test_no_sentence_subject_when_another_clause_or_a_quotation_intervenes(text: str):
    firsts = {t for t, c in teller_cue_pairs(text) if c.endswith("ing")}
    assert not firsts & {"The mayor", "The bill", "We", "Despite"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The nurse later sued, claiming the quarantine violated her rights.", "the quarantine"),
        ("The firm cut its forecast, warning investors of a weak quarter.", "investors"),
    ],
)
def test_the_phrase_after_a_gerund_is_not_its_teller(text: str, wrong: str):
    assert not any(t.startswith(wrong) for t, _ in teller_cue_pairs(text))


def test_every_gerund_cue_but_one_whose_object_spoke_is_never_inverted():
    lex = lexicon("en")
    assert {"claiming", "arguing", "warning", "saying"} <= lex.no_inversion
    assert "echoing" not in lex.no_inversion  # "echoing some union leaders": they spoke


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "The governor isn’t saying which roads will reopen first.",
            "The governor",
            "isn’t saying",
        ),
        (
            "The candidates aren't offering any details on the plan.",
            "The candidates",
            "aren't offering",
        ),
    ],
)
def test_a_negated_auxiliary_belongs_to_the_verb(text: str, teller: str, cue: str):
    assert (teller, cue) in teller_cue_pairs(text)


def test_a_negated_passive_has_no_subject_teller():
    text = "Officials said that about 1,100 donor names weren’t disclosed by the charity."
    assert not any("weren" in t for t, _ in teller_cue_pairs(text))
