"""Number notations around a digit group: fractions (``3/4``, ``2 1/4``, ``1⁄32``, ``½``,
``2½``), exponents (``1.5e3``, ``12.32e+14``, ``1.1^23``, ``1.3x10^6``, ``1.99×10−30``) and
scale letters glued to digits (``10M``, ``1.2b``, ``2mil``).

Each function looks at a bounded number of tokens after a ``NumberMatch`` and, when a notation
fits, widens the match in place; the caller walks the tokens once, so the whole stays linear.
What counts as a glued scale is language data (``glued_scales``, matched case-sensitively, a
letter that is also a name or a label taking a smallest number or a decimal one);
vulgar fraction characters are read with ``unicodedata.numeric``.
"""

from __future__ import annotations

import math
import unicodedata
from typing import TYPE_CHECKING

from claimgraph.extract.q_tokens import Token

if TYPE_CHECKING:
    from claimgraph.extract.numbers import NumberMatch
    from claimgraph.extract.q_lexicon import QuantityLanguage

# denominators of written fractions ("1/4 mile", "1/16 of a pint", "1⁄128"); others such as
# "9/11" or "5/6" are dates, scores or labels far more often than fractions
DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100, 128, 1000})
MAX_EXPONENT = 30
_SLASHES = ("/", "\u2044")  # solidus, fraction slash
_TIMES = ("x", "×", "*", "\u22c5", "·")
_SIGNS = {"+": 1, "-": -1}


def vulgar_fraction(tok: Token) -> float | None:
    """The value of a single vulgar-fraction character (``½`` 0.5, ``⅔`` 0.667), else None."""
    if tok.kind != "punct" or len(tok.text) != 1:
        return None
    char = tok.text
    if unicodedata.category(char) != "No":
        return None
    value = unicodedata.numeric(char, -1.0)
    return value if 0 < value < 1 else None


def _plain(tok: Token) -> bool:
    return tok.kind == "num" and len(tok.text) <= 6


def _glued_num(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].kind == "num" and tokens[k].glued


def slash_fraction(tokens: list[Token], k: int) -> tuple[int, float] | None:
    """``a/b`` starting at token ``k`` (a proper fraction, not a date or a score): (end, value)."""
    n = len(tokens)
    if k + 2 >= n or not _plain(tokens[k]):
        return None
    sl = tokens[k + 1]
    if sl.low not in _SLASHES or not sl.glued or not _glued_num(tokens, k + 2):
        return None
    end = k + 3
    if end < n and tokens[end].glued and (tokens[end].low in _SLASHES or tokens[end].kind == "num"):
        return None  # 3/4/2020: a date
    if (
        end + 1 < n
        and tokens[end].glued
        and tokens[end].low in ".,"
        and _glued_num(tokens, end + 1)
    ):
        return None  # 1/2.5: a ratio written with decimals
    num, den = int(tokens[k].text), int(tokens[k + 2].text)
    if not 0 < num < den or den not in DENOMINATORS:
        return None
    if k > 0 and tokens[k].glued and tokens[k - 1].low in _SLASHES:
        return None  # 2020/3/4
    return end, num / den


def extend_fraction(tokens: list[Token], m: NumberMatch) -> bool:
    """``3/4`` -> 0.75; ``2 1/4`` / ``2  1/4`` / ``2½`` / ``10 ½`` -> mixed numbers."""
    n = len(tokens)
    if m.kind != "digits" or m.grouped or m.decimal:
        return False
    if m.last == m.first + 1:
        own = slash_fraction(tokens, m.first)
        if own is not None:
            m.last, m.value, m.decimal = own[0], own[1], True
            return True
    k = m.last
    if k >= n or "\n" in tokens[k].gap or tokens[k].gap.strip() or len(tokens[k].gap) > 2:
        return False
    frac = vulgar_fraction(tokens[k])
    if frac is not None:
        m.last, m.value, m.decimal = k + 1, m.value + frac, True
        return True
    if tokens[k].gap:
        part = slash_fraction(tokens, k)
        if part is not None:
            m.last, m.value, m.decimal = part[0], m.value + part[1], True
            return True
    return False


