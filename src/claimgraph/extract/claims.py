"""Claim assembly: from a cleaned document to its claims, each with its evidence and tellers.

``extract_claims(doc, profile)`` runs the extractors over the document's body segments only and
assembles, sentence by sentence:

- **quantity claims**: a quantity whose measure the profile tracks (``measures``) becomes a claim
  with its subject (see ``_subject``), its period
  (a time reference in the sentence; or, when the sentence continues the same teller's account,
  the one of the sentence before), its place, its tellers (the publishing outlet, then the
  attribution chain, outermost first) and its modality. A quantity that measures nothing the
  profile tracks is not a claim. A sentence with a quantity and no trigger of its own ("In 2025,
  this amount fell to around $ 70,000.") takes the measure of the claim just before it in the same
  paragraph when the unit's dimension agrees; "More than 1000 of them" takes its unit from there.
  A bare number opening its clause as the subject of a trigger ("40 drones ... 34 were shot
  down", "34 збито") counts what the nearest earlier claim of the paragraph counts (see
  ``_bare_subject_count``). An untold count in the sentence right after a told one goes on with
  that account (its tellers, its period, its weapon), across a paragraph break and past spans
  the cleaner removed between body segments (a repeated headline).
- **non-numeric claims**: denials and retractions (``find_denials_and_retractions``: who denies
  or takes back what; a retraction marks the claim it takes back), and dated events (the
  profile's ``events``: "Iran inaugurated a drone-making factory in Tajikistan in May 2022"), with
  a proposition text.

The subject of a quantity claim is, in turn: a watched entity inside the counted phrase ("15
Shahid-136 drones"), not one in the next clause or conjunct; then by the measure's ``subject``
role in the profile: for ``item`` (a price, a payload, a range) the weapon named before the
quantity in its sentence, else after it, else the last one named earlier ("Russia paid $ 200,000
for such a drone"); for ``place`` (strikes, deaths) the place named nearest; for ``located`` (a
distance) the thing named before the trigger, a facility first ("Alabuga is located 600 miles
east of Moscow"); otherwise the first name of the quantity's clause before it ("the Kremlin wants
to build a factory for up to 6,000 drones"), the subject of the sentence before when the clause
opens with a pronoun ("It produced ..."), the nearest name earlier in the sentence, a name after
the quantity, the first name of the sentence before in the same paragraph, a name of the
sentence's own, the first name of the nearest of the few sentences before that names one. Names
include a demonym with an actor noun of the language (``claims.yaml``: "the Iranian government",
"l'armée russe", "российские войска": the country), never a demonym describing a thing
("Iranian drones"). Tellers are never subjects, and a name right after a target, recipient or companion
word of the language ("attacks on Ukraine", "to Russia", "together with Iran") only as a last
resort. A watched entity that ``stands_for`` another (the Kremlin for Russia) is reported as that
one, keeping the words written in ``subject_text``.

A hedge or a plan decides the modality of a quantity only within its clause run: not across a
colon or semicolon, nor past a coordinator after the quantity ("a month behind, and the plant
seems unable ..." is not hedged).

Evidence is the sentence. Offsets are into ``doc.text``. ``extract_claims_from_text`` does the same
for a plain text that is not stored (``claimgraph extract``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.a_tokens import tokenize as cue_tokens
from claimgraph.extract.attribution import (
    Attribution,
    DenialOrRetraction,
    attribution_for,
    find_attributions,
    find_denials_and_retractions,
)
from claimgraph.extract.dates import extract_time_refs
from claimgraph.extract.e_matcher import Match, PhraseMatcher, Token, tokenize
from claimgraph.extract.e_spans import AnyContaining, AnyOverlapping, Covering, Nearest, PrefixBest
from claimgraph.extract.entities import extract_mentions, outlet_with_article, watchlist_matcher
from claimgraph.extract.measures import MeasureFinder, MeasureMatch, SentenceTriggers
from claimgraph.extract.profile import EventKind, Profile, WatchedEntity, default_profile
from claimgraph.extract.quantities import extract_quantities
from claimgraph.extract.sentences import Sentence, split_sentences
from claimgraph.lang import load_language_data, resolve_language
from claimgraph.records import (
    Claim,
    Document,
    Mention,
    Modality,
    Published,
    Quantity,
    Source,
    Span,
    TimeRef,
    sha256_hex,
)
from claimgraph.textnorm import for_matching

__all__ = ["extract_claims", "extract_claims_from_text"]

_SUBJECT_TYPES = ("weapon", "facility", "country", "government", "org", "place", "person")
_PLACE_TYPES = ("place",)
_PLACE_ROLES = ("place", "located")  # measures whose subject is where it happens or what is there
_CLAUSE_BREAKS = frozenset(",;:()—–")
_COUNTED_TYPES = ("weapon", "facility")
_COUNTED_REACH = 40  # characters after the counted noun where its name may follow
_CLAUSE_LOOKBACK = 300  # characters searched back for the start of a quantity's clause
_WORD_RE = re.compile(r"\w+")
_ENTITY_SOURCE_TYPES = {
    "outlet": "outlet",
    "agency": "agency",
    "government": "government",
    "country": "government",
    "person": "person",
    "org": "group",
}


@cache
def _modality_classifier() -> Callable[[str, Span, str, bool], Modality] | None:
    # ``extract.modality`` is written alongside this module; until it is installed, claims
    # still get the modality the attribution alone decides (reported vs asserted).
    try:
        from claimgraph.extract.modality import classify_modality
    except ModuleNotFoundError as exc:
        if exc.name != "claimgraph.extract.modality":
            raise
        return None
    return classify_modality


def classify_modality(text: str, span: Span, lang: str, attributed: bool) -> Modality:
    """The claim's modality (hedged, expected, denied... from ``extract.modality``)."""
    classify = _modality_classifier()
    if classify is None:
        return "reported" if attributed else "asserted"
    return classify(text, span, lang, attributed)


