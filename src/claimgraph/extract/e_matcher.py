"""Word tokens and a phrase matcher that knows about inflection, in time linear in the text.

Profile triggers and watchlist aliases are phrases ("shot down", "launch*", "Повітряні сили
ЗСУ"). ``PhraseMatcher`` indexes them by their first word and walks the text's tokens once, so
matching costs a bounded amount of work per token whatever the number of phrases. A word ending
in ``*`` is a prefix. For a language whose ``entities.yaml`` names a morphological analyser
(``morphology: {analyzer: pymorphy3, lang: ru}``), a word also matches any form sharing a lemma,
so "Повітряних сил ЗСУ" finds "Повітряні сили ЗСУ" and "Алабуги" finds "Алабуга".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Generic, TypeVar

from claimgraph.lang import load_language_data, resolve_language
from claimgraph.textnorm import for_matching

T = TypeVar("T")

_WORD = re.compile(r"\w+")
# Between two words of one phrase: spaces, hyphens, an apostrophe, a slash or a dot ("U.S.").
_JOINER = re.compile(r"[ \-'/.]{1,3}")
# Acronyms in a pattern ("US", "WSJ", "ГУР") match only when written in capitals in the text.
_ACRONYM_MAX = 5
_LEMMA_CACHE = 200_000


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str  # surface, as in the text
    lower: str


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text`` with offsets (offsets into ``text`` itself)."""
    return tokenize_folded(for_matching(text))


def tokenize_folded(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``folded[start:end]`` (a ``for_matching`` text), offsets into ``folded``.

    Tokenizing one paragraph or line at a time keeps a big text's token objects (about 40 MB
    per MB of text) from being alive all at once.
    """
    stop = len(folded) if end is None else end
    return [
        Token(m.start(), m.end(), m.group(), m.group().casefold())
        for m in _WORD.finditer(folded, start, stop)
    ]


def line_bounds(folded: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``folded`` (newline excluded), in order."""
    start = 0
    while True:
        nl = folded.find("\n", start)
        if nl == -1:
            yield start, len(folded)
            return
        yield start, nl
        start = nl + 1


# --------------------------------------------------------------------------- morphology


@cache
def _analyzer(lang: str) -> Any | None:
    spec = load_language_data(resolve_language(lang), "entities").get("morphology")
    if not isinstance(spec, dict) or spec.get("analyzer") != "pymorphy3":
        return None
    import pymorphy3  # a heavy import, paid only by languages that need it

    return pymorphy3.MorphAnalyzer(lang=str(spec.get("lang", lang)))


def has_morphology(lang: str) -> bool:
    return _analyzer(lang) is not None


@lru_cache(maxsize=_LEMMA_CACHE)
def _lemmas_cached(lang: str, word: str) -> frozenset[str]:
    analyzer = _analyzer(lang)
    if analyzer is None or not word.isalpha():
        return frozenset({word})
    return frozenset({word, *(p.normal_form for p in analyzer.parse(word)[:4])})


def lemmas(word: str, lang: str) -> frozenset[str]:
    """Lower-cased lemmas of ``word`` (itself included); just the word without an analyser."""
    return _lemmas_cached(lang, word.casefold())


# --------------------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # lower-cased, without the trailing "*"
    prefix: bool
    exact_case: str | None  # the capitals an acronym must be written in
    lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # character offsets into the text
    end: int
    first_token: int
    last_token: int  # inclusive
    phrase: str
    payload: T


