"""HTML pages: decoded here (honouring a declared charset); the cleaner extracts the article."""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.readers.items import HTML, document_from_bytes
from claimgraph.readers.registry import Reader
from claimgraph.readers.source import ReadContext, ReadError, Source, read_limited
from claimgraph.records import RawDocument, ReadFailure

_DOCUMENT_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
_TAG_HINTS = (
    b"<html",
    b"<body",
    b"<p>",
    b"<p ",
    b"</div>",
    b"<article",
    b"<meta ",
    b"<title>",
    b"<br",
)


def _sniff(head: bytes) -> float:
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_DOCUMENT_STARTS):
        return 0.9
    if start.startswith(b"<?xml") and b"<html" in start:
        return 0.9  # XHTML
    if start.startswith(b"<") and any(tag in start for tag in _TAG_HINTS):
        return 0.7
    return 0.0


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    content = read_limited(source, ctx.max_bytes, "HTML file")
    document = document_from_bytes(source.uri, content, HTML)
    if not document.hints["html"].strip():
        raise ReadError("file holds only whitespace, no HTML")
    yield document


READER = Reader(
    name="html",
    extensions=(".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"),
    sniff=_sniff,
    read=_read,
)
