"""Quantified tellers: a share of a group speaking as a poll reports it, or a bare quantifier.

"More than six in 10 said", "About one in five say", "all but two said", "Most said",
"Several said", "Yet another said": the words before the cue count people already named (the
voters polled, the senators surveyed), so they are the teller as PolNeAR marks it. A share is
``number link number`` ("six in 10", "sechs von zehn", "six sur dix"), optionally after a quantity
bound from the language's quantities data ("more than", "about", "plus de"); a bare quantifier is
one word of ``quantifier_tellers`` in ``lang/<xx>/attribution_spans.yaml``. Either must open its
clause (sentence start, a clause mark, a coordinator or one of ``quantifier_openers``), so
"the most said" or "voted for most said" are left alone. Look-back is a fixed handful of tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimgraph.extract.a_lexicon import AttributionLexicon, phrase_tokens
from claimgraph.extract.a_tellers import TellerPhrase
from claimgraph.extract.a_tokens import Token
from claimgraph.extract.q_lexicon import is_quantity_bound
from claimgraph.lang import load_language_data

__all__ = ["PollWords", "poll_words", "quantified_before"]

MAX_BOUND = 3  # tokens of a bound before a share ("only about", "more than", "just over")
#: marks after which a clause (and its subject) opens
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", "“", '"', "«", "„"})


@dataclass(frozen=True, slots=True)
class PollWords:
    """One language's words for quantified tellers."""

    quantifiers: frozenset[str]  # "most", "several", "another", "half"
    share_links: frozenset[str]  # "in" of "six in 10"
    exceptions: frozenset[str]  # "but" of "all but two"
    openers: frozenset[str]  # "while", "yet": a clause opens after them
    numbers: frozenset[str]  # number words of the quantities data
    verbs: frozenset[str]  # "says", "support": ``long_subject_verbs`` and ``share_verbs``
    singular: frozenset[str] = frozenset()  # "another", "one": a singular verb follows
    participle_endings: tuple[str, ...] = ()  # "ed" of "addressed"
    participle_links: frozenset[str] = frozenset()  # "by" right after a participle
    participle_adverb_links: frozenset[str] = frozenset()  # "to" after "addressed simply"


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(" ".join(phrase_tokens(str(w))) for w in data.get(key) or [])


@lru_cache(maxsize=16)
def poll_words(lang: str) -> PollWords:
    """The quantified-teller words of ``lang`` (``attribution_spans.yaml`` and the number words
    of ``quantities.yaml``)."""
    data = load_language_data(lang, "attribution_spans")
    try:
        numbers = load_language_data(lang, "quantities").get("number_words") or {}
    except (FileNotFoundError, ValueError):
        numbers = {}
    return PollWords(
        quantifiers=_words(data, "quantifier_tellers"),
        share_links=_words(data, "share_links"),
        exceptions=_words(data, "quantifier_exceptions"),
        openers=_words(data, "quantifier_openers"),
        numbers=frozenset(w.lower() for w in numbers if isinstance(w, str)),
        verbs=_words(data, "long_subject_verbs") | _words(data, "share_verbs"),
        singular=_words(data, "singular_quantifiers"),
        participle_endings=tuple(str(x) for x in data.get("participle_endings") or []),
        participle_links=_words(data, "participle_links"),
        participle_adverb_links=_words(data, "participle_adverb_links"),
    )


def _is_number(tok: Token, words: PollWords) -> bool:
    return tok.text.isdigit() or tok.low in words.numbers


def _phrase_ending(toks: list[Token], lo: int, j: int, vocabulary: frozenset[str]) -> int:
    """Tokens (0, 1 or 2) of a phrase of ``vocabulary`` ending at token ``j``."""
    for n in (2, 1):
        if j - n + 1 >= lo and " ".join(t.low for t in toks[j - n + 1 : j + 1]) in vocabulary:
            return n
    return 0