class PhraseMatcher(Generic[T]):
    """Finds every listed phrase in a token sequence; each phrase carries a payload."""

    def __init__(self, phrases: Iterable[tuple[str, T]], lang: str) -> None:
        self.lang = lang
        self._morph = has_morphology(lang)
        self._patterns: list[tuple[tuple[_Word, ...], str, T]] = []
        self._by_word: dict[str, list[int]] = {}
        self._by_lemma: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        self._prefix_lengths: set[int] = set()
        self._stems: set[str] = set()  # 3-letter starts of every indexed word: a cheap pre-filter
        for phrase, payload in phrases:
            words = self._compile(phrase)
            if not words:
                continue
            idx = len(self._patterns)
            self._patterns.append((words, phrase, payload))
            first = words[0]
            if first.prefix:
                self._by_prefix.setdefault(first.text, []).append(idx)
                self._prefix_lengths.add(len(first.text))
            else:
                self._by_word.setdefault(first.text, []).append(idx)
                for lemma in first.lemmas:
                    self._by_lemma.setdefault(lemma, []).append(idx)
            self._stems.add(first.text[:3])

    def _compile(self, phrase: str) -> tuple[_Word, ...]:
        out: list[_Word] = []
        for raw in _star_words(phrase):
            prefix = raw.endswith("*")
            word = raw.rstrip("*")
            if not word:
                continue
            exact = word if word.isupper() and len(word) <= _ACRONYM_MAX and not prefix else None
            low = word.casefold()
            lem = lemmas(low, self.lang) if self._morph and not prefix else frozenset({low})
            out.append(_Word(low, prefix, exact, lem))
        return tuple(out)

    def _word_matches(self, w: _Word, tok: Token) -> bool:
        if w.exact_case is not None:
            return tok.text == w.exact_case
        if w.prefix:
            return tok.lower.startswith(w.text)
        if tok.lower == w.text:
            return True
        return self._morph and bool(w.lemmas & lemmas(tok.lower, self.lang))

    def _candidates(self, tok: Token) -> list[int]:
        found: list[int] = list(self._by_word.get(tok.lower, ()))
        for n in self._prefix_lengths:
            if len(tok.lower) >= n:
                found.extend(self._by_prefix.get(tok.lower[:n], ()))
        if self._morph and tok.lower[:3] in self._stems and tok.lower.isalpha():
            for lemma in lemmas(tok.lower, self.lang):
                if lemma != tok.lower:
                    found.extend(self._by_lemma.get(lemma, ()))
        return found

    def find(
        self, text: str, tokens: Sequence[Token] | None = None, *, folded: str | None = None
    ) -> list[Match[T]]:
        """Every occurrence of every phrase, longest first at each start, in text order.

        Overlapping matches are all returned; callers pick what they need. Token indexes in the
        matches index ``tokens``; without ``tokens`` the text is read one line at a time (no
        phrase spans a line break) and the indexes count tokens from the start of the text.
        ``folded`` is ``for_matching(text)`` when the caller already has it.
        """
        folded = for_matching(text) if folded is None else folded
        if tokens is not None:
            return self._find_in(tokens, folded, 0)
        out: list[Match[T]] = []
        seen = 0
        for start, end in line_bounds(folded):
            toks = tokenize_folded(folded, start, end)
            if toks:
                out.extend(self._find_in(toks, folded, seen))
                seen += len(toks)
        return out

    def _find_in(self, toks: Sequence[Token], folded: str, base: int) -> list[Match[T]]:
        """Matches in ``toks``; token indexes shifted by ``base``."""
        out: list[Match[T]] = []
        for i, tok in enumerate(toks):
            cands = self._candidates(tok)
            if not cands:
                continue
            seen: set[int] = set()
            for idx in cands:
                if idx in seen:
                    continue
                seen.add(idx)
                words, phrase, payload = self._patterns[idx]
                end = self._match_at(words, toks, i, folded)
                if end is not None:
                    out.append(
                        Match(tok.start, toks[end].end, base + i, base + end, phrase, payload)
                    )
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return out

    def _match_at(
        self, words: tuple[_Word, ...], toks: Sequence[Token], i: int, folded: str
    ) -> int | None:
        if i + len(words) > len(toks):
            return None
        for k, w in enumerate(words):
            tok = toks[i + k]
            if k and not _JOINER.fullmatch(folded, toks[i + k - 1].end, tok.start):
                return None
            if not self._word_matches(w, tok):
                return None
        return i + len(words) - 1


def _star_words(phrase: str) -> list[str]:
    """Words of a trigger phrase, keeping a trailing ``*`` on the words that carry one."""
    return re.findall(r"\w+\*?", for_matching(phrase))
