"""Cues inside a verb chain: a listed cue after words the teller search cannot step over.

The cue scan finds "endorse" in "Trump has yet to endorse Ryan" and "criticizing" in "Trump has
avoided directly criticizing Comey", but the teller search of
:func:`claimgraph.extract.attribution._verb` steps left only over auxiliaries and adverbs
(``pre_cue_skip``), so "to", "yet" or "avoided" stop it and no teller is found. PolNeAR
marks the whole chain as the cue ("has yet to endorse", "is also asking", "continue to
believe"). A chain is read right to left from a listed cue over at most ``MAX_CHAIN`` words of
the language's ``verb_constructions`` data:

* ``chain_words``: infinitive markers and particles of a chain ("to", "yet", "rather", "by");
* a word with a verb ending (``endings``, "avoided", "began", "is"), a copula or an auxiliary;
* an adverb (``adverb_suffixes``, "directly") or a word the teller search skips anyway;
* a bare verb of ``chain_verbs`` ("continue", "begin", "be").

The chain must hold a word the teller search cannot step over (else the cue scan has already
seen its teller), must not open on a particle ("people *to* vote" is an object and its
infinitive), must hold no obligation of ``chain_stops`` ("had to defend", "need to show") and
no passive ("were expected to discuss": a copula before anything but a participle in -ing),
and must follow a teller (:func:`claimgraph.extract.a_cues_constructions`'s
``_after_teller``). Measured on PolNeAR train, a chain without these limits added 92 true
sources for 385 predictions; with them, 50 for 77. The attribution is then found as for any verb of the lexicon, the chain's
first word taken as the cue's start, and kept only if no attribution holds its teller already.

Languages whose chains hold no particle list whole adverbial phrases instead
(``chain_phrases``: "Le porte-parole a *une nouvelle fois* dénoncé", "Пресс-секретарь *в
очередной раз* опроверг"): read as one, never word by word, since "une", "de" or "в" open
noun phrases too. Those of ``chain_infinitive_phrases`` take a listed infinitive of
``purpose_cues`` ("El ministro *volvió a* negar", "Le ministre *a tenu à* rappeler").

Every cue looks back over a bounded number of tokens, so a sentence costs time linear in its
length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import Attribution, _Context

__all__ = ["chain_attributions", "skip_chain_phrase"]

MAX_CHAIN = 4  # words between a teller and its listed cue ("has yet to", "does not fully")
MIN_ADVERB = 4  # letters of a word taken as an adverb by its ending ("fully", not "ly")
SKIPPED_ADVERB = 6  # letters of an adverb the teller search steps over by itself

VerbFinder = Callable[[int, int, str], "Attribution | None"]


def _verb_form(ctx: _Context, j: int) -> bool:
    """Token ``j`` is a lower-case word with a verb ending that names no teller and opens no
    noun phrase ("avoided", "began", "needs")."""
    tok, w, lex = ctx.toks[j], ctx.words[j], ctx.lex
    data = lex.verb_constructions
    if not tok.is_word or tok.is_cap or not w.isalpha() or len(w) < data.min_letters:
        return False
    if not w.endswith(data.endings) or w in data.not_verbs:
        return False
    return not (
        w in lex.np_stop
        or w in lex.determiners
        or w in lex.pronouns
        or w in lex.teller_heads
        or w in lex.teller_words["document"]
    )


def _chain_word(ctx: _Context, j: int) -> str | None:
    """What token ``j`` is in a verb chain: "particle", "skip" (the teller search steps over
    it), "adverb" (one it does not), "verb", or None when it ends the chain."""
    tok, w, lex = ctx.toks[j], ctx.words[j], ctx.lex
    data = lex.verb_constructions
    if not tok.is_word or tok.is_cap:
        return None
    if w in data.chain_words:
        return "particle"
    if w in data.chain_adverbs:
        return "adverb"
    if w in lex.pre_cue_skip:
        return "skip"
    if w in data.copulas or w in lex.progressive_aux or w in data.chain_verbs:
        return "verb"
    if len(w) >= MIN_ADVERB and w.endswith(lex.adverb_suffixes) and w.isalpha():
        # the teller search takes longer words only ("rally" is no adverb there)
        return "skip" if len(w) >= SKIPPED_ADVERB else "adverb"
    return "verb" if _verb_form(ctx, j) else None


def _governs(ctx: _Context, kinds: list[str], k: int) -> bool:
    """The chain word nearest the cue at ``k`` (over adverbs) takes it as a verb: "to" before a
    bare form ("has yet *to endorse*"), "by" or a verb before a participle ("*avoided*
    criticizing", "*is* also asking"). "is *expected*", "was *asked*" are passives and
    "consolidated *support*", "renewed *doubts*" a verb and its object."""
    progressive = ctx.words[k].endswith(ctx.lex.progressive_suffixes)
    for n, kind in enumerate(kinds):  # right to left: kinds[n] is token k - 1 - n
        if kind in ("skip", "adverb"):
            continue
        if kind == "particle" and ctx.words[k - 1 - n] in ctx.lex.verb_constructions.to:
            return not progressive  # "when it comes *to speaking*": a gerund
        return progressive
    return True


def _chain_start(ctx: _Context, lo: int, k: int) -> int | None:
    """The first token of the verb chain before the listed cue at ``k``, or None when no chain
    the teller search misses stands there."""
    words, toks, lex = ctx.words, ctx.toks, ctx.lex
    data = lex.verb_constructions
    progressive = words[k].endswith(lex.progressive_suffixes)
    j = k
    kinds: list[str] = []
    while j - 1 > lo and k - j < MAX_CHAIN:
        kind = _chain_word(ctx, j - 1)
        if kind is None:
            break
        w = words[j - 1]
        if (
            kind == "verb"
            and w not in data.copulas
            and w.endswith(data.plural_endings)
            and not w.endswith(data.endings[0])
        ):
            # "needs", "campaign *resources* to", "Islamic State *fighters* warning": a verb in
            # -s only after a pronoun or a name, and never before a participle
            before = j - 2
            if j == k and progressive:
                break
            if before < lo or not (toks[before].is_cap or words[before] in lex.pronouns):
                break
        kinds.append(kind)
        j -= 1
    # the chain's first word may not be a particle: "urged people *to* vote for"
    while j < k and kinds and kinds[-1] == "particle":
        kinds.pop()
        j += 1
    if j == k or all(kind == "skip" for kind in kinds) or not _governs(ctx, kinds, k):
        return None
    for m in range(j, k):
        if " ".join(words[m : m + 2]) in data.chain_stops or words[m] in data.chain_stops:
            return None  # "had to respond", "need to show": an obligation, not a report
        if words[m] in lex.passive_aux or words[m] in data.copulas:
            n = m + 1
            while n < k and _chain_word(ctx, n) in ("skip", "adverb"):
                n += 1
            if not words[n].endswith(lex.progressive_suffixes):
                return None  # "were expected to discuss", "was raised to see": a passive
    return j


def _bare_gerund(ctx: _Context, a: int, k: int) -> bool:
    """The cue at ``k`` after the phrase starting at ``a`` is a gerund with no auxiliary before
    the phrase ("sent the DNC *on Monday* alleging", "a letter *this week* urging"): a
    participle describing the phrase before, whose last words are no teller."""
    lex = ctx.lex
    if not ctx.words[k].endswith(lex.progressive_suffixes):
        return False
    return a == 0 or ctx.words[a - 1] not in lex.progressive_aux


def _phrase_chain_start(ctx: _Context, lo: int, k: int) -> int | None:
    """The first token of an adverbial phrase of ``chain_phrases`` before the listed cue at
    ``k``, over at most ``MAX_CHAIN`` words the teller search steps over ("a *une nouvelle
    fois* dénoncé", "*так и не* подтвердило"), or None."""
    words, lex = ctx.words, ctx.lex
    j = k
    while j - 1 > lo and k - j < MAX_CHAIN and words[j - 1] in lex.pre_cue_skip:
        j -= 1  # "*не* подтвердило", "*pas* confirmé": a negation after the phrase
    hit = lex.verb_constructions.chain_phrases.match_ending(words, j)
    if hit is None or j - hit[0] <= lo or _bare_gerund(ctx, j - hit[0], k):
        return None
    return j - hit[0]


def skip_chain_phrase(ctx: _Context, lo: int, k: int) -> int:
    """``k`` (a cue's first token, after the words the teller search steps over) moved left
    over one adverbial phrase of ``chain_phrases`` and the words it steps over before that
    ("Le porte-parole *a une nouvelle fois* dénoncé", "Министр *в свою очередь* заявил"), so
    the phrase is read as part of the cue, never as the teller."""
    words, lex = ctx.words, ctx.lex
    hit = lex.verb_constructions.chain_phrases.match_ending(words, k)
    if hit is None or k - hit[0] <= lo or _bare_gerund(ctx, k - hit[0], k):
        return k
    j = k - hit[0]
    while j - 1 >= lo and k - j < MAX_CHAIN + hit[0] and words[j - 1] in lex.pre_cue_skip:
        j -= 1
    return j


def chain_attributions(
    ctx: _Context,
    lo: int,
    hi: int,
    verb: VerbFinder,
    out: Taken,
    kinds: frozenset[str] | None = None,
) -> None:
    """Offer to ``out`` the attribution of every listed cue of the families ``kinds`` (every
    family of the data when None) in tokens ``[lo, hi)`` that stands after a verb chain and a
    teller ("Trump has yet to endorse ..."); ``verb(c0, c1, kind)`` finds the attribution a
    cue in tokens ``[c0, c1)`` opens."""
    from claimgraph.extract.a_cues_constructions import _after_teller, _inside_quote

    data = ctx.lex.verb_constructions
    allowed = data.chain_kinds if kinds is None else data.chain_kinds & kinds
    if not (data.chain_words or data.chain_phrases.by_first) or not allowed:
        return
    words, toks, cues = ctx.words, ctx.toks, ctx.lex.cues
    k = lo + 1
    while k < hi:
        hit = cues.match(words, k)
        if hit is None and data.chain_phrases.by_first:
            link = data.chain_phrases.match_ending(words, k)
            if link is not None and link[1] == "infinitive":
                hit = data.purpose_cues.match(words, k)  # "volvió a *negar*"
        if hit is None or hit[1] not in allowed or toks[k].is_cap or k + hit[0] > hi:
            k += 1
            continue
        j = _chain_start(ctx, lo, k) if data.chain_words else None
        if j is None and data.chain_phrases.by_first:
            j = _phrase_chain_start(ctx, lo, k)
        if j is not None and not _inside_quote(ctx, k) and _after_teller(ctx, lo, j):
            out.offer(verb(j, k + hit[0], hit[1]), before=True)
        k += hit[0]
