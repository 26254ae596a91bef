"""A unit whose dimension depends on what the sentence is about.

A bare "degree" ("24 degrees", "85°", "24 grados") is a temperature in a sentence about the
weather or a thermostat and an angle in one about turning. Each language's ``unit_contexts``
(in ``lang/<xx>/quantities.yaml``) maps such a unit to dimensions and the words (or stems,
ending in ``*``) that cue them; the cue nearest the amount, within a bounded window of tokens in
its sentence, decides. Without a cue the unit keeps its dimension from ``data/units.yaml``.

A word can also name units of different dimensions ("pounds" of weight or sterling, "livres",
"libras"): ``ambiguous_units`` maps its surfaces to a key, ``unit_readings[key]`` maps each
dimension to its unit (null: no unit, "livres" of a bookshop are counted books), and
``unit_contexts[key]`` holds the cues. Without a cue, or with a null reading, the word is read as
the language's plain ``units`` say (absent there: a counted noun).
"""

from __future__ import annotations

from claimgraph.extract.q_lexicon import QuantityLanguage
from claimgraph.extract.q_tokens import Token

WINDOW = 12  # tokens either side: the clause around the amount, and linear time
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def _matches(word: str, cue: str) -> bool:
    # "temperat*" is a stem (temperature, temperatures); "hot" is a word, not "hotel"
    return word.startswith(cue[:-1]) if cue.endswith("*") else word == cue


def _cue_dimension(word: str, cues: dict[str, list[str]]) -> str | None:
    for dimension, words in cues.items():
        if any(_matches(word, str(cue).lower()) for cue in words or []):
            return dimension
    return None


def reading_in_context(
    tokens: list[Token], first: int, k: int, ql: QuantityLanguage, partitive: bool = False
) -> tuple[int, str] | None:
    """``(end, unit)`` for an ambiguous unit word at token ``k`` (after "of"/"de" too, with
    ``partitive``) that a cue in the sentence resolves; None when no cue decides."""
    if k >= len(tokens):
        return None
    hit = ql.trie("ambiguous_units").match(tokens, k, ql.forms)
    if hit is None and partitive:
        link = ql.trie("partitive").match(tokens, k, ql.forms)
        if link is not None and link[0] < len(tokens):
            hit = ql.trie("ambiguous_units").match(tokens, link[0], ql.forms)
    if hit is None:
        return None
    end, key = hit
    dimension = dimension_in_context(tokens, first, end, str(key), ql)
    readings = (ql.data.get("unit_readings") or {}).get(str(key)) or {}
    unit = readings.get(dimension) if dimension is not None else None
    return (end, str(unit)) if unit is not None else None


def dimension_in_context(
    tokens: list[Token], first: int, last: int, unit: str | None, ql: QuantityLanguage
) -> str | None:
    """The dimension the sentence around tokens ``[first, last)`` gives ``unit``, or None."""
    cues = (ql.data.get("unit_contexts") or {}).get(unit) if unit else None
    if not cues:
        return None
    open_sides = {-1: True, 1: True}
    for distance in range(1, WINDOW + 1):
        for side, k in ((-1, first - distance), (1, last - 1 + distance)):
            if not open_sides[side] or not 0 <= k < len(tokens):
                continue
            tok = tokens[k]
            if tok.low in _SENTENCE_ENDS:
                open_sides[side] = False  # the cue must be in the amount's own sentence
                continue
            if tok.kind != "word":
                continue
            for word in ql.forms(tok):
                found = _cue_dimension(word, cues)
                if found is not None:
                    return found
    return None
