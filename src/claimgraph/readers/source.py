"""A source being read: its name, its first bytes for sniffing, and a stream from byte 0.

Files, standard input and decompressed streams all look the same to a reader: a ``Source`` whose
``stream`` starts at the first byte (the sniffed ``head`` included) and whose ``size`` is known
only for regular files. Readers never load a source whole unless it is one article, and then only
up to ``max_bytes`` (``read_limited``).
"""

from __future__ import annotations

import io
import lzma
import zlib
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


# Errors a stream can raise where its data stops: a cut-off or corrupt compressed file, a device.
STREAM_ERRORS: tuple[type[BaseException], ...] = (
    EOFError,
    OSError,
    ValueError,
    zlib.error,
    lzma.LZMAError,
)
_FILL = 64 * 1024


class ResilientStream(io.BufferedIOBase):
    """A buffered byte stream that never loses data to an error.

    ``io.BufferedReader`` drops the bytes it had gathered for a ``read(n)`` when the underlying
    stream then fails (a gzip cut off mid-member). Here a read returns whatever arrived and the
    error is raised by the next read, so a reader gets every complete item before the failure.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._read1 = getattr(raw, "read1", raw.read)
        self._buf = bytearray()
        self._error: BaseException | None = None
        self._eof = False

    def readable(self) -> bool:
        return True

    def _fill(self, want: int) -> bool:
        """Append at least one more chunk; False at the end of data or at an error."""
        if self._eof or self._error is not None:
            return False
        try:
            # read1: one underlying read, so an error cannot swallow data decoded before it
            # (GzipFile.read(n) loses a complete member's data when the next member is cut).
            chunk = self._read1(max(want, _FILL))
        except STREAM_ERRORS as exc:
            self._error = exc
            return False
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def _take(self, n: int) -> bytes:
        if n == 0 and self._error is not None:
            error, self._error = self._error, None
            self._eof = True
            raise error
        data = bytes(self._buf[:n])
        del self._buf[:n]  # CPython trims a bytearray's front in O(1)
        return data

    def peek(self, size: int = _FILL) -> bytes:  # type: ignore[override]
        while len(self._buf) < size and self._fill(size - len(self._buf)):
            pass
        return bytes(self._buf[:size])

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            while self._fill(1024 * 1024):
                pass
            return self._take(len(self._buf))
        while len(self._buf) < size and self._fill(size - len(self._buf)):
            pass
        return self._take(min(size, len(self._buf)))

    def read1(self, size: int = -1) -> bytes:
        if not self._buf:
            self._fill(size if size > 0 else _FILL)
        return self._take(len(self._buf) if size < 0 else min(size, len(self._buf)))

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        limit = -1 if size is None else size
        scanned = 0
        while True:
            newline = self._buf.find(b"\n", scanned)
            if newline >= 0:
                end = newline + 1
                break
            scanned = len(self._buf)
            if 0 <= limit <= scanned or not self._fill(_FILL):
                end = scanned
                break
        if limit >= 0:
            end = min(end, limit)
        return self._take(end)


def peek_head(stream: BinaryIO, size: int = SNIFF_BYTES) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes for sniffing, and a stream that starts at byte 0.

    An error while reading the head (a truncated gzip, say) is raised only when a reader reads
    past the bytes that did arrive, so whatever was readable is still read.
    """
    resilient = ResilientStream(stream)
    return resilient.peek(size), resilient  # type: ignore[return-value]


def format_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def read_limited(
    source: Source,
    max_bytes: int,
    what: str = "file",
    advice: str = "per article; split it into articles or raise the limit",
) -> bytes:
    """The whole source as one item, refusing (without reading it) anything above ``max_bytes``."""
    if source.size is not None and source.size > max_bytes:
        raise ReadError(
            f"{what} is {format_size(source.size)}, above the {format_size(max_bytes)} limit "
            + advice
        )
    chunks: list[bytes] = []
    got = 0
    while got <= max_bytes:
        chunk = source.stream.read(max_bytes + 1 - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    if got > max_bytes:
        raise ReadError(f"{what} is larger than the {format_size(max_bytes)} limit " + advice)
    return b"".join(chunks)


def one_line(reason: str, limit: int = 300) -> str:
    """Reasons are shown one per line in a summary: no newlines, bounded length."""
    flat = " ".join(reason.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
