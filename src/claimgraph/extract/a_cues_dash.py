"""A dash signs what stands before it: “Quotation.” — Jane Doe; a tweet — Name (@handle) date.

Collections of readers' voices, epigraphs and embedded posts credit their speaker after the
words, with a dash and nothing else: "“He represents our greatest shame.” ― Sonya Herridge",
"« Nous tiendrons. » — Iouri Ihnat", "No one should be above the law. pic.twitter.com/x — Paul
Ryan (@SpeakerRyan) July 5, 2016". No verb marks the attribution; the dash is the cue (as
PolNeAR marks it) and the name after it is the teller.

The construction is recognised only where it cannot be a dash inside running prose:

- the dash follows a closing quotation mark (the quotation is the content), or the name after
  it is followed by a social-media handle "(@...)" (the paragraph before the dash is the
  content);
- one to ``MAX_NAME`` capitalised words follow the dash, none of them a listed cue or pronoun;
- after the name, the paragraph ends, or only a short description follows after a comma
  (", 34, of Phoenix"), a full stop, or the handle: "“...” — Clinton disagreed" and "“...” —
  Clinton, however, said" are prose and report nothing here.

Direct speech in Russian and Ukrainian puts a comma and a verb after the dash ("«...», —
сказал Игнат"); the verb is a cue of the lexicon and is found there, never here.

Each dash looks at a bounded number of tokens after it, so a sentence costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimgraph.extract.a_tellers import TellerPhrase
from claimgraph.extract.a_tokens import quote_containing, quote_inside
from claimgraph.lang import language_words
from claimgraph.records import Source, Span

if TYPE_CHECKING:
    from claimgraph.extract.attribution import Attribution, _Context
    from claimgraph.extract.sentences import Sentence

__all__ = ["dash_attributions"]

DASHES = frozenset({"—", "―", "–", "-", "--"})
MAX_NAME = 5  # words of the name after the dash ("María de los Ángeles Pérez" ends on 5)
MAX_DESCRIPTION = 14  # tokens of a description after the name's comma (", 34, of Phoenix")
MAX_PARAGRAPH = 4000  # characters looked at for a paragraph's edge (a 1 MB line costs no more)


def _paragraph_end(text: str, offset: int) -> int:
    limit = min(len(text), offset + MAX_PARAGRAPH)
    end = text.find("\n", offset, limit)
    return limit if end < 0 else end


def _name_end(ctx: _Context, a: int, limit: int) -> int:
    """End (exclusive) of the capitalised name opening at token ``a``, or ``a`` when none."""
    toks, words, lex = ctx.toks, ctx.words, ctx.lex
    links = language_words(lex.lang, "attribution_signatures", "name_links")
    b = a
    while b < limit and b - a < MAX_NAME + 1:
        t = toks[b]
        if t.is_word and t.is_cap and not t.text.isdigit():
            if lex.cues.match(words, b) is not None or words[b] in lex.pronouns:
                break  # "“...” — Clinton said": a verb of its own, found by the cue scan
            b += 1
        elif t.text == "." and b > a and len(toks[b - 1].text) == 1:
            b += 1  # an initial: "Jane Q. Public"
        elif words[b] in links and b > a:
            c = b
            while c < limit and c - b < 3 and words[c] in links:
                c += 1
            if c >= limit or not toks[c].is_cap:
                break
            b = c  # "María de la Cruz"
        else:
            break
    return b


def _paragraph_before(text: str, end: int, marks: frozenset[str]) -> Span | None:
    """The paragraph's text before ``end``, without an opening quotation mark."""
    floor = max(0, end - MAX_PARAGRAPH)
    start = max(floor, text.rfind("\n", floor, end) + 1)
    while start < end and (text[start].isspace() or text[start] in marks):
        start += 1
    return Span(start, end) if start < end else None


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _handle_at(ctx: _Context, k: int, limit: int) -> bool:
    toks = ctx.toks
    return k + 1 < limit and toks[k].text == "(" and toks[k + 1].text == "@"


def _closes_signature(ctx: _Context, b: int, limit: int) -> bool:
    """Whether only a signature's tail follows the name ending at token ``b``."""
    toks, lex, words = ctx.toks, ctx.lex, ctx.words
    if b >= limit or _handle_at(ctx, b, limit):
        return True
    if toks[b].text == ".":
        return b + 1 >= limit
    if toks[b].text != ",":
        return False
    rest = range(b + 1, limit)
    if len(rest) > MAX_DESCRIPTION:
        return False
    return not any(lex.cues.match(words, j) is not None for j in rest)


def dash_attributions(
    ctx: _Context,
    si: int,
    s: Sentence,
    lo: int,
    hi: int,
    found: list[Attribution],
    teller: Callable[[TellerPhrase], Source],
) -> list[Attribution]:
    """Every quotation or post in tokens ``[lo, hi)`` of sentence ``s`` signed by a name after a
    dash; ``teller`` types and remembers a phrase's teller. Dashes already serving as a cue of
    ``found`` are skipped."""
    from claimgraph.extract.attribution import Attribution

    toks, text = ctx.toks, ctx.text
    used = {a.cue.start for a in found if a.cue is not None}
    marks = frozenset(m for pair in ctx.lex.quotes for m in pair)
    out: list[Attribution] = []
    for k in range(max(lo, 1), hi):
        dash = toks[k]
        if dash.text not in DASHES or dash.start in used:
            continue
        if quote_inside(ctx.quotes, dash.start) is not None:
            continue  # a dash inside somebody's words
        p_end = _paragraph_end(text, dash.end)
        limit = k + 1
        while limit < len(toks) and toks[limit].start < p_end and limit - k <= 32:
            limit += 1
        if limit - k > 32:
            continue  # a long paragraph goes on after the dash: running prose
        b = _name_end(ctx, k + 1, limit)
        if b == k + 1 or not _closes_signature(ctx, b, limit):
            continue
        prev = toks[k - 1]
        q = quote_containing(ctx.quotes, prev.start)
        if q is not None and q.outer.end == prev.end:
            content = _trimmed(text, q.inner)
        elif _handle_at(ctx, b, limit) or prev.text in marks:
            # a post signed with its handle, or a quotation whose marks did not pair up
            # (“... he calls “hell” ...” ― Name): the paragraph before the dash
            end = prev.start if prev.text in marks else prev.end
            content = _paragraph_before(text, end, marks)
            if content is None:
                continue
        else:
            continue
        phrase = TellerPhrase(k + 1, b)
        out.append(
            Attribution(
                content=content,
                cue=Span(dash.start, dash.end),
                chain=[teller(phrase)],
                sentence_index=si,
                source_span=Span(toks[k + 1].start, toks[b - 1].end),
                kind="speech",
                quote=q.outer if q is not None and q.outer.end == prev.end else None,
            )
        )
    return out
