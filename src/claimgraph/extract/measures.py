"""What a quantity measures: the profile's trigger words near it, filtered by its unit.

``MeasureFinder(profile, lang)`` finds the triggers of every measure in a sentence once, then
gives each quantity of the sentence the measure whose trigger stands nearest to the quantity or
the noun it counts (in words), among the measures that accept the quantity's unit or dimension
("600 miles" can be a range or a distance, never a number of drones killed). A measure's
``priority`` is worth that many words of distance, so "not even been delivered" (undelivered)
beats the "delivered" inside it. With no trigger in the sentence a ``fallback`` measure of the
right dimension is used; otherwise the quantity measures nothing the profile tracks.

Only triggers within ``MAX_TRIGGER_DISTANCE`` words can win, so each quantity looks at the
triggers in that window (found by binary search over the sentence's triggers, indexed once) and
at most one predicate per measure: a sentence with thousands of quantities and triggers costs
linear work, with the same choice a scan of every trigger would make.

Two readings of the sentence's structure (words from the language's ``claims.yaml``):

- **the predicate of the counted thing**: when no trigger stands before the quantity, a trigger
  after it that follows a passive auxiliary is what happens to the counted thing ("The 6,000
  drones defined in the original contract *were to be manufactured*"): it counts as adjacent;
- **purpose**: a trigger right after a purpose link, following a trigger of a measure that
  ``absorbs`` it, says what that measure is for ("une chaîne de production de drones *pour
  fournir* 6 000 unités" is a production target, not a delivery); so does a trigger after a
  content link ("the contract *provides for the delivery* of 1,750 drones", "le contrat *prévoit
  la livraison*" is a contract quantity). A determiner may stand between link and trigger.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from claimgraph.extract.e_matcher import Match, PhraseMatcher, Token, tokenize
from claimgraph.extract.profile import Measure, Profile
from claimgraph.lang import load_language_data
from claimgraph.records import Quantity, Span

MAX_TRIGGER_DISTANCE = 14  # words; beyond this a trigger speaks about something else


@dataclass(frozen=True, slots=True)
class MeasureMatch:
    measure: str
    trigger: Span | None  # None for a fallback measure
    trigger_text: str | None
    distance: int


@dataclass(slots=True)
class SentenceTriggers:
    """The triggers found in one sentence (offsets into the text the sentence came from)."""

    tokens: list[Token]
    starts: list[int]
    matches: list[Match[Measure]]
    text: str
    purpose_ends: frozenset[int] = frozenset()  # last token of each purpose link
    auxiliary_ends: frozenset[int] = frozenset()  # last token of each passive auxiliary
    # first token of each auxiliary, where the language puts it after the participle
    # ("hergestellt werden"); empty elsewhere
    auxiliary_starts: frozenset[int] = frozenset()
    index: _TriggerIndex | None = None  # built by ``MeasureFinder`` on first use


@dataclass(slots=True)
class _TriggerIndex:
    """Where a sentence's triggers stand, for window and predicate lookups."""

    first_tokens: list[int]  # of ``matches`` (non-decreasing: matches are in text order)
    longest: int  # the most tokens a trigger spans, minus one
    # per measure (by name): the smallest last token of its triggers, and the positions in
    # ``matches`` of its triggers next to a passive auxiliary with their first tokens
    first_end: dict[str, int]
    predicates: dict[str, tuple[list[int], list[int]]]

    @classmethod
    def build(cls, found: SentenceTriggers) -> _TriggerIndex:
        first_end: dict[str, int] = {}
        predicates: dict[str, tuple[list[int], list[int]]] = {}
        for i, m in enumerate(found.matches):
            name = m.payload.name
            first_end[name] = min(first_end.get(name, m.last_token), m.last_token)
            if (
                m.first_token - 1 in found.auxiliary_ends
                or m.last_token + 1 in found.auxiliary_starts
            ):
                firsts, positions = predicates.setdefault(name, ([], []))
                firsts.append(m.first_token)
                positions.append(i)
        return cls(
            [m.first_token for m in found.matches],
            max((m.last_token - m.first_token for m in found.matches), default=0),
            first_end,
            predicates,
        )

    def window(self, lo: int, hi: int) -> range:
        """Positions of the triggers that may end at or after token ``lo`` and start at or
        before token ``hi``."""
        return range(
            bisect_left(self.first_tokens, lo - self.longest),
            bisect_right(self.first_tokens, hi),
        )