def _signed_int(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """A glued exponent at ``k``: optional signs ("+", "-", "--") then digits: (end, value)."""
    sign = 1
    start = k
    while k < len(tokens) and tokens[k].low in _SIGNS and tokens[k].glued and k - start < 2:
        sign *= _SIGNS[tokens[k].low]
        k += 1
    if not _glued_num(tokens, k) or len(tokens[k].text) > 3:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].glued and tokens[k + 1].kind in ("word", "num"):
        return None  # 1e10f, 3e4a: hexadecimal or an identifier
    return k + 1, sign * int(tokens[k].text)


def extend_exponent(tokens: list[Token], m: NumberMatch) -> bool:
    """``1.5e3``, ``-12e-1``, ``1.1^23``, ``2.5^-1``, ``1.3x10^6``, ``6.23x10^-4``, ``1.99×10−30``."""
    n = len(tokens)
    k = m.last
    if m.kind != "digits" or k >= n or not tokens[k].glued:
        return False
    tok = tokens[k]
    base = abs(m.value)
    sign = -1.0 if m.value < 0 else 1.0
    value: float | None = None
    end = k
    if tok.low == "e" and not m.grouped:
        exp = _signed_int(tokens, k + 1)
        if exp is not None and abs(exp[1]) <= MAX_EXPONENT:
            end, value = exp[0], base * 10.0 ** exp[1]
    elif tok.low == "^":
        exp = _signed_int(tokens, k + 1)
        if exp is not None and abs(exp[1]) <= MAX_EXPONENT and base > 0:
            power = exp[1] * math.log10(base)
            if power <= 2 * MAX_EXPONENT:
                end, value = exp[0], base ** exp[1]
    elif tok.low in _TIMES and _glued_num(tokens, k + 1) and tokens[k + 1].text == "10":
        j = k + 2
        if j < n and tokens[j].low == "^" and tokens[j].glued:
            j += 1
        exp = _signed_int(tokens, j) if j < n and tokens[j].glued else None
        if exp is not None and abs(exp[1]) <= MAX_EXPONENT:
            end, value = exp[0], base * 10.0 ** exp[1]
    if value is None:
        return False
    m.last, m.value, m.decimal = end, sign * value, True
    return True


def extend_glued_scale(tokens: list[Token], m: NumberMatch, ql: QuantityLanguage) -> bool:
    """``10M``, ``1.2b``, ``2mil``, ``US$ 1MM``: a scale letter glued to the digits (language
    data ``glued_scales``, case-sensitive: "10M" is ten million, "10m" ten metres)."""
    scales = ql.data.get("glued_scales") or {}
    k = m.last
    if not scales or m.kind != "digits" or k >= len(tokens):
        return False
    tok = tokens[k]
    if tok.kind != "word" or not tok.glued or tok.text not in scales:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.glued and nxt.kind in ("word", "num"):
        return False
    if (
        tok.text.isupper()
        and nxt is not None
        and nxt.kind == "word"
        and nxt.text[:1].isupper()
        and len(nxt.gap) == 1
    ):
        return False  # "3M Company": a name ("2mil SEK" is two million)
    spec = scales[tok.text]
    if isinstance(spec, dict):
        # {value, min, decimal}: "5G" is a network generation, "10G" ten billion; "5b" a label,
        # "1,2b" 1.2 billion
        if abs(m.value) < float(spec.get("min", 0)) or (spec.get("decimal") and not m.decimal):
            return False
        spec = spec["value"]
    factor = float(spec)
    m.last, m.value, m.scaled, m.scale = k + 1, float(f"{m.value * factor:.15g}"), True, factor
    return True
