"""Documents as table rows and back: every ``records.Document`` field survives the round trip.

PostgreSQL cannot store NUL characters in text, and no backend takes lone surrogates; they become
U+FFFD (also one character), so every stored span still points at the same characters. Both
backends store the same thing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from claimgraph.records import Document, Paragraph, Published, RawDocument, RemovedSpan, Span

# Decoded text already lives in documents.text; keeping it again in the raw row's hints would
# triple the storage for nothing (the raw bytes are kept).
DECODED_HINTS = ("text", "html")
SEARCH_TEXT_LIMIT = 300_000  # characters of a body that full-text search indexes


# Characters no database text column takes: NUL (PostgreSQL) and lone surrogates (a file name or
# text decoded with surrogateescape; not encodable as UTF-8). Each becomes one U+FFFD, so offsets
# into the text do not move.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _safe(value: str | None) -> str | None:
    if value is None or not UNSTORABLE.search(value):
        return value
    return UNSTORABLE.sub("\ufffd", value)


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _plain(value: Any) -> Any:
    """JSON-safe container hints (a hint may be a datetime or bytes from a container)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, str):
        return _safe(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)


def document_row(doc: Document, signature: bytes | None) -> dict[str, Any]:
    published = doc.published or Published.unknown()
    return {
        "id": doc.id,
        "uri": _safe(doc.uri),
        "content_type": doc.content_type,
        "title": _safe(doc.title),
        "outlet": _safe(doc.outlet),
        "byline": _safe(doc.byline),
        "language": doc.language,
        "language_confidence": float(doc.language_confidence or 0.0),
        "published": published.value,
        "published_source": published.source or "unknown",
        "published_confidence": float(published.confidence or 0.0),
        "page_date": published.page_date,
        "text": _safe(doc.text),
        "body": [[s.start, s.end] for s in doc.body],
        "removed": [
            {"start": r.start, "end": r.end, "reason": _safe(r.reason)} for r in doc.removed
        ],
        "paragraphs": [
            {"start": p.start, "end": p.end, "language": p.language, "confidence": p.confidence}
            for p in doc.paragraphs
        ],
        "text_hash": doc.text_hash,
        "duplicate_of": doc.duplicate_of,
        "duplicate_similarity": doc.duplicate_similarity,
        "translated_from": doc.translated_from,
        "minhash": signature,
        "ingested_at": aware(doc.ingested_at),
    }


def raw_row(raw: RawDocument) -> dict[str, Any]:
    hints = {k: v for k, v in raw.hints.items() if k not in DECODED_HINTS}
    return {
        "sha256": raw.sha256,
        "uri": _safe(raw.uri),
        "content_type": raw.content_type,
        "content": raw.content,
        "size": len(raw.content),
        "hints": _plain(hints),
        "ingested_at": aware(raw.ingested_at),
    }


def search_row(doc: Document) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "title": _safe(doc.title),
        "body": _safe(doc.body_text[:SEARCH_TEXT_LIMIT]),
    }


def published_from(row: Any) -> Published:
    return Published(
        value=row.published,
        source=row.published_source,
        confidence=row.published_confidence,
        page_date=row.page_date,
    )


def document_from_row(row: Any) -> Document:
    return Document(
        id=row.id,
        uri=row.uri,
        text=row.text,
        content_type=row.content_type,
        title=row.title,
        outlet=row.outlet,
        byline=row.byline,
        language=row.language,
        language_confidence=row.language_confidence,
        published=published_from(row),
        body=[Span(start, end) for start, end in row.body],
        removed=[RemovedSpan(r["start"], r["end"], r["reason"]) for r in row.removed],
        paragraphs=[
            Paragraph(p["start"], p["end"], p.get("language"), p.get("confidence", 0.0))
            for p in row.paragraphs
        ],
        text_hash=row.text_hash,
        duplicate_of=row.duplicate_of,
        duplicate_similarity=row.duplicate_similarity,
        ingested_at=aware(row.ingested_at),
        raw_sha256=row.id,
        translated_from=row.translated_from,
    )
