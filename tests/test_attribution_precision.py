"""Precision of attribution: what a verb reports, which words are no teller, one teller written
once; in every supported language where the construction exists."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, Attribution, find_attributions


def _by_cue(text: str, lang: str, cue: str) -> Attribution | None:
    at = text.index(cue)
    for att in find_attributions(text, lang, kinds=ALL_KINDS):
        if att.cue is not None and att.cue.start <= at < att.cue.end:
            return att
    return None


def _content(text: str, att: Attribution) -> str:
    return text[att.content.start : att.content.end]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "content"),
    [
        (
            "en",
            "Rubio says he opposes gun violence but that the president's plans won't help.",
            "says",
            "he opposes gun violence but that the president's plans won't help",
        ),
        (
            "en",
            "Cox says the actions wouldn't have prevented the shootings that Obama mentioned.",
            "says",
            "the actions wouldn't have prevented the shootings that Obama mentioned",
        ),
        (
            "en",
            "Clinton said she appreciated the apology and that she wanted to move on.",
            "said",
            "she appreciated the apology and that she wanted to move on",
        ),
        (
            "en",
            "The minister told reporters on Monday that 40 drones were shot down.",
            "told",
            "40 drones were shot down",
        ),
        (
            "fr",
            "Le ministre a déclaré lundi aux journalistes que 40 drones ont été abattus.",
            "déclaré",
            "40 drones ont été abattus",
        ),
        (
            "es",
            "El ministro dijo que ellos temen el ataque y que 40 drones fueron derribados.",
            "dijo",
            "ellos temen el ataque y que 40 drones fueron derribados",
        ),
    ],
)
def test_a_that_further_on_opens_no_statement_when_a_clause_began_after_the_verb(
    lang, text, cue, content
):
    att = _by_cue(text, lang, cue)
    assert att is not None
    assert _content(text, att) == content
