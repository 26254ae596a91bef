"""Normalisation for matching that never loses offsets into the stored text.

Scraped text carries non-breaking spaces (U+00A0), narrow/thin spaces (U+202F, U+2009),
zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and soft hyphens. Matching rules want plain
spaces and no invisible characters; users want evidence spans into the text they stored. Every
replacement here is one character for one character, and invisible characters become a plain
space only where deleting them would shift offsets, so ``for_matching(t)`` has the same length as
``t`` and an offset in one is the same offset in the other.
"""

from __future__ import annotations

import re

# One character in, one character out.
_SPACE_LIKE = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
}
_TABLE = {ord(c): " " for c in _SPACE_LIKE} | {ord(c): " " for c in _INVISIBLE}
_TABLE |= {ord(k): v for k, v in _QUOTES.items()}
_TABLE[ord("\u2013")] = "-"  # en dash
_TABLE[ord("\u2212")] = "-"  # minus sign
_TABLE[ord("\r")] = "\n"

_WS_RUN = re.compile(r"\s+")


def for_matching(text: str) -> str:
    """Same-length copy of ``text`` with exotic spaces, invisibles and typographic apostrophes
    folded to ASCII; offsets are unchanged."""
    return text.translate(_TABLE)


def collapse_spaces(text: str) -> str:
    """Text with every whitespace run as one space (for hashing and comparison, not offsets)."""
    return _WS_RUN.sub(" ", for_matching(text)).strip()


def normalised_for_hash(text: str) -> str:
    """The form used for exact-duplicate hashing: folded, lower-cased, whitespace collapsed."""
    return collapse_spaces(text).casefold()
