"""Grammar rules for centuries and decades in words: an ordinal before the century word ("the
15th century", "21ème siècle", "20. Jahrhundert"), a Roman numeral before it ("XXe siècle", "XX
век") or after it ("siglo XXI"); "the seventies", "the nineteen seventies", "die Siebziger",
"семидесятые годы".

A mixin of ``d_grammar.Grammar`` (it uses the grammar's helpers); every rule looks ahead a
bounded number of tokens. The century words come from ``dates.yaml`` (``centuries``); Roman
numerals are the same in every language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimgraph.extract.d_sem import Century, Decade, Sem

if TYPE_CHECKING:
    from claimgraph.extract.d_grammar import Grammar

Parsed = tuple[int, Sem] | None

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_MAX_CENTURY = 30
_MAX_ROMAN_LEN = 8  # "xxviii": a century needs no longer numeral
_DECADE_CENTURIES = (19, 20)  # "nineteen seventies", "twenty twenties"


def roman(word: str) -> int | None:
    """The value of a Roman numeral up to L ("xxi" -> 21), or None when ``word`` is not one."""
    if not word or len(word) > _MAX_ROMAN_LEN or any(c not in _ROMAN for c in word):
        return None
    total = 0
    for a, b in zip(word, word[1:] + " ", strict=True):
        value = _ROMAN[a]
        total += -value if b in _ROMAN and _ROMAN[b] > value else value
    return total if total > 0 else None


class CenturyRules:
    def roman_ordinal(self: Grammar, k: int) -> tuple[int, int] | None:
        """A Roman numeral at ``k``, with an ordinal suffix glued to it or not ("XXe", "XXI")."""
        if not 0 <= k < self.n or self.t[k].num is not None:
            return None
        low = self.t[k].low
        value = roman(low)
        if value is None:
            for suffix in self.lex.century_suffixes:
                if low.endswith(suffix) and len(low) > len(suffix):
                    value = roman(low[: -len(suffix)])
                    if value is not None:
                        break
        if value is None or not 1 <= value <= _MAX_CENTURY:
            return None
        # Roman numerals are written in capitals: "vi" or "xi" in running text are words
        if not self.t[k].upper:
            return None
        return k + 1, value

    def century(self: Grammar, i: int) -> Parsed:
        """15th century, XXe siècle, XX век, siglo XXI, 20. Jahrhundert (articles stay out)."""
        word = self.lex.has(self.t, i, "centuries")
        if word is not None:  # "siglo XXI"
            r = self.roman_ordinal(word)
            return None if r is None else (r[0], Century(r[1]))
        n = self.ordinal(i, _MAX_CENTURY) or self.roman_ordinal(i)
        if n is None:
            return None
        end = self.lex.has(self.t, n[0], "centuries")
        if end is None or (self.low(end) == "-" and self.glued(end)):  # "century-old"
            return None
        return end, Century(n[1])

    def decade_word(self: Grammar, i: int) -> Parsed:
        """the seventies, the nineteen seventies, the twenty-tens, die Siebziger, семидесятые
        годы: a decade word needs an article, a century or a noun of its own ("in their
        seventies" is an age)."""
        k = self.skip(i, "articles")
        w = self.lex.match(self.t, k, "decade_words")
        century = None
        if w is None:
            m = self.lex.match(self.t, k, "numbers")
            if m is None or m[2] not in _DECADE_CENTURIES:
                return None
            w = self.lex.match(self.t, self.punct(m[0], "-"), "decade_words")
            if w is None:
                return None
            century = m[2]
        if k == i and century is None and w[0] - k < 2:
            return None
        first = int(w[2]) if century is None else century * 100 + int(w[2]) % 100
        return w[0], Decade(first)
