"""``reconcile(claims, docs)``: groups, independent origins, conflicts, denials and retractions.

A pure function over claims and per-document facts (``DocInfo``), so the CLI, the ingest run and
the benchmark all call the same thing, with or without a ledger behind it.
"""

from __future__ import annotations

import gc
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from claimgraph.extract.profile import Profile, default_profile
from claimgraph.reconcile.conflicts import find_conflicts
from claimgraph.reconcile.documents import DocInfo, Families, find_families
from claimgraph.reconcile.grouping import Cluster, group_items
from claimgraph.reconcile.items import DENIAL, FIGURE, RETRACTION, Item, make_item
from claimgraph.reconcile.links import Link, link_denials
from claimgraph.reconcile.origins import independent_origins
from claimgraph.reconcile.values import Comparable, Tolerance
from claimgraph.records import Claim, ClaimGroup


@dataclass(slots=True)
class Reconciliation:
    groups: list[ClaimGroup]
    items: dict[str, Item]  # claim id -> the claim with its document and comparable value
    docs: dict[str, DocInfo]
    group_of: dict[str, str]  # claim id -> group id
    kinds: dict[str, str]  # group id -> figure | event | denial | retraction
    links: list[Link]
    families: Families
    targets: dict[str, list[str]] = field(default_factory=dict)  # denial group -> targets
    denied_by: dict[str, list[str]] = field(default_factory=dict)
    retracted_by: dict[str, list[str]] = field(default_factory=dict)
    _by_id: dict[str, ClaimGroup] = field(default_factory=dict)

    def group(self, group_id: str) -> ClaimGroup:
        if not self._by_id:
            self._by_id = {g.id: g for g in self.groups}
        return self._by_id[group_id]

    def group_of_claim(self, claim_id: str) -> ClaimGroup:
        return self.group(self.group_of[claim_id])

    def claim(self, claim_id: str) -> Claim:
        return self.items[claim_id].claim

    def conflicts(self) -> list[tuple[ClaimGroup, ClaimGroup]]:
        pairs = []
        for g in self.groups:
            for other in g.conflicts_with:
                if g.id < other:
                    pairs.append((g, self.group(other)))
        return pairs

    def ranked(self) -> list[ClaimGroup]:
        """Groups most worth reading first: most independent origins, then most reports, then
        earliest first appearance."""
        return sorted(
            self.groups,
            key=lambda g: (-len(g.origins), -g.reports, self.items[g.claim_ids[0]].order, g.id),
        )


def _group_id(cluster: Cluster, first: Item) -> str:
    key = "\x1f".join((*cluster.block, first.claim.id))
    return "g" + hashlib.sha256(key.encode()).hexdigest()[:12]


def _value(item: Item) -> float | list[float] | None:
    q = item.claim.quantity
    if q is None:
        return None
    if q.is_range:
        return [q.low, q.high]  # type: ignore[list-item]
    return q.value


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    # Reconciliation allocates millions of small objects and no reference cycles; the cyclic
    # collector's repeated passes over them made the time grow faster than the claims.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def reconcile(
    claims: Iterable[Claim],
    docs: Iterable[DocInfo],
    tolerance: Tolerance | None = None,
    profile: Profile | None = None,
) -> Reconciliation:
    """Reconcile every claim of a ledger. Claims of documents not in ``docs`` get a bare
    ``DocInfo`` (ingested after every known document). ``profile`` (the default one when None)
    says which watched entities belong to which (``Profile.subject_root``)."""
    with _without_cyclic_gc():
        return _reconcile(claims, docs, tolerance, profile or default_profile())


def _reconcile(
    claims: Iterable[Claim],
    docs: Iterable[DocInfo],
    tolerance: Tolerance | None,
    profile: Profile,
) -> Reconciliation:
    tolerance = tolerance or Tolerance()
    doc_map = {d.id: d for d in docs}
    next_order = max((d.ingest_order for d in doc_map.values()), default=0) + 1
    claims_by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.doc_id not in doc_map:
            doc_map[claim.doc_id] = DocInfo(
                id=claim.doc_id, uri=claim.doc_uri, ingest_order=next_order
            )
            next_order += 1
        claims_by_doc[claim.doc_id].append(claim)
    root_of = profile.subject_root
    items = {
        c.id: make_item(c, doc_map[c.doc_id], root_of) for cs in claims_by_doc.values() for c in cs
    }
    figures: dict[str, list[tuple[int, Comparable]]] = defaultdict(list)
    for item in items.values():
        if item.value is not None:
            figures[item.doc.id].append((item.claim.evidence.start, item.value))
    families = find_families(doc_map.values(), figures)
    clusters = group_items(items.values(), tolerance)

    groups: list[ClaimGroup] = []
    group_of: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for cluster in clusters:
        members = sorted(cluster.members, key=lambda i: i.order)
        first = members[0]
        q = first.claim.quantity
        group = ClaimGroup(
            id=_group_id(cluster, first),
            subject=first.claim.subject or first.claim.subject_text,
            measure=first.claim.measure,
            value=_value(first),
            unit=None if q is None else q.unit,
            claim_ids=[m.claim.id for m in members],
            origins=independent_origins(members, families, doc_map),
            first_seen=first.claim.id,
            proposition=None
            if first.kind == FIGURE
            else (first.claim.proposition or first.claim.evidence_text),
        )
        if first.kind == FIGURE:
            group.retracted = any(m.claim.modality == "retracted" for m in members)
            group.denied = any(m.claim.modality == "denied" for m in members)
        groups.append(group)
        kinds[group.id] = first.kind
        for m in members:
            group_of[m.claim.id] = group.id

    never = frozenset(m.name for m in profile.measures if not m.contradicts)
    for i, j in find_conflicts(clusters, tolerance, never):
        a, b = groups[i], groups[j]
        a.conflicts_with.append(b.id)
        b.conflicts_with.append(a.id)

    recon = Reconciliation(
        groups=groups,
        items=items,
        docs=doc_map,
        group_of=group_of,
        kinds=kinds,
        links=link_denials(list(items.values())),
        families=families,
    )
    for link in recon.links:
        source = group_of[link.claim_id]
        target = group_of[link.target_id]
        recon.targets.setdefault(source, [])
        if target not in recon.targets[source]:
            recon.targets[source].append(target)
        marks = recon.denied_by if link.kind == DENIAL else recon.retracted_by
        marks.setdefault(target, [])
        if source not in marks[target]:
            marks[target].append(source)
        tgt = recon.group(target)
        if link.kind == RETRACTION:
            tgt.retracted = True
        else:
            tgt.denied = True
    return recon
