"""The JSON records of a reconciliation: groups, conflicts, timelines (CLI ``--json``, exports,
the persisted snapshot). Field meanings are documented in ``docs/ledger-schema.md``."""

from __future__ import annotations

from typing import Any

from claimgraph.reconcile.engine import Reconciliation
from claimgraph.reconcile.timeline import entity_timeline, group_timeline
from claimgraph.records import ClaimGroup


def claim_record(recon: Reconciliation, claim_id: str) -> dict[str, Any]:
    """A claim as issue 3 defines it, plus where it sits in the reconciliation."""
    item = recon.items[claim_id]
    record = item.claim.to_dict()
    record["published"] = item.doc.published
    record["outlet"] = item.doc.outlet
    record["group"] = recon.group_of.get(claim_id)
    return record


def _origin_of(group: ClaimGroup) -> dict[str, str]:
    return {cid: o.label for o in group.origins for cid in o.claim_ids}


def group_summary(group: ClaimGroup) -> str:
    reports = f"{group.reports} report{'s' if group.reports != 1 else ''}"
    k = len(group.origins)
    return f"{reports}, {k} independent origin{'s' if k != 1 else ''}"


def group_record(recon: Reconciliation, group: ClaimGroup) -> dict[str, Any]:
    first = recon.items[group.claim_ids[0]]
    q = first.claim.quantity
    origin_of = _origin_of(group)
    claims = []
    for appearance in group_timeline(recon, group.id):
        record = claim_record(recon, appearance.claim_id)
        record["role"] = appearance.role
        record["origin"] = origin_of.get(appearance.claim_id)
        claims.append(record)
    when = first.claim.when
    return {
        "id": group.id,
        "kind": recon.kinds[group.id],
        "subject": group.subject,
        "subject_text": first.claim.subject_text,
        "measure": group.measure,
        "value": group.value,
        "unit": group.unit,
        "bound": None if q is None else q.bound,
        "si": None if q is None or q.si_value is None else {"value": q.si_value, "unit": q.si_unit},
        "proposition": group.proposition,
        "when": None if when is None else {"start": when.start, "end": when.end},
        "summary": group_summary(group),
        "reports": group.reports,
        "independent_origins": [
            {"key": o.key, "label": o.label, "claims": list(o.claim_ids), "chains": o.chains}
            for o in group.origins
        ],
        "conflicts_with": list(group.conflicts_with),
        "retracted": group.retracted,
        "denied": group.denied,
        "retracted_by": recon.retracted_by.get(group.id, []),
        "denied_by": recon.denied_by.get(group.id, []),
        "targets": recon.targets.get(group.id, []),
        "first_seen": {
            "claim": first.claim.id,
            "doc": first.doc.uri,
            "doc_id": first.doc.id,
            "published": first.doc.published,
            "ingest_order": first.doc.ingest_order,
        },
        "claims": claims,
    }


def _difference(a: ClaimGroup, b: ClaimGroup, recon: Reconciliation) -> float | None:
    va = recon.items[a.claim_ids[0]].value
    vb = recon.items[b.claim_ids[0]].value
    if va is None or vb is None or min(abs(va.anchor), abs(vb.anchor)) == 0:
        return None
    # relative to the smaller figure: "965.6 km against 804 km: 20 % apart"
    return round(abs(va.anchor - vb.anchor) / min(abs(va.anchor), abs(vb.anchor)), 3)


def conflict_record(recon: Reconciliation, a: ClaimGroup, b: ClaimGroup) -> dict[str, Any]:
    return {
        "subject": a.subject,
        "measure": a.measure,
        "relative_difference": _difference(a, b, recon),
        "sides": [group_record(recon, a), group_record(recon, b)],
    }


def timeline_record(recon: Reconciliation, entity: str) -> dict[str, Any]:
    dated, undated = entity_timeline(recon, entity)

    def entry(d: Any) -> dict[str, Any]:
        record = claim_record(recon, d.claim_id)
        return {"date": d.date, "date_source": d.date_source, **record}

    return {
        "entity": entity,
        "claims": [entry(d) for d in dated],
        "undated": [entry(d) for d in undated],
    }


def link_records(recon: Reconciliation) -> list[dict[str, Any]]:
    return [
        {
            "kind": link.kind,
            "claim": link.claim_id,
            "group": recon.group_of[link.claim_id],
            "target_claim": link.target_id,
            "target_group": recon.group_of[link.target_id],
            "how": link.how,
        }
        for link in recon.links
    ]
