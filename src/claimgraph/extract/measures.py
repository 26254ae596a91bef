"""What a quantity measures: the profile's trigger words near it, filtered by its unit.

``MeasureFinder(profile, lang)`` finds the triggers of every measure in a sentence once, then
gives each quantity of the sentence the measure whose trigger stands nearest to the quantity or
the noun it counts (in words), among the measures that accept the quantity's unit or dimension
("600 miles" can be a range or a distance, never a number of drones killed). A measure's
``priority`` is worth that many words of distance, so "not even been delivered" (undelivered)
beats the "delivered" inside it. With no trigger in the sentence a ``fallback`` measure of the
right dimension is used; otherwise the quantity measures nothing the profile tracks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from claimgraph.extract.e_matcher import Match, PhraseMatcher, Token, tokenize
from claimgraph.extract.profile import Measure, Profile
from claimgraph.records import Quantity, Span

MAX_TRIGGER_DISTANCE = 14  # words; beyond this a trigger speaks about something else


@dataclass(frozen=True, slots=True)
class MeasureMatch:
    measure: str
    trigger: Span | None  # None for a fallback measure
    trigger_text: str | None
    distance: int


@dataclass(slots=True)
class SentenceTriggers:
    """The triggers found in one sentence (offsets into the text the sentence came from)."""

    tokens: list[Token]
    starts: list[int]
    matches: list[Match[Measure]]
    text: str


class MeasureFinder:
    def __init__(self, profile: Profile, lang: str) -> None:
        self.profile = profile
        self.lang = lang
        self._matcher: PhraseMatcher[Measure] = PhraseMatcher(
            ((t, m) for m in profile.measures for t in m.triggers_for(lang)), lang
        )

    def triggers(self, text: str) -> SentenceTriggers:
        tokens = tokenize(text)
        return SentenceTriggers(
            tokens, [t.start for t in tokens], self._matcher.find(text, tokens), text
        )

    def measure_for(
        self, quantity: Quantity, found: SentenceTriggers, offset: int = 0
    ) -> MeasureMatch | None:
        """The measure of ``quantity`` (spans in document offsets; ``found`` computed on the
        sentence text that starts at ``offset``)."""
        q_first, q_last = _token_range(
            found, quantity.span.start - offset, quantity.span.end - offset
        )
        if quantity.counted_span is not None:
            c_first, c_last = _token_range(
                found, quantity.counted_span.start - offset, quantity.counted_span.end - offset
            )
            q_first, q_last = min(q_first, c_first), max(q_last, c_last)
        best: tuple[int, int, MeasureMatch] | None = None
        for m in found.matches:
            measure = m.payload
            if not self.profile.accepts(measure, quantity):
                continue
            if m.last_token < q_first:
                distance = q_first - m.last_token - 1
            elif m.first_token > q_last:
                distance = m.first_token - q_last - 1
            else:
                distance = 0
            if distance > MAX_TRIGGER_DISTANCE:
                continue
            score = distance - measure.priority
            if best is None or (score, -measure.priority) < best[:2]:
                match = MeasureMatch(
                    measure.name,
                    Span(m.start + offset, m.end + offset),
                    found.text[m.start : m.end],
                    distance,
                )
                best = (score, -measure.priority, match)
        if best is not None:
            return best[2]
        for measure in self.profile.measures:
            if measure.fallback and self.profile.accepts(measure, quantity):
                return MeasureMatch(measure.name, None, None, MAX_TRIGGER_DISTANCE + 1)
        return None


def _token_range(found: SentenceTriggers, start: int, end: int) -> tuple[int, int]:
    """First and last token indexes overlapping ``[start, end)`` (nearest token if none)."""
    first = bisect_right(found.starts, start) - 1
    first = max(first, 0)
    if first < len(found.tokens) and found.tokens[first].end <= start:
        first += 1
    last = bisect_left(found.starts, end) - 1
    last = max(last, first)
    return first, last
