"""Cues by construction: verbs the lexicon does not list, recognised by their form and place.

A list of reporting verbs never ends ("conceded", "quipped", "concludes", "vowed to say"), so
five constructions mark a word as a cue whatever its lemma (``verb_constructions`` in
``lang/<xx>/attribution.yaml``):

* ``that``: a teller, a finite verb (a word with a verb ending, ``endings``, or any word right
  after a pronoun), then a complementizer opening a clause: "Smith conceded that ...", "the
  report concludes that ...", "Clinton is declaring that ...", "they maintain that ...";
* ``after_quote``: a quotation closed by a comma, then a finite verb and a teller or a teller
  and a finite verb: "'...,' quipped Smith", "'...,' Smith quipped";
* ``to``: a teller, a finite verb, an infinitive marker and a cue of the lexicon: "Trump
  declined to say", "she went on to insist";
* a teller, a copula, any adjective and a clause: "Political pundits are shocked that ...";
* a possessor, a noun, a copula and a clause: "Beck's contention was that ...", "My
  impression is that ..." (without the copula, "his belief that ..." is too often no
  attribution of its own: measured on PolNeAR train, 13 true for 50 false).

Measured on PolNeAR train and left out: any infinitive after "to" ("struggles to raise":
precision 0.16) and a question word after a verb ("survived what many believed": 0.21).

Listed cues whose teller the cue scan cannot reach have modules of their own, run first:
a pronoun contracted with its auxiliary (:mod:`~claimgraph.extract.a_cues_contracted`, "he's
said"), the sentence's subject before an aside (:mod:`~claimgraph.extract.a_cues_asides`,
"X, who ..., said"), a described subject opening its clause
(:mod:`~claimgraph.extract.a_cues_described`, "The real estate mogul declined"), a participle
opening the sentence before its agent (:mod:`~claimgraph.extract.a_cues_participles`, "Asked
by Stephanopoulos ..."), and, last, a verb chain before the cue
(:mod:`~claimgraph.extract.a_cues_chains`, "has yet to endorse") and an infinitive of purpose
(:mod:`~claimgraph.extract.a_cues_purpose`, "used his speech to call for").
Measured on PolNeAR train and left out as well (precision under 0.55): a possessor and a
statement noun ("his decision to", "Trump's claim that": 0.17 to 0.36 by construction), a
psychological verb and its experiencer ("angered conservative Jews": 0.21), any participle
and an agent ("was nominated by Obama": 0.09 to 0.25), "For X," opening a sentence (0.14),
"in ... polls" (0.15), a subject and a predicate before a colon (0.16), "Q:" and "A:" in
interviews (0.25), a relative pronoun before an aside (5 cases), "that" or "which" after a
teller and before a listed cue ("a super PAC that backed": 0.38), the object of a verb before
"to" and a listed cue ("force Sanders to acknowledge": 0.23), and the pronouns contracted
with "'re", "'ll", "'ve", "'d", "'m" (9 true for 24). Measured in session 4 and left out: any
past form as the verb of an infinitive of purpose ("ramped up efforts to admit": 12 true for
24), "call" as a cue ("Critics call it ...", but "a press call": 8 for 20), "in X's view" as a
frame (6 true for 10, but its content nests 6 attributions the outermost filter then drops:
train F1 fell), "is expected to" before a listed cue (2 for 13) and "in support of" after a
verb (8 for 96).

The verb is recognised by its ending and its place, never by a list; ``not_verbs`` holds the
function words that share the endings ("this", "was", "means"). Once a word is taken as a cue,
the teller and the content are found as for any verb of the lexicon (``verb`` below is
:func:`claimgraph.extract.attribution._verb`); an attribution is kept only when its teller
stands where the construction puts it and no attribution found already holds that teller.

:func:`construction_attributions` runs once per sentence after the cue scan; every check looks
at a bounded number of tokens, so a sentence costs time linear in its length.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_cues_asides import aside_attributions
from claimgraph.extract.a_cues_chains import chain_attributions
from claimgraph.extract.a_cues_contracted import contracted_attributions
from claimgraph.extract.a_cues_described import described_attributions
from claimgraph.extract.a_cues_gerunds import gerund_attributions
from claimgraph.extract.a_cues_participles import opening_participle_attributions
from claimgraph.extract.a_cues_purpose import purpose_attributions
from claimgraph.extract.a_tellers import SpanUnion, TellerPhrase
from claimgraph.extract.a_tokens import quote_inside
from claimgraph.extract.attribution import Attribution
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.attribution import _Context

__all__ = ["Taken", "construction_attributions"]

#: ``verb(c0, c1, kind)``: the attribution the cue in tokens ``[c0, c1)`` opens, if any
VerbFinder = Callable[[int, int, str], "Attribution | None"]

MAX_AFTER_QUOTE = 6  # tokens from a closing quotation to its verb ("," Sen. John Smith quipped)
MAX_NAME = 5  # capitalised words of a possessor ("Sen. Ted Cruz's")
MAX_SKIP = 3  # auxiliaries and adverbs between a teller and its verb ("has also long")


def _plural_subject(ctx: _Context, j: int) -> bool:
    """Token ``j`` can be a subject a bare verb agrees with: a pronoun ("they") or a plural
    teller ("Critics", "voters")."""
    w, lex = ctx.words[j], ctx.lex
    if w in lex.pronouns:
        return True
    plural = w.endswith(lex.verb_constructions.plural_endings)
    return plural and (ctx.toks[j].is_cap or w in lex.teller_heads)


def _finite_verb(ctx: _Context, k: int, bare: bool = False) -> bool:
    """Token ``k`` has the form of a finite verb the lexicon does not list; with ``bare`` a
    word without a verb ending counts right after a pronoun or a plural teller ("they
    *maintain* that", "Critics *charge* that")."""
    data = ctx.lex.verb_constructions
    tok = ctx.toks[k]
    w = ctx.words[k]
    if not tok.is_word or tok.is_cap or len(w) < data.min_letters or not w.isalpha():
        return False
    if w in data.not_verbs:
        return False
    if not w.endswith(data.endings) and not (bare and k > 0 and _plural_subject(ctx, k - 1)):
        return False
    lex = ctx.lex
    if w in lex.np_stop or w in lex.determiners or w in lex.pronouns or w in lex.pre_cue_skip:
        return False
    if w in lex.teller_heads:
        return False  # "party *leaders* that", "news *agencies*": a noun naming tellers
    return lex.cues.match(ctx.words, k) is None


def _after_teller(ctx: _Context, lo: int, k: int) -> bool:
    """The word before verb ``k`` (over auxiliaries and adverbs) can close a teller: a name, a
    pronoun, a teller head ("the faction"), or a comma closing an apposition. "used *markers*
    to", "the housing *crisis* that" have a noun there, and the "verb" is a noun."""
    lex, toks, words = ctx.lex, ctx.toks, ctx.words
    skip = lex.pre_cue_skip
    if words[k].endswith(lex.progressive_suffixes):
        skip = skip | lex.progressive_aux  # "Clinton *is* declaring that"
    j = k - 1
    while j > lo and k - j <= MAX_SKIP and words[j] in skip:
        j -= 1
    if j < lo:
        return False
    t = toks[j]
    if t.text == ",":
        return True
    if not t.is_word or words[j] in lex.verb_constructions.expletives:
        return False  # "*it* appears that", "when *it* comes to": no teller
    if t.is_cap and (words[j] in lex.np_stop or words[j] in lex.verb_constructions.clause_openers):
        return False  # "*Despite* complaints that": a capitalised link, no name
    return t.is_cap or words[j] in lex.pronouns or words[j] in lex.teller_heads


def _opens_clause(ctx: _Context, k: int) -> bool:
    """Token ``k`` can open a clause's subject ("that *the* plan", "that *he*", "that *600,000*
    jobs"); "emails that *were*", "that *prediction*" are a relative clause and a determiner."""
    t, w, lex = ctx.toks[k], ctx.words[k], ctx.lex
    return (
        t.is_cap
        or t.text[0].isdigit()
        or w in lex.determiners
        or w in lex.pronouns
        or w in lex.verb_constructions.clause_openers
    )


def _inside_quote(ctx: _Context, k: int) -> bool:
    return quote_inside(ctx.quotes, ctx.toks[k].start) is not None


class Taken:
    """The sentence's attributions, their sources sorted by start: whether a teller is taken
    costs a bisection, however many attributions a (hostile) sentence holds."""

    def __init__(self, found: list[Attribution]) -> None:
        self.new: list[Attribution] = []
        self._spans = SpanUnion(
            (a.source_span.start, a.source_span.end) for a in found if a.source_span is not None
        )

    def overlaps(self, span: Span) -> bool:
        return self._spans.overlaps(span.start, span.end)

    def add(self, att: Attribution) -> None:
        self.new.append(att)
        if att.source_span is not None:
            self._spans.add(att.source_span.start, att.source_span.end)

    def offer(self, att: Attribution | None, before: bool) -> None:
        """Keep ``att`` if it has a teller on the construction's side of its cue that no
        other one holds."""
        if att is None or att.source_span is None or att.cue is None:
            return
        if before and att.source_span.end > att.cue.start:
            return
        if not self.overlaps(att.source_span):
            self.add(att)


def _that(ctx: _Context, lo: int, hi: int, verb: VerbFinder, out: Taken) -> None:
    words, data = ctx.words, ctx.lex.verb_constructions
    for k in range(lo + 1, hi - 2):
        if words[k + 1] not in data.that or not _finite_verb(ctx, k, bare=True):
            continue
        if _inside_quote(ctx, k):
            continue
        if not _opens_clause(ctx, k + 2) or not _after_teller(ctx, lo, k):
            continue
        att = verb(k, k + 1, "speech")
        out.offer(att, before=True)


def _to(ctx: _Context, lo: int, hi: int, verb: VerbFinder, out: Taken) -> None:
    words, data, lex = ctx.words, ctx.lex.verb_constructions, ctx.lex
    for k in range(lo + 1, hi - 2):
        if words[k + 1] not in data.to or not _finite_verb(ctx, k) or _inside_quote(ctx, k):
            continue
        if not _after_teller(ctx, lo, k):
            continue
        hit = lex.cues.match(words, k + 2)
        if hit is None or hit[1] not in data.to_kinds or k + 2 + hit[0] > hi:
            continue
        if words[k + 2].endswith(lex.progressive_suffixes):
            continue  # "when it comes to speaking": a gerund, not an infinitive
        att = verb(k, k + 2 + hit[0], "speech")
        if att is not None:
            att.kind = hit[1]
        out.offer(att, before=True)


def _after_quote(ctx: _Context, lo: int, hi: int, verb: VerbFinder, out: Taken) -> None:
    toks, text = ctx.toks, ctx.text
    if lo >= hi:
        return
    a, b = toks[lo].start, toks[hi - 1].end
    i = bisect_left(ctx.quotes, a, key=lambda q: q.outer.start)
    if i > 0 and a < ctx.quotes[i - 1].outer.end <= b:
        i -= 1  # a quotation of several sentences closing in this one ('"... . ...," X charged')
    while i < len(ctx.quotes) and ctx.quotes[i].outer.start < b:
        q = ctx.quotes[i]
        i += 1
        inner = text[q.inner.start : q.inner.end].rstrip()
        if not inner.endswith(",") or q.outer.end > b:
            continue
        j = bisect_left(toks, q.outer.end, lo=lo, hi=hi, key=lambda t: t.start)
        for k in range(j, min(hi, j + MAX_AFTER_QUOTE)):
            if not toks[k].is_word:
                break
            if ctx.lex.cues.match(ctx.words, k) is not None:
                break  # a listed cue: the cue scan has seen it
            if _finite_verb(ctx, k) and not ctx.words[k].endswith(ctx.lex.progressive_suffixes):
                # a participle after a quotation adds to it ('...," giving states more power')
                if k > j and not _after_teller(ctx, j, k):
                    break
                att = verb(k, k + 1, "speech")
                if (
                    k > j
                    and att is not None
                    and att.source_span is not None
                    and att.source_span.start != toks[j].start
                ):
                    break  # "..., which it sells", "..., as his father dreamed"
                out.offer(att, before=False)
                break


def _possessor(ctx: _Context, lo: int, p: int) -> TellerPhrase | None:
    """The teller owning the noun after token ``p``: a possessive pronoun ("*his* claim") or
    a name with a possessive ending ("*Sen. Ted Cruz's* view")."""
    lex, toks, words = ctx.lex, ctx.toks, ctx.words
    if words[p] in lex.verb_constructions.possessives:
        return TellerPhrase(p, p + 1)
    if not toks[p].is_cap or not words[p].endswith(lex.possessive_endings):
        return None
    a = p
    while a - 1 >= lo and p - a < MAX_NAME and toks[a - 1].is_cap and toks[a - 1].is_word:
        a -= 1
    return TellerPhrase(a, p + 1)


def _noun_that(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
) -> None:
    """ "his contention that ...", "Beck's argument was that ...": a possessor, a noun, perhaps
    a copula, then a clause; the noun is the cue whatever it is."""
    words, toks, data = ctx.words, ctx.toks, ctx.lex.verb_constructions
    for k in range(lo + 2, hi - 1):
        if words[k] not in data.that or not _opens_clause(ctx, k + 1) or _inside_quote(ctx, k):
            continue
        if words[k - 1] not in data.copulas:
            continue  # "his belief that ...": see the module docstring
        n = k - 2
        if n - 1 < lo or not toks[n].is_word or toks[n].is_cap or not words[n].isalpha():
            continue
        if words[n] in ctx.lex.np_stop or ctx.lex.cues.match(words, n) is not None:
            continue
        phrase = _possessor(ctx, lo, n - 1)
        if phrase is None:
            continue
        source_span = Span(toks[phrase.a].start, toks[phrase.b - 1].end)
        if out.overlaps(source_span):
            continue
        out.add(
            Attribution(
                content=Span(toks[k + 1].start, toks[hi - 1].end),
                cue=Span(toks[n].start, toks[n].end),
                chain=[teller(phrase)],
                sentence_index=si,
                source_span=source_span,
                kind="speech",
            )
        )


def _adjective_that(ctx: _Context, lo: int, hi: int, verb: VerbFinder, out: Taken) -> None:
    """ "Political pundits are shocked that ...", "I'm aghast that ...": a teller, a copula,
    perhaps an adverb, any adjective, then a clause; copula and adjective are the cue."""
    words, toks, lex = ctx.words, ctx.toks, ctx.lex
    data = lex.verb_constructions
    for k in range(lo + 3, hi - 1):
        if words[k] not in data.that or not _opens_clause(ctx, k + 1) or _inside_quote(ctx, k):
            continue
        n = k - 1
        if not toks[n].is_word or toks[n].is_cap or not words[n].isalpha():
            continue
        if words[n] in lex.np_stop or words[n] in data.copulas or words[n] in data.not_verbs:
            continue
        c = n - 1
        if words[c].endswith(lex.adverb_suffixes) or words[c] in lex.pre_cue_skip:
            c -= 1  # "are *not* convinced", "is *increasingly* frustrated"
        if c <= lo or words[c] not in data.copulas or not _after_teller(ctx, lo, c):
            continue
        att = verb(c, n + 1, "speech")
        if att is not None:
            att.kind = "attitude"
        out.offer(att, before=True)


def construction_attributions(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    found: list[Attribution],
    verb: VerbFinder,
    teller: Callable[[TellerPhrase], Source],
    kinds: frozenset[str] | None = None,
) -> list[Attribution]:
    """Attributions in tokens ``[lo, hi)`` of sentence ``s`` whose cue is known by its
    construction, of the cue families ``kinds`` (every family when None); ``found`` are those
    of the sentence already, whose tellers are not taken twice; ``teller`` types and remembers
    a phrase's teller. The families of listed cues (verb chains, contracted pronouns, asides,
    described subjects) look a cue's family up before naming its teller, so a teller of a
    family not asked for is never remembered."""
    out = Taken(found)
    contracted_attributions(ctx, si, lo, hi, teller, out, kinds)
    aside_attributions(ctx, si, lo, hi, teller, out, kinds)
    described_attributions(ctx, si, lo, hi, teller, out, kinds)
    opening_participle_attributions(ctx, si, lo, hi, teller, out, kinds)
    if ctx.lex.verb_constructions.endings:
        _noun_that(ctx, si, lo, hi, teller, out)
        _that(ctx, lo, hi, verb, out)
        _adjective_that(ctx, lo, hi, verb, out)
        _to(ctx, lo, hi, verb, out)
        _after_quote(ctx, lo, hi, verb, out)
    chain_attributions(ctx, lo, hi, verb, out, kinds)
    purpose_attributions(ctx, lo, hi, verb, out, kinds)
    gerund_attributions(ctx, si, lo, hi, found, teller, out, kinds)
    if kinds is None:
        return out.new
    return [a for a in out.new if a.kind in kinds]