@cache
def _structure_words(
    lang: str,
) -> tuple[PhraseMatcher[str], PhraseMatcher[str], bool, frozenset[str]]:
    data = load_language_data(lang, "claims")
    links = [*(data.get("purpose_links") or []), *(data.get("content_links") or [])]
    purpose = [(str(w), "purpose") for w in links]
    auxiliaries = [(str(w), "auxiliary") for w in data.get("passive_auxiliaries") or []]
    after = bool(data.get("auxiliary_after_participle", False))
    determiners = frozenset(str(w).casefold() for w in data.get("link_determiners") or [])
    return PhraseMatcher(purpose, lang), PhraseMatcher(auxiliaries, lang), after, determiners


@cache
def _word_set(lang: str, *keys: str) -> frozenset[str]:
    """The case-folded words of the ``claims.yaml`` lists under ``keys``: the passive and
    perfect auxiliaries that may stand between a clause's subject and its participle ("34
    *were* shot down", "34 *ont été* abattus"), the coordinators that may follow a separable
    verb's particle ("schoss 34 Drohnen ab *und* ...")."""
    data = load_language_data(lang, "claims")
    return frozenset(str(w).casefold() for key in keys for w in data.get(key) or [])


_MAX_FILLERS = 3  # auxiliaries between a subject and its participle ("have been", "ont été")
_GAP_BREAKS = frozenset(',;:.!?()[]"«»“”„')


def _link_ends(ends: list[int], tokens: list[Token], determiners: frozenset[str]) -> frozenset[int]:
    """The last token of each link, and the determiner right after it ("for *the* delivery")."""
    out = set(ends)
    for e in ends:
        if e + 1 < len(tokens) and tokens[e + 1].lower in determiners:
            out.add(e + 1)
    return frozenset(out)


_TRIGGER_MATCHERS: dict[
    tuple[int, str], tuple[Profile, PhraseMatcher[Measure], PhraseMatcher[tuple[str, Measure]]]
] = {}
_SPLIT_MARKS = ("…", "...")  # "schoss … ab": a verb, other words, then its particle
MAX_SEPARATION = 12  # words between a separable verb and its particle


def _split_trigger(phrase: str) -> tuple[str, str] | None:
    """``(head, particle)`` of a separable trigger ("schoss … ab"), None for a plain one."""
    for mark in _SPLIT_MARKS:
        head, found, tail = phrase.partition(mark)
        if found and head.strip() and tail.strip():
            return head.strip(), tail.strip()
    return None


def _trigger_matcher(
    profile: Profile, lang: str
) -> tuple[PhraseMatcher[Measure], PhraseMatcher[tuple[str, Measure]]]:
    """The matchers of every measure's triggers in ``lang``: plain phrases, and the heads of
    separable ones with their particle; built once per profile (a document makes a
    ``MeasureFinder`` of its own)."""
    key = (id(profile), lang)
    hit = _TRIGGER_MATCHERS.get(key)
    if hit is None or hit[0] is not profile:
        plain: list[tuple[str, Measure]] = []
        split: list[tuple[str, tuple[str, Measure]]] = []
        for m in profile.measures:
            for t in m.triggers_for(lang):
                parts = _split_trigger(t)
                if parts is None:
                    plain.append((t, m))
                else:
                    split.append((parts[0], (parts[1], m)))
        hit = _TRIGGER_MATCHERS[key] = (
            profile,
            PhraseMatcher(plain, lang),
            PhraseMatcher(split, lang),
        )
    return hit[1], hit[2]


_CLAUSE_BREAKS = ".;:!?"  # no particle is looked for past these
_PARTICLE_ENDS = '.,;:!?)"»”'  # what may follow a verb's particle at its clause's end


def _separated(
    heads: list[Match[tuple[str, Measure]]],
    tokens: list[Token],
    text: str,
    coordinators: frozenset[str],
) -> list[Match[Measure]]:
    """Triggers of separable verbs: a head whose particle closes its clause within
    ``MAX_SEPARATION`` words ("Die Luftabwehr *schoss* 34 Drohnen *ab*, ..."). The match covers
    the head, where the verb stands. A particle right after its head is a plain trigger."""
    out: list[Match[Measure]] = []
    for h in heads:
        particle, measure = h.payload
        words = particle.casefold().split()
        last = min(len(tokens) - len(words), h.last_token + 1 + MAX_SEPARATION)
        for j in range(h.last_token + 1, last + 1):
            if any(c in _CLAUSE_BREAKS for c in text[tokens[j - 1].end : tokens[j].start]):
                break
            if j == h.last_token + 1 or [t.lower for t in tokens[j : j + len(words)]] != words:
                continue
            end = tokens[j + len(words) - 1].end
            after = text[end:].lstrip()
            nxt = j + len(words)
            if (
                not after
                or after[0] in _PARTICLE_ENDS
                or (nxt < len(tokens) and tokens[nxt].lower in coordinators)
            ):
                out.append(Match(h.start, h.end, h.first_token, h.last_token, h.phrase, measure))
                break
    return out