def _share_start(toks: list[Token], lo: int, j: int, words: PollWords) -> int | None:
    """Start of a share or quantifier ending at token ``j``, bound words not included."""
    if _is_number(toks[j], words):
        n = _phrase_ending(toks, lo, j - 1, words.share_links)
        if n and j - n - 1 >= lo and _is_number(toks[j - n - 1], words):
            return j - n - 1  # "six in 10", "uno de cada diez"
        n = _phrase_ending(toks, lo, j - 1, words.exceptions)
        if n and _phrase_ending(toks, lo, j - n - 1, words.quantifiers):
            return j - n - _phrase_ending(toks, lo, j - n - 1, words.quantifiers)  # "all but two"
    n = _phrase_ending(toks, lo, j, words.quantifiers)
    return j - n + 1 if n else None


def _digit_group_start(toks: list[Token], lo: int, j: int) -> int:
    """First token of the grouped number ending at token ``j`` ("21,000": "21")."""
    k = j
    while k - 2 >= lo and toks[k - 1].text == "," and toks[k - 2].text.isdigit() and j - k < 8:
        k -= 2
    return k


MAX_ADVERBS = 2  # adverbs between a participle and its link ("addressed *simply* to")


def _noun_or_participle(
    toks: list[Token], k: int, i: int, lex: AttributionLexicon, words: PollWords
) -> bool:
    """The word at ``i`` after the quantifier ``toks[k:i]`` is no verb it speaks through: a
    bare base form after a singular quantifier ("another *reference*", "one *plan*"), or a
    participle with its agent or an adverb and a link ("several *written by*", "many
    *addressed simply to*")."""
    after = toks[i].low
    if " ".join(t.low for t in toks[k:i]) in words.singular and not (
        after in words.verbs
        or after in lex.pre_cue_skip
        or any(after.endswith(x) for x in lex.verb_constructions.endings)
    ):
        return True
    if not any(after.endswith(x) for x in words.participle_endings):
        return False
    n = i + 1
    while n < len(toks) and n - i <= MAX_ADVERBS and toks[n].is_word:
        low = toks[n].low
        if low in words.participle_links and n == i + 1:
            return True
        if low in words.participle_adverb_links and n > i + 1:
            return True
        if not any(low.endswith(x) for x in lex.adverb_suffixes):
            return False
        n += 1
    return False


def _opens_clause(
    toks: list[Token], lo: int, k: int, lex: AttributionLexicon, words: PollWords
) -> bool:
    if k == lo:
        return True
    prev = toks[k - 1]
    if not prev.is_word:
        return prev.text in CLAUSE_MARKS
    return prev.low in lex.coordinators or prev.low in words.openers


def quantified_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """ "More than six in 10 said", "Most said", "all but two said": a share or a quantifier
    opening the clause right before token ``i``."""
    j = i - 1
    if j - 1 >= lo and toks[j].text == "%" and toks[j - 1].text.isdigit():
        j -= 1  # "42% say"
    if j < lo or not toks[j].is_word:
        return None
    words = poll_words(lex.lang)
    k = _share_start(toks, lo, j, words)
    if k is None and j < i - 1:
        k = j
    if k is None and toks[j].text.isdigit() and i < len(toks) and toks[i].low in words.verbs:
        k = _digit_group_start(toks, lo, j)  # "at least 21,000 said", ", 43 said"
    if k is None:
        return None
    if not _is_number(toks[j], words) and j == i - 1 and i < len(toks):
        after = toks[i].low
        if any(after.endswith(x) for x in lex.adverb_suffixes):
            return None  # "most recently offered": an adverb phrase, no teller
        plural = lex.verb_constructions.plural_endings
        if any(after.endswith(x) for x in plural) and after not in words.verbs:
            # "as many references", "so many attempts": a noun after a determiner (a verb
            # after a plural quantifier has no such ending, "says" is listed)
            return None
    if j == i - 1 and i < len(toks) and _noun_or_participle(toks, k, i, lex, words):
        return None
    for n in range(min(MAX_BOUND, k - lo), 0, -1):
        bound = toks[k - n : k]
        if all(t.is_word for t in bound) and is_quantity_bound(lex.lang, (t.low for t in bound)):
            k -= n  # "More than six in 10", "About one in five"
            break
    if not _opens_clause(toks, lo, k, lex, words):
        return None
    return TellerPhrase(k, i)
