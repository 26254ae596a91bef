"""Every extractor on random and adversarial text: no exception, offsets that hold, and work that
grows linearly with the input.

Nothing here is a wall-clock limit: the growth check compares an extractor with itself on the
same kind of input at two sizes (8x apart), in CPU time, best of two runs each, and fails only
when the larger run costs far more per character than the smaller one (linear work costs about
the same; a quadratic loop costs 8x more per character). The whole assembler on more hostile
inputs is in ``test_properties_hostile.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.extract.attribution import find_attributions
from claimgraph.extract.claims import classify_modality, extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs
from claimgraph.extract.entities import extract_mentions
from claimgraph.extract.measures import MeasureFinder
from claimgraph.extract.profile import load_profile
from claimgraph.extract.quantities import extract_quantities
from claimgraph.extract.sentences import split_sentences
from claimgraph.lang import SUPPORTED_LANGUAGES
from claimgraph.records import Span

_FINDERS = {lang: MeasureFinder(load_profile(), lang) for lang in SUPPORTED_LANGUAGES}

EXTRACTORS: dict[str, Callable[[str, str], Any]] = {
    "quantities": lambda text, lang: extract_quantities(text, lang),
    "dates": lambda text, lang: extract_time_refs(text, lang, None),
    "sentences": lambda text, lang: split_sentences(text, lang),
    "attribution": lambda text, lang: find_attributions(text, lang),
    "modality": lambda text, lang: classify_modality(text, Span(0, len(text)), lang, False),
    "entities": lambda text, lang: extract_mentions(text, lang),
    "measures": lambda text, lang: _FINDERS[lang].triggers(text).matches,
    "claims": lambda text, lang: extract_claims_from_text(text, lang, "2024-05-18"),
}

ALPHABET = st.sampled_from(
    list("abcXYZ 019,.;:!?-–/%$€₴()[]\n\t\u00a0\u202f\u200b'\"“”«»„‹›")
    + list("шахедБпЛАзбитоїєґ")
    + list("éèçäöüßñ中ع")
    + ["drones", " said ", "according to", "до 6 000", "più", "Шахед-136", "up to", "million"]
)


def _check_offsets(text: str, result: Any) -> None:
    for item in result if isinstance(result, list) else []:
        span = getattr(item, "span", None) or getattr(item, "evidence", None)
        if span is None and hasattr(item, "start") and hasattr(item, "end"):
            span = item
        if span is not None:
            assert 0 <= span.start <= span.end <= len(text)
        if hasattr(item, "evidence_text"):
            assert text[item.evidence.start : item.evidence.end] == item.evidence_text
        if hasattr(item, "type") and hasattr(item, "span") and hasattr(item, "entity_id"):
            assert text[item.span.start : item.span.end] == item.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(ALPHABET, max_size=400).map("".join),
    lang=st.sampled_from(SUPPORTED_LANGUAGES),
)
def test_every_extractor_survives_random_text(text: str, lang: str) -> None:
    for extract in EXTRACTORS.values():
        _check_offsets(text, extract(text, lang))


def _adversarial(kind: str, size: int) -> str:
    unit = {
        "line without punctuation": "drones launched up to Шахед збили Iran said according Odesa ",
        "digits": "7",
        "nested quotes": "«„“‹'\"",
        "unbalanced quotes": '“ said "',
        "mixed scripts": "Шa6б,中ع.ß'",
    }[kind]
    return (unit * (size // len(unit) + 1))[:size]


KINDS = [
    "line without punctuation",
    "digits",
    "nested quotes",
    "unbalanced quotes",
    "mixed scripts",
]


def _cost(extract: Callable[[str, str], Any], text: str, lang: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()  # CPU time: the machine may be shared
        extract(text, lang)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(EXTRACTORS))
def test_work_grows_linearly_with_adversarial_input(name: str, kind: str) -> None:
    extract = EXTRACTORS[name]
    small, large = 12_000, 96_000
    lang = "uk" if kind == "mixed scripts" else "en"
    extract(_adversarial(kind, 2_000), lang)  # load language data before measuring
    per_char_small = _cost(extract, _adversarial(kind, small), lang) / small
    per_char_large = _cost(extract, _adversarial(kind, large), lang) / large
    # Linear work: about equal per character. Allow 4x for caches, the collector and a busy
    # machine, plus a small constant; quadratic work would be 8x and more.
    assert per_char_large <= 4 * per_char_small + 2e-6, (
        f"{name} on {kind}: {per_char_large * 1e6:.2f} µs/char at {large} chars against "
        f"{per_char_small * 1e6:.2f} µs/char at {small}"
    )


@pytest.mark.slow
def test_a_one_megabyte_line_through_entities_and_measures() -> None:
    text = _adversarial("line without punctuation", 1_000_000)
    mentions = extract_mentions(text, "en")
    assert mentions and all(text[m.span.start : m.span.end] == m.text for m in mentions)
    assert _FINDERS["uk"].triggers(text).matches


def test_a_hundred_thousand_digits_are_one_number_not_a_claim() -> None:
    text = "7" * 100_000
    assert extract_claims_from_text(text, "en") == []
    assert extract_mentions(text, "ru") == []
