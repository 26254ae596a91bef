"""Dates in the sample articles and the gold: what a reader of the ledger checks.

A fact-checker reads "the Ukrainian Air Force said on Saturday" in an article published on
Sunday 11 December 2022 and expects the claim's period to be 10 December 2022; without a
publication date, the expression must be kept but not guessed.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from claimgraph.extract.dates import extract_time_refs
from claimgraph.records import TimeRef


def refs(text: str, lang: str = "en", reference: date | None = None) -> list[TimeRef]:
    return extract_time_refs(text, lang, reference)


def one(text: str, lang: str = "en", reference: date | None = None) -> TimeRef:
    found = refs(text, lang, reference)
    assert len(found) == 1, [(r.text, r.start, r.end) for r in found]
    return found[0]


def test_air_force_report_on_saturday_resolves_against_publication_date() -> None:
    text = (
        "“Russian aggressors attacked southern Ukraine with 15 Iranian-made Shahid-136/131 "
        "suicide drones,” the Ukrainian Air Force said on its Telegram account on Saturday. "
        "In Kherson, the Russian military bombed 51 times this Saturday, killing two people."
    )
    found = refs(text, "en", date(2022, 12, 11))
    assert [r.text for r in found] == ["Saturday", "this Saturday"]
    for r in found:
        assert (r.start, r.end) == ("2022-12-10", "2022-12-10")
        assert r.relative and r.resolved_against == "2022-12-11"
        assert text[r.span.start : r.span.end] == r.text


def test_without_publication_date_relative_expressions_are_kept_unresolved() -> None:
    text = "The Ukrainian Air Force said on Saturday that 84 drones were launched last week."
    found = refs(text, "en", None)
    assert [r.text for r in found] == ["Saturday", "last week"]
    assert all(r.start is None and r.end is None and r.relative for r in found)
    assert all(r.resolved_against is None for r in found)


def test_absolute_dates_need_no_reference() -> None:
    r = one("The attack on Dec. 10, 2022 came at night.")
    assert (r.start, r.end, r.granularity, r.relative) == ("2022-12-10", "2022-12-10", "day", False)


def test_gold_periods_from_the_sample_articles(gold_claims: list[dict]) -> None:
    """Each gold claim whose context carries its own period: our interval covers the gold one."""
    # publication dates a reader infers from the articles (the pages do not state them)
    reference = {
        "000_417ffefe938d1bfc.txt": date(2023, 1, 3),
        "003_07bfecfded68885e.txt": date(2022, 12, 11),
    }
    checked = 0
    for claim in gold_claims:
        when = claim.get("when")
        found = refs(
            claim["context"],
            "fr" if claim["doc"].startswith("002") else "en",
            reference.get(claim["doc"]),
        )
        if not when or not found:
            continue
        r = found[0]
        checked += 1
        assert (r.start or "").startswith(when["start"] or ""), (claim["context"], r)
        if when["start"] is None:
            assert r.start is None
        assert (r.end or "").startswith(when["end"]), (claim["context"], r)
    # between September and January, first two days of the new year, beginning of 2023,
    # by September 2025, In 2022, In 2025, d'ici 2025, on Saturday, this Saturday (twice)
    assert checked >= 10


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("shot down around 500 drones between September and January", "2022-09-01", "2023-01-31"),
        ("in the first two days of the new year", "2023-01-01", "2023-01-02"),
        ("to be manufactured by September 2025", None, "2025-09-30"),
        ("At the beginning of 2023, Moscow and Tehran signed", "2023-01-01", "2023-03-31"),
        ("since May 2022", "2022-05-01", None),
        ("in the 1990s", "1990-01-01", "1999-12-31"),
        ("early July", "2022-07-01", "2022-07-15"),
        ("last month", "2022-12-01", "2022-12-31"),
        ("in January", "2023-01-01", "2023-01-31"),
        ("last week", "2022-12-26", "2023-01-01"),
    ],
)
def test_gold_style_expressions_with_reference(
    text: str, start: str | None, end: str | None
) -> None:
    r = one(text, "en", date(2023, 1, 3))
    assert (r.start, r.end) == (start, end)


def test_since_the_night_of_a_day_range() -> None:
    r = one(
        "The Ukrainian Air Force said that since the night of December 6-7, Iranian drones have reappeared.",
        "en",
        date(2022, 12, 11),
    )
    assert r.text == "since the night of December 6-7"
    assert (r.start, r.end) == ("2022-12-06", None)


def test_a_day_earlier_counts_from_the_date_just_mentioned() -> None:
    text = "The strike came on 10 December 2022. A day earlier, officials had warned of it; days later they retracted."
    found = refs(text, "en", None)
    assert [(r.text, r.start, r.end) for r in found] == [
        ("10 December 2022", "2022-12-10", "2022-12-10"),
        ("A day earlier", "2022-12-09", "2022-12-09"),
        ("days later", "2022-12-11", "2022-12-18"),
    ]
    assert found[1].relative and found[1].resolved_against == "2022-12-10"


def test_a_day_earlier_after_an_unresolved_date_stays_unresolved() -> None:
    text = "Monday, March 20, 2023. It said so on Saturday, a day earlier than planned."
    found = refs(text, "en", None)
    assert [(r.text, r.start) for r in found] == [
        ("Monday, March 20, 2023", "2023-03-20"),
        ("Saturday", None),
        ("a day earlier", None),
    ]


def test_durations_and_bare_numbers_are_not_dates() -> None:
    text = (
        "During the 12-day bombing, for three weeks, Russia launched 2000 drones, 15 of them "
        "at 4.22 km; between 1500 and 2000 drones; the 6,107.31 total."
    )
    assert refs(text, "en", date(2023, 1, 3)) == []


def test_numeric_formats_follow_the_language() -> None:
    assert one("on 05/06/2024", "en").start == "2024-05-06"  # US: May 6
    assert one("le 05/06/2024", "fr").start == "2024-06-05"  # 5 juin
    assert one("on 21/05/2024", "en").start == "2024-05-21"  # impossible as US: day first
    assert one("am 21.05.2024", "de").start == "2024-05-21"
    assert one("2024-05-21", "ru").start == "2024-05-21"


def test_spans_are_sorted_and_never_overlap() -> None:
    text = "Between 10 and 12 December 2022, and again on 6 January 2023 and since May 2022."
    found = refs(text, "en", None)
    assert [r.text for r in found] == [
        "Between 10 and 12 December 2022",
        "6 January 2023",
        "since May 2022",
    ]
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


def test_sample_article_dates_are_found_in_the_stored_text(seeds_dir: Path) -> None:
    text = (seeds_dir / "001_4884c0e8cb92d681.txt").read_text(encoding="utf-8")
    found = refs(text, "en", None)
    by_text = {r.text: r for r in found}
    assert by_text["At the beginning of 2023"].start == "2023-01-01"
    assert by_text["by September 2025"].end == "2025-09-30"
    assert by_text["by September 2025"].start is None
    for r in found:
        assert text[r.span.start : r.span.end] == r.text
