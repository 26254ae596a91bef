"""Reconciliation: the same claim across documents and languages, independent origins,
conflicts, denials and retractions, timelines. ``reconcile(claims, docs)`` is the entry point."""

from claimgraph.reconcile.documents import DocInfo, doc_info, find_families, quantity_fingerprint
from claimgraph.reconcile.engine import Reconciliation, reconcile
from claimgraph.reconcile.timeline import entity_timeline, group_timeline
from claimgraph.reconcile.values import Tolerance

__all__ = [
    "DocInfo",
    "Reconciliation",
    "Tolerance",
    "doc_info",
    "entity_timeline",
    "find_families",
    "group_timeline",
    "quantity_fingerprint",
    "reconcile",
]
