"""A JSON document of articles: an array of article objects (streamed), or one article object.

Each array item is named ``path#item-<n>`` unless it has a URL; a bad item is a failure for that
item only. The raw bytes of a document are the item's own JSON text.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.readers.fields import article_from_object
from claimgraph.readers.json_stream import JsonStream
from claimgraph.readers.registry import Reader
from claimgraph.readers.source import ReadContext, ReadError, Source, one_line
from claimgraph.records import RawDocument, ReadFailure


def _sniff(head: bytes) -> float:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"["):
        # "[Updated] Headline..." is text; an array of articles opens with an object.
        return 0.7 if start[1:].lstrip(b" \t\r\n").startswith(b"{") else 0.0
    if start.startswith(b"{") and start[1:].lstrip(b" \t\r\n").startswith(b'"'):
        return 0.4
    return 0.0


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    js = JsonStream(source.stream, ctx.max_bytes)
    if js.peek() != "[":
        obj, raw = js.value()
        yield article_from_object(source.uri, raw.encode("utf-8"), obj, "the JSON document")
        if js.peek():
            raise ReadError(
                "more JSON after the first object: if this is JSON Lines, name it .jsonl"
            )
        return
    for index, (obj, raw) in enumerate(js.items(), 1):
        uri = f"{source.uri}#item-{index}"
        try:
            yield article_from_object(uri, raw.encode("utf-8"), obj, f"item {index}")
        except ReadError as exc:
            yield ReadFailure(uri, one_line(str(exc)))


READER = Reader(name="json", extensions=(".json",), sniff=_sniff, read=_read)
