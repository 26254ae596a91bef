"""Places re-read in their context, once a paragraph's mentions are found.

A name alone gives the place a reader means by it (``e_places``); its neighbours may say
otherwise:

- a city written with its state after a comma or in brackets is the city in that state, and
  the state the one of the city's country ("Atlanta, Georgia": the US state, not the country;
  "Paris, Texas", "Paris (Texas)", "Париже (штат Техас)": the town in Texas, though smaller
  than the one the name alone means and too small for the gazetteer). Between the two only a
  comma or a bracket and the language's ``state_links`` may stand ("Paris, au Texas"): a list
  ("Paris, then in Texas") is no such pair;
- a state cue of the language right before or after a name makes it the state's
  (``subdivision_cues``: "the governor of Georgia", "Georgia's legislature", "im Bundesstaat
  Georgia", "в штате Вашингтон");
- a country's name that is also a state's is the state when the paragraph names a city of that
  state ("a rally in Atlanta ... Georgia voters"); a city's name stays the city ("Brooklyn ...
  New York").

Each mention is looked at a bounded number of times: linear in the paragraph.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from claimgraph.extract.e_places import Place, gazetteer, name_key
from claimgraph.lang import load_language_data
from claimgraph.records import Mention

_PLACE_TYPES = frozenset({"place", "country"})


def read_places_in_context(mentions: list[Mention], folded: str, lang: str) -> None:
    """Re-read the places of one paragraph's ``mentions`` (in text order) by their neighbours
    (see the module docstring); changed in place."""
    gaz = gazetteer()
    cues = _subdivision_cues(lang)
    # the states whose cities the paragraph names ("Atlanta ... Georgia": the state)
    states_here = {
        (m.country, code)
        for m in mentions
        if m.type == "place" and m.canonical and m.country
        for code in [gaz.subdivision_of(m.canonical, m.country)]
        if code is not None
    }
    for m in mentions:
        if m.type not in _PLACE_TYPES or not m.country:
            continue
        words = name_key(m.text)
        subs = gaz.subdivisions(words)
        if not subs:
            continue
        current = gaz.get(words)
        # a city of the state makes a country's name the state's ("Georgia"), not a city's
        # ("Brooklyn ... New York" is still the city)
        by_city = current is not None and current.kind == "country"
        for place, code in subs:
            if place != current and (
                (by_city and (place.country, code) in states_here) or _cued(folded, m, cues)
            ):
                _become(m, place)  # "Georgia", "штат Вашингтон"
                break
    for first, second in pairwise(mentions):
        gap = folded[first.span.end : second.span.start]
        if (
            first.type not in _PLACE_TYPES
            or second.type not in _PLACE_TYPES
            or not first.country
            or not _state_gap(gap, lang)
        ):
            continue
        words = name_key(second.text)
        if second.country != first.country:
            sub = gaz.subdivision(words, first.country)
            if sub is not None:
                _become(second, sub[0])
                continue
        sub = gaz.subdivision(words, second.country or "")
        if sub is None:
            continue
        city = gaz.city_in(name_key(first.text), sub[0].country, sub[1]) or (
            gaz.city_in(name_key(first.canonical or ""), sub[0].country, sub[1])
        )  # "Париже (штат Техас)": the inflected city by its canonical name
        if city is not None:
            _become(first, city)


_STATE_GAP = re.compile(r"\s*[,(]\s*")
_MAX_STATE_GAP = 24


def _state_gap(gap: str, lang: str) -> bool:
    """Whether ``gap`` joins a city to its state: a comma or a bracket, then at most two of the
    language's ``state_links`` ("Paris, Texas", "Paris (Texas)", "Paris, au Texas", "Париже
    (штат Техас)")."""
    if len(gap) > _MAX_STATE_GAP:
        return False
    head = _STATE_GAP.match(gap)
    if head is None or not head.group().strip():
        return False
    words = name_key(gap[head.end() :])
    return len(words) <= 2 and all(w in _state_links(lang) for w in words)


@cache
def _state_links(lang: str) -> frozenset[str]:
    words = load_language_data(lang, "entities").get("state_links") or []
    return frozenset(str(w).casefold() for w in words)


_CUE_WINDOW = 40  # characters looked at before and after a place for a cue
_CLAUSE_END = re.compile(r"[.!?;:,()\n]")


@cache
def _subdivision_cues(lang: str) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The phrases written right before and right after a name that make it a state's."""
    data = load_language_data(lang, "entities").get("subdivision_cues") or {}
    return (
        tuple(name_key(str(p)) for p in data.get("before") or []),
        tuple(name_key(str(p)) for p in data.get("after") or []),
    )


def _cued(
    folded: str,
    mention: Mention,
    cues: tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]],
) -> bool:
    """Whether a cue phrase stands right before the mention or right after it (over a
    possessive "'s"), in the same clause."""
    if not cues[0] and not cues[1]:
        return False
    before_text = folded[max(0, mention.span.start - _CUE_WINDOW) : mention.span.start]
    before_text = _CLAUSE_END.split(before_text)[-1]
    before = name_key(before_text)
    if any(p and before[-len(p) :] == p for p in cues[0]):
        return True
    after_text = _CLAUSE_END.split(folded[mention.span.end : mention.span.end + _CUE_WINDOW])[0]
    after = name_key(after_text)
    if after[:1] == ("s",) and after_text[:1] in "'’":
        after = after[1:]  # "Georgia's governor"
    return any(p and after[: len(p)] == p for p in cues[1])


def _become(mention: Mention, place: Place) -> None:
    mention.type, mention.entity_id = "place", None
    mention.canonical, mention.country = place.name, place.country
