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
from claimgraph.extract.a_tokens import Quote, quote_inside
from claimgraph.extract.attribution import Attribution
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import _Context

__all__ = ["aside_attributions"]

MAX_ASIDE = 40  # tokens from the subject's end to the cue
MAX_SKIP = 3  # auxiliaries and adverbs between the aside and the cue ("has also")
MAX_OPENER = 8  # tokens of an opening phrase before its comma ("Like a family member,")
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


def _subject_starts(ctx: _Context, lo: int, hi: int) -> list[tuple[int, Quote | None]]:
    """Where the sentence's subject may start, with the quotation it speaks when the sentence
    opens on one closed by a comma: the first word, after a coordinator ("But"), after that
    quotation, or after an opening phrase set off by a comma ("Like a family member,",
    "At Boca West, where it costs $70,000 to sign up,")."""
    toks, lex = ctx.toks, ctx.lex
    k = ctx.first_word
    if k >= hi:
        return []
    if toks[k].low in lex.coordinators:
        k += 1
    q = quote_inside(ctx.quotes, toks[k].start) if k < hi else None
    if q is not None:
        if q.outer.start < toks[lo].start:
            return []
        inner = ctx.text[q.inner.start : q.inner.end].rstrip()
        if not inner.endswith(","):
            return []
        m = k
        while m < hi and m - k <= MAX_ASIDE and toks[m].start < q.outer.end:
            m += 1
        return [(m, q)]
    starts: list[tuple[int, Quote | None]] = [(k, None)]
    m = k + 1
    while m < hi and m - k <= MAX_OPENER and toks[m].text != ",":
        if toks[m].text in _QUOTE_CLOSERS or toks[m].text in _OPENERS:
            return starts
        m += 1
    if m < hi and m - k <= MAX_OPENER and _opener(ctx, k):
        starts.append((m + 1, None))
    return starts


def _opener(ctx: _Context, k: int) -> bool:
    """Token ``k`` opens a phrase that is no subject: a capitalised link or preposition
    ("Like", "At", "After"), or an adverb ("Earlier", "Similarly")."""
    w, lex = ctx.words[k], ctx.lex
    return (
        w in lex.np_stop
        or w in lex.pre_cue_skip
        or w in lex.subject_links
        or w in lex.verb_constructions.openers
        or (len(w) >= MIN_ADVERB and w.endswith(lex.adverb_suffixes))
    )


def _skip_right(ctx: _Context, k: int, hi: int) -> int:
    lex, words = ctx.lex, ctx.words
    j = k
    while j < hi and j - k < MAX_SKIP:
        w = words[j]
        adverb = len(w) >= MIN_ADVERB and w.endswith(lex.adverb_suffixes)
        if not ctx.toks[j].is_word or (w not in lex.pre_cue_skip and not adverb):
            break
        j += 1
    return j


def _offer(
    ctx: _Context,
    si: int,
    hi: int,
    subject: TellerPhrase,
    aside_end: int,
    cue: tuple[int, int, str],
    quote: Quote | None,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
) -> None:
    """Add the attribution of ``subject`` (written up to token ``aside_end``, excluded) and the
    cue in tokens ``cue[0]:cue[1]`` of family ``cue[2]``, unless a teller there is taken."""
    from claimgraph.extract.attribution import _content_after

    toks, lex = ctx.toks, ctx.lex
    j, c1, kind = cue
    if quote is not None:
        content: Span | None = quote.inner
    else:
        content, quote = _content_after(ctx, c1, hi)
    end = aside_end - 1
    while end > subject.a and not toks[end].is_word and toks[end].text != ")":
        end -= 1  # "Democrats -- including Clinton --": the dashes close the aside
    written = Span(toks[subject.a].start, toks[end].end)
    if content is None or out.overlaps(written):
        return  # the cue scan found a teller in the aside ("a delegate from *Texas*")
    k = _skip_right(ctx, j, c1)
    if ctx.words[k].endswith(lex.progressive_suffixes):
        # "Trump, whose views ..., proposed a ban, *citing* ...": a participle adds to the
        # main verb, and what stands before its comma is no aside
        written = Span(toks[subject.a].start, toks[subject.b - 1].end)
    out.add(
        Attribution(
            content=content,
            cue=Span(toks[j].start, toks[c1 - 1].end),
            chain=[teller(subject)],
            sentence_index=si,
            source_span=written,
            kind=kind,
            quote=quote.outer if quote is not None else None,
        )
    )


def _attribution(
    ctx: _Context,
    si: int,
    hi: int,
    start: int,
    quote: Quote | None,
    after_opener: bool,
    kinds: frozenset[str],
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
) -> bool:
    """Offer the attribution of the subject starting at token ``start``; True when a subject
    was read there (whether or not an attribution was added)."""
    from claimgraph.extract.a_cues_constructions import _inside_quote

    lex, words, toks = ctx.lex, ctx.words, ctx.toks
    if start >= hi or toks[start].text in _QUOTE_CLOSERS:
        return False
    subject = right_phrase(toks, start, hi, lex, loose=False)
    if subject is None or subject.b >= hi:
        return False
    first = toks[subject.a]
    if not first.is_cap or _opener(ctx, subject.a):
        return False  # "Despite challenging ...", "Moreover, ...": a link, no subject
    if out.overlaps(Span(toks[subject.a].start, toks[subject.b - 1].end)):
        return True
    if toks[subject.b].text not in _OPENERS:
        if not after_opener:
            return False
        # "Like a family member, Ebeling said ...": the verb right after the subject
        k = _skip_right(ctx, subject.b, hi)
        hit = lex.cues.match(words, k) if k < hi else None
        if hit is None or toks[k].is_cap or hit[1] not in kinds or k + hit[0] > hi:
            return False
        _offer(ctx, si, hi, subject, subject.b, (subject.b, k + hit[0], hit[1]), quote, teller, out)
        return True
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
        _offer(ctx, si, hi, subject, j - 1, (j, k + hit[0], hit[1]), quote, teller, out)
        return True
    return True


def aside_attributions(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
    kinds: frozenset[str] | None = None,
) -> None:
    """Offer to ``out`` the attribution of the first listed cue of the families ``kinds``
    (every family of the data when None) in tokens ``[lo, hi)`` after an aside that follows
    the sentence's subject; ``teller`` types and remembers a phrase's teller."""
    data = ctx.lex.verb_constructions
    allowed = data.aside_kinds if kinds is None else data.aside_kinds & kinds
    if not allowed:
        return
    for n, (start, quote) in enumerate(_subject_starts(ctx, lo, hi)):
        after_opener = n > 0 and quote is None
        if _attribution(ctx, si, hi, start, quote, after_opener, allowed, teller, out):
            return
