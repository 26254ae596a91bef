"""Timelines: a group's first appearance and echoes; an entity's dated claims in order."""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.reconcile.engine import Reconciliation
from claimgraph.reconcile.items import Item, normalise_key


@dataclass(frozen=True, slots=True)
class Appearance:
    claim_id: str
    doc_id: str
    date: str | None  # the document's publication date, when known
    ingest_order: int
    role: str  # "first" | "echo"
    origin: str  # the origin's label


def group_timeline(recon: Reconciliation, group_id: str) -> list[Appearance]:
    group = recon.group(group_id)
    origin_of = {cid: o.label for o in group.origins for cid in o.claim_ids}
    out = []
    for n, claim_id in enumerate(group.claim_ids):  # already in order of first appearance
        item = recon.items[claim_id]
        out.append(
            Appearance(
                claim_id=claim_id,
                doc_id=item.doc.id,
                date=item.doc.published,
                ingest_order=item.doc.ingest_order,
                role="first" if n == 0 else "echo",
                origin=origin_of.get(claim_id, ""),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class DatedClaim:
    claim_id: str
    date: str | None
    date_source: str  # "period" (what the claim is about), "published" (its document), "none"


def claim_date(item: Item) -> DatedClaim:
    when = item.claim.when
    if when is not None and (when.start or when.end):
        return DatedClaim(item.claim.id, when.start or when.end, "period")
    if item.doc.published:
        return DatedClaim(item.claim.id, item.doc.published[:10], "published")
    return DatedClaim(item.claim.id, None, "none")


def entity_claims(recon: Reconciliation, entity: str) -> list[Item]:
    """Claims about ``entity`` (its canonical id or name); a partial name when nothing is exact."""
    key = normalise_key(entity)
    exact = [
        i
        for i in recon.items.values()
        if key and key in (i.subject, normalise_key(i.claim.subject_text))
    ]
    if exact:
        return exact
    return [
        i
        for i in recon.items.values()
        if key and (key in i.subject or key in normalise_key(i.claim.subject_text))
    ]


def entity_timeline(
    recon: Reconciliation, entity: str
) -> tuple[list[DatedClaim], list[DatedClaim]]:
    """(dated claims in date order, undated claims in order of appearance)."""
    items = sorted(entity_claims(recon, entity), key=lambda i: i.order)
    dated = [claim_date(i) for i in items]
    undated = [d for d in dated if d.date is None]
    ordered = sorted((d for d in dated if d.date is not None), key=lambda d: d.date or "")
    return ordered, undated
