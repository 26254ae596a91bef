"""Opening viewpoint frames: "*Pour Moscou*, l'accord est une victoire", "*To Frank*, ...".

A preposition opening the sentence, then a teller, then a comma: the clause after the comma is
the teller's view. French and Spanish reporting attribute opinions this way all the time ("Pour
l'analyste Michel Goya, ces drones ...", "Para los expertos, ..."); English does with "To"
("To many, the vote was a referendum").

The prepositions are language data (``prepositions`` in ``lang/<xx>/attribution_openings.yaml``);
the phrase up to the comma is a teller when it is one word of ``tellers`` ("them", "eux",
"muchos"), or when it holds a capitalised word or a teller head of the lexicon and opens on
none of ``not_tellers`` ("Pour la première fois", "To date", "Para ello"), and it opens on a
capitalised word, a determiner or a teller head: a lower-case word there is an infinitive of
purpose ("To stop Ted Cruz, ...", "Pour lutter contre ..."). Digits make it a time or an amount
("Pour 2025", "To 40 drones"). The preposition is the cue.

Each sentence looks at a bounded number of tokens, so this costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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

__all__ = ["OpeningFrames", "opening_attributions", "opening_frames"]

MAX_TELLER = 8  # tokens between the preposition and its comma ("l'analyste militaire Michel Goya")


@dataclass(frozen=True, slots=True)
class OpeningFrames:
    prepositions: frozenset[str]
    not_tellers: tuple[tuple[str, ...], ...]
    tellers: frozenset[str]


@cache
def opening_frames(lang: str) -> OpeningFrames:
    """The opening frames of ``lang`` (none when the language lists none)."""
    data = load_language_data(lang, "attribution_openings")
    return OpeningFrames(
        prepositions=frozenset(str(w).lower() for w in data.get("prepositions") or []),
        not_tellers=tuple(phrase_tokens(str(p)) for p in data.get("not_tellers") or []),
        tellers=frozenset(str(w).lower() for w in data.get("tellers") or []),
    )


def _teller_phrase(ctx: _Context, frames: OpeningFrames, a: int, comma: int) -> bool:
    """Whether tokens ``[a, comma)`` name a teller."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    if comma - a == 1 and words[a] in frames.tellers:
        return True
    if any(tuple(words[a : a + len(p)]) == p for p in frames.not_tellers):
        return False
    first = toks[a]
    if not (first.is_cap or words[a] in lex.determiners or words[a] in lex.teller_heads):
        return False  # "To stop Ted Cruz,", "Pour lutter contre ...,": an infinitive of purpose
    part = toks[a:comma]
    if any(not t.is_word and t.text not in ".-'’" for t in part) or any(
        c.isdigit() for t in part for c in t.text
    ):
        return False
    if any(lex.cues.match(words, j) is not None for j in range(a, comma)):
        return False  # "To say the least," "Pour dire vrai,": a clause, not a teller
    return any(t.is_cap or t.low in lex.teller_heads for t in part)


def opening_attributions(
    ctx: _Context,
    si: int,
    s: Sentence,
    lo: int,
    hi: int,
    found: list[Attribution],
    teller: Callable[[TellerPhrase], Source],
) -> list[Attribution]:
    """The opening frame of sentence ``s`` (tokens ``[lo, hi)``), if it has one that no
    attribution of ``found`` covers; ``teller`` types and remembers the teller."""
    from claimgraph.extract.attribution import Attribution

    frames = opening_frames(ctx.lex.lang)
    k = ctx.first_word
    if not frames.prepositions or k >= hi or ctx.words[k] not in frames.prepositions:
        return []
    toks = ctx.toks
    if quote_inside(ctx.quotes, toks[k].start) is not None:
        return []
    comma = next(
        (j for j in range(k + 1, min(hi, k + 2 + MAX_TELLER)) if toks[j].text == ","), None
    )
    if comma is None or comma == k + 1 or comma + 1 >= hi:
        return []
    if not _teller_phrase(ctx, frames, k + 1, comma):
        return []
    span = Span(toks[k + 1].start, toks[comma - 1].end)
    if any(a.source_span and a.source_span.overlaps(span) for a in found):
        return []  # "To Frank, who said ..., ": the teller speaks through a verb of its own
    content = words_span(ctx, comma + 1, hi)
    if content is None:
        return []
    return [
        Attribution(
            content=content,
            cue=Span(toks[k].start, toks[k].end),
            chain=[teller(TellerPhrase(k + 1, comma))],
            sentence_index=si,
            source_span=span,
            kind="according_to",
        )
    ]
