"""A claim prepared for reconciliation: its kind, blocking key, comparable value and period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.reconcile.documents import DocInfo
from claimgraph.reconcile.values import Comparable, Period, comparable, period_of
from claimgraph.records import Claim

FIGURE, EVENT, DENIAL, RETRACTION = "figure", "event", "denial", "retraction"

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_STEM = 5  # a crude, language-blind stem: "drone"/"drones", "delivered"/"delivery" agree
_MIN_WORD = 4  # shorter words are mostly grammar in every supported language


def normalise_key(text: str | None) -> str:
    """A case- and space-insensitive key for names and ids."""
    if not text:
        return ""
    return _normalise(text)


@lru_cache(maxsize=1 << 16)
def _normalise(text: str) -> str:  # names repeat a lot: cache them
    return _SPACE.sub(" ", text.casefold().replace("’", "'")).strip(" .,;:'\"")


@dataclass(slots=True)
class Item:
    claim: Claim
    doc: DocInfo
    kind: str
    subject: str
    measure: str
    value: Comparable | None
    period: Period
    features: frozenset[str]
    order: tuple[str, int, int]  # first-appearance order: (date, ingest order, offset)

    @property
    def block(self) -> tuple[str, ...]:
        if self.value is not None:
            return (FIGURE, self.subject, self.measure, self.value.dimension)
        return (self.kind, self.subject)


def claim_kind(claim: Claim, value: Comparable | None = None) -> str:
    if value is not None or (claim.quantity is not None and comparable(claim.quantity) is not None):
        return FIGURE
    if claim.modality == "denied":
        return DENIAL
    if claim.modality == "retracted":
        return RETRACTION
    return EVENT


def proposition_features(claim: Claim) -> frozenset[str]:
    """Words (crudely stemmed), place and period: what a non-numeric claim is about."""
    text = claim.proposition or claim.evidence_text or ""
    words = {
        w[:_STEM]
        for w in (m.group().casefold() for m in _WORD.finditer(text))
        if len(w) >= _MIN_WORD or w.isdigit()
    }
    if claim.place:
        words.add("@place:" + normalise_key(claim.place))
    if claim.when is not None and (claim.when.start or claim.when.end):
        words.add(f"@when:{claim.when.start}..{claim.when.end}")
    return frozenset(words)


def make_item(claim: Claim, doc: DocInfo) -> Item:
    value = comparable(claim.quantity) if claim.quantity is not None else None
    kind = claim_kind(claim, value)
    date, ingest = doc.order_key
    return Item(
        claim=claim,
        doc=doc,
        kind=kind,
        subject=normalise_key(claim.subject or claim.subject_text),
        measure=normalise_key(claim.measure),
        value=value,
        period=period_of(claim.when),
        features=frozenset() if kind == FIGURE else proposition_features(claim),
        order=(date, ingest, claim.evidence.start),
    )
