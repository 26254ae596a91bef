"""Denials and retractions: who denies or takes back what, and where the target is.

Two kinds of evidence, both from the language data:

- a denial or retraction *verb* in a sentence ("The Foreign Ministry has always denied that
  ...", "US officials retracted the claim"): the teller is the verb's attribution; the target is
  the clause after it ("denied *that* ...") or, when the verb's object points back ("the claim",
  "these reports"), the most recent statement by another teller in this or the two previous
  paragraphs (its quotation when it has one);
- a denying *statement* inside what a teller says ("“But we won’t help either of the sides”",
  "a déclaré que l'attaque avait échoué"): the teller denies, the statement is the content.

Re-exported by :mod:`claimgraph.extract.attribution`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from claimgraph.extract.a_lexicon import PhraseSet, lexicon
from claimgraph.extract.a_tokens import tokenize
from claimgraph.extract.attribution import Attribution, find_attributions
from claimgraph.extract.sentences import Sentence, split_sentences
from claimgraph.records import Source, Span

__all__ = ["DenialOrRetraction", "find_denials_and_retractions"]

_LOOKBACK_PARAGRAPHS = 2
_LOOKBACK_STATEMENTS = 32


@dataclass(slots=True)
class DenialOrRetraction:
    """A statement denying or retracting something.

    ``cue``: the denying/retracting words; ``who``: the chain of tellers (outermost first,
    without the publishing outlet; empty in the document's own voice); ``statement``: the span
    that denies or retracts; ``target``: the span of what is denied or retracted, when found.
    """

    kind: Literal["denial", "retraction"]
    cue: Span
    who: list[Source]
    statement: Span
    sentence_index: int
    target: Span | None = None


def _first(phrases: PhraseSet, words: list[str]) -> tuple[int, int] | None:
    for i in range(len(words)):
        hit = phrases.match(words, i)
        if hit is not None:
            return i, i + hit[0]
    return None


class _Index:
    """Attributions by sentence and by content start, for bounded look-ups."""

    def __init__(self, atts: list[Attribution]) -> None:
        self.ordered = sorted(atts, key=lambda a: a.content.start)
        self.starts = [a.content.start for a in self.ordered]
        self.by_sentence: dict[int, list[Attribution]] = {}
        for a in self.ordered:
            self.by_sentence.setdefault(a.sentence_index, []).append(a)

    def covering(self, span: Span, si: int) -> Attribution | None:
        """The narrowest statement whose cue is ``span`` or whose content contains it."""
        best: Attribution | None = None
        n = bisect_right(self.starts, span.start)
        nearby = self.ordered[max(0, n - _LOOKBACK_STATEMENTS) : n]
        for a in nearby + self.by_sentence.get(si, [])[:_LOOKBACK_STATEMENTS]:
            hit = (a.cue is not None and a.cue.overlaps(span)) or a.content.contains(span)
            if hit and (best is None or len(a.content) < len(best.content)):
                best = a
        return best

    def earlier_statement(
        self, sentences: list[Sentence], si: int, who: list[Source]
    ) -> Attribution | None:
        """The latest statement before sentence ``si`` by someone else, nearby."""
        paragraph = sentences[si].paragraph
        names = {s.name for s in who}
        n = bisect_right(self.starts, sentences[si].start)
        for a in reversed(self.ordered[max(0, n - _LOOKBACK_STATEMENTS) : n]):
            if a.inherited or a.sentence_index >= si:
                continue
            if paragraph - sentences[a.sentence_index].paragraph > _LOOKBACK_PARAGRAPHS:
                break
            if a.chain and a.chain[-1].name in names:
                continue
            return a
        return None


def _before_later_statement(
    text: str,
    coordinators: frozenset[str],
    index: _Index,
    si: int,
    cue: Span,
    target: Span | None,
    statement: Span,
) -> Span:
    """``statement`` up to the first statement of the sentence that begins after the denying
    verb, outside what is denied ("Moscow denied any involvement, *saying* 40 drones came from
    Ukraine": the denial ends before "saying")."""
    ends = [
        a.cue.start
        for a in index.by_sentence.get(si, [])
        if a.cue is not None
        and a.cue.start >= cue.end
        and not a.content.contains(cue)
        and not (target is not None and target.contains(a.cue))
    ]
    if not ends:
        return statement
    end = min(ends)
    # "Moskau bestritt jede Beteiligung *und* erklärte, ...": the coordinator goes too
    head = text[statement.start : end].rstrip(" ,;\u00a0")
    last = head.rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in coordinators:
        head = last[0].rstrip(" ,;\u00a0")
    return Span(statement.start, statement.start + len(head))


def find_denials_and_retractions(
    text: str,
    lang: str,
    sentences: list[Sentence] | None = None,
    attributions: list[Attribution] | None = None,
) -> list[DenialOrRetraction]:
    """Every denial and retraction in ``text``, in order (one per sentence and kind)."""
    lex = lexicon(lang)
    if sentences is None:
        sentences = split_sentences(text, lang)
    if attributions is None:
        attributions = find_attributions(text, lang, sentences)
    index = _Index(attributions)
    found: list[DenialOrRetraction] = []
    for si, s in enumerate(sentences):
        toks = [t for t in tokenize(text[s.start : s.end])]
        words = [t.low for t in toks]
        for kind, verbs, statements in (
            ("retraction", lex.retraction_verbs, lex.retraction_statements),
            ("denial", lex.denial_verbs, lex.denial_statements),
        ):
            hit = _first(verbs, words)
            via_verb = hit is not None
            if hit is None:
                hit = _first(statements, words)
            if hit is None:
                continue
            cue = Span(s.start + toks[hit[0]].start, s.start + toks[hit[1] - 1].end)
            att = index.covering(cue, si)
            if att is None:
                # ", adding: “But we won’t help ...”": the sentence's teller goes on speaking
                same = [a for a in index.by_sentence.get(si, []) if not a.inherited]
                att = same[0] if same and same[0].cue and same[0].cue.end <= cue.start else None
                if att is not None and not via_verb:
                    att = Attribution(Span(att.cue.end, s.end), att.cue, att.chain, si)  # type: ignore[union-attr]
            if not via_verb and (att is None or not att.content.contains(cue)):
                continue  # a denying phrase in the document's own voice is not a denial
            who = list(att.chain) if att is not None else []
            target: Span | None = None
            if via_verb:
                rest = words[hit[1] :]
                if rest and rest[0] in lex.complementizers and att is not None:
                    target = att.content
                elif _first(lex.claim_anaphora, rest[:4]) is not None:
                    prior = index.earlier_statement(sentences, si, who)
                    if prior is not None:
                        q = prior.quote
                        target = prior.content if q is None else Span(q.start + 1, q.end - 1)
            else:
                target = att.content if att is not None else None
            statement = att.content if (att is not None and not via_verb) else Span(s.start, s.end)
            if via_verb:
                statement = _before_later_statement(
                    text, lex.coordinators, index, si, cue, target, statement
                )
            found.append(DenialOrRetraction(kind, cue, who, statement, si, target))  # type: ignore[arg-type]
            break
    return found
