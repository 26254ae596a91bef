"""The reconciliation commands on a ledger holding the sample gold, as a user types them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.store import Ledger
from fixtures.reconcile.gold_ledger import fill_ledger


@pytest.fixture(scope="module")
def db(tmp_path_factory, seeds_dir: Path, gold_docs: dict, gold_claims: list[dict]) -> str:
    path = tmp_path_factory.mktemp("cli") / "ledger.db"
    with Ledger.open(str(path)) as ledger:
        fill_ledger(ledger, seeds_dir, gold_docs, gold_claims)
    return str(path)


def run(db: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_groups_lists_the_6000_drones_first_with_its_origins(db):
    out = run(db, "groups", "--limit", "3")
    first, summary = out.splitlines()[:2]
    assert first.startswith("up to 6,000 drone — Russia drone production line")
    assert summary == "  4 reports, 3 independent origins"
    assert "origin The Wall Street Journal / unnamed US officials — via rnd; rnd › The Wall " \
           "Street Journal › unnamed US officials" in out  # fmt: skip


def test_groups_json_has_the_documented_fields(db):
    records = json.loads(run(db, "groups", "--json"))
    assert len(records) == 30
    top = records[0]
    for field in ("id", "subject", "measure", "value", "unit", "claims", "reports",
                  "independent_origins", "conflicts_with", "retracted", "denied", "first_seen"):  # fmt: skip
        assert field in top
    assert {"doc", "evidence", "sources"} <= set(top["claims"][0])
    assert top["independent_origins"][0]["label"] == (
        "The Wall Street Journal / unnamed US officials"
    )
    filtered = json.loads(
        run(db, "groups", "--json", "--subject", "alabuga", "--measure", "distance")
    )
    assert len(filtered) == 2


def test_conflicts_shows_both_sides(db):
    out = run(db, "conflicts")
    assert "alabuga — distance: 20 % apart" in out
    assert "600 miles" in out and "804 kilomètres" in out
    (record,) = json.loads(run(db, "conflicts", "--json"))
    assert sorted(side["unit"] for side in record["sides"]) == ["km", "mi"]


def test_timeline_of_an_entity(db):
    record = json.loads(run(db, "timeline", "Shahed-136", "--json"))
    dated = [(c["date"], c["quote"]["text"]) for c in record["claims"]]
    assert dated == [("2022", "$ 200,000"), ("2022-12-10", "15"), ("2022-12-10", "10"),
                     ("2025", "$ 70,000")]  # fmt: skip
    assert [c["quote"]["text"] for c in record["undated"]] == ["1 600 kilomètres"]
    out = run(db, "timeline", "Shahed-136")
    assert "$ 200,000" in out
    failed = CliRunner().invoke(app, ["--db", db, "timeline", "Lancet"])
    assert failed.exit_code == 1 and "no claims about 'Lancet'" in failed.output


def test_report_writes_markdown_and_html(db, tmp_path):
    md = run(db, "report")
    assert md.startswith("# claimgraph brief")
    html_path = tmp_path / "brief.html"
    run(db, "report", "--format", "html", "--out", str(html_path))
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_export_formats(db, tmp_path):
    ledger = json.loads(run(db, "export", "--format", "json"))
    assert ledger["counts"]["groups"] == 30
    run(db, "export", "--format", "csv", "--out", str(tmp_path / "csv"))
    with (tmp_path / "csv" / "groups.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 30
    run(db, "export", "--format", "ftm", "--out", str(tmp_path / "ledger.ftm"))
    lines = (tmp_path / "ledger.ftm").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["schema"] for line in lines)
    bad = CliRunner().invoke(app, ["--db", db, "export", "--format", "xml"])
    assert bad.exit_code == 1 and "unknown export format 'xml'" in bad.output


def test_reconcile_reports_counts(db):
    counts = json.loads(run(db, "reconcile", "--json"))
    assert counts == {"documents": 5, "claims": 33, "groups": 30, "conflicts": 1, "denials": 2,
                      "retractions": 1}  # fmt: skip


def test_ingest_leaves_the_groups_current(tmp_path, seeds_dir: Path):
    from claimgraph.store.groups import snapshot_is_current, stored_groups

    db = str(tmp_path / "fresh.db")
    CliRunner().invoke(app, ["--db", db, "ingest", str(seeds_dir)], catch_exceptions=False)
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        assert snapshot_is_current(conn)
        assert len(stored_groups(conn)) >= 20
