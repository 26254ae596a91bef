"""(teller, cue) pairs as written, the shape most attribution tests assert on."""

from __future__ import annotations

from claimgraph.extract.attribution import ALL_KINDS, find_attributions


def teller_cue_pairs(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """Every attribution of every kind with both a written teller and a cue, in text order."""
    return [
        (text[a.source_span.start : a.source_span.end], text[a.cue.start : a.cue.end])
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.source_span is not None and a.cue is not None
    ]


def told_pairs(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """As ``teller_cue_pairs``, without attributions inherited from a statement before."""
    return [
        (text[a.source_span.start : a.source_span.end], text[a.cue.start : a.cue.end])
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.source_span is not None and a.cue is not None and not a.inherited
    ]


def told_chains(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """(teller as written, chain names) of every attribution told in the text, inherited ones
    left out: the shape the wire-report tests of every language assert on."""
    return [
        (text[a.source_span.start : a.source_span.end], [s.name for s in a.chain])
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.source_span is not None and not a.inherited
    ]
