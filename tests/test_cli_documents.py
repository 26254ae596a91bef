"""The document commands as a user types them: ingest, docs, show, search (the real executable)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CLAIMGRAPH = Path(sys.executable).parent / "claimgraph"


def run(
    *args: str, db: Path | str | None = None, ok: bool = True, **kw
) -> subprocess.CompletedProcess:
    command = [str(CLAIMGRAPH)]
    if db is not None:
        command += ["--db", str(db)]
    result = subprocess.run([*command, *args], capture_output=True, text=True, **kw)
    if ok:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def ledger_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "ledger.db"
    summary = json.loads(run("ingest", str(seeds_dir), "--json", db=db).stdout)
    assert (summary["ingested"], summary["failed"]) == (5, 0), summary["failures"]
    return db


def test_ingest_prints_a_summary_and_a_second_run_finds_everything_unchanged(
    ledger_db: Path, seeds_dir: Path
) -> None:
    again = run("ingest", str(seeds_dir), db=ledger_db)
    assert "0 ingested, 0 duplicates, 5 unchanged, 0 failed" in again.stdout
    assert "(5 documents in" in again.stdout


def test_docs_lists_every_document_with_its_provenance(ledger_db: Path) -> None:
    table = run("docs", db=ledger_db, env=_wide()).stdout
    assert "5 documents" in table
    for column in ("id", "outlet", "lang", "title", "published", "duplicate of"):
        assert column in table
    assert "The Cradle" in table
    assert "West warns of Russian-Iranian alliance" in table


def test_docs_json_has_the_documented_fields(ledger_db: Path, gold_docs: dict) -> None:
    records = json.loads(run("docs", "--json", db=ledger_db).stdout)
    assert len(records) == 5
    for record in records:
        assert {
            "id",
            "uri",
            "title",
            "outlet",
            "language",
            "published",
            "body",
            "duplicate_of",
        } <= set(record)
        assert set(record["published"]) >= {"value", "source", "confidence"}
        gold = gold_docs[Path(record["uri"]).name]
        assert record["language"] == gold["language"]
        assert gold["body_first_words"] in record["body"]
        assert record["duplicate_of"] is None
    assert len(json.loads(run("docs", "--json", "--limit", "2", db=ledger_db).stdout)) == 2


def test_show_prints_metadata_then_the_text_with_removed_spans_marked(ledger_db: Path) -> None:
    records = json.loads(run("docs", "--json", db=ledger_db).stdout)
    french = next(r for r in records if r["language"] == "fr")
    shown = run("show", french["id"][:8], db=ledger_db, env=_wide()).stdout
    assert french["id"] in shown
    assert "i24" in shown
    assert "⟨removed: " in shown  # the second copy of the body is kept but marked
    assert "Une délégation russe" in shown

    full = json.loads(run("show", french["id"][:8], "--json", db=ledger_db).stdout)
    assert full["id"] == french["id"]
    assert full["removed"], "the repeated copy is a removed span"
    for span in full["removed"]:
        assert span["reason"]
        assert 0 <= span["start"] < span["end"] <= len(full["text"])
    assert full["body"] == "\n".join(full["text"][s:e] for s, e in full["body_spans"])


def test_show_raw_gives_back_the_bytes_as_read(ledger_db: Path, seeds_dir: Path) -> None:
    path = seeds_dir / "004_f5a9a532205b37f8.txt"
    raw = subprocess.run(
        [str(CLAIMGRAPH), "--db", str(ledger_db), "show", str(path), "--raw"],
        capture_output=True,
        check=True,
    ).stdout
    assert raw == path.read_bytes()


def test_search_finds_the_articles_about_ispahan_with_snippets(ledger_db: Path) -> None:
    hits = json.loads(run("search", "Ispahan", "--json", db=ledger_db).stdout)
    assert [Path(h["uri"]).name for h in hits] == ["002_c439a4a123958bf1.txt"]
    snippet = hits[0]["snippet"]
    assert any(snippet[s:e] == "Ispahan" for s, e in hits[0]["highlights"])

    words = json.loads(run("search", "drones Russia -Ispahan", "--json", db=ledger_db).stdout)
    assert words and all(h["language"] != "fr" for h in words)

    text = run("search", "Ispahan", db=ledger_db).stdout
    assert "Ispahan" in text

    nothing = run("search", "xylophone", db=ledger_db, ok=False)
    assert nothing.returncode == 1
    assert "no document matches" in nothing.stderr


@pytest.mark.parametrize(
    ("args", "says", "code"),
    [
        (["--db", "/no/such/folder/ledger.db", "docs"], "does not exist", 1),
        (["--db", "mysql://user@localhost/x", "docs"], "unsupported database", 1),
        (["--db", "postgresql://nobody@127.0.0.1:1/x", "docs"], "cannot open the ledger", 1),
        (["show", "0123456789ab"], "no document with id or URI", 1),
        (["ingest", "/no/such/articles"], "no such file or directory", 2),
    ],
)
def test_a_users_mistake_is_one_clear_line_and_a_failure_code(
    ledger_db: Path, args: list[str], says: str, code: int
) -> None:
    command = args if args[0] == "--db" else ["--db", str(ledger_db), *args]
    result = run(*command, ok=False)
    assert result.returncode == code
    assert says in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_database_can_come_from_the_environment(ledger_db: Path) -> None:
    records = json.loads(run("docs", "--json", env=_wide(CLAIMGRAPH_DB=str(ledger_db))).stdout)
    assert len(records) == 5


def test_every_command_has_help() -> None:
    from typer.testing import CliRunner

    from claimgraph.cli import app

    for command in ("ingest", "docs", "show", "search"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Usage" in result.output
        assert "--json" in result.output or command == "ingest"


def _wide(**extra: str) -> dict[str, str]:
    import os

    return {**os.environ, "COLUMNS": "200", **extra}
