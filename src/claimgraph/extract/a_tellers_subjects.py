"""Long subjects: the whole noun phrase opening a clause, up to its reporting verb.

"A person familiar with the planning for Thursday's meeting says", "An earlier report in a New
Hampshire paper said", "Majorities of Democrats in five states say": the word before the verb is
the last word of a complement, not the teller's head, so :func:`a_tellers.left_phrase` finds
nothing or only the complement's object. Here the words before the verb are walked leftwards to
the clause's opening (the sentence's start, a clause mark, a coordinator or a subordinator);
they are the subject when every one of them may stand inside a noun phrase: words that are no
stop word of the language other than a link of ``subject_links`` ("of", "in", "with") or of
``long_subject_links`` in ``attribution_spans.yaml`` ("au", "dans", "im", "при"), no
pronoun, no cue word, determiners only where a phrase opens (its start, after a link or a
possessive; a genitive article of ``np_internal`` links its noun anywhere: "ein Sprecher des
Ministeriums *der* Ukraine"). The walk is bounded by :data:`MAX_SUBJECT` tokens.

:func:`subject_before` also takes quantified tellers (:mod:`a_tellers_polls`) and answers only
where it finds more than :func:`a_tellers.left_phrase` does, so every teller the shorter walk
already finds is left to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimgraph.extract.a_lexicon import AttributionLexicon, phrase_tokens
from claimgraph.extract.a_tellers import TellerPhrase, left_phrase
from claimgraph.extract.a_tellers_polls import (
    CLAUSE_MARKS,
    MAX_BOUND,
    poll_words,
    quantified_before,
)
from claimgraph.extract.a_tokens import Token
from claimgraph.extract.q_lexicon import is_quantity_bound
from claimgraph.lang import language_words, load_language_data

__all__ = [
    "MAX_SUBJECT",
    "SubjectWords",
    "author_links",
    "long_subject_before",
    "subject_before",
    "subject_words",
]

MAX_SUBJECT = 20  # tokens of a subject ("Large majorities of Republican primary voters in ...")
#: marks that may stand inside a subject ("front-runner", "Thursday's", "Lt.")
INNER_MARKS = frozenset({"-", "'", "’", "%", "/", "&", "."})


@dataclass(frozen=True, slots=True)
class SubjectWords:
    """One language's words for long subjects (``attribution_spans.yaml``)."""

    openers: frozenset[str]  # "while", "because": a clause's subject opens after them
    verbs: frozenset[str]  # "said", "says": verbs a long subject is taken before
    barriers: frozenset[str]  # "what", "despite", time words: words no subject holds
    times: frozenset[str]  # "week", "ago": words of a time phrase
    document_verbs: frozenset[str]  # "shows", "found": verbs of a subject naming a document
    share_verbs: frozenset[str]  # "support", "want": verbs of a share of people polled
    links: frozenset[str]  # "au", "im", "при": links inside a subject (``long_subject_links``)
    media: frozenset[str]  # "эфире", "интервью": where a teller spoke, never in a subject


@lru_cache(maxsize=16)
def subject_words(lang: str) -> SubjectWords:
    """The long-subject words of ``lang``."""
    data = load_language_data(lang, "attribution_spans")

    def words(key: str) -> frozenset[str]:
        return frozenset(" ".join(phrase_tokens(str(w))) for w in data.get(key) or [])

    return SubjectWords(
        openers=words("quantifier_openers"),
        verbs=words("long_subject_verbs"),
        barriers=words("subject_barriers") | words("time_words") | words("medium_words"),
        media=words("medium_words"),
        times=words("time_words"),
        document_verbs=words("document_verbs"),
        share_verbs=words("share_verbs"),
        links=words("long_subject_links"),
    )


def _links(lex: AttributionLexicon) -> frozenset[str]:
    """Links inside a long subject: ``subject_links`` of the lexicon and ``long_subject_links``."""
    return _link_set(lex.lang, lex.subject_links)


@lru_cache(maxsize=16)
def _link_set(lang: str, subject_links: frozenset[str]) -> frozenset[str]:
    return subject_links | subject_words(lang).links


def _after_determiner(toks: list[Token], k: int, lo: int, lex: AttributionLexicon) -> bool:
    """Token ``k`` follows a determiner or a possessive, at most one word between: a noun or
    its adjective ("the *planning*", "An *earlier* report"), whatever else it may be."""
    for m in (k - 1, k - 2):
        if m < lo or not toks[m].is_word:
            return False
        if toks[m].low in lex.determiners or any(
            toks[m].low.endswith(e) for e in lex.possessive_endings
        ):
            return True
    return False


def _modifier(toks: list[Token], k: int, j: int, lo: int, lex: AttributionLexicon) -> bool:
    """Token ``k`` modifies the noun after it, within a phrase a determiner opens ("An
    *earlier* report"), not ending it ("Trump at the *time* said")."""
    if k >= j or not _after_determiner(toks, k, lo, lex):
        return False
    nxt = toks[k + 1]
    return nxt.is_word and nxt.low not in _links(lex) and nxt.low not in lex.np_internal


