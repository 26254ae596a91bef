"""Random and adversarial text never breaks sentences, attribution, modality or denials.

Nothing is timed here (speed is a benchmark figure); the adversarial inputs are large enough
that anything quadratic in the input would not finish, and every span must stay in bounds.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.extract.a_tellers import SpanUnion
from claimgraph.extract.attribution import (
    ALL_KINDS,
    find_attributions,
    find_denials_and_retractions,
)
from claimgraph.extract.modality import classify_modality
from claimgraph.extract.sentences import split_sentences
from claimgraph.lang import SUPPORTED_LANGUAGES
from claimgraph.records import Span

_ALPHABET = st.sampled_from(
    [
        *"aZé ,.;:!?…\n\"'“”«»„‹›()-—0123456789",
        *["said ", "according to ", "selon ", "sagte ", "según ", "заявил ", "заявив ", "he "],
        *["The ", "Ihnat ", "Reuters ", "Мы ", "Ми ", "“", "»", "\u00a0", "\u200b"],
    ]
)


def _check(text: str, lang: str) -> None:
    sentences = split_sentences(text, lang)
    for s in sentences:
        assert 0 <= s.start < s.end <= len(text)
    atts = find_attributions(text, lang, sentences, kinds=ALL_KINDS)
    for a in atts:
        assert 0 <= a.content.start <= a.content.end <= len(text)
        if a.cue is not None:
            assert 0 <= a.cue.start < a.cue.end <= len(text)
        for source in a.chain:
            assert source.name
    for d in find_denials_and_retractions(text, lang, sentences):
        assert 0 <= d.cue.start < d.cue.end <= len(text)
    classify_modality(text, Span(0, len(text)), lang, bool(atts))


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=200).map("".join), st.sampled_from(SUPPORTED_LANGUAGES))
def test_random_text_never_breaks_anything(text, lang):
    _check(text, lang)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.sampled_from(SUPPORTED_LANGUAGES))
def test_any_unicode_never_breaks_anything(text, lang):
    _check(text, lang)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,  # a 1 MB line with no punctuation
        "“" * 5_000 + "said Ihnat" + "”" * 5_000,  # thousands of nested quotes
        '«„‹“"' * 4_000,  # thousands of unbalanced quotes of every kind
        ("“He said, " * 3_000) + "." * 3_000,
        "9" * 100_000 + " drones, said Ihnat.",
        ("Ihnat said Шахед заявив «Ми» selon Reuters según él. " * 2_000),  # mixed scripts
        "A. " * 50_000,  # initials everywhere
        ", said" * 20_000,
        "according to " * 20_000,
    ],
    ids=[
        "1MB-line",
        "nested",
        "unbalanced",
        "quote-dots",
        "digits",
        "mixed",
        "initials",
        "said",
        "according",
    ],
)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_adversarial_inputs(text, lang):
    _check(text, lang)


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 40)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(taken=_SPANS, added=_SPANS, probe=st.tuples(st.integers(0, 100), st.integers(1, 30)))
def test_taken_teller_spans_answer_like_a_scan_of_every_span(taken, added, probe):
    """Whether a span overlaps a taken teller is answered exactly, however long and nested the
    taken spans (a long apposition holding many short tellers included)."""
    union = SpanUnion(taken)
    for a, b in added:
        union.add(a, b)
    start, end = probe[0], probe[0] + probe[1]
    every = taken + added
    assert union.overlaps(start, end) == any(a < end and start < b for a, b in every)


def test_a_long_taken_span_before_many_short_ones_is_still_seen():
    union = SpanUnion([(0, 1000), *((10 * k, 10 * k + 2) for k in range(1, 50))])
    assert union.overlaps(995, 999)
    assert not union.overlaps(1000, 1010)
