"""Statement spans: where what a teller says ends.

A statement found after its cue runs to the end of the sentence, which swallows the next
clause when that clause has a teller of its own: "X said A, and Y said B", "X wants A; Y
believes B", "He agreed to sell it in 2010, records show". Such a clause is not relayed by the
first teller: the first statement ends at the clause break (a comma, semicolon, colon or dash,
maybe followed by up to two links or adverbs from the language data: ", and", ", but because",
"—naturally") before the second teller.

Linear: statements are visited in text order and each looks at the few statements after it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Protocol, TypeVar

from claimgraph.extract.a_lexicon import AttributionLexicon, phrase_tokens
from claimgraph.extract.a_tellers import statement_nouns
from claimgraph.lang import language_words
from claimgraph.records import Span

__all__ = ["trim_at_clause_breaks", "write_tellers_once"]

_LOOKAHEAD = 8  # statements after a statement that may open a clause inside it
_BREAKS = frozenset(",;:—–")
_MAX_WORD = 12  # letters of a coordinator looked at before a teller
_MAX_LINKS = 2  # link words between a clause break and a teller (", but because they ...")
_MIN_ADVERB = 6  # letters of a word taken as an adverb by its ending
_MAX_HELD_CUES = 4  # cues inside a teller span looked at for the statement they belong to


class _Statement(Protocol):
    content: Span
    cue: Span | None
    source_span: Span | None


_S = TypeVar("_S", bound=_Statement)


def write_tellers_once(text: str, statements: Sequence[_S], lex: AttributionLexicon) -> list[_S]:
    """One sentence's statements, each teller written once.

    - A cue that is a teller word inside another statement's teller is a noun there ("Gun
      control *advocates* said"): its statement goes.
    - A teller running over another statement's cue and teller ("*Robert Shrum, a strategist,
      said,* naming ...": a participle's subject read as the whole clause before it) is that
      statement's teller, written as it is there (a bounded look at the cues inside it);
      unless that teller is a relative pronoun: after a comma the span ends before it
      ("said *Harvey*, who acknowledged"), without one the relative clause restricts the
      span's teller ("*Supporters who have heard from the campaign* say"), so the relative's
      statement takes the whole span, written once.
    - Tellers written in nested spans then all take the outer span: "*Campaign manager Corey
      Lewandowski* rejected ..., *Campaign* ..." or "*Paradis and Bennett* were supporting ...,
      *Paradis* ...": the words naming a teller are one phrase, written once (as PolNeAR labels
      each token once), whichever cue found the shorter part of it. A span still holding a cue
      is no teller's name ("*The governor resisted* calls to resign") and is never given to
      another; tellers that only partly overlap are left alone.

    Sorting makes it O(n log n) in the statements.
    """
    sources = sorted(
        (s.source_span.start, s.source_span.end) for s in statements if s.source_span is not None
    )
    starts = [a for a, _ in sources]
    reach = list(accumulate((b for _, b in sources), max))  # furthest end of a span so far

    def inside_a_teller(cue: Span) -> bool:
        n = bisect_right(starts, cue.start)
        return n > 0 and reach[n - 1] >= cue.end

    kept = [
        s
        for s in statements
        if s.cue is None
        or text[s.cue.start : s.cue.end].lower() not in lex.teller_heads
        or not inside_a_teller(s.cue)
    ]
    by_cue = sorted((s for s in kept if s.cue is not None), key=lambda s: s.cue.start)  # type: ignore[union-attr]
    cue_starts = [s.cue.start for s in by_cue]  # type: ignore[union-attr]
    for s in kept:
        span = s.source_span
        if span is None:
            continue
        # "*Robert Shrum, a strategist, said,* naming ...": a teller running over another's cue
        # is that other statement's teller, written as it is written there
        n = bisect_left(cue_starts, span.start)
        while n < len(by_cue) and cue_starts[n] < span.end:
            other = by_cue[n].source_span
            if other is not None and span.start <= other.start and other.end <= span.end:
                head = _before_relative(text, span, other, lex)
                name = head[:-1].rstrip() if head is not None and head.endswith(",") else ""
                if name:
                    # "said *Harvey*, who acknowledged ...": the name before the relative
                    # clause is this one's teller, the clause describing it is not
                    s.source_span = Span(span.start, span.start + len(name))
                elif (
                    head is not None
                    and not head.endswith(",")
                    and (n + 1 >= len(by_cue) or cue_starts[n + 1] >= span.end)
                ):
                    # "*Supporters who have heard from the campaign* say": the subject and
                    # its relative clause are one teller's name, the relative's too
                    by_cue[n].source_span = span
                elif other != span:
                    s.source_span = other
                break
            n += 1
            if n - bisect_left(cue_starts, span.start) >= _MAX_HELD_CUES:
                break
    cover: Span | None = None
    for s in sorted(
        (s for s in kept if s.source_span is not None),
        key=lambda s: (s.source_span.start, -s.source_span.end),  # type: ignore[union-attr]
    ):
        span = s.source_span
        assert span is not None
        if cover is not None and cover.start <= span.start and span.end <= cover.end:
            s.source_span = cover
            continue
        holds_cue = bisect_left(cue_starts, span.start) < bisect_left(cue_starts, span.end)
        cover = None if holds_cue else span
    return kept


def _before_relative(text: str, span: Span, other: Span, lex: AttributionLexicon) -> str | None:
    """The span's text before the other teller when that teller is a relative pronoun inside
    it, trailing blanks stripped ("said Harvey,", "Supporters"), or None. With a comma the
    relative clause describes the name before it ("said Harvey*, who* acknowledged ..."),
    without one it restricts the span's teller ("Supporters *who* have heard ... say")."""
    if other.start <= span.start or lex.pronouns.get(text[other.start : other.end].lower()) != (
        "relative"
    ):
        return None
    return text[span.start : other.start].rstrip()


