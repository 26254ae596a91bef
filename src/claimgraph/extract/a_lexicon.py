"""Attribution language data, compiled for matching on word tokens.

Reads ``lang/<xx>/attribution.yaml`` (see the English file for the families) and turns every
phrase list into a :class:`PhraseSet`: phrases keyed by their first token, so finding every
phrase in a token stream costs a dictionary look-up per token. ``"{a,b}"`` in a phrase expands to
alternatives ("заявил{,а,и}" -> заявил, заявила, заявили); braces do not nest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from claimgraph.lang import load_language_data, resolve_language

__all__ = ["AttributionLexicon", "PhraseSet", "expand_braces", "lexicon", "phrase_tokens"]

_BRACES = re.compile(r"\{([^{}]*)\}")
# A word keeps inner apostrophes and hyphens ("Amir-Abdollahian", "won't", "d'ici"); every other
# non-space character is a token of its own. No nested quantifiers: linear on any input.
# An elided article or pronoun ("l'", "d'", "qu'", "s'") is a token of its own, so "l'AFP" is
# "l'" + "AFP" in French text while "won't" and "O'Brien" stay whole.
TOKEN_RE = re.compile(r"(?<!\w)(?:[ldjmnstcLDJMNSTC]|qu|Qu)'(?=\w)|\w+(?:['\-]\w+)*|[^\w\s]")


def expand_braces(phrase: str) -> list[str]:
    """``"say{,s,ing}"`` -> ``["say", "says", "saying"]`` (every brace group, left to right)."""
    m = _BRACES.search(phrase)
    if m is None:
        return [phrase]
    out: list[str] = []
    for alt in m.group(1).split(","):
        out.extend(expand_braces(phrase[: m.start()] + alt + phrase[m.end() :]))
    return out


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    phrase = phrase.replace("’", "'")
    if phrase.endswith("'"):  # an elision on its own ("l'"), as it is cut from "l'AFP"
        return tuple(t.lower() for t in TOKEN_RE.findall(phrase + "x"))[:-1]
    return tuple(t.lower() for t in TOKEN_RE.findall(phrase))


@dataclass(slots=True)
class PhraseSet:
    """Token phrases with a label each, matched longest-first at a token position."""

    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # phrases of two tokens or more keyed by their first two: a token that opens hundreds of
    # phrases ("'s" before every copula adjective) costs one look-up, not a scan of them all
    by_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    single: dict[str, str] = field(default_factory=dict)

    def add(self, phrase: str, label: str = "") -> None:
        for variant in expand_braces(phrase):
            toks = phrase_tokens(variant)
            if not toks:
                continue
            self.by_first.setdefault(toks[0], []).append((toks, label))
            self.by_first[toks[0]].sort(key=lambda e: -len(e[0]))
            if len(toks) == 1:
                self.single.setdefault(toks[0], label)
            else:
                entries = self.by_pair.setdefault(toks[:2], [])
                entries.append((toks, label))
                entries.sort(key=lambda e: -len(e[0]))

    def match(self, words: Sequence[str], i: int) -> tuple[int, str] | None:
        """(length in tokens, label) of the longest phrase starting at ``words[i]``."""
        first = words[i]
        if first not in self.by_first:
            return None
        if i + 1 < len(words):
            for toks, label in self.by_pair.get((first, words[i + 1]), ()):
                n = len(toks)
                if n == 2 or tuple(words[i : i + n]) == toks:
                    return n, label
        label = self.single.get(first)
        return None if label is None else (1, label)

    def match_ending(self, words: Sequence[str], end: int) -> tuple[int, str] | None:
        """(length, label) of the longest phrase ending just before ``words[end]``."""
        best: tuple[int, str] | None = None
        for start in range(max(0, end - 4), end):
            hit = self.match(words, start)
            if hit is not None and start + hit[0] == end and (best is None or hit[0] > best[0]):
                best = hit
        return best

    def __contains__(self, word: str) -> bool:
        return any(len(t) == 1 for t, _ in self.by_first.get(word, ()))

    def find_in(self, words: Sequence[str]) -> list[tuple[int, int, str]]:
        """Every non-overlapping (start, end, label), left to right."""
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            hit = self.match(words, i)
            if hit is None:
                i += 1
                continue
            out.append((i, i + hit[0], hit[1]))
            i += hit[0]
        return out


def _phrases(data: dict[str, Any], key: str, lang: str) -> list[str]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(
            f"{lang}/attribution.yaml: {key!r} must be a list of strings (quote 'no', 'on')"
        )
    return value


def _phrase_set(items: Iterable[str], label: str = "") -> PhraseSet:
    ps = PhraseSet()
    for item in items:
        ps.add(item, label)
    return ps


def _word_set(items: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for item in items:
        for variant in expand_braces(item):
            out.add(" ".join(phrase_tokens(variant)))
    return frozenset(out)


@dataclass(slots=True)
class AttributionLexicon:
    """One language's attribution data, ready for matching."""

    lang: str
    quotes: list[tuple[str, str]]
    cues: PhraseSet  # label: speech / belief / intention / evidence
    according_to: PhraseSet
    according_to_after: PhraseSet
    citing: PhraseSet
    cited_by: PhraseSet
    quoting_verbs: PhraseSet
    as_saying: PhraseSet
    pre_cue_skip: frozenset[str]
    post_cue_skip: frozenset[str]
    complementizers: frozenset[str]
    determiners: frozenset[str]
    definite_articles: frozenset[str]
    np_internal: frozenset[str]
    conjunctions: frozenset[str]
    np_stop: frozenset[str]
    pronouns: dict[str, str]
    anaphora: dict[str, str]
    outlet_names: PhraseSet
    teller_words: dict[str, frozenset[str]]  # type -> words / phrases (space-joined tokens)
    anonymous_markers: frozenset[str]
    role_words: frozenset[str]
    title_words: frozenset[str]
    hedges: PhraseSet
    expectation_strong: PhraseSet
    expectation_weak: PhraseSet
    denial_verbs: PhraseSet
    denial_statements: PhraseSet
    retraction_verbs: PhraseSet
    retraction_statements: PhraseSet
    claim_anaphora: PhraseSet
    teller_heads: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    teller_stems: frozenset[str] = frozenset()
    modifiers_after_head: int = 0
    possessive_endings: tuple[str, ...] = ()
    progressive_aux: frozenset[str] = frozenset()
    progressive_suffixes: tuple[str, ...] = ()
    #: gerund cues whose ending is shared with other words ("утверждая" as "важная")
    gerunds: frozenset[str] = frozenset()
    no_inversion: frozenset[str] = frozenset()
    adverb_suffixes: tuple[str, ...] = ()
    participle_openers: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    # "*a* report", "*un* journal": an indefinite description introduces a teller, never points
    # back to one named before
    indefinite_articles: frozenset[str] = frozenset()
    passive_aux: frozenset[str] = frozenset()
    colon_labels: PhraseSet = field(default_factory=PhraseSet)
    agent_markers: frozenset[str] = frozenset()
    subject_links: frozenset[str] = frozenset()  # "advocates *for* reform", "4 *in* 10"
    # "in a CNN/ORC *poll*": a preposition -> the head words of a teller phrase after it
    source_frames: dict[str, frozenset[str]] = field(default_factory=dict)
    source_frame_links: frozenset[str] = frozenset()  # "a survey *from* Gallup"
    #: verbs known by their form and place (see :mod:`claimgraph.extract.a_cues_constructions`)
    verb_constructions: VerbConstructions = field(default_factory=lambda: VerbConstructions())

    def looks_like_teller_word(self, word: str) -> bool:
        """``word`` is an inflected form of a teller word ("Кремля" of "кремль")."""
        return any(word[:n] in self.teller_stems for n in range(4, len(word) + 1))

    def teller_type_of(self, phrase: str) -> str | None:
        """The teller family a lower-cased, space-joined head phrase belongs to, if any."""
        for kind in ("outlet", "government", "agency", "anonymous", "group", "document"):
            if phrase in self.teller_words[kind]:
                return kind
        return None


