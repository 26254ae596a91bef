"""HTML pages: trafilatura for the main text and metadata, htmldate for the publication date.

The date comes from the HTML itself (never from a URL): first the page's own markup (meta tags,
structured data, time elements; high confidence), then htmldate's wider search of the page text
(lower confidence). The original publication date is asked for, not the last modification.
"""

from __future__ import annotations

from dataclasses import dataclass

import htmldate
import trafilatura

CONFIDENCE_MARKUP_DATE = 0.9
CONFIDENCE_SEARCHED_DATE = 0.5


@dataclass(slots=True)
class HtmlExtract:
    text: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    language: str | None = None
    date: str | None = None
    date_confidence: float = 0.0


def extract_html(html: str) -> HtmlExtract:
    """Main text and metadata of one HTML page; empty text when nothing article-like is found."""
    found = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
    )
    date, confidence = find_publication_date(html)
    if found is None:
        return HtmlExtract(text="", date=date, date_confidence=confidence)
    return HtmlExtract(
        text=found.text or "",
        title=found.title or None,
        byline=found.author or None,
        outlet=found.sitename or None,
        language=found.language or None,
        date=date,
        date_confidence=confidence,
    )


def find_publication_date(html: str) -> tuple[str | None, float]:
    """(ISO date, confidence) of the page's original publication, from its HTML only."""
    try:
        value = htmldate.find_date(html, original_date=True, extensive_search=False)
        if value:
            return value, CONFIDENCE_MARKUP_DATE
        value = htmldate.find_date(html, original_date=True, extensive_search=True)
    except (ValueError, TypeError):  # htmldate rejects some malformed documents
        return None, 0.0
    if value:
        return value, CONFIDENCE_SEARCHED_DATE
    return None, 0.0
