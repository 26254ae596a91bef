"""Regions named through a place: "Курской и Брянской областей", "в Харківській області",
"the Kursk region", "im Gebiet Kursk", "la région de Koursk".

A region is often written as an adjective made from its centre's name (Russian and Ukrainian) or
as that name next to a region noun. The language's ``entities.yaml`` says how:

- ``region_nouns``: region nouns written after the name (by lemma), each with the English word
  of the canonical name ("область: region" makes "Kursk region");
- ``region_nouns_before`` and ``region_links``: region nouns written before the name, with the
  link words that may stand between them ("Gebiet Kursk", "région de Koursk");
- ``place_adjective_endings``: an adjective's lemma ending and the endings of the place names it
  is made from ("курский" -> "курск", "одесский" -> "одесса"); tried longest ending first, each
  candidate one gazetteer probe;
- ``region_list_words``: words that list several adjectives before one plural noun ("Курской
  и Брянской областей");
- ``district_nouns``: nouns of a city's districts ("район"): the adjective before one names a
  district, never a town ("в Ленинском районе" is no Leninsk; ``names_district``).

The region resolves to its centre's country. Its canonical name is the curated region of
``data/places/places.yaml`` under the name as written ("Mykolaiv region"), else the one that
list links to the centre ("Дніпропетровській області", "the Dnipro region": Dnipropetrovsk
Oblast), else the centre's name and the noun's English word ("Kostroma region"). Each look-up reads a bounded number of tokens: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from claimgraph.extract.e_matcher import Token, lemmas
from claimgraph.extract.e_places import MAX_WORDS, Place, gazetteer, name_key
from claimgraph.lang import load_language_data

_MAX_LIST = 6  # words between a place adjective and the region noun it shares with others
_LIST_GAPS = frozenset({" ", ", "})
_BEFORE_GAPS = frozenset({" ", ", ", "'", "’"})
_CENTRE_KINDS = frozenset({"city", "region"})


@dataclass(frozen=True, slots=True)
class _RegionRules:
    nouns_after: dict[str, str]
    nouns_before: dict[str, str]
    links: frozenset[str]
    endings: tuple[tuple[str, tuple[str, ...]], ...]  # longest adjective ending first
    list_words: frozenset[str]
    districts: dict[str, str]


@cache
def _region_rules(lang: str) -> _RegionRules:
    data = load_language_data(lang, "entities")

    def nouns(key: str) -> dict[str, str]:
        return {str(k).casefold(): str(v) for k, v in (data.get(key) or {}).items()}

    endings = {
        str(k).casefold(): tuple(str(v).casefold() for v in vs)
        for k, vs in (data.get("place_adjective_endings") or {}).items()
    }
    return _RegionRules(
        nouns_after=nouns("region_nouns"),
        nouns_before=nouns("region_nouns_before"),
        links=frozenset(str(w).casefold() for w in data.get("region_links") or []),
        endings=tuple(sorted(endings.items(), key=lambda kv: len(kv[0]), reverse=True)),
        list_words=frozenset(str(w).casefold() for w in data.get("region_list_words") or []),
        districts={str(w).casefold(): "district" for w in data.get("district_nouns") or []},
    )


def region_for(
    tokens: Sequence[Token], first: int, last: int, folded: str, lang: str
) -> Place | None:
    """The region that the capitalised run ``tokens[first..last]`` names with a region noun
    next to it; None when no region noun goes with the run or its words name no place. The
    mention stays the run's words: the noun only says which place they name."""
    rules = _region_rules(lang)
    if not rules.nouns_after and not rules.nouns_before:
        return None
    kind = None
    if first < last:
        # the noun written capitalised inside the run: "Bryansk Oblast", "Gebiets Belgorod"
        kind = _noun_kind(tokens[last], rules, lang)
        if kind is not None:
            last -= 1
        else:
            kind = rules.nouns_before.get(tokens[first].lower)
            if kind is not None:
                first += 1
    kind = (
        kind
        or _noun_after(tokens, last, folded, rules, lang)
        or _noun_before(tokens, first, folded, rules)
    )
    if kind is None:
        return None
    centre = _centre(tokens, first, last, rules, lang)
    gaz = gazetteer()
    if centre is None:
        # a curated region under the name as written, after no city ("Zakarpattia region")
        curated = gaz.get((*(t.lower for t in tokens[first : last + 1]), *kind.casefold().split()))
        return curated if curated is not None and curated.kind == "region" else None
    if centre.kind == "region":  # "Крымский": the adjective names the region itself
        return centre
    canonical = f"{centre.name} {kind}"
    # the curated region under the name as written ("Mykolaiv region") or the centre's
    # ("Kursk region" for "Курской")
    for key in (
        (*(t.lower for t in tokens[first : last + 1]), *kind.casefold().split()),
        name_key(canonical),
    ):
        curated = gaz.get(key)
        if curated is not None and curated.kind == "region" and curated.country == centre.country:
            return curated
    # the region the curated list links to its centre ("Dnipro": Dnipropetrovsk Oblast)
    return gaz.region_of(centre) or Place(canonical, centre.country, "region")


