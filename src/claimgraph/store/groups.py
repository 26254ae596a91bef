"""Claim groups in the ledger: the reconciled snapshot, written whole by each reconcile run.

Reconciliation looks at the whole ledger (a new document can merge two groups or add a conflict),
so a run replaces the snapshot in one transaction; ``reconcile_runs`` records the document and
claim counts each snapshot was built from, so readers can tell a stale one (``snapshot_is_current``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
)

from claimgraph.reconcile import DocInfo, Reconciliation
from claimgraph.reconcile.views import group_record
from claimgraph.records import utcnow
from claimgraph.store.claims import claims
from claimgraph.store.metadata import HASH, documents, metadata

GROUP_ID = String(32)
CLAIM_ID = String(32)
BATCH = 2000

claim_groups = Table(
    "claim_groups",
    metadata,
    Column("id", GROUP_ID, primary_key=True),
    Column("rank", Integer, nullable=False),  # 0 = most independent origins, then most reports
    Column("kind", String(16), nullable=False),  # figure | event | denial | retraction
    Column("subject", Text),
    Column("measure", String(100)),
    Column("value", JSON),  # a number, [low, high], or null
    Column("unit", String(40)),
    Column("proposition", Text),
    Column("reports", Integer, nullable=False),
    Column("independent_origins", Integer, nullable=False),
    Column("retracted", Boolean, nullable=False),
    Column("denied", Boolean, nullable=False),
    Column("first_seen", CLAIM_ID, nullable=False),
    Column("first_seen_doc", HASH, nullable=False),
    Column("record", JSON, nullable=False),  # the group record (docs/ledger-schema.md)
    Index("ix_claim_groups_subject", "subject"),
    Index("ix_claim_groups_measure", "measure"),
    Index("ix_claim_groups_rank", "rank"),
)

claim_group_members = Table(
    "claim_group_members",
    metadata,
    Column(
        "group_id", GROUP_ID, ForeignKey("claim_groups.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("claim_id", CLAIM_ID, primary_key=True),
    Column("doc_id", HASH, nullable=False),
    Column("position", Integer, nullable=False),  # order of appearance in the group
    Column("role", String(8), nullable=False),  # first | echo
    Column("origin_key", Text, nullable=False),
    Index("ix_claim_group_members_claim_id", "claim_id"),
    Index("ix_claim_group_members_doc_id", "doc_id"),
)

claim_group_conflicts = Table(
    "claim_group_conflicts",
    metadata,
    Column(
        "group_id", GROUP_ID, ForeignKey("claim_groups.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("other_id", GROUP_ID, primary_key=True),
)

claim_group_links = Table(
    "claim_group_links",
    metadata,
    Column("claim_id", CLAIM_ID, primary_key=True),  # the denial or retraction
    Column("target_claim_id", CLAIM_ID, primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("group_id", GROUP_ID, nullable=False),
    Column("target_group_id", GROUP_ID, nullable=False),
    Column("how", Text, nullable=False),
    Index("ix_claim_group_links_target_group_id", "target_group_id"),
)

reconcile_runs = Table(
    "reconcile_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("finished_at", DateTime(timezone=True), nullable=False),
    Column("documents", Integer, nullable=False),
    Column("claims", Integer, nullable=False),
    Column("groups", Integer, nullable=False),
    Column("conflicts", Integer, nullable=False),
    Column("seconds", Float, nullable=False),
)

SNAPSHOT_TABLES = (claim_group_links, claim_group_conflicts, claim_group_members, claim_groups)


def load_doc_infos(conn: Connection) -> list[DocInfo]:
    """What reconciliation needs of every stored document, in ingest order (no text)."""
    c = documents.c
    query = select(
        c.id, c.uri, c.outlet, c.language, c.published, c.duplicate_of,
        c.duplicate_similarity, c.translated_from, c.text_hash, c.title,
    ).order_by(c.ingested_at, c.id)  # fmt: skip
    return [
        DocInfo(
            id=row.id,
            uri=row.uri,
            outlet=row.outlet,
            language=row.language,
            published=row.published,
            ingest_order=n,
            duplicate_of=row.duplicate_of,
            duplicate_similarity=row.duplicate_similarity,
            translated_from=row.translated_from,
            text_hash=row.text_hash,
            title=row.title,
        )
        for n, row in enumerate(conn.execute(query))
    ]


def _batched(tx: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            tx.execute(insert(table), batch)
            batch = []
    if batch:
        tx.execute(insert(table), batch)


def _group_rows(recon: Reconciliation) -> Iterable[dict[str, Any]]:
    for rank, g in enumerate(recon.ranked()):
        first = recon.items[g.claim_ids[0]]
        yield {
            "id": g.id,
            "rank": rank,
            "kind": recon.kinds[g.id],
            "subject": g.subject,
            "measure": g.measure,
            "value": g.value,
            "unit": g.unit,
            "proposition": g.proposition,
            "reports": g.reports,
            "independent_origins": len(g.origins),
            "retracted": g.retracted,
            "denied": g.denied,
            "first_seen": first.claim.id,
            "first_seen_doc": first.doc.id,
            "record": group_record(recon, g),
        }


def _member_rows(recon: Reconciliation) -> Iterable[dict[str, Any]]:
    for g in recon.groups:
        origin_of = {cid: o.key for o in g.origins for cid in o.claim_ids}
        for position, cid in enumerate(g.claim_ids):
            yield {
                "group_id": g.id,
                "claim_id": cid,
                "doc_id": recon.items[cid].doc.id,
                "position": position,
                "role": "first" if position == 0 else "echo",
                "origin_key": origin_of[cid],
            }


def save_reconciliation(tx: Connection, recon: Reconciliation, seconds: float = 0.0) -> None:
    """Replace the stored snapshot with ``recon`` on the transaction ``tx``."""
    for table in SNAPSHOT_TABLES:
        tx.execute(delete(table))
    _batched(tx, claim_groups, _group_rows(recon))
    _batched(tx, claim_group_members, _member_rows(recon))
    _batched(
        tx,
        claim_group_conflicts,
        ({"group_id": g.id, "other_id": o} for g in recon.groups for o in g.conflicts_with),
    )
    _batched(
        tx,
        claim_group_links,
        (
            {
                "claim_id": link.claim_id,
                "target_claim_id": link.target_id,
                "kind": link.kind,
                "group_id": recon.group_of[link.claim_id],
                "target_group_id": recon.group_of[link.target_id],
                "how": link.how,
            }
            for link in recon.links
        ),
    )
    tx.execute(
        insert(reconcile_runs),
        [
            {
                "finished_at": utcnow(),
                "documents": len(recon.docs),
                "claims": len(recon.items),
                "groups": len(recon.groups),
                "conflicts": len(recon.conflicts()),
                "seconds": seconds,
            }
        ],
    )


def last_run(conn: Connection) -> dict[str, Any] | None:
    row = conn.execute(select(reconcile_runs).order_by(reconcile_runs.c.id.desc()).limit(1)).first()
    return None if row is None else dict(row._mapping)


def snapshot_is_current(conn: Connection) -> bool:
    """True when the last run saw as many documents and claims as the ledger holds now."""
    run = last_run(conn)
    if run is None:
        return False
    n_docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
    n_claims = conn.execute(select(func.count()).select_from(claims)).scalar_one()
    return (run["documents"], run["claims"]) == (n_docs, n_claims)


def stored_groups(
    conn: Connection,
    *,
    subject: str | None = None,
    measure: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Stored group records, best first (most independent origins, then most reports)."""
    query = select(claim_groups.c.record).order_by(claim_groups.c.rank)
    if subject:
        query = query.where(claim_groups.c.subject == subject)
    if measure:
        query = query.where(claim_groups.c.measure == measure)
    return [row.record for row in conn.execute(query.limit(limit))]


def group_of_claim(conn: Connection, claim_id: str) -> str | None:
    query = select(claim_group_members.c.group_id).where(claim_group_members.c.claim_id == claim_id)
    return conn.execute(query).scalar()
