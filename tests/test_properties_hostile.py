"""The whole claim assembler (``extract_claims_from_text``, what ``claimgraph extract`` runs) on
hostile input: no exception, evidence that holds, and work that grows linearly with the input.

Each extractor alone is linear (``test_properties.py``); the assembler could still be quadratic
in how it puts their findings together: one absurd sentence of a megabyte holds thousands of
quantities, names, triggers and attributions, and looking each quantity's subject, time or teller
up by scanning the whole sentence costs (quantities x names).

Two growth checks, neither a wall-clock limit:

- **work counted**: the number of Python function calls and generator steps
  (``sys.setprofile``), deterministic whatever the machine's load, per character at two sizes 8x
  apart. Linear work calls about the same per character; a scan per quantity calls ~8x more.
- **CPU time**: ``time.process_time`` per character at the same two sizes, best of two runs,
  with a generous 4x allowance (quadratic work costs 8x).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.lang import SUPPORTED_LANGUAGES

QUOTE_STYLES = {
    "curly": ("“", "”"),
    "guillemets": ("«", "»"),
    "german": ("„", "“"),
    "single guillemets": ("‹", "›"),
    "straight double": ('"', '"'),
    "straight single": ("'", "'"),
}
NESTING = 400  # quotes opened before each statement in the nested-quote inputs


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _nested(open_q: str, close_q: str) -> Callable[[int], str]:
    block = f"{open_q * NESTING} the ministry said 6,000 drones were launched {close_q * NESTING} "
    return lambda size: _fill(block, size)


HOSTILE: dict[str, tuple[str, Callable[[int], str]]] = {
    # one sentence: quantities, triggers, names, cues and dates over and over, no full stop
    "line without punctuation": (
        "en",
        lambda n: _fill(
            "drones launched up to 6000 Shahed Iran said according to Reuters Odesa the air "
            "force shot down 37 of 43 in May 2024 attacks on Ukraine 12 drones to Russia ",
            n,
        ),
    ),
    "digits in a row": ("en", lambda n: "7" * n),
    "unbalanced quotes": (
        "en",
        lambda n: _fill("“ he said 5 drones « she said „ 7 missiles were launched ‹ ' \" ", n),
    ),
    "mixed scripts": (
        "uk",
        lambda n: _fill(
            "Шахед-136 drones 中国 无人机 6000 طائرة مسيرة Повітряні сили заявили збили 37 "
            "Iran said «Ми» 43 ",
            n,
        ),
    ),
    ", he said repeated": ("en", lambda n: _fill(", he said 40 drones", n)),
    "a French run-on sentence": (
        "fr",
        lambda n: _fill(
            "selon l'armée de l'air 37 drones Shahed ont été abattus sur 43 lancés en mai ", n
        ),
    ),
    "a Russian run-on sentence": (
        "ru",
        lambda n: _fill("по словам Минобороны сбиты 37 беспилотников из 43 в мае над Курском ", n),
    ),
}
for _style, (_open, _close) in QUOTE_STYLES.items():
    HOSTILE[f"nested quotes, {_style}"] = ("en", _nested(_open, _close))

SMALL, LARGE = 4_000, 32_000  # 8x apart
PUBLISHED = "2024-05-21"


def _claims(text: str, lang: str) -> list[Any]:
    return extract_claims_from_text(text, lang, PUBLISHED)


def _calls(text: str, lang: str) -> int:
    """Python function calls and generator steps made while extracting the claims of ``text``."""
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        _claims(text, lang)
    finally:
        sys.setprofile(None)
    return count


def _cpu(text: str, lang: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        _claims(text, lang)
        best = min(best, time.process_time() - started)
    return best


def _assert_holds(text: str, claims: list[Any]) -> None:
    for c in claims:
        assert 0 <= c.evidence.start <= c.evidence.end <= len(text)
        assert text[c.evidence.start : c.evidence.end] == c.evidence_text
        if c.quantity is not None:
            assert c.evidence.contains(c.quantity.span)


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_the_assembler_does_linear_work_on_hostile_input(kind: str) -> None:
    lang, make = HOSTILE[kind]
    _claims(make(1_000), lang)  # language data loaded before counting
    small = _calls(make(SMALL), lang) / SMALL
    large = _calls(make(LARGE), lang) / LARGE
    # Counted work is deterministic: linear stays within a few percent per character (a little
    # more for the few things done once per text, which weigh more on the small input).
    assert large <= 2 * small, (
        f"{kind}: {large:.1f} calls/char at {LARGE} chars against {small:.1f} at {SMALL}"
    )


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_the_assembler_cpu_time_grows_linearly_on_hostile_input(kind: str) -> None:
    lang, make = HOSTILE[kind]
    _claims(make(1_000), lang)
    per_char_small = _cpu(make(SMALL), lang) / SMALL
    per_char_large = _cpu(make(LARGE), lang) / LARGE
    # 4x for caches, the collector and a busy machine, plus a constant for tiny timings;
    # quadratic work would be 8x.
    assert per_char_large <= 4 * per_char_small + 2e-6, (
        f"{kind}: {per_char_large * 1e6:.2f} µs/char at {LARGE} against "
        f"{per_char_small * 1e6:.2f} µs/char at {SMALL}"
    )


@pytest.mark.slow
def test_a_real_article_repeated_costs_the_same_per_copy(seeds_dir: Path) -> None:
    article = (seeds_dir / "000_417ffefe938d1bfc.txt").read_text(encoding="utf-8")
    once = _calls(article, "en")
    eight = _calls("\n\n".join([article] * 8), "en")
    assert eight <= 8 * 1.5 * once


def test_a_run_on_sentence_still_gives_each_figure_its_measure_teller_and_date() -> None:
    """What a reader checks on the absurd input: every repeat of the figure is one claim with
    the same reading as the first, however far into the sentence it stands."""
    unit = "the air force said it shot down 37 drones on 12 May 2024 near Odesa "
    text = unit * 300  # one sentence of about 20,000 characters
    claims = [c for c in _claims(text, "en") if c.quantity is not None]
    assert len(claims) == 300
    first, last = claims[0], claims[-1]
    assert first.quantity.value == last.quantity.value == 37
    assert first.measure == last.measure
    assert first.sources == [] or first.sources[-1].name == last.sources[-1].name
    assert first.when is not None and last.when is not None
    assert (first.when.start, first.when.end) == (last.when.start, last.when.end)
    assert last.place == first.place == "Odesa"
    _assert_holds(text, claims)


def test_a_hundred_thousand_digits_are_no_figure_and_the_next_sentence_still_counts() -> None:
    text = (
        "The air force said it shot down " + "7" * 100_000 + " drones. "
        "The air force said it shot down 37 drones overnight."
    )
    claims = _claims(text, "en")
    _assert_holds(text, claims)
    assert [c.quantity.value for c in claims if c.quantity is not None] == [37]


FRAGMENTS = st.sampled_from(
    [
        "“",
        "”",
        "«",
        "»",
        "„",
        "‹",
        "›",
        '"',
        "'",
        " said ",
        " according to ",
        ", he said",
        " selon ",
        " по словам ",
        " заявив ",
        "37",
        "6,000",
        "7" * 50,
        " drones ",
        " shot down ",
        " launched ",
        " up to ",
        " Shahed-136 ",
        " Iran ",
        " Odesa ",
        " on Saturday ",
        " in May 2024 ",
        " denied ",
        " retracted ",
        ". ",
        "\n\n",
        "中国",
        "ع",
        "Шахед",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(FRAGMENTS, max_size=120), lang=st.sampled_from(SUPPORTED_LANGUAGES))
def test_hostile_compositions_never_break_the_assembler(parts: list[str], lang: str) -> None:
    text = "".join(parts)
    _assert_holds(text, _claims(text, lang))
