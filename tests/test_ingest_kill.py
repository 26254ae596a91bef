"""An ingest killed with SIGKILL halfway leaves a consistent ledger; the next run adds the rest.

A real ``claimgraph ingest`` process (with its worker pool) is killed, parent and workers at
once, as soon as some documents are committed; then the ledger is checked row by row and a
second run completes it. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from claimgraph.pipeline import POOL_THRESHOLD
from claimgraph.store import Ledger, database_url
from claimgraph.store.admin import create_database, drop_database

CLAIMGRAPH = Path(sys.executable).parent / "claimgraph"
ARTICLES = 80
# Kill once the worker pool has taken over (the first documents are cleaned in-process).
KILL_AFTER = POOL_THRESHOLD + 8


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    created = create_database(request.getfixturevalue("pg_url"))
    yield created
    drop_database(created)


def write_articles(seeds_dir: Path, folder: Path) -> None:
    paragraphs = []
    for path in sorted(seeds_dir.iterdir()):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if len(p) > 120]
    folder.mkdir()
    for i in range(ARTICLES):
        chosen = [paragraphs[(i * 11 + k * 5) % len(paragraphs)] for k in range(8)]
        lead = (
            f"Overnight, {i % 40 + 3} drones were launched at region {i}; {i % 9} reached targets."
        )
        (folder / f"article-{i:04d}.txt").write_text(
            f"Night report {i}\n\n{lead}\n\n" + "\n\n".join(chosen), encoding="utf-8"
        )


def stored_count(url: str) -> int:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM documents")).scalar_one()
    except Exception:  # the schema may not exist yet in the first instants
        return 0
    finally:
        engine.dispose()


def consistency_problems(url: str) -> list[str]:
    """Every document has its raw bytes and its search entry, and nothing is orphaned."""
    checks = {
        "document without raw bytes": "SELECT count(*) FROM documents d "
        "LEFT JOIN raw_documents r ON r.sha256 = d.id WHERE r.sha256 IS NULL",
        "raw bytes without document": "SELECT count(*) FROM raw_documents r "
        "LEFT JOIN documents d ON d.id = r.sha256 WHERE d.id IS NULL",
        "document without search entry": "SELECT count(*) FROM documents d "
        "WHERE NOT EXISTS (SELECT 1 FROM documents_fts f WHERE f.doc_id = d.id)",
        "search entry without document": "SELECT count(*) FROM documents_fts f "
        "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = f.doc_id)",
        "duplicate of a missing document": "SELECT count(*) FROM documents d WHERE "
        "d.duplicate_of IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM documents o WHERE o.id = d.duplicate_of)",
    }
    engine = create_engine(database_url(url))
    problems = []
    with engine.connect() as conn:
        for name, query in checks.items():
            n = conn.execute(text(query)).scalar_one()
            if n:
                problems.append(f"{n} {name}")
        if conn.dialect.name == "sqlite":
            verdict = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()
            if verdict != "ok":
                problems.append(f"integrity_check: {verdict}")
    engine.dispose()
    return problems


def test_a_killed_ingest_leaves_a_consistent_ledger_and_the_next_run_adds_the_rest(
    url: str, seeds_dir: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    write_articles(seeds_dir, corpus)
    Ledger.open(url).close()  # schema in place, so that polling can start at once

    process = subprocess.Popen(
        [str(CLAIMGRAPH), "--db", url, "ingest", str(corpus), "--quiet", "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: parent and workers die together
    )
    deadline = time.monotonic() + 300
    while stored_count(url) < KILL_AFTER and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()[-2000:]

    stored = stored_count(url)
    assert KILL_AFTER <= stored < ARTICLES, "the kill must land halfway through the run"
    assert consistency_problems(url) == []

    rerun = subprocess.run(
        [str(CLAIMGRAPH), "--db", url, "ingest", str(corpus), "--json", "--workers", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(rerun.stdout)
    assert summary["unchanged"] == stored
    assert summary["ingested"] + summary["duplicates"] == ARTICLES - stored
    assert summary["failed"] == 0
    assert stored_count(url) == ARTICLES
    assert consistency_problems(url) == []
