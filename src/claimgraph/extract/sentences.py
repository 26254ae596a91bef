"""Sentences and paragraphs with character offsets into the text.

A rule-based splitter rather than pysbd's segmenter: pysbd is about ten times slower on news text
and its regex cascade is not linear on hostile input. What pysbd does well is its per-language
abbreviation lists, so those are reused (plus ``sentence_abbreviations`` from
``lang/<xx>/attribution.yaml``, e.g. for Ukrainian, which pysbd lacks).

Paragraphs: a blank line always ends one; a single newline ends one too unless the text looks
hard-wrapped there (the line does not end a sentence and the next line starts in lower case).
Sentences: a run of ``.!?…`` (plus closing quotes/brackets) followed by white space and an upper
case letter, digit or opening quote, unless the word before the full stop is a known abbreviation
or a single initial. One pass over the text: time is linear in its length, whatever it holds.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from claimgraph.lang import load_language_data, resolve_language
from claimgraph.textnorm import for_matching

__all__ = ["Sentence", "sentence_at", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """``[start, end)`` into the text (no surrounding white space); ``paragraph`` counts from 0."""

    start: int
    end: int
    paragraph: int


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*|\n")
_TERMINAL = re.compile(r"[.!?…]+[\"'”’»“)\]]*")
_SENTENCE_END_CHARS = ".!?…:;\"'”’»“)]"
_OPENERS = "\"'“‘«„‹(["
# pysbd's abbreviation classes, by language; Ukrainian borrows the Russian list and adds its own.
_PYSBD_LANGUAGE = {"en": "en", "fr": "fr", "de": "de", "es": "es", "ru": "ru", "uk": "ru"}


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    words: set[str] = set()
    code = _PYSBD_LANGUAGE.get(lang)
    if code is not None:
        try:
            from pysbd.languages import LANGUAGE_CODES

            abbr = getattr(LANGUAGE_CODES[code], "Abbreviation", None)
            words.update(a.lower() for a in getattr(abbr, "ABBREVIATIONS", []))
        except (ImportError, KeyError):  # pysbd is a dependency; the yaml list still works alone
            pass
    data = load_language_data(lang, "attribution")
    words.update(str(w).lower().rstrip(".") for w in data.get("sentence_abbreviations", []))
    return frozenset(words)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, joining hard-wrapped lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.group() == "\n":
            line = text[start : m.start()].rstrip()
            nxt = text[m.end() : m.end() + 1]
            wrapped = bool(line) and line[-1] not in _SENTENCE_END_CHARS and nxt.islower()
            if wrapped:
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _word_before(text: str, pos: int, floor: int) -> str:
    """The word ending at ``pos`` (exclusive), at most 12 characters back."""
    i = pos
    lo = max(floor, pos - 12)
    while i > lo and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


def _glued(text: str, pos: int) -> bool:
    """Is the letter at ``pos`` the end of a hyphenated name ("Iskander-M", "Х-101М")?"""
    return pos >= 2 and text[pos - 1] in "-‐‑" and text[pos - 2].isalnum()


def _starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in "—–-"


@cache
def _months_after_day_dot(lang: str) -> frozenset[str]:
    """Month names that a day number with its ordinal dot may precede ("am 22. November"), in
    languages whose ``dates.yaml`` sets ``day_dot_before_month``; empty elsewhere."""
    data = load_language_data(lang, "dates")
    if not data.get("day_dot_before_month"):
        return frozenset()
    months = data.get("months") or {}
    return frozenset(str(w).casefold() for names in months.values() for w in names or [])


def _next_word(text: str, pos: int, end: int) -> str:
    """The letters starting at ``pos``, at most 12."""
    i = pos
    while i < end and i - pos < 12 and text[i].isalpha():
        i += 1
    return text[pos:i]


def _split_paragraph(
    text: str,
    start: int,
    end: int,
    abbreviations: frozenset[str],
    months: frozenset[str] = frozenset(),
) -> list[int]:
    """Offsets where a new sentence starts inside ``text[start:end]`` (excluding ``start``);
    ``months``: names after which a day's ordinal dot ends nothing ("am 22. November")."""
    cuts: list[int] = []
    for m in _TERMINAL.finditer(text, start, end):
        after = m.end()
        if after >= end or not text[after].isspace():
            continue
        nxt = after
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end or not _starts_sentence(text[nxt]):
            continue
        punct = m.group()
        if punct[0] == "." and len(punct.rstrip("\"'”’»“)]")) == 1:
            word = _word_before(text, m.start(), start)
            core = word.rstrip(".").lower()
            if not core:
                pass
            elif len(core) == 1 and _glued(text, m.start() - 1):
                pass  # the last letter of a model name ("Iskander-M."), no initial or abbreviation
            elif len(core) == 1 and core.isalpha() and word[-1:].isupper():
                continue  # an initial: "J. Smith"
            elif core in abbreviations or core.replace(".", "") in abbreviations:
                continue
            elif "." in core and all(len(p) <= 2 for p in core.split(".")):
                continue  # "U.S." style, middle of a sentence more often than not
            elif (
                months
                and len(core) <= 2
                and core.isdigit()
                and _next_word(text, nxt, end).casefold() in months
            ):
                continue  # a day's ordinal dot before its month: "in der Nacht zum 22. November"
        cuts.append(nxt)
    return cuts


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """The sentences of ``text`` in order, each with its paragraph index.

    ``lang`` selects abbreviation data (an unknown language falls back to English data).
    Offsets index into ``text`` itself; empty paragraphs yield nothing.
    """
    code = resolve_language(lang)
    abbreviations = _abbreviations(code)
    months = _months_after_day_dot(code)
    folded = for_matching(text)
    sentences: list[Sentence] = []
    paragraph = 0
    for p_start, p_end in _paragraph_spans(folded):
        bounds = [p_start, *_split_paragraph(folded, p_start, p_end, abbreviations, months), p_end]
        added = False
        for s, e in itertools.pairwise(bounds):
            while s < e and folded[s].isspace():
                s += 1
            while e > s and folded[e - 1].isspace():
                e -= 1
            if e > s:
                sentences.append(Sentence(s, e, paragraph))
                added = True
        if added:
            paragraph += 1
    return sentences


def sentence_at(sentences: list[Sentence], offset: int) -> int | None:
    """Index of the sentence containing ``offset`` (binary search), or None."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].start <= offset < sentences[lo].end:
        return lo
    return None
