"""``MeasureFinder.measure_for`` takes any quantity of the sentence it is given, even one whose
counted noun lies past the sentence's end (a number closing a line, its noun on the next)."""

from __future__ import annotations

from claimgraph.extract.measures import MeasureFinder
from claimgraph.extract.profile import load_profile
from claimgraph.records import Quantity, Span


def test_a_counted_noun_past_the_sentence_end_is_no_error() -> None:
    sentence = "Monday, March 20, 2023"
    finder = MeasureFinder(load_profile(), "en")
    found = finder.triggers(sentence)
    q = Quantity(Span(18, 22), "2023", 2023.0, unit="item", counted="items",
                 counted_span=Span(24, 37))  # fmt: skip
    assert finder.measure_for(q, found) is None
