"""Fractions the number layer builds beyond single lexicon words.

- ``suffix_denominator``: a denominator written as one derived word, its stem a number and its
  ending a fraction suffix from the language data (``denominator_suffixes``): Spanish
  "veintiunavos" (21), "treintavos" (30), "dosmilésimos" (2000), "billonésimo" (10^12). The stem
  is split into the language's number morphemes by greedy longest match; ``stem_endings`` lists
  letters the suffix swallowed ("treint-avos" is "treinta").
- ``fraction_link``: two numbers joined by a fraction word (``fraction_links``: "one over
  three", "1 out of 5", "un sur trois", "uno sobre tres") are one ratio, unless the second counts
  a unit or a thing ("€1000 sur 3 ans", "20 out of 25 drones": two amounts) or is a year.

Both run in time linear in the word or the token list.
"""

from __future__ import annotations

from functools import lru_cache

from claimgraph.extract.q_lexicon import QuantityLanguage, quantity_language
from claimgraph.extract.q_tokens import MAX_WORD, Token

_NUM, _SCALE, _CONN = "num", "scale", "conn"


@lru_cache(maxsize=8)
def _stem_morphemes(lang: str) -> dict[str, tuple[str, float]]:
    ql = quantity_language(lang)
    out: dict[str, tuple[str, float]] = {}
    for section, kind in (("number_words", _NUM), ("multipliers", _NUM), ("scales", _SCALE)):
        for word, value in (ql.data.get(section) or {}).items():
            word = str(word).lower()
            if " " not in word and "." not in word and len(word) > 1:
                out.setdefault(word, (kind, float(value)))
    for conn in ql.data.get("stem_connectors", []) or []:
        out[str(conn).lower()] = (_CONN, 0.0)
    return out


def _stem_value(stem: str, lang: str) -> float | None:
    """The value of a number written as one word ("dosmil", "veintiun", "treintaicinco")."""
    morphemes = _stem_morphemes(lang)
    longest = max((len(m) for m in morphemes), default=0)
    total = group = 0.0
    pos = 0
    items = 0
    while pos < len(stem):
        for size in range(min(longest, len(stem) - pos), 0, -1):
            hit = morphemes.get(stem[pos : pos + size])
            if hit is not None:
                break
        else:
            return None
        pos += size
        kind, value = hit
        if kind == _CONN:
            continue
        items += 1
        if kind == _SCALE:
            total += (group or 1.0) * value
            group = 0.0
        else:
            group += value
    return total + group if items else None


@lru_cache(maxsize=32768)
def _suffix_denominator(word: str, lang: str) -> float | None:
    ql = quantity_language(lang)
    suffixes = sorted(
        (str(s).lower() for s in ql.data.get("denominator_suffixes", []) or []), key=len
    )
    endings = ["", *(str(e).lower() for e in ql.data.get("stem_endings", []) or [])]
    for suffix in reversed(suffixes):
        if not word.endswith(suffix) or len(word) <= len(suffix) + 1:
            continue
        stem = word[: -len(suffix)]
        for ending in endings:
            value = _stem_value(stem + ending, lang)
            if value is not None and value >= 2:
                return value
    return None


def suffix_denominator(tok: Token, ql: QuantityLanguage) -> float | None:
    """The denominator a derived word names ("veintiunavos" -> 21), or None."""
    if tok.kind != "word" or len(tok.low) > MAX_WORD or not ql.data.get("denominator_suffixes"):
        return None
    return _suffix_denominator(tok.low, ql.lang)


def _looks_like_year(value: float, digits: str) -> bool:
    return len(digits) == 4 and 1800 <= value <= 2100


def fraction_link(
    tokens: list[Token],
    a_last: int,
    b_first: int,
    b_last: int,
    b_value: float,
    ql: QuantityLanguage,
) -> bool:
    """Do the tokens between two numbers make them one ratio ("one over three")?"""
    links = ql.trie("fraction_links")
    if not links or b_value == 0 or b_value != int(b_value):
        return False
    hit = links.match(tokens, a_last, ql.forms)
    if hit is None or hit[0] != b_first:
        return False
    if b_last - b_first == 1 and _looks_like_year(b_value, tokens[b_first].text):
        return False
    if b_last < len(tokens):
        for section in ("units", "counted", "times"):
            if ql.trie(section).match(tokens, b_last, ql.forms) is not None:
                return False
    return True
