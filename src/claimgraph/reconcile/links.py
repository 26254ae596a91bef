"""Denials and retractions linked to the claim they target (in the same document or a later one).

A denial or retraction that carries a figure ("officials denied that 1,000 drones were
delivered") simply groups with the figure it denies. One without a figure is linked to its target,
trying in turn:
1. the ``targets`` span the extractor found (a claim of the same document whose evidence overlaps);
2. the nearest earlier claim of the same document about the same subject ("... up to several
   hundred UAVs." ... "US officials retracted the claim"), else about a related one (same root:
   the Iranian defence ministry denies what was said of Iran);
3. the most similar earlier claim (proposition features, see ``items.proposition_features``) in
   the same document or an earlier one, about the same subject, or sharing enough features.
Candidates are looked up by document and by subject and only the nearest ``WINDOW`` earlier ones
are scored, so linking stays linear.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from claimgraph.reconcile.items import DENIAL, EVENT, FIGURE, RETRACTION, Item, proposition_features

WINDOW = 200
MIN_SIMILARITY = 0.2


@dataclass(frozen=True, slots=True)
class Link:
    kind: str  # "denial" | "retraction"
    claim_id: str  # the denial or retraction
    target_id: str  # the claim it targets
    how: str


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def link_denials(items: list[Item]) -> list[Link]:
    targets = sorted((i for i in items if i.kind in (FIGURE, EVENT)), key=lambda i: i.order)
    by_doc: dict[str, list[Item]] = defaultdict(list)
    by_subject: dict[str, list[Item]] = defaultdict(list)
    for t in targets:
        by_doc[t.doc.id].append(t)
        if t.subject:
            by_subject[t.subject].append(t)
    by_doc_start = {d: [t.claim.evidence.start for t in ts] for d, ts in by_doc.items()}
    by_subject_order = {s: [t.order for t in ts] for s, ts in by_subject.items()}
    features: dict[str, frozenset[str]] = {}

    def feats(item: Item) -> frozenset[str]:
        if item.features:
            return item.features
        cached = features.get(item.claim.id)
        if cached is None:
            cached = features[item.claim.id] = proposition_features(item.claim)
        return cached

    links: list[Link] = []
    for item in items:
        if item.kind not in (DENIAL, RETRACTION):
            continue
        claim = item.claim
        same_doc = by_doc.get(item.doc.id, [])
        found: tuple[Item, str] | None = None
        if claim.targets is not None:
            overlapping = [t for t in same_doc if t.claim.evidence.overlaps(claim.targets)]
            if overlapping:
                best = max(
                    overlapping,
                    key=lambda t: (
                        min(t.claim.evidence.end, claim.targets.end)  # type: ignore[union-attr]
                        - max(t.claim.evidence.start, claim.targets.start)
                    ),  # type: ignore[union-attr]
                )
                found = (best, "the span it refers to")
        if found is None and same_doc:
            cut = bisect_left(by_doc_start[item.doc.id], claim.evidence.start)
            earlier = same_doc[max(0, cut - WINDOW) : cut]
            if item.subject:
                same_subject = [t for t in earlier if t.subject == item.subject]
                if same_subject:
                    found = (same_subject[-1], "nearest earlier claim on the same subject")
                else:
                    related = [t for t in earlier if t.root == item.root]
                    if related:
                        found = (related[-1], "nearest earlier claim on a related subject")
            if found is None:
                scored = [(_similarity(feats(t), item.features), t) for t in earlier]
                scored = [st for st in scored if st[0] >= MIN_SIMILARITY]
                if scored:
                    found = (max(scored, key=lambda st: st[0])[1], "similar claim, same document")
        if found is None and item.subject in by_subject:
            pool = by_subject[item.subject]
            cut = bisect_left(by_subject_order[item.subject], item.order)
            earlier = [t for t in pool[max(0, cut - WINDOW) : cut] if t.doc.id != item.doc.id]
            scored = [(_similarity(feats(t), item.features), t) for t in earlier]
            scored = [st for st in scored if st[0] >= MIN_SIMILARITY]
            if scored:
                found = (max(scored, key=lambda st: st[0])[1], "similar claim, earlier document")
        if found is not None:
            target, how = found
            links.append(Link(item.kind, claim.id, target.claim.id, how))
    return links
