"""The whole ledger as one JSON document, in the schema of ``ledger.schema.json``
(documented in ``docs/ledger-schema.md``)."""

from __future__ import annotations

from importlib import resources
from typing import Any

from claimgraph.reconcile import Reconciliation
from claimgraph.reconcile.views import claim_record, conflict_record, group_record, link_records
from claimgraph.records import utcnow

SCHEMA_ID = "https://claimgraph.invalid/schema/ledger/1"
SCHEMA_FILE = "ledger.schema.json"


def ledger_schema() -> str:
    """The JSON Schema (draft 2020-12) the export follows."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def ledger_document(recon: Reconciliation) -> dict[str, Any]:
    families = recon.families
    documents = [
        {
            "id": d.id,
            "uri": d.uri,
            "title": d.title,
            "outlet": d.outlet,
            "language": d.language,
            "published": d.published,
            "ingest_order": d.ingest_order,
            "duplicate_of": d.duplicate_of,
            "translated_from": d.translated_from,
            "family": families.of(d.id),
        }
        for d in sorted(recon.docs.values(), key=lambda d: d.order_key)
    ]
    groups = recon.ranked()
    return {
        "$schema": SCHEMA_ID,
        "generated": utcnow().isoformat(),
        "counts": {
            "documents": len(documents),
            "claims": len(recon.items),
            "groups": len(groups),
            "conflicts": len(recon.conflicts()),
            "denials": sum(1 for link in recon.links if link.kind == "denial"),
            "retractions": sum(1 for link in recon.links if link.kind == "retraction"),
        },
        "documents": documents,
        "claims": [
            claim_record(recon, cid)
            for cid in sorted(recon.items, key=lambda c: recon.items[c].order)
        ],
        "groups": [group_record(recon, g) for g in groups],
        "conflicts": [
            {
                "groups": [a.id, b.id],
                "subject": a.subject,
                "measure": a.measure,
                "relative_difference": conflict_record(recon, a, b)["relative_difference"],
            }
            for a, b in recon.conflicts()
        ],
        "links": link_records(recon),
    }
