"""Site furniture: lines of a scraped page that are never article prose.

The lexicon lives in ``claimgraph/data/boilerplate/*.yaml`` (one file per language plus
``common.yaml``); every file is loaded and used together, because a page often carries furniture in
a language other than its article's. Lines are compared in a folded form (:func:`fold_line`), so
"- Never miss a story with notifications" and "NEVER MISS A STORY…" are the same line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from claimgraph.textnorm import collapse_spaces

# A prefix rule only applies to short lines: a long paragraph that happens to start with
# "Subscribe to..." is prose, a one-line call to action is furniture.
PREFIX_MAX_WORDS = 16
# Nothing longer than this is examined as furniture at all (keeps matching cheap on huge lines).
MAX_FURNITURE_CHARS = 300

_LEADING = "-–—•*·►▸>|»"
_TRAILING = "!:.…|»›>"


def fold_line(line: str) -> str:
    """The comparison form of a line: folded spaces, case-folded, bullets and trailing
    punctuation removed."""
    key = collapse_spaces(line).casefold()
    key = key.lstrip(_LEADING + " ").rstrip(_TRAILING + " ")
    return key


@dataclass(slots=True)
class Furniture:
    """The merged furniture lexicon of every language."""

    lines: dict[str, str] = field(default_factory=dict)  # folded phrase -> category
    prefixes: list[tuple[str, str]] = field(default_factory=list)  # (phrase, category)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)  # folded heading -> category
    credit_prefixes: tuple[str, ...] = ()
    byline_prefixes: tuple[str, ...] = ()
    home_words: tuple[str, ...] = ()
    name_connectors: frozenset[str] = frozenset()

    def classify(self, line: str) -> str | None:
        """The furniture category of one line (``weather-widget``, ``comments``...) or None."""
        if len(line) > MAX_FURNITURE_CHARS:
            return None
        key = fold_line(line)
        if not key:
            return None
        category = self.lines.get(key)
        if category is not None:
            return category
        if len(key.split()) <= PREFIX_MAX_WORDS:
            for phrase, category in self.prefixes:
                if key.startswith(phrase):
                    return category
        for pattern, category in self.patterns:
            if pattern.fullmatch(key):
                return category
        return None

    def heading(self, line: str) -> str | None:
        """The category of a teaser-list heading ("Related stories", "Читайте также") or None."""
        if len(line) > MAX_FURNITURE_CHARS:
            return None
        return self.headings.get(fold_line(line))


def _merge(
    target: Furniture, data: dict[str, Any], credit: set[str], byline: set[str], home: set[str]
) -> None:
    for category, phrases in (data.get("lines") or {}).items():
        for phrase in phrases:
            target.lines.setdefault(fold_line(str(phrase)), category)
    for category, phrases in (data.get("prefixes") or {}).items():
        for phrase in phrases:
            target.prefixes.append((fold_line(str(phrase)), category))
    for category, patterns in (data.get("patterns") or {}).items():
        for pattern in patterns:
            target.patterns.append((re.compile(pattern), category))
    for category, phrases in (data.get("section_headings") or {}).items():
        for phrase in phrases:
            target.headings.setdefault(fold_line(str(phrase)), category)
    credit.update(fold_line(str(p)) for p in data.get("credit_prefixes") or ())
    byline.update(collapse_spaces(str(p)) for p in data.get("byline_prefixes") or ())
    home.update(fold_line(str(p)) for p in data.get("home_words") or ())
    target.name_connectors = target.name_connectors | {
        str(w).casefold() for w in data.get("name_connectors") or ()
    }


@cache
def load_furniture() -> Furniture:
    """Every furniture file in ``claimgraph/data/boilerplate`` merged into one lexicon."""
    root = resources.files("claimgraph") / "data" / "boilerplate"
    furniture = Furniture()
    credit: set[str] = set()
    byline: set[str] = set()
    home: set[str] = set()
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        with entry.open("r", encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        _merge(furniture, data, credit, byline, home)
    # Longest phrases first, so the most specific category wins.
    furniture.prefixes.sort(key=lambda item: -len(item[0]))
    furniture.credit_prefixes = tuple(sorted(credit, key=len, reverse=True))
    furniture.byline_prefixes = tuple(sorted(byline, key=len, reverse=True))
    furniture.home_words = tuple(sorted(home, key=len, reverse=True))
    return furniture
