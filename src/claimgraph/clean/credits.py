"""Bylines and credit lines: "By Jane Doe", "ByNews Desk- The Cradle", "Source: rnd", "Avec AFP".

The prefixes come from the furniture lexicon (``byline_prefixes``, ``credit_prefixes``). A byline
names people (and sometimes the outlet after a dash); a credit line names the outlet or agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.clean.furniture import Furniture
from claimgraph.clean.lines import SENTENCE_END
from claimgraph.textnorm import collapse_spaces

MAX_CREDIT_CHARS = 80
MAX_NAME_WORDS = 8
# "News Desk- The Cradle", "Jane Doe | Reuters", "Jean Dupont, AFP"
_SEPARATOR = re.compile(r"\s*[-–—|]\s+|\s+[-–—|]\s*|,\s+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class Credit:
    byline: str | None
    outlet: str | None


def _looks_like_name(text: str, connectors: frozenset[str]) -> bool:
    words = _WORD.findall(text)
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    return all(w[0].isupper() or w.casefold() in connectors for w in words)


def _strip_prefix(line: str, prefixes: tuple[str, ...]) -> str | None:
    """``line`` without a leading prefix (case-insensitive), when a name follows it."""
    folded = line.casefold()
    for prefix in prefixes:
        if not folded.startswith(prefix.casefold()):
            continue
        rest = line[len(prefix) :]
        trimmed = rest.lstrip(" :")
        # "ByNews Desk" lost its space in scraping; "Bypass" is a word, not a byline.
        if trimmed and trimmed[0].isupper() and (rest[:1] in " :" or rest[:1].isupper()):
            return trimmed
    return None


def parse_byline(line: str, furniture: Furniture) -> Credit | None:
    """A byline line: who wrote it and, after a dash or bar, the outlet."""
    text = collapse_spaces(line)
    if len(text) > MAX_CREDIT_CHARS or text.endswith((".", "!", "?")):
        return None
    rest = _strip_prefix(text, furniture.byline_prefixes)
    if rest is None:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(rest, maxsplit=1) if p.strip()]
    if not parts or not _looks_like_name(parts[0], furniture.name_connectors):
        return None
    # The outlet after the dash may be a lower-case agency ("dpa", "rnd"), but stays short.
    if len(parts) > 1 and len(parts[1].split()) > MAX_NAME_WORDS // 2 + 1:
        return None
    return Credit(byline=parts[0], outlet=parts[1] if len(parts) > 1 else None)


def parse_credit(line: str, furniture: Furniture) -> Credit | None:
    """A credit line naming the outlet or agency ("source: rnd", "Quelle: dpa")."""
    text = collapse_spaces(line)
    if len(text) > MAX_CREDIT_CHARS:
        return None
    folded = text.casefold()
    for prefix in furniture.credit_prefixes:
        if not folded.startswith(prefix):
            continue
        rest = text[len(prefix) :]
        if rest[:1] not in (" ", ":"):
            continue
        has_colon = rest.lstrip().startswith(":")
        name = rest.strip(" :").rstrip(".")
        if not name or len(name.split()) > MAX_NAME_WORDS // 2 + 1:
            continue
        # "Source: rnd" is a credit even in lower case; without the colon, only a name is.
        if has_colon or _looks_like_name(name, furniture.name_connectors):
            return Credit(byline=None, outlet=name)
    return None


def is_signature(line: str) -> bool:
    """A short unpunctuated line after the last paragraph ("i24", "AFP", "dpa/rnd")."""
    text = collapse_spaces(line)
    return (
        0 < len(text) <= 40
        and len(text.split()) <= 4
        and not text.endswith((*SENTENCE_END, ","))
        and any(ch.isalpha() for ch in text)
    )
