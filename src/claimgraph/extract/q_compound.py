"""Measures written in two units: an amount in a unit followed by an amount in its smaller unit
("5 ft 2 in", "5 feet and 2 inches", "6 lb 3 oz") is one amount in the larger unit (5.1667 ft).

The pairs are ``compound_units`` in ``data/units.yaml`` (language-neutral): the larger unit, the
smaller one and the symbols of the smaller one read there even when they are common words
("in"). The parts may be joined by nothing or by one of the language's ``connectors``; the
smaller amount must be below one larger unit (2 in, never 14 in) and neither part a range or
negative. "12 m 2 dm" stays two amounts: metric units are not written as compounds.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Protocol

from claimgraph.extract.numbers import NumberMatch
from claimgraph.extract.q_lexicon import QuantityLanguage
from claimgraph.extract.q_tokens import Token, merge_adjacent
from claimgraph.extract.units import unit_data, unit_info


class _Part(Protocol):
    num: NumberMatch
    first: int
    last: int
    tail: int
    unit: str | None
    low: float | None
    bound_first: int | None


@cache
def _pairs() -> dict[str, tuple[str, frozenset[str]]]:
    raw: dict[str, Any] = unit_data().get("compound_units") or {}
    return {
        str(big): (str(spec["unit"]), frozenset(str(s).lower() for s in spec.get("symbols", [])))
        for big, spec in raw.items()
    }


def _smaller_end(tokens: list[Token], b: _Part, small: str, symbols: frozenset[str]) -> int | None:
    """The token after ``b`` read in the smaller unit, or None."""
    if b.unit == small:
        return b.last
    k = b.num.last
    if b.unit is None and k < len(tokens) and tokens[k].low in symbols and len(tokens[k].gap) < 3:
        return k + 1
    return None


def _compound(
    tokens: list[Token], a: _Part, b: _Part, ql: QuantityLanguage
) -> tuple[int, float] | None:
    """The token after the compound and how many smaller units make one of ``a``'s, when ``b``
    is the smaller part of ``a``, else None."""
    pair = _pairs().get(a.unit or "")
    if pair is None or a.low is not None or b.low is not None or b.bound_first is not None:
        return None
    if a.num.negative or b.num.negative or a.num.value != int(a.num.value):
        return None
    gap = tokens[a.tail : b.first]
    if len(gap) > 1 or (gap and gap[0].low not in ql.words("connectors")):
        return None
    small, symbols = pair
    end = _smaller_end(tokens, b, small, symbols)
    ratio = float(unit_info(a.unit or "").factor or 0) / float(unit_info(small).factor or 1)
    if end is None or not 0 <= b.num.value < ratio:
        return None
    return end, ratio


def join_compound_units(tokens: list[Token], cands: list, ql: QuantityLanguage) -> list:
    """``cands`` (in text order) with each two-unit measure made one amount."""

    def join(a: _Part, b: _Part) -> _Part | None:
        found = _compound(tokens, a, b, ql)
        if found is None:
            return None
        end, ratio = found
        a.num.value = float(f"{a.num.value + b.num.value / ratio:.15g}")
        a.last = end
        a.tail = max(b.tail, end)
        return a

    return merge_adjacent(cands, join)
