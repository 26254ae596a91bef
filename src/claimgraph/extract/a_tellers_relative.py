"""Subjects described by a relative clause: "*Supporters* who have heard from the campaign say".

A restrictive relative clause between a subject and its reporting verb ends on words of its
own ("... from *the Rubio campaign* say", "... who relayed *the exchange* said"), so the walk
back from the verb (:func:`a_tellers.left_phrase`) takes the relative clause's object for the
teller. Here the words before the verb are walked leftwards, within one clause (no comma,
quotation, bracket or dash), to a relative pronoun of the lexicon ("who", "qui", "который")
followed by a verb-like word: the teller is the phrase before that pronoun, when it opens its
clause ("*One Democratic official* who relayed the exchange said", "*Le porte-parole* qui a
démenti l'information a déclaré").

Not taken: a pronoun followed by a capitalised word or a pronoun ("the man *who Obama said*
was ...": the relative's own subject speaks), nor an antecedent that is the object of a verb
before it ("I remember *a caller* who called and said"). Bounded by :data:`MAX_RELATIVE_SUBJECT`
tokens, so a sentence costs time linear in its length.
"""

from __future__ import annotations

from claimgraph.extract.a_lexicon import AttributionLexicon
from claimgraph.extract.a_tellers import TellerPhrase, described_before, left_phrase
from claimgraph.extract.a_tellers_subjects import INNER_MARKS
from claimgraph.extract.a_tokens import Token
from claimgraph.lang import language_words

__all__ = ["MAX_RELATIVE_SUBJECT", "relative_subject_before"]

MAX_RELATIVE_SUBJECT = 20  # tokens from a relative pronoun to the reporting verb


def _relative_pronoun(tok: Token, lex: AttributionLexicon) -> bool:
    return lex.pronouns.get(tok.low) == "relative" or tok.low in _complementizer_relatives(lex.lang)


def _complementizer_relatives(lang: str) -> frozenset[str]:
    """Relative words that are complementizers too (``complementizer_relatives`` of
    ``attribution_scope.yaml``: Spanish "que"); a verb-like word after one tells them apart
    ("El portavoz *que habló* con Reuters dijo", not "dijo *que el* portavoz")."""
    return language_words(lang, "attribution_scope", "complementizer_relatives")


def _opens_inner_clause(tok: Token, lex: AttributionLexicon) -> bool:
    """A pronoun, a complementizer or a subordinator: a clause of its own opens there."""
    return (
        tok.low in lex.pronouns
        or tok.low in lex.complementizers
        or tok.low in lex.verb_constructions.subordinators
    )


def _opens_clause(toks: list[Token], lo: int, a: int, lex: AttributionLexicon) -> bool:
    """Token ``a`` opens its clause: the sentence's first word, or after a mark, a
    coordinator, a subordinator or a complementizer ("But executives who ...")."""
    k = a - 1
    while k >= lo and toks[k].is_word and toks[k].low in lex.coordinators:
        k -= 1
    if k < lo:
        return True
    prev = toks[k]
    if prev.text == "," and k > lo and toks[k - 1].is_cap:
        return False  # "Fieldstone, a Miami lawyer who ...": an apposition to a name
    return not prev.is_word or k < a - 1 or prev.low in lex.complementizers


def relative_subject_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """The subject a relative clause describes, when that clause runs up to token ``i`` (the
    reporting verb), or None."""
    k = i - 1
    while k > lo and i - k <= MAX_RELATIVE_SUBJECT:
        t = toks[k]
        if not t.is_word and t.text not in INNER_MARKS:  # "Mr.", "front-runner" stay inside
            return None  # a clause break: no relative clause runs up to the verb
        if _relative_pronoun(t, lex):
            break
        if _opens_inner_clause(t, lex):
            return None  # "... to Stein *unless* Sanders disavows": another clause's verb
        k -= 1
    else:
        return None
    after = toks[k + 1]
    if k + 1 >= i or after.is_cap or not after.is_word or after.low in lex.pronouns:
        return None  # "who Obama said was": the relative's own subject is the teller
    if after.low in lex.determiners:
        return None
    head = left_phrase(toks, lo, k, lex) or described_before(toks, lo, k, lex)
    if head is None or head.b != k or toks[head.a].low in lex.pronouns:
        return None
    if not _opens_clause(toks, lo, head.a, lex):
        return None  # "I remember *a caller* who called and said": an object
    return head
