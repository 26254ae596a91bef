"""Non-blank lines of a text with their offsets: the unit the flat-text cleaner labels."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimgraph.clean.furniture import fold_line
from claimgraph.textnorm import for_matching

_LINE = re.compile(r"[^\n]+")
# Sentence-final punctuation, Latin, Cyrillic and CJK scripts alike.
SENTENCE_END = tuple(".!?:;\"'”»)…。！？」』")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: ``text`` is the stored text's ``[start, end)`` with surrounding
    whitespace trimmed; ``key`` its folded comparison form."""

    index: int
    start: int
    end: int
    text: str
    key: str

    @property
    def words(self) -> int:
        return len(self.text.split())

    def ends_sentence(self) -> bool:
        return self.text.rstrip().endswith(SENTENCE_END)


def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` (``\\r`` counts as a line break), in order."""
    matching = for_matching(text)
    lines: list[Line] = []
    for found in _LINE.finditer(matching):
        segment = found.group()
        stripped = segment.strip()
        if not stripped:
            continue
        start = found.start() + (len(segment) - len(segment.lstrip()))
        end = start + len(stripped)
        lines.append(Line(len(lines), start, end, text[start:end], fold_line(text[start:end])))
    return lines