class MeasureFinder:
    def __init__(self, profile: Profile, lang: str) -> None:
        self.profile = profile
        self.lang = lang
        self._matcher, self._split = _trigger_matcher(profile, lang)

    def triggers(self, text: str) -> SentenceTriggers:
        tokens = tokenize(text)
        purpose, auxiliaries, after, determiners = _structure_words(self.lang)
        aux = auxiliaries.find(text, tokens)
        matches = self._matcher.find(text, tokens)
        heads = self._split.find(text, tokens)
        if heads:
            split = _separated(heads, tokens, text, _word_set(self.lang, "clause_coordinators"))
            if split:
                matches = sorted([*matches, *split], key=lambda m: (m.first_token, -m.last_token))
        return SentenceTriggers(
            tokens,
            [t.start for t in tokens],
            matches,
            text,
            _link_ends([m.last_token for m in purpose.find(text, tokens)], tokens, determiners),
            frozenset(m.last_token for m in aux),
            frozenset(m.first_token for m in aux) if after else frozenset(),
        )

    def predicates_of(
        self, quantity: Quantity, found: SentenceTriggers, offset: int = 0
    ) -> list[Match[Measure]]:
        """The triggers whose subject ``quantity`` (with the noun it counts, when that
        follows) is: right after it, or after passive or perfect auxiliaries only ("34 were shot
        down", "12 people were injured", "34 ont été abattus", "34 збито"), in the sentence
        ``found`` (computed on the text that starts at ``offset``)."""
        if found.index is None:
            found.index = _TriggerIndex.build(found)
        end = quantity.span.end
        if quantity.counted_span is not None:
            end = max(end, quantity.counted_span.end)
        return _predicates_of_subject(
            found, found.index, quantity.span.start - offset, end - offset, self.lang
        )

    def measure_for(
        self, quantity: Quantity, found: SentenceTriggers, offset: int = 0
    ) -> MeasureMatch | None:
        """The measure of ``quantity`` (spans in document offsets; ``found`` computed on the
        sentence text that starts at ``offset``)."""
        q_first, q_last = _token_range(
            found, quantity.span.start - offset, quantity.span.end - offset
        )
        # the counted noun after the number (or the whole's noun of "Of the 40 drones, 34 ...")
        # is part of the quantity; a noun a pronoun stands for, past a semicolon, is not ("40
        # drones; 34 of them were shot down")
        if quantity.counted_span is not None and not any(
            c in found.text[quantity.counted_span.end - offset : quantity.span.start - offset]
            for c in ";:"
        ):
            c_first, c_last = _token_range(
                found, quantity.counted_span.start - offset, quantity.counted_span.end - offset
            )
            q_first, q_last = min(q_first, c_first), max(q_last, c_last)
        if found.index is None:
            found.index = _TriggerIndex.build(found)
        index = found.index
        verdicts: dict[str, bool] = {}

        def accepts(measure: Measure) -> bool:
            hit = verdicts.get(measure.name)
            if hit is None:
                hit = verdicts[measure.name] = self.profile.accepts(measure, quantity)
            return hit

        def accepted(m: Match[Measure]) -> bool:
            return accepts(m.payload)

        # the counted phrase as the subject of a trigger right after it ("3 were killed and 12
        # were injured": the 12 is injured, whatever trigger stands before it)
        for m in self.predicates_of(quantity, found, offset):
            if accepted(m):
                return MeasureMatch(
                    m.payload.name, Span(m.start + offset, m.end + offset), m.phrase, 0
                )
        predicate = _predicate(self.profile, accepts, index, q_first, q_last)
        near = index.window(q_first - 1 - MAX_TRIGGER_DISTANCE, q_last + 1 + MAX_TRIGGER_DISTANCE)
        positions = list(near)
        if predicate is not None and predicate not in near:
            positions.append(predicate)  # after the window: later in text order
        best: tuple[tuple[bool, int, int], Match[Measure], int] | None = None
        for i in positions:
            m = found.matches[i]
            if not accepted(m):
                continue
            measure = m.payload
            if i == predicate:
                distance = 0
            elif m.last_token < q_first:
                distance = q_first - m.last_token - 1
            elif m.first_token > q_last:
                distance = m.first_token - q_last - 1
            else:
                distance = 0
            if distance > MAX_TRIGGER_DISTANCE:
                continue
            # a measure's priority counts inside the quantity's clause only: "Iran delivered 300
            # drones, the contract says" is a delivery
            # ... and a trigger past a semicolon or colon speaks of another clause: "griff mit 84
            # Drohnen und drei Raketen an; 66 davon wurden abgeschossen" (the three launched)
            gap = _gap(found, m, q_first, q_last)
            score = distance - (0 if any(c in gap for c in ",;:") else measure.priority)
            key = (any(c in gap for c in ";:"), score, -measure.priority)
            if best is None or key < best[0]:
                best = (key, m, distance)
        if best is not None:
            chosen, distance = _purpose_of(best[1], accepted, found, index) or (best[1], best[2])
            return MeasureMatch(
                chosen.payload.name,
                Span(chosen.start + offset, chosen.end + offset),
                found.text[chosen.start : chosen.end],
                distance,
            )
        for measure in self.profile.measures:
            if measure.fallback and accepts(measure):
                return MeasureMatch(measure.name, None, None, MAX_TRIGGER_DISTANCE + 1)
        return None


