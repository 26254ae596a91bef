"""JSON Lines: one article object per line, streamed line by line.

A bad line (not JSON, not an object, no text or html, too large) is a failure for that line only;
the lines around it are read. A line without a URL is named ``path#L<line number>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from claimgraph.readers.fields import article_from_object
from claimgraph.readers.registry import Reader
from claimgraph.readers.source import ReadContext, ReadError, Source, format_size, one_line
from claimgraph.records import RawDocument, ReadFailure

_SKIP_CHUNK = 1024 * 1024


def _sniff(head: bytes) -> float:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"{"):
        return 0.0
    first, newline, _ = text.partition(b"\n")
    if not newline:
        return 0.6  # one object, or the start of a long one
    try:
        return 0.85 if isinstance(json.loads(first), dict) else 0.0
    except ValueError:
        return 0.3  # a pretty-printed object: more likely a JSON document than JSON Lines


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    stream = source.stream
    number = 0
    while True:
        line = stream.readline(ctx.max_bytes + 1)
        if not line:
            return
        number += 1
        uri = f"{source.uri}#L{number}"
        if len(line) > ctx.max_bytes and not line.endswith(b"\n"):
            skipped = len(line) + _skip_rest_of_line(stream)
            yield ReadFailure(
                uri,
                f"line {number} is {format_size(skipped)}, above the {format_size(ctx.max_bytes)} "
                "limit per article; skipped",
            )
            continue
        raw = line.rstrip(b"\r\n")
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        yield _line_item(uri, raw, number)


def _skip_rest_of_line(stream: BinaryIO) -> int:
    """Read past the rest of an oversized line, a chunk at a time; its length in bytes."""
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _line_item(uri: str, raw: bytes, number: int) -> RawDocument | ReadFailure:
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return ReadFailure(uri, f"line {number} is not valid UTF-8 (JSON Lines must be UTF-8)")
    except ValueError as exc:  # also Python's limit on integer digits
        return ReadFailure(uri, one_line(f"line {number} is not valid JSON: {exc}"))
    except RecursionError:
        return ReadFailure(uri, f"line {number} nests arrays or objects too deeply to read")
    try:
        return article_from_object(uri, raw, obj, f"line {number}")
    except ReadError as exc:
        return ReadFailure(uri, one_line(str(exc)))


READER = Reader(
    name="jsonl",
    extensions=(".jsonl", ".ndjson", ".jsonlines", ".ldjson"),
    sniff=_sniff,
    read=_read,
)
