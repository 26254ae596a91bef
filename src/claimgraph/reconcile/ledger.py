"""The reconcile step over a stored ledger: load every claim and document, reconcile, persist.

The CLI commands and the ingest run call ``reconcile_ledger``; it returns the reconciliation so a
command can print from it without reading the snapshot back.
"""

from __future__ import annotations

import time

from claimgraph.reconcile.engine import Reconciliation, reconcile
from claimgraph.store import Ledger
from claimgraph.store.claims import query_claims
from claimgraph.store.groups import load_doc_infos, save_reconciliation, snapshot_is_current


def load_reconciliation(ledger: Ledger) -> tuple[Reconciliation, float]:
    """Reconcile the whole ledger in memory; returns it and the seconds it took."""
    with ledger.engine.connect() as conn:
        docs = load_doc_infos(conn)
        claims = query_claims(conn)
    start = time.perf_counter()
    recon = reconcile(claims, docs)
    return recon, time.perf_counter() - start


def reconcile_ledger(ledger: Ledger, *, save: bool | None = None) -> Reconciliation:
    """Reconcile the ledger and store the snapshot (``save=None``: only when it is stale)."""
    recon, seconds = load_reconciliation(ledger)
    if save is None:
        with ledger.engine.connect() as conn:
            save = not snapshot_is_current(conn)
    if save:
        with ledger.document_transaction() as tx:
            save_reconciliation(tx, recon, seconds)
    return recon
