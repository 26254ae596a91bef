"""A pronoun contracted with its auxiliary as the teller of the cue after it: "he's said ...".

A token like "he's" ends like a possessive ("Clinton's plans"), so the cue scan takes the cue
after it for a noun and finds no teller. When the token is a pronoun of the language data
(``pronouns`` lists the contracted forms, "he's", "she's") the ending is an auxiliary, and the
cue after it (over the auxiliaries and adverbs of ``pre_cue_skip`` and ``progressive_aux``) is
a verb: "he's said he gets his ideas from ...", "she's also describing ...". The teller is
the pronoun, the content what follows the cue, as for any verb of the lexicon.

:func:`contracted_attributions` looks at a bounded number of tokens after each contracted
pronoun, so a sentence costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_tellers import TellerPhrase
from claimgraph.extract.attribution import Attribution
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import _Context

__all__ = ["contracted_attributions"]

MAX_SKIP = 3  # auxiliaries and adverbs between the pronoun and its cue ("'s also long")
MIN_ADVERB = 6  # letters of a word taken as an adverb by its ending


def _cue_after(ctx: _Context, p: int, hi: int) -> tuple[int, str] | None:
    """(end, kind) of the listed cue after the contracted pronoun at ``p``."""
    lex, words, toks = ctx.lex, ctx.words, ctx.toks
    k = p + 1
    while k < hi and k - p <= MAX_SKIP:
        if not toks[k].is_word or toks[k].is_cap:
            return None
        hit = lex.cues.match(words, k)
        if hit is not None:
            return (k + hit[0], hit[1]) if k + hit[0] <= hi else None
        w = words[k]
        adverb = len(w) >= MIN_ADVERB and w.endswith(lex.adverb_suffixes)
        if w not in lex.pre_cue_skip and w not in lex.progressive_aux and not adverb:
            return None
        k += 1
    return None


def contracted_attributions(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
    kinds: frozenset[str] | None = None,
) -> None:
    """Offer to ``out`` an attribution for every contracted pronoun ending like a possessive
    in tokens ``[lo, hi)`` and the listed cue of the families ``kinds`` (every family when
    None) after it; ``teller`` types and remembers a phrase's teller."""
    from claimgraph.extract.a_cues_constructions import _inside_quote
    from claimgraph.extract.attribution import _content_after

    lex, words, toks = ctx.lex, ctx.words, ctx.toks
    endings = lex.possessive_endings
    if not endings:
        return
    for p in range(lo, hi - 1):
        w = words[p]
        if w not in lex.pronouns or not w.endswith(endings) or _inside_quote(ctx, p):
            continue
        if lex.pronouns[w] == "relative":
            continue  # "who's": its antecedent is the teller
        found = _cue_after(ctx, p, hi)
        if found is None:
            continue
        c1, kind = found
        if kinds is not None and kind not in kinds:
            continue
        source_span = Span(toks[p].start, toks[p].end)
        if out.overlaps(source_span):
            continue
        content, quote = _content_after(ctx, c1, hi)
        if content is None:
            continue
        out.add(
            Attribution(
                content=content,
                cue=Span(toks[p + 1].start, toks[c1 - 1].end),
                chain=[teller(TellerPhrase(p, p + 1))],
                sentence_index=si,
                source_span=source_span,
                kind=kind,
                quote=quote.outer if quote is not None else None,
            )
        )
