"""schema.org ClaimReview JSON-LD: a lossy view of the ledger for fact-checking tools.

One ClaimReview per figure or event group. ClaimReview has no place for independent origins,
chains or conflicts beyond text, so they go into the rating's ``alternateName`` (a verdict word)
and ``ratingExplanation``; there is no numeric ``ratingValue``, because claimgraph does not judge
truth, it reports who said what and who contradicts whom.
"""

from __future__ import annotations

from typing import Any

from claimgraph.reconcile import Reconciliation
from claimgraph.reconcile.items import DENIAL, RETRACTION
from claimgraph.reconcile.views import group_summary
from claimgraph.records import ClaimGroup, utcnow

AUTHOR = {"@type": "Organization", "name": "claimgraph (automated reconciliation)"}
PERSON_TYPES = {"person"}


def verdict(group: ClaimGroup) -> str:
    if group.retracted:
        return "Retracted"
    if group.denied:
        return "Denied"
    if group.conflicts_with:
        return "Contradicted"
    k = len(group.origins)
    return f"{k} independent origin{'s' if k != 1 else ''}"


def _appearance(recon: Reconciliation, claim_id: str) -> dict[str, Any]:
    item = recon.items[claim_id]
    work: dict[str, Any] = {"@type": "CreativeWork", "text": item.claim.evidence_text}
    if item.doc.uri.startswith(("http://", "https://")):
        work["url"] = item.doc.uri
    else:
        work["name"] = item.doc.uri
    if item.doc.published:
        work["datePublished"] = item.doc.published
    if item.claim.language:
        work["inLanguage"] = item.claim.language
    if item.doc.outlet:
        work["publisher"] = {"@type": "Organization", "name": item.doc.outlet}
    return work


def _author(recon: Reconciliation, claim_id: str) -> dict[str, Any] | None:
    claim = recon.items[claim_id].claim
    if not claim.sources:
        outlet = recon.items[claim_id].doc.outlet
        return None if outlet is None else {"@type": "Organization", "name": outlet}
    teller = claim.sources[-1]
    return {
        "@type": "Person" if teller.type in PERSON_TYPES else "Organization",
        "name": teller.name,
    }


def _explanation(recon: Reconciliation, group: ClaimGroup) -> str:
    parts = [group_summary(group) + ": " + "; ".join(o.label for o in group.origins)]
    for other in group.conflicts_with:
        o = recon.group(other)
        parts.append(f"contradicted by {o.value} {o.unit or ''} ({group_summary(o)})".strip())
    for kind, marks in (("retracted", recon.retracted_by), ("denied", recon.denied_by)):
        for source in marks.get(group.id, []):
            evidence = recon.items[recon.group(source).claim_ids[0]].claim.evidence_text
            parts.append(f"{kind}: {evidence}")
    return ". ".join(parts)


def claim_reviewed(recon: Reconciliation, group: ClaimGroup) -> str:
    if group.value is None:
        return group.proposition or recon.items[group.claim_ids[0]].claim.evidence_text
    value = (
        "–".join(f"{v:g}" for v in group.value)
        if isinstance(group.value, list)
        else f"{group.value:g}"
    )
    what = (
        " ".join(x for x in (group.measure, "of", group.subject) if x)
        if group.subject
        else group.measure
    )
    return f"{what}: {value} {group.unit or ''}".strip()


def claim_review(recon: Reconciliation, group: ClaimGroup) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "Claim",
        "text": recon.items[group.claim_ids[0]].claim.evidence_text,
        "firstAppearance": _appearance(recon, group.claim_ids[0]),
        "appearance": [_appearance(recon, c) for c in group.claim_ids],
    }
    author = _author(recon, group.claim_ids[0])
    if author:
        item["author"] = author
    return {
        "@type": "ClaimReview",
        "identifier": group.id,
        "claimReviewed": claim_reviewed(recon, group),
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": verdict(group),
            "ratingExplanation": _explanation(recon, group),
        },
        "author": AUTHOR,
        "datePublished": utcnow().date().isoformat(),
    }


def claim_reviews(recon: Reconciliation) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@graph": [
            claim_review(recon, g)
            for g in recon.ranked()
            if recon.kinds[g.id] not in (DENIAL, RETRACTION)
        ],
    }
