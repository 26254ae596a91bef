"""PostgreSQL as the team backend: the same commands, its own full-text search, shared access."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from claimgraph.store import Ledger
from claimgraph.store.admin import create_database, drop_database
from claimgraph.store.migrate import current_revisions, head_revisions

CLAIMGRAPH = Path(sys.executable).parent / "claimgraph"


@pytest.fixture
def fresh_pg(pg_url: str) -> Iterator[str]:
    url = create_database(pg_url)
    yield url
    drop_database(url)


def cli(url: str, *args: str) -> str:
    result = subprocess.run(
        [str(CLAIMGRAPH), "--db", url, *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def plain_url(url: str) -> str:
    """The URL as a user writes it (postgresql://), not SQLAlchemy's driver form."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def test_the_samples_in_postgresql_by_url(fresh_pg: str, seeds_dir: Path) -> None:
    url = plain_url(fresh_pg)
    summary = json.loads(cli(url, "ingest", str(seeds_dir), "--json"))
    assert (summary["ingested"], summary["failed"]) == (5, 0), summary["failures"]
    assert summary["ledger"].startswith("postgresql://")
    again = json.loads(cli(url, "ingest", str(seeds_dir), "--json"))
    assert (again["ingested"], again["unchanged"]) == (0, 5)

    records = json.loads(cli(url, "docs", "--json"))
    assert sorted(r["language"] for r in records) == ["en", "en", "en", "en", "fr"]
    hits = json.loads(cli(url, "search", "Ispahan", "--json"))
    assert [Path(h["uri"]).name for h in hits] == ["002_c439a4a123958bf1.txt"]
    assert any(hits[0]["snippet"][s:e] == "Ispahan" for s, e in hits[0]["highlights"])
    shown = json.loads(cli(url, "show", hits[0]["id"][:10], "--json"))
    assert shown["language"] == "fr"


def test_search_uses_the_gin_index(fresh_pg: str) -> None:
    with Ledger.open(fresh_pg) as ledger, ledger.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(
            conn.execute(
                text(
                    "EXPLAIN SELECT doc_id FROM documents_fts "
                    "WHERE tsv @@ websearch_to_tsquery('simple', 'drones')"
                )
            ).scalars()
        )
    assert "ix_documents_fts_tsv" in plan


def test_several_processes_opening_a_new_database_at_once_migrate_it_once(fresh_pg: str) -> None:
    def open_and_count(_: int) -> int:
        with Ledger.open(fresh_pg) as ledger:
            return ledger.count()

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(open_and_count, range(4))) == [0, 0, 0, 0]
    with Ledger.open(fresh_pg) as ledger:
        assert current_revisions(ledger.engine) == head_revisions()
