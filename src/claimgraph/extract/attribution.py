"""Attribution: who tells each statement, through whom (the chain of tellers).

``find_attributions(text, lang)`` finds, sentence by sentence, the reporting cues of the language
data ("said", "according to", "a rapporté", "laut", "según", "по словам"...), the teller next to
each cue (before it, after an inverted verb, after "according to") and the content it attributes
(the quotation next to the cue, or the rest of the sentence). Each attribution carries its
``chain`` of :class:`~claimgraph.records.Source` from the outermost teller to the innermost,
*without* the publishing outlet (the claim assembler prepends it):

- "X, citing Y, said", "X quoted Y as saying", "Y cited by X", "... . It relies on Y." give
  ``[X, Y]``; a cue inside the content of another gives the outer chain plus its own;
- pronouns, "the newspaper", bare surnames and abbreviations resolve to tellers named earlier,
  so does a pronoun glued to its verb ("« ... », a-t-elle précisé") and a verb with its subject
  dropped after a quotation ("«...», añadió.");
- an addressee ("Do you think ...?") or a teller opening an indirect question or a condition
  ("whether he believes") tells nothing (``lang/<xx>/attribution_scope.yaml``); each teller is
  written once per sentence (:func:`claimgraph.extract.a_spans.write_tellers_once`);
- sentences with no cue of their own inherit a neighbour's attribution when they continue the
  same statement: the rest of a multi-sentence quotation, a quotation following an attributed
  quotation, sentences between two statements by the same teller, and the rest of a paragraph
  that relays another outlet's report. Those are marked ``inherited``;
- a cue word in another sense reports nothing, whichever construction found it ("adding to
  her lead", "showed up", "a book called ...": ``other_sense_after``, ``naming_participles``
  and ``singular_articles`` in ``attribution_scope.yaml``).

Use :func:`attribution_for` to find the attribution covering a claim's evidence span.
Everything is linear in the text: one token pass, walks bounded by a constant.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from claimgraph.extract.a_lexicon import AttributionLexicon, lexicon, phrase_tokens
from claimgraph.extract.a_spans import trim_at_clause_breaks, write_tellers_once
from claimgraph.extract.a_tellers import (
    ASIDE_CLOSERS,
    MAX_DESCRIBED,
    TellerMemory,
    TellerPhrase,
    apposition_before,
    aside_before,
    before_addressee,
    dative_addressee_end,
    described_after,
    described_before,
    left_phrase,
    make_source,
    medium_before,
    outlet_end,
    quoted_name_before,
    relative_words,
    right_phrase,
    share_before,
    skip_medium_after,
    statement_nouns,
    with_complement,
    with_quoted_name,
    without_outlet_addressee,
)
from claimgraph.extract.a_tellers_polls import CLAUSE_MARKS, poll_words, quantified_before
from claimgraph.extract.a_tellers_relative import relative_subject_before
from claimgraph.extract.a_tellers_subjects import author_links, subject_before
from claimgraph.extract.a_tokens import (
    Quote,
    Token,
    find_quotes,
    quote_containing,
    quote_inside,
    tokenize,
)
from claimgraph.extract.sentences import Sentence, split_sentences
from claimgraph.lang import language_words, load_language_data
from claimgraph.records import Source, Span

__all__ = [
    "ALL_KINDS",
    "DEFAULT_KINDS",
    "Attribution",
    "DenialOrRetraction",
    "attribution_for",
    "find_attributions",
    "find_denials_and_retractions",
]

#: cue families used by default: speech and belief ("said", "believe"); "intention" ("wants",
#: "plans"), "evidence" ("polls show"), "stance" ("praised", "slammed") and "attitude" ("loves",
#: "is worried") are attitudes or findings, not tellers of a claim.
DEFAULT_KINDS: frozenset[str] = frozenset({"speech", "belief"})
ALL_KINDS: frozenset[str] = frozenset(
    {"speech", "belief", "intention", "evidence", "stance", "attitude"}
)

_MAX_CARRY = 3  # sentences a statement may carry over between two cues of the same teller
_NEST_LOOKBACK = 16  # statements before a cue that may contain it
_MAX_TRIM = 16  # punctuation tokens trimmed from the edge of a span
_MAX_SKIP = 4  # auxiliaries and adverbs between a teller and its verb ("has also long said")
_MIN_ADVERB = 6  # letters in a word taken as an adverb by its ending ("rally" is no adverb)
#: cue families whose verb is read as a verb after any described teller ("the airline said");
#: with other families "a poor showing", "38 percent support" are nouns
_DESCRIBED_KINDS = frozenset({"speech"})
#: cue families whose teller may follow the verb ("..., said the minister"); after a belief or
#: an intention what follows is its object ("look to their local legislature")
_INVERTED_KINDS = frozenset({"speech", "evidence"})
#: cue families whose teller may follow the verb closing its sentence after a comma ("...,
#: believe the experts.", ", считают эксперты."); after an intention or a stance the phrase is
#: its object (", now support Clinton.")
_CLOSING_KINDS = frozenset({"belief"})
_MAX_COLON_TELLER = 6  # words of a teller before a colon ("Former AG Mukasey at RNC:")
_DASHES = frozenset({"-", "—", "–", "--"})
_HEADLINE_WORD = 4  # letters of the words counted to tell a headline
_HEADLINE_MIN = 3
_HEADLINE_SHARE = 0.75
_MAX_OPENER = 8
_MAX_DATELINE = 12  # tokens of a dateline opening a sentence ("WASHINGTON, June 24 (UPI) —")
_MAX_AUTHOR_GAP = 2  # words between a document and the link to its author ("report filed by")
_MAX_APPOSITIONS = 3  # phrases set off by commas before a verb ("X, a role, a place, said")
_MAX_TIME_PHRASES = 3
_MAX_TIME_OPENER = 4  # words of a time phrase opening a sentence ("Two weeks later,")  # time phrases in a row between a teller and its verb
_MAX_DASH_ASIDE = 20  # tokens of an aside between dashes after a subject
_MAX_ASIDES = 4  # comma-separated asides after a name ("Purner, 67, a retiree in Allentown, Pa.,")
_MAX_AGENT_GAP = 4  # tokens between a passive participle and "by" ("was felt most keenly by")  # tokens of an opening phrase before the subject ("On Monday night,")
#: cue families whose verb may take the whole opening of its sentence as subject (see
#: :func:`_subject_run`)
#: ("38 percent support": with intentions and stances the run is too often not a subject)
_SUBJECT_RUN_KINDS = frozenset({"speech", "belief", "evidence"})
_MAX_SUBORDINATE = 25  # words between a subordinator and the coordinator
_MAX_SUBJECT = 10  # words of a sentence-opening subject ("Some advocates for stem cell research")
_SUBJECT_PUNCT = frozenset({"-", "%", "'", "’", "/", "&", "."})
#: marks before a teller named ahead of its asides: a clause break or a closing quotation
_NAME_OPENERS = frozenset({",", ":", ";", "—", "–", "-", "”", '"', "'", "’", "»", "("})
#: marks after which a teller follows what it says ("“...,” X said", "..., X said")
_POSTPOSED_AFTER = frozenset({",", "—", "–", "”", '"', "'", "’", "»", "“", "«"})
_MAX_HEADLESS = 4  # words of a determiner and adjectives before a cue noun ("the most telling")
_MAX_APPOSITION = 40  # tokens of a role after an inverted teller (", a pollster in ...")
_MAX_GAP_CHARS = 12  # between a cue and the pronoun opening its complement ("said that he")
_MAX_DROPPED_LOOKBACK = 4  # tellers named last that a verb with a dropped subject may stand for


@dataclass(slots=True)
class Attribution:
    """One attributed statement.

    ``content``: what is attributed (a quotation's inside, or the reported clause); ``cue``: the
    reporting verb or phrase (None when inherited); ``chain``: tellers outermost first, without the
    publishing outlet; ``source_span``: the teller as written here ("he", "the newspaper");
    ``kind``: the cue family (speech, belief, intention, evidence, according_to);
    ``quote``: the quotation (with its marks) when the content is quoted.
    """

    content: Span
    cue: Span | None
    chain: list[Source]
    sentence_index: int
    source_span: Span | None = None
    kind: str = "speech"
    quote: Span | None = None
    inherited: bool = False

    @property
    def innermost(self) -> Source | None:
        return self.chain[-1] if self.chain else None


@dataclass(slots=True)
class _Context:
    text: str
    lex: AttributionLexicon
    toks: list[Token]
    words: list[str]
    quotes: list[Quote]
    memory: TellerMemory = field(default_factory=TellerMemory)
    openers: frozenset[str] = frozenset()  # tokens that may open a cue phrase, and ":"
    starts: list[int] = field(default_factory=list)  # each token's start offset
    first_word: int = 0  # index of the current sentence's first word token
    headline: bool = False  # the current sentence is in title case or capitals
    previous: Span | None = None  # the sentence before the current one in its paragraph


def _paragraph_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    current = -1
    for s in sentences:
        if s.paragraph != current:
            spans.append((s.start, s.end))
            current = s.paragraph
        else:
            spans[-1] = (spans[-1][0], s.end)
    return spans


def _span(toks: list[Token], a: int, b: int) -> Span | None:
    """The text span of tokens ``[a, b)`` without edge punctuation (a bounded trim: a run of
    thousands of dots stays in the span rather than costing a scan per statement)."""
    lo_limit, hi_limit = a + _MAX_TRIM, b - _MAX_TRIM
    while a < b and a < lo_limit and not toks[a].is_word and toks[a].text not in '“"«„‹':
        a += 1
    while b > a and b > hi_limit and not toks[b - 1].is_word and toks[b - 1].text not in '”"»“›':
        b -= 1
    if b <= a:
        return None
    return Span(toks[a].start, toks[b - 1].end)


def _adjacent_quote_before(ctx: _Context, tok_index: int, lo: int) -> Quote | None:
    """A quotation ending right before token ``tok_index`` (only punctuation between)."""
    k = tok_index - 1
    while k >= lo and not ctx.toks[k].is_word:
        q = quote_containing(ctx.quotes, ctx.toks[k].start)
        if q is not None and q.outer.end == ctx.toks[k].end:
            return q
        k -= 1
    return None


def _adjacent_quote_after(ctx: _Context, k: int, hi: int) -> Quote | None:
    while k < hi and (not ctx.toks[k].is_word or ctx.words[k] in ctx.lex.complementizers):
        q = quote_containing(ctx.quotes, ctx.toks[k].start)
        if q is not None and q.outer.start == ctx.toks[k].start:
            return q
        k += 1
    return None


def _skip_left(ctx: _Context, lo: int, k: int) -> int:
    """Move ``k`` (a cue's first token) left over auxiliaries and adverbs ("has also said")."""
    steps = 0
    while (
        k - 1 >= lo
        and steps < _MAX_SKIP
        and (ctx.words[k - 1] in ctx.lex.pre_cue_skip or _adverb(ctx, lo, k - 1))
        and not _quantifier_opening(ctx, lo, k - 1)
    ):
        k -= 1
        steps += 1
    from claimgraph.extract.a_cues_chains import skip_chain_phrase  # "a *de nouveau* dit"

    return skip_chain_phrase(ctx, lo, k)


def _quantifier_opening(ctx: _Context, lo: int, k: int) -> bool:
    """A quantifier of ``quantifier_tellers`` opening its clause ("*Both* want", "but *all*
    said") is the teller, not a floating word skipped before the verb ("They both want")."""
    if ctx.words[k] not in poll_words(ctx.lex.lang).quantifiers or k + 1 >= len(ctx.toks):
        return False
    verb = ctx.words[k + 1]
    if any(verb.endswith(x) for x in ctx.lex.progressive_suffixes):
        return False  # ", all expressing concern": a participle describing what went before
    if k + 2 < len(ctx.toks) and ctx.toks[k + 2].text == ",":
        return False  # "All told, ...": an idiom opening the sentence
    if k == lo:
        return True
    prev = ctx.toks[k - 1]
    if not prev.is_word:
        return prev.text in CLAUSE_MARKS and prev.text not in _DASHES  # not after an aside
    return prev.low in ctx.lex.coordinators or prev.low in poll_words(ctx.lex.lang).openers


def _skip_comma_adverbs(ctx: _Context, lo: int, k: int) -> int:
    """Move ``k`` left over adverbs set off by commas before the verb ("Proponents of the bill,
    however, say"; "The mayor, still stinging, agreed" is not skipped: a participle is no adverb)."""
    comma = k - 1
    if comma <= lo or ctx.toks[comma].text != ",":
        return k
    m = comma - 1
    while m > lo and comma - m <= _MAX_SKIP and ctx.toks[m].text != ",":
        m -= 1
    between = tuple(ctx.words[m + 1 : comma])
    if between not in _comma_asides(ctx.lex.lang) and not all(
        w in ctx.lex.pre_cue_skip or _adverb(ctx, lo, j) for j, w in enumerate(between, m + 1)
    ):
        return k
    if m <= lo or m == comma - 1 or ctx.toks[m].text != "," or not ctx.toks[m - 1].is_word:
        return k
    return m


def _adverb(ctx: _Context, lo: int, k: int) -> bool:
    """ "repeatedly", "quickly": a lower-case word with an adverb ending, not after an article
    ("the family")."""
    word = ctx.words[k]
    return (
        len(word) >= _MIN_ADVERB
        and not ctx.toks[k].is_cap
        and any(word.endswith(x) for x in ctx.lex.adverb_suffixes)
        and not (k > lo and ctx.words[k - 1] in ctx.lex.determiners)
    )


def _skip_right(ctx: _Context, k: int, hi: int) -> int:
    steps = 0
    while k < hi and steps < 4 and ctx.words[k] in ctx.lex.post_cue_skip:
        k += 1
        steps += 1
    return k


def _teller(ctx: _Context, phrase: TellerPhrase, lo: int, paragraph: int) -> Source:
    """Type, resolve and remember the teller a phrase names."""
    toks = ctx.toks
    words = [t.low for t in toks[phrase.a : phrase.b] if t.is_word]
    relative = len(words) == 1 and (
        ctx.lex.pronouns.get(words[0]) == "relative" or words[0] in _relatives(ctx.lex.lang)
    )
    antecedent: TellerPhrase | None = None
    if relative or (len(words) == 1 and words[0] in _relative_tellers(ctx.lex.lang)):
        # ", who said", "The union, which endorsed": the teller is the phrase before the comma
        antecedent = _antecedent(ctx, lo, phrase.a)
    if antecedent is not None:
        source = _teller(ctx, antecedent, lo, paragraph)
        return replace(source, span=Span(toks[phrase.a].start, toks[phrase.a].end))
    source, alias = make_source(ctx.text, toks, phrase, ctx.lex)
    resolved = ctx.memory.resolve(source, words, ctx.lex)
    ctx.memory.remember(resolved, paragraph, alias)
    return resolved


def _content_after(ctx: _Context, k: int, hi: int) -> tuple[Span | None, Quote | None]:
    q = _adjacent_quote_after(ctx, k, hi)
    while k < hi and ctx.words[k] in ctx.lex.complementizers:
        k += 1
    span = _span(ctx.toks, k, hi)
    if q is not None and span is not None and q.outer.end >= span.end - 1:
        return q.inner, q
    return span, None


def _quote_content(ctx: _Context, quote: Quote, s: Sentence) -> Span:
    """A quotation's inside, or from the sentence start when the quote closes a sentence that
    began outside it ("the city “was left without electricity,” said X")."""
    end = quote.inner.end
    while end > quote.inner.start and ctx.text[end - 1] in " ,;:\u00a0":
        end -= 1  # “We shot down 40 drones,” said X: the comma belongs to the sentence
    start = quote.inner.start
    while start < end and ctx.text[start].isspace():
        start += 1
    if s.start < quote.outer.start and ctx.text[s.start : quote.outer.start].strip():
        if _reported_before(ctx, s, quote):
            # "Tyler said that voters can trust Cruz's “principles,” he said.": the words
            # before the quotation are another teller's report, not this one's
            return Span(start, end)
        return Span(s.start, end)
    return Span(start, end)


def _clause_start(ctx: _Context, lo: int, k: int) -> int:
    """Where the clause holding token ``k`` starts: after the nearest complementizer ("that",
    a comma, a colon), subordinator, relative or question word ("when", "which", "why")
    before it, within ``_MAX_SUBORDINATE`` tokens, else at ``lo``."""
    lex = ctx.lex
    openers = _scope(lex.lang)[1]
    for m in range(k - 1, max(lo - 1, k - _MAX_SUBORDINATE), -1):
        word = ctx.words[m]
        if (
            word in lex.complementizers
            or word in lex.verb_constructions.subordinators
            or _relative_word(ctx, m)
            or (word,) in openers
        ):
            return m + 1
    return lo


def _aside_clause_start(ctx: _Context, lo: int, a: int) -> int:
    """Where the statement an aside teller (from token ``a``, after a comma) interrupts
    starts: after the comma when a subordinator or relative word stands right before it ("the
    days when, he said, protesters ..."), else at the sentence's start ``lo``."""
    k = a - 2
    if k < lo or not ctx.toks[k].is_word:
        return lo
    word = ctx.words[k]
    if word in ctx.lex.verb_constructions.subordinators or _relative_word(ctx, k):
        return a
    return lo


def _reported_before(ctx: _Context, s: Sentence, quote: Quote) -> bool:
    """A speech cue after a word stands in the sentence before the quotation (the closest
    ``_MAX_APPOSITION`` tokens, outside quotations): what precedes the quotation is a report
    of its own."""
    first = bisect_right(ctx.starts, quote.outer.start) - 1
    lo = bisect_right(ctx.starts, s.start - 1)
    for k in range(first - 1, max(lo, first - _MAX_APPOSITION), -1):
        if not ctx.toks[k - 1].is_word or quote_inside(ctx.quotes, ctx.toks[k].start):
            continue
        hit = ctx.lex.cues.match(ctx.words, k)
        if hit is not None and hit[1] == "speech" and not ctx.toks[k].is_cap:
            return True
    return False


def _content_around(
    ctx: _Context, lo: int, first: int, c1: int, hi: int
) -> tuple[Span | None, Quote | None]:
    """What a teller before its verb says: after the verb ("X said (that) ...") or, when the verb
    ends the clause ("..., X said on Friday."), the part before the teller."""
    lex, words, toks = ctx.lex, ctx.words, ctx.toks
    for k in range(c1, min(hi, c1 + 12)):
        if _clause_word(ctx, k):
            # "says *he* opposes it but that ...": the statement opened after the verb
            return _content_after(ctx, c1, hi)
        if toks[k].text == "," and k > c1:
            if k + 1 < hi and words[k + 1] in lex.complementizers:
                return _content_after(ctx, k + 1, hi)
            break
        if words[k] in lex.complementizers and words[k] != ",":
            return _content_after(ctx, k, hi)
        q = quote_containing(ctx.quotes, toks[k].start)
        if q is not None and all(not t.is_word for t in toks[c1:k]):
            return _content_after(ctx, k, hi)
    before = _span(toks, lo, first)
    nxt = next((words[k] for k in range(c1, min(hi, c1 + _MAX_TRIM)) if toks[k].is_word), None)
    ends_clause = nxt is None or nxt in lex.np_stop or nxt in lex.post_cue_skip
    # "..., X said on Friday": a teller set off after what it says; not "...; Y aims to"
    postposed = first > lo and toks[first - 1].text in _POSTPOSED_AFTER
    if before is not None and ends_clause and postposed:
        return before, None
    if nxt is not None:
        return _content_after(ctx, c1, hi)
    gap = _gap_antecedent(ctx, lo, first)
    if gap is not None:
        # "..., something that Trump mocked.", "the only candidate they trusted.": the verb's
        # object is the phrase its relative clause describes, not the sentence before it
        return gap, None
    if first > lo and words[first - 1] in _comparison_words(lex.lang):
        # "told the crowd that it was more work *than he expected*": the comparison's clause
        return _span(toks, _clause_start(ctx, lo, first), first), None
    return before, None


def _gap_antecedent(ctx: _Context, lo: int, first: int) -> Span | None:
    """The noun phrase before a clause closing the sentence whose verb has no object of its
    own (its teller starting at token ``first``): "*something* that Trump mocked", "*the only
    candidate* they trusted"; None when a clause break or nothing nameable stands there."""
    toks, lex = ctx.toks, ctx.lex
    k = first
    hit = lex.cues.match_ending(ctx.words, k) if k - 1 > lo else None
    if hit is not None and not toks[k - 1].is_cap:
        # "the kind of jurist [many Republicans fear] Mrs. Clinton would choose": the gap
        # belongs to the clause before the embedding verb and its own subject
        inner = left_phrase(toks, lo, k - hit[0], lex)
        if inner is None:
            return None
        k = inner.a
    if k - 1 > lo and (
        _relative_word(ctx, k - 1)
        or (ctx.words[k - 1] in lex.complementizers and toks[k - 1].is_word)
    ):
        k -= 1
    if k <= lo or not toks[k - 1].is_word:
        return None
    phrase = left_phrase(toks, lo, k, lex) or described_before(toks, lo, k, lex)
    if phrase is not None and phrase.b == k:
        return _span(toks, phrase.a, phrase.b)
    word = ctx.words[k - 1]
    if (
        word in lex.np_stop
        or word in lex.coordinators
        or word in lex.conjunctions
        or lex.cues.match(ctx.words, k - 1) is not None
    ):
        return None  # "... said they trusted", "than they expected": no noun before the clause
    return _span(toks, k - 1, k)  # "something that Trump mocked"


def _clause_word(ctx: _Context, k: int) -> bool:
    """Token ``k`` belongs to a clause of its own, not to a verb's object or adjunct ("told
    reporters on Monday that"): a subject pronoun, a coordinator, an auxiliary or a modal ("said
    *he* opposes it *but* that ...", "says the plans *wouldn't* ... the shootings that ...")."""
    word, lex = ctx.words[k], ctx.lex
    return (
        lex.pronouns.get(word, "relative") != "relative"
        or word in lex.coordinators
        or word in lex.passive_aux
        or word in lex.progressive_aux
        or (word in lex.pre_cue_skip and word in lex.np_stop)
    )


def _cited_by_outer(
    ctx: _Context, lo: int, phrase: TellerPhrase
) -> tuple[TellerPhrase, TellerPhrase] | None:
    """ "une source anonyme citée par le Washington Post": (outer, inner) phrases."""
    hit = ctx.lex.cited_by.match_ending(ctx.words, phrase.a)
    if hit is None:
        return None
    inner = left_phrase(ctx.toks, lo, phrase.a - hit[0], ctx.lex)
    if inner is None:
        return None
    return phrase, inner


def _sentence_start(ctx: _Context, k: int) -> bool:
    """No word before token ``k`` in the current sentence."""
    return k <= ctx.first_word


def _noun_use(ctx: _Context, lo: int, start: int, end: int | None = None) -> bool:
    """ "the report", "Clinton's plans": the cue word (ending before token ``end``) is a noun
    here."""
    if start <= lo or _inverting_opener(ctx, start):
        return False  # "*Das* sagte ein Sprecher", "*Про це* повідомляє": a verb after its opener
    prev = ctx.toks[start - 1]
    if (
        prev.low in ctx.lex.teller_heads
        and prev.low in ctx.lex.determiners
        and (start - 1 <= max(lo, ctx.first_word) or not ctx.toks[start - 2].is_word)
        and not (
            end is not None
            and end < len(ctx.words)
            and (
                ctx.lex.cues.match(ctx.words, end) is not None
                or ctx.words[end] in ctx.lex.pre_cue_skip
            )
        )
    ):
        return False  # "Many say", ", some believe": a quantifier opening its clause speaks
    return prev.low in ctx.lex.determiners or any(
        prev.low.endswith(e) for e in ctx.lex.possessive_endings
    )


def _place_apposition(ctx: _Context, lo: int, named: TellerPhrase) -> bool:
    """The phrase follows a comma after a name that a link opens ("in Tulsa, *Oklahoma*",
    "in Bangor, *Maine*"): the second part of a place."""
    comma = named.a - 1
    if comma <= lo or ctx.toks[comma].text != ",":
        return False
    before = left_phrase(ctx.toks, lo, comma, ctx.lex)
    return (
        before is not None
        and before.b == comma
        and ctx.toks[before.a].is_cap
        and before.a > lo
        and _preposition(ctx, before.a - 1)
    )


def _name_before_commas(
    ctx: _Context, lo: int, comma: int, participle: bool = False
) -> TellerPhrase | None:
    """ ", Gov. John Kasich (R-OH), said" / "Marley Anderson, 21, a junior from Las Vegas, said" /
    "Trump, who has relied on ..., said": a name, then asides set off by commas, then the verb.
    Before a ``participle`` a part opening on a personal pronoun is a clause, not an aside
    ("Meanwhile, *it* attacked Trump, saying": no name here)."""
    toks, lex = ctx.toks, ctx.lex
    k = comma
    segments = 0
    while k >= lo and comma - k <= 40 and segments < _MAX_ASIDES:
        if toks[k].text == ",":
            pronoun = lex.pronouns.get(toks[k + 1].low, "relative") if k < comma else "relative"
            if participle and pronoun != "relative":
                return None  # "Meanwhile, *it* attacked Trump, saying": a clause, no aside
            named = left_phrase(toks, lo, k, lex)
            if participle and named is not None and _place_apposition(ctx, lo, named):
                return None  # "in Tulsa, *Oklahoma*, arguing": a place, the clause's subject
            if named is not None and named.a > lo and _preposition(ctx, named.a - 1):
                # "Authorities in North-Rhine Westphalia, the German state ..., announced"
                named = _head_before_link(ctx, lo, named)
                if named is not None and named.a > ctx.first_word:
                    named = None  # "a retiree in Carthage, Ill.,": an aside, not the name
            if named is None or not _ends_on_name(ctx, named):
                # "An Israeli official, speaking on condition of anonymity, said": a described
                # teller before an aside that cannot continue a clause
                named = described_before(toks, lo, k, lex) if _aside_opens(ctx, k + 1) else None
            if (
                named is not None
                and toks[named.a].low not in lex.pronouns
                and (_opens_clause_at(ctx, named.a) or toks[named.a - 1].text in _NAME_OPENERS)
                and (segments > 0 or named.a > ctx.first_word)
            ):
                if (
                    segments == 1
                    and named.b == k
                    and k + 2 < comma
                    and f"{toks[k + 1].low} {toks[k + 2].low}" in lex.anonymous_markers
                    and any(
                        toks[m].low in lex.anonymous_markers
                        or toks[m].low in lex.teller_words["anonymous"]
                        for m in range(named.a, k)
                    )
                ):
                    # "Источник, близкий к расследованию, сообщил": an anonymous teller and
                    # the aside that describes it ("близкий к" is a marker) are its name
                    return TellerPhrase(named.a, comma, named.role)
                return named  # not "Die Kosten, sagten Experten": a subject has no comma
            segments += 1
        elif not toks[k].is_word and toks[k].text not in ("(", ")", ".", "-", "'"):
            return None
        k -= 1
    return None


def _opens_clause_at(ctx: _Context, a: int) -> bool:
    """Token ``a`` opens the sentence, or follows only a capitalised link opening it ("*But*
    Mr. Guerrero, a Republican ..., said")."""
    first = ctx.first_word
    return a <= first or (a - 1 == first and _leading_link(ctx, first))


def _ends_on_name(ctx: _Context, phrase: TellerPhrase) -> bool:
    """The phrase ends on a capitalised word, or on a bracket closing an aside after one
    ("Sen. Claire McCaskill (D-Mo.)")."""
    toks = ctx.toks
    k = phrase.b - 1
    if toks[k].text == ")":
        m = k - 1
        while m > phrase.a and k - m <= _MAX_SKIP + 2 and toks[m].text != "(":
            m -= 1
        if toks[m].text == "(":
            k = m - 1
    return k >= phrase.a and toks[k].is_cap


_MAX_TITLE = 4  # letters of an abbreviated title before its dot ("Mr.", "Sen.", "Gov.")


def _title_dot(ctx: _Context, k: int) -> bool:
    """Token ``k`` is the dot of a short capitalised abbreviation before a name ("Ms.
    Epstein", "Sen. Reed"), not a sentence's end."""
    toks = ctx.toks
    return (
        toks[k].text == "."
        and 0 < k < len(toks) - 1
        and toks[k - 1].is_cap
        and toks[k - 1].end == toks[k].start
        and len(toks[k - 1].text) <= _MAX_TITLE
        and toks[k + 1].is_cap
    )


def _dash_run_start(ctx: _Context, lo: int, k: int) -> int:
    """The first of the dash tokens written together ending at token ``k`` ("--" is two)."""
    toks = ctx.toks
    while k - 1 > lo and toks[k - 1].text == toks[k].text and toks[k - 1].end == toks[k].start:
        k -= 1
    return k


def _subject_before_dashes(ctx: _Context, lo: int, dash: int) -> TellerPhrase | None:
    """ "Democratic leaders — and, in particular, Harry Reid — insisted", "The three scholars -
    Mr. Tribe, Ms. Epstein and Mr. Amar - agreed": the sentence's subject before an aside set off
    by dashes."""
    toks = ctx.toks
    dash = _dash_run_start(ctx, lo, dash)  # "Kall -- co-editor of ... -- said": "--" is one dash
    m = dash - 1
    while m > lo and dash - m <= _MAX_DASH_ASIDE and toks[m].text != toks[dash].text:
        if toks[m].text in (".", ";", ":", "?", "!") and not _title_dot(ctx, m):
            return None
        m -= 1
    if m <= lo or toks[m].text != toks[dash].text or m == dash - 1:
        return None
    m = _dash_run_start(ctx, lo, m)
    named = left_phrase(toks, lo, m, ctx.lex) or described_before(toks, lo, m, ctx.lex)
    if named is not None and named.a > lo and _preposition(ctx, named.a - 1):
        named = _head_before_link(ctx, lo, named)
    if named is None or named.a > ctx.first_word or ctx.words[named.a] in ctx.lex.pronouns:
        return None
    return named


def _is_aside(ctx: _Context, lo: int, a: int, after: int, hi: int) -> bool:
    """The teller (from token ``a``) and its cue (ending before token ``after``) are set off by
    commas inside a statement: "The plan, critics say, is a disaster"."""
    return (
        a > ctx.first_word
        and ctx.toks[a - 1].text == ","
        and after < hi
        and ctx.toks[after].text == ","
        and (after + 1 >= hi or ctx.words[after + 1] not in ctx.lex.complementizers)
        and _quote_at(ctx, a) is None
    )  # not ", Игнат заявил, что ...": a clause reported after the comma


def _quote_at(ctx: _Context, k: int) -> Quote | None:
    return quote_inside(ctx.quotes, ctx.toks[k].start)


def _closing_aside(ctx: _Context, start: int, phrase: TellerPhrase, hi: int) -> bool:
    """An inverted verb after a comma and its teller ending the clause: "..., glauben
    Experten." / ", считают эксперты,"."""
    toks = ctx.toks
    return toks[start - 1].text == "," and (phrase.b >= hi or toks[phrase.b].text in ASIDE_CLOSERS)


def _opens_reported_clause(ctx: _Context, phrase: TellerPhrase, hi: int) -> bool:
    """The words after a verb are the subject of what is said, not an inverted teller: they
    end on a possessive ("said *Clinton's* response") or an auxiliary or modal follows ("say
    *the United States* should")."""
    toks, lex = ctx.toks, ctx.lex
    last = toks[phrase.b - 1]
    if any(last.low.endswith(e) for e in lex.possessive_endings):
        return True
    if phrase.b < hi and toks[phrase.b].low in lex.possessive_endings:
        return True
    nxt = ctx.words[phrase.b] if phrase.b < hi else ""
    if nxt in lex.post_cue_skip or nxt in lex.subject_links or nxt in lex.np_internal:
        return False  # "sagte der Minister am Montag", "said X also on Monday"
    return nxt in lex.pre_cue_skip or nxt in lex.passive_aux or nxt in lex.progressive_aux


def _role_opener(ctx: _Context, k: int) -> bool:
    """Token ``k`` opens a role after a name closing its clause ("said X, a pollster", ", who
    chairs", ", director of ..."): stricter than :func:`_apposition_opener`, as a verb may
    follow an inverted teller ("Die Kosten, sagten Experten, liegen ...")."""
    if not _apposition_opener(ctx, k):
        return False
    word, lex = ctx.words[k], ctx.lex
    return (
        word in lex.determiners
        or lex.pronouns.get(word) == "relative"
        or word in lex.role_words
        or lex.looks_like_teller_word(word)
        or any(word.endswith(e) for e in lex.possessive_endings)
        or ctx.toks[k].is_cap
    )


def _apposition_opener(ctx: _Context, k: int) -> bool:
    """Token ``k`` may open a description of the name before it: an article or possessive, a
    relative pronoun, a role word or a capitalised word ("a pollster", "who chairs", "director
    for ...", "Democrat of Delaware"); not a number, an adverb or a link ("69", "meanwhile")."""
    if k >= len(ctx.toks) or not ctx.toks[k].is_word or ctx.toks[k].text[0].isdigit():
        return False
    word, lex = ctx.words[k], ctx.lex
    if word in lex.determiners or lex.pronouns.get(word) == "relative":
        return True
    return not _function_word(ctx, k) and not _adverb(ctx, k, k)


def _apposition_end(ctx: _Context, b: int, hi: int, loose: bool = False) -> int:
    """The end of a teller's apposition closing its clause (", a Democratic pollster."), or
    ``b`` when none follows or the clause goes on (a quotation, "adding that ..."). With
    ``loose`` (the verb follows a quotation: what is said is over, no clause goes on after the
    teller) any description may open it, an age or a role without an article included
    ("“...,” said Peter Hart, 25, a bank employee."; "said Mitchell Moss, urban policy
    professor at NYU.")."""
    toks = ctx.toks
    if b + 1 >= hi or toks[b].text != ",":
        return b
    opener = _role_opener(ctx, b + 1) or (
        loose and (_apposition_opener(ctx, b + 1) or toks[b + 1].text[:1].isdigit())
    )
    if not opener:
        return b
    k = b + 1
    while k < hi and k - b <= _MAX_APPOSITION:
        t = toks[k]
        if t.text in (";", ":") or _quote_at(ctx, k) is not None or t.text in '“"«„‹':
            return b
        if (
            t.text == ","
            and k + 1 < hi
            and (
                ctx.words[k + 1] in ctx.lex.complementizers
                or any(ctx.words[k + 1].endswith(x) for x in ctx.lex.progressive_suffixes)
            )
        ):
            return b  # "..., said X, adding that ...": the clause goes on
        if t.text == "," and k + 1 < hi and _function_word(ctx, k + 1):
            return k  # "X, Abu-Laban's nephew, on Facebook": the role ends at the comma
        k += 1
    if k < hi:
        return b
    while k > b and not toks[k - 1].is_word and toks[k - 1].text not in (")",):
        k -= 1
    return k


def _role_before(ctx: _Context, lo: int, a: int) -> int:
    """Where a teller named after its role in commas starts: "*Her chief policy aide*, Jake
    Sullivan, said" (the role opening its clause), else at the name."""
    toks, lex = ctx.toks, ctx.lex
    if a - 1 <= lo or toks[a - 1].text != ",":
        return a
    role = described_before(toks, lo, a - 1, lex)
    if role is None:
        role = left_phrase(toks, lo, a - 1, lex)
        if role is not None and not any(t.low in lex.role_words for t in toks[role.a : a - 1]):
            role = None
    if role is None or not (role.a <= ctx.first_word or toks[role.a - 1].text in _NAME_OPENERS):
        return a
    return role.a


def _aside_opens(ctx: _Context, k: int) -> bool:
    """Token ``k`` opens an aside about the phrase before it: a relative pronoun ("who"), a
    participle ("speaking ...") or a determiner or number ("a political scientist", "69")."""
    word, lex = ctx.words[k], ctx.lex
    return (
        _relative_word(ctx, k)
        or any(word.endswith(x) for x in lex.progressive_suffixes)
        or word in lex.determiners
        or ctx.toks[k].text.isdigit()
        # "Una fuente, *cercana al* ministerio, dijo": a marker pair describing the teller
        or (k + 1 < len(ctx.words) and f"{word} {ctx.words[k + 1]}" in lex.anonymous_markers)
    )


def _agent_attribution(
    ctx: _Context,
    si: int,
    s: Sentence,
    lo: int,
    agent: TellerPhrase,
    cue: Span,
    content: Span,
    kind: str,
) -> Attribution:
    """The attribution a passive or participial cue gives its agent ("endorsed *by the union*")."""
    toks = ctx.toks
    return Attribution(
        content=content,
        cue=cue,
        chain=[_teller(ctx, agent, lo, s.paragraph)],
        sentence_index=si,
        source_span=Span(toks[agent.a].start, toks[agent.b - 1].end),
        kind=kind,
    )


def _relative_statement(ctx: _Context, k: int, end: int) -> bool:
    """The relative clause from token ``k`` to token ``end`` opens on a cue or words of
    anonymity (``anonymity_words`` of ``attribution_scope.yaml``: "who spoke on condition of
    *anonymity*")."""
    hit = ctx.lex.cues.match(ctx.words, k) if k < end else None
    if hit is not None and k + hit[0] < end:
        return True
    anonymity = language_words(ctx.lex.lang, "attribution_scope", "anonymity_words")
    return any(ctx.words[j] in anonymity for j in range(k, end))


def _reduced_relative_agent(ctx: _Context, c1: int, hi: int) -> TellerPhrase | None:
    """The agent right after a participle ("echoed *by Japan*"; ``participle_endings`` of
    ``verb_constructions``), not a means ("responded by saying"): the participle describes the
    phrase before it, the agent is the teller."""
    data = ctx.lex.verb_constructions
    words, endings = ctx.words, data.relative_participle_endings or data.participle_endings
    if c1 + 1 >= hi or words[c1] not in ctx.lex.agent_markers:
        return None
    if not endings or not words[c1 - 1].endswith(endings):
        return None  # "said by telephone", "says by a wide margin": a finite verb
    if any(words[k].endswith(ctx.lex.progressive_suffixes) for k in range(c1 + 1, min(hi, c1 + 3))):
        return None  # "responded by (first) saying": a means
    return _agent(ctx, c1, hi)


def _agent(ctx: _Context, c1: int, hi: int) -> TellerPhrase | None:
    """The phrase after "by" (a few adverbs and words after the participle at most)."""
    for k in range(c1, min(hi, c1 + _MAX_AGENT_GAP)):
        if ctx.words[k] in ctx.lex.agent_markers:
            phrase = right_phrase(ctx.toks, k + 1, hi, ctx.lex, loose=True)
            if phrase is None:
                return None
            b = phrase.b
            while b - 1 > phrase.a and ctx.words[b - 1] in ctx.lex.post_cue_skip:
                b -= 1  # "par le Pentagone *vendredi*"
            return TellerPhrase(phrase.a, b, phrase.role)
        if not ctx.toks[k].is_word:
            return None
    return None


def _clause_subject(ctx: _Context, lo: int, end: int) -> TellerPhrase | None:
    """The subject opening the sentence's main clause, before token ``end``: after a leading
    quotation and at most one opening phrase set off by a comma ("On Monday, Trump ...")."""
    toks, lex = ctx.toks, ctx.lex
    k = ctx.first_word
    q = quote_containing(ctx.quotes, toks[k].start) if k < end else None
    if q is not None:
        while k < end and toks[k].start < q.outer.end:
            k += 1
        while k < end and not toks[k].is_word:
            k += 1
    k = _after_dateline(ctx, k, end)
    for _ in range(2):
        skipped = 0
        while (
            k + 1 < end
            and skipped < 2
            and (toks[k].low in lex.coordinators or toks[k].low in lex.pre_cue_skip)
        ):
            k += 1  # "Then he cut into Bush, calling ...", "But she ..."
            skipped += 1
        if k >= end or _contracted_link(ctx, k):
            return None  # "It's a big if, but ...": a link and its verb, no subject
        # "At the time, she ...": an opening phrase, its subject after the comma
        if not (
            _function_word(ctx, k) or toks[k].low in lex.np_internal or _time_opener(ctx, k, end)
        ):
            if lex.pronouns.get(toks[k].low, "relative") != "relative":
                return TellerPhrase(k, k + 1)
            named = _name_run(ctx, k, end)
            if named is not None:
                named = _without_trailing_time(ctx, named)
                if _verb_follows(ctx, _skip_right(ctx, named.b, end)):
                    return named
                close = _apposition_close(ctx, named.b, end)
                if close is not None and _verb_follows(ctx, _skip_right(ctx, close, end)):
                    return named  # "Gary Emineth, a former chairman, became ... and said"
            phrase = right_phrase(toks, k, end, lex, loose=False)
            if phrase is None:
                phrase = described_before(toks, k, _word_run_end(ctx, k, end), lex)
            if phrase is not None and phrase.b < end and _verb_follows(ctx, phrase.b):
                return phrase
        m = k
        while m < end and m - k < _MAX_OPENER and toks[m].text != ",":
            m += 1
        if m >= end or m - k >= _MAX_OPENER:
            return None
        k = m + 1
    return None


def _reporting_subject(ctx: _Context, lo: int, comma: int) -> TellerPhrase | None:
    """ "“...,” *Fiorina* said, adding ...": a speech cue of the lexicon closes the clause
    before the comma, and its teller stands right before it; the participle goes on with that
    teller, not with the subject opening the sentence (which the quotation's content holds)."""
    hit = ctx.lex.cues.match_ending(ctx.words, comma)
    if hit is None or hit[1] != "speech" or comma - hit[0] <= lo:
        return None
    return left_phrase(ctx.toks, lo, comma - hit[0], ctx.lex)


_MAX_INVERTED = 8  # tokens from an inverted speech cue to the comma closing its teller


def _inverted_reporter(ctx: _Context, lo: int, comma: int) -> TellerPhrase | None:
    """ "..., a indiqué *l'armée de l'air*, ajoutant ...", "..., повідомили у *Повітряних
    силах*, додавши ...": an inverted speech cue and its teller close the clause before the
    comma; the participle goes on with that teller."""
    for end in range(comma - 1, max(lo, comma - _MAX_INVERTED), -1):
        hit = ctx.lex.cues.match_ending(ctx.words, end)
        if hit is None:
            continue
        first = _skip_left(ctx, lo, end - hit[0])  # "a indiqué": the auxiliary too
        if hit[1] != "speech" or first <= lo or ctx.toks[first - 1].is_word:
            return None  # "Clinton told *AIPAC*, referring to ...": the cue's subject before it
        a = skip_medium_after(ctx.toks, _skip_right(ctx, end, comma), comma, ctx.lex)
        phrase = right_phrase(ctx.toks, a, comma, ctx.lex, loose=False)
        return phrase if phrase is not None and phrase.b == comma else None
    return None


def _segment_subject(ctx: _Context, lo: int, comma: int) -> TellerPhrase | None:
    """ "In a speech on Tuesday night, *Mr. Trump* struck a measured tone, saying ...", "As the
    results came in, *he* gave a defiant speech, predicting ...": the subject opening the clause
    that ends at the comma before a participle (after the previous comma or the sentence's
    start), when a verb follows it; the clause's opening phrase may be longer than
    :func:`_clause_subject` allows."""
    toks, lex = ctx.toks, ctx.lex
    k = comma - 1
    while k > ctx.first_word and comma - k <= _MAX_SUBORDINATE and toks[k - 1].text != ",":
        t = toks[k - 1]
        if not t.is_word and (t.text not in _SUBJECT_PUNCT or t.text in _DASHES):
            return None  # a quotation, a bracket or a dash: not one plain clause
        k -= 1
    if comma - k > _MAX_SUBORDINATE or (k <= lo and k != ctx.first_word):
        return None
    skipped = 0
    while k < comma and skipped < 2 and (ctx.words[k] in lex.coordinators or _adverb(ctx, lo, k)):
        k += 1
        skipped += 1
    if k >= comma or (_function_word(ctx, k) and ctx.words[k] not in lex.pronouns):
        return None
    if lex.pronouns.get(ctx.words[k], "relative") != "relative":
        phrase: TellerPhrase | None = TellerPhrase(k, k + 1)
    elif toks[k].is_cap or ctx.words[k] in lex.determiners:
        phrase = right_phrase(toks, k, comma, lex, loose=False)
        if phrase is None:
            phrase = described_before(toks, k, _word_run_end(ctx, k, comma), lex)
        if phrase is not None:
            b = phrase.b
            while b - 1 > k and not _is_head_word(ctx, b - 1):
                b -= 1  # "Mrs. Clinton *shook*": a verb read into the phrase is cut off
            phrase = TellerPhrase(phrase.a, b) if _is_head_word(ctx, b - 1) else None
    else:
        return None  # "arrived at ...", "000 K-1": a clause opening on no subject
    if phrase is None or phrase.a != k:
        return None
    if phrase.b >= comma or not _verb_follows(ctx, _skip_right(ctx, phrase.b, comma)):
        return None
    return phrase


def _is_head_word(ctx: _Context, k: int) -> bool:
    """Token ``k`` may end a teller: a capitalised word (not glued to an auxiliary, "I’m") or
    a teller noun of the lexicon ("the order", "officials")."""
    t = ctx.toks[k]
    if not t.is_word or any(c in t.text for c in "'’") or t.low in ctx.lex.determiners:
        return False  # "The", "His": an article capitalised at the sentence's start
    if t.low in ctx.lex.teller_heads:
        return True
    return t.is_cap and not t.text[:1].isdigit() and not _function_word(ctx, k)


def _apposition_close(ctx: _Context, b: int, end: int) -> int | None:
    """After a name ending before token ``b``, an apposition set off by commas that opens on
    an article or a role (", a former state party chairman,"): the token after its closing
    comma, else None."""
    toks, lex = ctx.toks, ctx.lex
    if b + 1 >= end or toks[b].text != ",":
        return None
    # "a former chairman", "бывший министр": an article or a role, or a role after one word
    role_next = b + 2 < end and ctx.words[b + 2] in lex.role_words and toks[b + 1].is_word
    if not (_role_opener(ctx, b + 1) or role_next):
        return None
    if _relative_word(ctx, b + 1):
        return None  # ", who ...": a clause of its own, its verbs not the name's
    for k in range(b + 1, min(end, b + _MAX_APPOSITION)):
        if toks[k].text == ",":
            return k + 1
        if not toks[k].is_word and toks[k].text not in _SUBJECT_PUNCT and toks[k].text not in "()":
            return None
    return None


def _subordinate_subject(ctx: _Context, lo: int, coord: int) -> TellerPhrase | None:
    """ "The crowd cheered *when Trump* spotted a sign and asked ...": a verb after a
    coordinator continues the nearest subordinate clause (its subordinator in
    ``verb_constructions.subordinators``) before it in the sentence, so that clause's subject
    speaks, not the main clause's."""
    toks, lex = ctx.toks, ctx.lex
    subordinators = lex.verb_constructions.subordinators
    for m in range(coord - 1, max(lo - 1, coord - _MAX_SUBORDINATE), -1):
        if not toks[m].is_word:
            if toks[m].text in (".", ",", ";", ":") or quote_inside(ctx.quotes, toks[m].start):
                return None  # one clause: "..., as it has prepared ..., a process that"
            continue
        if ctx.words[m] not in subordinators:
            continue
        k = m + 1
        if k < coord and lex.pronouns.get(ctx.words[k], "relative") != "relative":
            phrase: TellerPhrase | None = TellerPhrase(k, k + 1)
        else:
            phrase = _name_run(ctx, k, coord) or right_phrase(toks, k, coord, lex, loose=False)
            if phrase is not None and not _verb_follows(ctx, phrase.b):
                # "когда министр вышел": the verb read as the noun's modifier; the noun alone
                short = k + 2 if ctx.words[k] in lex.determiners else k + 1
                phrase = TellerPhrase(k, short) if short < phrase.b else None
        if phrase is None or phrase.b >= coord or not _verb_follows(ctx, phrase.b):
            return None
        head = ctx.words[phrase.b - 1]
        # "when *the governor* visited"; a bare noun only in a language without articles
        # ("когда *министр* вышел"), not "as *secretary* of state"
        opens = ctx.words[k] in lex.determiners or not lex.definite_articles
        described = opens and head in lex.teller_heads
        if not (toks[k].is_cap or described or head in lex.pronouns):
            return None  # "after the New Hampshire primary": a phrase, not a clause's subject
        return phrase
    return None


def _after_dateline(ctx: _Context, k: int, end: int) -> int:
    """Skip a dateline opening the sentence ("Washington (AFP) –", "WASHINGTON, June 24 (UPI)
    —"): capitalised words, numbers and commas, then an agency in brackets and a dash; or a
    place in capitals and a dash ("BRUSSELS -")."""
    toks = ctx.toks
    m = k
    place = k < end and toks[k].is_word and len(toks[k].text) > 1 and toks[k].text.isupper()
    while m + 1 < end and m - k < _MAX_DATELINE:
        t = toks[m]
        if t.text == ")" and toks[m + 1].text in _DASHES:
            return m + 2
        if place and m > k and t.text in _DASHES:
            return m + 1  # "BRUSSELS -", "MYRTLE BEACH, S.C. -": a place in capitals
        if t.is_word and not t.is_cap and not t.text[:1].isdigit():
            return k
        m += 1
    return k


def _time_opener(ctx: _Context, k: int, end: int) -> bool:
    """ "Sunday morning,", "Eight years ago,", "Two weeks later,": a word and time words up to a
    comma open the sentence; its subject follows the comma."""
    m = k + 1
    while m < end and m - k <= _MAX_TIME_OPENER and ctx.toks[m].text != ",":
        m += 1
    if m >= end or ctx.toks[m].text != ",":
        return False
    return _time_phrase(ctx, k, m) or (m - k > 1 and _time_phrase(ctx, k + 1, m))


def _without_trailing_time(ctx: _Context, phrase: TellerPhrase) -> TellerPhrase:
    """ "Chuck Grassley on Wednesday": a time after a name is no part of the teller; a phrase
    made of time words only is left whole."""
    b = phrase.b
    while b > phrase.a and ctx.words[b - 1] in ctx.lex.post_cue_skip:
        b -= 1
    if b == phrase.b or b == phrase.a:
        return phrase
    return TellerPhrase(phrase.a, b, phrase.role)


def _time_words(lang: str) -> frozenset[str]:
    """Words of a time phrase standing between a teller and its verb ("at *the time*", "*this
    past week*", "*a month later*"): ``time_words`` in ``lang/<xx>/attribution_spans.yaml``."""
    return language_words(lang, "attribution_spans", "time_words")


def _time_phrase(ctx: _Context, a: int, b: int) -> bool:
    """Tokens ``[a, b)`` are a time phrase: time words, with articles ("the first time")."""
    lex = ctx.lex
    times = _time_words(lex.lang)
    words = ctx.words[a:b]
    return any(w in lex.post_cue_skip or w in times for w in words) and all(
        w in lex.post_cue_skip or w in times or w in lex.determiners for w in words
    )


def _before_time(ctx: _Context, lo: int, phrase: TellerPhrase) -> TellerPhrase:
    """ "The White House this week said", "El ministerio el lunes dijo", "Trump at the time
    said": a phrase of time words only gives way to the teller standing before it."""
    toks, lex = ctx.toks, ctx.lex
    for _ in range(_MAX_TIME_PHRASES):  # "The report on Wednesday for the first time cited"
        if phrase.a <= lo or not _time_phrase(ctx, phrase.a, phrase.b):
            return phrase
        a = phrase.a
        if a - 1 > lo and _preposition(ctx, a - 1):
            a -= 1  # "Trump *at* the time said"
        before = left_phrase(toks, lo, a, lex) or described_before(toks, lo, a, lex)
        if before is None:
            return phrase
        phrase = before
    return phrase


def _name_opening_on_stop_word(ctx: _Context, k: int, hi: int) -> bool:
    """Token ``k`` is a capitalised stop word ("Will", "May") inside the sentence, followed by
    a capitalised word: the first name of a person ("said Will Doyle")."""
    return (
        k + 1 < hi
        and k > ctx.first_word
        and ctx.toks[k].is_cap
        and ctx.toks[k + 1].is_cap
        and ctx.toks[k + 1].is_word
        and ctx.words[k] in ctx.lex.np_stop
    )


def _teller_before_time(ctx: _Context, lo: int, start: int) -> TellerPhrase | None:
    """ "Dianne Feinstein (D-Calif.) *last week* said", "Sen. Reed (D-R.I.) *on Tuesday* said":
    a time phrase between a teller closing on a bracket and its verb, where the phrase walk
    stops on the time words. The teller ends on the bracket; None when no time phrase or no
    bracketed teller stands there."""
    toks = ctx.toks
    t = start
    while t - 1 > lo and start - t < _MAX_TIME_OPENER and toks[t - 1].is_word:
        t -= 1
        if toks[t - 1].text == ")":
            break
    if t == start or toks[t - 1].text != ")" or not _time_phrase(ctx, t, start):
        return None
    return left_phrase(toks, lo, t, ctx.lex)


def _name_run(ctx: _Context, k: int, end: int) -> TellerPhrase | None:
    """The capitalised words starting at ``k`` ("Минобороны", "Ihnat", "Ministry of Defence"),
    not opening on an article."""
    toks, lex = ctx.toks, ctx.lex
    low = toks[k].low
    if not toks[k].is_cap or low in lex.determiners or _function_word(ctx, k):
        return None  # "In three interviews, ...", "When asked, ...", "But the former ..."
    if _contracted_link(ctx, k):
        return None  # "It's a big if, but ...": a link and its verb
    m = k + 1
    while m < end and m - k < _MAX_OPENER:
        if toks[m].is_word and toks[m].is_cap:
            m += 1
        elif toks[m].low in ctx.lex.np_internal and m + 1 < end and toks[m + 1].is_cap:
            m += 2
        else:
            break
    return TellerPhrase(k, m) if m < end else None


def _contracted_link(ctx: _Context, k: int) -> bool:
    """ "It's", "There's", "That's": a link word of ``np_stop`` ("it", "there", "that")
    contracted with its verb, never a name ("They're", "I'm" keep their pronoun)."""
    head, apostrophe, _ = ctx.words[k].partition("'")
    return bool(apostrophe) and head in ctx.lex.np_stop


def _free_relative(ctx: _Context, lo: int, phrase: TellerPhrase) -> bool:
    """A relative pronoun with no noun before it ("over who", "to see who"): an indirect
    question, naming no teller."""
    if phrase.b - phrase.a != 1 or ctx.lex.pronouns.get(ctx.words[phrase.a]) != "relative":
        return False
    k = phrase.a - 1
    if k < lo or not ctx.toks[k].is_word:
        return False
    word = ctx.words[k]
    return (
        word in ctx.lex.np_stop
        or word in ctx.lex.subject_links
        or (ctx.lex.cues.match(ctx.words, k) is not None and not ctx.toks[k].is_cap)
    )


def _leading_link(ctx: _Context, k: int) -> bool:
    """A capitalised link opening a sentence before a name ("Although Weiner", "But Trump")."""
    word, lex = ctx.words[k], ctx.lex
    return (
        ctx.toks[k].is_cap
        and word not in lex.pronouns
        and word not in lex.determiners
        and (
            word in lex.np_stop
            or word in lex.coordinators
            or word in lex.participle_openers
            or word in _phrase_openers(lex.lang)  # "Since Trump said"
        )
    )


def _preposition(ctx: _Context, k: int) -> bool:
    """Token ``k`` is a preposition ("on", "of", "with"): a phrase after it is its object,
    never by itself the subject of a verb."""
    word = ctx.words[k]
    return ctx.toks[k].is_word and (word in ctx.lex.subject_links or word in ctx.lex.np_internal)


def _head_before_link(ctx: _Context, lo: int, phrase: TellerPhrase) -> TellerPhrase | None:
    """A phrase after a preposition is part of a longer subject ("*a source familiar with* the
    investigation said", "*Dozens of them affiliated with* the campaign protested"): the words
    back to the clause's start are taken with it. When a participle or a verb-like cue opens
    them ("Making the rounds on the Sunday morning shows"), the cue word is a noun: None. When
    a stop word interrupts them, the phrase is kept as found."""
    toks, lex = ctx.toks, ctx.lex
    k = phrase.a - 1
    while k >= lo and phrase.a - k <= _MAX_SUBJECT:
        t = toks[k]
        if not t.is_word:
            if t.text in _SUBJECT_PUNCT:
                k -= 1
                continue
            break  # a clause break: the subject opens after it
        if t.low in lex.coordinators:
            break
        if any(t.low.endswith(x) for x in lex.progressive_suffixes) or (
            lex.cues.match(ctx.words, k) is not None and not t.is_cap
        ):
            return None
        if t.low in lex.np_stop and t.low not in lex.subject_links:
            return phrase
        k -= 1
    a = k + 1
    if a >= phrase.a - 1 or phrase.a - k > _MAX_SUBJECT:
        return phrase  # ", with each candidate questioning": nothing before the link
    while a < phrase.a and not toks[a].is_word:
        a += 1
    return TellerPhrase(a, phrase.b, phrase.role)


def _object_of_verb(ctx: _Context, phrase: TellerPhrase) -> bool:
    """The phrase follows a lower-case word that is no link or coordinator: the object of a
    verb ("released *a statement*"), not a subject ("with *McCain* calling", "and *he*")."""
    if phrase.a <= ctx.first_word:
        return False
    prev = ctx.toks[phrase.a - 1]
    return (
        prev.is_word
        and not prev.is_cap
        and not _function_word(ctx, phrase.a - 1)
        and prev.low not in ctx.lex.determiners
        and prev.low not in ctx.lex.complementizers
    )


def _subject_follows(ctx: _Context, c1: int, hi: int) -> bool:
    """A pronoun or an article right after the verb (or after a time word): the verb's subject
    stands after it ("sagte *der* Minister", "sagte *sie*")."""
    if any(
        k < hi and (ctx.words[k] in ctx.lex.pronouns or ctx.words[k] in ctx.lex.determiners)
        for k in (c1, _skip_right(ctx, c1, hi))
    ):
        return True
    # a verb-second language names its subject right after the verb ("Am Montag sagte
    # Selenskyj, ..."): a capitalised word followed by the comma or the words of its content
    return (
        _verb_second(ctx.lex.lang)
        and c1 < hi
        and ctx.toks[c1].is_word
        and ctx.toks[c1].is_cap
        and ctx.words[c1] not in _phrase_openers(ctx.lex.lang)
    )


def _opening_phrase(ctx: _Context, phrase: TellerPhrase) -> bool:
    """The phrase is, or follows, a phrase opener starting the sentence ("*Letzte* Woche",
    "*Trotz* der Kritik"): an adverbial, not a subject."""
    if not _verb_second(ctx.lex.lang):
        return False  # "Since Trump said the wall ...": a clause with its subject before the verb
    first = ctx.first_word
    openers = _phrase_openers(ctx.lex.lang)
    relay = ctx.lex.according_to.match(ctx.words, first)
    if relay is not None and first <= phrase.a <= first + relay[0]:
        return True  # "*Laut Reuters* sagte der Minister": the relay, the speaker after the verb
    if phrase.a == first and any(
        ctx.lex.according_to_after.match(ctx.words, m) is not None
        for m in range(phrase.a + 1, min(phrase.b + 1, len(ctx.words)))
    ):
        return True  # "*Reuters zufolge* sagte der Minister"
    if phrase.a == first:
        return ctx.words[first] in openers
    # "Im Interview mit der Zeitung sagte ...": the phrase lies inside one that an opener
    # starts, with no comma between
    return (
        ctx.words[first] in openers
        and phrase.a - first <= _MAX_OPENER
        and not any(t.text == "," for t in ctx.toks[first : phrase.a])
    )


def _after_addressee(ctx: _Context, c1: int, hi: int, content: Span | None) -> Span | None:
    """A statement read after the verb ending at token ``c1`` starts after a dative addressee
    and its comma ("sagte *der Bild am Sonntag,* die Lage ..."), not on it."""
    k = _skip_right(ctx, c1, hi)
    if k > c1 and ctx.words[k - 1] in ctx.lex.determiners:
        k -= 1
    past = dative_addressee_end(ctx.toks, k, hi, ctx.lex)
    for _ in range(_MAX_SKIP):  # "der Bild *am Sonntag*": a title's words after a stop word
        if (
            past is None
            or past >= hi
            or not (ctx.toks[past].is_cap or ctx.words[past] in ctx.lex.post_cue_skip)
        ):
            break
        past += 1
    if (
        content is None
        or past is None
        or past + 1 >= hi
        or ctx.toks[past].text != ","
        or not content.start <= ctx.toks[k].start < content.end
    ):
        return content
    return Span(ctx.toks[past + 1].start, content.end)


def _addressee_closes(ctx: _Context, c1: int, hi: int) -> bool:
    """After the verb ending at token ``c1`` stands an addressee in the dative and no teller
    ("sagte *der Zeitung*, ..."): the verb's subject stands before it."""
    k = _skip_right(ctx, c1, hi)
    if k > c1 and ctx.words[k - 1] in ctx.lex.determiners:
        k -= 1
    past = dative_addressee_end(ctx.toks, k, hi, ctx.lex)
    return past is not None and (past >= hi or not ctx.toks[past].is_word)


_MAX_NAME_IN_COMMAS = 4  # words of a name set off by commas after a role ("Juri Ihnat")


def _name_in_commas(ctx: _Context, b: int, hi: int, final: bool = False) -> int | None:
    """The comma closing a personal name set off by commas at token ``b`` after a role ("der
    Sprecher der Luftwaffe*, Juri Ihnat,* es seien"): capitalised words only, none an article,
    pronoun, teller or function word; None when there is none. With ``final`` the name may
    close the sentence instead ("afirmó el portavoz*, Dmitri Peskov.*"): the closing mark's
    index, or ``hi``."""
    toks = ctx.toks
    if b + 1 >= hi or toks[b].text != ",":
        return None
    for k in range(b + 1, min(hi, b + 2 + _MAX_NAME_IN_COMMAS) + 1):
        if k == hi:
            return k if final and k > b + 1 else None
        t = toks[k]
        if t.text == "," or (final and t.text in (".", "!", "?", ";")):
            return k if k > b + 1 else None
        low = ctx.words[k]
        if (
            not t.is_word
            or not t.is_cap
            or low in ctx.lex.determiners
            or low in ctx.lex.pronouns
            or _function_word(ctx, k)
            or low in ctx.lex.teller_heads
        ):
            return None
    return None


def _span_text(ctx: _Context, a: int, b: int) -> str:
    """The text of tokens ``[a, b)`` without a leading article ("Sprecher der Luftwaffe")."""
    while a < b - 1 and ctx.words[a] in ctx.lex.definite_articles:
        a += 1
    return ctx.text[ctx.toks[a].start : ctx.toks[b - 1].end]


def _inside_opening_phrase(ctx: _Context, start: int) -> bool:
    """Token ``start`` follows, with no comma, a phrase that a phrase opener starts at the
    sentence's first word ("*Auf* Nachfrage der dpa |sagte"): an adverbial, no subject."""
    first = ctx.first_word
    return (
        first + 1 < start
        and start - first <= _MAX_OPENER
        and ctx.words[first] in _phrase_openers(ctx.lex.lang)
        and not any(t.text == "," for t in ctx.toks[first:start])
    )


def _first_of_commas(ctx: _Context, lo: int, phrase: TellerPhrase) -> TellerPhrase:
    """ "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano,
    said", "Marco Rubio, whose hometown, Miami, is ..., argues": a phrase between commas after
    another is its apposition; the teller is the one opening the sentence."""
    toks, lex = ctx.toks, ctx.lex
    first = phrase
    for _ in range(_MAX_APPOSITIONS):
        if first.a - 1 <= lo or toks[first.a - 1].text != ",":
            break
        earlier = apposition_before(toks, lo, first.a - 1, lex) or _name_before_commas(
            ctx, lo, first.a - 1
        )
        if earlier is None or earlier.a >= first.a:
            break
        first = earlier
    return first if first is not phrase and _opens_clause_at(ctx, first.a) else phrase


def _relative_after(ctx: _Context, k: int) -> bool:
    """Token ``k`` is a relative pronoun ("Warren, *who* ...")."""
    return k < len(ctx.toks) and _relative_word(ctx, k)


def _function_word(ctx: _Context, k: int) -> bool:
    """A link, coordinator, auxiliary or participle ("In", "When", "But", "Having"): a
    capitalised word opening a sentence that names no one."""
    low, lex = ctx.words[k], ctx.lex
    return (
        low in lex.np_stop
        or low in _phrase_openers(lex.lang)
        or low in lex.coordinators
        or low in lex.conjunctions
        or low in lex.pre_cue_skip
        or low in lex.participle_openers
        or any(low.endswith(x) for x in lex.progressive_suffixes)
    )


def _verb_follows(ctx: _Context, k: int) -> bool:
    """Token ``k`` may open a verb phrase: a word, not a preposition or link ("Earlier *in* the
    week"), unless an auxiliary ("Trump *has* won")."""
    word = ctx.words[k]
    if not ctx.toks[k].is_word or ctx.toks[k].is_cap:
        return False
    return (
        word not in ctx.lex.np_stop
        or word in ctx.lex.pre_cue_skip
        or word in ctx.lex.progressive_aux
    )


def _word_run_end(ctx: _Context, k: int, end: int) -> int:
    """Where a described phrase starting at ``k`` ("The billionaire businessman") would end:
    before the first stop word or verb-like cue."""
    m = k + 1
    while m < end and m - k <= MAX_DESCRIBED and ctx.toks[m].is_word:
        if ctx.words[m] in ctx.lex.np_stop or ctx.lex.cues.match(ctx.words, m) is not None:
            break
        m += 1
    return m


def _skip_citation(ctx: _Context, lo: int, start: int) -> int:
    """ "X, citing Y, said" / "X со ссылкой на Y сообщает": the subject X stands before the
    citation, which :func:`_citing` attaches as the inner teller."""
    closed = False  # a comma closes the words before the verb, a subject of its own after it
    for k in range(start - 1, max(lo - 1, start - 10), -1):
        if quote_containing(ctx.quotes, ctx.toks[k].start) is not None:
            break  # "“... based on evidence,” she said": a citing phrase quoted is no citation
        hit = ctx.lex.citing.match(ctx.words, k)
        if hit is not None and k + hit[0] < start:
            if closed:
                # "Як пише Reuters з посиланням на джерела, *Росія* хоче", "Citant des
                # responsables, *le journal* a rapporté": a citation closed before a subject of
                # its own; :func:`_citing` attaches it to that subject's statement
                break
            if (
                k - 2 > lo
                and ctx.words[k - 1] in relative_words(ctx.lex.lang)
                and ctx.toks[k - 2].text == ","
            ):
                k -= 1  # "Reuters, *que* cita a tres fuentes, informó": a relative opens it
            while k > lo and ctx.toks[k - 1].text == ",":
                k -= 1
            return k
        if ctx.toks[k].text in (".", ":", ";") or ctx.words[k] in ctx.lex.complementizers - {","}:
            break
        if ctx.toks[k].text == "," and k + 1 < start and not closed:
            own = left_phrase(ctx.toks, k + 1, start, ctx.lex)
            closed = own is not None and own.a == k + 1 and own.b == start
    return start


def _subject_run(ctx: _Context, start: int) -> TellerPhrase | None:
    """ "Some advocates for stem cell research said", "About 4 in 10 say", "campaign finance
    records show": the words opening the sentence (after a coordinator) up to the verb, read as
    its subject when none of them is a stop word (verb, link, relative) other than a preposition
    that may sit inside a noun phrase."""
    toks, lex = ctx.toks, ctx.lex
    a = ctx.first_word
    if a < start and toks[a].low in lex.coordinators:
        a += 1
    if not 0 < start - a <= _MAX_SUBJECT:
        return None
    head = toks[start - 1]
    if not (head.is_word or head.text == "%") or head.low in lex.determiners:
        return None
    for t in toks[a:start]:
        if t.is_word:
            if t.low in lex.np_stop and t.low not in lex.subject_links:
                return None
            if t.low in lex.coordinators or t.low in lex.conjunctions:
                return None  # "Ihnat visited Odesa and said": a clause, not a subject
        elif t.text not in _SUBJECT_PUNCT:
            return None
    if toks[start - 1].low in lex.subject_links or not toks[a].is_word:
        return None
    if ctx.words[a] in _phrase_openers(lex.lang):
        return None  # "Having announced that ...", "Since announcing": no subject
    return TellerPhrase(a, start)


def _verb(
    ctx: _Context, si: int, s: Sentence, lo: int, hi: int, c0: int, c1: int, kind: str
) -> Attribution | None:
    toks = ctx.toks
    start = _skip_left(ctx, lo, c0)
    progressive = ctx.words[c0].endswith(ctx.lex.progressive_suffixes) or (
        ctx.words[c0] in ctx.lex.gerunds
    )
    if start == c0 and c0 > lo and progressive and ctx.words[c0 - 1] in ctx.lex.progressive_aux:
        start = _skip_left(ctx, lo, c0 - 1)  # "is telling", "’s also praising"
    noun = _noun_use(ctx, lo, start, c1)
    cue_start = start
    start = _skip_comma_adverbs(ctx, lo, start)
    start = _skip_citation(ctx, lo, start)
    subject = subject_before(toks, lo, start, ctx.lex)  # long subjects, shares (A)
    if noun and subject is None:
        return None
    rel = _verb_final_relative(ctx, lo, start)
    if rel is not None:
        return _relative_clause(
            ctx, si, s, lo, hi, rel, start, Span(toks[cue_start].start, toks[c1 - 1].end), c1, kind
        )
    phrase = subject or left_phrase(toks, lo, start, ctx.lex)
    # "Supporters who have heard from *the campaign* say": the relative clause's object
    described = relative_subject_before(toks, lo, start, ctx.lex)
    if described is not None and phrase is not None and phrase.a > described.a:
        phrase = described
    if phrase is None and described is not None and _relative_statement(ctx, described.b + 1, c0):
        # "An official who requested anonymity said", "Officials who spoke on condition of
        # anonymity said": the relative clause is a statement of its own or asks to stay
        # anonymous; its subject speaks here too
        phrase = described
    if phrase is None:
        phrase = quoted_name_before(toks, lo, start, ctx.lex)  # "Газета «Известия» сообщила"
    if phrase is not None and _inverting_opener(ctx, start):
        # "*Das* sagte ein Sprecher", "Об этом в эфире телеканала «Россия-1» заявил министр":
        # the opener points back, the teller follows
        phrase = None
    if phrase is None and start > lo and ctx.words[start - 1] in _relative_tellers(ctx.lex.lang):
        phrase = _relative_teller(ctx, lo, start - 1)
    if phrase is None:
        phrase = _teller_before_time(ctx, lo, start)
    verb_second = False
    if phrase is not None and phrase.a > lo:
        share = share_before(toks, lo, start, ctx.lex)
        if share is not None and share.a < phrase.a:
            phrase = share  # "9 Prozent sagten": the number belongs to the teller
    if phrase is not None and _free_relative(ctx, lo, phrase):
        return None  # "the debate grew heated over *who* supported which bill": a question
    if phrase is not None and phrase.b - phrase.a > 1 and _leading_link(ctx, phrase.a):
        phrase = TellerPhrase(phrase.a + 1, phrase.b, phrase.role)  # "Although Weiner admitted"
    if (
        phrase is not None
        and not progressive
        and c0 == c1 - 1
        and _opening_phrase(ctx, phrase)
        and _subject_follows(ctx, c1, hi)
    ):
        # "Trotz der Kritik sagte der Minister", "Letzte Woche sagte er": the verb second, its
        # subject after it
        phrase, verb_second = None, True
    if phrase is not None and phrase.a > lo and _preposition(ctx, phrase.a - 1):
        if (
            phrase.a - 1 == ctx.first_word
            and ctx.words[phrase.a - 1] in _locative_links(ctx.lex.lang)
            and toks[phrase.a].is_cap
            and start == c0 == c1 - 1
        ):
            # "В Минобороны РФ заявили", "У Повітряних силах повідомили": the body told it
            phrase = _body_without_time(ctx, phrase.a, phrase.b)
        elif phrase.a - 1 == ctx.first_word and not progressive and start == c0 == c1 - 1:
            if not _subject_follows(ctx, c1, hi):
                # "In a statement released Thursday, Rep. Jeffries said": the object of a
                # phrase opening the sentence, the verb (one word) a participle describing it
                # (not "In einer Erklärung hieß es", "... sagte der Minister": a verb with its
                # subject)
                return None
            if _addressee_closes(ctx, c1, hi):
                # "Von der Leyen sagte der Zeitung, ...": only an addressee after the verb, so
                # the subject stands before it, the capitalised link a particle of its name
                phrase = TellerPhrase(phrase.a - 1, phrase.b, phrase.role)
            else:
                # "In einer Erklärung sagte der Minister": the verb second, its subject after it
                phrase, verb_second = None, True
        else:
            phrase = _head_before_link(ctx, lo, phrase)
            if phrase is None:
                return None  # "Making the rounds on the Sunday morning shows": a noun
            if (
                phrase.a == ctx.first_word
                and phrase.b - phrase.a > 1
                and ctx.words[phrase.a] in _locative_links(ctx.lex.lang)
            ):
                # "Aus dem Verteidigungsministerium in Kiew hieß es": the body after its link
                phrase = TellerPhrase(phrase.a + 1, phrase.b, phrase.role)
    if phrase is not None and start == c0 and _base_form_noun(ctx, phrase, c0, c1):
        return None  # "a CNN report that ...": a noun
    if phrase is not None:
        phrase = _without_trailing_time(ctx, phrase)
        phrase = _before_time(ctx, lo, phrase)
    if phrase is not None and (
        _time_phrase(ctx, phrase.a, phrase.b)
        or (
            phrase.b - phrase.a == 1
            and toks[phrase.a].is_cap
            and ctx.words[phrase.a] not in ctx.lex.pronouns
            and _function_word(ctx, phrase.a)
            and not _quantifier_opening(ctx, lo, phrase.a)
        )
    ):
        # "The campaign on Tuesday released", "After blasting ...": a time or a link, no teller
        phrase = None
    if (
        phrase is None
        and start == c0 == c1 - 1
        and _verb_second(ctx.lex.lang)
        and (_after_opening_clause(ctx, lo, start) or _inside_opening_phrase(ctx, start))
        and _subject_follows(ctx, c1, hi)
    ):
        # "Wie Reuters berichtet, sagte der Minister, ...": the clause first; "Auf Nachfrage
        # der dpa sagte ein Sprecher": a phrase an opener starts, no teller found in it
        verb_second = True
    if phrase is None and c0 == c1 - 1 and _inverting_opener(ctx, start):
        # "Об этом заявил источник", "Про це повідомляє Українська правда", "Así lo *ha*
        # asegurado el portavoz" (an auxiliary before the verb)
        verb_second = True
    if (
        phrase is None
        and start == ctx.first_word < cue_start == c1 - 1
        and _verb_second(ctx.lex.lang)
        and _inside_opening_phrase(ctx, cue_start)
        and _subject_follows(ctx, c1, hi)
    ):
        verb_second = True  # "Unter Berufung auf US-Geheimdienste berichtete CNN, ..."
    if phrase is None and progressive and start == c0:
        phrase = _share_after_with(ctx, lo, start)  # ", with three in 10 saying"
    if phrase is None and progressive and start - 1 > lo and _means_link(ctx, start - 1):
        phrase = _means_subject(ctx, lo, start - 1)  # "launched his campaign by talking about"
    written: tuple[int, int] | None = None  # the teller as written, asides included
    if phrase is None and not verb_second and start - 1 > lo and toks[start - 1].text == ",":
        phrase = apposition_before(toks, lo, start - 1, ctx.lex)
        if phrase is None:
            phrase = _name_before_commas(ctx, lo, start - 1, progressive)
        if phrase is not None:
            phrase = _first_of_commas(ctx, lo, phrase)
        if phrase is not None and _relative_after(ctx, phrase.b + 1):
            # "Warren, who has not endorsed a candidate, told": the name alone, its relative
            # clause a statement of its own
            written = (_role_before(ctx, lo, phrase.a), phrase.b - 1)
        elif phrase is not None and (
            phrase.b == start - 1 or _apposition_opener(ctx, phrase.b + 1)
        ):
            written = (_role_before(ctx, lo, phrase.a), start - 1)
            first = ctx.first_word
            if phrase.a - 1 == first and _leading_link(ctx, first) and start - 2 > phrase.a:
                # "And Sen. Rob Portman (R-Ohio), another incumbent, said": after a link
                # opening the sentence the closing comma stays out, as the subject walk writes it
                written = (written[0], start - 2)
    if phrase is None and start - 1 > lo and toks[start - 1].text in _DASHES:
        phrase = _subject_before_dashes(ctx, lo, start - 1)
        if phrase is not None:
            written = (phrase.a, start - 1)
    if phrase is None and not verb_second and (kind in _DESCRIBED_KINDS or start < c0):
        # after an auxiliary or an adverb the cue is a verb: "27 percent would vote for"
        phrase = described_before(toks, lo, start, ctx.lex)
        if phrase is not None and described is not None and phrase.a > described.a:
            phrase = described  # "One official who relayed *the exchange* said"
        if phrase is not None:
            phrase = _before_time(ctx, lo, phrase)
    if described is not None and phrase is not None and phrase.a == described.a:
        written = written or (phrase.a, start - 1)  # the subject with its relative clause
    if phrase is None and not verb_second and kind in _SUBJECT_RUN_KINDS:
        phrase = aside_before(toks, lo, start, _skip_right(ctx, c1, hi), hi, ctx.lex)
    aside = (
        phrase is not None
        and _is_aside(ctx, lo, phrase.a, _skip_right(ctx, c1, hi), hi)
        # "Der Sprecher der Luftwaffe, Juri Ihnat, sagte, 40 Drohnen ...": a name in apposition
        # to the subject opening the sentence, its verb no aside inside a statement
        and not (written is not None and written[0] <= ctx.first_word)
    )
    if phrase is None and not verb_second and kind in _SUBJECT_RUN_KINDS:
        phrase = _subject_run(ctx, start)
        if (
            phrase is not None
            and ctx.words[phrase.a] in _locative_links(ctx.lex.lang)
            and (toks[phrase.a + 1].is_cap or ctx.words[phrase.a + 1] in ctx.lex.determiners)
        ):
            # "В Кремле в понедельник заявили": the body after its link, the time left out
            phrase = _body_without_time(ctx, phrase.a + 1, phrase.b)
    if phrase is not None and progressive and _object_of_verb(ctx, phrase):
        # "she released a statement saying ...": the clause's subject speaks through it
        phrase = _clause_subject(ctx, lo, phrase.a - 1) or phrase
    if phrase is not None and (_reports_nothing(ctx, lo, phrase) or _headless(ctx, phrase.a, c0)):
        # "you know", "whether he would consider": no teller of the article; "an impassioned
        # call for": a noun
        return None
    cue = Span(toks[cue_start].start, toks[c1 - 1].end)
    if (
        phrase is not None
        and phrase.b == start
        and not progressive
        and kind != "attitude"
        and (not toks[phrase.b - 1].is_cap or phrase.b - 1 == ctx.first_word)
    ):
        # a noun described, not a name acting ("Mr. Netanyahu responded by ...")
        agent = _reduced_relative_agent(ctx, c1, hi)
        if agent is not None:
            # "a call echoed by Japan", "a measure strongly opposed by unions": a participle
            # describing the phrase before it; the agent tells what that phrase names
            content = Span(toks[phrase.a].start, toks[phrase.b - 1].end)
            return _agent_attribution(ctx, si, s, lo, agent, cue, content, kind)
    chain: list[Source] = []
    quote: Quote | None = None
    if phrase is not None:
        pair = _cited_by_outer(ctx, lo, phrase)
        if pair is not None:
            chain = [_teller(ctx, pair[0], lo, s.paragraph), _teller(ctx, pair[1], lo, s.paragraph)]
            first = pair[1].a
        else:
            chain = [_teller(ctx, phrase, lo, s.paragraph)]
            first = phrase.a
            if (
                written is not None
                and written[0] < phrase.a - 1
                and toks[phrase.a - 1].text == ","
                and chain[0].type == "person"
                and chain[0].role is None
            ):
                # "Der Sprecher der Luftwaffe, Juri Ihnat, sagte": the role before the name
                chain[0] = replace(chain[0], role=_span_text(ctx, written[0], phrase.a - 1))
        glued = first
        while (
            glued - 1 > lo
            and glued - first < _MAX_SKIP
            and ctx.words[glued - 1] in ctx.lex.pre_cue_skip
        ):
            glued -= 1  # "« ... », a-t-elle précisé": an auxiliary inverted before its pronoun
        quote = _adjacent_quote_before(ctx, glued, lo)
        if quote is not None:
            content: Span | None = _quote_content(ctx, quote, s)
        elif aside:
            # "Many days, former employees said, she would stay ...": the aside's sentence;
            # "... lamented the days when, he said, protesters were ...": the clause after
            # a subordinator it interrupts
            content = _span(toks, _aside_clause_start(ctx, lo, phrase.a), hi)
        else:
            content, quote = _content_around(ctx, lo, first, c1, _relative_close(ctx, phrase, hi))
            content = _after_addressee(ctx, c1, hi, content)
        a, b = written or (phrase.a, phrase.b - 1)
        if b > a and toks[b].text == "," and all(t.text != "," for t in toks[a:b]):
            b -= 1  # "Mike Murphy, said": the comma closes an apposition only after one
        source_span = Span(toks[a].start, toks[b].end)
    else:
        opener = ctx.words[start - 1] if start > lo else ""
        if (progressive and opener in ctx.lex.participle_openers) or opener in ctx.lex.coordinators:
            subject = None
            if opener in ctx.lex.coordinators:
                subject = _subordinate_subject(ctx, lo, start - 1)
            elif progressive and opener == ",":
                subject = _reporting_subject(ctx, lo, start - 1) or _inverted_reporter(
                    ctx, lo, start - 1
                )
            subject = subject or _clause_subject(ctx, lo, start - 1)
            if subject is None and progressive and opener == ",":
                subject = _segment_subject(ctx, lo, start - 1)
            if subject is None and opener in ctx.lex.coordinators:
                # "Earlier Wednesday, Schilling appeared on a show ... and defended himself"
                end = start - 2 if start - 2 > lo and toks[start - 2].text == "," else start - 1
                subject = _segment_subject(ctx, lo, end)
            if subject is not None:
                # "Trump defended the plan on Monday, saying ..." / "... and said": the clause's
                # subject speaks
                content, quote = _content_after(ctx, c1, hi)
                return Attribution(
                    content=content or Span(s.start, s.end),
                    cue=cue,
                    chain=[_teller(ctx, subject, lo, s.paragraph)],
                    sentence_index=si,
                    source_span=Span(toks[subject.a].start, toks[subject.b - 1].end),
                    kind=kind,
                    quote=quote.outer if quote is not None else None,
                )
        if start > lo and ctx.words[start - 1] in ctx.lex.passive_aux:
            agent = _agent(ctx, c1, hi)
            if agent is not None:
                # "Sanders was endorsed by the union": the agent is the teller, about the
                # clause the passive verb closes ("I told him that *his endorsement* was
                # mentioned by Yahoo News")
                content = _span(toks, _clause_start(ctx, lo, start), start) or Span(s.start, s.end)
                return _agent_attribution(ctx, si, s, lo, agent, cue, content, kind)
        if start > lo and toks[start - 1].is_word and not verb_second:
            return None  # a verb after a word that names no teller: not a report
        after_quote = (
            start == c0 and not progressive and _adjacent_quote_before(ctx, start, lo) is not None
        )
        if ctx.words[c0] in ctx.lex.no_inversion and not after_quote:
            # "..., telling reporters": what follows is not the teller; after a closing
            # quotation it is ("“Is he running?” asked Mr. Manafort")
            return None
        after = _skip_right(ctx, c1, hi)
        if after > c1 and ctx.words[after - 1] in ctx.lex.determiners:
            after -= 1  # "sagte der Minister", "dijo el ministro": the article opens the teller
        after = skip_medium_after(toks, after, hi, ctx.lex)  # "сказав *в інтерв'ю Укрінформу*"
        past = dative_addressee_end(toks, after, hi, ctx.lex)
        if past is not None:
            if past >= hi or not toks[past].is_word:
                return None  # "sagte der Zeitung, ...": an addressee and no teller after it
            after = past  # "Am Montag sagte der Zeitung *ein Sprecher*": the teller after it
        phrase = right_phrase(toks, after, hi, ctx.lex, loose=False)
        if phrase is not None:
            phrase = before_addressee(
                toks, without_outlet_addressee(toks, phrase, ctx.lex), ctx.lex
            )
            phrase = with_quoted_name(toks, phrase, hi, ctx.lex)  # "агентство «Интерфакс»"
            phrase = with_complement(toks, phrase, hi, ctx.lex)  # "источник в силовых структурах"
            medium = medium_before(toks, phrase.a + 1, phrase.b, ctx.lex)
            if medium is not None:
                # "повідомили у Повітряних силах ЗСУ *в Telegram*": where, not who
                phrase = TellerPhrase(phrase.a, medium, phrase.role)
        if phrase is None:
            phrase = described_after(toks, after, hi, ctx.lex)
        if phrase is None and _name_opening_on_stop_word(ctx, after, hi):
            # "said Will Doyle", "said May Chen": a first name that is also a modal
            rest = right_phrase(toks, after + 1, hi, ctx.lex, loose=False)
            phrase = TellerPhrase(after, rest.b, rest.role) if rest is not None else None
        if phrase is not None and _opens_reported_clause(ctx, phrase, hi):
            return None  # "said Clinton's response was weak", "say the United States should"
        if phrase is not None:
            b = phrase.b
            while b - 1 > phrase.a and ctx.words[b - 1] in ctx.lex.post_cue_skip:
                b -= 1  # "a déclaré le ministre *lundi*"
            phrase = TellerPhrase(phrase.a, b, phrase.role)
        if phrase is None and kind == "speech":
            dropped = _dropped_subject(ctx, si, s, lo, start, c1, hi, cue_start)
            if dropped is not None:
                return dropped
        if phrase is None or not (
            kind in _INVERTED_KINDS
            or (kind in _CLOSING_KINDS and _closing_aside(ctx, start, phrase, hi))
        ):
            # "look to their local legislature": after a belief or an intention what follows
            # is its object, unless verb and teller close the sentence (", считают эксперты.")
            return None
        named = (
            _name_in_commas(ctx, phrase.b, hi, final=not verb_second)
            if ctx.words[phrase.a] in ctx.lex.determiners
            and any(ctx.words[k] in ctx.lex.role_words for k in range(phrase.a, phrase.b))
            else None
        )
        if (
            named is not None
            and make_source(ctx.text, toks, TellerPhrase(phrase.b + 1, named), ctx.lex)[0].type
            == "person"
        ):
            # "Dazu sagte der Sprecher der Luftwaffe, Juri Ihnat, es seien ...", "afirmó el
            # portavoz del Kremlin, Dmitri Peskov.": the name the role opens, set off by a
            # comma (not "der Kremlsprecher, Russland, China und Iran seien ...": a place)
            person = _teller(ctx, TellerPhrase(phrase.b + 1, named), lo, s.paragraph)
            chain = [replace(person, role=_span_text(ctx, phrase.a, phrase.b))]
            if verb_second:
                phrase = TellerPhrase(phrase.a, named + 1, phrase.role)
            else:
                named = None  # the span as written: the apposition rules below
        else:
            named = None
            chain = [_teller(ctx, phrase, lo, s.paragraph)]
        # "..., said Paul Maslin, a Democratic pollster.": the teller as written with its role
        quote = _adjacent_quote_before(ctx, start, lo)
        b = phrase.b if verb_second else _apposition_end(ctx, phrase.b, hi, loose=quote is not None)
        if named is not None:
            b -= 1  # the comma closing the name is no part of it
        source_span = Span(toks[phrase.a].start, toks[b - 1].end)
        if verb_second:
            content, quote = _content_after(ctx, phrase.b, hi)  # "..., die Lage sei ernst"
            if ctx.previous is not None and _inverting_opener(ctx, start):
                # "... сбиты 30 беспилотников. *Об этом* сообщает ТАСС.": what the opener
                # points back to, the sentence before
                content, quote = ctx.previous, None
        elif quote is not None:
            content = _quote_content(ctx, quote, s)
        elif _is_aside(ctx, lo, start, phrase.b, hi):
            content = _span(toks, lo, hi)  # "Die Kosten, sagten Experten, liegen bei ..."
        else:
            content = _span(toks, lo, start)
    if content is None:
        content = Span(s.start, s.end)  # what is said follows in the next paragraph
    return Attribution(
        content=content,
        cue=cue,
        chain=chain,
        sentence_index=si,
        source_span=source_span,
        kind=kind,
        quote=quote.outer if quote is not None else None,
    )


def _dropped_subject(
    ctx: _Context, si: int, s: Sentence, lo: int, start: int, c1: int, hi: int, cue_start: int
) -> Attribution | None:
    """ "«Vamos a ganar», añadió.": a verb closing the sentence after a quotation, with no
    teller written (a language that drops the subject), is said by the teller named last in
    this paragraph or the one before."""
    if any(ctx.toks[k].is_word for k in range(c1, hi)):
        return None
    quote = _adjacent_quote_before(ctx, start, lo)
    if quote is None:
        return None
    for source, paragraph in reversed(ctx.memory.seen[-_MAX_DROPPED_LOOKBACK:]):
        if paragraph < s.paragraph - 1:
            break
        if source.name.lower() not in ctx.lex.pronouns:
            return Attribution(
                content=_quote_content(ctx, quote, s),
                cue=Span(ctx.toks[cue_start].start, ctx.toks[c1 - 1].end),
                chain=[source],
                sentence_index=si,
                kind="speech",
                quote=quote.outer,
            )
    return None


def _body_without_time(ctx: _Context, a: int, b: int) -> TellerPhrase:
    """The body named by tokens ``[a, b)`` without the time words closing them ("Минобороны
    России *вечером*", "Кремле *в понедельник*")."""
    times = _time_words(ctx.lex.lang) | ctx.lex.post_cue_skip
    while b > a + 1 and ctx.words[b - 1] in times:
        b -= 1
    return TellerPhrase(a, b)


def _locative_links(lang: str) -> frozenset[str]:
    """Links opening a sentence before the body whose people speak through a verb with no
    subject (``locative_links`` in ``lang/<xx>/attribution_scope.yaml``: "*В* Кремле заявили")."""
    return language_words(lang, "attribution_scope", "locative_links")


@cache
def _inverting_openers(lang: str) -> frozenset[tuple[str, ...]]:
    """Words opening a sentence before a verb whose teller follows it (``inverting_openers`` in
    ``lang/<xx>/attribution_scope.yaml``: "Об этом", "Про це", "Das")."""
    data = load_language_data(lang, "attribution_scope")
    return frozenset(phrase_tokens(str(w)) for w in data.get("inverting_openers") or [])


def _inverting_opener(ctx: _Context, start: int) -> bool:
    """The words from the sentence's first up to token ``start`` are an inverting opener ("*Об
    этом* заявил РИА Новости источник")."""
    first = ctx.first_word
    openers = _inverting_openers(ctx.lex.lang)
    if not openers or not 0 < start - first <= _MAX_OPENER:
        return False
    if tuple(ctx.words[first:start]) in openers:
        return True
    # "Про це *у Telegram* повідомив ...": a medium phrase between the opener and the verb
    medium = medium_before(ctx.toks, first, start, ctx.lex)
    if medium is not None and tuple(ctx.words[first:medium]) in openers:
        return True
    # "Про це *Укрінформу* повідомили ...": an outlet told, in the dative, where a dative looks
    # like a nominative (``outlet_addressees``; not "*Das* Wall Street Journal berichtete")
    if not load_language_data(ctx.lex.lang, "attribution_spans").get("outlet_addressees"):
        return False
    return any(
        tuple(ctx.words[first:k]) in openers and outlet_end(ctx.toks, k, start, ctx.lex) == start
        for k in range(first + 1, start)
    )


@cache
def _scope(lang: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The addressee pronouns and question or condition openers of ``lang``
    (``lang/<xx>/attribution_scope.yaml``)."""
    data = load_language_data(lang, "attribution_scope")
    addressees = frozenset(str(w).lower() for w in data.get("addressee_pronouns", []))
    openers = tuple(
        phrase_tokens(str(w)) for w in data.get("question_openers", []) if phrase_tokens(str(w))
    )
    return addressees, openers


def _phrase_openers(lang: str) -> frozenset[str]:
    """Words opening a phrase set before the sentence's subject ("*Despite* ...", "*Last*
    week", "*Hours* later", "*Asked* whether"), never a teller themselves
    (``phrase_openers`` in ``lang/<xx>/attribution_scope.yaml``)."""
    return language_words(lang, "attribution_scope", "phrase_openers")


def _relatives(lang: str) -> frozenset[str]:
    """Words opening a relative clause after a comma ("El ministro, *que* rechazó comentar,
    dijo", "Der Minister, *der* die Lage kennt, sagte", "Министр, *который* ..."), besides the
    relative pronouns of the lexicon: ``relatives`` in ``lang/<xx>/attribution_scope.yaml``."""
    return language_words(lang, "attribution_scope", "relatives")


def _comparison_words(lang: str) -> frozenset[str]:
    """Words opening the clause of a comparison ("more work *than* he expected"):
    ``comparison_words`` in ``lang/<xx>/attribution_scope.yaml``."""
    return language_words(lang, "attribution_scope", "comparison_words")


@cache
def _other_sense_after(lang: str) -> dict[str, frozenset[str]]:
    """``other_sense_after`` in ``lang/<xx>/attribution_scope.yaml``: cue word -> next words."""
    data = load_language_data(lang, "attribution_scope").get("other_sense_after") or {}
    return {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in data.items()}


def _other_sense_addressees(lang: str) -> frozenset[str]:
    return language_words(lang, "attribution_scope", "other_sense_addressees")


def _other_sense(ctx: _Context, c0: int, c1: int, hi: int) -> bool:
    """ "adding to her run of victories", "added 151,000 jobs": the cue word in another sense."""
    after = _other_sense_after(ctx.lex.lang).get(ctx.words[c1 - 1]) if c1 == c0 + 1 else None
    if not after or c1 >= hi:
        return False
    nxt = ctx.toks[c1]
    if nxt.text[:1].isdigit():
        return "#" in after
    if nxt.low not in after:
        return False
    if nxt.low not in _other_sense_addressees(ctx.lex.lang):
        return True
    return c1 + 1 < hi and ctx.toks[c1 + 1].is_word and not ctx.toks[c1 + 1].is_cap


def _means_links(lang: str) -> frozenset[str]:
    """``means_links`` in ``lang/<xx>/attribution_scope.yaml`` ("by")."""
    return language_words(lang, "attribution_scope", "means_links")


def _means_link(ctx: _Context, k: int) -> bool:
    """Token ``k`` links a gerund to the verb of means before it ("rallied thousands *by*
    promising")."""
    return ctx.toks[k].is_word and ctx.words[k] in _means_links(ctx.lex.lang)


_MAX_MEANS = 16  # tokens from a clause's start to the link before its gerund
_MAX_SHARE = 6  # tokens of a share between "with" and its gerund ("with about three in 10")


def _absolute_links(lang: str) -> frozenset[str]:
    """``absolute_links`` in ``lang/<xx>/attribution_scope.yaml`` ("with")."""
    return language_words(lang, "attribution_scope", "absolute_links")


def _share_after_with(ctx: _Context, lo: int, start: int) -> TellerPhrase | None:
    """ "..., with three in 10 saying ...", "with 42% preferring": a share or quantifier right
    after a link opening an absolute clause speaks through the gerund after it."""
    links = _absolute_links(ctx.lex.lang)
    for w in range(start - 1, max(lo - 1, start - 1 - _MAX_SHARE), -1):
        if ctx.toks[w].is_word and ctx.words[w] in links:
            phrase = quantified_before(ctx.toks, w + 1, start, ctx.lex)
            return phrase if phrase is not None and phrase.a == w + 1 else None
    return None


def _means_subject(ctx: _Context, lo: int, link: int) -> TellerPhrase | None:
    """The subject opening the clause of a verb of means ("When *Trump* launched his campaign
    by talking about", ", *Mr. Trump* has rallied thousands by promising"): the clause starts
    after the last comma or clause mark (or a coordinator or subordinator) before the link,
    and its subject is a phrase followed by a verb."""
    toks, lex = ctx.toks, ctx.lex
    k = link - 1
    while k >= lo and link - k <= _MAX_MEANS and toks[k].is_word:
        if k < link - 1 and (
            ctx.words[k] in lex.coordinators or ctx.words[k] in lex.verb_constructions.subordinators
        ):
            break
        k -= 1
    if k >= lo and link - k > _MAX_MEANS:
        return None
    a = k + 1
    if a >= link or _function_word(ctx, a):
        return None
    if lex.pronouns.get(ctx.words[a], "relative") != "relative":
        phrase: TellerPhrase | None = TellerPhrase(a, a + 1)
    else:
        phrase = _name_run(ctx, a, link)  # "Trump" of "Trump launched his campaign"
        if phrase is None or not _verb_follows(ctx, _skip_right(ctx, phrase.b, link)):
            phrase = right_phrase(toks, a, link, lex, loose=False)
    if phrase is None or phrase.b >= link - 1 or not _verb_follows(ctx, phrase.b):
        return None
    return phrase


def _singular_articles(lang: str) -> frozenset[str]:
    """``singular_articles`` in ``lang/<xx>/attribution_scope.yaml`` ("a", "an")."""
    return language_words(lang, "attribution_scope", "singular_articles")


def _base_form_noun(ctx: _Context, phrase: TellerPhrase, c0: int, c1: int) -> bool:
    """ "a CNN report that ...", "a sharp reply": a one-word cue in its base form (the lexicon
    lists it with an "s" too) after a phrase opening on a singular article is a noun there; a
    count or a share in the phrase may still take it ("a mere 9 percent say")."""
    if c1 != c0 + 1 or ctx.words[phrase.a] not in _singular_articles(ctx.lex.lang):
        return False
    word = ctx.words[c0]
    if not any(
        ctx.lex.cues.match([word + x], 0) for x in ctx.lex.verb_constructions.plural_endings
    ):
        return False
    last = ctx.words[phrase.b - 1]
    if any(last.endswith(x) for x in ctx.lex.verb_constructions.plural_endings):
        return False
    words = poll_words(ctx.lex.lang)
    return not any(
        ctx.toks[j].text[:1].isdigit()
        or ctx.words[j] in words.numbers
        or ctx.words[j] in words.quantifiers
        or " ".join(ctx.words[j : j + 2]) in words.quantifiers
        for j in range(phrase.a, phrase.b)
    )


def _headless(ctx: _Context, a: int, c0: int) -> bool:
    """ "the mere *mention* of", "the same *demands*", "no specific *mention*": the words from
    token ``a`` to the cue at ``c0`` are a determiner and adjectives only (``adjective_endings``
    and ``adjectives`` of ``attribution_scope.yaml``), so the cue word is their head, a noun; a
    cue ending like a past participle stays a verb."""
    words, lex = ctx.words, ctx.lex
    if not 2 <= c0 - a <= _MAX_HEADLESS:
        return False
    if words[a] not in lex.determiners or ctx.toks[c0].text[:1].isupper():
        return False
    if words[c0].endswith(lex.verb_constructions.participle_endings):
        return False
    endings = language_words(lex.lang, "attribution_scope", "adjective_endings")
    listed = language_words(lex.lang, "attribution_scope", "adjectives")
    return all(
        ctx.toks[j].is_word
        and not ctx.toks[j].is_cap
        and words[j] not in lex.teller_heads
        and (words[j] in listed or any(words[j].endswith(e) for e in endings))
        for j in range(a + 1, c0)
    )


@cache
def _comma_asides(lang: str) -> frozenset[tuple[str, ...]]:
    """Phrases set off by commas between a teller and its verb ("Will Rogers, *for example*,
    said"): ``comma_asides`` in ``lang/<xx>/attribution_scope.yaml``."""
    data = load_language_data(lang, "attribution_scope")
    return frozenset(phrase_tokens(str(w)) for w in data.get("comma_asides", []))


def _relative_tellers(lang: str) -> frozenset[str]:
    """Relative words through which the noun phrase before them speaks ("the union, *which*
    endorsed Clinton", "a poll *that* shows"): ``relative_tellers`` in
    ``lang/<xx>/attribution_scope.yaml``."""
    return language_words(lang, "attribution_scope", "relative_tellers")


def _antecedent(ctx: _Context, lo: int, rel: int) -> TellerPhrase | None:
    """The noun phrase before the comma before a relative word at token ``rel`` ("*The union*,
    which"); None without that comma ("in which", "a poll which")."""
    comma = rel - 1
    if comma <= lo or ctx.toks[comma].text != ",":
        return None
    toks, lex = ctx.toks, ctx.lex
    return left_phrase(toks, lo, comma, lex) or described_before(toks, lo, comma, lex)


def _relative_teller(ctx: _Context, lo: int, rel: int) -> TellerPhrase | None:
    """The relative word at token ``rel`` as a teller, when a noun phrase and a comma stand
    before it ("The union, *which* endorsed ...")."""
    return TellerPhrase(rel, rel + 1) if _antecedent(ctx, lo, rel) is not None else None


@cache
def _verb_final(lang: str) -> bool:
    """Relative clauses put their verb last ("..., das die Angaben nicht bestätigte, ..."):
    ``verb_final_relatives`` in ``lang/<xx>/attribution_scope.yaml``."""
    return bool(load_language_data(lang, "attribution_scope").get("verb_final_relatives", False))


def _verb_final_relative(ctx: _Context, lo: int, start: int) -> int | None:
    """The relative word opening, after a comma, the verb-final clause that the cue at token
    ``start`` closes ("Das Ministerium, *das* die Angaben nicht bestätigte"); None in a language
    without verb-final relative clauses, or when the word after it is a capitalised noun (", *die*
    Experten glauben": an article opening a main clause's subject)."""
    if not _verb_final(ctx.lex.lang):
        return None
    toks = ctx.toks
    m = start - 1
    while m > lo and start - m <= _MAX_SUBORDINATE and toks[m].is_word:
        m -= 1
    if m <= lo or toks[m].text != "," or m + 1 >= start:
        return None
    rel = m + 1
    if not _relative_word(ctx, rel) or _antecedent(ctx, lo, rel) is None:
        return None
    if rel + 1 < start and toks[rel + 1].is_cap and toks[rel + 1].is_word:
        return None
    return rel


def _relative_clause(
    ctx: _Context,
    si: int,
    s: Sentence,
    lo: int,
    hi: int,
    rel: int,
    start: int,
    cue: Span,
    c1: int,
    kind: str,
) -> Attribution:
    """The statement of a verb-final relative clause: told by the relative word (the phrase
    before its comma named), about the object between the relative word and the verb ("die
    Angaben"), or what follows the verb when no object stands there ("..., der gestern sagte,
    dass ...")."""
    toks = ctx.toks
    phrase = TellerPhrase(rel, rel + 1)
    quote: Quote | None = None
    between = range(rel + 1, start)
    if any(toks[k].is_cap or ctx.words[k] in ctx.lex.determiners for k in between):
        content: Span | None = _span(toks, rel + 1, start)  # "das *die Angaben* nicht bestätigte"
    else:
        content, quote = _content_after(ctx, c1, _relative_close(ctx, phrase, hi))
    return Attribution(
        content=content or Span(s.start, s.end),
        cue=cue,
        chain=[_teller(ctx, phrase, lo, s.paragraph)],
        sentence_index=si,
        source_span=Span(toks[rel].start, toks[rel].end),
        kind=kind,
        quote=quote.outer if quote is not None else None,
    )


def _relative_close(ctx: _Context, phrase: TellerPhrase, hi: int) -> int:
    """Where a relative clause set off by a comma ends ("Sanders, *who* endorsed Clinton*,*
    said ..."): its content stops at the next comma, so the main clause's verb is no part of it;
    ``hi`` for any other teller."""
    a = phrase.a
    if phrase.b - a != 1 or a < 1 or ctx.toks[a - 1].text != ",":
        return hi
    if not _relative_word(ctx, a):
        return hi
    for k in range(a + 1, min(hi, a + _MAX_APPOSITION)):
        if ctx.toks[k].text in (",", ";", "—", "–") and _quote_at(ctx, k) is None:
            if k + 1 < hi and ctx.words[k + 1] in ctx.lex.complementizers:
                continue  # "который заявил, что ...": the reported clause goes on
            return k
    return hi


def _relative_word(ctx: _Context, k: int) -> bool:
    word, lang = ctx.words[k], ctx.lex.lang
    return (
        ctx.lex.pronouns.get(word) == "relative"
        or word in _relatives(lang)
        or word in _relative_tellers(lang)
    )


@cache
def _verb_second(lang: str) -> bool:
    """The language puts the verb second after an opening phrase, its subject after the verb
    ("Letzte Woche sagte der Minister"): ``verb_second`` in ``attribution_scope.yaml``."""
    return bool(load_language_data(lang, "attribution_scope").get("verb_second", False))


def _reports_nothing(ctx: _Context, lo: int, phrase: TellerPhrase) -> bool:
    """The teller before a verb is the addressee ("*you* know", "Do *you* support ...?") or
    opens an indirect question or a condition ("*whether he* would consider", "*if they*
    only understood"): the verb reports no statement of the article."""
    addressees, openers = _scope(ctx.lex.lang)
    if phrase.b - phrase.a == 1 and ctx.words[phrase.a] in addressees:
        return True
    as_openers = _as_openers(ctx.lex.lang)
    return any(
        phrase.a - len(o) >= lo
        and tuple(ctx.words[phrase.a - len(o) : phrase.a]) == o
        and not (phrase.a - len(o) == ctx.first_word and o in as_openers)
        for o in openers
    )


def _after_opening_clause(ctx: _Context, lo: int, start: int) -> bool:
    """Token ``start`` follows the comma closing a clause that opens the sentence with an "as"
    opener, a subordinator or a listed participle ("*Wie* Reuters berichtet, |sagte", "*Als* er
    ankam, |sagte", "*Befragt* von Journalisten, |sagte")."""
    first, comma = ctx.first_word, start - 1
    if comma <= lo or ctx.toks[comma].text != "," or comma - first > _MAX_SUBORDINATE:
        return False
    if any(t.text == "," for t in ctx.toks[first:comma]):
        return False
    word, data = ctx.words[first], ctx.lex.verb_constructions
    return (
        (word,) in _as_openers(ctx.lex.lang)
        or word in data.subordinators
        or data.participle_cues.match(ctx.words, first) is not None
    )


@cache
def _as_openers(lang: str) -> frozenset[tuple[str, ...]]:
    """Question openers that, opening the sentence, open an "as" clause instead ("*Wie*
    Reuters berichtet, sagte ...": a relay, no question): ``as_openers`` in
    ``lang/<xx>/attribution_scope.yaml``."""
    data = load_language_data(lang, "attribution_scope")
    return frozenset(phrase_tokens(str(w)) for w in data.get("as_openers", []))


def _according_to(
    ctx: _Context, si: int, s: Sentence, lo: int, hi: int, c0: int, c1: int
) -> Attribution | None:
    c = c1
    while c < hi and c - c1 < _MAX_SKIP and ctx.words[c] in ctx.lex.pre_cue_skip:
        c += 1  # "Según *ha* informado"
    verb = ctx.lex.cues.match(ctx.words, c) if c < hi else None
    told: TellerPhrase | None = None
    if verb is not None and verb[1] == "speech" and c + verb[0] < hi and ctx.toks[c].is_word:
        c += verb[0]  # "Según *informó* la agencia Efe": the verb of the relay, then its teller
        # "Según dijo *a Reuters* una fuente": the addressee, then the teller
        told = right_phrase(ctx.toks, c, hi, ctx.lex, loose=False)
    else:
        c = c1
    if (
        c + 1 < hi
        and ctx.words[c] in ctx.lex.subject_links
        and (ctx.toks[c + 1].is_cap or ctx.lex.looks_like_teller_word(ctx.words[c + 1]))
    ):
        # "Как сообщили *в* Минобороны России", "*в* пресс-службе": the body, not the link
        c += 1
    if (
        c + 1 < hi
        and not ctx.toks[c].is_word
        and ctx.toks[c + 1].is_cap
        and _quote_at(ctx, c + 1) is not None
    ):
        c += 1  # "Як повідомляє «Українська правда»": the outlet's name inside its quotes
    phrase = told or right_phrase(ctx.toks, c, hi, ctx.lex, loose=True) or _words_after(ctx, c, hi)
    if phrase is None:
        return None
    phrase = without_outlet_addressee(ctx.toks, phrase, ctx.lex)  # "Как заявил ТАСС источник"
    phrase = with_complement(ctx.toks, phrase, hi, ctx.lex)
    if (
        phrase.b + 1 < hi
        and _quote_at(ctx, phrase.a) is not None
        and not ctx.toks[phrase.b].is_word
        and not ctx.toks[phrase.b + 1].is_cap
        and outlet_end(ctx.toks, phrase.a, phrase.b, ctx.lex) == phrase.b
        and without_outlet_addressee(ctx.toks, TellerPhrase(phrase.a, hi), ctx.lex).a > phrase.a
    ):
        # "Как рассказал «Известиям» источник в Минобороны": the quoted outlet told, in the
        # dative; the teller follows its closing quote
        phrase = right_phrase(ctx.toks, phrase.b + 1, hi, ctx.lex, loose=False) or phrase
    phrase = with_quoted_name(ctx.toks, phrase, hi, ctx.lex)  # "издание «Ведомости»"
    toks = ctx.toks
    relayed = _cited_by_after(ctx, phrase, hi)
    if relayed is not None:
        # "selon un responsable américain cité par Reuters": Reuters › the official
        inner, outer = relayed
        chain = [_teller(ctx, outer, lo, s.paragraph), _teller(ctx, inner, lo, s.paragraph)]
        phrase = TellerPhrase(phrase.a, outer.b)
    else:
        named = _named_after_role(ctx, phrase, hi)
        chain = [_teller(ctx, named or phrase, lo, s.paragraph)]
        phrase = (
            TellerPhrase(phrase.a, named.b) if named is not None else _with_author(ctx, phrase, hi)
        )
    if _sentence_start(ctx, c0) or (
        c0 > lo and toks[c0 - 1].text in (",", ":") and _span(toks, lo, c0) is None
    ):
        k = phrase.b
        while k < hi and toks[k].text != ",":
            k += 1
        verb_next = phrase.b < hi and (
            ctx.lex.cues.match(ctx.words, phrase.b) is not None
            or (_verb_second(ctx.lex.lang) and toks[phrase.b].is_word)
        )
        if k >= hi or verb_next:
            # no comma, or a verb right after the teller ("Laut Reuters *sagte* der Minister,
            # ...", "Laut dem Spiegel *hat* der Minister gesagt"): what is reported starts
            # after the teller
            k = phrase.b - 1
        else:
            cited = _cited_in_relative(ctx, k, hi)
            if cited is not None:
                # "Selon Reuters, qui cite un responsable, le ministre ...": Reuters › responsable
                # (a citing phrase, "que cita a", is chained by :func:`_citing` already)
                if ctx.lex.citing.match(ctx.words, k + 2) is None:
                    chain.append(_teller(ctx, cited, lo, s.paragraph))
                k = cited.b
        content, quote = _content_after(ctx, k + 1, hi)
    elif _after_complementizer(ctx, lo, c0) and phrase.b + 1 < hi and toks[phrase.b].text == ",":
        # "X said that, according to its analysis, the party won": the clause after the relay
        content, quote = _content_after(ctx, phrase.b + 1, hi)
    else:
        quote = None
        content = _span(toks, lo, c0)
        if content is not None:
            content = _with_clause_after(ctx, content, c0, phrase.b, hi)
    if content is None:
        return None
    return Attribution(
        content=content,
        cue=Span(toks[c0].start, toks[c1 - 1].end),
        chain=chain,
        sentence_index=si,
        source_span=Span(toks[phrase.a].start, toks[phrase.b - 1].end),
        kind="according_to",
        quote=quote.outer if quote is not None else None,
    )


_MAX_CLAUSE_AFTER = 60  # tokens of the clause read on after a relay inside it


def _with_clause_after(ctx: _Context, before: Span, c0: int, b: int, hi: int) -> Span:
    """A relay inside its clause reports the whole clause: "Russia, *according to Kyiv*,
    launched 120 drones", "Russland habe *nach Angaben aus Kiew* in der Nacht 120 Drohnen
    gestartet". Set off by commas, or with no comma at all, when the clause goes on after the
    teller with a verb or a figure; ``before`` alone when the relay closes the clause ("...,
    according to Kyiv." or "..., according to Kyiv, which ...")."""
    toks = ctx.toks
    k = b
    comma_before = c0 > 0 and toks[c0 - 1].text == ","
    if k < hi and toks[k].text == "," and comma_before:
        k += 1  # ", according to Kyiv, launched"
    elif comma_before or (k < hi and not toks[k].is_word):
        return before
    end = k
    limit = min(hi, k + _MAX_CLAUSE_AFTER)  # bounded, so many relays in one sentence stay linear
    while end < limit and (toks[end].is_word or toks[end].text in ("-", "%", ".", ",")):
        if toks[end].text in (".", ",") and not (end + 1 < hi and toks[end + 1].text[:1].isdigit()):
            break  # a clause mark, not a decimal or group separator
        end += 1
    word = ctx.words[k] if k < hi else ""
    if (
        end - k < 2
        or _relative_word(ctx, k)
        or word in ctx.lex.complementizers
        or word in ctx.lex.coordinators  # "..., according to their attorneys, and said"
        or word.endswith(ctx.lex.progressive_suffixes)  # "..., according to X, taking a step"
    ):
        return before
    return Span(before.start, toks[end - 1].end)


def _cited_by_after(
    ctx: _Context, phrase: TellerPhrase, hi: int
) -> tuple[TellerPhrase, TellerPhrase] | None:
    """ "un responsable américain *cité par* Reuters" after a relay: (the one cited, the one
    citing), the cited-by marker inside the phrase or right after it; None without one."""
    for m in range(phrase.a + 1, min(phrase.b + 1, hi)):
        hit = ctx.lex.cited_by.match(ctx.words, m)
        if hit is None:
            continue
        outer = right_phrase(ctx.toks, m + hit[0], hi, ctx.lex, loose=True)
        if outer is None:
            return None
        return TellerPhrase(phrase.a, m), outer
    return None


_MAX_RELAYED = 12  # words of a relay's teller read up to the next punctuation


def _words_after(ctx: _Context, k: int, hi: int) -> TellerPhrase | None:
    """ "according to *some on Twitter*,", "according to *the most recent data available from
    the FBI*.": where no teller phrase is recognised, the words after the relay up to the next
    punctuation are its teller (bounded)."""
    b = k
    while b < hi and b - k < _MAX_RELAYED and ctx.toks[b].is_word:
        b += 1
    if b == k or b - k >= _MAX_RELAYED:
        return None
    if b < hi and quote_containing(ctx.quotes, ctx.toks[b].start) is not None:
        return None
    return TellerPhrase(k, b)


def _after_complementizer(ctx: _Context, lo: int, c0: int) -> bool:
    """A relay at token ``c0`` set off by a comma right after a complementizer ("said that*,*
    according to ...")."""
    k = c0 - 2
    return (
        k >= lo
        and ctx.toks[c0 - 1].text == ","
        and ctx.toks[k].is_word
        and ctx.words[k] in ctx.lex.complementizers
    )


def _cited_in_relative(ctx: _Context, comma: int, hi: int) -> TellerPhrase | None:
    """After a relay's teller and a comma, a relative clause citing another teller and closed
    by a comma ("Selon Reuters*, qui cite un responsable,* ...", "Según Reuters*, que cita a un
    funcionario,* ..."; a citing or quoting verb of the lexicon): that other teller, the inner
    one of the chain, and what is reported starts after it."""
    toks, lex, words = ctx.toks, ctx.lex, ctx.words
    k = comma + 1
    if k + 1 >= hi or not _relative_word(ctx, k):
        return None
    k += 1
    hit = lex.citing.match(words, k) or lex.quoting_verbs.match(words, k)
    if hit is None or k + hit[0] >= hi:
        return None
    inner = right_phrase(toks, k + hit[0], hi, lex, loose=True)
    if inner is None or inner.b >= hi or toks[inner.b].text != ",":
        return None
    return inner


def _with_author(ctx: _Context, phrase: TellerPhrase, hi: int) -> TellerPhrase:
    """ "according to a tally *by the Associated Press*", "a recent report *from Bloomberg*",
    "a court document filed *by state attorney X*": the document's author, written after it,
    is part of the teller as PolNeAR marks it (the author alone when the teller is a document)."""
    links = author_links(ctx.lex.lang)
    for k in range(phrase.b, min(hi, phrase.b + 1 + _MAX_AUTHOR_GAP)):
        t = ctx.toks[k]
        if not t.is_word:
            return phrase
        if ctx.words[k] in links:
            author = right_phrase(ctx.toks, k + 1, hi, ctx.lex, loose=True)
            return phrase if author is None else TellerPhrase(phrase.a, author.b, phrase.role)
        if t.is_cap:
            return phrase
    return phrase


def _named_after_role(ctx: _Context, phrase: TellerPhrase, hi: int) -> TellerPhrase | None:
    """ "según el portavoz de la Fuerza Aérea, Yuriy Ihnat, ...": the name after the role."""
    toks = ctx.toks
    if phrase.b >= hi or toks[phrase.b].text != ",":
        return None
    if not any(t.low in ctx.lex.role_words for t in toks[phrase.a : phrase.b]):
        return None
    k = phrase.b + 1
    while k < hi and toks[k].is_word and toks[k].is_cap and k - phrase.b <= 4:
        k += 1
    if k == phrase.b + 1 or k >= hi or toks[k].text != ",":
        return None
    return TellerPhrase(phrase.b + 1, k, (phrase.a, phrase.b))


def _according_to_after(
    ctx: _Context, si: int, s: Sentence, lo: int, hi: int, c0: int, c1: int
) -> Attribution | None:
    """A postposition ("dem Bericht zufolge"): the teller comes before the cue."""
    phrase = left_phrase(ctx.toks, lo, c0, ctx.lex)
    if phrase is None:
        return None
    chain = [_teller(ctx, phrase, lo, s.paragraph)]
    if phrase.a == lo:
        content, _ = _content_after(ctx, c1, hi)
    else:
        content = _span(ctx.toks, lo, phrase.a)
    if content is None:
        return None
    return Attribution(
        content=content,
        cue=Span(ctx.toks[c0].start, ctx.toks[c1 - 1].end),
        chain=chain,
        sentence_index=si,
        source_span=Span(ctx.toks[phrase.a].start, ctx.toks[phrase.b - 1].end),
        kind="according_to",
    )


def _quoting(
    ctx: _Context, si: int, s: Sentence, lo: int, hi: int, c0: int, c1: int
) -> Attribution | None:
    """ "the newspaper quoted US officials as saying": [newspaper, US officials]."""
    k = c1
    end = None
    while k < hi and k - c1 <= 12:
        hit = ctx.lex.as_saying.match(ctx.words, k)
        if hit is not None:
            end = k
            break
        k += 1
    outer = left_phrase(ctx.toks, lo, _skip_left(ctx, lo, c0), ctx.lex)
    if end is None or outer is None:
        return None
    inner = right_phrase(ctx.toks, c1, end, ctx.lex, loose=True)
    if inner is None:
        return None
    chain = [_teller(ctx, outer, lo, s.paragraph), _teller(ctx, inner, lo, s.paragraph)]
    quote = _adjacent_quote_before(ctx, outer.a, lo)
    assert hit is not None
    if quote is not None:
        content: Span | None = quote.inner
    else:
        content, quote = _content_after(ctx, end + hit[0], hi)
    if content is None:
        return None
    return Attribution(
        content=content,
        cue=Span(ctx.toks[c0].start, ctx.toks[end + hit[0] - 1].end),
        chain=chain,
        sentence_index=si,
        source_span=Span(ctx.toks[outer.a].start, ctx.toks[outer.b - 1].end),
        kind="speech",
        quote=quote.outer if quote is not None else None,
    )


def _citing(
    ctx: _Context,
    s: Sentence,
    lo: int,
    hi: int,
    c0: int,
    c1: int,
    found: list[Attribution],
    earlier: list[Attribution],
) -> None:
    """ "X, citing Y" / "It relies on Y": Y becomes the inner teller of X's statement."""
    inner = right_phrase(ctx.toks, c1, hi, ctx.lex, loose=False)
    if inner is None:
        # "з посиланням на *американських посадовців*": modifiers before an inflected teller
        # word, which only the loose walk takes
        loose = right_phrase(ctx.toks, c1, hi, ctx.lex, loose=True)
        if loose is not None and any(
            ctx.lex.looks_like_teller_word(ctx.words[k]) for k in range(loose.a, loose.b)
        ):
            inner = loose
    if inner is None:
        return
    target: Attribution | None = None
    if found and c0 <= ctx.first_word:
        # "Citing Y, the Journal reported ...": the teller right after the citation relays it
        after = ctx.toks[inner.b - 1].end
        opened = [a for a in found[:8] if a.source_span and a.source_span.start >= after]
        target = min(opened, key=lambda a: a.source_span.start) if opened else None
    if target is None and found:
        nearby = found[-8:]  # bounded: a sentence may hold thousands of cues
        target = min(nearby, key=lambda a: abs((a.cue or a.content).start - ctx.toks[c0].start))
    elif target is None:
        subject = left_phrase(ctx.toks, lo, _skip_left(ctx, lo, c0), ctx.lex)
        if subject is None:
            return
        words = [t.low for t in ctx.toks[subject.a : subject.b] if t.is_word]
        probe, _ = make_source(ctx.text, ctx.toks, subject, ctx.lex)
        who = ctx.memory.resolve(probe, words, ctx.lex)
        for att in reversed(earlier[-4:]):
            if att.chain and att.chain[-1].name == who.name:
                target = att
                break
    if target is None:
        return
    relayed = _teller(ctx, inner, lo, s.paragraph)
    if target.chain and target.chain[-1].name == relayed.name:
        return  # "Citing a report, Reuters said": the report resolved to Reuters relays nothing
    target.chain.append(relayed)


def _sentence(
    ctx: _Context,
    si: int,
    s: Sentence,
    lo: int,
    hi: int,
    kinds: frozenset[str],
    earlier: list[Attribution],
) -> list[Attribution]:
    found: list[Attribution] = []
    citations: list[tuple[int, int]] = []
    lex, words, toks = ctx.lex, ctx.words, ctx.toks
    ctx.first_word = lo
    while ctx.first_word < hi and not toks[ctx.first_word].is_word:
        ctx.first_word += 1
    ctx.headline = _headline(toks, lo, hi)
    openers = ctx.openers
    k = lo
    while k < hi:
        if words[k] not in openers:
            k += 1  # the cheap pre-scan: most tokens open no cue phrase at all
            continue
        quoted = quote_inside(ctx.quotes, toks[k].start)
        if quoted is not None and not _transcript_label(ctx, quoted, lo, k):
            k += 1
            continue
        att: Attribution | None = None
        if toks[k].text == ":" and "speech" in kinds:
            att = _colon(ctx, si, s, lo, hi, k)
            if att is not None:
                found.append(att)
                k += 1
                continue
        hit = lex.according_to.match(words, k)
        if hit is not None and k + hit[0] <= hi:
            att = _according_to(ctx, si, s, lo, hi, k, k + hit[0])
            if att is not None:
                found.append(att)
                k += hit[0]
                while (
                    k < hi and att.source_span is not None and toks[k].start < att.source_span.end
                ):
                    k += 1
                continue
        hit = lex.quoting_verbs.match(words, k)
        if hit is not None and k + hit[0] <= hi:
            att = _quoting(ctx, si, s, lo, hi, k, k + hit[0])
            if att is not None:
                found.append(att)
                k += hit[0]
                continue
        hit = lex.citing.match(words, k)
        if hit is not None and k + hit[0] <= hi:
            citations.append((k, k + hit[0]))
            k += hit[0]
            continue
        hit = lex.according_to_after.match(words, k)
        if hit is not None and k + hit[0] <= hi:
            att = _according_to_after(ctx, si, s, lo, hi, k, k + hit[0])
            if att is not None:
                found.append(att)
                k += hit[0]
                continue
        hit = lex.cues.match(words, k)
        if hit is not None and toks[k].is_cap and not _sentence_start(ctx, k) and not ctx.headline:
            hit = None  # "the United States", "Islamic State": part of a name, not a verb
        if hit is not None and k + hit[0] <= hi and hit[1] in kinds:
            att = _verb(ctx, si, s, lo, hi, k, k + hit[0], hit[1])
            if att is not None:
                found.append(att)
                k += hit[0]
                continue
        k += 1
    # "In a CNN poll, ...": prepositional frames (their module builds on this one)
    from claimgraph.extract.a_cues_frames import frame_attributions

    found.extend(
        frame_attributions(
            ctx, si, s, lo, hi, found, lambda p: _teller(ctx, p, lo, s.paragraph), kinds
        )
    )
    if "speech" in kinds:  # "“...” — Jane Doe": a dash signs a quotation (its module)
        from claimgraph.extract.a_cues_dash import dash_attributions

        found.extend(
            dash_attributions(ctx, si, s, lo, hi, found, lambda p: _teller(ctx, p, lo, s.paragraph))
        )
    # "По его словам, ...", "in Bolton's view": possessive frames, as "according to" (its module)
    from claimgraph.extract.a_cues_possessive import possessive_attributions

    found.extend(
        possessive_attributions(
            ctx, si, s, lo, hi, found, lambda p: _teller(ctx, p, lo, s.paragraph)
        )
    )
    # "Pour Moscou, ...", "To many, ...": a teller opening the sentence (its module)
    from claimgraph.extract.a_cues_openings import opening_attributions

    found.extend(
        opening_attributions(ctx, si, s, lo, hi, found, lambda p: _teller(ctx, p, lo, s.paragraph))
    )
    # "X, citing Y": last, once every attribution of the sentence is known ("Citing Y, the
    # Journal reported": the verb may come from a construction found after the cue scan)
    for c0, c1 in citations:
        _citing(ctx, s, lo, hi, c0, c1, found, earlier)
    return [a for a in found if not _other_sense_cue(ctx, a, hi) and not _naming(ctx, a, hi)]


def _naming_participles(lang: str) -> frozenset[str]:
    """``naming_participles`` in ``lang/<xx>/attribution_scope.yaml`` ("called", "named")."""
    return language_words(lang, "attribution_scope", "naming_participles")


def _naming(ctx: _Context, a: Attribution, hi: int) -> bool:
    """ "a book called “Women Who Work”": a naming participle after a noun phrase opening on a
    singular article and before a name or a quotation gives a name; it reports nothing."""
    if a.cue is None or a.source_span is None or a.source_span.start > a.cue.start:
        return False
    c0 = bisect_right(ctx.starts, a.cue.start) - 1
    if c0 < 0 or ctx.toks[c0].end != a.cue.end or c0 + 1 >= hi:
        return False  # a one-word cue only
    if ctx.words[c0] not in _naming_participles(ctx.lex.lang):
        return False
    t0 = bisect_right(ctx.starts, a.source_span.start) - 1
    if t0 < 0 or ctx.words[t0] not in _singular_articles(ctx.lex.lang):
        return False
    nxt = ctx.toks[c0 + 1]
    return nxt.is_cap or quote_containing(ctx.quotes, nxt.start) is not None


def _other_sense_cue(ctx: _Context, a: Attribution, hi: int) -> bool:
    """The attribution's cue ends on a word used in another sense ("adds to the drama"),
    whichever construction found it."""
    if a.cue is None:
        return False
    c1 = bisect_right(ctx.starts, a.cue.end - 1)
    return c1 > 0 and _other_sense(ctx, c1 - 1, c1, hi)


def _headline(toks: list[Token], lo: int, hi: int) -> bool:
    """Most longer words capitalised: a headline ("Trevor Noah Says ..."), where a capitalised
    cue is still a verb."""
    longer = [t for t in toks[lo:hi] if t.is_word and len(t.text) >= _HEADLINE_WORD]
    caps = sum(1 for t in longer if t.is_cap)
    return len(longer) >= _HEADLINE_MIN and caps >= _HEADLINE_SHARE * len(longer)


_MAX_INDENT = 8  # blanks before a quotation mark opening a paragraph, or after it


def _transcript_label(ctx: _Context, quote: Quote, lo: int, k: int) -> bool:
    """The colon at token ``k`` closes a speaker's label opening a quotation that opens its
    paragraph (a transcript quoted paragraph by paragraph: "\"WALLACE: Let's start ...",
    "« DUPONT : Nous ..."): the label speaks the rest, as it does unquoted ("TAPPER: Do you
    think ..."). Bounded looks only: a colon inside a long quotation costs no more."""
    toks, text = ctx.toks, ctx.text
    if toks[k].text != ":":
        return False
    a = k - 1
    while a > lo and k - a < _MAX_COLON_TELLER and toks[a - 1].is_word:
        a -= 1
    if a >= k or not toks[a].is_word or toks[a].start - quote.inner.start > _MAX_INDENT:
        return False
    if text[quote.inner.start : toks[a].start].strip():
        return False  # the label opens the quotation
    before = quote.outer.start
    while before > 0 and quote.outer.start - before < _MAX_INDENT and text[before - 1] in " \t":
        before -= 1
    # "tweeted: \"Missouri: Remember ...\"": a quotation inside a paragraph is no transcript
    return before == 0 or text[before - 1] == "\n"


def _colon(ctx: _Context, si: int, s: Sentence, lo: int, hi: int, k: int) -> Attribution | None:
    """ "Marco Rubio: I'm Not Interested", "TAPPER: Do you think ...", "Clinton to Planned
    Parenthood: Trump will ...": a name opening the sentence (or following a dash) speaks what
    the colon introduces."""
    toks, lex = ctx.toks, ctx.lex
    a = k - 1
    while a >= lo and k - a <= _MAX_COLON_TELLER and toks[a].is_word:
        if not (toks[a].is_cap or toks[a].low in lex.np_stop or toks[a].low in lex.np_internal):
            return None
        a -= 1
    a += 1
    opens = a <= ctx.first_word or (a > lo and toks[a - 1].text in _DASHES)
    if a >= k or not opens or not toks[a].is_cap or k - a > _MAX_COLON_TELLER:
        return None
    if any(t.text.isdigit() for t in toks[a:k]):
        return None  # "8:45 p.m."
    if k - a == 1 and _function_word(ctx, a):
        return None  # "Contributing: Nicole Gaudiano.": a participle labels credits
    if not any(t.is_word and not t.text[0].isdigit() for t in toks[k + 1 : min(hi, k + 3)]):
        return None  # "Sanders: 46.": a result, not a statement
    if lex.colon_labels.match(ctx.words, a) is not None:
        return None  # "Editor's note:", "The Latest:", "Question:": a label, not a teller
    b = a + 1
    while b < k and toks[b].low not in lex.np_stop:
        b += 1  # "Clinton *to* Planned Parenthood", "CNN President *On* Trump"
    content, quote = _content_after(ctx, k + 1, hi)
    if content is None:
        return None
    phrase = TellerPhrase(a, b)
    return Attribution(
        content=content,
        cue=Span(toks[k].start, toks[k].end),
        chain=[_teller(ctx, phrase, lo, s.paragraph)],
        sentence_index=si,
        source_span=Span(toks[a].start, toks[b - 1].end),
        kind="speech",
        quote=quote.outer if quote is not None else None,
    )


def _nest(
    attributions: list[Attribution],
    restates: Callable[[Attribution, Attribution], bool],
    judges: Callable[[Attribution, Attribution], bool] = lambda outer, inner: False,
) -> set[int]:
    """A statement whose cue lies inside another's content is relayed by that other teller,
    unless that other only judges it afterwards (``judges``: "Ukraine said 40 drones were shot
    down, *which* Moscow denied": Moscow relays nothing).

    Candidates are the few statements starting just before the cue (bounded look-back), so a
    text with thousands of cues stays linear. Returns the ids of statements that only restate
    their outer teller's own attitude through a pronoun ("Trump said *he believes* ...": one
    statement, Trump's).
    """
    ordered = sorted(attributions, key=lambda a: a.content.start)
    starts = [a.content.start for a in ordered]
    outer_of: dict[int, Attribution] = {}
    for inner in ordered:
        if inner.cue is None:
            continue
        best: Attribution | None = None
        n = bisect_right(starts, inner.cue.start)
        for outer in ordered[max(0, n - _NEST_LOOKBACK) : n]:
            if outer is inner or not outer.content.contains(inner.cue):
                continue
            if judges(outer, inner) or judges(inner, outer):
                continue  # "A, which B denied": neither relays the other
            if inner.source_span is not None and inner.source_span.contains(outer.cue):
                continue  # "An official *who requested* anonymity said": inside the teller
            if len(outer.content) > len(inner.content) and (
                best is None or len(outer.content) < len(best.content)
            ):
                best = outer
        if best is not None:
            outer_of[id(inner)] = best
    same_teller = {
        id(inner)
        for inner in ordered
        if id(inner) in outer_of and restates(outer_of[id(inner)], inner)
    }
    # outermost first, so an outer chain is complete before it is copied inwards
    for inner in sorted(ordered, key=lambda a: -len(a.content)):
        best = outer_of.get(id(inner))
        if best is not None:
            prefix = [s for s in best.chain if all(s.name != t.name for t in inner.chain)]
            inner.chain[:0] = prefix
    return same_teller


def _judges(text: str, lang: str, outer: Attribution, inner: Attribution) -> bool:
    """ "Ukraine said 40 drones were shot down, *which* Moscow denied", "..., *что* Москва
    опровергла": the outer statement's content ends, before its cue, on a word pointing back
    at the statement before it (``comment_links`` of ``attribution_spans``, or a statement
    noun: "..., a claim Moscow disputed"), which it judges and does not relay."""
    if outer.cue is None or inner.cue is None or outer.cue.start < inner.cue.end:
        return False
    if outer.content.end > outer.cue.start or not outer.content.contains(inner.cue):
        return False
    end = outer.content.end
    if outer.source_span is not None and inner.cue.end <= outer.source_span.start < end:
        end = outer.source_span.start  # "..., a claim *Moscow* disputed"
    tail = phrase_tokens(text[max(outer.content.start, end - 24) : end])
    pointers = language_words(lang, "attribution_spans", "comment_links")
    return bool(tail) and (tail[-1] in pointers or tail[-1] in statement_nouns(lang))


def _restates(text: str, lex: AttributionLexicon, outer: Attribution, inner: Attribution) -> bool:
    """ "Trump said *he believes* ...": the inner teller is a pronoun opening the outer cue's
    complement and standing for the same teller: one statement, not a relayed one."""
    span = inner.source_span
    if span is None or outer.cue is None or not outer.chain or not inner.chain:
        return False
    if text[span.start : span.end].lower() not in lex.pronouns:
        return False
    if not 0 <= span.start - outer.cue.end <= _MAX_GAP_CHARS:
        return False
    gap = phrase_tokens(text[outer.cue.end : span.start])
    return (
        all(w in lex.complementizers for w in gap) and outer.chain[-1].name == inner.chain[-1].name
    )


def _inherit(
    text: str, sentences: list[Sentence], own: dict[int, list[Attribution]], quotes: list[Quote]
) -> list[Attribution]:
    """Attributions for cue-less sentences that continue a neighbour's statement."""
    out: list[Attribution] = []
    last: Attribution | None = None
    carried: list[int] = []

    def inherit(si: int, att: Attribution) -> None:
        s = sentences[si]
        out.append(
            Attribution(
                content=Span(s.start, s.end),
                cue=None,
                chain=list(att.chain),
                sentence_index=si,
                kind=att.kind,
                inherited=True,
            )
        )

    for si, s in enumerate(sentences):
        if last is not None and sentences[last.sentence_index].paragraph != s.paragraph:
            last, carried = None, []
        mine = own.get(si)
        if mine:
            current = mine[-1]
            same = last is not None and carried and last.chain and current.chain
            if same and last.chain[-1].name == current.chain[-1].name:
                for c in carried:
                    inherit(c, last)
            last, carried = current, []
            continue
        if last is None:
            continue
        inside = last.content.start <= s.start and s.end <= last.content.end + 2
        q = quote_containing(quotes, s.start)
        quoted = q is not None and q.outer.end >= s.end - 2 and last.quote is not None
        relays_outlet = bool(last.chain) and last.chain[-1].type == "outlet"
        if inside or quoted or relays_outlet:
            inherit(si, last)
            continue
        carried.append(si)
        if len(carried) > _MAX_CARRY:
            last, carried = None, []
    return out


_OPENERS: dict[int, tuple[AttributionLexicon, frozenset[str]]] = {}


def _openers(lex: AttributionLexicon) -> frozenset[str]:
    """Every token that may open a phrase :func:`_sentence` looks for (and the colon); kept per
    lexicon (the lexicon itself is held so its id stays its own)."""
    held = _OPENERS.get(id(lex))
    if held is None or held[0] is not lex:
        sets = (lex.according_to, lex.quoting_verbs, lex.citing, lex.according_to_after, lex.cues)
        held = (lex, frozenset({":"}.union(*(ps.by_first for ps in sets))))
        _OPENERS[id(lex)] = held
    return held[1]


def find_attributions(
    text: str,
    lang: str,
    sentences: list[Sentence] | None = None,
    *,
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> list[Attribution]:
    """Every attributed statement in ``text``, in text order (see the module docstring).

    ``sentences`` defaults to ``split_sentences(text, lang)``; ``kinds`` selects cue families
    (``DEFAULT_KINDS``; ``ALL_KINDS`` adds intentions and findings, as PolNeAR annotates them).
    """
    lex = lexicon(lang)
    if sentences is None:
        sentences = split_sentences(text, lang)
    # "« ... », a-t-elle précisé": a pronoun glued to its verb is a teller of its own
    toks = tokenize(text, frozenset(w for w, kind in lex.pronouns.items() if kind != "relative"))
    ctx = _Context(
        text=text,
        lex=lex,
        toks=toks,
        words=[t.low for t in toks],
        quotes=find_quotes(text, _paragraph_spans(sentences), lex.quotes),
        openers=_openers(lex),
        starts=[t.start for t in toks],
    )
    kinds = frozenset(kinds)
    own: dict[int, list[Attribution]] = {}
    found: list[Attribution] = []
    k = 0
    for si, s in enumerate(sentences):
        while k < len(toks) and toks[k].start < s.start:
            k += 1
        lo = k
        while k < len(toks) and toks[k].start < s.end:
            k += 1
        before = sentences[si - 1] if si else None
        ctx.previous = (
            Span(before.start, before.end)
            if before is not None and before.paragraph == s.paragraph
            else None
        )
        atts = _sentence(ctx, si, s, lo, k, kinds, found)
        atts = write_tellers_once(text, atts, lex)
        if atts:
            own[si] = atts
            found.extend(atts)
    trim_at_clause_breaks(text, found, lex)
    restated = _nest(
        found,
        lambda outer, inner: _restates(text, lex, outer, inner),
        lambda outer, inner: _judges(text, lex.lang, outer, inner),
    )
    found = [a for a in found if id(a) not in restated]
    found.extend(_inherit(text, sentences, own, ctx.quotes))
    found.sort(key=lambda a: (a.content.start, a.inherited))
    return found


def attribution_for(attributions: list[Attribution], span: Span) -> Attribution | None:
    """The innermost attribution whose content contains ``span`` (or, failing that, overlaps
    it most), e.g. for a claim's evidence span."""
    best: Attribution | None = None
    for att in attributions:
        if att.content.contains(span) and (best is None or len(att.content) < len(best.content)):
            best = att
    if best is not None:
        return best
    overlap = 0
    for att in attributions:
        shared = min(att.content.end, span.end) - max(att.content.start, span.start)
        if shared > overlap:
            best, overlap = att, shared
    return best


# Denials and retractions build on attributions; exported here so callers import one module.
from claimgraph.extract.a_denials import (  # noqa: E402
    DenialOrRetraction,
    find_denials_and_retractions,
)
