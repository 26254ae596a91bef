"""Word tokens with offsets, and quotations paired per paragraph.

Both work in one left-to-right pass: an unbalanced or absurdly nested quotation costs no more
than a balanced one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass

from claimgraph.extract.a_lexicon import TOKEN_RE
from claimgraph.records import Span
from claimgraph.textnorm import for_matching

__all__ = [
    "Quote",
    "Token",
    "find_quotes",
    "quote_containing",
    "quote_inside",
    "token_range",
    "tokenize",
]


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper() or (
            self.text[0].isdigit() and any(c.isupper() for c in self.text)
        )


def tokenize(text: str, clitics: Collection[str] = ()) -> list[Token]:
    """Word and punctuation tokens of ``text`` (matched on its ``for_matching`` form).

    ``clitics``: subject pronouns that may be glued to a verb by hyphens in an inverted
    question or reporting clause ("a-t-elle précisé", "dit-il", "ajoute-t-il"); such a word is
    split into the verb and the pronoun (the euphonic "-t-" is dropped), so the pronoun is read as
    the teller. A capitalised tail ("D-I", "Jean-Il") is never split.
    """
    folded = for_matching(text)
    out: list[Token] = []
    for m in TOKEN_RE.finditer(folded):
        word = m.group()
        cut = word.rfind("-")
        if cut > 0 and clitics and word[cut + 1 :] in clitics:
            head = word[:cut]
            if head.lower().endswith("-t") and len(head) > 2:
                head = head[:-2]
            out.append(Token(m.start(), m.start() + len(head), head, head.lower()))
            out.append(Token(m.start() + cut + 1, m.end(), word[cut + 1 :], word[cut + 1 :]))
            continue
        out.append(Token(m.start(), m.end(), word, word.lower()))
    return out


def token_range(tokens: list[Token], starts: list[int], span: Span) -> tuple[int, int]:
    """Token indices ``[lo, hi)`` of the tokens that start inside ``span``."""
    return bisect_left(starts, span.start), bisect_left(starts, span.end)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``outer`` includes the marks, ``inner`` is what was said."""

    outer: Span
    inner: Span


_OPENING_CONTEXT = " \t\n([{—–-:;,/"


def find_quotes(
    text: str, paragraphs: list[tuple[int, int]], pairs: list[tuple[str, str]]
) -> list[Quote]:
    """Quotations inside each paragraph, outermost only, for the given (open, close) pairs.

    A quotation never crosses a paragraph; one left open at the paragraph's end is dropped,
    unless it opens the paragraph (a quotation running on into the next paragraph, which by the
    news convention is closed only in the speaker's last paragraph): then it runs to the
    paragraph's end. A second opening mark of the same kind while one is open restarts the quotation there (the
    first was unbalanced). Marks of other kinds inside an open quotation are nested quotes.
    """
    if not pairs:
        return []
    closers_of: dict[str, set[str]] = {}
    for o, c in pairs:
        closers_of.setdefault(o, set()).add(c)
    alternatives = sorted({m for p in pairs for m in p}, key=len, reverse=True)
    marks = re.compile("|".join(re.escape(m) for m in alternatives))
    quotes: list[Quote] = []
    for p_start, p_end in paragraphs:
        open_at = -1
        opener = ""
        for m in marks.finditer(text, p_start, p_end):
            ch = m.group()
            pos, end = m.start(), m.end()
            symmetric = ch in closers_of and ch in closers_of[ch]
            if (
                open_at >= 0
                and ch in closers_of[opener]
                and not (symmetric and end < p_end and text[end].isalnum())
            ):
                if pos > open_at + len(opener):
                    quotes.append(Quote(Span(open_at, end), Span(open_at + len(opener), pos)))
                open_at = -1
                continue
            if ch not in closers_of:
                continue
            if open_at >= 0 and ch != opener:
                continue  # a nested quotation of another kind
            before = text[pos - 1] if pos > p_start else " "
            if symmetric and before not in _OPENING_CONTEXT and not before.isspace():
                continue
            open_at, opener = pos, ch
        if open_at >= 0 and p_end > open_at + len(opener) and not text[p_start:open_at].strip():
            # a paragraph opening on a quotation never closed runs on into the next paragraph
            # (the news convention: no closing mark until the speaker's last paragraph)
            quotes.append(Quote(Span(open_at, p_end), Span(open_at + len(opener), p_end)))
    return quotes


def quote_containing(quotes: list[Quote], offset: int) -> Quote | None:
    """The quotation whose outer span contains ``offset``."""
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) // 2
        if quotes[mid].outer.end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(quotes) and quotes[lo].outer.start <= offset:
        return quotes[lo]
    return None


def quote_inside(quotes: list[Quote], offset: int) -> Quote | None:
    """The quotation whose inside (marks excluded) holds ``offset``: a word there is quoted,
    never a cue or a teller of the sentence around it."""
    q = quote_containing(quotes, offset)
    return q if q is not None and q.inner.start <= offset < q.inner.end else None
