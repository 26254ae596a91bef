"""``RawDocument`` -> ``Document``: the cleaning stage.

Flat text is cleaned line by line (:mod:`claimgraph.clean.flat`); HTML goes through trafilatura
first and its extracted text through the same line cleaner, so teaser lists and comment prompts
that survive extraction are still labelled. What a container already knows (a JSON line's title, a
feed entry's date, a Telegram channel's name) wins over what is guessed from the text.
"""

from __future__ import annotations

from typing import Any

from charset_normalizer import from_bytes

from claimgraph.clean.calendar import normalise_date
from claimgraph.clean.flat import FlatText, clean_flat_text
from claimgraph.clean.html import extract_html
from claimgraph.clean.language import detect_languages
from claimgraph.records import Document, Published, RawDocument, sha256_hex
from claimgraph.textnorm import normalised_for_hash

CONFIDENCE_CONTAINER_DATE = 0.95
CONFIDENCE_DATELINE = 0.6
# Hints only a container (JSON line, feed, Telegram export, WARC) supplies.
CONTAINER_KEYS = ("title", "published", "outlet", "url")


def clean_document(raw: RawDocument) -> Document:
    """The cleaned document: stored text, body spans, removed spans with reasons, title,
    outlet, byline, language (document and paragraphs), publication date with provenance,
    and the exact-duplicate key ``text_hash``."""
    hints = raw.hints
    html_date: tuple[str | None, float] = (None, 0.0)
    if raw.content_type == "text/html":
        extract = extract_html(_hint_str(hints, "html") or _decode(raw.content))
        text = extract.text
        flat = clean_flat_text(text, title_hint=extract.title, guess_title=False)
        detected_title = extract.title
        detected_outlet = extract.outlet or flat.outlet
        detected_byline = extract.byline or flat.byline
        html_date = (extract.date, extract.date_confidence)
    else:
        text = hints["text"] if isinstance(hints.get("text"), str) else _decode(raw.content)
        flat = clean_flat_text(
            text, title_hint=_hint_str(hints, "title"), guess_title=not _is_container_item(hints)
        )
        detected_title, detected_outlet, detected_byline = flat.title, flat.outlet, flat.byline

    doc = Document(
        id=raw.sha256,
        uri=raw.uri,
        text=text,
        content_type=raw.content_type,
        title=_hint_str(hints, "title") or detected_title,
        outlet=_hint_str(hints, "outlet") or detected_outlet,
        byline=_hint_str(hints, "byline") or detected_byline,
        body=flat.body,
        removed=flat.removed,
        ingested_at=raw.ingested_at,
        raw_sha256=raw.sha256,
    )
    doc.published = _published(hints.get("published"), html_date, flat)
    body_text = doc.body_text
    doc.language, doc.language_confidence, doc.paragraphs = detect_languages(
        text, flat.paragraphs, _hint_str(hints, "language")
    )
    doc.text_hash = sha256_hex(normalised_for_hash(body_text).encode("utf-8"))
    return doc


def _is_container_item(hints: dict[str, Any]) -> bool:
    """A JSON line, feed entry or Telegram message: its text starts with content, not with a
    scraped page header, so a first short line ("⚡ 35 of 40 drones shot down") is not a title."""
    return any(_hint_str(hints, key) for key in CONTAINER_KEYS)


def _hint_str(hints: dict[str, Any], key: str) -> str | None:
    value = hints.get(key)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _decode(content: bytes) -> str:
    """Bytes as text when a reader gave no decoded text (readers normally do)."""
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(content).best()
        return str(best) if best is not None else content.decode("utf-8", errors="replace")


def _published(container: object, html_date: tuple[str | None, float], flat: FlatText) -> Published:
    """Container date > the page's own markup > a dateline under the title > unknown.

    A header date widget is never the publication date; it is kept as ``page_date``.
    """
    value = normalise_date(container)
    if value is not None:
        return Published(value, "container", CONFIDENCE_CONTAINER_DATE, flat.page_date)
    if html_date[0] is not None:
        return Published(html_date[0], "html-meta", html_date[1], flat.page_date)
    if flat.dateline is not None:
        return Published(flat.dateline, "dateline", CONFIDENCE_DATELINE, flat.page_date)
    return Published.unknown(flat.page_date)
