"""A listed cue in an infinitive of purpose: "Ramos used his acceptance speech *to call for*".

"Clinton took to Twitter to say thanks", "Pence used his keynote speech to offer ...", "Darby
will come on the program to talk about ...": the listed cue stands after an infinitive marker
(``verb_constructions.to``), and between the marker and the sentence's subject lie a verb the
lexicon does not list and its object or adjunct. The cue scan stops at the marker, and the
construction ``to`` of :mod:`~claimgraph.extract.a_cues_constructions` takes the marker only
right after the verb ("declined to say"). PolNeAR marks the whole run as the cue ("used his
acceptance speech to call for"), its subject as the source.

The verb is one of ``purpose_verbs`` (verbs of means and occasion: "took", "used", "came",
"went", "appeared"): read from the cue leftwards over at most ``MAX_GAP`` words, the first
such verb opens the run. At least one word stands between the verb and the marker ("used
to boast" is a habit, "went to see" a movement); those words may not hold a listed cue, a
pronoun object, a name right after the verb or a punctuation mark ("urged Sanders to say",
"asked him to explain": the object speaks there, not the subject), and the verb must follow
a teller
(``_after_teller`` of the constructions). The attribution is then found as for any verb of
the lexicon, from the purpose verb to the cue, and kept only if no attribution holds its
teller already.

Two verbs of ``gerund_links`` take a gerund instead: "Kasich has taken to urging voters ...",
"the speakers took turns praising ...".

Other languages list the infinitives for this family only (``purpose_cues``: "pour
*annoncer*", "para *anunciar*", "чтобы *заявить*"), since their cue lists hold finite forms
and an infinitive is a cue nowhere else. ``purpose_comma`` lets a comma stand before the
marker ("воспользовался брифингом*,* чтобы заявить"), and with ``purpose_final`` the
infinitive closes the clause the marker opens, at most ``MAX_FINAL`` words on ("nutzte die
Pressekonferenz, *um* einen neuen Vertrag *anzukündigen*"); a perfect ("hat ... genutzt, um")
puts the verb of means next to the comma and is left out.

Every cue looks back over a bounded number of tokens, so a sentence costs time linear in its
length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import Attribution, _Context

__all__ = ["purpose_attributions"]

MAX_GAP = 6  # words between a purpose verb and its infinitive marker ("on ABC's This Week")
MAX_FINAL = 10  # words between a marker and the infinitive closing its clause ("um ... zu sagen")
MIN_ADVERB = 6  # letters of a word splitting an infinitive, taken as an adverb by its ending

VerbFinder = Callable[[int, int, str], "Attribution | None"]


def _purpose_verb(ctx: _Context, lo: int, to: int) -> int | None:
    """Index of the purpose verb that the infinitive marker at ``to`` completes, or None."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    data = lex.verb_constructions
    if data.purpose_comma and to - 1 > lo and toks[to - 1].text == ",":
        to -= 1  # "воспользовался брифингом, чтобы": the language sets the marker off
    m = to - 1
    while m > lo and to - m <= MAX_GAP + 1:
        t, w = toks[m], words[m]
        if not t.is_word:
            return None  # "…, to say": a comma or a quotation ends the run
        if w in data.purpose_verbs and not t.is_cap:
            first = m + 1
            if first == to:
                return None  # "used to boast", "went to see": a habit or a movement
            if first < to and (toks[first].is_cap or words[first] in lex.pronouns):
                # "urged Sanders to say", "asked him to explain": the object speaks, not the
                # subject; "took to Twitter" opens with a preposition
                return None
            return m
        if lex.cues.match(words, m) is not None or w in lex.pronouns:
            return None  # a cue of its own or an object pronoun between: not one run
        bare = m + 1 < to and words[m + 1] not in lex.determiners and not toks[m + 1].is_cap
        if (w in data.to or w in data.that) and bare:
            return None  # "to" before a bare word: another infinitive ("tried to get")
        m -= 1
    return None


