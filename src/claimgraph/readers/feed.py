"""RSS and Atom feeds (feedparser): each entry with content or a summary is a document.

The feed's title is the outlet, the entry's date its publication date, its author the byline, and
its link the URI. The raw bytes of a document are the entry's content as the feed carries it.
A feed is parsed whole, so it is bounded by the per-article limit like any single file.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from claimgraph.readers.items import HTML, PLAIN, document_from_text
from claimgraph.readers.registry import Reader
from claimgraph.readers.source import ReadContext, ReadError, Source, one_line, read_limited
from claimgraph.records import RawDocument, ReadFailure

_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _sniff(head: bytes) -> float:
    start = head[:4096].lower()
    stripped = start.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"<"):
        return 0.0
    if any(root in start for root in _FEED_ROOTS) and b"<html" not in start[:1024]:
        return 0.95
    return 0.0


def _iso(parsed: Any) -> str | None:
    """feedparser's UTC ``struct_time`` as an ISO datetime."""
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    except (TypeError, ValueError):
        return None


def _body(entry: Any) -> tuple[str, str] | None:
    """(text, content type) of the entry's fullest content, or its summary."""
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        candidates.append((value, content.get("type") or "text/html"))
    summary = entry.get("summary") or ""
    if summary:
        detail = entry.get("summary_detail") or {}
        candidates.append((summary, detail.get("type") or "text/html"))
    candidates = [(value, kind) for value, kind in candidates if value.strip()]
    if not candidates:
        return None
    return max(candidates, key=lambda c: len(c[0]))


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    data = read_limited(
        source, ctx.max_bytes, "feed", "for one feed file (it is parsed whole); raise the limit"
    )
    # A stream, not bytes: feedparser treats a bytes or str argument as a possible file name/URL.
    # Content as the feed carries it: no sanitising or URI rewriting (the cleaner reads HTML).
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise ReadError(
                one_line(f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
            )
        raise ReadError("feed has no entries")
    feed = parsed.get("feed") or {}
    outlet = feed.get("title") or None
    language = feed.get("language") or None
    for number, entry in enumerate(entries, 1):
        body = _body(entry)
        if body is None:
            continue
        text, kind = body
        content_type = HTML if kind in _HTML_TYPES else PLAIN
        # feedparser falls back to the entry id for a missing link; a urn: id is no address.
        candidates = (entry.get("link") or "", entry.get("id") or "")
        uri = next((c for c in candidates if c.startswith(("http://", "https://"))), None)
        yield document_from_text(
            uri or f"{source.uri}#entry-{number}",
            text.encode("utf-8"),
            content_type,
            text,
            url=uri,
            title=entry.get("title") or None,
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
            or entry.get("published")
            or entry.get("updated"),
            outlet=outlet,
            byline=entry.get("author") or None,
            language=language,
        )


READER = Reader(name="feed", extensions=(".rss", ".atom", ".xml", ".rdf"), sniff=_sniff, read=_read)
