"""A gerund cue after a comma or a dash speaks for the subject opening the sentence.

"Marco Rubio flipped his choice on the spot – saying he was rooting for ...", "The nurse later
sued, claiming the quarantine violated her rights", "Fiorina was upfront about her distaste for
Trump, the current front-runner, saying ...": the cue scan gives such a participle the subject
of its clause when it finds that clause's start, and an aside, a quotation or a dash before the
participle hides it. Here the sentence's first words are its subject when they are a name, a
pronoun or a described noun phrase followed at once (over auxiliaries and adverbs) by a finite
verb, and the clause runs on to the participle with no other subject opening in between: no
subordinator, complementizer, relative pronoun (``gerund_clause_stops``) or clause mark (``;``,
``:``) on the way, and at most ``MAX_GAP`` tokens. The marks before the participle are
``gerund_marks`` in ``lang/<xx>/attribution_scope.yaml``; a language without them has no such
family.

Each sentence is looked at once, over a bounded number of tokens per participle, so it costs
time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_cues_described import _described, subject_attribution
from claimgraph.extract.a_tellers import TellerPhrase
from claimgraph.extract.attribution import Attribution
from claimgraph.lang import language_words
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.a_cues_constructions import Taken
    from claimgraph.extract.attribution import _Context

__all__ = ["gerund_attributions"]

MAX_NAME = 5  # capitalised words of a name opening the sentence ("Former Gov. Mike Huckabee")
MAX_SKIP = 3  # auxiliaries and adverbs between the subject and its verb ("later", "has also")
MAX_GAP = 30  # tokens from the subject's verb to the participle
#: marks that open a clause of their own between the verb and the participle
CLAUSE_MARKS = frozenset({";", ":"})


def _marks(lang: str) -> frozenset[str]:
    """``gerund_marks`` in ``lang/<xx>/attribution_scope.yaml`` (",", "—")."""
    return language_words(lang, "attribution_scope", "gerund_marks")


def _relatives(lang: str) -> frozenset[str]:
    """``gerund_clause_stops`` in ``lang/<xx>/attribution_scope.yaml`` ("who", "which"): words
    opening a clause with a subject of its own, besides subordinators and complementizers."""
    return language_words(lang, "attribution_scope", "gerund_clause_stops")


def _name_end(ctx: _Context, a: int, hi: int) -> int | None:
    """End (exclusive) of a run of capitalised words starting at ``a`` ("Marco Rubio",
    "Mrs. Clinton"), dots of abbreviations included."""
    toks = ctx.toks
    k = a
    words = 0
    while k < hi and words < MAX_NAME:
        t = toks[k]
        if t.is_word and t.is_cap and ctx.words[k] not in ctx.lex.np_stop:
            words += 1
            k += 1
            if k < hi and toks[k].text == "." and k - 1 > a - 1 and len(toks[k - 1].text) <= 4:
                k += 1  # "Mrs.", "Gov.", "Jr."
            continue
        break
    return k if words else None


def _subject(ctx: _Context, hi: int) -> tuple[int, int] | None:
    """The subject ``[a, b)`` opening the sentence, before its finite verb."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    a = ctx.first_word
    if a < hi and words[a] in lex.coordinators:
        a += 1
    if a >= hi or not toks[a].is_word:
        return None
    data = lex.verb_constructions
    if words[a] in data.expletives or words[a] in data.openers or words[a] in data.clause_openers:
        return None  # "It is this vision ... that", "Despite spending ...": no subject
    if words[a] in lex.np_stop:
        return None  # "After the debate, ...": a link opens the sentence
    if words[a] in lex.pronouns:
        return a, a + 1
    b = _name_end(ctx, a, hi) if toks[a].is_cap and words[a] not in lex.determiners else None
    if b is None:
        b = _described(ctx, a, hi)
    return (a, b) if b is not None and b < hi else None


def _finite_verb_at(ctx: _Context, b: int, hi: int) -> int | None:
    """Index of the finite verb right after the subject ending at ``b`` (over auxiliaries and
    adverbs): a lower-case word that is no link, determiner, pronoun or noun-phrase word."""
    words, lex = ctx.words, ctx.lex
    k = b
    while k < hi and k - b < MAX_SKIP and words[k] in lex.pre_cue_skip:
        k += 1
    if k >= hi:
        return None
    t, w = ctx.toks[k], words[k]
    if not t.is_word or t.is_cap or not w.isalpha():
        return None
    if w in lex.np_stop and w not in lex.verb_constructions.copulas and w not in lex.passive_aux:
        return None
    if w in lex.determiners or w in lex.pronouns or w in lex.np_internal or w in lex.conjunctions:
        return None
    if k == b and w.endswith(lex.verb_constructions.plural_endings) and w in lex.teller_heads:
        return None  # "Democratic *leaders*": the subject goes on
    return k


def _clause_runs_on(ctx: _Context, v: int, mark: int) -> bool:
    """No other subject opens between the verb ``v`` and the mark before the participle."""
    if mark - v > MAX_GAP:
        return False
    words, lex = ctx.words, ctx.lex
    data = lex.verb_constructions
    stops = data.subordinators | lex.complementizers | data.that
    for k in range(v + 1, mark):
        t = ctx.toks[k]
        if not t.is_word:
            if t.text in CLAUSE_MARKS:
                return False
            continue
        w = words[k]
        if w in stops or w in data.clause_openers or w in _relatives(lex.lang):
            return False
    return True


def gerund_attributions(
    ctx: _Context,
    si: int,
    lo: int,
    hi: int,
    found: list[Attribution],
    teller: Callable[[TellerPhrase], Source],
    out: Taken,
    kinds: frozenset[str] | None = None,
) -> None:
    """Offer to ``out`` the attributions of gerund cues after a comma or a dash in tokens
    ``[lo, hi)`` that no attribution in ``found`` holds, told by the subject opening the
    sentence; ``teller`` types and remembers a phrase's teller."""
    from claimgraph.extract.a_cues_constructions import _inside_quote

    marks = _marks(ctx.lex.lang)
    if not marks:
        return
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    subject: tuple[int, int] | None = None
    verb: int | None = None
    looked = False
    used = {a.cue.start for a in found if a.cue is not None} | {
        a.cue.start for a in out.new if a.cue is not None
    }
    for k in range(max(lo, ctx.first_word) + 1, hi):
        if toks[k - 1].text not in marks or not words[k].endswith(lex.progressive_suffixes):
            continue
        hit = lex.cues.match(words, k)
        if hit is None or (kinds is not None and hit[1] not in kinds) or k + hit[0] > hi:
            continue
        if toks[k].start in used or _inside_quote(ctx, k):
            continue
        if not looked:
            looked = True
            subject = _subject(ctx, hi)
            if subject is not None and _inside_quote(ctx, subject[0]):
                return  # "“We need it,” said Ms. Acosta, referring to ...": a quotation
            verb = _finite_verb_at(ctx, subject[1], hi) if subject is not None else None
        if subject is None or verb is None or verb >= k - 1:
            return
        if not _clause_runs_on(ctx, verb, k - 1):
            continue
        a, b = subject
        if out.overlaps(Span(toks[a].start, toks[b - 1].end)):
            return
        att = subject_attribution(ctx, si, hi, subject, (k, k + hit[0], hit[1]), teller)
        if att is None:
            continue
        out.add(att)
        return
