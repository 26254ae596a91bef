"""Modality of a claim: asserted, reported, hedged, expected, denied or retracted.

Decided from the words inside the claim's evidence span, using the language data
(``hedges``, ``expectation``, ``denial``, ``retraction`` in ``lang/<xx>/attribution.yaml``), in
this order of precedence:

1. a retraction verb ("retracted", "s'est rétracté", "ruderte zurück") -> ``retracted``;
2. a denial verb ("denied", "dément", "опроверг") -> ``denied``; inside an attributed
   statement, a denying phrase too ("won't help", "a échoué", "не соответствует действительности");
3. a hedge ("allegedly", "believe", "présumé", "angeblich", "якобы", "нібито") -> ``hedged``;
4. a strong expectation cue ("expect", "s'attend", "ожидается") -> ``expected``; a weak one
   (a plan, the future: "will", "d'ici", "plans") only in the document's own voice — a plan that
   a teller reports stays ``reported``;
5. otherwise ``reported`` when attributed, ``asserted`` when not.
"""

from __future__ import annotations

from claimgraph.extract.a_lexicon import PhraseSet, lexicon
from claimgraph.extract.a_tokens import tokenize
from claimgraph.records import Modality, Span

__all__ = ["classify_modality"]


def _has(phrases: PhraseSet, words: list[str]) -> bool:
    return any(phrases.match(words, i) is not None for i in range(len(words)))


def classify_modality(text: str, span: Span, lang: str, attributed: bool) -> Modality:
    """The modality of the claim whose evidence is ``text[span.start:span.end]``.

    ``attributed``: whether the claim has a teller other than the publishing outlet.
    """
    lex = lexicon(lang)
    words = [t.low for t in tokenize(text[span.start : span.end])]
    if _has(lex.retraction_verbs, words):
        return "retracted"
    if _has(lex.denial_verbs, words) or (attributed and _has(lex.denial_statements, words)):
        return "denied"
    if _has(lex.hedges, words):
        return "hedged"
    if _has(lex.expectation_strong, words):
        return "expected"
    if not attributed and _has(lex.expectation_weak, words):
        return "expected"
    return "reported" if attributed else "asserted"
