"""Possessive viewpoint frames: "*По его словам*, ВСУ сбили 40 дронов", "in Bolton's view".

Wire copy names a speaker once and then attributes the next sentences through a possessive:
"По его словам", "За їхніми даними", "Nach seinen Worten", "En su opinión", "À ses yeux",
"In his view", "By her own account". The possessor is the teller: a possessive word stands for
the pronoun it belongs to ("его" for "он", "his" for "he") and is resolved like that pronoun to
the teller named before; a genitive phrase ("Bolton's", "the president's", "the Clintons'") is
the teller itself. The frame (preposition, possessor and viewpoint noun) is the cue.

The frames and possessives are language data (``frames``, ``possessives``, ``genitive_endings``,
``genitive_marks`` in ``lang/<xx>/attribution_possessive.yaml``); "{poss}" in a frame is the
possessor's slot. The content is the clause the frame belongs to: what follows a frame that
opens the sentence or a clause after a colon, a complementizer or a subordinator ("По его
словам, *ВСУ сбили ...*", "the observation that, in his view, *the talks failed*"), what
precedes one that closes it ("*the talks failed*, in Bolton's view"), the whole sentence around
a frame set off inside it. A possessive resolves only to a teller named before it.

Each frame start looks at a bounded number of tokens, so a sentence costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from claimgraph.extract.a_cues_frames import words_span
from claimgraph.extract.a_lexicon import phrase_tokens
from claimgraph.extract.a_tellers import TellerPhrase
from claimgraph.extract.a_tokens import quote_inside
from claimgraph.lang import load_language_data
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.attribution import Attribution, _Context
    from claimgraph.extract.sentences import Sentence

__all__ = ["PossessiveFrames", "possessive_attributions", "possessive_frames"]

SLOT = "{poss}"
MAX_POSSESSOR = 6  # words of a genitive possessor ("the former secretary of state's")


@dataclass(frozen=True, slots=True)
class PossessiveFrames:
    """One language's frames: (words before the slot, words after it), by their first word."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]
    possessives: dict[str, str]
    genitive_endings: tuple[str, ...]
    genitive_marks: frozenset[str]


@cache
def possessive_frames(lang: str) -> PossessiveFrames:
    """The possessive frames of ``lang`` (none when the language lists none)."""
    data = load_language_data(lang, "attribution_possessive")
    possessives = {
        str(k).lower(): str(v).lower() for k, v in (data.get("possessives") or {}).items()
    }
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for frame in data.get("frames") or []:
        before, _, after = str(frame).partition(SLOT)
        pattern = (phrase_tokens(before), phrase_tokens(after))
        firsts = [pattern[0][0]] if pattern[0] else list(possessives)
        for first in firsts:
            by_first.setdefault(first, []).append(pattern)
    return PossessiveFrames(
        by_first={k: tuple(v) for k, v in by_first.items()},
        possessives=possessives,
        genitive_endings=tuple(str(e).lower() for e in data.get("genitive_endings") or []),
        genitive_marks=frozenset(str(m) for m in data.get("genitive_marks") or []),
    )


def _matches(words: list[str], k: int, phrase: tuple[str, ...], hi: int) -> bool:
    return k + len(phrase) <= hi and tuple(words[k : k + len(phrase)]) == phrase


def _genitive_end(ctx: _Context, frames: PossessiveFrames, a: int, b: int) -> int | None:
    """Token end of a genitive possessor in ``[a, b)`` closing right before ``b``, or None."""
    toks, words = ctx.toks, ctx.words
    last = b - 1
    if last < a:
        return None
    if toks[last].text in frames.genitive_marks and last > a and words[last - 1].endswith("s"):
        return last  # "the Clintons' view": the mark is no part of the name
    if any(words[last].endswith(e) and len(words[last]) > len(e) for e in frames.genitive_endings):
        return b
    return None


def _possessor(
    ctx: _Context, frames: PossessiveFrames, a: int, after: tuple[str, ...], hi: int
) -> tuple[int, int, int] | None:
    """(possessor start, possessor end, frame end) for a slot opening at token ``a``."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    if a < hi and words[a] in frames.possessives and _matches(words, a + 1, after, hi):
        return a, a + 1, a + 1 + len(after)
    if not frames.genitive_endings:
        return None
    for b in range(a + 1, min(hi, a + MAX_POSSESSOR) + 1):
        t = toks[b - 1]
        if not (t.is_word or t.text == "." or t.text in frames.genitive_marks):
            return None  # a comma or a quotation mark: no possessor phrase
        if t.is_word and lex.cues.match(words, b - 1) is not None:
            return None  # "in what he said" is no possessor
        end = _genitive_end(ctx, frames, a, b)
        if end is not None and _matches(words, b, after, hi):
            return a, end, b + len(after)
    return None


_LEFT_MARKS = frozenset({",", "(", "—", "–", "-", ";", ":"})
_RIGHT_MARKS = frozenset({",", ".", ";", ":", ")", "—", "–", "!", "?", "…"})


def _set_off(ctx: _Context, k: int, end: int, hi: int) -> bool:
    """Whether the frame in tokens ``[k, end)`` is an adverbial of its own clause: it opens the
    sentence or a clause ("because, *in Forbes' words*, ...", "which *in his view* has ..."), or
    is set off by punctuation ("..., *in Bolton's view*."). "Tears *in their eyes*", "believed
    *in her judgment*", "*in his estimation of* the market" are a noun's or a verb's complement."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    if k <= ctx.first_word:
        return True
    before = words[k - 1]
    if (
        before in lex.coordinators
        or before in lex.verb_constructions.subordinators
        or lex.pronouns.get(before) == "relative"
        or before in lex.complementizers
    ):
        return True
    return toks[k - 1].text in _LEFT_MARKS and (end >= hi or toks[end].text in _RIGHT_MARKS)


