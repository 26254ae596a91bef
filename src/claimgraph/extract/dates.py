"""Time references in text: absolute dates, relative days and months, periods, open bounds.

``extract_time_refs(text, lang, reference)`` finds every time expression of ``lang`` in ``text``
and places it on the calendar:

- absolute dates in words and numbers ("10 декабря 2022 года", "Dec. 10, 2022", "21.05.2024",
  "05/21/2024" in English), months ("May 2022"), years ("in 2025"), decades ("the 1990s"),
  quarters and halves, seasons;
- relative expressions ("on Saturday", "en janvier dernier", "в январе", "last week", "two days
  ago", "early July", "the first two days of the new year") resolved against ``reference`` (the
  publication date) with ``relative=True``; without a reference they are kept unresolved;
- "a day earlier", "days later", "the next day" counted from the date last mentioned before them
  (or the reference);
- ranges ("between September and January", "6-7 декабря") and open bounds ("since May 2022",
  "by September 2025", "d'ici 2025").

Durations ("three weeks", "12-day") are quantities, not time references, and are not returned.
Words live in ``lang/<xx>/dates.yaml``; the grammar is ``d_grammar``, the calendar
arithmetic ``d_resolve``. Runs in time linear in the text.
"""

from __future__ import annotations

from datetime import date

from claimgraph.extract.d_grammar import Grammar, Match
from claimgraph.extract.d_lexicon import Tok, lexicon_for, tokenize
from claimgraph.extract.d_resolve import Context, Interval, Unresolved, resolve
from claimgraph.records import Span, TimeRef

__all__ = ["extract_time_refs"]


def extract_time_refs(text: str, lang: str, reference: date | None) -> list[TimeRef]:
    """Time references in ``text`` (spans into ``text``, sorted, non-overlapping).

    ``reference`` is the document's publication date; relative expressions are resolved
    against it (and marked ``relative``), or left with ``start``/``end`` None when it is None.
    """
    if not text:
        return []
    toks = tokenize(text)
    matches = Grammar(toks, lexicon_for(lang)).parse()
    refs: list[TimeRef] = []
    anchor: date | None = None
    last: date | None = None
    for m in matches:
        ref, resolved = _time_ref(text, toks, m, reference, anchor, last)
        refs.append(ref)
        if resolved is not None:
            anchor = resolved
        elif ref.start is None and ref.end is None:
            anchor = None  # the story moved to a date we do not know
        bound = ref.start or ref.end
        last = None if bound is None else date.fromisoformat(bound)
    return refs


def _time_ref(
    text: str,
    toks: list[Tok],
    m: Match,
    reference: date | None,
    anchor: date | None,
    last: date | None,
) -> tuple[TimeRef, date | None]:
    start, end = toks[m.i].start, toks[m.j - 1].end
    ctx = Context(reference=reference, anchor=anchor, last=last)
    surface = text[start:end]
    try:
        iv: Interval | None = resolve(m.sem, ctx)
    except Unresolved:
        iv = None
    relative = ctx.used_reference or ctx.used_anchor or ctx.used_last or iv is None
    if iv is None:
        return TimeRef(Span(start, end), surface, relative=True, granularity=None), None
    against = None
    if ctx.used_last and last is not None:
        against = last.isoformat()
    elif ctx.used_anchor and anchor is not None:
        against = anchor.isoformat()
    elif ctx.used_reference and reference is not None:
        against = reference.isoformat()
    tref = TimeRef(
        span=Span(start, end),
        text=surface,
        start=None if iv.start is None else iv.start.isoformat(),
        end=None if iv.end is None else iv.end.isoformat(),
        resolved_against=against,
        relative=relative,
        granularity=iv.granularity,
    )
    # only a day (or a night) anchors "a day earlier" / "the next day"
    if iv.granularity not in ("day", "night") or iv.start is None:
        return tref, None
    return tref, iv.start
