"""A described subject opening its clause speaks through the listed cue right after it.

"The real estate mogul declined to elaborate", "Two other emails highlight ...", "After the
appeals court refused to reconsider ...": the teller is a common noun phrase the teller
vocabulary does not list ("mogul", "emails", "court"), and the cue scan takes such a phrase
as a teller only before a verb of speech. Where the phrase opens its clause -- the sentence's
first words, after a coordinator, or after a subordinator of ``verb_constructions.subordinators``
("When", "After", "While") -- and a listed cue follows it at once (over auxiliaries and
adverbs), the phrase is the subject of the cue and its teller. The phrase is a determiner, a
number or a quantifier and up to ``MAX_WORDS`` words, none of them a stop word, pronoun or cue.

A clause after a comma opens the same way ("In South Florida, where land is scarce,
*developers see* golf courses as wasted space", "But more than anything else that happened
this year, *the deal demonstrates* ..."), when its phrase opens on a determiner or ends on a
plural, holds no adverb ("*methodically* exposed") and the cue is no gerund ("possibly
calling"): measured on PolNeAR train, 21 more tellers right for 32 more found (dev 5 for 6).
So does a clause after a subordinator inside the sentence ("even if *the election returns
suggest* otherwise", "when *a local pediatrician reported* ..."): train 10 for 17, dev 3 for 6.

Each sentence looks at a bounded number of tokens, so it costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_tellers import TellerPhrase
from claimgraph.extract.a_tellers_polls import poll_words
from claimgraph.extract.attribution import Attribution
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import _Context

__all__ = ["described_attributions", "subject_attribution"]

MAX_WORDS = 4  # words of a described subject after its determiner ("the real estate mogul")
MAX_SKIP = 3  # auxiliaries and adverbs between the subject and its cue
MIN_ADVERB = 6  # letters of a word taken as an adverb by its ending


def _clause_start(ctx: _Context, hi: int) -> int | None:
    """The first token of the sentence's first clause: after a coordinator or a subordinator."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    k = ctx.first_word
    if k < hi and words[k] in lex.coordinators:
        k += 1
    if k < hi and words[k] in lex.verb_constructions.subordinators:
        k += 1
    return k if k < hi and toks[k].is_word else None


