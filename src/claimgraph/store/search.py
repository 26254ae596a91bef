"""Full-text search over titles and bodies, the same query language on both backends.

Queries follow web-search conventions (PostgreSQL's ``websearch_to_tsquery``): words are ANDed,
``"quoted words"`` form a phrase, ``or`` separates alternatives, ``-word`` excludes. PostgreSQL
parses them itself; for SQLite, ``fts5_query`` translates them into FTS5 syntax, quoting every
term so that user text ("Shahed-136", "U.S.") can never be read as FTS5 operators.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

# Markers the database puts around matched words; turned into offsets in ``SearchHit``.
START_MARK = "\u27e6"
STOP_MARK = "\u27e7"


@dataclass(slots=True)
class SearchHit:
    doc_id: str
    rank: float
    snippet: str  # plain text around the matches
    highlights: list[tuple[int, int]] = field(default_factory=list)  # spans in ``snippet``


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    negated: bool = False


def parse_websearch(query: str) -> list[list[Term]]:
    """Alternatives (split on ``or``), each a list of terms to AND. Linear in the query."""
    groups: list[list[Term]] = [[]]
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not query[i + 1].isspace():
            negated, i = True, i + 1
        if query[i] == '"':
            end = query.find('"', i + 1)
            end = n if end < 0 else end
            word, i = query[i + 1 : end], end + 1
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] != '"':
                i += 1
            word = query[start:i]
            if not negated and word.lower() == "or":
                if groups[-1]:
                    groups.append([])
                continue
        if any(c.isalnum() for c in word):
            groups[-1].append(Term(word, negated))
    return [g for g in groups if any(not t.negated for t in g)]


def _fts5_string(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def fts5_query(query: str) -> str:
    """The FTS5 MATCH expression for a web-search query ('' when nothing can match)."""
    alternatives = []
    for group in parse_websearch(query):
        positive = " AND ".join(_fts5_string(t.text) for t in group if not t.negated)
        negative = [_fts5_string(t.text) for t in group if t.negated]
        expr = f"({positive})"
        for term in negative:
            expr = f"({expr} NOT {term})"
        alternatives.append(expr)
    return " OR ".join(alternatives)


def split_highlights(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove the match markers from a snippet and return where the matches were."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for ch in marked:
        if ch == START_MARK:
            start = len(out)
        elif ch == STOP_MARK:
            if start is not None and len(out) > start:
                spans.append((start, len(out)))
            start = None
        else:
            out.append(ch)
    return "".join(out), spans


SQLITE_SEARCH = f"""
SELECT doc_id, bm25(documents_fts, 10.0, 1.0) AS rank,
       snippet(documents_fts, 2, '{START_MARK}', '{STOP_MARK}', ' … ', 24) AS snippet
FROM documents_fts WHERE documents_fts MATCH :q
ORDER BY rank LIMIT :limit
"""

POSTGRES_SEARCH = f"""
SELECT hit.doc_id, hit.rank,
       ts_headline('simple', f.body, hit.q,
                   'StartSel={START_MARK}, StopSel={STOP_MARK}, MaxWords=24, MinWords=10,
                    MaxFragments=2, FragmentDelimiter=" … "') AS snippet
FROM (
    SELECT f.doc_id, ts_rank_cd(f.tsv, q) AS rank, q
    FROM documents_fts f, websearch_to_tsquery('simple', :q) q
    WHERE f.tsv @@ q
    ORDER BY rank DESC LIMIT :limit
) hit JOIN documents_fts f ON f.doc_id = hit.doc_id
ORDER BY hit.rank DESC
"""


def _search_sqlite(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    expr = fts5_query(query)
    if not expr:
        return []
    rows = conn.execute(text(SQLITE_SEARCH), {"q": expr, "limit": limit})
    # bm25 is "smaller is better"; flip it so that a larger rank is a better hit everywhere.
    return [_hit(r.doc_id, -float(r.rank), r.snippet) for r in rows]


def _search_postgres(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    if not parse_websearch(query):
        return []
    rows = conn.execute(text(POSTGRES_SEARCH), {"q": query, "limit": limit})
    return [_hit(r.doc_id, float(r.rank), r.snippet) for r in rows]


def _hit(doc_id: str, rank: float, marked: str | None) -> SearchHit:
    snippet, highlights = split_highlights(" ".join((marked or "").split()))
    return SearchHit(doc_id=doc_id, rank=rank, snippet=snippet, highlights=highlights)


SEARCHERS: dict[str, Callable[[Connection, str, int], list[SearchHit]]] = {
    "sqlite": _search_sqlite,
    "postgresql": _search_postgres,
}


def search(conn: Connection, query: str, limit: int = 20) -> list[SearchHit]:
    """The best ``limit`` documents for ``query``, best first, each with a snippet."""
    return SEARCHERS[conn.dialect.name](conn, query, limit)