@dataclass(frozen=True, slots=True)
class VerbConstructions:
    """Data of the cue constructions: ``endings`` of a finite verb, ``plural_endings`` of a
    subject a bare verb agrees with, ``not_verbs`` (function words with those endings),
    ``min_letters`` of a verb, the complementizers ``that`` and infinitive markers ``to`` that
    follow it, ``clause_openers`` (besides determiners, pronouns and names: "that *there*
    is"), ``expletives`` that are no teller ("*it* appears that"), ``possessives`` and
    ``copulas`` of "*his* view *is* that ...", the cue families ``to_kinds`` an infinitive may
    hold, and ``after_quote`` (a verb after a quotation closed by a comma)."""

    endings: tuple[str, ...] = ()
    plural_endings: tuple[str, ...] = ()
    not_verbs: frozenset[str] = frozenset()
    min_letters: int = 4
    that: frozenset[str] = frozenset()
    to: frozenset[str] = frozenset()
    to_kinds: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    expletives: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    after_quote: bool = False
    #: verb chains before a listed cue (:mod:`claimgraph.extract.a_cues_chains`): particles
    #: ("to", "yet"), bare verbs ("continue", "begin"), the cue families a chain may end on
    #: and the words or pairs that make it no report ("had to", "need to": an obligation)
    chain_words: frozenset[str] = frozenset()
    chain_verbs: frozenset[str] = frozenset()
    chain_kinds: frozenset[str] = frozenset()
    chain_stops: frozenset[str] = frozenset()
    #: adverbs of a chain no suffix marks ("has *twice* complained", "are *more* likely to
    #: say", "has not *yet* responded")
    chain_adverbs: frozenset[str] = frozenset()
    #: adverbial phrases of several words between a teller and its listed cue, for languages
    #: whose chains hold no particle ("a *une nouvelle fois* dénoncé", "*в очередной раз*
    #: опроверг"): read as a whole, never word by word ("une", "de", "в" open noun phrases)
    chain_phrases: PhraseSet = field(default_factory=PhraseSet)
    #: (those labelled "infinitive" take a listed infinitive of ``purpose_cues`` after them:
    #: "El ministro *volvió a* negar")
    #: verbs of means and occasion before an infinitive of purpose holding a listed cue
    #: (:mod:`claimgraph.extract.a_cues_purpose`, "*used* his speech to call for") and the cue
    #: families that infinitive may hold
    purpose_verbs: frozenset[str] = frozenset()
    purpose_kinds: frozenset[str] = frozenset()
    #: two words before a gerund holding a listed cue ("has *taken to* urging")
    gerund_links: frozenset[str] = frozenset()
    #: a listed participle opening the sentence before its agent
    #: (:mod:`claimgraph.extract.a_cues_participles`, "*Asked* by Stephanopoulos ..."): the
    #: participle's endings and the cue families it may hold
    participle_endings: tuple[str, ...] = ()
    #: endings of a participle describing the phrase before it ("a claim *denied* by"), when
    #: they differ from ``participle_endings``
    relative_participle_endings: tuple[str, ...] = ()
    participle_kinds: frozenset[str] = frozenset()
    #: participles and participial phrases listed for this family only, labelled by cue
    #: family ("Interrogé", "Preguntado", "Befragt", "Отвечая на вопрос"): they open the
    #: sentence and are no cues anywhere else
    participle_cues: PhraseSet = field(default_factory=PhraseSet)
    #: the asker follows such a phrase at once, with no agent marker ("Отвечая на вопрос
    #: *журналистов*": a genitive)
    participle_bare_agent: bool = False
    #: agent markers of this family besides the language's ``agent_markers`` ("Befragt *von*")
    participle_agents: frozenset[str] = frozenset()
    #: infinitives listed for the purpose family only ("pour *annoncer*", "чтобы *заявить*",
    #: "um ... *anzukündigen*"), labelled by cue family
    purpose_cues: PhraseSet = field(default_factory=PhraseSet)
    #: a comma stands before the marker of purpose ("воспользовался брифингом*,* чтобы")
    purpose_comma: bool = False
    #: the infinitive closes the purpose clause ("*um* die Pläne *anzukündigen*"): it is
    #: looked for after the marker, over at most a bounded number of words
    purpose_final: bool = False
    #: the cue families a listed cue after a subject and its aside may hold
    #: (:mod:`claimgraph.extract.a_cues_asides`)
    aside_kinds: frozenset[str] = frozenset()
    #: words opening a phrase before the subject that no other list holds ("Like", "Earlier")
    openers: frozenset[str] = frozenset()
    #: a described subject opening its clause (:mod:`claimgraph.extract.a_cues_described`):
    #: the cue families it may speak through and the subordinators that may open the clause
    described_kinds: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()


