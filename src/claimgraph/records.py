"""The records every stage shares (see DESIGN.md, "Records").

Every extracted thing carries character offsets into ``Document.text``; the document keeps the
sha256 of its raw bytes, so a claim can always be shown in its original context. Records are plain
dataclasses: stages exchange them, the store persists them, ``to_dict`` gives their JSON form.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

Bound = Literal["=", "~", "<=", ">=", "<", ">"]
Modality = Literal["asserted", "reported", "hedged", "expected", "denied", "retracted"]
SourceType = Literal["outlet", "agency", "government", "person", "anonymous", "document", "group"]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


# --------------------------------------------------------------------------- reading


@dataclass(slots=True)
class RawDocument:
    """One article as read: its own raw bytes, where it came from, and container hints.

    ``hints`` carries what a container format already knows about the item (a JSON line's
    ``title``/``published``/``outlet``/``url``, a feed entry's date, a Telegram channel name, a
    WARC target URI). Keys used: ``title``, ``published``, ``outlet``, ``byline``, ``url``,
    ``text`` (already-plain text), ``language``.
    """

    uri: str
    content: bytes
    content_type: str  # "text/plain", "text/html", "application/json" (structured item)
    ingested_at: datetime = field(default_factory=utcnow)
    hints: dict[str, Any] = field(default_factory=dict)
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = sha256_hex(self.content)


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A source that could not be read; ``reason`` is one line a user can act on."""

    uri: str
    reason: str


# --------------------------------------------------------------------------- documents


@dataclass(slots=True)
class Published:
    """A publication date with where it came from and how sure we are.

    ``source`` is one of: ``html-meta`` (htmldate, original date), ``container`` (JSON line, feed
    entry, Telegram message), ``dateline`` (a date in the article's own text), ``unknown``.
    A page-header date widget is *not* a publication date; it may be kept as ``page_date``.
    """

    value: str | None = None  # ISO date "YYYY-MM-DD" (or datetime) when known
    source: str = "unknown"
    confidence: float = 0.0
    page_date: str | None = None  # a site's header date widget, kept for the record only

    @classmethod
    def unknown(cls, page_date: str | None = None) -> Published:
        return cls(None, "unknown", 0.0, page_date)


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    start: int
    end: int
    reason: str  # "boilerplate:weather-widget", "repeat-of:120-980", "title", ...


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    language: str | None
    confidence: float


@dataclass(slots=True)
class Document:
    """A cleaned article. ``text`` is the stored text; every span indexes into it."""

    id: str  # sha256 of the raw bytes (content hash): re-ingesting the same bytes is a no-op
    uri: str
    text: str
    content_type: str = "text/plain"
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    language: str | None = None
    language_confidence: float = 0.0
    published: Published = field(default_factory=Published)
    body: list[Span] = field(default_factory=list)
    removed: list[RemovedSpan] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    text_hash: str = ""  # sha256 of the normalised body text (exact-duplicate key)
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    ingested_at: datetime = field(default_factory=utcnow)
    raw_sha256: str = ""
    translated_from: str | None = None

    def body_segments(self) -> Iterator[tuple[int, str]]:
        """(offset, text) for each body span, in order: extractors run over these."""
        for span in self.body:
            yield span.start, self.text[span.start : span.end]

    @property
    def body_text(self) -> str:
        return "\n".join(seg for _, seg in self.body_segments())


# --------------------------------------------------------------------------- extraction


@dataclass(slots=True)
class Quantity:
    """A number as stated, with its unit, normalised value and bound.

    ``value`` is the point value; a range sets ``low``/``high`` (and ``value`` to None).
    ``unit`` is canonical (``drone``, ``person``, ``USD``, ``km``, ``mi``, ``percent``, ``day``,
    ``drone/month``...); ``si_value``/``si_unit`` hold the SI/ISO normalisation where one exists
    (600 mi -> 965.6 km). ``counted`` is the noun phrase the number counts.
    """

    span: Span
    text: str
    value: float | None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    bound: Bound = "="
    si_value: float | None = None
    si_unit: str | None = None
    counted: str | None = None
    counted_span: Span | None = None
    dimension: str | None = None  # "count", "currency", "length", "mass", "duration", "ratio"...
    vague: bool = False  # "hundreds", "dozens" (conflict-data convention)
    bound_span: Span | None = None  # the bound phrase as written ("more than", "equal to")

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None


