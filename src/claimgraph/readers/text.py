"""Plain text files in any encoding: one file, one article."""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.readers.items import PLAIN, document_from_bytes
from claimgraph.readers.registry import Reader
from claimgraph.readers.source import ReadContext, ReadError, Source, read_limited
from claimgraph.records import RawDocument, ReadFailure


def _sniff(head: bytes) -> float:
    # The fallback: anything that no other reader claims is read as text.
    return 0.1


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    content = read_limited(source, ctx.max_bytes, "text file")
    document = document_from_bytes(source.uri, content, PLAIN)
    if not document.hints["text"].strip():
        raise ReadError("file holds only whitespace, no text")
    yield document


READER = Reader(
    name="text",
    extensions=(".txt", ".text", ".md", ".markdown", ".rst", ".asc"),
    sniff=_sniff,
    read=_read,
)
