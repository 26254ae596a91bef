"""Phrase lexicons over tokens, and the per-language quantity data they are built from.

A phrase ("more than", "per cent", "quatre vingt", "unmanned aircraft") is stored as a path of
lower-cased tokens in a trie; a token matches a step by its surface or, for languages whose data
names a lemmatizer (pymorphy3 for ru/uk), by one of its lemmas, so "беспилотников" matches the
entry "беспилотник". Matching is longest-first and bounded by the longest phrase, so it stays
linear in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from claimgraph.extract.q_tokens import MAX_WORD, Token, tokenize
from claimgraph.lang import load_language_data

Forms = Callable[[Token], tuple[str, ...]]


def phrase_key(phrase: str, elisions: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The token path of a lexicon phrase, tokenized exactly as text is:
    ``"quatre-vingt"`` -> ``("quatre", "-", "vingt")``, ``"jusqu'à"`` -> ``("jusqu'", "à")``."""
    out: list[str] = []
    for tok in tokenize(phrase.replace("’", "'"), elisions):
        if tok.low == "'" and out and out[-1] + "'" in elisions:
            out[-1] += "'"  # an elided article written alone in the data: "d'", "jusqu'"
        else:
            out.append(tok.low)
    return tuple(out)


class PhraseTrie:
    """Longest-match lookup of token phrases, forwards from a token or backwards to a token."""

    def __init__(
        self,
        entries: Iterable[tuple[str, Any]] = (),
        skip: frozenset[str] = frozenset(),
        elisions: frozenset[str] = frozenset(),
    ):
        self.elisions = elisions
        self._fwd: dict = {}
        self._bwd: dict = {}
        self.longest = 0
        # punctuation that may be left out of a phrase ("quatre vingt" == "quatre-vingt")
        self.skip = skip
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: Any) -> None:
        key = tuple(k for k in phrase_key(phrase, self.elisions) if k not in self.skip)
        if not key:
            return
        self.longest = max(self.longest, len(key))
        for root, path in ((self._fwd, key), (self._bwd, tuple(reversed(key)))):
            node = root
            for step in path:
                node = node.setdefault(step, {})
            node.setdefault(None, value)

    def __bool__(self) -> bool:
        return bool(self._fwd)

    def match(self, tokens: list[Token], i: int, forms: Forms) -> tuple[int, Any] | None:
        """Longest phrase starting at token ``i``: ``(index after the phrase, value)``."""
        return self._walk(tokens, i, 1, self._fwd, forms)

    def match_before(self, tokens: list[Token], j: int, forms: Forms) -> tuple[int, Any] | None:
        """Longest phrase ending just before token ``j``: ``(index of its first token, value)``."""
        return self._walk(tokens, j - 1, -1, self._bwd, forms)

    def _walk(self, tokens: list[Token], i: int, step: int, root: dict, forms: Forms):
        best = None
        nodes = [root]
        k = i
        depth = 0
        while nodes and 0 <= k < len(tokens) and depth < self.longest + 4:
            tok = tokens[k]
            if depth and tok.kind == "punct" and tok.low in self.skip:
                k += step
                depth += 1
                continue
            nxt = []
            for node in nodes:
                for f in forms(tok):
                    child = node.get(f)
                    if child is not None and all(child is not n for n in nxt):
                        nxt.append(child)
            if not nxt:
                break
            for node in nxt:
                if None in node:
                    best = (k + 1 if step > 0 else k, node[None])
                    break
            nodes = nxt
            k += step
            depth += 1
        return best


@dataclass(frozen=True, slots=True)
class RangeSpec:
    """One way of writing a range (``ranges`` in the language's data): the words before the
    first number (``start``: "between", "from"; empty when none) and between the two numbers
    (``sep``: "and", "-")."""

    start: tuple[str, ...]
    sep: tuple[str, ...]


def _range_specs(data: dict[str, Any]) -> tuple[RangeSpec, ...]:
    return tuple(
        RangeSpec(
            tuple(str(r.get("start") or "").lower().split()),
            tuple(str(r["sep"]).lower().split()),
        )
        for r in data.get("ranges") or []
        if isinstance(r, dict)
    )


@dataclass
class QuantityLanguage:
    """Everything the quantity extractor knows about one language, built from its data file."""

    lang: str
    data: dict[str, Any]
    decimal: str = "."
    group: frozenset[str] = frozenset({","})
    elisions: frozenset[str] = frozenset()
    tries: dict[str, PhraseTrie] = field(default_factory=dict)
    lemmatize: Callable[[str], tuple[str, ...]] | None = None
    is_noun: Callable[[str], bool] | None = None
    is_verb: Callable[[str], bool] | None = None  # a finite verb ends a counted phrase
    ranges: tuple[RangeSpec, ...] = ()  # parsed once from ``data["ranges"]``
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def forms(self, tok: Token) -> tuple[str, ...]:
        if tok.kind != "word" or self.lemmatize is None or len(tok.low) > MAX_WORD:
            return (tok.low,)
        return self.lemmatize(tok.low)

    def trie(self, name: str) -> PhraseTrie:
        return self.tries.get(name) or PhraseTrie()

    def words(self, name: str) -> frozenset[str]:
        found = self._word_sets.get(name)
        if found is None:
            found = frozenset(str(w).lower() for w in self.data.get(name, []) or [])
            self._word_sets[name] = found
        return found