def _chain_phrases(block: dict[str, Any], lang: str) -> PhraseSet:
    """``chain_phrases`` unlabelled, and ``chain_infinitive_phrases`` ("ha *vuelto a*
    negar": a verb of repetition taking an infinitive of ``purpose_cues``) labelled
    "infinitive"."""
    out = _phrase_set(_phrases(block, "chain_phrases", lang))
    for phrase in _phrases(block, "chain_infinitive_phrases", lang):
        out.add(phrase, "infinitive")
    return out


def _labelled(block: dict[str, Any], key: str, lang: str) -> PhraseSet:
    """Phrases listed by cue family (``{speech: [...], stance: [...]}``), labelled by it."""
    families = block.get(key) or {}
    if not isinstance(families, dict):
        raise ValueError(f"{lang}/attribution.yaml: {key!r} must map cue families to lists")
    out = PhraseSet()
    for family in families:
        for phrase in _phrases(families, family, lang):
            out.add(phrase, str(family))
    return out


def _verb_constructions(data: dict[str, Any], lang: str) -> VerbConstructions:
    block = data.get("verb_constructions") or {}
    if not isinstance(block, dict):
        raise ValueError(f"{lang}/attribution.yaml: 'verb_constructions' must be a mapping")
    return VerbConstructions(
        endings=tuple(_phrases(block, "endings", lang)),
        plural_endings=tuple(_phrases(block, "plural_endings", lang)),
        not_verbs=_word_set(_phrases(block, "not_verbs", lang)),
        min_letters=int(block.get("min_letters", 4)),
        that=_word_set(_phrases(block, "that", lang)),
        to=_word_set(_phrases(block, "to", lang)),
        to_kinds=frozenset(_phrases(block, "to_kinds", lang)),
        clause_openers=_word_set(_phrases(block, "clause_openers", lang)),
        expletives=_word_set(_phrases(block, "expletives", lang)),
        possessives=_word_set(_phrases(block, "possessives", lang)),
        copulas=_word_set(_phrases(block, "copulas", lang)),
        after_quote=bool(block.get("after_quote", False)),
        chain_words=_word_set(_phrases(block, "chain_words", lang)),
        chain_verbs=_word_set(_phrases(block, "chain_verbs", lang)),
        chain_kinds=frozenset(_phrases(block, "chain_kinds", lang)),
        chain_stops=_word_set(_phrases(block, "chain_stops", lang)),
        chain_adverbs=_word_set(_phrases(block, "chain_adverbs", lang)),
        chain_phrases=_chain_phrases(block, lang),
        purpose_verbs=_word_set(_phrases(block, "purpose_verbs", lang)),
        purpose_kinds=frozenset(_phrases(block, "purpose_kinds", lang)),
        gerund_links=_word_set(_phrases(block, "gerund_links", lang)),
        participle_endings=tuple(_phrases(block, "participle_endings", lang)),
        relative_participle_endings=tuple(_phrases(block, "relative_participle_endings", lang)),
        participle_kinds=frozenset(_phrases(block, "participle_kinds", lang)),
        participle_cues=_labelled(block, "participle_cues", lang),
        participle_bare_agent=bool(block.get("participle_bare_agent", False)),
        participle_agents=_word_set(_phrases(block, "participle_agents", lang)),
        purpose_cues=_labelled(block, "purpose_cues", lang),
        purpose_comma=bool(block.get("purpose_comma", False)),
        purpose_final=bool(block.get("purpose_final", False)),
        aside_kinds=frozenset(_phrases(block, "aside_kinds", lang)),
        openers=_word_set(_phrases(block, "openers", lang)),
        described_kinds=frozenset(_phrases(block, "described_kinds", lang)),
        subordinators=_word_set(_phrases(block, "subordinators", lang)),
    )


