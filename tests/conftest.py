"""Shared fixtures: where the shared corpus, gold and eval data live; database URLs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"sample corpus not found at {SEEDS}")
    return SEEDS


def _gold_text(name: str) -> str:
    """A gold file's text; a clone without the shared folder beside it skips, as for the corpus."""
    path = GOLD / name
    if not path.is_file():
        pytest.skip(f"gold file not found at {path}")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold_docs() -> dict:
    return json.loads(_gold_text("seeds.docs.json"))


@pytest.fixture(scope="session")
def gold_claims() -> list[dict]:
    return [
        json.loads(line) for line in _gold_text("seeds.claims.jsonl").splitlines() if line.strip()
    ]


@pytest.fixture(scope="session")
def gold_groups() -> dict:
    return json.loads(_gold_text("seeds.groups.json"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The throwaway PostgreSQL server started by scripts/test.sh.

    Outside CI a missing server skips the test; in CI (CI=true) it is a failure, so PostgreSQL
    tests can never silently vanish there.
    """
    url = os.environ.get("CLAIMGRAPH_TEST_PG_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CLAIMGRAPH_TEST_PG_URL is not set: run the tests with `make test`")
        pytest.skip("no PostgreSQL: run the tests with `make test` to start one")
    return url
