"""HTML pages: trafilatura for the main text and metadata, htmldate for the publication date.

The page is parsed once. The date comes from the HTML itself (never a fetched URL): first the
page's own markup (meta tags, JSON-LD, ``<time>``; high confidence), a date in the canonical link
only after that, then htmldate's wider search of the page text (lower confidence). The original
publication date is asked for, not the last modification.

Metadata is the part of ``trafilatura.metadata.extract_metadata`` the ledger uses (title, author,
site name), built from the same trafilatura functions: the full routine also extracts categories,
tags, licence, URL domain, a second date (with the URL) and searches the visible markup for an
author, which together cost a third of the body extraction itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import htmldate
import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import (
    examine_meta,
    extract_meta_json,
    extract_sitename,
    extract_title,
)
from trafilatura.utils import load_html

CONFIDENCE_MARKUP_DATE = 0.9
CONFIDENCE_SEARCHED_DATE = 0.5

LOGGER = logging.getLogger(__name__)


@dataclass(slots=True)
class HtmlExtract:
    text: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    date: str | None = None
    date_confidence: float = 0.0


def extract_html(html: str) -> HtmlExtract:
    """Main text and metadata of one HTML page; empty text when nothing article-like is found."""
    tree = load_html(html)
    if tree is None:
        return HtmlExtract(text="")
    title, byline, outlet = page_metadata(tree)
    date, confidence = find_publication_date(tree)
    found = trafilatura.bare_extraction(tree, include_comments=False, include_tables=True)
    text = (found.text or "") if found is not None else ""
    return HtmlExtract(text, title, byline, outlet, date, confidence)


def page_metadata(tree: HtmlElement) -> tuple[str | None, str | None, str | None]:
    """(title, author, site name) from meta tags, JSON-LD, then the page's visible markup."""
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # a one-word "author" meta is a handle or the site, not a byline
    if not (metadata.title and metadata.author and metadata.sitename):
        # JSON-LD only fills what the meta tags left open (parsing it is the costly part).
        try:
            metadata = extract_meta_json(tree, metadata)
        except Exception as err:  # trafilatura's JSON-LD parser fails on some malformed pages
            LOGGER.debug("JSON-LD metadata unreadable: %s", err)
    title = metadata.title or extract_title(tree)
    # trafilatura's search of the visible markup for an author deep-copies and prunes the whole
    # tree (the most expensive metadata step by far); a visible "By ..." line that survives
    # extraction is found by the line cleaner instead.
    author = metadata.author
    sitename = metadata.sitename or extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
    return _clean(title), _clean(author), _clean(sitename)


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None


def find_publication_date(tree: HtmlElement | str) -> tuple[str | None, float]:
    """(ISO date, confidence) of the page's original publication, from its HTML only."""
    try:
        value = htmldate.find_date(
            tree, original_date=True, extensive_search=False, deferred_url_extractor=True
        )
        if value:
            return value, CONFIDENCE_MARKUP_DATE
        value = htmldate.find_date(
            tree, original_date=True, extensive_search=True, deferred_url_extractor=True
        )
    except (ValueError, TypeError) as err:  # htmldate rejects some malformed documents
        LOGGER.debug("no date from htmldate: %s", err)
        return None, 0.0
    if value:
        return value, CONFIDENCE_SEARCHED_DATE
    return None, 0.0
