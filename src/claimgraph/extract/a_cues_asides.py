"""The subject opening a sentence speaks through a listed cue after a long aside.

"Sam Solovey, a contestant on Trump's reality TV show, who went on to work alongside Trump,
said ...", "Executives for Mondelez, which generated $30 billion last year, say ...", "Sen. Rob
Portman (R-Ohio), another vulnerable incumbent, said ...", "Democrats -- including Clinton --
quickly accused ...": the cue follows a comma, a dash or a bracket closing an aside, and the
teller search before the cue stops at the aside's own words (a relative clause, a list, a
bracket). The sentence's subject is then read from its start: a teller phrase opening the
sentence (after a coordinator, or after a quotation closed by a comma) and followed at once by
the mark opening the aside. The source is written with its aside, as PolNeAR marks it; the
content is what follows the cue, or the quotation the sentence opens with.

An attribution is kept only when no attribution of the sentence holds its teller already, so
the cue scan's own findings come first. Each cue looks at a bounded number of tokens
(``MAX_ASIDE``), so a sentence costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_tellers import TellerPhrase, right_phrase
from claimgraph.extract.a_tokens import Quote
from claimgraph.extract.attribution import Attribution
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import _Context

__all__ = ["aside_attributions"]

MAX_ASIDE = 40  # tokens from the subject's end to the cue
MAX_SKIP = 3  # auxiliaries and adverbs between the aside and the cue ("has also")
MIN_ADVERB = 6  # letters of a word taken as an adverb by its ending
_CLOSERS = frozenset({",", ")", "-", "--", "—", "–"})
_OPENERS = frozenset({",", "(", "-", "--", "—", "–"})
_QUOTE_CLOSERS = frozenset({"”", '"', "'", "’", "»"})


def _skip_left(ctx: _Context, lo: int, k: int) -> int:
    lex, words = ctx.lex, ctx.words
    j = k
    while j - 1 > lo and k - j < MAX_SKIP:
        w = words[j - 1]
        adverb = len(w) >= MIN_ADVERB and w.endswith(lex.adverb_suffixes)
        if w not in lex.pre_cue_skip and not adverb:
            break
        j -= 1
    return j


def _subject_start(ctx: _Context, lo: int, hi: int) -> tuple[int, Quote | None]:
    """Where the sentence's subject may start: its first word, after a coordinator ("But"),
    or after a quotation closed by a comma that opens the sentence (with that quotation)."""
    toks, lex = ctx.toks, ctx.lex
    k = ctx.first_word
    if k >= hi:
        return k, None
    if toks[k].low in lex.coordinators:
        return k + 1, None
    for q in ctx.quotes:  # few per sentence; the first one opening at the sentence start
        if q.outer.start > toks[k].start:
            break
        if q.outer.start >= toks[lo].start and q.inner.start <= toks[k].start < q.inner.end:
            inner = ctx.text[q.inner.start : q.inner.end].rstrip()
            if not inner.endswith(","):
                return hi, None
            m = k
            while m < hi and toks[m].start < q.outer.end:
                m += 1
            return m, q
    return k, None


def aside_attributions(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
) -> None:
    """Offer to ``out`` the attribution of every listed cue in tokens ``[lo, hi)`` after an
    aside that follows the sentence's opening subject; ``teller`` types and remembers a
    phrase's teller."""
    from claimgraph.extract.a_cues_constructions import _inside_quote
    from claimgraph.extract.attribution import _content_after

    lex, words, toks = ctx.lex, ctx.words, ctx.toks
    kinds = lex.verb_constructions.aside_kinds
    if not kinds:
        return
    start, quote = _subject_start(ctx, lo, hi)
    if start >= hi or toks[start].text in _QUOTE_CLOSERS:
        return
    subject = right_phrase(toks, start, hi, lex, loose=False)
    if subject is None or subject.b >= hi or toks[subject.b].text not in _OPENERS:
        return
    first = toks[subject.a]
    if not first.is_cap or first.low in lex.np_stop or first.low in lex.pre_cue_skip:
        return  # "Despite challenging ...", "Moreover, ...": a link, no subject
    source_span = Span(toks[subject.a].start, toks[subject.b - 1].end)
    if out.overlaps(source_span):
        return
    k = subject.b + 1
    while k < hi and k - subject.b <= MAX_ASIDE:
        hit = lex.cues.match(words, k)
        if hit is None or toks[k].is_cap or hit[1] not in kinds or k + hit[0] > hi:
            k += 1
            continue
        j = _skip_left(ctx, subject.b, k)
        if toks[j - 1].text not in _CLOSERS or j - 1 <= subject.b or _inside_quote(ctx, k):
            k += hit[0]
            continue  # a cue inside the aside ("X, who has endorsed Y, said")
        c1 = k + hit[0]
        end = j - 2
        while end > subject.a and not toks[end].is_word and toks[end].text != ")":
            end -= 1  # "Democrats -- including Clinton --": the dashes close the aside
        if quote is not None:
            content: Span | None = quote.inner
        else:
            content, after = _content_after(ctx, c1, hi)
            quote = after
        written = Span(toks[subject.a].start, toks[end].end)
        if content is None or out.overlaps(written):
            return  # the cue scan found a teller in the aside ("Harvey, a delegate from *Texas*")
        if words[k].endswith(lex.progressive_suffixes):
            # "Trump, whose views ..., proposed a ban, *citing* ...": a participle adds to the
            # main verb, and what stands before its comma is no aside
            written = source_span
        out.add(
            Attribution(
                content=content,
                cue=Span(toks[j].start, toks[c1 - 1].end),
                chain=[teller(subject)],
                sentence_index=si,
                source_span=written,
                kind=hit[1],
                quote=quote.outer if quote is not None else None,
            )
        )
        return
