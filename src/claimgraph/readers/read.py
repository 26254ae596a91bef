"""``read_sources``: paths (files, directories, ``-``) to a stream of documents and failures.

Every problem becomes a ``ReadFailure`` with one line a user can act on, and the run goes on:
nothing a user can put on the command line raises out of here.
"""

from __future__ import annotations

import errno
import lzma
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from claimgraph.readers.registry import Item, choose_reader
from claimgraph.readers.source import (
    DEFAULT_MAX_BYTES,
    ReadContext,
    ReadError,
    Source,
    one_line,
    peek_head,
)
from claimgraph.readers.walk import iter_files
from claimgraph.records import ReadFailure

STDIN_URI = "<stdin>"


def read_sources(
    paths: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Read every path in order: files, directories (recursively, sorted) and ``-`` for stdin.

    Yields one ``RawDocument`` per article and one ``ReadFailure`` per thing that could not be
    read. ``max_bytes`` bounds one article (a file, a JSON line, a WARC record, a feed); larger
    ones are refused without being read whole. ``stdin`` replaces ``sys.stdin.buffer`` for ``-``.
    """
    ctx = ReadContext(max_bytes=max_bytes)
    for path in paths:
        if path == "-":
            yield from read_stream(STDIN_URI, stdin if stdin is not None else sys.stdin.buffer, ctx)
            continue
        for found in iter_files(path):
            if isinstance(found, ReadFailure):
                yield found
            else:
                yield from _read_file(found, ctx)


def read_stream(uri: str, stream: BinaryIO, ctx: ReadContext, name: str = "") -> Iterator[Item]:
    """Read an already open byte stream (standard input, a pipe) as one source."""
    head, rest = peek_head(stream)
    if not head:
        try:
            rest.read(1)  # raises the error that stopped the data, if any
        except Exception as exc:
            yield ReadFailure(uri, one_line(_reason(exc, 0)))
            return
        yield ReadFailure(uri, "empty input: nothing to read")
        return
    yield from _guarded(Source(uri=uri, name=name, head=head, stream=rest), ctx)


def _read_file(path: str, ctx: ReadContext) -> Iterator[Item]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed in the finally below, after the generator
    except OSError as exc:
        yield ReadFailure(path, _os_reason(exc, "open"))
        return
    try:
        st = os.fstat(handle.fileno())
        regular = stat.S_ISREG(st.st_mode)
        if regular and st.st_size == 0:
            yield ReadFailure(path, "empty file (0 bytes)")
            return
        name = os.path.basename(path).lower()
        if not regular:
            yield from read_stream(path, handle, ctx, name)
            return
        head, rest = peek_head(handle)
        source = Source(uri=path, name=name, head=head, stream=rest, size=st.st_size)
        yield from _guarded(source, ctx)
    finally:
        handle.close()


def _guarded(source: Source, ctx: ReadContext) -> Iterator[Item]:
    """Run the chosen reader; turn whatever goes wrong into one failure, after what was read."""
    documents = 0
    try:
        for item in choose_reader(source).read(source, ctx):
            if not isinstance(item, ReadFailure):
                documents += 1
            yield item
    except ReadError as exc:
        yield ReadFailure(source.uri, one_line(str(exc)))
    except Exception as exc:
        yield ReadFailure(source.uri, one_line(_reason(exc, documents)))


def _after(documents: int) -> str:
    if not documents:
        return ""
    return f" after {documents} document{'s' if documents != 1 else ''}"


def _reason(exc: Exception, documents: int) -> str:
    after = _after(documents)
    if isinstance(exc, EOFError):
        return f"truncated file: the compressed data ends early{after}; the file was cut off"
    if isinstance(exc, zlib.error | lzma.LZMAError):
        return f"corrupt compressed data{after}: {exc}"
    if isinstance(exc, OSError) and exc.errno is None:
        # gzip.BadGzipFile, bz2's "Invalid data stream" and friends carry no errno.
        return f"corrupt compressed data{after}: {exc}"
    if isinstance(exc, OSError):
        return _os_reason(exc, "read") + after
    if isinstance(exc, MemoryError):
        return f"out of memory{after}: lower the per-article limit"
    return f"unexpected {type(exc).__name__}{after}: {exc} (please report this)"


def _os_reason(exc: OSError, action: str) -> str:
    if exc.errno == errno.EACCES or isinstance(exc, PermissionError):
        return f"permission denied: cannot {action} this file; check its permissions"
    if exc.errno == errno.ELOOP:
        return "symlink loop: the link resolves to itself; fix or remove it"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    return f"cannot {action} this file: {exc.strerror or exc}"