_CLAUSE_MARKS = frozenset({":", ";"})


def _opens_clause(ctx: _Context, k: int) -> bool:
    """The frame at token ``k`` opens the clause after it: it opens the sentence, or follows a
    colon or semicolon, or a complementizer or subordinator, maybe with a comma ("the
    president says: *In his view*, ...", "the observation that, *from his point of view*,
    ...")."""
    if k <= ctx.first_word:
        return True
    j = k - 1
    if ctx.toks[j].text == "," and j > ctx.first_word:
        j -= 1
    word, lex = ctx.words[j], ctx.lex
    return (
        ctx.toks[j].text in _CLAUSE_MARKS
        or word in lex.complementizers
        or word in lex.verb_constructions.subordinators
    )


def _content(ctx: _Context, s: Sentence, lo: int, hi: int, k: int, end: int) -> Span:
    """The clause a frame in tokens ``[k, end)`` belongs to."""
    after = words_span(ctx, end, hi)  # bounded trims: a long sentence costs no more per frame
    if after is not None and _opens_clause(ctx, k):
        return after
    if after is None:
        before = words_span(ctx, lo, k)
        if before is not None:
            return before
    return Span(s.start, s.end)


def possessive_attributions(
    ctx: _Context,
    si: int,
    s: Sentence,
    lo: int,
    hi: int,
    found: list[Attribution],
    teller: Callable[[TellerPhrase], Source],
) -> list[Attribution]:
    """Every possessive frame in tokens ``[lo, hi)`` of sentence ``s`` outside quotations and
    outside the cues of ``found``; ``teller`` types and remembers a genitive possessor."""
    from claimgraph.extract.attribution import Attribution

    frames = possessive_frames(ctx.lex.lang)
    if not frames.by_first:
        return []
    toks, words = ctx.toks, ctx.words
    out: list[Attribution] = []
    k = lo
    while k < hi:
        patterns = frames.by_first.get(words[k])
        hit = None
        # the viewpoint noun must stand within reach: one set look-up per frame start instead
        # of a walk over the possessor slot for every "in" and "by" of the text
        ahead = set(words[k + 1 : min(hi, k + 3 + MAX_POSSESSOR)]) if patterns else set()
        for before, after in patterns or ():
            if (after and after[0] not in ahead) or not _matches(words, k, before, hi):
                continue
            hit = _possessor(ctx, frames, k + len(before), after, hi)
            if hit is not None:
                break
        if hit is None or quote_inside(ctx.quotes, toks[k].start) is not None:
            k += 1
            continue
        a, b, end = hit
        if not _set_off(ctx, k, end, hi):
            k += 1
            continue
        cue = Span(toks[k].start, toks[end - 1].end)
        span = Span(toks[a].start, toks[b - 1].end)
        overlapping = [x for x in found if x.cue is not None and x.cue.overlaps(cue)]
        if overlapping:
            # "Selon *ses estimations*", "*Ihren Angaben* zufolge": an "according to" phrase took
            # the frame's noun for its teller; the possessor is the teller
            memory = ctx.memory
            memory.seen = [(t, n) for t, n in memory.seen if not (t.span and t.span.overlaps(cue))]
            for x in overlapping:
                if x.kind == "according_to" and x.source_span and x.source_span.overlaps(span):
                    x.chain = [_source(ctx, frames, teller, a, b, span)]
                    x.source_span = span
            k = end
            continue
        out.append(
            Attribution(
                content=_content(ctx, s, lo, hi, k, end),
                cue=cue,
                chain=[_source(ctx, frames, teller, a, b, span)],
                sentence_index=si,
                source_span=span,
                kind="according_to",
            )
        )
        k = end
    return out


def _source(
    ctx: _Context,
    frames: PossessiveFrames,
    teller: Callable[[TellerPhrase], Source],
    a: int,
    b: int,
    span: Span,
) -> Source:
    """The teller a possessor in tokens ``[a, b)`` names: a possessive word resolved as its
    pronoun, or the genitive phrase without its ending."""
    pronoun = frames.possessives.get(ctx.words[a]) if b == a + 1 else None
    if pronoun is not None:
        own = Source(ctx.toks[a].text, "person", span=span)
        return ctx.memory.resolve(own, [pronoun], ctx.lex, before=span.start)
    source = teller(TellerPhrase(a, b))
    name = _without_genitive(source.name, frames)
    if name != source.name:
        source = replace(source, name=name)
    return source


def _without_genitive(name: str, frames: PossessiveFrames) -> str:
    low = name.lower().replace("’", "'")
    for ending in frames.genitive_endings:
        if low.endswith(ending):
            return name[: len(name) - len(ending)]
    return name
