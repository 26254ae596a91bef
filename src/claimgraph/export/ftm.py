"""FollowTheMoney entities (JSON lines) so a ledger can be loaded into Aleph
(``ftm store write`` / ``alephclient write-entities``).

Mapping, using only schemata and properties that FollowTheMoney 3 defines:
- each document -> ``Article`` (title, publishedAt, publisher, language, sourceUrl/fileName);
- each teller -> ``Person`` (a named person), ``PublicBody`` (government), ``Organization``
  (outlet, agency, group) or ``LegalEntity`` (anonymous: "unnamed US officials");
- each claim -> ``Note`` on its article (``entity``, ``proof``), the evidence as ``description``;
- each link of an attribution chain -> ``UnknownLink`` from the teller to the claim, ``role``
  "source" for the innermost teller and "relayed" for the others;
- each group -> ``Note`` over its claims, its summary ("N reports, K independent origins"),
  origins, conflicts, denials and retractions in ``description``.
Ids are stable (derived from claimgraph ids), so re-exporting updates entities instead of
duplicating them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any, TextIO

import pycountry

from claimgraph.reconcile import Reconciliation
from claimgraph.reconcile.documents import DocInfo
from claimgraph.reconcile.items import normalise_key
from claimgraph.reconcile.views import group_summary
from claimgraph.records import Claim, Source

TELLER_SCHEMA = {
    "person": "Person",
    "government": "PublicBody",
    "outlet": "Organization",
    "agency": "Organization",
    "group": "Organization",
    "anonymous": "LegalEntity",
    "document": "LegalEntity",
}


def _entity(entity_id: str, schema: str, **properties: Any) -> dict[str, Any]:
    props = {}
    for name, value in properties.items():
        values = value if isinstance(value, list) else [value]
        values = [str(v) for v in values if v is not None and v != ""]
        if values:
            props[name] = values
    return {"id": entity_id, "schema": schema, "properties": props}


def _language(code: str | None) -> str | None:
    if not code:
        return None
    lang = pycountry.languages.get(alpha_2=code)
    return getattr(lang, "alpha_3", None) if lang else None


def article_id(doc_id: str) -> str:
    return f"cg-doc-{doc_id[:32]}"


def teller_id(source: Source) -> str:
    key = f"{source.type}:{normalise_key(source.entity_id or source.name)}"
    return "cg-teller-" + hashlib.sha256(key.encode()).hexdigest()[:24]


def _article(doc: DocInfo) -> dict[str, Any]:
    web = doc.uri.startswith(("http://", "https://"))
    return _entity(
        article_id(doc.id),
        "Article",
        title=doc.title or doc.uri,
        publishedAt=doc.published,
        publisher=doc.outlet,
        language=_language(doc.language),
        sourceUrl=doc.uri if web else None,
        fileName=None if web else doc.uri,
    )


def _claim_summary(claim: Claim) -> str:
    q = claim.quantity
    value = (
        ""
        if q is None
        else f"{q.text} ({q.bound} {q.value if q.value is not None else [q.low, q.high]} {q.unit or ''})"
    )
    what = " / ".join(x for x in (claim.subject_text or claim.subject, claim.measure) if x)
    return f"{what}: {value or claim.proposition or ''} [{claim.modality}]"


def ftm_entities(recon: Reconciliation) -> Iterator[dict[str, Any]]:
    for doc in sorted(recon.docs.values(), key=lambda d: d.order_key):
        yield _article(doc)
    seen_tellers: set[str] = set()
    for cid in sorted(recon.items, key=lambda c: recon.items[c].order):
        item = recon.items[cid]
        claim = item.claim
        note_id = f"cg-claim-{claim.id}"
        yield _entity(
            note_id,
            "Note",
            name=_claim_summary(claim),
            description=claim.evidence_text,
            summary=" > ".join(s.name for s in claim.sources) or None,
            entity=article_id(item.doc.id),
            proof=article_id(item.doc.id),
        )
        for n, source in enumerate(claim.sources):
            tid = teller_id(source)
            if tid not in seen_tellers:
                seen_tellers.add(tid)
                yield _entity(tid, TELLER_SCHEMA.get(source.type, "LegalEntity"), name=source.name)
            innermost = n == len(claim.sources) - 1
            yield _entity(
                f"cg-link-{claim.id}-{n}",
                "UnknownLink",
                subject=tid,
                object=note_id,
                role="source" if innermost else "relayed",
                date=item.doc.published,
                summary=claim.evidence_text,
            )
    for group in recon.ranked():
        lines = [group_summary(group)]
        lines += [f"origin: {o.label}" for o in group.origins]
        lines += [f"conflicts with group {g}" for g in group.conflicts_with]
        if group.denied:
            lines.append("denied")
        if group.retracted:
            lines.append("retracted")
        value = group.value if group.value is not None else group.proposition
        yield _entity(
            f"cg-group-{group.id}",
            "Note",
            name=f"{group.subject or ''} {group.measure or ''}: {value} {group.unit or ''}".strip(),
            summary=group_summary(group),
            description="\n".join(lines),
            entity=[f"cg-claim-{c}" for c in group.claim_ids],
        )


def write_ftm(recon: Reconciliation, out: TextIO) -> int:
    count = 0
    for entity in ftm_entities(recon):
        out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count
