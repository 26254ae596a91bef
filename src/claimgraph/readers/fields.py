"""An article given as a JSON object (a JSON line, an item of a JSON array) to a document.

An object with "text" is taken as already-extracted text; one with only "html" goes to the
cleaner as HTML.

Scrapers and news APIs name the same fields differently ("text"/"body"/"content",
"published"/"date"/"datePublished", "source": {"name": ...}); the first present name wins.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from claimgraph.readers.items import HTML, PLAIN, document_from_text
from claimgraph.readers.source import ReadError
from claimgraph.records import RawDocument

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "maintext", "article", "article_text"),
    "html": ("html", "raw_html", "content_html", "body_html"),
    "url": ("url", "link", "uri", "canonical_url"),
    "title": ("title", "headline"),
    "published": (
        "published",
        "date",
        "published_at",
        "publishedAt",
        "date_publish",
        "publish_date",
        "datePublished",
        "pubDate",
    ),
    "outlet": ("outlet", "source", "site_name", "publisher", "source_name", "domain"),
    "byline": ("byline", "author", "authors"),
    "language": ("language", "lang"),
}


def _first(obj: dict[str, Any], field: str) -> Any:
    for name in FIELD_NAMES[field]:
        value = obj.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    """A field as a string: a name object ({"name": ...}) or a list of names joined."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("title"))
    if isinstance(value, list):
        names = [n for n in (_as_text(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _as_date(value: Any) -> str | None:
    """An ISO date string as given, or a Unix timestamp (seconds or milliseconds) as ISO UTC."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return _as_text(value)


def article_from_object(uri: str, content: bytes, obj: Any, where: str) -> RawDocument:
    """The document an article object describes; ``where`` names it in a failure ("line 12")."""
    if not isinstance(obj, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean"}.get(type(obj), "a value")
        if obj is None:
            kind = "null"
        elif isinstance(obj, int | float):
            kind = "a number"
        raise ReadError(f"{where} is {kind}, not an object: each article must be a JSON object")
    html = _first(obj, "html")
    text = _first(obj, "text")
    if not isinstance(html, str) or not html.strip():
        html = None
    if not isinstance(text, str) or not text.strip():
        text = None
    if html is None and text is None:
        raise ReadError(
            f'{where} has neither "text" nor "html" (keys: {", ".join(sorted(obj)[:8]) or "none"})'
        )
    url = _as_text(_first(obj, "url"))
    hints = {
        "url": url,
        "title": _as_text(_first(obj, "title")),
        "published": _as_date(_first(obj, "published")),
        "outlet": _as_text(_first(obj, "outlet")),
        "byline": _as_text(_first(obj, "byline")),
        "language": _as_text(_first(obj, "language")),
    }
    # Text someone already extracted is taken as given; HTML is left to the cleaner.
    if text is not None:
        return document_from_text(url or uri, content, PLAIN, text, **hints)
    return document_from_text(url or uri, content, HTML, html or "", **hints)
