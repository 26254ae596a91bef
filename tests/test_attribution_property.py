"""Random and adversarial text never breaks sentences, attribution, modality or denials.

Nothing is timed here (speed is a benchmark figure); the adversarial inputs are large enough
that anything quadratic in the input would not finish, and every span must stay in bounds.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