def _predicates_of_subject(
    found: SentenceTriggers, index: _TriggerIndex, start: int, end: int, lang: str
) -> list[Match[Measure]]:
    """The triggers right after ``[start, end)``, or after auxiliaries (or a light verb before
    a noun trigger, "12 получили ранения") only, with no punctuation between ("34 were shot
    down", "34 wurden abgeschossen", "34 збито"), longest
    first; empty when none stands there."""
    _, last = _token_range(found, start, end)
    tokens = found.tokens
    if last >= len(tokens) or tokens[last].start >= end:
        return []
    fillers = _word_set(lang, "passive_auxiliaries", "perfect_auxiliaries", "light_verbs")
    i = last + 1
    while i < len(tokens) and i - last <= _MAX_FILLERS and tokens[i].lower in fillers:
        i += 1
    if i >= len(tokens) or any(c in _GAP_BREAKS for c in found.text[end : tokens[i].start]):
        return []
    k = bisect_left(index.first_tokens, i)
    out: list[Match[Measure]] = []
    while k < len(found.matches) and found.matches[k].first_token == i:
        out.append(found.matches[k])
        k += 1
    return out


def _gap(found: SentenceTriggers, m: Match[Measure], q_first: int, q_last: int) -> str:
    """The text between trigger ``m`` and the quantity (empty when they overlap)."""
    toks = found.tokens
    if m.last_token < q_first:
        start, end = toks[m.last_token].end, toks[q_first].start
    elif m.first_token > q_last:
        start, end = toks[q_last].end, toks[m.first_token].start
    else:
        return ""
    return found.text[start:end]


def _predicate(
    profile: Profile,
    accepts: Callable[[Measure], bool],
    index: _TriggerIndex,
    q_first: int,
    q_last: int,
) -> int | None:
    """The first trigger after the counted phrase next to a passive auxiliary (before it, or
    after it in a verb-final language), when no trigger stands before the quantity (the counted
    phrase is then the clause's subject); its position in the sentence's matches. ``accepts``
    is the caller's verdict per measure (asked once per measure and quantity)."""
    ok = [name for name in index.first_end if accepts(profile.measure(name))]
    if any(index.first_end[name] < q_first for name in ok):
        return None
    best: int | None = None
    for name in ok:
        firsts, positions = index.predicates.get(name, ((), ()))  # type: ignore[assignment]
        k = bisect_right(firsts, q_last)
        if k < len(positions) and (best is None or positions[k] < best):
            best = positions[k]
    return best


def _purpose_of(
    chosen: Match[Measure],
    accepted: Callable[[Match[Measure]], bool],
    found: SentenceTriggers,
    index: _TriggerIndex,
) -> tuple[Match[Measure], int] | None:
    """The trigger of a measure that absorbs ``chosen`` and stands before it, when ``chosen``
    follows a purpose link ("production line *to supply*")."""
    if chosen.first_token - 1 not in found.purpose_ends:
        return None
    name = chosen.payload.name
    owners = [
        m
        for m in (
            found.matches[i]
            for i in index.window(chosen.first_token - MAX_TRIGGER_DISTANCE, chosen.first_token)
        )
        if name in m.payload.absorbs
        and accepted(m)
        and m.last_token < chosen.first_token - 1
        and chosen.first_token - m.last_token <= MAX_TRIGGER_DISTANCE
    ]
    if not owners:
        return None
    owner = max(owners, key=lambda m: (m.last_token, m.payload.priority))
    return owner, chosen.first_token - owner.last_token - 1


def _token_range(found: SentenceTriggers, start: int, end: int) -> tuple[int, int]:
    """First and last token indexes overlapping ``[start, end)`` (nearest token if none)."""
    first = bisect_right(found.starts, start) - 1
    first = max(first, 0)
    if first < len(found.tokens) and found.tokens[first].end <= start:
        first += 1
    last = bisect_left(found.starts, end) - 1
    last = max(last, first)
    return first, last
