"""Random and adversarial text: the date extractor never raises, and its spans stay valid.

Linear time is checked without timing anything: the grammar's work is counted in tokens it
visits, which must grow in proportion to the input (a doubled input may not cost four times).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.extract import d_grammar
from claimgraph.extract.d_lexicon import lexicon_for, tokenize
from claimgraph.extract.dates import extract_time_refs
from claimgraph.lang import SUPPORTED_LANGUAGES

DATE_WORDS = [
    "10",
    "2022",
    "12",
    "31",
    "-",
    "/",
    ".",
    ",",
    "de",
    "du",
    "au",
    "на",
    "в ночь на",
    "декабря",
    "грудня",
    "December",
    "Dec.",
    "janvier",
    "dernier",
    "since",
    "by",
    "between",
    "and",
    "года",
    "року",
    "Saturday",
    "субботу",
    "last",
    "week",
    "days",
    "later",
    "ago",
    "il y a",
    "hace",
    "vor",
    "Anfang",
    "early",
    "mid-",
    "the first",
    "two",
    "of the new year",
    "1990s",
    "Q1",
    "the",
    "27th",
    "le",
    "el día",
    "Friday",
    "next week",
    "weekend",
    "week",
    "nineteen",
    "seventy",
    "two thousand and",
    "mille neuf cent",
    "in",
    "dans",
    "from",
    "tomorrow",
    "on",
    "4/22",
    "'",
    "\u00a0",
    "\u202f",
    "–",
    "—",
    "«",
    "»",
    "„",
    "“",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(DATE_WORDS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(DATE_WORDS), max_size=60).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(text=texts, lang=st.sampled_from(SUPPORTED_LANGUAGES), reference=st.none() | st.dates())
def test_never_raises_and_spans_index_the_text(
    text: str, lang: str, reference: date | None
) -> None:
    found = extract_time_refs(text, lang, reference)
    last_end = 0
    for r in found:
        assert last_end <= r.span.start < r.span.end <= len(text)
        assert text[r.span.start : r.span.end] == r.text
        last_end = r.span.end
        if r.start is not None and r.end is not None:
            assert r.start <= r.end


def _visits(text: str, lang: str) -> int:
    """How many tokens the grammar reads while scanning ``text``."""
    counter = {"n": 0}
    original = d_grammar.Grammar.low

    def counting_low(self: d_grammar.Grammar, k: int) -> str:
        counter["n"] += 1
        return original(self, k)

    d_grammar.Grammar.low = counting_low  # type: ignore[method-assign]
    try:
        d_grammar.Grammar(tokenize(text), lexicon_for(lang)).parse()
    finally:
        d_grammar.Grammar.low = original  # type: ignore[method-assign]
    return counter["n"]


ADVERSARIAL = {
    "long line": "drones launched from the south " * 2000,
    "digits": "7" * 100_000,
    "digit groups": "10 12 2022 " * 3000,
    "date soup": "10 декабря 2022 года - 11 декабря, since between and " * 600,
    "mixed scripts": "Shahed Шахед 10. Dezember 十二月 ٢٠٢٢ " * 1500,
    "quotes": "«„“" * 10_000,
    "spelled soup": "nineteen seventy two thousand and twenty one hundred " * 1500,
    "week soup": "the first Friday of the third week of next month on the 27th " * 800,
    "offset soup": "in 1 month 2 weeks 3 days from tomorrow " * 1500,
}


def test_adversarial_inputs_do_not_raise() -> None:
    for lang in SUPPORTED_LANGUAGES:
        for text in ADVERSARIAL.values():
            for r in extract_time_refs(text, lang, date(2023, 1, 5)):
                assert text[r.span.start : r.span.end] == r.text


def test_megabyte_line_is_handled() -> None:
    text = ("x" * 999 + " ") * 1000  # 1 MB, no punctuation
    assert extract_time_refs(text, "en", None) == []


def test_work_grows_linearly_with_input() -> None:
    for lang in ("ru", "en", "fr"):
        for name, text in ADVERSARIAL.items():
            half = text[: len(text) // 2]
            small, large = _visits(half, lang), _visits(text, lang)
            assert large <= 2.5 * max(small, 1), (lang, name, small, large)


@pytest.mark.parametrize(
    ("text", "lang", "reference"),
    [
        ("FRIDAY", "en", date(1, 1, 1)),  # found by the property test above
        ("vendredi", "fr", date(1, 1, 1)),
        ("в пятницу", "ru", date(1, 1, 1)),
        ("last week", "en", date(1, 1, 3)),
        ("tomorrow", "en", date(9999, 12, 31)),
        ("morgen", "de", date(9999, 12, 31)),
    ],
)
def test_a_date_outside_the_calendar_stays_unresolved(text, lang, reference):
    # the expression is kept, with no date, instead of an OverflowError
    (found,) = extract_time_refs(text, lang, reference)
    assert (found.start, found.end) == (None, None)
