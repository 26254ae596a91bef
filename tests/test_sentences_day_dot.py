"""German writes a day with an ordinal dot ("am 22. November"): that dot ends no sentence before
a month name, so a claim and its date stay in one sentence; a day at a sentence's end still ends
it, and other languages keep their own rules."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.sentences import split_sentences


def _texts(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "Russland griff in der Nacht zum 22. November mit 40 Drohnen an.",
        "Am 3. Oktober 2025 meldete die Luftwaffe 34 abgeschossene Drohnen.",
        "Am 3. Okt. 2025 meldete die Luftwaffe 34 abgeschossene Drohnen.",
        "Zwischen dem 1. und dem 15. März wurden 300 Drohnen gestartet.",
    ],
)
def test_a_day_before_its_month_ends_no_sentence(text: str) -> None:
    assert _texts(text, "de") == [text]


def test_a_day_closing_a_sentence_still_ends_it() -> None:
    assert _texts("Der Angriff kam am 22. Danach war es ruhig.", "de") == [
        "Der Angriff kam am 22.",
        "Danach war es ruhig.",
    ]


def test_a_number_ending_an_english_sentence_before_a_month_still_ends_it() -> None:
    text = "The count rose to 12. March was quieter."
    assert _texts(text, "en") == ["The count rose to 12.", "March was quieter."]


def test_german_night_summary_keeps_its_period() -> None:
    claims = extract_claims_from_text(
        "Russland griff in der Nacht zum 22. November mit 40 Drohnen an.", "de", "2025-11-22"
    )
    (claim,) = [c for c in claims if c.quantity is not None]
    assert claim.quantity.value == 40
    assert claim.when is not None and claim.when.end == "2025-11-22"
