"""Ingesting the real sample articles, as a user would, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from claimgraph.pipeline import (
    POOL_THRESHOLD,
    IngestEvent,
    ingest,
    register_stage,
    registered_stages,
    unregister_stage,
)
from claimgraph.records import Document
from claimgraph.store import Ledger
from claimgraph.store.admin import create_database, drop_database


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    if request.param == "sqlite":
        with Ledger.open(f"sqlite:///{tmp_path / 'ledger.db'}") as opened:
            yield opened
        return
    url = create_database(request.getfixturevalue("pg_url"))
    with Ledger.open(url) as opened:
        yield opened
    drop_database(url)


@pytest.fixture
def corpus(seeds_dir: Path, tmp_path: Path) -> Path:
    """A private copy of the five samples (tests add files to it)."""
    target = tmp_path / "corpus"
    shutil.copytree(seeds_dir, target)
    return target


def snapshot(ledger: Ledger) -> list[tuple]:
    with ledger.engine.connect() as conn:
        docs = conn.execute(
            text("SELECT id, uri, text_hash, duplicate_of, ingested_at FROM documents ORDER BY id")
        ).all()
        raws = conn.execute(text("SELECT sha256, size FROM raw_documents ORDER BY sha256")).all()
        fts = conn.execute(text("SELECT doc_id FROM documents_fts ORDER BY doc_id")).all()
    return [tuple(r) for r in docs + raws + fts]


def test_the_samples_are_ingested_once_and_rereading_changes_nothing(
    ledger: Ledger, corpus: Path, gold_docs: dict
) -> None:
    first = ingest([str(corpus)], ledger, stages=[])
    assert (first.ingested, first.duplicates, first.unchanged, first.failed) == (5, 0, 0, 0)

    stored = {Path(d.uri).name: d for d in ledger.iter_documents()}
    assert set(stored) == set(gold_docs)
    for name, gold in gold_docs.items():
        doc = stored[name]
        assert doc.language == gold["language"], name
        assert ledger.raw(doc.id).content == (corpus / name).read_bytes()
        assert gold["body_first_words"] in doc.body_text, name
        if gold.get("page_date_not_publication_date"):
            assert doc.published.value != gold["page_date_not_publication_date"], name

    before = snapshot(ledger)
    again = ingest([str(corpus)], ledger, stages=[])
    assert (again.ingested, again.duplicates, again.unchanged, again.failed) == (0, 0, 5, 0)
    assert snapshot(ledger) == before


def test_a_copy_of_an_article_is_linked_to_the_first_not_counted_again(
    ledger: Ledger, corpus: Path
) -> None:
    ingest([str(corpus)], ledger, stages=[])
    original = ledger.get(str(corpus / "003_07bfecfded68885e.txt"))
    source = (corpus / "003_07bfecfded68885e.txt").read_text(encoding="utf-8")

    edited = corpus / "rescraped" / "west-warns-copy.txt"
    edited.parent.mkdir()
    edited.write_text(source.replace("The West has warned", "The West warned"), encoding="utf-8")
    (corpus / "rescraped" / "same-bytes-new-name.txt").write_bytes(source.encode("utf-8"))

    events: list[IngestEvent] = []
    summary = ingest([str(corpus)], ledger, stages=[], on_event=events.append)
    assert (summary.ingested, summary.duplicates, summary.unchanged) == (0, 1, 6)
    copy = ledger.get(str(edited))
    assert copy.duplicate_of == original.id
    assert 0.7 < copy.duplicate_similarity < 1.0
    assert [e.detail for e in events if e.kind == "duplicate"] == [original.id]


def test_a_copy_of_a_copy_is_linked_to_the_original(ledger: Ledger, corpus: Path) -> None:
    name = "001_4884c0e8cb92d681.txt"
    source = (corpus / name).read_text(encoding="utf-8")
    ingest([str(corpus / name)], ledger, stages=[])
    one = corpus / "one.txt"
    one.write_text(source + "\nUpdated at 10:00.\n", encoding="utf-8")
    ingest([str(one)], ledger, stages=[])
    two = corpus / "two.txt"
    two.write_text(source + "\nUpdated at 10:00.\nUpdated again at 12:00.\n", encoding="utf-8")
    ingest([str(two)], ledger, stages=[])
    first = ledger.get(str(corpus / name)).id
    assert ledger.get(str(one)).duplicate_of == first
    assert ledger.get(str(two)).duplicate_of == first


def test_bad_files_fail_with_a_reason_and_the_run_goes_on(ledger: Ledger, corpus: Path) -> None:
    ingest([str(corpus)], ledger, stages=[])
    bad = corpus / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (bad / "fine.txt").write_text(
        "Drone report\n\nThe air force said 40 drones were shot down overnight.\n", encoding="utf-8"
    )
    summary = ingest([str(corpus)], ledger, stages=[])
    assert (summary.ingested, summary.unchanged) == (1, 5)
    reasons = {Path(f.uri).name: f.reason for f in summary.failures}
    assert set(reasons) == {"empty.txt", "picture.png"}
    assert all(reason and "\n" not in reason for reason in reasons.values())
    assert ledger.count() == 6


# --------------------------------------------------------------------------- stages
# Stage functions live at module level: the pool sends them to workers by reference.


def count_words(doc: Document) -> int:
    return len(doc.body_text.split())


def write_word_count(tx, doc: Document, words: int) -> None:
    # Stands in for a later stage's rows: the document row is already there, in this transaction.
    updated = tx.execute(
        text("UPDATE documents SET byline = :b WHERE id = :i"), {"b": f"{words} words", "i": doc.id}
    )
    assert updated.rowcount == 1


def explode(doc: Document) -> None:
    raise ValueError(f"cannot handle {len(doc.text)} characters\nsecond line")


def test_a_stage_writes_inside_the_document_transaction(ledger: Ledger, corpus: Path) -> None:
    stage = register_stage("word-count", count_words, write_word_count)
    try:
        assert stage in registered_stages()
        summary = ingest([str(corpus)], ledger, stages=[stage])
    finally:
        unregister_stage("word-count")
    assert summary.ingested == 5
    for doc in ledger.iter_documents():
        assert doc.byline == f"{len(doc.body_text.split())} words"


def test_a_failing_stage_fails_its_document_which_the_next_run_retries(
    ledger: Ledger, corpus: Path
) -> None:
    from claimgraph.pipeline import Stage

    broken = ingest([str(corpus)], ledger, stages=[Stage("explode", explode)])
    assert broken.failed == 5 and broken.ingested == 0
    assert all(
        f.reason.startswith("stage explode: ValueError: cannot handle") for f in broken.failures
    )
    assert all("\n" not in f.reason for f in broken.failures)
    assert ledger.count() == 0

    fixed = ingest(
        [str(corpus)], ledger, stages=[Stage("word-count", count_words, write_word_count)]
    )
    assert (fixed.ingested, fixed.unchanged) == (5, 0)


def test_a_stage_whose_rows_the_database_refuses_leaves_no_half_document(
    ledger: Ledger, corpus: Path
) -> None:
    from claimgraph.pipeline import Stage

    def rows_for_a_missing_column(doc: Document) -> dict:
        # the document's own raw row again: the database refuses the duplicate key
        return {"raw_documents": [{"sha256": doc.id}]}

    summary = ingest(
        [str(corpus / "004_f5a9a532205b37f8.txt")],
        ledger,
        stages=[Stage("bad-rows", rows_for_a_missing_column)],
    )
    assert summary.failed == 1
    assert ledger.count() == 0
    assert snapshot(ledger) == []


# --------------------------------------------------------------------------- many documents


def many_articles(seeds_dir: Path, folder: Path, count: int) -> list[Path]:
    """``count`` distinct articles: sample paragraphs recombined, each with its own dispatch."""
    paragraphs = []
    for path in sorted(seeds_dir.iterdir()):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if len(p) > 120]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        chosen = [paragraphs[(i * 7 + k * 13) % len(paragraphs)] for k in range(6)]
        dispatch = (
            f"Dispatch {i}: the regional administration reported {i % 17 + 2} drones over "
            f"district {i} on day {i % 28 + 1}, and {i % 5} were shot down."
        )
        path = folder / f"article-{i:04d}.txt"
        path.write_text(f"Report number {i}\n\n{dispatch}\n\n" + "\n\n".join(chosen), "utf-8")
        paths.append(path)
    return paths


def test_many_documents_go_through_the_worker_pool_in_order(
    ledger: Ledger, seeds_dir: Path, tmp_path: Path
) -> None:
    count = POOL_THRESHOLD + 16
    paths = many_articles(seeds_dir, tmp_path / "many", count)
    events: list[IngestEvent] = []
    summary = ingest(
        [str(tmp_path / "many")],
        ledger,
        stages=[_word_count_stage()],
        workers=2,
        on_event=events.append,
    )
    assert summary.failed == 0
    assert summary.ingested + summary.duplicates == count
    # results are written in the order the files were read, pool or not
    assert [e.uri for e in events] == [str(p) for p in paths]
    assert [Path(d.uri).name for d in ledger.iter_documents()] == [p.name for p in paths]
    # the stage ran (in the workers) for every document
    assert all(d.byline and d.byline.endswith(" words") for d in ledger.iter_documents())
    assert json.dumps(summary.as_dict())  # the summary is plain data


def _word_count_stage():
    from claimgraph.pipeline import Stage

    return Stage("word-count", count_words, write_word_count)


def test_a_ledger_inside_the_folder_being_ingested_is_not_read_as_an_article(
    corpus: Path,
) -> None:
    with Ledger.open(str(corpus / "ledger.db")) as ledger:
        first = ingest([str(corpus)], ledger, stages=[])
        again = ingest([str(corpus)], ledger, stages=[])
    assert (first.ingested, first.failed) == (5, 0)
    assert (again.unchanged, again.failed) == (5, 0)


def die_on_article_0030(doc: Document) -> int:
    import multiprocessing
    import signal

    if "Report number 30\n" in doc.text and multiprocessing.parent_process() is not None:
        os.kill(os.getpid(), signal.SIGKILL)  # a worker killed outright (e.g. out of memory)
    return count_words(doc)


def test_a_worker_that_dies_fails_the_documents_in_flight_and_the_run_goes_on(
    seeds_dir: Path, tmp_path: Path
) -> None:
    from claimgraph.pipeline import Stage

    count = POOL_THRESHOLD + 24
    many_articles(seeds_dir, tmp_path / "many", count)
    with Ledger.open(str(tmp_path / "ledger.db")) as ledger:
        summary = ingest(
            [str(tmp_path / "many")],
            ledger,
            stages=[Stage("killer", die_on_article_0030, write_word_count)],
            workers=2,
        )
        assert 1 <= summary.failed < count - POOL_THRESHOLD
        assert "article-0030.txt" in {Path(f.uri).name for f in summary.failures}
        assert all("worker process died" in f.reason for f in summary.failures)
        assert summary.ingested + summary.duplicates + summary.failed == count
        # the documents after the crash went through the new pool
        assert ledger.get(str(tmp_path / "many" / f"article-{count - 1:04d}.txt"))

        retry = ingest([str(tmp_path / "many")], ledger, stages=[_word_count_stage()], workers=2)
        assert retry.unchanged == count - summary.failed
        assert retry.ingested + retry.duplicates == summary.failed
        assert ledger.count() == count
