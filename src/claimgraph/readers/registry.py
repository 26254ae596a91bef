"""The registry of readers and the choice of one for a source: by sniffing content and extension.

Each reader module registers one ``Reader``. For a source every reader scores its first bytes
(``sniff``: 0 = not mine, 1 = surely mine; ``BINARY`` for bytes that are no text, ``DECISIVE`` for
a container signature such as gzip or WARC, whose content may look binary) and gets
``EXTENSION_BONUS`` when the file name carries one of its extensions. The highest score wins, ties
going to the earlier registration. So a ``.txt`` holding HTML is read as HTML, an ``.html`` holding
plain prose still goes to the HTML reader, and a file without an extension is judged on content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from claimgraph.readers.source import ReadContext, Source
from claimgraph.records import RawDocument, ReadFailure

EXTENSION_BONUS = 0.5
BINARY = 2.0
DECISIVE = 3.0

Item = RawDocument | ReadFailure
SniffFn = Callable[[bytes], float]
ReadFn = Callable[[Source, ReadContext], Iterator[Item]]


@dataclass(frozen=True, slots=True)
class Reader:
    name: str
    extensions: tuple[str, ...]  # lower-case, with the dot: (".txt", ".text")
    sniff: SniffFn
    read: ReadFn


_READERS: list[Reader] = []


def register(reader: Reader) -> Reader:
    """Add ``reader`` (replacing one of the same name) and return it."""
    for i, known in enumerate(_READERS):
        if known.name == reader.name:
            _READERS[i] = reader
            return reader
    _READERS.append(reader)
    return reader


def readers() -> tuple[Reader, ...]:
    return tuple(_READERS)


def choose_reader(source: Source) -> Reader:
    """The reader with the highest sniff score plus extension bonus for ``source``."""
    if not _READERS:
        raise RuntimeError("no readers registered: import claimgraph.readers")
    best, best_score = _READERS[0], float("-inf")
    extension = source.extension
    for reader in _READERS:
        score = reader.sniff(source.head)
        if extension and extension in reader.extensions:
            score += EXTENSION_BONUS
        if score > best_score:
            best, best_score = reader, score
    return best


def read_source(source: Source, ctx: ReadContext) -> Iterator[Item]:
    """Read one source with the reader chosen for it (errors propagate to the caller)."""
    return choose_reader(source).read(source, ctx)
