"""WARC crawls (warcio): each successful HTML or text response is a document under its target URI.

``.warc.gz`` reaches this reader already decompressed (see ``compressed``), because warcio treats
a gzip stream that stops early as a normal end: here a stream error is remembered and raised after
the records that were complete, and a record whose payload is cut short is reported as such.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from claimgraph.readers.decode import charset_from_content_type
from claimgraph.readers.html import READER as HTML_READER
from claimgraph.readers.items import HTML, PLAIN, document_from_bytes
from claimgraph.readers.registry import DECISIVE, Reader
from claimgraph.readers.source import (
    STREAM_ERRORS,
    ReadContext,
    ReadError,
    Source,
    format_size,
    one_line,
)
from claimgraph.records import RawDocument, ReadFailure

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})


class _WatchedStream:
    """Hands warcio the bytes, but keeps the error that ended them instead of hiding it."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            return self._stream.read(size)
        except STREAM_ERRORS as exc:
            self.error = exc
            return b""

    def readline(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            return self._stream.readline(size)
        except STREAM_ERRORS as exc:
            self.error = exc
            return b""


def _sniff(head: bytes) -> float:
    return DECISIVE if head.startswith((b"WARC/1.", b"WARC/0.")) else 0.0


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    value = headers.get_header("Content-Type") if headers is not None else None
    return value or ""


def _kind(record: Any, payload_head: bytes) -> str | None:
    """HTML, PLAIN, or None for a record that is not an article (image, script, redirect...)."""
    media = _content_type(record).split(";")[0].strip().lower()
    if media in _HTML_TYPES:
        return HTML
    if media in _TEXT_TYPES:
        return PLAIN
    if not media and HTML_READER.sniff(payload_head) > 0:
        return HTML
    return None


def _wanted(record: Any) -> bool:
    if record.rec_type == "resource":
        return True
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    return status.startswith("2")


def _record_item(record: Any, ctx: ReadContext) -> RawDocument | ReadFailure | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.length is not None and record.length > ctx.max_bytes:
        return ReadFailure(
            uri,
            f"WARC record is {format_size(record.length)}, above the "
            f"{format_size(ctx.max_bytes)} limit per article; skipped",
        )
    payload = record.content_stream().read(ctx.max_bytes + 1)
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        raise ReadError(
            f"truncated WARC: the record for {uri or 'an unnamed target'} is cut off "
            f"({missing} bytes missing); the file ends early"
        )
    if len(payload) > ctx.max_bytes:
        return ReadFailure(
            uri, f"WARC payload is larger than the {format_size(ctx.max_bytes)} limit; skipped"
        )
    kind = _kind(record, payload[:4096])
    if kind is None:
        return None
    if not payload.strip():
        return ReadFailure(uri, "WARC response has an empty body")
    return document_from_bytes(
        uri,
        payload,
        kind,
        declared_charset=charset_from_content_type(_content_type(record)),
        url=uri or None,
        fetched=record.rec_headers.get_header("WARC-Date"),
    )


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    watched = _WatchedStream(source.stream)
    records = 0
    try:
        for record in ArchiveIterator(watched):
            records += 1
            if record.rec_headers.get_header("Content-Length") is None:
                raise ReadError(
                    f"malformed or truncated WARC: record {records} has no Content-Length"
                )
            if not _wanted(record):
                continue
            item = _record_item(record, ctx)
            if item is not None:
                yield item
    except (ArchiveLoadFailed, StatusAndHeadersParserException) as exc:
        raise ReadError(
            one_line(f"malformed or truncated WARC after {records} records: {exc}")
        ) from exc
    if watched.error is not None:
        raise watched.error
    if records == 0:
        raise ReadError("no WARC records found")


READER = Reader(name="warc", extensions=(".warc",), sniff=_sniff, read=_read)
