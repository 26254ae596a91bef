"""Money written in two parts: an amount in a main currency unit followed by its minor units
("3 dollars 50 cents", "thirteen euros et quarante-cinq cents", "3 euros con 99 céntimos",
"15 dólares y 15", "15 dollars 50."): one amount, 3.50 USD.

A minor unit is a currency unit with the factor 0.01 in ``data/units.yaml`` (cent, pence,
centavo, sen). Without a minor-unit word the second number is read as cents only when it is a
whole number below 100, the main unit is a word ("dollars", not "$") and nothing follows the
second number but the end of the sentence: "15 dollars and 50 others" stays two quantities.
The words that may join the parts are ``money_links`` in each language's ``quantities.yaml``.
"""

from __future__ import annotations

from typing import Protocol

from claimgraph.extract.numbers import NumberMatch
from claimgraph.extract.q_lexicon import QuantityLanguage
from claimgraph.extract.q_tokens import Token, merge_adjacent
from claimgraph.extract.units import unit_info

_MINOR = 0.01


class _Part(Protocol):
    num: NumberMatch
    first: int
    last: int
    tail: int
    unit: str | None
    unit_kind: str | None
    low: float | None
    bound: str | None
    bound_first: int | None


def _is_main_currency(unit: str | None) -> bool:
    if not unit or "/" in unit:
        return False
    info = unit_info(unit)
    return info.dimension == "currency" and info.factor == 1.0


def _is_minor_currency(unit: str | None) -> bool:
    if not unit or "/" in unit:
        return False
    info = unit_info(unit)
    return info.dimension == "currency" and info.factor == _MINOR


def _cents(num: NumberMatch) -> bool:
    return 0 < num.value < 100 and num.value == int(num.value) and not num.scaled


def _ends_sentence(tokens: list[Token], k: int) -> bool:
    return k >= len(tokens) or (tokens[k].kind == "punct" and tokens[k].low in ".!?;")


def minor_part(tokens: list[Token], a: _Part, b: _Part, ql: QuantityLanguage) -> bool:
    """Is ``b`` the minor units of the amount ``a``?"""
    if a.low is not None or b.low is not None or not _is_main_currency(a.unit):
        return False
    if a.num.value != int(a.num.value) or a.num.scaled or a.num.negative:
        return False
    if b.bound_first is not None or not _cents(b.num) or b.num.negative:
        return False
    gap = tokens[a.tail : b.first]
    if len(gap) > 1 or (gap and gap[0].low not in ql.words("money_links")):
        return False
    if _is_minor_currency(b.unit):
        return True
    if b.unit is not None or b.num.weak:
        return False
    # a bare second number: only after a currency word, and ending the sentence
    return (
        tokens[a.last - 1].kind == "word" and a.last > a.num.last and _ends_sentence(tokens, b.last)
    )


def join_minor_units(tokens: list[Token], cands: list, ql: QuantityLanguage) -> list:
    """``cands`` (in text order) with each amount and its minor units made one."""

    def join(a: _Part, b: _Part) -> _Part | None:
        if not minor_part(tokens, a, b, ql):
            return None
        a.num.value = float(f"{a.num.value + b.num.value * _MINOR:.15g}")
        a.last = b.last
        a.tail = max(b.tail, b.last)
        return a

    return merge_adjacent(cands, join)
