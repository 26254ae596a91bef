"""Readers: sources (files, directories, standard input) to ``RawDocument`` or ``ReadFailure``.

``read_sources(paths)`` streams one ``RawDocument`` per article and one ``ReadFailure`` (with a
one-line reason) per thing it could not read. One module per format registers a ``Reader``; the
reader for a source is chosen by sniffing its first bytes and by its extension (see ``registry``).
"""

from __future__ import annotations

from claimgraph.readers import (
    binary,
    compressed,
    feed,
    html,
    json_articles,
    jsonl,
    telegram,
    text,
    warc,
)
from claimgraph.readers.read import STDIN_URI, read_sources, read_stream
from claimgraph.readers.registry import Reader, choose_reader, readers, register
from claimgraph.readers.source import DEFAULT_MAX_BYTES, ReadContext, ReadError, Source
from claimgraph.records import RawDocument, ReadFailure

# Registration order breaks ties between equal scores: specific formats first, plain text last.
for _reader in (
    binary.READER,
    compressed.READER,
    warc.READER,
    telegram.READER,
    feed.READER,
    jsonl.READER,
    json_articles.READER,
    html.READER,
    text.READER,
):
    register(_reader)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN_URI",
    "RawDocument",
    "ReadContext",
    "ReadError",
    "ReadFailure",
    "Reader",
    "Source",
    "choose_reader",
    "read_sources",
    "read_stream",
    "readers",
    "register",
]
