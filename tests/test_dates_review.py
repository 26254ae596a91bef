"""Code-review mends in the date grammar and resolver, each pinned by what a reader sees.

- a two-digit year glued to a year code ("cy98", "fy98") follows the decade rule of every other
  two-digit year (1998, not 2098);
- a yearly day or month without its year ("Easter", "May") is placed by one year search, with
  or without a modifier, alone or as one end of a range;
- the end of a paired range ("between now and March") is recognised by the same helper that
  finds the pair's link ("du ... au", "between ... and");
- the grammar's shortcut for languages that keep every article never skips a rule that drops
  one (a season with its year, where a language leaves the article out there).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from claimgraph.extract.d_grammar import Grammar
from claimgraph.extract.d_lexicon import lexicon_for, tokenize
from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 22)


def found(lang: str, text: str, ref: date = REF) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, ref)]


# ---------------------------------------------------------------- two-digit years after a code
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in cy98 fell by a third.", [("cy98", "1998-01-01", "1998-12-31")]),
        ("Sales in cy18 fell by a third.", [("cy18", "2018-01-01", "2018-12-31")]),
        ("Sales in cy29 will double.", [("cy29", "2029-01-01", "2029-12-31")]),
        ("Sales in cy30 fell by a third.", [("cy30", "1930-01-01", "1930-12-31")]),
    ],
)
def test_a_year_code_with_two_digits_follows_the_decade_rule(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found("en", text) == expected


def test_a_fiscal_year_code_keeps_its_century() -> None:
    """ "fy98" is fiscal 1998; it stays unresolved (its months are the company's), but the grammar
    reads its year the same way as "cy98"."""
    toks = tokenize("Revenue in fy98 fell.")
    sems = [m.sem for m in Grammar(toks, lexicon_for("en")).parse()]
    assert [getattr(s, "year", None) for s in sems] == [1998]
    assert found("en", "Revenue in fy98 fell.") == [("fy98", None, None)]


# ---------------------------------------------------------------- one year search
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # bare: the most recent one not after the publication date
        ("en", "The plant opened in May.", [("May", "2025-05-01", "2025-05-31")]),
        ("en", "Talks stalled at Easter.", [("Easter", "2025-04-20", "2025-04-20")]),
        ("fr", "L'usine a fermé à Noël.", [("Noël", "2024-12-25", "2024-12-25")]),
        # a modifier decides against the publication date
        ("en", "The plant opened this May.", [("this May", "2025-05-01", "2025-05-31")]),
        (
            "en",
            "The talks resume this Christmas.",
            [("this Christmas", "2025-12-25", "2025-12-25")],
        ),
        ("en", "The deal was signed last Easter.", [("last Easter", "2025-04-20", "2025-04-20")]),
        ("es", "La planta abrió el pasado mayo.", [("pasado mayo", "2025-05-01", "2025-05-31")]),
        # one end of a range follows the other
        (
            "en",
            "Production ran from September to January.",
            [("from September to January", "2025-09-01", "2026-01-31")],
        ),
    ],
)
def test_a_yearly_day_or_month_without_its_year(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected


# ---------------------------------------------------------------- paired ranges
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices will rise between now and March, the ministry said.",
            [("between now and March", "2025-11-22", "2026-03-31")],
        ),
        (
            "Deliveries run from 2020 to May, the ministry said.",
            [("from 2020 to May", "2020-01-01", "2020-05-31")],
        ),
    ],
)
def test_a_month_that_needs_a_cue_closes_a_paired_range(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found("en", text) == expected


def test_a_month_word_without_its_pair_stays_a_word() -> None:
    assert found("en", "And March they did, to the capital.") == []


# ---------------------------------------------------------------- the article shortcut
def _spans(lang: str, text: str, **flags: bool) -> list[str]:
    lex = replace(lexicon_for(lang), **flags)
    toks = tokenize(text)
    return [text[toks[m.i].start : toks[m.j - 1].end] for m in Grammar(toks, lex).parse()]


def test_a_language_that_keeps_every_article_keeps_it_before_a_season() -> None:
    assert _spans("de", "Der Sommer 2016 war heiß.") == ["Der Sommer 2016"]


def test_the_shortcut_never_skips_the_season_rule() -> None:
    """German keeps its articles before days, units and parts; a language like it that leaves
    the article out of a season with its year ("l'été 2016" -> "été 2016") must still drop it."""
    spans = _spans("de", "Der Sommer 2016 war heiß.", article_before_seasons=False)
    assert spans == ["Sommer 2016"]
