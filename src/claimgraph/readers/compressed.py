"""gzip, bzip2 and xz files: decompressed as a stream, then read by whichever reader fits inside.

``article.html.gz``, ``feed.xml.gz``, ``crawl.warc.gz``, ``dump.jsonl.xz``: the inner name (without
the compression suffix) and the decompressed first bytes choose the inner reader. A file cut off
mid-stream yields what was readable, then one failure from the caller's error handling.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from claimgraph.readers.registry import DECISIVE, Reader, read_source
from claimgraph.readers.source import ReadContext, ReadError, Source, peek_head
from claimgraph.records import RawDocument, ReadFailure

# Containers inside containers beyond this depth are refused (a gzip of a gzip of a gzip...).
MAX_DEPTH = 3

_FORMATS: tuple[tuple[bytes, str, Callable[[BinaryIO], BinaryIO]], ...] = (
    # Closed with the source's own file: these only wrap it.
    (b"\x1f\x8b", "gzip", lambda f: gzip.GzipFile(fileobj=f, mode="rb")),
    (b"BZh", "bzip2", lambda f: bz2.BZ2File(f, mode="rb")),
    (b"\xfd7zXZ\x00", "xz", lambda f: lzma.LZMAFile(f, mode="rb")),  # noqa: SIM115
)
_SUFFIXES = (".gz", ".gzip", ".tgz", ".bz2", ".xz")


def compression_of(head: bytes) -> str | None:
    for magic, name, _ in _FORMATS:
        if head.startswith(magic):
            if name == "bzip2" and not (
                len(head) > 9 and head[3:4].isdigit() and head[4:10] == b"1AY&SY"
            ):
                continue  # "BZh" alone also starts ordinary text
            return name
    return None


def _sniff(head: bytes) -> float:
    return DECISIVE if compression_of(head) else 0.0


def _inner_name(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix):
            inner = name[: -len(suffix)]
            return inner + ".tar" if suffix == ".tgz" else inner
    return name


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    kind = compression_of(source.head)
    if ctx.depth >= MAX_DEPTH:
        raise ReadError(f"{kind} nested {ctx.depth} levels deep: decompress it first")
    opener = next(open_ for _, name, open_ in _FORMATS if name == kind)
    head, stream = peek_head(opener(source.stream))
    if not head:
        stream.read(1)  # raises the decompression error, if that is why nothing came out
        raise ReadError(f"empty after {kind} decompression")
    inner = Source(uri=source.uri, name=_inner_name(source.name), head=head, stream=stream)
    documents = 0
    try:
        for item in read_source(inner, ReadContext(ctx.max_bytes, ctx.depth + 1)):
            documents += not isinstance(item, ReadFailure)
            yield item
    except EOFError as exc:
        raise ReadError(
            f"truncated {kind} file: it ends before the compressed data does{_after(documents)}; "
            "the download or copy was cut off"
        ) from exc
    except (zlib.error, lzma.LZMAError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise
        raise ReadError(f"corrupt {kind} data{_after(documents)}: {exc}") from exc


def _after(documents: int) -> str:
    if not documents:
        return ""
    return f" (after {documents} document{'s' if documents != 1 else ''})"


READER = Reader(name="compressed", extensions=_SUFFIXES, sniff=_sniff, read=_read)
