"""Tokens for quantity extraction: digit runs, words and single punctuation marks, with offsets.

The text is folded with ``textnorm.for_matching`` first (same length), so a non-breaking or thin
space between digit groups looks like a plain space while offsets still index the stored text.
The token regex has no nested quantifiers: it runs in time linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from claimgraph.textnorm import for_matching

# digits | letters (with inner apostrophes: п'ять, o'clock) | any other single non-space character
# a web address is one opaque token: its digits and "%20" escapes are no quantities
_TOKEN = re.compile(r"(?:https?://|www\.)\S+|[0-9]+|[^\W\d_]+(?:'[^\W\d_]+)*|[^\s]")
# Words longer than this are never number words, units or lexicon entries (keeps lookups cheap).
MAX_WORD = 48


@dataclass(slots=True)
class Token:
    text: str  # surface as in the folded text
    low: str  # lower-cased surface
    start: int
    end: int
    kind: str  # "num", "word", "punct"
    gap: str  # the characters between the previous token and this one ("" when glued)

    @property
    def glued(self) -> bool:
        return self.gap == ""


T = TypeVar("T")


def merge_adjacent(items: list[T], merge: Callable[[T, T], T | None]) -> list[T]:
    """``items`` with each neighbouring pair that ``merge`` joins replaced by what it returns,
    left to right (a joined item is not joined again)."""
    out: list[T] = []
    i = 0
    while i < len(items):
        merged = merge(items[i], items[i + 1]) if i + 1 < len(items) else None
        out.append(items[i] if merged is None else merged)
        i += 1 if merged is None else 2
    return out


def tokenize(text: str, elisions: frozenset[str] = frozenset()) -> list[Token]:
    """Tokens of ``text``; a word starting with an elided article (``d'``, ``l'``) is split so
    that ``d'employés`` gives ``d'`` and ``employés``."""
    folded = for_matching(text)
    tokens: list[Token] = []
    prev_end = 0
    for m in _TOKEN.finditer(folded):
        s, e = m.span()
        surface = m.group()
        gap = folded[prev_end:s] if s - prev_end < 8 else " " * 8
        prev_end = e
        first = surface[0]
        if surface.startswith(("http://", "https://", "www.")) and e - s > 4:
            tokens.append(Token(surface, surface.lower(), s, e, "punct", gap))
            continue
        if "0" <= first <= "9":
            tokens.append(Token(surface, surface, s, e, "num", gap))
            continue
        if not first.isalpha():
            tokens.append(Token(surface, surface, s, e, "punct", gap))
            continue
        low = surface.lower()
        apos = low.find("'")
        if apos > 0 and elisions and low[: apos + 1] in elisions:
            cut = s + apos + 1
            tokens.append(Token(surface[: apos + 1], low[: apos + 1], s, cut, "word", gap))
            tokens.append(Token(surface[apos + 1 :], low[apos + 1 :], cut, e, "word", ""))
            continue
        tokens.append(Token(surface, low, s, e, "word", gap))
    return tokens