_TRIE_SECTIONS = (
    "number_words",
    "multipliers",
    "scales",
    "vague",
    "vague_counts",
    "bounds_before",
    "bounds_after",
    "units",
    "ambiguous_units",
    "counted",
    "rates",
    "months",
    "labels",
    "strike_verbs",
    "times",
    "partitive",
    "determiners",
    "negative",
    "fraction_words",
    "denominators",
    "age_cues",
    "fraction_links",
    "compound_ordinals",
    "idioms",
)


@cache
def _pymorphy(lang: str) -> Any:
    import pymorphy3  # imported lazily: only languages whose data asks for it pay the start-up

    return pymorphy3.MorphAnalyzer(lang=lang)


def _pymorphy_noun(lang: str) -> Callable[[str], bool]:
    analyzer = _pymorphy(lang)

    @lru_cache(maxsize=65536)
    def is_noun(word: str) -> bool:
        return any("NOUN" in parse.tag for parse in analyzer.parse(word)[:2])

    return is_noun


def _pymorphy_verb(lang: str) -> Callable[[str], bool]:
    analyzer = _pymorphy(lang)

    @lru_cache(maxsize=65536)
    def is_verb(word: str) -> bool:
        # a finite verb with no noun reading ("получили", not "стали": steel's genitive too)
        parses = analyzer.parse(word)[:2]
        return bool(parses) and "VERB" in parses[0].tag and not any("NOUN" in p.tag for p in parses)

    return is_verb


def _pymorphy_lemmatizer(lang: str) -> Callable[[str], tuple[str, ...]]:
    analyzer = _pymorphy(lang)

    @lru_cache(maxsize=65536)
    def lemmas(word: str) -> tuple[str, ...]:
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return (word,)
        out = [word]
        for parse in analyzer.parse(word)[:4]:
            if parse.normal_form not in out:
                out.append(parse.normal_form)
        return tuple(out)

    return lemmas


_LEMMATIZERS: dict[str, Callable[[str], Callable[[str], tuple[str, ...]]]] = {
    "pymorphy3": _pymorphy_lemmatizer,
}
_NOUN_TESTS: dict[str, Callable[[str], Callable[[str], bool]]] = {
    "pymorphy3": _pymorphy_noun,
}
_VERB_TESTS: dict[str, Callable[[str], Callable[[str], bool]]] = {
    "pymorphy3": _pymorphy_verb,
}


def _squeezed(phrase: str) -> str:
    return "".join(ch for ch in phrase.casefold() if ch.isalnum())


@cache
def _bound_phrases(lang: str) -> frozenset[str]:
    data = load_language_data(lang, "quantities")
    return frozenset(_squeezed(str(k)) for k in data.get("bounds_before") or {})


def is_quantity_bound(lang: str, words: Iterable[str]) -> bool:
    """Do ``words`` spell one of ``lang``'s bounds before a number in its quantities data
    ("up to", "hasta", "до", "jusqu'à")? Spaces and apostrophes are ignored, so any
    tokenizer's pieces match."""
    return _squeezed("".join(words)) in _bound_phrases(lang)


@cache
def quantity_language(lang: str) -> QuantityLanguage:
    """The quantity data of ``lang`` (``lang/<xx>/quantities.yaml``), compiled into tries."""
    data = load_language_data(lang, "quantities")
    ql = QuantityLanguage(lang=lang, data=data)
    ql.decimal = str(data.get("decimal", "."))
    ql.group = frozenset(str(g) for g in data.get("group", [","]))
    ql.elisions = frozenset(str(e).lower() for e in data.get("elisions", []) or [])
    ql.ranges = _range_specs(data)
    skip = frozenset(str(p) for p in data.get("phrase_optional_punct", ["-"]))
    for name in _TRIE_SECTIONS:
        section = data.get(name) or {}
        entries = section.items() if isinstance(section, dict) else ((w, True) for w in section)
        ql.tries[name] = PhraseTrie(
            ((str(k), v) for k, v in entries), skip=skip, elisions=ql.elisions
        )
    lem = data.get("lemmatizer")
    if lem:
        ql.lemmatize = _LEMMATIZERS[str(lem["name"])](str(lem.get("lang", lang)))
        ql.is_noun = _NOUN_TESTS[str(lem["name"])](str(lem.get("lang", lang)))
        ql.is_verb = _VERB_TESTS[str(lem["name"])](str(lem.get("lang", lang)))
    return ql
