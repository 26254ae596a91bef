"""Files that are not text: recognised by their signature and refused with a reason to act on."""

from __future__ import annotations

from collections.abc import Iterator

from claimgraph.readers.decode import utf16_without_bom, wide_bom_codec
from claimgraph.readers.registry import BINARY, Reader
from claimgraph.readers.source import ReadContext, ReadError, Source
from claimgraph.records import RawDocument, ReadFailure

# (offset, signature, what it is and what to do about it)
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "PDF is not supported yet; convert it to text or HTML first"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG image: images are not supported"),
    (0, b"\xff\xd8\xff", "JPEG image: images are not supported"),
    (0, b"GIF87a", "GIF image: images are not supported"),
    (0, b"GIF89a", "GIF image: images are not supported"),
    (0, b"II*\x00", "TIFF image: images are not supported"),
    (0, b"MM\x00*", "TIFF image: images are not supported"),
    (8, b"WEBP", "WebP image: images are not supported"),
    (4, b"ftyp", "video or audio file (MP4/MOV): not supported"),
    (0, b"ID3", "MP3 audio: not supported"),
    (0, b"OggS", "Ogg audio/video: not supported"),
    (0, b"fLaC", "FLAC audio: not supported"),
    (0, b"PK\x03\x04", "ZIP archive (or .docx/.odt/.epub): extract or convert it to text first"),
    (0, b"PK\x05\x06", "empty ZIP archive: nothing to read"),
    (0, b"Rar!\x1a\x07", "RAR archive: extract it first"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive: extract it first"),
    (257, b"ustar", "tar archive: extract it first"),
    (
        0,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "old Microsoft Office file (.doc/.xls): convert it first",
    ),
    (0, b"SQLite format 3\x00", "SQLite database: not a document"),
    (0, b"\x7fELF", "executable program: not a document"),
    (0, b"\xca\xfe\xba\xbe", "compiled program: not a document"),
    (0, b"\x00asm", "WebAssembly binary: not a document"),
)

# Controls that do not occur in text (tab, newline, form feed, carriage return, escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (8, 9, 10, 12, 13, 27))
_TEXT_SAMPLE = 8192
# Text, even in a legacy code page, has almost none of them; random or compressed bytes have
# 26 in 256 (about 10 %), so 2 % with a floor of a few stray bytes separates them by many sigmas.
_CONTROL_SHARE = 0.02
_CONTROL_FLOOR = 3


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` is the start of a binary file, or None when it may be text."""
    for offset, signature, reason in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return reason
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "BMP image: images are not supported"
    if head.startswith(b"MZ") and b"This program cannot be run in DOS mode" in head[:512]:
        return "Windows executable: not a document"
    sample = head[:_TEXT_SAMPLE]
    if not sample or _is_wide_text(sample):
        return None
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not text"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(_CONTROL_FLOOR, _CONTROL_SHARE * len(sample)):
        return "binary file (control bytes that text does not have), not text"
    return None


def _is_wide_text(sample: bytes) -> bool:
    """UTF-16/32 text has NULs by design."""
    return wide_bom_codec(sample) is not None or utf16_without_bom(sample) is not None


def _sniff(head: bytes) -> float:
    # Below DECISIVE: a gzip or WARC signature explains binary-looking bytes after it.
    return BINARY if binary_reason(head) else 0.0


def _read(source: Source, ctx: ReadContext) -> Iterator[RawDocument | ReadFailure]:
    raise ReadError(binary_reason(source.head) or "binary file, not text")
    yield  # pragma: no cover - makes this a generator like every reader


READER = Reader(
    name="binary",
    extensions=(),  # the content decides: a ".pdf" that is text is read as text
    sniff=_sniff,
    read=_read,
)
