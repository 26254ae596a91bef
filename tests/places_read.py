"""Places as a reader checks them: each place or country mention's surface with its canonical
name and country code, the shape most place tests assert on."""

from __future__ import annotations

from claimgraph.extract.entities import extract_mentions


def places_read(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    """Surface -> (canonical name, ISO country) of every place and country mention."""
    return {
        m.text: (m.canonical, m.country)
        for m in extract_mentions(text, lang)
        if m.type in ("place", "country")
    }
