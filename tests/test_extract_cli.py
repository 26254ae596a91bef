"""The `claims` and `extract` commands, run as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimgraph.cli import app

runner = CliRunner()


def test_ingest_then_list_claims_with_filters(seeds_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    ingested = runner.invoke(app, ["--db", db, "ingest", "-q", "--workers", "1", str(seeds_dir)])
    assert ingested.exit_code == 0, ingested.output

    listed = runner.invoke(app, ["--db", db, "claims", "--json"])
    assert listed.exit_code == 0, listed.output
    records = json.loads(listed.output)
    assert len(records) >= 25
    wsj = [r for r in records if "unnamed US officials" in r["sources"]]
    assert wsj and wsj[0]["sources"][0] == "rnd" and wsj[0]["value"] == 6000
    assert wsj[0]["evidence"]["text"].startswith("The Wall Street Journal")

    by_source = json.loads(
        runner.invoke(app, ["--db", db, "claims", "--source", "ihnat", "--json"]).output
    )
    assert by_source and all("Yuriy Ihnat" in r["sources"] for r in by_source)
    launched = json.loads(
        runner.invoke(app, ["--db", db, "claims", "--measure", "launched", "--json"]).output
    )
    assert {r["value"] for r in launched} >= {84, 15}
    french = json.loads(runner.invoke(app, ["--db", db, "claims", "--lang", "fr", "--json"]).output)
    assert french and all(r["language"] == "fr" for r in french)
    one_doc = runner.invoke(
        app, ["--db", db, "claims", "--doc", str(seeds_dir / "001_4884c0e8cb92d681.txt"), "--json"]
    )
    assert {r["doc"] for r in json.loads(one_doc.output)} == {
        str(seeds_dir / "001_4884c0e8cb92d681.txt")
    }
    shahed = json.loads(
        runner.invoke(app, ["--db", db, "claims", "--entity", "shahed-136", "--json"]).output
    )
    assert shahed and all(r["subject"] == "shahed-136" for r in shahed)

    text = runner.invoke(app, ["--db", db, "claims", "--measure", "distance"])
    assert "600 mi" in text.output and "965.6 km" in text.output


def test_unknown_document_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "l.db"), "claims", "--doc", "nope"])
    assert result.exit_code == 1
    assert "no document" in result.output


def test_extract_prints_the_claims_of_a_text_without_storing_it(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text(
        "На Одещині сили ППО збили 41 ударний БпЛА типу Шахед-136, повідомили Повітряні сили ЗСУ.",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["extract", "--lang", "uk", "--published", "2024-05-18", "--json", str(path)]
    )
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [(r["value"], r["unit"], r["measure"]) for r in records] == [
        (41, "drone", "intercepted")
    ]
    assert records[0]["sources"] == ["Повітряні сили ЗСУ"]
    assert records[0]["doc"] == str(path)
    assert not (tmp_path / "ledger.db").exists()


def test_extract_reads_standard_input_and_detects_the_language() -> None:
    result = runner.invoke(
        app,
        ["extract", "--json", "-"],
        input="Selon le Washington Post, la Russie veut produire 6 000 drones d'ici 2025.",
    )
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.output)
    assert record["language"] == "fr" and record["value"] == 6000
    assert record["when"]["end"].startswith("2025")


def test_extract_with_a_users_profile(tmp_path: Path) -> None:
    profile = tmp_path / "ports.yaml"
    profile.write_text(
        "measures:\n  ships_docked:\n    units: [ship]\n    dimensions: [count]\n"
        "    triggers: {en: [docked]}\n",
        encoding="utf-8",
    )
    source = tmp_path / "port.txt"
    source.write_text("Twelve ships docked in Odesa last week.", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", "--lang", "en", "--profile", str(profile), "--json", str(source)]
    )
    assert result.exit_code == 0, result.output
    assert [r["measure"] for r in json.loads(result.output)] == ["ships_docked"]


def test_extract_reports_bad_options_in_one_line(tmp_path: Path) -> None:
    source = tmp_path / "t.txt"
    source.write_text("Russia launched 5 drones.", encoding="utf-8")
    bad_date = runner.invoke(app, ["extract", "--published", "yesterday", str(source)])
    assert bad_date.exit_code == 2 and "--published" in bad_date.output
    bad_lang = runner.invoke(app, ["extract", "--lang", "xx", str(source)])
    assert bad_lang.exit_code == 2 and "no language data" in bad_lang.output
    broken = tmp_path / "broken.yaml"
    broken.write_text("measures: 3\n", encoding="utf-8")
    bad_profile = runner.invoke(app, ["extract", "--profile", str(broken), str(source)])
    assert bad_profile.exit_code == 2 and "broken.yaml" in bad_profile.output


def test_claims_of_one_document_by_file_name_prefix_id_or_uri(
    seeds_dir: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "ledger.db")
    ingested = runner.invoke(app, ["--db", db, "ingest", "-q", "--workers", "1", str(seeds_dir)])
    assert ingested.exit_code == 0, ingested.output
    path = str(seeds_dir / "002_c439a4a123958bf1.txt")

    def docs_of(ref: str) -> set[str]:
        result = runner.invoke(app, ["--db", db, "claims", "--doc", ref, "--json"])
        assert result.exit_code == 0, result.output
        return {r["doc"] for r in json.loads(result.output)}

    shown = json.loads(runner.invoke(app, ["--db", db, "show", path, "--json"]).output)
    for ref in (path, "002_c439a4a123958bf1.txt", "002_", "002", shown["id"][:10]):
        assert docs_of(ref) == {path}, ref

    ambiguous = runner.invoke(app, ["--db", db, "claims", "--doc", "00"])
    assert ambiguous.exit_code == 1
    assert (
        "names 5 documents" in ambiguous.output and "001_4884c0e8cb92d681.txt" in ambiguous.output
    )
    unknown = runner.invoke(app, ["--db", db, "claims", "--doc", "999_nothing.txt"])
    assert unknown.exit_code == 1
    assert "no document" in unknown.output and len(unknown.output.strip().splitlines()) <= 2


def test_extract_reads_a_scraped_article_as_ingest_does(seeds_dir: Path) -> None:
    path = str(seeds_dir / "000_417ffefe938d1bfc.txt")
    shown = runner.invoke(app, ["extract", path], env={"COLUMNS": "400"})
    assert shown.exit_code == 0, shown.output
    out = shown.output
    # the outlet opens every chain; the site's menu line is no claim
    assert "rnd → Wall Street Journal → unnamed US officials  [reported]" in out
    assert "HomeDefence" not in out
    # the subject by its watchlist name, with the words written; a whole month as a month
    assert "about Russia (“Kremlin”)" in out
    assert "when 2022-08" in out and "2022-08-01" not in out
    # without a publication date the expression is kept, and said to be unresolved
    assert "when “the first two days of the new year” (unresolved)" in out

    repeated = runner.invoke(
        app, ["extract", "--json", str(seeds_dir / "002_c439a4a123958bf1.txt")]
    )
    records = json.loads(repeated.output)
    assert [r["value"] for r in records].count(6000) == 1  # the body printed twice counts once
    assert all(r["sources"][0] == "i24" for r in records)


def test_a_period_reads_at_the_granularity_it_covers(tmp_path: Path) -> None:
    source = tmp_path / "t.txt"
    source.write_text(
        "Russia launched 40 drones in March 2024. Russia will deliver 300 drones by September "
        "2025. Iran sent 20 drones in 2023.",
        encoding="utf-8",
    )
    out = runner.invoke(app, ["extract", "--lang", "en", str(source)], env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.output
    assert "when 2024-03" in out.output
    assert "when by 2025-09" in out.output
    assert "when 2023" in out.output and "2023-12-31" not in out.output