def _adverb(ctx: _Context, k: int) -> bool:
    w, lex = ctx.words[k], ctx.lex
    return (
        ctx.toks[k].is_word
        and not ctx.toks[k].is_cap
        and len(w) >= MIN_ADVERB
        and w.isalpha()
        and w.endswith(lex.adverb_suffixes)
    )


def _final_infinitive(
    ctx: _Context,
    lo: int,
    hi: int,
    to: int,
    verb: VerbFinder,
    out: Taken,
    allowed: frozenset[str],
) -> int:
    """Offer the attribution of a purpose clause whose listed infinitive closes it ("nutzte die
    Pressekonferenz, um neue Sanktionen *anzukündigen*"), its marker at ``to``; return the
    token after the words looked at."""
    from claimgraph.extract.a_cues_constructions import _after_teller, _inside_quote

    words, toks = ctx.words, ctx.toks
    cues = ctx.lex.verb_constructions.purpose_cues
    k = to + 1
    while k < hi and k - to <= MAX_FINAL:
        if not toks[k].is_word:
            return k  # the clause ends before any listed infinitive
        hit = cues.match(words, k)
        if hit is None or k + hit[0] > hi:
            k += 1
            continue
        end = k + hit[0]
        if hit[1] not in allowed or (end < hi and toks[end].is_word):
            return end  # an infinitive of another family, or not the clause's last word
        m = _purpose_verb(ctx, lo, to)
        if m is not None and not _inside_quote(ctx, k) and _after_teller(ctx, lo, m):
            out.offer(verb(m, end, hit[1]), before=True)
        return end
    return k


def purpose_attributions(
    ctx: _Context,
    lo: int,
    hi: int,
    verb: VerbFinder,
    out: Taken,
    kinds: frozenset[str] | None = None,
) -> None:
    """Offer to ``out`` the attribution of every listed cue of the families ``kinds`` (every
    family of the data when None) in tokens ``[lo, hi)`` that ends an infinitive of purpose
    after its subject ("Ramos used his acceptance speech to call for ...");
    ``verb(c0, c1, kind)`` finds the attribution a cue in tokens ``[c0, c1)`` opens."""
    from claimgraph.extract.a_cues_constructions import _after_teller, _inside_quote

    data = ctx.lex.verb_constructions
    allowed = data.purpose_kinds if kinds is None else data.purpose_kinds & kinds
    if not data.purpose_verbs or not allowed:
        return
    words, toks, cues = ctx.words, ctx.toks, ctx.lex.cues
    k = lo + 2
    while k < hi:
        link = " ".join(words[k - 2 : k])
        if link in data.gerund_links and words[k].endswith(ctx.lex.progressive_suffixes):
            # "Kasich has taken to urging", "speakers took turns rebutting": a habit or a turn
            # taken, its gerund the cue
            hit = cues.match(words, k)
            if hit is not None and hit[1] in allowed and k + hit[0] <= hi:
                if not _inside_quote(ctx, k) and _after_teller(ctx, lo, k - 2):
                    out.offer(verb(k - 2, k + hit[0], hit[1]), before=True)
                k += hit[0]
                continue
        to = k - 1
        if data.purpose_final:
            if words[to] in data.to:
                k = max(k + 1, _final_infinitive(ctx, lo, hi, to, verb, out, allowed))
            else:
                k += 1
            continue
        if words[to] not in data.to and _adverb(ctx, to) and to - 1 > lo:
            to -= 1  # "to *forcefully* call out": an adverb splits the infinitive
        if words[to] not in data.to:
            k += 1
            continue
        hit = data.purpose_cues.match(words, k) or cues.match(words, k)
        if hit is None or hit[1] not in allowed or toks[k].is_cap or k + hit[0] > hi:
            k += 1
            continue
        if words[k].endswith(ctx.lex.progressive_suffixes):
            k += hit[0]  # "devoted to helping": a gerund, no infinitive
            continue
        m = _purpose_verb(ctx, lo, to)
        if m is not None and not _inside_quote(ctx, k) and _after_teller(ctx, lo, m):
            out.offer(verb(m, k + hit[0], hit[1]), before=True)
        k += hit[0]
