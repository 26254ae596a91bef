"""The assembler's lookups give exactly what a plain scan gives, ties included.

The claim assembler finds each quantity's attribution, time, unit word and measure trigger by
binary search (``extract.e_spans``, ``MeasureFinder``'s trigger window) so that an absurd sentence
costs linear work. These properties pit each lookup against the scan it replaces, on random spans
full of ties and nesting, and on random sentences in several languages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.extract.attribution import Attribution, attribution_for
from claimgraph.extract.e_matcher import Match
from claimgraph.extract.e_spans import AnyContaining, AnyOverlapping, Covering, Nearest, PrefixBest
from claimgraph.extract.measures import MAX_TRIGGER_DISTANCE, MeasureFinder, MeasureMatch
from claimgraph.extract.profile import Measure, Profile, default_profile
from claimgraph.extract.quantities import extract_quantities
from claimgraph.records import Quantity, Span


@st.composite
def spans(draw: st.DrawFn, min_size: int = 0) -> list[Span]:
    out = []
    for _ in range(draw(st.integers(min_size, 30))):
        start = draw(st.integers(0, 60))
        out.append(Span(start, start + draw(st.integers(0, 25))))
    return out


query = st.integers(0, 70).flatmap(lambda s: st.integers(1, 12).map(lambda n: Span(s, s + n)))


@given(contents=spans(), queries=st.lists(query, max_size=20))
def test_covering_is_attribution_for(contents: list[Span], queries: list[Span]) -> None:
    atts = [Attribution(content=c, cue=None, chain=[], sentence_index=0) for c in contents]
    found = Covering(contents).best_for(queries)
    for q, i in zip(queries, found, strict=True):
        expected = attribution_for(atts, q)
        assert (atts[i] if i is not None else None) is expected


@given(times=spans(), q=query)
def test_nearest_is_the_scan_for_a_claims_time(times: list[Span], q: Span) -> None:
    best, best_d = None, 0
    for i, t in enumerate(times):
        if t.overlaps(q):
            continue
        d = t.start - q.end if t.start >= q.end else q.start - t.end
        if best is None or d < best_d:
            best, best_d = i, d
    assert Nearest(times).nearest(q) == best


@given(items=spans(), x=st.integers(0, 90))
def test_prefix_best_is_the_last_item_ending_before(items: list[Span], x: int) -> None:
    before = [i for i, s in enumerate(items) if s.end <= x]
    assert PrefixBest([s.end for s in items], range(len(items))).best(x) == (
        before[-1] if before else None
    )
    keyed = PrefixBest([s.end for s in items], [s.start % 3 for s in items]).best(x)
    expected = max(before, key=lambda i: items[i].start % 3) if before else None
    assert keyed == expected


@given(items=spans(), q=query)
def test_any_overlapping_and_any_containing(items: list[Span], q: Span) -> None:
    assert AnyOverlapping(items).hits(q) == any(s.overlaps(q) for s in items)
    assert AnyContaining(items).contains(q) == any(s.contains(q) for s in items)


# --------------------------------------------------------------------------- measure triggers


def _scan_measure(
    profile: Profile, finder: MeasureFinder, q: Quantity, text: str
) -> MeasureMatch | None:
    """Every trigger of the sentence scored, as the finder did before its trigger window."""
    found = finder.triggers(text)
    starts = found.starts

    def token_range(start: int, end: int) -> tuple[int, int]:
        first = max(sum(1 for s in starts if s <= start) - 1, 0)
        if first < len(found.tokens) and found.tokens[first].end <= start:
            first += 1
        return first, max(sum(1 for s in starts if s < end) - 1, first)

    q_first, q_last = token_range(q.span.start, q.span.end)
    if q.counted_span is not None:
        c_first, c_last = token_range(q.counted_span.start, q.counted_span.end)
        q_first, q_last = min(q_first, c_first), max(q_last, c_last)
    accepted = [m for m in found.matches if profile.accepts(m.payload, q)]
    predicate = None
    if not any(m.last_token < q_first for m in accepted):
        after = [
            m
            for m in accepted
            if m.first_token > q_last
            and (
                m.first_token - 1 in found.auxiliary_ends
                or m.last_token + 1 in found.auxiliary_starts
            )
        ]
        predicate = min(after, key=lambda m: m.first_token) if after else None
    best: tuple[int, int, Match[Measure], int] | None = None
    for m in accepted:
        if m is predicate or (m.first_token <= q_last and m.last_token >= q_first):
            distance = 0
        elif m.last_token < q_first:
            distance = q_first - m.last_token - 1
        else:
            distance = m.first_token - q_last - 1
        if distance > MAX_TRIGGER_DISTANCE:
            continue
        score = distance - m.payload.priority
        if best is None or (score, -m.payload.priority) < best[:2]:
            best = (score, -m.payload.priority, m, distance)
    if best is None:
        return next(
            (
                MeasureMatch(m.name, None, None, MAX_TRIGGER_DISTANCE + 1)
                for m in profile.measures
                if m.fallback and profile.accepts(m, q)
            ),
            None,
        )
    chosen, distance = best[2], best[3]
    if chosen.first_token - 1 in found.purpose_ends:
        owners = [
            m
            for m in accepted
            if chosen.payload.name in m.payload.absorbs
            and m.last_token < chosen.first_token - 1
            and chosen.first_token - m.last_token <= MAX_TRIGGER_DISTANCE
        ]
        if owners:
            owner = max(owners, key=lambda m: (m.last_token, m.payload.priority))
            chosen, distance = owner, chosen.first_token - owner.last_token - 1
    return MeasureMatch(
        chosen.payload.name,
        Span(chosen.start, chosen.end),
        text[chosen.start : chosen.end],
        distance,
    )


WORDS = {
    "en": [
        "drones", "launched", "were", "shot down", "to supply", "production", "of", "up to",
        "6,000", "37", "$ 20,000", "600 miles", "per month", "the army", "said", "intercepted",
        "killed", "people", "percent", "factory", "will produce", "was", "delivered", "a",
    ],
    "de": [
        "Drohnen", "hergestellt", "werden", "abgeschossen", "wurden", "37", "6.000", "bis zu",
        "Produktion", "pro Monat", "geliefert", "Menschen", "getötet", "Kilometer", "500",
    ],
    "fr": [
        "drones", "lancés", "ont été", "abattus", "pour fournir", "production", "de", "6 000",
        "37", "unités", "par mois", "livrés", "personnes", "tuées", "jusqu'à", "une chaîne",
    ],
}  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(data=st.data(), lang=st.sampled_from(sorted(WORDS)))
def test_the_trigger_window_chooses_what_a_scan_chooses(data: st.DataObject, lang: str) -> None:
    # words of the domain apart by runs of filler, so triggers stand at every distance from
    # the figures, on both sides of the window's edge (MAX_TRIGGER_DISTANCE words)
    chunk = st.tuples(st.sampled_from(WORDS[lang]), st.integers(0, MAX_TRIGGER_DISTANCE + 3))
    chunks = data.draw(st.lists(chunk, min_size=1, max_size=12))
    text = " ".join(f"{w} {' '.join(['x'] * n)}" for w, n in chunks)
    profile = default_profile()
    finder = MeasureFinder(profile, lang)
    triggers = finder.triggers(text)
    for q in extract_quantities(text, lang):
        assert finder.measure_for(q, triggers) == _scan_measure(profile, finder, q, text)


EDGES = {
    "en": ("launched", "37 drones", "were shot down"),
    "fr": ("lancés", "37 drones", "ont été abattus"),
    "de": ("abgeschossen", "37 Drohnen", "hergestellt werden"),
}


@pytest.mark.parametrize("lang", sorted(EDGES))
@pytest.mark.parametrize("gap", range(MAX_TRIGGER_DISTANCE - 2, MAX_TRIGGER_DISTANCE + 3))
def test_triggers_at_the_window_edge_are_chosen_as_a_scan_chooses(lang: str, gap: int) -> None:
    trigger, figure, predicate = EDGES[lang]
    filler = " ".join(["x"] * gap)
    profile = default_profile()
    finder = MeasureFinder(profile, lang)
    for text in (
        f"{trigger} {filler} {figure}",
        f"{figure} {filler} {trigger}",
        f"{figure} {filler} {predicate}",
        f"{trigger} {filler} {figure} {filler} {predicate} {filler} {trigger}",
    ):
        chosen = [
            finder.measure_for(q, finder.triggers(text)) for q in extract_quantities(text, lang)
        ]
        assert chosen == [
            _scan_measure(profile, finder, q, text) for q in extract_quantities(text, lang)
        ]
        if gap <= MAX_TRIGGER_DISTANCE and text == f"{trigger} {filler} {figure}":
            assert chosen[0] is not None and chosen[0].trigger_text == trigger
