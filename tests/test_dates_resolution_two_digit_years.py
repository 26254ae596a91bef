"""A two-digit year in a numeric date: the 1900s, except the years of this century's first
three decades (as for decades: "the 40s" is the 1940s)."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 1, 31)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


BORN_IN_1940 = [
    ("en", "He was born on 03/18/40.", "03/18/40"),
    ("fr", "Il est né le 18/03/40.", "18/03/40"),
    ("es", "Nació el 18/03/40.", "18/03/40"),
    ("de", "Er wurde am 18.03.40 geboren.", "18.03.40"),
    ("ru", "Он родился 18.03.40.", "18.03.40"),
    ("uk", "Він народився 18.03.40.", "18.03.40"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), BORN_IN_1940)
def test_a_two_digit_year_from_thirty_on_is_in_the_1900s(
    lang: str, text: str, surface: str
) -> None:
    assert found(lang, text) == [(surface, "1940-03-18", "1940-03-18")]


DUE_IN_2025 = [
    ("en", "The loan is due on 03/18/25.", "03/18/25"),
    ("fr", "Le prêt arrive à échéance le 18/03/25.", "18/03/25"),
    ("es", "El préstamo vence el 18/03/25.", "18/03/25"),
    ("de", "Der Kredit ist am 18.03.25 fällig.", "18.03.25"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), DUE_IN_2025)
def test_a_two_digit_year_below_thirty_is_in_the_2000s(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2025-03-18", "2025-03-18")]
