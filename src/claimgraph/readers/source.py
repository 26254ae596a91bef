"""A source being read: its name, its first bytes for sniffing, and a stream from byte 0.

Files, standard input and decompressed streams all look the same to a reader: a ``Source`` whose
``stream`` starts at the first byte (the sniffed ``head`` included) and whose ``size`` is known
only for regular files. Readers never load a source whole unless it is one article, and then only
up to ``max_bytes`` (``read_limited``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

SNIFF_BYTES = 64 * 1024
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class ReadError(Exception):
    """A source (or item) cannot be read; the message is the one-line reason shown to the user."""


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What every reader needs to know about the run."""

    max_bytes: int = DEFAULT_MAX_BYTES
    depth: int = 0  # how many containers (gzip inside gzip...) we are inside


@dataclass(slots=True)
class Source:
    uri: str
    name: str  # lower-case file name used to match extensions ("" for standard input)
    head: bytes  # the first bytes, for sniffing
    stream: BinaryIO  # reads from byte 0, head included
    size: int | None = None  # known for regular files only

    @property
    def extension(self) -> str:
        """The last suffix of ``name`` (".txt"), or "" when there is none."""
        dot = self.name.rfind(".")
        return self.name[dot:] if dot > 0 else ""


class _PrefixedRaw(io.RawIOBase):
    """``head`` then the rest of ``rest``; a deferred error is raised where the data stopped."""

    def __init__(self, head: bytes, rest: BinaryIO, error: BaseException | None) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        data = self._rest.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def peek_head(stream: BinaryIO, size: int = SNIFF_BYTES) -> tuple[bytes, BinaryIO]:
    """Read up to ``size`` bytes for sniffing and return them with a stream that starts at byte 0.

    An error while reading the head (a truncated gzip, say) is kept and raised only when a reader
    reads past the bytes that did arrive, so whatever was readable is still read.
    """
    chunks: list[bytes] = []
    got = 0
    error: BaseException | None = None
    try:
        while got < size:
            chunk = stream.read(size - got)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except (EOFError, OSError, ValueError) as exc:
        error = exc
    head = b"".join(chunks)
    return head, io.BufferedReader(_PrefixedRaw(head, stream, error), buffer_size=SNIFF_BYTES)


def format_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def read_limited(source: Source, max_bytes: int, what: str = "file") -> bytes:
    """The whole source as one article, refusing (without reading it) anything above ``max_bytes``."""
    if source.size is not None and source.size > max_bytes:
        raise ReadError(
            f"{what} is {format_size(source.size)}, above the {format_size(max_bytes)} limit "
            "per article; split it into articles or raise the limit"
        )
    data = source.stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(
            f"{what} is larger than the {format_size(max_bytes)} limit per article; "
            "split it into articles or raise the limit"
        )
    return data


def one_line(reason: str, limit: int = 300) -> str:
    """Reasons are shown one per line in a summary: no newlines, bounded length."""
    flat = " ".join(reason.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
