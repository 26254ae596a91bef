"""Independent origins: how many separate tellers stand behind a group of reports.

- A claim's chain runs from the outermost teller (the publishing outlet) to the innermost. Claims
  whose chains end at the same innermost teller are one origin. An anonymous innermost teller
  ("unnamed US officials") is only identified together with the named teller that relays it
  ("The Wall Street Journal / unnamed US officials"): two outlets' anonymous officials are not
  known to be the same people.
- A claim with no named source (only the outlet, or nothing) is its outlet's own origin; without an
  outlet, its document's.
- Documents of one family (duplicates, syndicated or re-scraped copies, translations: see
  ``documents.find_families``) are one document here: their own-voice claims share an origin.
- Inside one family, an own-voice statement of a figure that the same family also attributes to a
  named teller is that teller's (a lede that summarises a sourced paragraph is not a second
  corroboration).
"""

from __future__ import annotations

from claimgraph.reconcile.documents import DocInfo, Families
from claimgraph.reconcile.items import Item, normalise_key
from claimgraph.records import Claim, Origin, Source


def teller_key(source: Source) -> str:
    return normalise_key(source.entity_id or source.name)


def inner_chain(claim: Claim, doc: DocInfo) -> list[Source]:
    """The chain without the publishing outlet at its head."""
    chain = list(claim.sources)
    if chain and doc.outlet and teller_key(chain[0]) == normalise_key(doc.outlet):
        chain = chain[1:]
    return chain


def chain_names(claim: Claim, doc: DocInfo) -> list[str]:
    names = [s.name for s in claim.sources]
    if not names and doc.outlet:
        names = [doc.outlet]
    return names


def own_origin(item: Item, families: Families, docs: dict[str, DocInfo]) -> tuple[str, str]:
    root = docs.get(families.of(item.doc.id), item.doc)
    if root.outlet:
        return "own:" + normalise_key(root.outlet), f"{root.outlet} (own reporting)"
    return "own-doc:" + root.id, f"unattributed ({root.short_name})"


def origin_of(item: Item, families: Families, docs: dict[str, DocInfo]) -> tuple[str, str] | None:
    """(key, label) of the teller a claim traces back to; None for the outlet's own voice."""
    inner = inner_chain(item.claim, item.doc)
    if not inner:
        return None
    named = [i for i, s in enumerate(inner) if s.type != "anonymous"]
    if not named:
        own_key, own_label = own_origin(item, families, docs)
        tail = " / ".join(s.name for s in inner)
        return f"{own_key}/{'/'.join(teller_key(s) for s in inner)}", f"{own_label}: {tail}"
    start = named[-1]
    relayed = inner[start:]
    key = "/".join(teller_key(s) for s in relayed)
    return key, " / ".join(s.name for s in relayed)


def independent_origins(
    members: list[Item], families: Families, docs: dict[str, DocInfo]
) -> list[Origin]:
    """The group's origins in order of first appearance, each with its claims and chains."""
    ordered = sorted(members, key=lambda i: i.order)
    attributed: dict[str, tuple[str, str]] = {}  # family -> first attributed origin in it
    keyed: list[tuple[Item, tuple[str, str] | None]] = []
    for item in ordered:
        origin = origin_of(item, families, docs)
        keyed.append((item, origin))
        if origin is not None:
            attributed.setdefault(families.of(item.doc.id), origin)
    origins: dict[str, Origin] = {}
    seen_chains: set[tuple[str, tuple[str, ...]]] = set()
    for item, origin in keyed:
        if origin is None:
            origin = attributed.get(families.of(item.doc.id)) or own_origin(item, families, docs)
        key, label = origin
        entry = origins.get(key)
        if entry is None:
            entry = origins[key] = Origin(key=key, label=label)
        entry.claim_ids.append(item.claim.id)
        chain = chain_names(item.claim, item.doc)
        seen = (key, tuple(chain))
        if seen not in seen_chains:
            seen_chains.add(seen)
            entry.chains.append(chain)
    return list(origins.values())
