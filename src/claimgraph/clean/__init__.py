"""Cleaning: ``RawDocument`` -> ``Document`` (body, title, outlet, byline, boilerplate, repeats,
publication date, language). See :func:`clean_document`."""

from __future__ import annotations

from claimgraph.clean.document import clean_document
from claimgraph.clean.flat import FlatText, clean_flat_text
from claimgraph.clean.language import detect_language

__all__ = ["FlatText", "clean_document", "clean_flat_text", "detect_language"]