def _clause_break_before(text: str, at: int, floor: int, lex: AttributionLexicon) -> int | None:
    """Where the clause opening at ``at`` is broken off from the text before it: the offset of
    a break mark before ``at`` (skipping one coordinator, "..., and Y said"), or None."""
    k = at
    found: int | None = None
    noun = False  # the word after is a statement noun ("..., a *claim* that Moscow denied")
    for _ in range(2 * _MAX_LINKS + 1):
        while k > floor and text[k - 1].isspace():
            k -= 1
        if k > floor and text[k - 1] in _BREAKS:
            found = k - 1  # ", но, конечно, Игнат": the earliest break of the run
            k -= 1
            continue
        j = k
        while j > floor and k - j <= _MAX_WORD and text[j - 1].isalpha():
            j -= 1
        word = text[j:k].lower()
        if j == k:
            break
        if _link_word(word, lex) or (noun and word in lex.determiners):
            noun = False
        elif word in statement_nouns(lex.lang):
            noun = True
        else:
            break
        k = j
    return found


def _link_word(word: str, lex: AttributionLexicon) -> bool:
    """A word that may stand between a clause break and the next clause's teller: a
    coordinator or link ("and", "but", "because", "while") or an adverb ("naturally")."""
    return (
        word in lex.coordinators
        or word in lex.np_stop
        or word in lex.pre_cue_skip
        # ", *ce que* Moscou dément", ", *was* Moskau bestritt": a relative commenting on the
        # clause before it opens a statement of its own
        or word in language_words(lex.lang, "attribution_spans", "comment_links")
        or (len(word) >= _MIN_ADVERB and any(word.endswith(x) for x in lex.adverb_suffixes))
    )


def trim_at_clause_breaks(
    text: str, statements: Sequence[_Statement], lex: AttributionLexicon
) -> None:
    """End each statement read after its cue before a later clause that has its own teller
    (see the module docstring). Statements are changed in place."""
    ordered = sorted(
        (s for s in statements if s.cue is not None), key=lambda s: (s.cue.start, s.cue.end)
    )
    for n, outer in enumerate(ordered):
        cue = outer.cue
        assert cue is not None
        content = outer.content
        if content.start < cue.start and content.end <= cue.end:
            continue  # "..., X said.": the statement before the teller ends at the teller
        for inner in ordered[n + 1 : n + 1 + _LOOKAHEAD]:
            assert inner.cue is not None
            opens = inner.cue.start
            if inner.source_span is not None:
                opens = min(opens, inner.source_span.start)
            if opens <= cue.end or not content.start < opens < content.end:
                continue
            brk = _clause_break_before(text, opens, max(content.start, cue.end), lex)
            if brk is None:
                continue
            if all(w in lex.post_cue_skip for w in phrase_tokens(text[cue.end : brk])):
                break  # "a survey published on Friday, 62 percent said": nothing said before
            end = brk
            while end > content.start and text[end - 1].isspace():
                end -= 1
            if end > content.start and end > cue.end:
                outer.content = Span(content.start, end)
            break