def author_links(lang: str) -> frozenset[str]:
    """Words linking a document to its author ("a report *by* the Post"): ``author_links`` in
    ``lang/<xx>/attribution_spans.yaml``."""
    return language_words(lang, "attribution_spans", "author_links")


def _inside_np(toks: list[Token], k: int, lo: int, lex: AttributionLexicon) -> bool:
    """Token ``k`` may stand inside a subject noun phrase."""
    tok = toks[k]
    low = tok.low
    if (
        not tok.is_cap
        and (low in lex.pre_cue_skip or lex.cues.match([low], 0) is not None)
        and low not in lex.np_stop
        and _after_determiner(toks, k, lo, lex)
    ):
        return True
    if low in _links(lex) or low in lex.np_internal:
        return True
    if low in author_links(lex.lang) and k > lo and toks[k - 1].low in lex.teller_words["document"]:
        return True  # "An analysis *by* Politifact", "a review *by* The Times"
    if low in lex.np_stop or low in lex.complementizers or low in lex.coordinators:
        return False
    if low in lex.pronouns and low not in lex.determiners:
        return False
    if low in lex.pre_cue_skip and low not in lex.determiners:
        return False  # "would", "has", "also": a verb phrase
    return tok.is_cap or lex.cues.match([low], 0) is None


def _opens_phrase(toks: list[Token], k: int, lo: int, lex: AttributionLexicon) -> bool:
    """A determiner at ``k`` opens a phrase: the subject's start (after a clause mark, a
    coordinator or an opener), or after a link ("familiar with *the* planning")."""
    if k == lo:
        return True
    prev = toks[k - 1]
    if not prev.is_word:
        return prev.text in CLAUSE_MARKS
    return (
        prev.low in _links(lex)
        or prev.low in lex.np_internal
        or prev.low in author_links(lex.lang)
        or prev.low in lex.coordinators
        or prev.low in subject_words(lex.lang).openers
    )


def _bound_ending(toks: list[Token], lo: int, k: int, j: int, lex: AttributionLexicon) -> int:
    """Tokens of a quantity bound ending at token ``k`` before a number or a quantifier
    ("*about* 6 in 10", "*more than* half", "*plus de* la moitié"), or 0."""
    if k >= j:
        return 0
    nxt = toks[k + 1]
    words = poll_words(lex.lang)
    pair = f"{nxt.low} {toks[k + 2].low}" if k + 2 <= j else ""
    if not (
        nxt.text.isdigit()
        or nxt.low in words.numbers
        or nxt.low in words.quantifiers
        or pair in words.quantifiers  # "plus de *la moitié*", "mehr als *die Hälfte*"
    ):
        return 0
    for n in range(min(MAX_BOUND, k - lo + 1), 0, -1):
        bound = toks[k - n + 1 : k + 1]
        if all(t.is_word for t in bound) and is_quantity_bound(lex.lang, (t.low for t in bound)):
            return n
    return 0


def long_subject_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """The noun phrase opening its clause and ending right before token ``i`` (or before a
    time phrase right before it: "... going to the polls *on Super Tuesday* said"), or None."""
    words = subject_words(lex.lang)
    verb = _verb_at(toks, i, lex, words)
    if verb is None:
        return None
    j = _before_time(toks, lo, i - 1, lex, words)
    if j < lo or not toks[j].is_word or not _inside_np(toks, j, lo, lex):
        return None
    if toks[j].low in lex.determiners or toks[j].low in _links(lex):
        return None
    k = j
    while k >= lo:
        if j - k >= MAX_SUBJECT:
            return None
        t = toks[k]
        if not t.is_word:
            if t.text in INNER_MARKS and k > lo and toks[k - 1].is_word:
                k -= 1
                continue
            if (
                t.text == ","
                and lo < k < j
                and toks[k - 1].text.isdigit()
                and toks[k + 1].text.isdigit()
            ):
                k -= 1  # "50,000": a digit group, no clause mark
                continue
            if t.text in CLAUSE_MARKS:
                break
            return None
        if t.low in lex.coordinators or t.low in words.openers:
            break
        bound = _bound_ending(toks, lo, k, j, lex)
        if bound:
            k -= bound  # "about 6 in 10 white men", "more than half of them"
            continue
        if (
            (t.low in words.barriers and not _modifier(toks, k, j, lo, lex))
            or t.low.rsplit("-", 1)[-1] in words.media  # "Telegram-канале"
            or (
                t.low in lex.post_cue_skip
                and t.low not in _links(lex)
                and t.low not in lex.determiners
                and not _modifier(toks, k, j, lo, lex)
            )
            or not _inside_np(toks, k, lo, lex)
        ):
            return None
        if (
            t.low in lex.determiners
            and not t.is_cap
            and t.low not in lex.np_internal
            and not _opens_phrase(toks, k, lo, lex)
            and not (k > lo and _bound_ending(toks, lo, k - 1, j, lex))  # "mehr als *die*"
        ):
            # "On Tuesday *the* governor": a phrase before the subject; a genitive article
            # links its noun to the one before ("ein Sprecher des Ministeriums *der* Ukraine")
            return None
        k -= 1
    a = k + 1
    if a > j or not _good_start(toks, a, lex):
        return None
    if verb == "document" and not any(
        t.low in lex.teller_words["document"] for t in toks[a : j + 1]
    ):
        return None  # "favorite TV shows": no document speaks
    if verb == "share" and not _opens_with_quantity(toks, a, j, lex):
        return None  # "support" after "Many Republicans clamoring for ...": no share counted
    return TellerPhrase(a, j + 1)


