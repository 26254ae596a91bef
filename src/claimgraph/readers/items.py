"""Building ``RawDocument`` records the way the cleaner expects them (see the readers contract).

``content`` is the item's own raw bytes; ``hints["html"]`` or ``hints["text"]`` is the decoded text
to clean; container metadata (url, title, published, outlet, byline, language, fetched) goes in
``hints`` only when the container really has it.
"""

from __future__ import annotations

from typing import Any

from claimgraph.readers.decode import Decoded, declared_html_charset, decode_bytes, scrub_text
from claimgraph.records import RawDocument

HTML = "text/html"
PLAIN = "text/plain"


def _clean_hints(hints: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in hints.items() if v is not None and v != ""}


def document_from_bytes(
    uri: str,
    content: bytes,
    content_type: str,
    *,
    declared_charset: str | None = None,
    **hints: Any,
) -> RawDocument:
    """A document whose text is ``content`` itself, decoded (files, WARC payloads)."""
    if content_type == HTML:
        declared = declared_charset or declared_html_charset(content)
        decoded = decode_bytes(content, declared)
    else:
        decoded = decode_bytes(content, declared_charset)
    return _document(uri, content, content_type, decoded, hints)


def document_from_text(
    uri: str,
    content: bytes,
    content_type: str,
    text: str,
    **hints: Any,
) -> RawDocument:
    """A document from a container that already holds the text (a JSON field, a feed entry).

    ``content`` is the item's raw bytes as found (the JSON line, the entry's content); ``text``
    is what to clean.
    """
    scrubbed, note = scrub_text(text)
    return _document(uri, content, content_type, Decoded(scrubbed, "utf-8", note), hints)


def _document(
    uri: str, content: bytes, content_type: str, decoded: Decoded, hints: dict[str, Any]
) -> RawDocument:
    key = "html" if content_type == HTML else "text"
    all_hints = _clean_hints(hints)
    all_hints[key] = decoded.text
    all_hints.setdefault("encoding", decoded.encoding)
    if decoded.note:
        all_hints["encoding_note"] = decoded.note
    return RawDocument(uri=uri, content=content, content_type=content_type, hints=all_hints)