def region_end(
    tokens: Sequence[Token], first: int, last: int, folded: str, lang: str
) -> int | None:
    """Where a region named inside a longer capitalised run ends: the index of its region
    noun ("Belgorod Oblast Vyacheslav Gladkov": the region ends on "Oblast", a name follows);
    None when no region ends before the run's last word."""
    rules = _region_rules(lang)
    if rules.nouns_before.get(tokens[first].lower) is not None:
        # "Gebiets Belgorod Wjatscheslaw Gladkow": the longest place after the noun
        for k in range(min(last - 1, first + MAX_WORDS), first, -1):
            if _centre(tokens, first + 1, k, rules, lang) is not None:
                return k
        return None
    if not rules.nouns_after:
        return None
    for k in range(first + 1, min(last, first + MAX_WORDS + 1)):
        if _noun_kind(tokens[k], rules, lang) is not None:
            return k if region_for(tokens, first, k, folded, lang) is not None else None
    return None


def capitalised_noun_after(
    tokens: Sequence[Token], last: int, folded: str, lang: str
) -> int | None:
    """The index of a capitalised region noun right after ``last`` ("Kyiv Oblast"), which
    belongs to the place's name; None when none stands there."""
    k = last + 1
    if k >= len(tokens) or folded[tokens[last].end : tokens[k].start] != " ":
        return None
    tok = tokens[k]
    if not tok.text[:1].isupper() or _noun_kind(tok, _region_rules(lang), lang) is None:
        return None
    return k


def names_district(tokens: Sequence[Token], last: int, folded: str, lang: str) -> bool:
    """Whether the capitalised run ending at ``last`` is followed by a district noun, alone or
    in a list ("в Ленинском районе", "в Ленинском и Советском районах"): a district's adjective,
    which names no city."""
    rules = _region_rules(lang)
    return (
        bool(rules.districts)
        and _noun_after(tokens, last, folded, rules, lang, rules.districts) is not None
    )


def _noun_kind(
    tok: Token, rules: _RegionRules, lang: str, nouns: dict[str, str] | None = None
) -> str | None:
    for lemma in lemmas(tok.lower, lang):
        kind = (rules.nouns_after if nouns is None else nouns).get(lemma)
        if kind is not None:
            return kind
    return None


def _noun_after(
    tokens: Sequence[Token],
    last: int,
    folded: str,
    rules: _RegionRules,
    lang: str,
    nouns: dict[str, str] | None = None,
) -> str | None:
    """The canonical word of the region noun (or one of ``nouns``) after the run, across a
    list of capitalised words ("Курской и Брянской областей")."""
    if not (rules.nouns_after if nouns is None else nouns):
        return None
    k = last + 1
    while k < len(tokens) and k - last <= _MAX_LIST:
        tok = tokens[k]
        if folded[tokens[k - 1].end : tok.start] not in _LIST_GAPS:
            return None
        kind = _noun_kind(tok, rules, lang, nouns)
        if kind is not None:
            return kind
        if tok.lower not in rules.list_words and not tok.text[:1].isupper():
            return None
        k += 1
    return None


def noun_before_start(tokens: Sequence[Token], first: int, folded: str, lang: str) -> int:
    """The first token of the region noun and link written before the run at ``first``
    ("région de Koursk", "Gebiet Kursk"); ``first`` itself when none stands there."""
    rules = _region_rules(lang)
    if _noun_before(tokens, first, folded, rules, listed=False) is None:
        return first
    return first - 2 if tokens[first - 1].lower in rules.links else first - 1


def _noun_before(
    tokens: Sequence[Token], first: int, folded: str, rules: _RegionRules, listed: bool = True
) -> str | None:
    """The canonical word of the region noun before the run, over one link word ("région de
    Koursk") and, with ``listed``, across a list of places ("in den Gebieten Kursk und
    Belgorod", "les régions de Koursk et de Belgorod")."""
    if not rules.nouns_before:
        return None
    k = first - 1
    while k >= 0 and first - k <= (_MAX_LIST if listed else 2):
        tok = tokens[k]
        if folded[tok.end : tokens[k + 1].start] not in _BEFORE_GAPS:
            return None
        kind = rules.nouns_before.get(tok.lower)
        if kind is not None:
            # "la région, Moscou ...": a comma after the noun closes it
            return None if "," in folded[tok.end : tokens[k + 1].start] else kind
        if tok.lower in rules.links or (
            listed and (tok.lower in rules.list_words or tok.text[:1].isupper())
        ):
            k -= 1
            continue
        return None
    return None


def _centre(
    tokens: Sequence[Token], first: int, last: int, rules: _RegionRules, lang: str
) -> Place | None:
    """The city (or region) the run's words name, as written or through the adjective made
    from its name."""
    gaz = gazetteer()
    words = tuple(t.lower for t in tokens[first : last + 1])
    place = gaz.get(words)
    if place is not None and place.kind in _CENTRE_KINDS:
        return place
    if not rules.endings:
        return None
    head = words[:-1]
    for lemma in sorted(lemmas(words[-1], lang)):
        if not head:
            place = gaz.region_by_adjective(lemma)  # "Нижегородской": made from no city's name
            if place is not None:
                return place
        for ending, replacements in rules.endings:
            if not lemma.endswith(ending):
                continue
            stem = lemma[: len(lemma) - len(ending)]
            for repl in replacements:
                place = gaz.get((*head, stem + repl))
                if place is not None and place.kind in _CENTRE_KINDS:
                    return place
    return None