def reference_date(published: Published | None) -> date | None:
    """The publication date as a ``date`` (None when unknown or unreadable)."""
    if published is None or not published.value:
        return None
    try:
        return date.fromisoformat(published.value[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class _Segment:
    """Everything extracted from one body segment (offsets relative to the segment)."""

    offset: int
    text: str
    lang: str
    sentences: list[Sentence]
    attributions: list[Attribution]
    times: list[TimeRef]
    quantities: list[Quantity]
    mentions: list[Mention]
    profile: Profile
    claims: list[Claim] = field(default_factory=list)
    # Per sentence (index into ``sentences``): what lies inside it. Built once, so assembling a
    # claim looks at its own sentence only and the whole document costs linear work.
    mentions_in: dict[int, list[Mention]] = field(default_factory=dict)
    # countries named by a demonym with an actor noun ("the Iranian government"), per sentence
    actors_in: dict[int, list[Mention]] = field(default_factory=dict)
    weapons: list[Mention] = field(default_factory=list)  # watched weapons, in text order
    weapon_ends: list[int] = field(default_factory=list)
    times_in: dict[int, list[TimeRef]] = field(default_factory=dict)
    attributions_in: dict[int, list[Attribution]] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)
    views: dict[int, _SentenceView] = field(default_factory=dict)
    # outlets named with their article ("le Monde"), by start: a teller read without it
    article_outlets: list[Mention] = field(default_factory=list)
    article_outlet_starts: list[int] = field(default_factory=list)
    # teller (name, type) -> (type, watched entity id) once looked up in the watchlist
    canonical: dict[tuple[str, str], tuple[str, str | None] | None] = field(default_factory=dict)

    def view(self, si: int) -> _SentenceView:
        """What the assembler asks about sentence ``si``, computed once for all its claims."""
        v = self.views.get(si)
        if v is None:
            v = self.views[si] = _SentenceView(self, si)
        return v

    def index(self) -> None:
        self.starts = [s.start for s in self.sentences]
        for m in self.mentions:
            si = self.sentence_of(m.span.start)
            if si is not None:
                self.mentions_in.setdefault(si, []).append(m)
        for m in _demonym_actors(self.text, self.lang, self.profile, self.mentions):
            si = self.sentence_of(m.span.start)
            if si is not None:
                self.actors_in.setdefault(si, []).append(m)
        self.article_outlets = [m for m in self.mentions if outlet_with_article(m, self.lang)]
        self.article_outlet_starts = [m.span.start for m in self.article_outlets]
        self.weapons = [m for m in self.mentions if m.entity_id and m.type == "weapon"]
        self.weapons.sort(key=lambda m: m.span.end)
        self.weapon_ends = [m.span.end for m in self.weapons]
        for t in self.times:
            si = self.sentence_of(t.span.start)
            if si is not None:
                self.times_in.setdefault(si, []).append(t)
        for a in self.attributions:
            first = self.sentence_of(a.content.start)
            if first is None:
                first = max(bisect_right(self.starts, a.content.start) - 1, 0)
            si = first
            while si < len(self.sentences) and self.sentences[si].start < a.content.end:
                self.attributions_in.setdefault(si, []).append(a)
                si += 1

    def sentence_of(self, offset: int) -> int | None:
        si = bisect_right(self.starts, offset) - 1
        if si >= 0 and self.sentences[si].start <= offset < self.sentences[si].end:
            return si
        return None


def extract_claims(doc: Document, profile: Profile | None = None) -> list[Claim]:
    """The claims of ``doc`` (quantity claims and non-numeric ones), in text order."""
    profile = profile or default_profile()
    lang = resolve_language(doc.language)
    reference = reference_date(doc.published)
    finder = MeasureFinder(profile, lang)
    claims: list[Claim] = []
    carried: Claim | None = None  # the count that ended the body segment before
    last_end = -1
    removed = _RemovedWalk(doc)
    for offset, text in doc.body_segments():
        if not text.strip():
            continue
        if last_end >= 0 and not removed.only_removed(last_end, offset):
            carried = None
        sentences = split_sentences(text, lang)
        mentions = extract_mentions(text, lang, profile)
        seg = _Segment(
            offset=offset,
            text=text,
            lang=lang,
            sentences=sentences,
            attributions=find_attributions(text, lang, sentences),
            times=extract_time_refs(text, lang, reference),
            quantities=_real_quantities(extract_quantities(text, lang), mentions),
            mentions=mentions,
            profile=profile,
        )
        seg.index()
        carried = _quantity_claims(doc, seg, finder, profile, carried)
        last_end = offset + len(text)
        _denials_and_retractions(doc, seg)
        _events(doc, seg, profile)
        claims.extend(seg.claims)
    claims.sort(key=lambda c: (c.evidence.start, c.quantity.span.start if c.quantity else -1))
    return _unique(claims)


def extract_claims_from_text(
    text: str,
    lang: str | None,
    published: str | None = None,
    *,
    profile: Profile | None = None,
    uri: str = "-",
    outlet: str | None = None,
) -> list[Claim]:
    """The claims of a plain text that is not stored (``published`` is an ISO date)."""
    doc = Document(
        id=sha256_hex(text.encode("utf-8")),
        uri=uri,
        text=text,
        outlet=outlet,
        language=resolve_language(lang),
        published=Published(published, "container", 1.0) if published else Published.unknown(),
        body=[Span(0, len(text))],
    )
    return extract_claims(doc, profile)


# --------------------------------------------------------------------------- quantities


def _real_quantities(quantities: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """Quantities that are not part of a watched name ("Shahed 136", "Mohajer-6"): the
    segment's mentions already hold every watched name, so the watchlist is not read twice."""
    names = AnyContaining(
        [m.span for m in mentions if m.entity_id and any(c.isdigit() for c in m.text)]
    )
    if not names:
        return quantities
    return [q for q in quantities if not names.contains(q.span)]


class _RemovedWalk:
    """The document's removed spans, sorted once and walked forward as the body segments come
    in order: each span is looked at a bounded number of times however many segments there
    are."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.spans = sorted((r.start, r.end) for r in doc.removed)
        self.k = 0

    def only_removed(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds nothing but removed spans and white space (a
        repeated headline, an advertisement between two parts of the body); calls come with
        growing ``start``."""
        while self.k < len(self.spans) and self.spans[self.k][1] <= start:
            self.k += 1
        at = start
        k = self.k
        while k < len(self.spans) and self.spans[k][0] < end:
            r_start, r_end = self.spans[k]
            if self.text[at:r_start].strip():
                return False
            at = max(at, r_end)
            k += 1
        return not self.text[at:end].strip()


def _quantity_claims(
    doc: Document, seg: _Segment, finder: MeasureFinder, profile: Profile, carried: Claim | None
) -> Claim | None:
    """The quantity claims of one body segment. ``carried`` is the claim of the last sentence
    of the segment before, when only removed spans stand between (the account goes on across a
    repeated headline); returned likewise for the next segment."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in seg.quantities:
        si = seg.sentence_of(q.span.start)
        if si is not None:
            by_sentence.setdefault(si, []).append(q)
    previous: Claim | None = None
    previous_sentence = -1
    unit_words = _unit_matcher(profile, seg.lang)
    for si in sorted(by_sentence):
        # the claim of the sentence right before, whatever the paragraph
        before = previous if previous_sentence == si - 1 else None
        if si == 0 and carried is not None and carried.quantity is not None:
            before = carried
        sent = seg.sentences[si]
        stext = seg.text[sent.start : sent.end]
        triggers = finder.triggers(stext)
        units = _UnitWords(unit_words.find(stext) if unit_words is not None else [])
        quantities = by_sentence[si]
        told = seg.attributions_in.get(si, [])
        # one offline pass for every quantity of the sentence, not a scan per quantity
        covering = (
            Covering([a.content for a in told]).best_for([q.span for q in quantities])
            if told
            else [None] * len(quantities)
        )
        same_paragraph = (
            previous is not None
            and seg.sentences[previous_sentence].paragraph == sent.paragraph
            and si - previous_sentence <= 2
        )
        context = previous if same_paragraph else None
        first = len(seg.claims)
        for q, ai in zip(quantities, covering, strict=True):
            if _is_a_dates_year(q, seg, si):
                continue  # "bis 2030 Drohnen bauen": the dates read a year, no count
            q = _profile_unit(q, seg.text, sent, units, profile)
            q = _resolve_unit(q, seg.text, sent, units, context, profile, seg.lang)
            if q.unit is None and q.counted_span is None:
                q = _bare_subject_count(q, seg, si, finder, triggers)
            match = finder.measure_for(q, triggers, sent.start)
            if match is None and context is not None and si - previous_sentence == 1:
                match = _inherit_measure(q, context, profile)
            if match is None:
                continue
            att = told[ai] if ai is not None else None
            claim = _quantity_claim(doc, seg, si, q, match, context, before, att)
            seg.claims.append(claim)
            previous, previous_sentence, context = claim, si, claim
        _partitive_wholes(seg.claims[first:], profile)
    if previous is not None and previous_sentence == len(seg.sentences) - 1:
        return previous
    return None


def _is_a_dates_year(q: Quantity, seg: _Segment, si: int) -> bool:
    """Whether ``q`` is four digits inside a time reference: the quantity reader counts any
    number before a counted noun, the date reader decides when it is a year instead."""
    digits = seg.text[q.span.start : q.span.end]
    return len(digits) == 4 and digits.isdigit() and seg.view(si).in_time(q)


class _UnitWords:
    """The profile's unit words found in one sentence (offsets relative to the sentence), in
    the matcher's order: by start, the longest first at each start. Their ends are therefore
    not in order when one unit word begins another ("missile launchers" and "missile"), so
    lookups go by start (sorted) or through ``PrefixBest`` over the ends, never by bisecting
    the ends."""

    __slots__ = ("_before", "_starts", "items")

    def __init__(self, items: list[Match[str]]) -> None:
        self.items = items
        self._starts = [m.start for m in items]
        # the word ending last at or before a point; the longest of those ending together
        self._before = (
            PrefixBest([m.end for m in items], [(m.end, -m.start) for m in items])
            if items
            else None
        )

    def __bool__(self) -> bool:
        return bool(self.items)

    def ending_by(self, at: int) -> Match[str] | None:
        """The unit word ending last at or before ``at`` (the longest on a tie)."""
        i = self._before.best(at) if self._before is not None else None
        return self.items[i] if i is not None else None

    def first_within(self, lo: int, limit: int, hi: int) -> Match[str] | None:
        """The first unit word starting in ``[lo, limit]`` and ending by ``hi`` (the longest
        of those at that start)."""
        k = bisect_left(self._starts, lo)
        if k == len(self.items) or self._starts[k] > limit:
            return None
        first = self._starts[k]
        while k < len(self.items) and self._starts[k] == first:
            if self.items[k].end <= hi:
                return self.items[k]
            k += 1
        return None


def _profile_unit(
    q: Quantity, text: str, sent: Sentence, units: _UnitWords, profile: Profile
) -> Quantity:
    """A counted noun the profile names a unit for ("15 hits", "6 locations") takes that unit
    (and its dimension) when the quantity's own unit is not one the profile knows. A unit noun
    right before the number counts it ("влучання 15 ударних БпЛА": 15 drone hits)."""
    if not units or q.counted_span is None:
        return q
    before = units.ending_by(q.span.start - sent.start)
    if before is not None and not text[sent.start + before.end : q.span.start].strip():
        unit = str(before.payload)
        if unit != q.unit and profile.unit_dimensions.get(unit) == "count":
            return replace(q, unit=unit, dimension="count")
    if q.unit and q.unit in profile.unit_dimensions:
        return q
    lo, hi = q.counted_span.start - sent.start, q.counted_span.end - sent.start
    if text[q.counted_span.end : q.counted_span.end + 1] == "-":
        hi = len(text)  # a hyphenated compound counts its head ("zwei Kinschal-Raketen")
        limit = q.counted_span.end + 1 - sent.start
    else:
        limit = hi
    # the first unit word inside the counted phrase
    found = units.first_within(lo, limit, hi)
    if found is not None:
        unit = str(found.payload)
        return replace(q, unit=unit, dimension=profile.unit_dimensions.get(unit, q.dimension))
    return q


def _partitive_wholes(claims: list[Claim], profile: Profile) -> None:
    """The whole of a partitive count takes the part's measure's ``whole``: in "shot down 34 of
    40 drones" both numbers share the counted noun; the 34 is intercepted, the 40 launched."""
    weapons = profile.entity_ids("weapon")
    by_counted: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        q = c.quantity
        if q is not None and q.counted_span is not None and q.value is not None:
            by_counted.setdefault((q.counted_span.start, q.counted_span.end), []).append(c)
    for group in by_counted.values():
        if len(group) < 2:
            continue
        whole = max(group, key=lambda c: c.quantity.value if c.quantity else 0.0)
        assert whole.quantity is not None and whole.quantity.value is not None
        for part in group:
            assert part.quantity is not None and part.quantity.value is not None
            if part is whole or part.quantity.value >= whole.quantity.value:
                continue
            measure = profile.measure(part.measure) if part.measure else None
            if measure is not None and measure.whole and whole.measure == part.measure:
                whole.measure = measure.whole
                if whole.subject not in weapons:
                    # who shot down the part did not launch the whole
                    whole.subject = whole.subject_text = None
                break


_UNIT_MATCHERS: dict[tuple[int, str], tuple[Profile, PhraseMatcher[str] | None]] = {}


def _unit_matcher(profile: Profile, lang: str) -> PhraseMatcher[str] | None:
    key = (id(profile), lang)
    hit = _UNIT_MATCHERS.get(key)
    if hit is None or hit[0] is not profile:
        phrases = [
            (w, u) for u, by_lang in profile.unit_words.items() for w in by_lang.get(lang, ())
        ]
        hit = (profile, PhraseMatcher(phrases, lang) if phrases else None)
        _UNIT_MATCHERS[key] = hit
    return hit[1]


def _with_unit(q: Quantity, unit: str, counted: str | None) -> Quantity:
    return replace(
        q,
        unit=unit,
        counted=q.counted or counted,
        dimension="count" if "/" not in unit else q.dimension,
    )


def _resolve_unit(
    q: Quantity,
    text: str,
    sent: Sentence,
    units: _UnitWords,
    previous: Claim | None,
    profile: Profile,
    lang: str,
) -> Quantity:
    """Give a count in a generic unit, or an anaphoric bare count, the item it counts.

    "6 000 unités" after "production de drones" counts drones; "More than 1000 of them" counts
    what the claim before it counted.
    """
    more = _continues_count(text, q, lang)
    if more:
        q = replace(q, unit=None, counted=None, counted_span=None, dimension=None)
    base, _, per = (q.unit or "").partition("/")
    generic = q.unit is not None and base in profile.generic_units
    anaphoric = q.unit is None and (more or _refers_back(text, q, lang))
    if not generic and not anaphoric:
        return q
    last = units.ending_by(q.span.start - sent.start)
    unit: str | None = last.payload if last is not None else None
    if unit is None and previous is not None and previous.quantity is not None:
        prev_base = (previous.quantity.unit or "").partition("/")[0]
        if (
            prev_base
            and prev_base not in profile.generic_units
            and profile.dimension_of(previous.quantity) in ("count", "rate")
        ):
            unit = prev_base
    if unit is None:
        return q
    return _with_unit(
        q,
        f"{unit}/{per}" if per else unit,
        previous.quantity.counted if anaphoric and previous and previous.quantity else None,
    )


@cache
def _count_anaphora(lang: str) -> tuple[str, ...]:
    phrases = load_language_data(lang, "entities").get("count_anaphora") or []
    return tuple(str(p).casefold() for p in phrases)


def _refers_back(text: str, q: Quantity, lang: str) -> bool:
    """ "1000 of them", "из них": the count refers to the items counted just before."""
    after = " ".join(for_matching(text[q.span.end : q.span.end + 30]).split()).casefold()
    return any(
        after.startswith(p) and after[len(p) : len(p) + 1] in ("", " ", ".", ",", ";")
        for p in _count_anaphora(lang)
    )


_CONTINUATION_REACH = 24  # characters before a number searched for "another", "ще"


def _continues_count(text: str, q: Quantity, lang: str) -> bool:
    """ "another 12", "ще 12", "weitere 12", "12 autres": more of what was just counted."""
    if q.counted is not None and " ".join(q.counted.casefold().split()) in _claims_words_folded(
        lang, "count_continuations_after"
    ):
        return True
    if q.unit is not None and q.counted_span is not None:
        return False
    # punctuation between breaks it: "another: 12" continues nothing
    before = text[max(0, q.span.start - _CONTINUATION_REACH) : q.span.start]
    return _ends_with(before, lang, "count_continuations", whole_tokens=True)


def _inherit_measure(q: Quantity, previous: Claim, profile: Profile) -> MeasureMatch | None:
    assert previous.quantity is not None and previous.measure is not None
    if profile.dimension_of(q) != profile.dimension_of(previous.quantity):
        return None
    if not profile.accepts(profile.measure(previous.measure), q):
        return None
    return MeasureMatch(previous.measure, None, None, -1)


def _quantity_claim(
    doc: Document,
    seg: _Segment,
    si: int,
    q: Quantity,
    match: MeasureMatch,
    previous: Claim | None,
    before: Claim | None,
    att: Attribution | None,
) -> Claim:
    """The claim of ``q``; ``att`` is what ``attribution_for`` gives for its span; ``previous``
    the claim before in the paragraph, ``before`` the one of the sentence right before (in any
    paragraph, across a removed headline)."""
    sent = seg.sentences[si]
    view = seg.view(si)
    off = seg.offset
    if att is not None and not att.content.overlaps(q.span):
        att = None
    sources = _sources(doc, att, seg)
    attributed = att is not None
    modality = view.modality(attributed, q, att)
    if view.unconfirmed(q) and modality in ("asserted", "reported"):
        modality = "hedged"
    if view.preliminary():
        # "according to preliminary data": hedged; the data tells nothing, whoever the account
        # before named goes on telling it
        if sources and sources[-1].span is not None and _hedging_source(sources[-1].name, seg.lang):
            sources.pop()
        if (
            previous is not None
            and not any(s.span is not None for s in sources)  # only the outlet is left
            and any(s.span is not None for s in previous.sources)
        ):
            sources = list(previous.sources)
        if modality in ("asserted", "reported"):
            modality = "hedged"
    local_when = view.nearest_time(q)
    when = _shift_time(local_when, off) if local_when is not None else None
    if (
        when is None
        and previous is not None
        and previous.quantity is not None
        and (att is None or _innermost(previous) == _innermost_name(sources))
        and seg.profile.dimension_of(previous.quantity) == "count"
        and seg.profile.dimension_of(q) in ("count", "ratio", "places")
    ):
        # The same teller goes on counting ("84 ... in the first two days of the new year.
        # 100 percent of the drones were shot down"): the same period.
        when = previous.when
    continued = False  # whether the claim goes on with the account of the sentence before
    if (
        att is None
        and before is not None
        and before.quantity is not None
        and not any(s.span is not None for s in sources)
        and any(s.span is not None for s in before.sources)
        and seg.profile.dimension_of(before.quantity) == "count"
        and seg.profile.dimension_of(q) == "count"
    ):
        # an untold count right after a told one goes on with the same account ("Russia
        # launched 84 drones, the Air Force said. 66 of them were shot down."), in the next
        # paragraph too (wire copy gives each sentence its own) and past a removed headline:
        # the same tellers, and the same period when it names none of its own
        sources = list(before.sources)
        if modality == "asserted":
            modality = "reported"
        if when is None:
            when = before.when
        continued = True
    counted = view.counted_name(q)
    subject = view.subject(q, match, counted)
    subject_id = _subject_id(subject, seg.profile.measure(match.measure).subject, seg.profile)
    subject_text = subject.text if subject else None
    if counted is None:
        kind = _same_kind_before(seg, si, q)
        if (
            kind is None
            and continued
            and before is not None
            and before.quantity is not None
            and before.quantity.unit == q.unit
            and before.subject in seg.profile.entity_ids("weapon")
            and (seg.claims[-1] if seg.claims else before) is before
        ):
            # the account goes on past a paragraph break: its drones are the same Shaheds
            # (when nothing of the claim's own sentence was counted in between)
            kind = before
        if kind is not None:
            # "84 Shahed drones ... shot down 66 drones": the drones are the Shaheds named before
            subject_id, subject_text = kind.subject, kind.subject_text
    return Claim(
        doc_id=doc.id,
        doc_uri=doc.uri,
        evidence=Span(sent.start + off, sent.end + off),
        evidence_text=seg.text[sent.start : sent.end],
        language=seg.lang,
        modality=modality,
        quantity=_shifted(q, off),
        measure=match.measure,
        subject=subject_id,
        subject_text=subject_text,
        when=when,
        place=view.place(),
        sources=sources,
        cue=att.cue.shift(off) if att is not None and att.cue is not None else None,
    )


def _subject_id(subject: Mention | None, role: str, profile: Profile) -> str | None:
    """What a claim's subject is reported as: a watched entity's id; a place by its canonical
    name when the measure is about a place (strikes, deaths: "Kherson", "Bryansk Oblast" for
    "над Брянской областью"), else by its country, whose forces act there (drones shot down
    "над Курском" are Russia's); any other name as written."""
    if subject is None:
        return None
    if subject.entity_id:
        return subject.entity_id
    if subject.type not in _PLACE_TYPES:
        return subject.text
    if role not in _PLACE_ROLES and subject.country:
        country = _country_entity(profile, subject.country)
        if country is not None:
            return country.id
    return subject.canonical or subject.text


def _country_entity(profile: Profile, code: str) -> WatchedEntity | None:
    """The watched country whose code is ``code`` ("RU": russia)."""
    return next((e for e in profile.watchlist if e.type == "country" and e.country == code), None)


_SAME_KIND_LOOKBACK = 6  # claims searched back for the weapon a bare count refers to
_SUBJECT_LOOKBACK = 3  # sentences of the paragraph searched back for a subject


def _bare_subject_count(
    q: Quantity, seg: _Segment, si: int, finder: MeasureFinder, triggers: SentenceTriggers
) -> Quantity:
    """A bare number opening its clause as the subject of a trigger ("Russia launched 40 drones
    overnight. 34 were shot down.", "34 ont été abattus", "34 збито") counts what the nearest
    earlier claim of the paragraph counts, among the few before, when the trigger's measure
    accepts that claim's quantity (a count in a unit that names a thing). A part is never
    counted out of a smaller whole: "40 drones and 3 missiles ... 34 were shot down" are
    drones. A number inside a time expression, or with no such trigger, stays bare; so does
    one in a sentence naming a period of its own that is not the earlier claim's ("In 2023, 34
    were shot down" is not about last night's 40)."""
    sent = seg.sentences[si]
    clause = _clause_start(seg.text, sent.start, q.span.start)
    before = seg.text[clause : q.span.start]
    if before.strip() and not _ends_with(before, seg.lang, "clause_coordinators"):
        return q
    predicates = finder.predicates_of(q, triggers, sent.start)
    if not predicates or seg.view(si).in_time(q):
        return q
    profile = seg.profile
    paragraph = sent.paragraph
    own_time = seg.view(si).nearest_time(q)
    for claim in reversed(seg.claims[-_SAME_KIND_LOOKBACK:]):
        csi = seg.sentence_of(claim.evidence.start - seg.offset)
        if csi is None or seg.sentences[csi].paragraph != paragraph:
            break
        earlier = claim.quantity
        if (
            earlier is None
            or not earlier.unit
            or earlier.unit in profile.generic_units
            or profile.dimension_of(earlier) != "count"
        ):
            continue
        if own_time is not None and not _same_period(own_time, claim.when):
            break
        for trigger in predicates:
            measure = trigger.payload
            if not profile.accepts(measure, earlier):
                continue
            if (
                measure.whole is not None
                and claim.measure == measure.whole
                and earlier.value is not None
                and q.value is not None
                and earlier.value < q.value
            ):
                continue
            return _with_unit(q, earlier.unit, earlier.counted)
    return q


def _same_kind_before(seg: _Segment, si: int, q: Quantity) -> Claim | None:
    """The last claim of the paragraph, among the few before, that counts the same kind of
    weapon (``q``'s unit) with a watched weapon as its subject; None when the nearest claim of
    that unit names none (it would then be ambiguous)."""
    weapons = seg.profile.entity_ids("weapon")
    if not q.unit:
        return None
    paragraph = seg.sentences[si].paragraph
    for claim in reversed(seg.claims[-_SAME_KIND_LOOKBACK:]):
        csi = seg.sentence_of(claim.evidence.start - seg.offset)
        if csi is None or seg.sentences[csi].paragraph != paragraph:
            return None
        if claim.quantity is None or claim.quantity.unit != q.unit:
            continue
        return claim if claim.subject in weapons else None
    return None


def _same_period(t: TimeRef, other: TimeRef | None) -> bool:
    """Whether two time references name the same period (by interval when both are resolved,
    else by the words written)."""
    if other is None:
        return False
    if (t.start or t.end) and (other.start or other.end):
        return (t.start, t.end) == (other.start, other.end)
    return " ".join(t.text.casefold().split()) == " ".join(other.text.casefold().split())


def _hedging_source(name: str, lang: str) -> bool:
    folded = " ".join(for_matching(name).casefold().split())
    # only the data itself: "preliminary data from the Air Force" still names who tells
    return any(folded in p for p in _claims_words_folded(lang, "hedging_sources"))


@cache
def _claims_words_folded(lang: str, key: str) -> tuple[str, ...]:
    return tuple(
        " ".join(for_matching(str(w)).casefold().split())
        for w in load_language_data(lang, "claims").get(key) or []
    )


def _inside(t: TimeRef, sent: Sentence) -> bool:
    return sent.start <= t.span.start and t.span.end <= sent.end


def _innermost(claim: Claim) -> str | None:
    return claim.sources[-1].name if claim.sources else None


def _innermost_name(sources: list[Source]) -> str | None:
    return sources[-1].name if sources else None


def _after_non_agent_word(text: str, m: Mention, lang: str, key: str = "non_agent_words") -> bool:
    """A name right after "on", "to", "with"... (an article may stand between); with ``key``,
    after another ``claims.yaml`` list of phrases."""
    before = [
        w.casefold()
        for w in _WORD_RE.findall(for_matching(text[max(0, m.span.start - 40) : m.span.start]))
    ]
    if not before:
        return False
    ends = [len(before)]
    if len(before[-1]) <= 3:
        ends.append(len(before) - 1)  # "to the Russian army", "à l'armée"
    for phrase in _claims_words(lang, key):
        for end in ends:
            if end >= len(phrase) and tuple(before[end - len(phrase) : end]) == phrase:
                return True
    return False


def _tellers_in(seg: _Segment, si: int) -> tuple[list[Span], set[str]]:
    spans: list[Span] = []
    ids: set[str] = set()
    for a in seg.attributions_in.get(si, []):
        if a.source_span is not None:
            spans.append(a.source_span)
        if a.cue is not None:
            spans.append(a.cue)
        ids.update(s.entity_id for s in a.chain if s.entity_id)
    return spans, ids


def _clause_start(text: str, floor: int, at: int) -> int:
    lo = max(floor, at - _CLAUSE_LOOKBACK)
    for i in range(at - 1, lo - 1, -1):
        if text[i] in _CLAUSE_BREAKS:
            return i + 1
    return lo


@cache
def _claims_words(lang: str, key: str, whole_tokens: bool = False) -> tuple[tuple[str, ...], ...]:
    """A ``claims.yaml`` list of phrases, each as its case-folded words (runs of word
    characters, or with ``whole_tokens`` runs of anything but white space)."""
    phrases = load_language_data(lang, "claims").get(key) or []
    return tuple(tuple(_words(for_matching(str(p)), whole_tokens)) for p in phrases)


def _words(text: str, whole_tokens: bool) -> list[str]:
    folded = text.casefold()
    return folded.split() if whole_tokens else _WORD_RE.findall(folded)


def _ends_with(text: str, lang: str, key: str, *, whole_tokens: bool = False) -> bool:
    """Whether ``text`` ends with one of the ``claims.yaml`` phrases under ``key``; with
    ``whole_tokens`` punctuation glued to a word keeps it from matching ("another:")."""
    words = _words(for_matching(text[-60:]), whole_tokens)
    return any(p and tuple(words[-len(p) :]) == p for p in _claims_words(lang, key, whole_tokens))


def _starts_with(text: str, lang: str, key: str) -> bool:
    """Whether ``text`` opens with one of the ``claims.yaml`` phrases under ``key``."""
    words = [w.casefold() for w in _WORD_RE.findall(for_matching(text[:60]))]
    return any(tuple(words[: len(p)]) == p for p in _claims_words(lang, key) if p)


def _coordinator_offsets(text: str, lang: str) -> list[int]:
    """Where in ``text`` a clause coordinator ("and", "mais", "але") starts, in order."""
    phrases = _claims_words(lang, "clause_coordinators")
    if not phrases:
        return []
    longest = max(len(p) for p in phrases)
    found = list(_WORD_RE.finditer(for_matching(text)))
    words = [m.group().casefold() for m in found]
    return [
        found[i].start()
        for i in range(len(words))
        if any(tuple(words[i : i + n]) in phrases for n in range(1, longest + 1))
    ]


_ACTOR_MATCHERS: dict[tuple[int, str], tuple[Profile, PhraseMatcher[WatchedEntity] | None]] = {}


def _actor_matcher(profile: Profile, lang: str) -> PhraseMatcher[WatchedEntity] | None:
    """Demonym + actor noun phrases of ``lang`` (in the language's order), to their country."""
    key = (id(profile), lang)
    hit = _ACTOR_MATCHERS.get(key)
    if hit is None or hit[0] is not profile:
        data = load_language_data(lang, "claims")
        nouns = [str(n) for n in data.get("actor_nouns") or []]
        after = bool(data.get("demonym_after_noun"))
        phrases = [
            (f"{n} {d}" if after else f"{d} {n}", e)
            for e in profile.watchlist
            for d in e.demonyms
            for n in nouns
        ]
        hit = (profile, PhraseMatcher(phrases, lang) if phrases else None)
        _ACTOR_MATCHERS[key] = hit
    return hit[1]


def _demonym_actors(
    text: str, lang: str, profile: Profile, mentions: list[Mention]
) -> list[Mention]:
    """Countries named by a demonym and an actor noun ("Ukrainian forces", "l'armée russe",
    "российские войска"), outside the watched names ("Ukrainian Air Force")."""
    matcher = _actor_matcher(profile, lang)
    if matcher is None:
        return []
    taken = AnyOverlapping([m.span for m in mentions if m.entity_id])
    out: list[Mention] = []
    for m in matcher.find(text):  # longest first at each start
        span = Span(m.start, m.end)
        if taken.hits(span) or (out and out[-1].span.end > span.start):
            continue
        ent = m.payload
        out.append(Mention(span, text[m.start : m.end], ent.type, ent.id, ent.name, ent.country))
    owned = _country_organisations(lang, profile, mentions)
    return sorted([*out, *owned], key=lambda m: m.span.start) if owned else out


def _country_organisations(lang: str, profile: Profile, mentions: list[Mention]) -> list[Mention]:
    """Organisations named by an actor noun and a watched country ("Streitkräfte der Ukraine",
    "Armee Russlands", "the Armed Forces of Ukraine"): the country acting, as a demonym and an
    actor noun are ("Ukrainian forces"). The name is the organisation's, which swallowed the
    country's name ("Kyiv School of Economics" has no actor noun and stays what it is)."""
    nouns = _claims_words(lang, "actor_nouns")
    out: list[Mention] = []
    for m in mentions:
        if m.entity_id or m.type != "org":
            continue
        words = tuple(w.casefold() for w in _WORD_RE.findall(for_matching(m.text)))
        if not any(
            words[i : i + len(n)] == n for n in nouns if n for i in range(len(words) - len(n) + 1)
        ):
            continue
        country = _watched_country(m.text, lang, profile)
        if country is not None:
            out.append(
                Mention(m.span, m.text, country.type, country.id, country.name, country.country)
            )
    return out


def _watched_country(text: str, lang: str, profile: Profile) -> WatchedEntity | None:
    """The watched country named in ``text``, in the genitive too ("Russlands": the
    ``genitive_suffixes`` of the language's ``entities.yaml``)."""
    watch = watchlist_matcher(profile, lang)
    tokens = tokenize(text)
    suffixes = tuple(
        str(x).casefold()
        for x in load_language_data(lang, "entities").get("genitive_suffixes") or []
    )
    variants = [tokens]
    if suffixes:
        variants.append(
            [
                Token(t.start, t.end, t.text, t.lower[: -len(x)])
                if (x := next((x for x in suffixes if t.lower.endswith(x)), ""))
                and len(t.lower) - len(x) >= 3
                else t
                for t in tokens
            ]
        )
    for toks in variants:
        for match in watch.find(text, toks):
            if match.payload.type == "country":
                return match.payload
    return None


def _acting(m: Mention | None, profile: Profile) -> Mention | None:
    """The entity a subject stands for when it acts (the Kremlin is Russia): see the profile's
    ``stands_for``."""
    if m is None or not m.entity_id:
        return m
    ent = profile.entity(m.entity_id)
    target = profile.entity(ent.stands_for) if ent is not None and ent.stands_for else None
    if target is None:
        return m
    return Mention(m.span, m.text, target.type, target.id, target.name, target.country)


class _SentenceView:
    """One sentence's subject candidates, times, place and modality, indexed once for all its
    claims: on an absurd sentence with thousands of quantities and names each question is a
    binary search (``e_spans``) or a walk bounded by a constant window, never a scan."""

    def __init__(self, seg: _Segment, si: int) -> None:
        self.seg = seg
        self.si = si
        self.sent = sent = seg.sentences[si]
        spans, ids = _tellers_in(seg, si)
        tellers = AnyOverlapping(spans)
        # names that may be the subject (tellers never are), in text order
        names = seg.mentions_in.get(si, [])
        actors = seg.actors_in.get(si, [])
        if actors:
            # "die iranische Regierung" says more than the bare name "Regierung" inside it
            inside = AnyOverlapping([m.span for m in actors])
            names = [m for m in names if m.entity_id or not inside.hits(m.span)]
            names = sorted([*names, *actors], key=lambda m: m.span.start)
        self.candidates = [
            m
            for m in names
            if m.span.end <= sent.end
            and m.type in _SUBJECT_TYPES
            and not tellers.hits(m.span)
            and not (m.entity_id and m.entity_id in ids)
        ]
        # ... and those not right after "on", "to", "with" (preferred)
        self.agents = [
            m for m in self.candidates if not _after_non_agent_word(seg.text, m, seg.lang)
        ]
        self._agent_starts = [m.span.start for m in self.agents]
        self._agents_ending = PrefixBest([m.span.end for m in self.agents], range(len(self.agents)))
        self._counted = [m for m in self.candidates if m.entity_id and m.type in _COUNTED_TYPES]
        self._counted_starts = [m.span.start for m in self._counted]
        self._placed: PrefixBest | None = None
        self._times: tuple[list[TimeRef], Nearest] | None = None
        self._time_spans: AnyContaining | None = None
        self._modality: dict[bool, Modality] = {}
        self._cues: dict[str, list[int]] | None = None
        self._breaks: tuple[list[int], list[int]] | None = None
        self._weapons: tuple[list[Mention], PrefixBest, list[int]] | None = None
        self._places: tuple[list[Mention], Nearest] | None = None
        self._place: tuple[str | None] | None = None
        self._airspace: tuple[list[Mention], list[int]] | None = None
        self._preliminary: bool | None = None
        self._unconfirmed: list[int] | None = None

    def modality(
        self, attributed: bool, q: Quantity | None = None, att: Attribution | None = None
    ) -> Modality:
        """The sentence's modality; a hedge or a plan counts for ``q`` only inside its clause
        run: not across a colon or semicolon, nor after a coordinator that follows it
        ("Russia apparently intends ...: the Kremlin wants up to 6,000 drones" is asserted;
        "a month behind, and the plant seems ..." is not hedged). A denial or retraction
        counts for ``q`` unless ``att``, the statement holding ``q``, comes after every
        denying word and holds none ("Moscow denied any involvement, *saying* 40 drones
        came from Ukraine": Moscow asserts the 40 drones)."""
        whole = self._modality.get(attributed)
        if whole is None:
            span = Span(self.sent.start, self.sent.end)
            whole = classify_modality(self.seg.text, span, self.seg.lang, attributed)
            self._modality[attributed] = whole
        if q is None:
            return whole
        if whole in ("denied", "retracted"):
            if att is None or not self._denial_outside(att):
                return whole
            whole = classify_modality(self.seg.text, att.content, self.seg.lang, attributed)
        if whole not in ("hedged", "expected"):
            return whole
        # No retraction or denial anywhere in the sentence: what the clause run holds decides,
        # in ``classify_modality``'s order (looked up among the sentence's cues, found once).
        start, end = self._clause_run(q)
        if self._cue_in("hedge", start, end):
            return "hedged"
        if self._cue_in("strong", start, end) or (
            not attributed and self._cue_in("weak", start, end)
        ):
            return "expected"
        return "reported" if attributed else "asserted"

    def preliminary(self) -> bool:
        """Whether the sentence calls its figures preliminary data ("за попередніми даними")."""
        if self._preliminary is None:
            text = " ".join(
                for_matching(self.seg.text[self.sent.start : self.sent.end]).casefold().split()
            )
            self._preliminary = any(
                p in text for p in _claims_words_folded(self.seg.lang, "hedging_sources")
            )
        return self._preliminary

    def unconfirmed(self, q: Quantity) -> bool:
        """Whether an unconfirmed outcome ("location-lost") stands in ``q``'s clause run."""
        if self._unconfirmed is None:
            # where the phrases stand, found once per sentence (``lower`` keeps offsets)
            text = for_matching(self.seg.text[self.sent.start : self.sent.end]).lower()
            found: list[int] = []
            for p in _claims_words_folded(self.seg.lang, "unconfirmed_outcomes"):
                at = text.find(p)
                while at >= 0:
                    found.append(self.sent.start + at)
                    at = text.find(p, at + 1)
            self._unconfirmed = sorted(found)
        if not self._unconfirmed:
            return False
        # within the quantity's own stretch between commas: "50 shot down, 12 more location-lost"
        # leaves the 50 confirmed
        start, end = self._clause_run(q)
        text = self.seg.text
        comma = text.rfind(",", start, q.span.start)
        start = comma + 1 if comma >= 0 else start
        comma = text.find(",", q.span.end, end)
        end = comma if comma >= 0 else end
        k = bisect_left(self._unconfirmed, start)
        return k < len(self._unconfirmed) and self._unconfirmed[k] < end

    def _denial_outside(self, att: Attribution) -> bool:
        """Whether every denying or retracting word of the sentence stands before ``att``'s
        cue and outside its content, and ``att``'s teller before them: the one who denies goes
        on speaking ("The Kremlin denied that *Ukraine* said ...": what Ukraine said is
        denied)."""
        if att.cue is None or not Span(self.sent.start, self.sent.end).contains(att.cue):
            return False
        denying = self._cue_starts("deny")
        if not denying or att.source_span is None or att.source_span.end > denying[0]:
            return False
        if denying[-1] >= att.cue.start:
            return False
        # none inside the content (positions are sorted: one look-up, linear in no case)
        k = bisect_left(denying, att.content.start)
        return k == len(denying) or denying[k] >= att.content.end

    def _cue_in(self, kind: str, start: int, end: int) -> bool:
        starts = self._cue_starts(kind)
        k = bisect_left(starts, start)
        return k < len(starts) and starts[k] < end

    def _cue_starts(self, kind: str) -> list[int]:
        """Where the sentence's cues of ``kind`` start, in order (found once per sentence)."""
        if self._cues is None:
            lex = lexicon(self.seg.lang)
            sets = {
                "hedge": (lex.hedges,),
                "strong": (lex.expectation_strong,),
                "weak": (lex.expectation_weak,),
                "deny": (lex.denial_verbs, lex.retraction_verbs, lex.denial_statements),
            }
            tokens = cue_tokens(self.seg.text[self.sent.start : self.sent.end])
            words = [t.low for t in tokens]
            self._cues = {
                name: [
                    self.sent.start + tokens[i].start
                    for i in range(len(words))
                    if any(p.match(words, i) is not None for p in phrase_sets)
                ]
                for name, phrase_sets in sets.items()
            }
        return self._cues[kind]

    def _clause_run(self, q: Quantity) -> tuple[int, int]:
        if self._breaks is None:
            stext = self.seg.text[self.sent.start : self.sent.end]
            strong = [self.sent.start + i for i, c in enumerate(stext) if c in ";:"]
            coords = [self.sent.start + i for i in _coordinator_offsets(stext, self.seg.lang)]
            self._breaks = (strong, coords)
        strong, coords = self._breaks
        k = bisect_left(strong, q.span.start)
        start = strong[k - 1] + 1 if k else self.sent.start
        ends = [self.sent.end]
        k = bisect_left(strong, q.span.end)
        if k < len(strong):
            ends.append(strong[k])
        k = bisect_left(coords, q.span.end)
        if k < len(coords):
            ends.append(coords[k])
        return start, min(ends)

    def place(self) -> str | None:
        if self._place is None:
            self._place = (
                next(
                    (
                        m.canonical or m.text
                        for m in self.seg.mentions_in.get(self.si, [])
                        if m.span.end <= self.sent.end and m.type in _PLACE_TYPES
                    ),
                    None,
                ),
            )
        return self._place[0]

    def in_time(self, q: Quantity) -> bool:
        """Whether ``q`` lies inside one of the sentence's time expressions."""
        if self._time_spans is None:
            self._time_spans = AnyContaining([t.span for t in self.seg.times_in.get(self.si, [])])
        return bool(self._time_spans) and self._time_spans.contains(q.span)

    def nearest_time(self, q: Quantity) -> TimeRef | None:
        """The time reference of the sentence nearest to ``q`` (not overlapping it)."""
        if self._times is None:
            inside = [t for t in self.seg.times_in.get(self.si, []) if _inside(t, self.sent)]
            self._times = (inside, Nearest([t.span for t in inside]))
        i = self._times[1].nearest(q.span)
        return self._times[0][i] if i is not None else None

    def subject(self, q: Quantity, match: MeasureMatch, counted: Mention | None) -> Mention | None:
        """See the module docstring: the counted thing (``counted``, what ``counted_name``
        gave for ``q``), the located thing, the item described, the first name of the
        quantity's clause, the sentence before for a pronoun, the nearest name before, a name
        after, the sentence before; as the entity it stands for."""
        if counted is not None:
            return _acting(counted, self.seg.profile)
        return _acting(self._subject(q, match), self.seg.profile)

    def counted_name(self, q: Quantity) -> Mention | None:
        """A watched weapon or facility inside the counted phrase or right after it ("15
        Iranian-made Shahid-136/131 suicide drones", "drones (Geran-2)"), not in the next
        clause or conjunct ("four missiles, and the Shahed series")."""
        if q.counted_span is None:
            return None
        limit = q.counted_span.end + _COUNTED_REACH
        k = bisect_left(self._counted_starts, q.span.end)
        while k < len(self._counted) and self._counted_starts[k] <= limit:
            m = self._counted[k]
            if m.span.end <= limit:
                gap = self.seg.text[q.counted_span.end : m.span.start]
                if m.span.start > q.counted_span.end and (
                    any(c in gap for c in ",;:") or _coordinator_offsets(gap, self.seg.lang)
                ):
                    return None
                return m
            k += 1
        return None

    def _item(self, q: Quantity) -> Mention | None:
        """The weapon an ``item`` measure describes: the last one named before the quantity in
        its sentence ("the Mohajer-6, which can carry four missiles, and the Shahed"), else the
        first after it ("$ 20,000 for a Shahed"), else the last one named before in the text
        ("Russia paid $ 200,000 for such a drone")."""
        if self._weapons is None:
            weapons = [m for m in self.candidates if m.type == "weapon" and m.entity_id]
            self._weapons = (
                weapons,
                PrefixBest([m.span.end for m in weapons], [m.span.end for m in weapons]),
                [m.span.start for m in weapons],
            )
        weapons, ending, starts = self._weapons
        i = ending.best(q.span.start)  # the last one ending before the quantity
        if i is not None:
            return weapons[i]
        k = bisect_left(starts, q.span.end)
        if k < len(weapons):
            return weapons[k]
        k = bisect_right(self.seg.weapon_ends, self.sent.start)
        return self.seg.weapons[k - 1] if k else None

    def _subject(self, q: Quantity, match: MeasureMatch) -> Mention | None:
        seg = self.seg
        role = seg.profile.measure(match.measure).subject
        if role == "clause_agent":
            # "Russia attacked with 84 drones; 66 were shot down": not Russia
            start, end = self._clause_run(q)
            assert self._breaks is not None
            coords = self._breaks[1]
            c = bisect_left(coords, q.span.start)
            if c and coords[c - 1] >= start:
                start = coords[c - 1]  # "... and Ukraine shot down 66": from the coordinator
            conjunct = start
            # "..., dont 66 ont été abattus": from the comma (bounded by the clause run)
            start = max(start, seg.text.rfind(",", start, q.span.start) + 1)
            k = bisect_left(self._agent_starts, start)
            if k < len(self.agents) and self.agents[k].span.end <= end:
                return self.agents[k]
            return self._airspace_place(conjunct, end)
        if role == "item":
            item = self._item(q)
            if item is not None:
                return item
        if role == "place":
            if self._places is None:
                places = [m for m in self.candidates if m.type in _PLACE_TYPES]
                self._places = (places, Nearest([m.span for m in places]))
            i = self._places[1].nearest(q.span) if self._places[0] else None
            if i is not None:
                return self._places[0][i]
        if role == "located":
            limit = q.span.start
            if match.trigger is not None:
                limit = min(limit, match.trigger.start)
            if self._placed is None:
                self._placed = PrefixBest(
                    [m.span.end for m in self.candidates],
                    [
                        (m.type == "facility", bool(m.entity_id), m.span.start)
                        for m in self.candidates
                    ],
                )
            i = self._placed.best(limit)
            if i is not None:
                return self.candidates[i]
        # the first name of the quantity's clause (a window of _CLAUSE_LOOKBACK characters)
        clause = _clause_start(seg.text, self.sent.start, q.span.start)
        k = bisect_left(self._agent_starts, clause)
        while k < len(self.agents) and self._agent_starts[k] <= q.span.start:
            if self.agents[k].span.end <= q.span.start:
                return self.agents[k]
            k += 1
        if self.si > 0 and _starts_with(
            seg.text[clause : q.span.start], seg.lang, "subject_pronouns"
        ):
            # "It is located 600 miles east of Moscow": whom the sentence before was about
            earlier = seg.view(self.si - 1).agents
            if earlier:
                return earlier[0]
        i = self._agents_ending.best(q.span.start)  # the last name before
        if i is not None:
            return self.agents[i]
        k = bisect_left(self._agent_starts, q.span.end)  # the first name after
        if k < len(self.agents):
            return self.agents[k]
        if self.si > 0 and seg.sentences[self.si - 1].paragraph == self.sent.paragraph:
            earlier = seg.view(self.si - 1).agents
            if earlier:
                return earlier[0]
        best = self._best_ranked(q)
        if best is not None:
            return best
        # past sentences of the paragraph that name no one ("... une usine de production de
        # drones. L'usine devrait fonctionner 24 heures sur 24. Cependant, la construction a
        # au moins un mois de retard"): the first name of the nearest one that does
        for back in range(self.si - 2, max(-1, self.si - 1 - _SUBJECT_LOOKBACK), -1):
            if seg.sentences[back].paragraph != self.sent.paragraph:
                break
            earlier = seg.view(back).agents
            if earlier:
                return earlier[0]
        return None

    def _airspace_place(self, start: int, end: int) -> Mention | None:
        """The first place named after "over", "над", "sobre" (``airspace_words``) between
        ``start`` and ``end``: with no agent in the clause, the country whose sky it is acts
        ("Over the Kursk region, 5 drones were shot down": Russia's air defence). A place after
        a locative word opening the sentence (``locative_words``: "In Kharkiv, 12 drones were
        shot down", "À Kharkiv, ...") is where it happened likewise, though its comma puts it
        out of the clause's agents; "At Kursk," names a target and stays out."""
        if self._airspace is None:
            text, lang = self.seg.text, self.seg.lang
            places = [
                m
                for m in self.candidates
                if m.type in _PLACE_TYPES
                and (
                    _after_non_agent_word(text, m, lang, "airspace_words")
                    or (
                        _starts_with(text[self.sent.start : m.span.start], lang, "locative_words")
                        and _after_non_agent_word(text, m, lang, "locative_words")
                        and len(_WORD_RE.findall(text[self.sent.start : m.span.start])) <= 2
                    )
                )
            ]
            self._airspace = (places, [m.span.start for m in places])
        places, starts = self._airspace
        k = bisect_left(starts, start)
        if k < len(places) and places[k].span.end <= end:
            return places[k]
        return None

    def _best_ranked(self, q: Quantity) -> Mention | None:
        """A watched name first, then by type, then the nearest (first in text order on ties)."""
        if not self.candidates:
            return None

        def group(m: Mention) -> tuple[int, int]:
            return (0 if m.entity_id else 1, _SUBJECT_TYPES.index(m.type))

        best_group = min(group(m) for m in self.candidates)
        members = [m for m in self.candidates if group(m) == best_group]
        starts = [m.span.start for m in members]
        k = bisect_right(starts, q.span.start)
        options: list[tuple[int, int]] = []  # (distance, index): leftmost of each start
        if k:
            i = bisect_left(starts, starts[k - 1])
            options.append((q.span.start - starts[i], i))
        if k < len(members):
            options.append((starts[k] - q.span.start, k))
        return members[min(options)[1]]


def _sources(doc: Document, att: Attribution | None, seg: _Segment) -> list[Source]:
    out: list[Source] = []
    if doc.outlet:
        out.append(Source(doc.outlet, "outlet"))
    if att is None:
        return out
    for s in att.chain:
        out.append(_canonical_source(s, seg))
    return out


def _canonical_source(source: Source, seg: _Segment) -> Source:
    """A teller keeps the name it is written under; a watched one gains its entity id (and its
    type: the WSJ is an outlet whatever the sentence says)."""
    span = source.span.shift(seg.offset) if source.span is not None else None
    name = source.name.strip()
    key = (name, source.type)
    if key not in seg.canonical:  # one lookup per teller, however many claims it tells
        seg.canonical[key] = None
        for m in watchlist_matcher(seg.profile, seg.lang).find(name):
            if m.start <= 4 and m.end >= len(name.rstrip(" .")) - 1:
                ent = m.payload
                seg.canonical[key] = (_ENTITY_SOURCE_TYPES.get(ent.type, source.type), ent.id)
                break
    hit = seg.canonical[key]
    if hit is not None:
        return Source(name, hit[0], source.role, hit[1], span)  # type: ignore[arg-type]
    outlet = _outlet_named(seg, source.span) if source.type != "outlet" else None
    if outlet is not None:
        # "selon le Monde": the teller was read without its article, as a person's name
        name = outlet.text[:1].upper() + outlet.text[1:]
        return Source(name, "outlet", source.role, source.entity_id, span)
    return Source(name, source.type, source.role, source.entity_id, span)


def _outlet_named(seg: _Segment, span: Span | None) -> Mention | None:
    """The outlet named with its article (entities: "le Monde", "El País") the teller at
    ``span`` lies in; an outlet word inside a longer run ("White House Press Secretary X")
    retypes no teller."""
    if span is None or not seg.article_outlets:
        return None
    k = bisect_right(seg.article_outlet_starts, span.start) - 1
    if k >= 0 and span.end <= seg.article_outlets[k].span.end:
        return seg.article_outlets[k]
    return None


def _shifted(q: Quantity, off: int) -> Quantity:
    """``q`` with every span moved by ``off`` (segment offsets -> document offsets)."""
    return replace(
        q,
        span=q.span.shift(off),
        counted_span=None if q.counted_span is None else q.counted_span.shift(off),
        bound_span=None if q.bound_span is None else q.bound_span.shift(off),
    )


def _shift_time(t: TimeRef, off: int) -> TimeRef:
    return replace(t, span=t.span.shift(off))


def _unique(claims: list[Claim]) -> list[Claim]:
    seen: set[str] = set()
    out: list[Claim] = []
    for c in claims:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out


# --------------------------------------------------------------------------- events

_EVENT_MATCHERS: dict[tuple[int, str], tuple[Profile, PhraseMatcher[EventKind]]] = {}
_EVENT_SUBJECT_TYPES = ("country", "government", "org", "person", "facility", "agency", "outlet")


def _event_matcher(profile: Profile, lang: str) -> PhraseMatcher[EventKind]:
    key = (id(profile), lang)
    hit = _EVENT_MATCHERS.get(key)
    if hit is None or hit[0] is not profile:
        hit = (
            profile,
            PhraseMatcher(((t, e) for e in profile.events for t in e.triggers_for(lang)), lang),
        )
        _EVENT_MATCHERS[key] = hit
    return hit[1]


def _events(doc: Document, seg: _Segment, profile: Profile) -> None:
    """Dated events: a sentence with an event trigger, a time reference (resolved, unless the
    document has no date to resolve it against) and a named actor."""
    if not profile.events:
        return
    matcher = _event_matcher(profile, seg.lang)
    # Without a publication date no relative expression can be resolved: the one written ("en
    # janvier") is then all the date there is, and the event keeps it.
    undated = reference_date(doc.published) is None
    with_claims = {c.evidence.start - seg.offset for c in seg.claims}
    off = seg.offset
    for si, sent in enumerate(seg.sentences):
        if sent.start in with_claims:
            continue
        times = [
            t
            for t in seg.times_in.get(si, [])
            if _inside(t, sent) and (t.start or t.end or not t.relative or undated)
        ]
        if not times:
            continue
        stext = seg.text[sent.start : sent.end]
        triggers = matcher.find(stext, tokenize(stext))
        if not triggers:
            continue
        att = attribution_for(seg.attributions_in.get(si, []), Span(sent.start, sent.end))
        sentence_span = Span(sent.start, sent.end)
        if att is not None and not att.content.overlaps(sentence_span):
            att = None
        content = sentence_span
        if att is not None and sentence_span.contains(att.content):
            content = att.content
        trigger = next(
            (t for t in triggers if content.start <= t.start + sent.start < content.end), None
        )
        if trigger is None:
            continue
        actors = [
            m
            for m in seg.mentions_in.get(si, [])
            if content.start <= m.span.start
            and m.span.end <= content.end
            and m.type in _EVENT_SUBJECT_TYPES
        ]
        if not actors:
            continue
        subject = next((m for m in actors if m.span.start < trigger.start + sent.start), actors[0])
        when = min(times, key=lambda t: abs(t.span.start - (trigger.start + sent.start)))
        sources = _sources(doc, att, seg)
        seg.claims.append(
            Claim(
                doc_id=doc.id,
                doc_uri=doc.uri,
                evidence=Span(sent.start + off, sent.end + off),
                evidence_text=stext,
                language=seg.lang,
                modality=classify_modality(
                    seg.text, Span(sent.start, sent.end), seg.lang, att is not None
                ),
                proposition=seg.text[content.start : content.end].strip(' ,.;:"“”«»'),
                measure=trigger.payload.name,
                subject=subject.entity_id or subject.text,
                subject_text=subject.text,
                when=_shift_time(when, off),
                place=seg.view(si).place(),
                sources=sources,
                cue=att.cue.shift(off) if att is not None and att.cue is not None else None,
            )
        )


# --------------------------------------------------------------------------- denials

_TARGET_REACH = 3  # sentences back a retraction with no target span may point
_TARGET_WINDOW = 64  # claims before a denial searched for its target (keeps assembly linear)


def _denials_and_retractions(doc: Document, seg: _Segment) -> None:
    """Each denial or retraction ``find_denials_and_retractions`` finds is a claim of its own
    (its proposition is the denying statement, its tellers who denies); a retraction marks the
    claim it takes back as retracted (the claim its target span lies in, else the nearest
    quantity claim a few sentences before), and both point at their target claim."""
    # a sentence whose claim carries the denial already ("The Kremlin denied that 40 drones
    # ..."); one whose claims the denial does not reach ("Moscow denied any involvement,
    # saying 40 drones ...") still gets the denial as a claim of its own
    with_claims = {
        c.evidence.start - seg.offset for c in seg.claims if c.modality in ("denied", "retracted")
    }
    off = seg.offset
    found = find_denials_and_retractions(seg.text, seg.lang, seg.sentences, seg.attributions)
    earlier = list(seg.claims)  # in text order; a denial looks back over a bounded window
    starts = [c.evidence.start - off for c in earlier]
    for d in found:
        sent = seg.sentences[d.sentence_index]
        if sent.start in with_claims:
            continue
        sentence_span = Span(sent.start, sent.end)
        k = bisect_right(starts, sent.start)
        window = earlier[max(0, k - _TARGET_WINDOW) : k]
        target = _denied_claim(seg, d, sentence_span, window)
        if d.kind == "retraction" and target is not None:
            target.modality = "retracted"
        tellers = [_canonical_source(s, seg) for s in d.who]
        sources = _sources(doc, None, seg) + tellers
        subject = _denial_subject(seg, d, tellers)
        statement = d.statement
        seg.claims.append(
            Claim(
                doc_id=doc.id,
                doc_uri=doc.uri,
                evidence=Span(sent.start + off, sent.end + off),
                evidence_text=seg.text[sent.start : sent.end],
                language=seg.lang,
                modality="retracted" if d.kind == "retraction" else "denied",
                proposition=seg.text[statement.start : statement.end].strip(' ,.;:"“”«»'),
                measure=d.kind,
                subject=(subject.entity_id or subject.text) if subject else None,
                subject_text=subject.text if subject else None,
                place=seg.view(d.sentence_index).place(),
                sources=sources,
                cue=d.cue.shift(off),
                targets=target.evidence if target is not None else None,
            )
        )


def _denied_claim(
    seg: _Segment, d: DenialOrRetraction, sentence: Span, window: list[Claim]
) -> Claim | None:
    """The claim (among ``window``, the claims just before) a denial or retraction points at,
    outside its own sentence."""
    off = seg.offset
    if d.target is not None and not sentence.contains(d.target):
        hit = [
            c
            for c in window
            if c.modality not in ("denied", "retracted")
            and c.evidence.shift(-off).overlaps(d.target)
        ]
        if hit:
            return hit[-1]
    if d.kind != "retraction" or (d.target is not None and sentence.contains(d.target)):
        return None
    earlier = [
        c
        for c in window
        if c.evidence.end - off <= sentence.start
        and c.modality not in ("denied", "retracted")
        and c.quantity is not None
        and (seg.sentence_of(c.evidence.start - off) or 0) >= d.sentence_index - _TARGET_REACH
    ]
    return earlier[-1] if earlier else None


def _denial_subject(seg: _Segment, d: DenialOrRetraction, tellers: list[Source]) -> Mention | None:
    """Who denies, when it is a watched entity or described as one's ("Iranian Foreign
    Minister ..."); else the first name acting in the statement or its sentence (not a
    teller)."""
    for source in reversed(tellers):
        ent = _affiliation(source, seg)
        if ent is not None and ent.type in _EVENT_SUBJECT_TYPES:
            span = source.span.shift(-seg.offset) if source.span is not None else d.cue
            return Mention(span, source.name, ent.type, ent.id, ent.name, ent.country)
    view = seg.view(d.sentence_index)
    agents = [m for m in view.agents if m.type in _EVENT_SUBJECT_TYPES]
    in_statement = [m for m in agents if d.statement.contains(m.span)]
    return (in_statement or agents or [None])[0]


_AFFILIATIONS: dict[tuple[int, str], tuple[Profile, PhraseMatcher[WatchedEntity]]] = {}


def _affiliation(source: Source, seg: _Segment) -> WatchedEntity | None:
    """The watched entity a teller is, or speaks for by its role ("Iranian Foreign Minister")."""
    profile = seg.profile
    if source.entity_id:
        return profile.entity(source.entity_id)
    if not source.role:
        return None
    key = (id(profile), seg.lang)
    hit = _AFFILIATIONS.get(key)
    if hit is None or hit[0] is not profile:
        phrases = ((p, e) for e in profile.watchlist for p in (*e.aliases, *e.demonyms))
        hit = _AFFILIATIONS[key] = (profile, PhraseMatcher(phrases, seg.lang))
    found = hit[1].find(source.role)
    return found[0].payload if found else None
