"""A cue word used as a noun reports nothing: "a strong showing in Ohio", "support among
evangelicals", "reports of gunfire", "a cautious note about", "the Bush plan", "the jobs report
has", "the mere mention" (only a determiner and adjectives before it); the verb beside it still
does ("polls showing", "voters support", "plan to", "report that")."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A strong showing in Ohio could push the governor ahead of his rivals.", "showing"),
        ("His best showing was 12 percent in Vermont, where he campaigned for weeks.", "showing"),
        ("Her poor showing with suburban women has worried the party's leaders.", "showing"),
        ("Trump support among evangelicals has held steady since the spring.", "support"),
        ("The governor's strong support was a surprise to the county chairmen.", "support"),
        (
            "Police responded within minutes to initial reports of gunfire near the square.",
            "reports",
        ),
        ("The mayor struck a cautious note about the budget at the council meeting.", "note"),
        ("In a brief note to staff, the editor said the paper would cut jobs.", "note"),
        ("Under the Bush plan, students would repay their loans over 20 years.", "plan"),
        ("The governor's tax plan leaves many small businesses unhappy.", "plan"),
        ("The strong jobs report has cleared the way for the Fed to raise rates.", "report"),
        ("The October report exceeded economists' expectations by a wide margin.", "report"),
        ("The mere mention of a recount made the county clerks nervous.", "mention"),
        ("The treaty makes no specific mention of armed drones.", "mention"),
        ("The senator struck many of the same notes as the governor.", "notes"),
        ("Activists have made the same demands of every candidate.", "demands"),
    ],
)
def test_a_cue_word_used_as_a_noun_reports_nothing(text: str, noun: str):
    assert not any(cue.lower() == noun for _, cue in teller_cue_pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Despite polls showing her well behind, the senator campaigned across the state.",
            "polls",
            "showing",
        ),
        ("Most Republicans support the bill, the survey found.", "Most Republicans", "support"),
        ("Local papers reported that the plant would close in June.", "Local papers", "reported"),
        ("Experts note that the new limits leave many plants open.", "Experts", "note"),
        ("A few say the new limits leave many plants open.", "A few", "say"),
        ("The former president said the plants would stay open.", "The former president", "said"),
        ("Democrats on the committee plan to release the transcripts.", "Democrats", "plan to"),
        (
            "Nor did the agency report that any staff had been disciplined.",
            "the agency",
            "report that",
        ),
    ],
)
def test_the_same_word_as_a_verb_keeps_its_teller(text: str, teller: str, cue: str):
    assert any(teller in t and c == cue for t, c in teller_cue_pairs(text))
