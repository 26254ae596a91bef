"""What goes into a brief, as plain data: the renderers (Markdown, HTML) only lay it out.

A brief is for an analyst to send on: the figures with the most independent origins first (each
with its origins, their chains and the evidence of every report), then every conflict with both
sides, every denial and retraction with what it targets, and which documents were counted as one
origin (copies, translations).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.reconcile import Reconciliation
from claimgraph.reconcile.items import DENIAL, RETRACTION
from claimgraph.reconcile.views import group_summary
from claimgraph.records import ClaimGroup, utcnow


@dataclass(slots=True)
class Evidence:
    doc: str
    published: str | None
    before: str  # evidence text before the quoted figure
    quote: str  # the figure as written ("" for a non-numeric claim)
    after: str
    chain: list[str]
    modality: str


@dataclass(slots=True)
class GroupBrief:
    id: str
    headline: str
    summary: str
    first_seen: str
    flags: list[str]
    origins: list[tuple[str, list[list[str]]]]
    evidence: list[Evidence]


@dataclass(slots=True)
class ConflictBrief:
    what: str
    difference: str
    sides: list[GroupBrief]


@dataclass(slots=True)
class LinkBrief:
    kind: str
    statement: Evidence
    target: GroupBrief
    how: str


@dataclass(slots=True)
class Brief:
    title: str
    generated: str
    counts: dict[str, int]
    top: list[GroupBrief] = field(default_factory=list)
    conflicts: list[ConflictBrief] = field(default_factory=list)
    links: list[LinkBrief] = field(default_factory=list)
    families: list[list[tuple[str, str]]] = field(default_factory=list)


def evidence(recon: Reconciliation, claim_id: str) -> Evidence:
    item = recon.items[claim_id]
    claim = item.claim
    text = claim.evidence_text
    q = claim.quantity
    if q is not None and claim.evidence.contains(q.span):
        a, b = q.span.start - claim.evidence.start, q.span.end - claim.evidence.start
        before, quote, after = text[:a], text[a:b], text[b:]
    else:
        before, quote, after = text, "", ""
    chain = [s.name for s in claim.sources] or ([item.doc.outlet] if item.doc.outlet else [])
    return Evidence(item.doc.uri, item.doc.published, before, quote, after, chain, claim.modality)


BOUND_WORDS = {
    "<=": "up to ",
    "<": "less than ",
    ">=": "at least ",
    ">": "more than ",
    "~": "about ",
}


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def headline(recon: Reconciliation, group: ClaimGroup) -> str:
    first = recon.items[group.claim_ids[0]].claim
    about = " — ".join(x for x in (first.subject_text or group.subject, group.measure) if x)
    if group.value is None:
        return f"{group.proposition or first.evidence_text}" + (f" ({about})" if about else "")
    q = first.quantity
    bound = "" if q is None else BOUND_WORDS.get(q.bound, "")
    value = (
        "–".join(_number(v) for v in group.value)
        if isinstance(group.value, list)
        else _number(group.value)
    )
    si = ""
    if q is not None and q.si_value is not None and q.si_unit and q.si_unit != q.unit:
        si = f" (= {_number(q.si_value)} {q.si_unit})"
    return f"{bound}{value} {group.unit or ''}{si} — {about}".replace("  ", " ")


def group_brief(recon: Reconciliation, group: ClaimGroup) -> GroupBrief:
    first = recon.items[group.claim_ids[0]]
    when = first.doc.published or "date unknown, ingested first"
    flags = []
    if group.conflicts_with:
        flags.append("contradicted")
    if group.denied:
        flags.append("denied")
    if group.retracted:
        flags.append("retracted")
    return GroupBrief(
        id=group.id,
        headline=headline(recon, group),
        summary=group_summary(group),
        first_seen=f"{first.doc.uri} ({when})",
        flags=flags,
        origins=[(o.label, o.chains) for o in group.origins],
        evidence=[evidence(recon, c) for c in group.claim_ids],
    )


def build_brief(recon: Reconciliation, top: int = 10, title: str = "claimgraph brief") -> Brief:
    kinds = recon.kinds
    statements = [g for g in recon.ranked() if kinds[g.id] not in (DENIAL, RETRACTION)]
    conflicts = recon.conflicts()
    brief = Brief(
        title=title,
        generated=utcnow().strftime("%Y-%m-%d %H:%M UTC"),
        counts={
            "documents": len(recon.docs),
            "claims": len(recon.items),
            "groups": len(statements),
            "corroborated": sum(1 for g in statements if len(g.origins) > 1),
            "conflicts": len(conflicts),
            "denials": sum(1 for link in recon.links if link.kind == "denial"),
            "retractions": sum(1 for link in recon.links if link.kind == "retraction"),
        },
    )
    brief.top = [group_brief(recon, g) for g in statements[:top]]
    for a, b in conflicts:
        va, vb = recon.items[a.claim_ids[0]].value, recon.items[b.claim_ids[0]].value
        diff = ""
        if va is not None and vb is not None and min(abs(va.anchor), abs(vb.anchor)):
            pct = abs(va.anchor - vb.anchor) / min(abs(va.anchor), abs(vb.anchor)) * 100
            diff = f"{pct:.0f} % apart once units are normalised"
        what = " — ".join(x for x in (a.subject, a.measure) if x)
        brief.conflicts.append(
            ConflictBrief(what, diff, [group_brief(recon, a), group_brief(recon, b)])
        )
    for link in recon.links:
        brief.links.append(
            LinkBrief(
                kind=link.kind,
                statement=evidence(recon, link.claim_id),
                target=group_brief(recon, recon.group_of_claim(link.target_id)),
                how=link.how,
            )
        )
    for root, joined in sorted(recon.families.reasons.items()):
        rows = [(recon.docs[root].uri, "first appearance")]
        rows += [(recon.docs[d].uri, why) for d, why in joined if d != root]
        brief.families.append(rows)
    return brief
