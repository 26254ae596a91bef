"""A listed cue in an infinitive of purpose ("The mayor used her budget speech to call for ...",
"The senator took to Twitter to say ...") keeps the sentence's subject as its teller."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.a_lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "The mayor used her budget speech to call for a freeze on property taxes.",
            "The mayor",
            "used her budget speech to call for",
        ),
        (
            "Senator Ellen Park took to Twitter to say the vote had been rigged.",
            "Senator Ellen Park",
            "took to Twitter to say",
        ),
        (
            "Union leader Tom Reyes will come on the program to talk about the strike.",
            "Union leader Tom Reyes",
            "will come on the program to talk about",
        ),
        (
            "The governor went on local radio to forcefully defend the new curfew.",
            "The governor",
            "went on local radio to forcefully defend",
        ),
        (
            "The governor went on local radio to defend the new curfew.",
            "The governor",
            "went on local radio to defend",
        ),
    ],
)
def test_the_subject_of_a_purpose_verb_speaks_through_the_infinitive(
    text: str, teller: str, cue: str
):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "not_teller"),
    [
        # the object of the verb speaks, not its subject
        ("The chairman gave the company two weeks to respond to the letter.", "The chairman"),
        ("The coach took him aside to explain the decision.", "The coach"),
        # a habit and a movement, not a purpose
        ("The senator used to say that taxes were theft.", "The senator"),
        ("The senator went to see the flooded towns.", "The senator"),
        # a comma breaks the run
        ("The senator took the stage, to say nothing of the crowd.", "The senator"),
    ],
)
def test_no_purpose_run_where_the_object_speaks_or_none_is_meant(text: str, not_teller: str):
    assert all(not (t == not_teller and " to " in f" {c} ") for t, c in _pairs(text)), _pairs(text)


def test_the_purpose_verbs_are_language_data():
    data = lexicon("en").verb_constructions
    assert {"used", "took", "went"} <= data.purpose_verbs
    assert "gave" not in data.purpose_verbs  # its object speaks
    # the other languages list their own verbs of means and their infinitives, for this family
    # only ("a profité de ... pour annoncer", "nutzte ..., um ... anzukündigen"); their cases
    # are in test_attribution_multilingual_constructions.py
    for lang, verb, infinitive in (
        ("fr", "profité", "annoncer"),
        ("de", "nutzte", "anzukündigen"),
        ("es", "aprovechó", "anunciar"),
        ("ru", "воспользовался", "заявить"),
        ("uk", "скористався", "заявити"),
    ):
        other = lexicon(lang).verb_constructions
        assert verb in other.purpose_verbs, lang
        assert other.purpose_cues.match([infinitive], 0) == (1, "speech"), lang
    assert not data.purpose_cues.by_first  # English takes its infinitives from the cue list
