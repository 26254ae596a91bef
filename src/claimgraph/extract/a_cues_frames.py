"""Prepositional source frames: "In a CNN/ORC poll, 38 percent said ..." names the poll as teller.

A preposition of the language data (``source_frames`` in ``lang/<xx>/attribution.yaml``, e.g.
``in: [poll, survey, surveys]``) followed, within a few words, by one of its head words opens a
frame: the words from after the preposition to the head (and a link to who ran it, "a survey
*from* Gallup") are the teller, the preposition is the cue, and the clause the frame belongs to
is the content, as for "according to a poll". Only heads that name a teller belong in the data:
"in an interview" or "in a statement" say where a speaker spoke, not who.

:func:`frame_attributions` runs once per sentence after the cue scan of
:mod:`claimgraph.extract.attribution`; each frame looks at a bounded number of tokens, so a
sentence costs time linear in its length whatever it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_tellers import TellerPhrase
from claimgraph.extract.a_tokens import quote_containing
from claimgraph.extract.attribution import Attribution
from claimgraph.extract.sentences import Sentence
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.attribution import _Context

__all__ = ["frame_attributions", "words_span"]

MAX_FRAME = 12  # tokens from the preposition to its head ("the latest NBC News/Marist poll")
MAX_LINKED = 5  # capitalised words after a link ("from Florida Southern College")
MAX_TAIL = 8  # tokens from the head to the comma closing an opening frame ("last month,")
_INNER_MARKS = frozenset({"-", "/", "&", "'", "’", "."})


def _head_after(ctx: _Context, k: int, hi: int, heads: frozenset[str]) -> int | None:
    """Index of the head word closing the frame opened at token ``k``, if one follows closely."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    for m in range(k + 1, min(hi, k + 1 + MAX_FRAME)):
        t = toks[m]
        if not t.is_word:
            if t.text in _INNER_MARKS:
                continue
            return None
        if words[m] in heads:
            # "in the poll" alone points back to a poll already named: a frame needs a word
            # of its own ("a CNN poll", "the latest survey")
            described = any(words[j] not in lex.determiners for j in range(k + 1, m))
            return m if described else None
        if words[m] in lex.determiners:
            continue
        if words[m] in lex.np_stop and words[m] not in lex.np_internal:
            return None
        if words[m] in lex.pronouns or lex.cues.match(words, m) is not None:
            return None
    return None


def _linked_end(ctx: _Context, m: int, hi: int) -> int:
    """End of the teller phrase after its head: over a link and the name after it."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    if m + 2 >= hi or words[m + 1] not in lex.source_frame_links:
        return m + 1
    j = m + 2
    if words[j] in lex.definite_articles:
        j += 1
    end = j
    while end < hi and end - j < MAX_LINKED and toks[end].is_word and toks[end].is_cap:
        end += 1
    return end if end > j else m + 1


def _content(ctx: _Context, s: Sentence, lo: int, hi: int, k: int, end: int) -> Span:
    """The clause the frame belongs to: what follows a frame opening the sentence, from its
    comma ("In a poll last month, *38 percent ...*"), else what precedes it ("*Trump leads* in
    the latest poll")."""
    toks = ctx.toks
    opens = k <= ctx.first_word or (
        k - 1 >= lo and toks[k - 1].low in ctx.lex.coordinators and k - 1 <= ctx.first_word
    )
    if opens:
        a = end
        for m in range(end, min(hi, end + MAX_TAIL)):
            if toks[m].text == ",":
                a = m + 1
                break
        span = words_span(ctx, a, hi)
        if span is not None:
            return span
    span = words_span(ctx, ctx.first_word, k)
    return span if span is not None else Span(s.start, s.end)


def words_span(ctx: _Context, a: int, b: int) -> Span | None:
    """Tokens ``[a, b)`` without the punctuation at either edge (bounded trims)."""
    toks = ctx.toks
    lo_limit, hi_limit = a + MAX_TAIL, b - MAX_TAIL
    while a < b and a < lo_limit and not toks[a].is_word:
        a += 1
    while b > a and b > hi_limit and not toks[b - 1].is_word:
        b -= 1
    return Span(toks[a].start, toks[b - 1].end) if b > a else None


def frame_attributions(
    ctx: _Context,
    si: int,
    s: Sentence,
    lo: int,
    hi: int,
    found: list[Attribution],
    teller: Callable[[TellerPhrase], Source],
    kinds: frozenset[str] | None = None,
) -> list[Attribution]:
    """Every source frame in tokens ``[lo, hi)`` of sentence ``s`` that no attribution found
    there already covers, after the cues known by construction
    (:mod:`claimgraph.extract.a_cues_constructions`) of the cue families ``kinds`` (every
    family when None); ``teller`` types and remembers a phrase's teller."""
    # verbs known by their construction (their module builds on this one and the cue scan)
    from claimgraph.extract.a_cues_constructions import Taken, construction_attributions
    from claimgraph.extract.attribution import _verb

    out: list[Attribution] = construction_attributions(
        ctx,
        si,
        lo,
        hi,
        found,
        lambda c0, c1, kind: _verb(ctx, si, s, lo, hi, c0, c1, kind),
        teller,
        kinds,
    )
    taken = Taken(found + out)
    frames = ctx.lex.source_frames
    if not frames:
        return out
    toks, words = ctx.toks, ctx.words
    k = lo
    while k < hi:
        heads = frames.get(words[k])
        if heads is None:
            k += 1
            continue
        q = quote_containing(ctx.quotes, toks[k].start)
        if q is not None and q.inner.start <= toks[k].start < q.inner.end:
            k += 1
            continue
        m = _head_after(ctx, k, hi, heads)
        if m is None:
            k += 1
            continue
        end = _linked_end(ctx, m, hi)
        source_span = Span(toks[k + 1].start, toks[end - 1].end)
        if not taken.overlaps(source_span):
            out.append(
                Attribution(
                    content=_content(ctx, s, lo, hi, k, end),
                    cue=Span(toks[k].start, toks[k].end),
                    chain=[teller(TellerPhrase(k + 1, end))],
                    sentence_index=si,
                    source_span=source_span,
                    kind="according_to",
                )
            )
        k = end
    return out
