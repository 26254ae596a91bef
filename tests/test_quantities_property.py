"""Bad input never breaks extraction, and the work stays linear in the input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.extract.quantities import extract_quantities

LANGS = st.sampled_from(["en", "fr", "de", "es", "ru", "uk"])
PIECES = st.sampled_from(
    [
        "1",
        "1,750",
        "6\u00a0000",
        "1.75",
        "-",
        "–",
        "$",
        "€",
        "%",
        " ",
        ".",
        ",",
        "'",
        "up to",
        "between",
        "and",
        "de",
        "тыс.",
        "млн",
        "drones",
        "беспилотников",
        "twenty",
        "vingt-cinq",
        "fünfundzwanzig",
        "hundreds",
        "per month",
        "в месяц",
        "10:30",
        "Shahed-136",
        "\u200b",
        "\n",
    ]
)


def _check(text: str, lang: str) -> None:
    previous_end = -1
    for q in extract_quantities(text, lang):
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text
        assert q.span.start >= previous_end
        previous_end = q.span.end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), LANGS)
def test_random_text_never_raises(text: str, lang: str):
    _check(text, lang)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join), LANGS)
def test_number_like_soup_never_raises(text: str, lang: str):
    _check(text, lang)


def test_adversarial_inputs():
    cases = [
        "word " * 200_000,  # a 1 MB line without punctuation
        "9" * 100_000,  # 100,000 digits in a row
        "1," * 5_000,  # endless grouping
        "1 000 " * 2_000,
        "twenty " * 2_000,
        "drones " * 5_000,
        "Шахед-136 дрон drone drône Drohne ٣ ² " * 1_000,  # mixed scripts and digit systems
        "(((((" * 10_000 + "5 km" + ")))))" * 10_000,
        "\u00a0" * 100_000,
    ]
    for text in cases:
        for lang in ("en", "ru"):
            _check(text, lang)
    assert extract_quantities("word " * 200_000 + "5 km", "en")[0].value == 5
