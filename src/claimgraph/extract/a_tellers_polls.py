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
    groups: bool = False  # a quantifier opens a group of people ("many political experts")


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
        groups=bool(data.get("quantified_groups")),
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


MAX_GROUP = 8  # tokens of a quantified group after its quantifier ("many officials on and off
# the island", "some of his admirers")


def _group_word(
    tok: Token, lex: AttributionLexicon, after_link: bool, participles: tuple[str, ...]
) -> bool:
    """A word that may stand inside a quantified group: a noun or an adjective, or right after
    a link a determiner or a pronoun ("of *his* admirers", "of *them*"); no adverb, gerund or
    participle ("signed", "trusted": a clause or a modifier, not a group of people)."""
    if not tok.is_word:
        return tok.text == "-"
    w = tok.low
    if after_link and (w in lex.determiners or w in lex.pronouns):
        return True
    if w in lex.np_stop or w in lex.pronouns or w in lex.pre_cue_skip or w in lex.determiners:
        return False
    return not w.endswith(lex.adverb_suffixes + lex.progressive_suffixes + participles)


def _quantified_group(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon, words: PollWords
) -> int | None:
    """Start of a quantified group of people ending right before token ``i``: a quantifier,
    then nouns and adjectives joined by links ("some of his admirers", "many officials on and off
    the island"), its head a plural; without a link the head names people by itself, a teller
    word or a name ("some cybersecurity experts", "many Democrats"; not "many regulars")."""
    j = i - 1
    if (
        j <= lo
        or not toks[j].is_word
        or not toks[j].low.endswith(lex.verb_constructions.plural_endings)
    ):
        return None
    head = toks[j].low
    if lex.cues.match([head], 0) is not None or head in lex.verb_constructions.not_verbs:
        return None
    if head in lex.determiners or head in lex.pronouns or head.endswith(lex.possessive_endings):
        return None  # "one of *his*", "Reagan*'s*": no head noun
    if toks[i].low.endswith(lex.progressive_suffixes):
        return None  # "with all precincts *reporting*": an absolute phrase, no report
    k = j  # the group's first token so far
    linked_group = False
    while k > lo and j - k < MAX_GROUP:
        n = _phrase_ending(toks, lo, k - 1, words.quantifiers)
        if n and (linked_group or head in lex.teller_heads or toks[j].is_cap):
            return k - n  # "some *of* his admirers", "some *lawmakers*", "many *Democrats*"
        if n:
            return None  # "many regulars continued": no sign the group is people
        prev = toks[k - 1]
        if prev.low in lex.subject_links or prev.low in lex.conjunctions:
            linked_group = True
            k -= 1
            continue
        linked = k - 2 >= lo and toks[k - 2].low in lex.subject_links
        if not _group_word(prev, lex, linked, words.participle_endings):
            return None
        if lex.cues.match([prev.low], 0) is not None:
            return None
        k -= 1
    return None


def quantified_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """ "More than six in 10 said", "Most said", "all but two said": a share or a quantifier
    opening the clause right before token ``i``."""
    words = poll_words(lex.lang)
    group = _quantified_group(toks, lo, i, lex, words) if words.groups else None
    if group is not None and group > lo and toks[group - 1].low in lex.conjunctions:
        group = None  # "many experts and *some lawmakers*": the coordination is one teller
    if group is not None and _opens_clause(toks, lo, group, lex, words):
        return TellerPhrase(group, i)  # "many political experts viewed"
    j = i - 1
    if j - 1 >= lo and toks[j].text == "%" and toks[j - 1].text.isdigit():
        j -= 1  # "42% say"
    if j < lo or not toks[j].is_word:
        return None
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
