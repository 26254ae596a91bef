"""A reader's story: the figures in the five sample articles come out as the gold says.

Each gold claim names an exact context sentence and the quote of its quantity; extracting the
quantities of the real article text must give, at the quote, the gold value, unit and bound.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.quantities import extract_quantities
from claimgraph.records import Quantity

# Where the gold resolves a generic counter from the article's topic ("6 000 unités" are drones,
# "5,500 units per month" are drones per month), the extractor keeps the generic unit and the
# counted text; resolving it from context belongs to claim building.
GENERIC = {"drone": "unit", "drone/month": "unit/month"}


def _at_quote(found: list[Quantity], start: int, end: int) -> Quantity | None:
    for q in found:
        if q.span.start < end and start < q.span.end:
            return q
    return None


def test_every_gold_quantity_is_found_in_the_real_articles(seeds_dir: Path, gold_claims, gold_docs):
    missing = []
    for claim in gold_claims:
        text = (seeds_dir / claim["doc"]).read_text(encoding="utf-8")
        lang = gold_docs[claim["doc"]]["language"]
        at = text.find(claim["context"])
        assert at >= 0, claim["context"]
        q_start = at + claim["context"].find(claim["quote"])
        found = extract_quantities(claim["context"], lang)
        q = _at_quote(found, q_start - at, q_start - at + len(claim["quote"]))
        if q is None:
            missing.append(claim["quote"])
            continue
        assert q.value == pytest.approx(claim["value"]), claim["context"]
        assert q.bound == claim["bound"], claim["context"]
        if q.unit != claim["unit"]:
            if claim["unit"] in GENERIC and q.unit == GENERIC[claim["unit"]]:
                assert q.counted and "unit" in q.counted.lower()
            else:
                # "More than 1000 of them": the unit is only known from the previous sentence
                assert q.unit is None and "of them" in claim["context"], claim["context"]
        if "si" in claim:
            assert q.si_value == pytest.approx(claim["si"]["value"], abs=0.1)
            assert q.si_unit == claim["si"]["unit"]
    assert not missing


def test_whole_article_keeps_offsets_and_skips_dates(seeds_dir: Path):
    text = (seeds_dir / "003_07bfecfded68885e.txt").read_text(encoding="utf-8")
    found = extract_quantities(text, "en")
    assert found, "the air force summary carries figures"
    previous_end = -1
    for q in found:
        assert text[q.span.start : q.span.end] == q.text
        assert q.span.start >= previous_end
        previous_end = q.span.end
        if q.value is not None and q.unit is None:
            assert not (1900 <= q.value <= 2100 and q.value == int(q.value)), q.text
    drones = [q for q in found if q.unit == "drone"]
    assert any(q.value == 15 for q in drones) and any(q.value == 10 for q in drones)


def test_a_quoted_figure_in_french_with_non_breaking_spaces():
    text = "Le site doit fournir 6\u00a0000 drones d'ici 2025, soit plus de 1\u202f600\u00a0kilomètres de portée."
    found = extract_quantities(text, "fr")
    assert [(q.value, q.unit, q.bound) for q in found] == [(6000, "drone", "="), (1600, "km", ">")]
    assert found[0].text == "6\u00a0000"
    assert found[1].si_value == 1600 and found[1].si_unit == "km"