def _described(ctx: _Context, a: int, hi: int) -> int | None:
    """End (exclusive) of a described noun phrase starting at token ``a``, if one is there."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    data = lex.verb_constructions
    if words[a] in data.openers or words[a] in data.clause_openers:
        return None  # "Despite Cruz consolidating ...": a link, no subject
    k = a
    if words[k] in lex.determiners or toks[k].text[0].isdigit():
        k += 1
    start = k
    while k < hi and k - start < MAX_WORDS:
        t, w = toks[k], words[k]
        if (
            not t.is_word
            or not w.replace("-", "").isalpha()
            or w.endswith(lex.progressive_suffixes)
        ):
            break
        if w in lex.np_stop or w in lex.pronouns or w in lex.pre_cue_skip or w in lex.determiners:
            break
        if w in lex.np_internal or w in lex.subject_links:
            return None  # "Her base *of* support", "The question *of* whether"
        if lex.cues.match(words, k) is not None or w in data.not_verbs:
            break
        k += 1
    if k == start or words[k - 1] in lex.conjunctions:
        return None
    return k


def _verb_form(ctx: _Context, a: int, b: int, k: int) -> bool:
    """The cue at ``k`` after the phrase ``[a, b)`` reads as a verb, not as the phrase's head
    noun: it has a verb ending ("declined", "shows"), or it agrees with a plural head
    ("senators *support*") that no possessive opens ("Her economic *plan*", "His state-level
    *support*")."""
    words, lex = ctx.words, ctx.lex
    data = lex.verb_constructions
    if words[k].endswith(data.endings) and len(words[k]) >= data.min_letters:
        return True
    if k > b:
        return True  # after an auxiliary or an adverb ("has long *favored*")
    head = words[b - 1]
    return head.endswith(data.plural_endings) and words[a] not in data.possessives


def _plain_phrase(ctx: _Context, a: int, b: int, hi: int) -> bool:
    """After a comma or a subordinator inside the sentence the phrase ``[a, b)`` is taken as a subject only when it reads as one: it
    opens on a determiner or ends on a plural ("the deal", "developers"), holds no adverb
    ("*methodically* exposed") and the cue after it is no gerund ("possibly calling": a
    participle describing what came before)."""
    words, lex = ctx.words, ctx.lex
    if any(words[m].endswith(lex.adverb_suffixes) for m in range(a, b)):
        return False
    if words[a] in poll_words(lex.lang).quantifiers:
        return False  # "many regulars": a quantified group is a_tellers_polls' to judge
    if b < hi and words[b].endswith(lex.progressive_suffixes):
        return False
    plural = words[b - 1].endswith(lex.verb_constructions.plural_endings)
    return words[a] in lex.determiners or plural


def _offer(
    ctx: _Context,
    si: int,
    hi: int,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
    allowed: frozenset[str],
    a: int,
    after_comma: bool,
) -> None:
    """Offer the attribution of a described subject starting at token ``a`` and the listed cue
    right after it, if both are there."""
    from claimgraph.extract.a_cues_constructions import _inside_quote

    lex, words, toks = ctx.lex, ctx.words, ctx.toks
    if _inside_quote(ctx, a):
        return
    b = _described(ctx, a, hi)
    if b is None or b >= hi or (after_comma and not _plain_phrase(ctx, a, b, hi)):
        return
    k = b
    while k < hi and k - b < MAX_SKIP:
        w = words[k]
        adverb = len(w) >= MIN_ADVERB and w.endswith(lex.adverb_suffixes)
        if w not in lex.pre_cue_skip and not adverb:
            break
        k += 1
    hit = lex.cues.match(words, k) if k < hi else None
    if hit is None or hit[1] not in allowed or toks[k].is_cap or k + hit[0] > hi:
        return
    if not _verb_form(ctx, a, b, k):
        return
    c1 = k + hit[0]
    if after_comma and c1 < hi and words[c1] in lex.agent_markers:
        return  # ", a sentiment endorsed *by* the crowd": a participle, its agent the teller
    if out.overlaps(Span(toks[a].start, toks[b - 1].end)):
        return
    att = subject_attribution(ctx, si, hi, (a, b), (b, c1, hit[1]), teller)
    if att is not None:
        out.add(att)


def subject_attribution(
    ctx: _Context,
    si: int,
    hi: int,
    subject: tuple[int, int],
    cue: tuple[int, int, str],
    teller: Callable[[TellerPhrase], Source],
) -> Attribution | None:
    """The attribution of a cue (tokens ``[c0, c1)``, its family) told by the subject in tokens
    ``[a, b)``, its statement what follows the cue up to ``hi``; None when nothing follows."""
    from claimgraph.extract.attribution import _content_after

    (a, b), (c0, c1, kind) = subject, cue
    toks = ctx.toks
    content, quote = _content_after(ctx, c1, hi)
    if content is None:
        return None
    return Attribution(
        content=content,
        cue=Span(toks[c0].start, toks[c1 - 1].end),
        chain=[teller(TellerPhrase(a, b))],
        sentence_index=si,
        source_span=Span(toks[a].start, toks[b - 1].end),
        kind=kind,
        quote=quote.outer if quote is not None else None,
    )


def described_attributions(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
    kinds: frozenset[str] | None = None,
) -> None:
    """Offer to ``out`` the attribution of a described subject opening the sentence's first
    clause, or a clause after a comma or a subordinator, and the listed cue of the families ``kinds`` (every
    family of the data when None) right after it; ``teller`` types and remembers a phrase's
    teller."""
    data = ctx.lex.verb_constructions
    allowed = data.described_kinds if kinds is None else data.described_kinds & kinds
    if not allowed:
        return
    first = _clause_start(ctx, hi)
    if first is not None:
        _offer(ctx, si, hi, teller, out, allowed, first, after_comma=False)
    toks, words = ctx.toks, ctx.words
    for k in range(max(lo, ctx.first_word), hi - 1):
        opens = toks[k].text == "," or (k > ctx.first_word and words[k] in data.subordinators)
        if opens and toks[k + 1].is_word:
            _offer(ctx, si, hi, teller, out, allowed, k + 1, after_comma=True)