def _source_frames(data: dict[str, Any], lang: str) -> dict[str, frozenset[str]]:
    frames = data.get("source_frames") or {}
    if not isinstance(frames, dict):
        raise ValueError(f"{lang}/attribution.yaml: 'source_frames' must map words to lists")
    return {
        " ".join(phrase_tokens(str(prep))): _word_set(_phrases(frames, prep, lang))
        for prep in frames
    }


def _no_inversion(data: dict, cues: PhraseSet, lang: str) -> frozenset[str]:
    """``no_inversion`` words, and every cue word with an ending of ``no_inversion_suffixes``
    ("claiming", "arguing": a gerund's teller is never the phrase after it) but those of
    ``inversion_gerunds`` ("echoing some commentators": the one echoed spoke)."""
    listed = _word_set(_phrases(data, "no_inversion", lang))
    suffixes = tuple(_phrases(data, "no_inversion_suffixes", lang))
    if not suffixes:
        return listed
    keep = _word_set(_phrases(data, "inversion_gerunds", lang))
    return listed | frozenset(w for w in cues.by_first if w.endswith(suffixes) and w not in keep)


def _country_names(lang: str) -> frozenset[str]:
    """Country names in ``lang`` and English (babel's CLDR data): a country speaking is its
    government ("Iran has maintained that...")."""
    from babel import Locale

    names: set[str] = set()
    for code in {lang, "en"}:
        try:
            territories = Locale.parse(code).territories
        except (ValueError, LookupError):
            continue
        names.update(" ".join(phrase_tokens(n)) for k, n in territories.items() if k.isalpha())
    return frozenset(names)