@dataclass(slots=True)
class TimeRef:
    """A time expression and the interval it resolves to (ISO dates, either end may be open)."""

    span: Span
    text: str
    start: str | None = None
    end: str | None = None
    resolved_against: str | None = None  # the reference date used for a relative expression
    relative: bool = False
    granularity: str | None = None  # "day", "month", "year", "quarter", ...


@dataclass(slots=True)
class Mention:
    """A name in the text: a watchlist entity (``entity_id`` set) or a name found by rules."""

    span: Span
    text: str
    type: str  # "person", "org", "outlet", "government", "place", "weapon", "facility", ...
    entity_id: str | None = None
    canonical: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 for places
    role: str | None = None


@dataclass(slots=True)
class Source:
    """A teller: someone a claim is attributed to."""

    name: str
    type: SourceType = "outlet"
    role: str | None = None
    entity_id: str | None = None
    span: Span | None = None  # where the teller is named in the text (None for the outlet)


@dataclass(slots=True)
class Claim:
    """One claim: evidence span, what it measures, value or proposition, period, tellers."""

    doc_id: str
    doc_uri: str
    evidence: Span
    evidence_text: str
    language: str | None
    modality: Modality = "asserted"
    quantity: Quantity | None = None
    proposition: str | None = None  # for non-numeric claims (events, denials, retractions)
    measure: str | None = None
    subject: str | None = None  # canonical entity id when known, else the subject text
    subject_text: str | None = None
    when: TimeRef | None = None
    place: str | None = None
    sources: list[Source] = field(default_factory=list)  # outermost teller first
    cue: Span | None = None  # the reporting verb/phrase that attributes it
    targets: Span | None = None  # for denials/retractions: evidence of the claim it targets
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            key = f"{self.doc_id}:{self.evidence.start}:{self.evidence.end}"
            if self.quantity is not None:
                key += f":{self.quantity.span.start}:{self.quantity.span.end}"
            self.id = sha256_hex(key.encode())[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON claim record (see README, "Claim records")."""
        q = self.quantity
        value: Any = None
        if q is not None:
            value = [q.low, q.high] if q.is_range else q.value
        return {
            "id": self.id,
            "doc": self.doc_uri,
            "doc_id": self.doc_id,
            "evidence": {
                "start": self.evidence.start,
                "end": self.evidence.end,
                "text": self.evidence_text,
            },
            "quote": None
            if q is None
            else {"start": q.span.start, "end": q.span.end, "text": q.text},
            "value": value,
            "unit": None if q is None else q.unit,
            "si": None
            if q is None or q.si_value is None
            else {"value": q.si_value, "unit": q.si_unit},
            "bound": None if q is None else q.bound,
            "counted": None if q is None else q.counted,
            "proposition": self.proposition,
            "measure": self.measure,
            "subject": self.subject,
            "subject_text": self.subject_text,
            "when": None
            if self.when is None
            else {"start": self.when.start, "end": self.when.end, "text": self.when.text},
            "place": self.place,
            "sources": [s.name for s in self.sources],
            "source_types": [s.type for s in self.sources],
            "source_roles": [s.role for s in self.sources],
            "modality": self.modality,
            "language": self.language,
        }


# --------------------------------------------------------------------------- reconciliation


@dataclass(slots=True)
class Origin:
    """One independent origin inside a group: the claims that trace back to the same teller."""

    key: str
    label: str
    claim_ids: list[str] = field(default_factory=list)
    chains: list[list[str]] = field(default_factory=list)


@dataclass(slots=True)
class ClaimGroup:
    id: str
    subject: str | None
    measure: str | None
    value: float | list[float] | None
    unit: str | None
    claim_ids: list[str] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    conflicts_with: list[str] = field(default_factory=list)
    retracted: bool = False
    denied: bool = False
    first_seen: str | None = None  # claim id of the first appearance
    proposition: str | None = None

    @property
    def reports(self) -> int:
        return len(self.claim_ids)


def as_plain(obj: Any) -> Any:
    """A record (or nested records) as JSON-ready plain data."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: as_plain(v) for k, v in asdict(obj).items()}
    if isinstance(obj, list | tuple):
        return [as_plain(v) for v in obj]
    if isinstance(obj, dict):
        return {k: as_plain(v) for k, v in obj.items()}
    if isinstance(obj, datetime):
        return obj.isoformat()
    return obj
