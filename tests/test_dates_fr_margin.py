"""French dates, session 3 round 2: symbolic bounds and weekdays named inside a week.

Sentences in the style of tables, wire reports and meeting notes, resolved against Monday
7 November 2016 as the publication date. What a reader checks: the highlighted span and the
period it names (an open end stays open).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2016, 11, 7)  # a Monday


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


# ">=" / "<=" before a year are open bounds in French as in English and Spanish (tables, filters)
SYMBOL_BOUNDS = [
    ("fr", "Ventes des modèles >=2019 uniquement.", [(">=2019", "2019-01-01", None)]),
    ("fr", "Ventes des modèles <= 2019 uniquement.", [("<= 2019", None, "2019-12-31")]),
    ("en", "Sales of models >=2019 only.", [(">=2019", "2019-01-01", None)]),
    ("es", "Ventas de modelos <=2019 solamente.", [("<=2019", None, "2019-12-31")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), SYMBOL_BOUNDS)
def test_a_symbol_before_a_year_is_an_open_bound(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


def test_a_symbol_before_a_plain_number_is_no_date() -> None:
    # "a >= 5": a comparison of counts, no year cue
    assert found("fr", "Le score doit être >= 5 pour passer.") == []
