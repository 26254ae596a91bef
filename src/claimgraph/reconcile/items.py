"""A claim prepared for reconciliation: its kind, blocking key, comparable value and period.

Figures are blocked by their subject's *root*: the broadest watched entity it belongs to (the
Kremlin, Alabuga and Russia all block under Russia; see ``Profile.subject_root``), so a report
that names the plant and one that names only the country can meet. Inside a block, two subjects
are compatible when they are equal or one of them is the root itself: "Russia" and "the Kremlin"
may be the same claim, "the Kremlin" and "Alabuga" are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
    root: str = ""  # the broadest entity the subject belongs to (itself when none)

    @property
    def block(self) -> tuple[str, ...]:
        if self.value is not None:
            return (FIGURE, self.root, self.measure, self.value.dimension)
        return (self.kind, self.subject)


def subjects_compatible(a: str, b: str, root: str) -> bool:
    """Whether two subjects of one block may be the same claim's (equal, or one is the root)."""
    return a in (b, root) or b == root


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


def make_item(claim: Claim, doc: DocInfo, root_of: Callable[[str], str] | None = None) -> Item:
    """The claim ready to reconcile; ``root_of`` maps a subject id to its root (identity when
    None)."""
    value = comparable(claim.quantity) if claim.quantity is not None else None
    kind = claim_kind(claim, value)
    date, ingest = doc.order_key
    subject = normalise_key(claim.subject or claim.subject_text)
    root = normalise_key(root_of(claim.subject)) if root_of and claim.subject else subject
    return Item(
        claim=claim,
        doc=doc,
        kind=kind,
        subject=subject,
        root=root or subject,
        measure=normalise_key(claim.measure),
        value=value,
        period=period_of(claim.when),
        features=frozenset() if kind == FIGURE else proposition_features(claim),
        order=(date, ingest, claim.evidence.start),
    )
