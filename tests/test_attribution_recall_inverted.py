"""A teller after its verb ("..., said Clinton's top foreign policy aide Jake Sullivan") keeps the
modifiers of its role, and a name ending in an initial or a suffix with its dot ("Joseph R.
Biden Jr.") is a teller before its verb too."""

from __future__ import annotations

import pytest

from attribution_pairs import told_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.a_tellers import MAX_MODIFIERS, right_phrase
from claimgraph.extract.a_tokens import tokenize


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "“This has gone too far,” said the governor's top foreign policy aide Jane Holt.",
            "the governor's top foreign policy aide Jane Holt",
        ),
        (
            "“We are ready,” said the party's longtime chief strategist Tom Reyes.",
            "the party's longtime chief strategist Tom Reyes",
        ),
    ],
)
def test_an_inverted_teller_keeps_the_modifiers_of_its_role(text: str, teller: str):
    assert (teller, "said") in _pairs(text)


def test_modifiers_lead_to_a_role_within_a_bound():
    lex = lexicon("en")
    many = " ".join(["very"] * (MAX_MODIFIERS + 1))
    toks = tokenize(f"said Clinton's {many} aide Jake Sullivan.")
    found = right_phrase(toks, 1, len(toks), lex, loose=False)
    assert found is not None and toks[found.b - 1].text == "Clinton's"


def test_the_subject_of_a_reported_clause_is_no_inverted_teller():
    # "said Clinton's foreign policy was weak": no role follows, what follows is the statement
    text = "The senator said Clinton's foreign policy was weak."
    assert ("The senator", "said") in _pairs(text)
    assert not any(t.startswith("Clinton") for t, _ in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Vice President Joseph R. Biden Jr. said the remarks were beneath the office.",
            "Vice President Joseph R. Biden Jr.",
        ),
        ("Officials at the F.B.I. said the case was closed.", "Officials at the F.B.I."),
        ("Acme Inc. said it would cut 300 jobs.", "Acme Inc."),
    ],
)
def test_a_name_ending_in_an_abbreviation_tells_before_its_verb(text: str, teller: str):
    assert (teller, "said") in _pairs(text)


def test_a_pronoun_i_stays_a_pronoun():
    assert ("I", "said") in _pairs("I said it would rain.")