def _opens_with_quantity(toks: list[Token], a: int, j: int, lex: AttributionLexicon) -> bool:
    """The phrase ``[a, j]`` opens with a count or a share of people ("about 6 in 10 white
    men", "19 percent of college students", "many of his endorsers")."""
    words = poll_words(lex.lang)
    for n in range(min(MAX_BOUND, j - a), -1, -1):
        if n and not is_quantity_bound(lex.lang, (t.low for t in toks[a : a + n])):
            continue
        first = toks[a + n]
        if first.text.isdigit() or first.low in words.numbers or first.low in words.quantifiers:
            return True
    return False


MAX_TIME = 4  # words of a time phrase between a subject and its verb ("on Super Tuesday")


def _is_time(tok: Token, lex: AttributionLexicon, words: SubjectWords) -> bool:
    low = tok.low
    return low in words.times or (
        low in lex.post_cue_skip and low not in _links(lex) and low not in lex.determiners
    )


def _before_time(
    toks: list[Token], lo: int, j: int, lex: AttributionLexicon, words: SubjectWords
) -> int:
    """The last token before a time phrase ending at token ``j`` (time words, capitalised words
    naming the day, a determiner and a link before them), or ``j`` when there is none."""
    e = j
    while e >= lo and j - e < MAX_TIME and toks[e].is_word and _is_time(toks[e], lex, words):
        e -= 1
    if e == j:
        return j
    while e >= lo and j - e < MAX_TIME and toks[e].is_cap and not _is_time(toks[e], lex, words):
        e -= 1  # "Super Tuesday", "Election Day"
    if e >= lo and toks[e].low in lex.determiners:
        e -= 1
    if e >= lo and toks[e].low in _links(lex):
        e -= 1
    return e


MAX_AUX = 3  # auxiliaries and adverbs between a subject and its verb ("would also say")


def _verb_at(toks: list[Token], i: int, lex: AttributionLexicon, words: SubjectWords) -> str | None:
    """A verb of ``long_subject_verbs`` ("verb") or of ``document_verbs`` ("document") at token
    ``i``, after at most a few auxiliaries or adverbs: the word after the subject is a finite
    reporting verb, not a noun or participle ("phone *calls*", "the emails *released* Tuesday");
    a document verb only speaks for a subject naming a document ("A new poll *shows*", not "TV
    *shows*")."""
    for k in range(i, min(len(toks), i + MAX_AUX + 1)):
        if toks[k].low in words.verbs:
            return "verb"
        if toks[k].low in words.document_verbs:
            return "document"
        if toks[k].low in words.share_verbs:
            return "share"
        if toks[k].low not in lex.pre_cue_skip:
            return None
    return None


def _good_start(toks: list[Token], a: int, lex: AttributionLexicon) -> bool:
    """A subject does not open on a link ("In Iowa voters say" is a phrase, then its subject)."""
    t = toks[a]
    return t.is_word and t.low not in _links(lex) and t.low not in lex.np_internal


def subject_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """A quantified teller or a long subject before token ``i`` that reaches further left than
    :func:`left_phrase`, or None where the shorter walk is enough."""
    share = quantified_before(toks, lo, i, lex)
    if share is not None:
        return share
    phrase = long_subject_before(toks, lo, i, lex)
    if phrase is None:
        return None
    if phrase.b - phrase.a == 1 and phrase.a > lo and toks[phrase.a - 1].low in lex.conjunctions:
        return None  # "airplanes and *helicopters* suggests": the end of a coordination
    short = left_phrase(toks, lo, i, lex)
    if short is not None and short.a <= phrase.a:
        return None
    if short is not None and _bare_modifiers(toks, phrase, lex):
        return None  # "Но *местные* жители заявили": modifiers are left_phrase's to take
    return phrase


def _bare_modifiers(toks: list[Token], phrase: TellerPhrase, lex: AttributionLexicon) -> bool:
    """The phrase adds only lower-case words before a shorter teller, right after a word of
    ``quantifier_openers`` ("Но *местные* жители"): it opens on no determiner, capital, number
    or quantifier and holds no link. After a comma or a coordinator such words stay in the
    subject (", longtime Democratic pollster Pat Caddell told", "and current ... nominee said")."""
    if phrase.a == 0 or toks[phrase.a - 1].low not in subject_words(lex.lang).openers:
        return False
    first = toks[phrase.a]
    words = poll_words(lex.lang)
    if (
        first.is_cap
        or first.low in lex.determiners
        or first.text.isdigit()
        or first.low in words.numbers
        or first.low in words.quantifiers
    ):
        return False
    inner = _links(lex) | lex.np_internal
    return not any(t.low in inner for t in toks[phrase.a : phrase.b])
