"""What a number counts, as news copy writes it: the head noun of the phrase after the number,
through modifiers joined by "and"/"or", a capitalised plural after a lower-case modifier, and
plurals in -men and Latin -uses made singular; a rate hyphenated into a compound
("a 52,000 barrel-a-day refinery")."""

from __future__ import annotations

import pytest

from claimgraph.extract.q_context import singular_noun
from claimgraph.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "unit", "counted"),
    [
        (
            "Morro Bay is home to about 60 commercial fishermen.",
            "fisherman",
            "commercial fishermen",
        ),
        ("The team looked at two viruses found in bees.", "virus", "viruses"),
        ("Sales reached 4.3M digital and physical sales.", "sale", "digital and physical sales"),
        (
            "He has repaired dozens of Kia and Hyundai vehicles.",
            "vehicle",
            "Kia and Hyundai vehicles",
        ),
        (
            "Two Russian and Iranian officials confirmed it.",
            "official",
            "Russian and Iranian officials",
        ),
        ("He has appeared in eight straight World Cups.", "cup", "straight World Cups"),
        # a lexicon noun first ends the phrase: the coordination is of two counts
        ("They launched 40 drones and missiles overnight.", "drone", "drones"),
    ],
)
def test_the_counted_noun_phrase(text: str, unit: str, counted: str):
    (q,) = extract_quantities(text, "en")
    assert (q.unit, q.counted) == (unit, counted)
    assert text[q.counted_span.start : q.counted_span.end] == counted


def test_coordinated_counts_stay_apart():
    found = extract_quantities("Three were killed and 5 wounded.", "en")
    assert [(q.value, q.unit) for q in found] == [(3, None), (5, None)]


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("fishermen", "fisherman"),
        ("gunmen", "gunman"),
        ("specimen", "specimen"),
        ("women", "woman"),
        ("viruses", "virus"),
        ("houses", "house"),
        ("causes", "cause"),
        ("cities", "city"),
    ],
)
def test_english_singulars(word: str, singular: str):
    assert singular_noun(word, "en") == singular


def test_a_rate_hyphenated_into_a_compound():
    (q,) = extract_quantities("Vancouver hosts just one 52,000 barrel-a-day refinery.", "en")
    assert (q.value, q.unit, q.text) == (52000, "barrel/day", "52,000 barrel-a-day")
    (q,) = extract_quantities("The car reached 30 km-per-hour.", "en")
    assert q.unit == "km/h"


@pytest.mark.parametrize(
    ("text", "unit", "counted"),
    [
        (
            "The 11 member trade agreement, dubbed TPP-11, covers trade.",
            "agreement",
            "member trade agreement",
        ),
        # a verb phrase after the number is no compound
        ("The team of 11 played really well today.", None, None),
        ("Of the crew, 3 died last night.", None, None),
    ],
)
def test_a_compound_that_lost_its_hyphen(text: str, unit: str | None, counted: str | None):
    q = extract_quantities(text, "en")[0]
    assert (q.unit, q.counted) == (unit, counted)
