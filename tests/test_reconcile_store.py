"""The reconcile step over a real ledger (SQLite and PostgreSQL): snapshot stored, replaced whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.reconcile.ledger import reconcile_ledger
from claimgraph.store import Ledger
from claimgraph.store.admin import create_database, drop_database
from claimgraph.store.groups import last_run, snapshot_is_current, stored_groups
from fixtures.reconcile.gold_ledger import fill_ledger


def check_snapshot(url: str, seeds_dir: Path, gold_docs: dict, gold_claims: list[dict]) -> None:
    with Ledger.open(url) as ledger:
        fill_ledger(ledger, seeds_dir, gold_docs, gold_claims)
        with ledger.engine.connect() as conn:
            assert not snapshot_is_current(conn)
        recon = reconcile_ledger(ledger)
        with ledger.engine.connect() as conn:
            assert snapshot_is_current(conn)
            groups = stored_groups(conn)
            assert len(groups) == len(recon.groups) == 30
            top = groups[0]
            assert top["summary"] == "4 reports, 3 independent origins"
            assert [c["doc"] for c in top["claims"]] == [
                "000_417ffefe938d1bfc.txt",
                "000_417ffefe938d1bfc.txt",
                "001_4884c0e8cb92d681.txt",
                "002_c439a4a123958bf1.txt",
            ]
            distance = stored_groups(conn, subject="alabuga", measure="distance")
            assert len(distance) == 2
            assert distance[0]["conflicts_with"] == [distance[1]["id"]]
            assert last_run(conn)["claims"] == 33
        reconcile_ledger(ledger, save=True)  # a second run replaces, never duplicates
        with ledger.engine.connect() as conn:
            assert len(stored_groups(conn)) == 30
            assert last_run(conn)["id"] == 2


def test_reconcile_a_sqlite_ledger(sqlite_url, seeds_dir, gold_docs, gold_claims):
    check_snapshot(sqlite_url, seeds_dir, gold_docs, gold_claims)


@pytest.mark.postgres
def test_reconcile_a_postgresql_ledger(pg_url, seeds_dir, gold_docs, gold_claims):
    url = create_database(pg_url)
    try:
        check_snapshot(url, seeds_dir, gold_docs, gold_claims)
    finally:
        drop_database(url)
