"""Span lookups for the claim assembler, in logarithmic time per question.

The assembler asks, for every quantity of a sentence, which of the sentence's names, time
references, attributions or watched names stands before it, nearest to it or around it. Asked by
scanning, that is (quantities x spans) per sentence: quadratic on an absurd one-sentence megabyte
("drones launched 6000 ... said ..." repeated). Each index here is built once per list of spans
(a sort) and answers one question with a binary search, with *exactly* the answer the plain scan
gives, ties included (the first item in list order wins, as in a scan with a strict comparison).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from claimgraph.records import Span

__all__ = ["AnyContaining", "AnyOverlapping", "Covering", "Nearest", "PrefixBest"]


class PrefixBest:
    """Among the items whose coordinate is at most ``x``, the index of the one with the
    greatest key (the first in list order among equal keys)."""

    def __init__(self, coords: Sequence[int], keys: Sequence[Any]) -> None:
        order = sorted(range(len(coords)), key=lambda i: coords[i])
        self._coords = [coords[i] for i in order]
        self._best: list[int] = []
        for i in order:
            prev = self._best[-1] if self._best else None
            better = prev is None or keys[i] > keys[prev] or (keys[i] == keys[prev] and i < prev)
            self._best.append(i if better else prev)  # type: ignore[arg-type]

    def best(self, x: int) -> int | None:
        k = bisect_right(self._coords, x)
        return self._best[k - 1] if k else None


class AnyOverlapping:
    """Whether a span overlaps any of ``spans`` (``Span.overlaps``: sharing a character)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        self._max_end: list[int] = []
        for s in ordered:
            self._max_end.append(max(s.end, self._max_end[-1]) if self._max_end else s.end)

    def hits(self, span: Span) -> bool:
        k = bisect_left(self._starts, span.end)  # spans starting before ``span`` ends
        return k > 0 and self._max_end[k - 1] > span.start


class AnyContaining:
    """Whether one of ``spans`` contains a span (``Span.contains``)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        self._max_end: list[int] = []
        for s in ordered:
            self._max_end.append(max(s.end, self._max_end[-1]) if self._max_end else s.end)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def contains(self, span: Span) -> bool:
        k = bisect_right(self._starts, span.start)
        return k > 0 and self._max_end[k - 1] >= span.end


class Nearest:
    """The span nearest to a query among those not overlapping it (distance between edges: a
    span ending at or before the query's start, or starting at or after its end); the first in
    list order among equally near ones."""

    def __init__(self, spans: Sequence[Span]) -> None:
        first_by_end: dict[int, int] = {}
        first_by_start: dict[int, int] = {}
        for i, s in enumerate(spans):
            first_by_end.setdefault(s.end, i)
            first_by_start.setdefault(s.start, i)
        self._ends = sorted(first_by_end)
        self._starts = sorted(first_by_start)
        self._by_end = first_by_end
        self._by_start = first_by_start

    def nearest(self, query: Span) -> int | None:
        best: tuple[int, int] | None = None  # (distance, index)
        k = bisect_right(self._ends, query.start)
        if k:
            end = self._ends[k - 1]
            best = (query.start - end, self._by_end[end])
        k = bisect_left(self._starts, query.end)
        if k < len(self._starts):
            start = self._starts[k]
            after = (start - query.end, self._by_start[start])
            if best is None or after < best:
                best = after
        return best[1] if best is not None else None


class Covering:
    """For each query span: the index of the shortest span that contains it (the first in list
    order among equally short ones); failing that, of the span sharing most characters with it
    (the first among equals); None when none shares a character. This is what a scan of
    ``attribution_for`` answers, for many queries at once in O((spans + queries) log spans)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = list(spans)
        self._order = sorted(range(len(spans)), key=lambda i: (spans[i].start, i))
        self._starts = [spans[i].start for i in self._order]
        self._ends = sorted({s.end for s in spans})
        # prefix (in start order) of the greatest end, the first index among equal ends
        self._reach: list[tuple[int, int]] = []
        for i in self._order:
            cand = (spans[i].end, -i)
            self._reach.append(max(cand, self._reach[-1]) if self._reach else cand)

    def best_for(self, queries: Sequence[Span]) -> list[int | None]:
        out: list[int | None] = [None] * len(queries)
        n = len(self._ends)
        # Fenwick tree over ends in decreasing order: prefix minimum of (length, index) among
        # the spans inserted so far (those starting at or before the query's start).
        tree: list[tuple[int, int] | None] = [None] * (n + 1)
        inserted = 0
        for qi in sorted(range(len(queries)), key=lambda j: queries[j].start):
            q = queries[qi]
            while inserted < len(self._order) and self._starts[inserted] <= q.start:
                i = self._order[inserted]
                s = self._spans[i]
                _tree_update(tree, n - bisect_left(self._ends, s.end), (s.end - s.start, i))
                inserted += 1
            found = _tree_query(tree, n - bisect_left(self._ends, q.end))
            out[qi] = found[1] if found is not None else self._most_shared(q, inserted)
        return out

    def _most_shared(self, q: Span, before: int) -> int | None:
        """No span contains ``q``: those starting at or before it all end inside it."""
        best: tuple[int, int] | None = None  # (-shared, index)
        if before:
            end, neg_i = self._reach[before - 1]
            if end > q.start:
                best = (-(end - q.start), -neg_i)
        k = before
        while k < len(self._order) and self._starts[k] < q.end:
            i = self._order[k]
            s = self._spans[i]
            cand = (-(min(s.end, q.end) - s.start), i)
            if cand[0] < 0 and (best is None or cand < best):
                best = cand
            k += 1
        return best[1] if best is not None else None


def _tree_update(tree: list[tuple[int, int] | None], pos: int, value: tuple[int, int]) -> None:
    while pos < len(tree):
        cur = tree[pos]
        if cur is None or value < cur:
            tree[pos] = value
        pos += pos & -pos


def _tree_query(tree: list[tuple[int, int] | None], pos: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    while pos > 0:
        cur = tree[pos]
        if cur is not None and (best is None or cur < best):
            best = cur
        pos -= pos & -pos
    return best