@cache
def lexicon(lang: str) -> AttributionLexicon:
    """The compiled attribution data for ``lang`` (falls back to English for unknown codes)."""
    lang = resolve_language(lang)
    data = load_language_data(lang, "attribution")
    if not data:
        data = load_language_data("en", "attribution")
    cues = PhraseSet()
    for category in data.get("cues") or {}:
        for p in _phrases(data["cues"], category, lang):
            cues.add(p, str(category))
    copulas = [v for c in _phrases(data, "copulas", lang) for v in expand_braces(c)]
    for category in data.get("copula_cues") or {}:
        # "is convinced", "remained worried": every copula before every adjective of the family
        for adjective in _phrases(data["copula_cues"], category, lang):
            for copula in copulas:
                cues.add(f"{copula} {adjective}", str(category))
    denial = data.get("denial") or {}
    retraction = data.get("retraction") or {}
    # denying and retracting are speech acts too: "The Kremlin denied that ..."
    for p in _phrases(denial, "verbs", lang) + _phrases(retraction, "verbs", lang):
        if cues.match(list(phrase_tokens(p)), 0) is None:
            cues.add(p, "speech")
    tellers = data.get("tellers") or {}
    teller_words = {
        "outlet": _word_set(_phrases(tellers, "outlet_words", lang)),
        "government": _word_set(_phrases(tellers, "government_words", lang)),
        "agency": _word_set(_phrases(tellers, "agency_words", lang)),
        "anonymous": _word_set(_phrases(tellers, "anonymous_words", lang)),
        "group": _word_set(_phrases(tellers, "group_words", lang)),
        "document": _word_set(_phrases(tellers, "document_words", lang)),
    }
    expectation = data.get("expectation") or {}
    quotes = [(str(q[0]), str(q[1])) for q in data.get("quotes", []) if len(q) == 2]
    role_words = _word_set(_phrases(tellers, "role_words", lang))
    heads: set[str] = set(role_words)
    for words in teller_words.values():
        heads.update(w.split()[-1] for w in words)
    return AttributionLexicon(
        lang=lang,
        quotes=quotes,
        cues=cues,
        according_to=_phrase_set(_phrases(data, "according_to", lang)),
        according_to_after=_phrase_set(_phrases(data, "according_to_after", lang)),
        citing=_phrase_set(_phrases(data, "citing", lang)),
        cited_by=_phrase_set(_phrases(data, "cited_by", lang)),
        quoting_verbs=_phrase_set(_phrases(data, "quoting_verbs", lang)),
        as_saying=_phrase_set(_phrases(data, "as_saying", lang)),
        pre_cue_skip=frozenset(
            t
            for p in _phrases(data, "pre_cue_skip", lang)
            for v in expand_braces(p)
            for t in phrase_tokens(v)
        ),
        post_cue_skip=frozenset(
            t for p in _phrases(data, "post_cue_skip", lang) for t in phrase_tokens(p)
        ),
        complementizers=_word_set(_phrases(data, "complementizers", lang)),
        determiners=_word_set(_phrases(data, "determiners", lang)),
        definite_articles=_word_set(_phrases(data, "definite_articles", lang)),
        indefinite_articles=_word_set(_phrases(data, "indefinite_articles", lang)),
        np_internal=_word_set(_phrases(data, "np_internal", lang)),
        conjunctions=_word_set(_phrases(data, "conjunctions", lang)),
        np_stop=_word_set(_phrases(data, "np_stop", lang)),
        pronouns={str(k).lower(): str(v) for k, v in (data.get("pronouns") or {}).items()},
        anaphora={str(k).lower(): str(v) for k, v in (data.get("anaphora") or {}).items()},
        outlet_names=_phrase_set(_phrases(tellers, "outlet_names", lang)),
        teller_words=teller_words,
        anonymous_markers=_word_set(_phrases(tellers, "anonymous_markers", lang)),
        role_words=role_words,
        title_words=_word_set(_phrases(tellers, "title_words", lang)),
        hedges=_phrase_set(_phrases(data, "hedges", lang)),
        expectation_strong=_phrase_set(_phrases(expectation, "strong", lang)),
        expectation_weak=_phrase_set(_phrases(expectation, "weak", lang)),
        denial_verbs=_phrase_set(_phrases(denial, "verbs", lang)),
        denial_statements=_phrase_set(_phrases(denial, "statements", lang)),
        retraction_verbs=_phrase_set(_phrases(retraction, "verbs", lang)),
        retraction_statements=_phrase_set(_phrases(retraction, "statements", lang)),
        claim_anaphora=_phrase_set(_phrases(data, "claim_anaphora", lang)),
        teller_heads=frozenset(heads),
        countries=_country_names(lang),
        teller_stems=frozenset(
            w[: max(4, len(w) - 2)]
            for kind, words in teller_words.items()
            for w in words
            if " " not in w and len(w) >= 4
        ),
        modifiers_after_head=int(data.get("modifiers_after_head", 0)),
        possessive_endings=tuple(_phrases(data, "possessive_endings", lang)),
        progressive_aux=_word_set(_phrases(data, "progressive_aux", lang)),
        progressive_suffixes=tuple(_phrases(data, "progressive_suffixes", lang)),
        gerunds=_word_set(_phrases(data, "gerunds", lang)),
        no_inversion=_no_inversion(data, cues, lang),
        adverb_suffixes=tuple(_phrases(data, "adverb_suffixes", lang)),
        participle_openers=_word_set(_phrases(data, "participle_openers", lang)),
        coordinators=_word_set(_phrases(data, "coordinators", lang)),
        passive_aux=_word_set(_phrases(data, "passive_aux", lang)),
        colon_labels=_phrase_set(_phrases(data, "colon_labels", lang)),
        agent_markers=_word_set(_phrases(data, "agent_markers", lang)),
        subject_links=_word_set(_phrases(data, "subject_links", lang)),
        source_frames=_source_frames(data, lang),
        source_frame_links=_word_set(_phrases(data, "source_frame_links", lang)),
        verb_constructions=_verb_constructions(data, lang),
    )
