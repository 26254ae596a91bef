"""Ingest: read -> skip unchanged -> clean -> per-document stages -> dedup -> store.

    summary = ingest(["articles/"], ledger)
    summary.ingested, summary.unchanged, summary.duplicates, summary.failures

This is the *local engine* of DESIGN.md: sources are read as a stream; cleaning and the
registered stages run in a process pool once a run has more than a handful of documents; the
parent process keeps the order, decides duplicates and writes each document with everything its
stages produced in ONE transaction. At most ``workers * IN_FLIGHT_PER_WORKER`` documents are in
flight at any moment, so memory stays flat however large the input.

Stages
------
A stage is what a later part of claimgraph (claim extraction) adds to ingest::

    def extract(doc: Document) -> dict[str, list[dict]]:      # runs in a worker process
        return {"claims": [...rows...]}

    register_stage("claims", extract)                            # rows go into metadata.tables

``run(doc)`` must be a module-level function (it is sent to worker processes by reference) and
return something picklable. By default the result maps table names (tables on
``claimgraph.store.metadata.metadata``) to rows, which are inserted; pass ``write(tx, doc,
result)`` to write it yourself. Either way it happens on the document's transaction: a document
is stored with all its stage rows or not at all, and a failing stage fails the document (it is
not stored, so the next run tries it again).

A module registers its stage when imported. ``registered_stages()`` imports the built-in stage
modules (``BUILTIN_STAGE_MODULES``) and any named under the ``claimgraph.stages`` entry-point group,
so the command line and the Python API run the same stages.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Literal, NamedTuple

from sqlalchemy import Connection, insert
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from claimgraph.clean import clean_document
from claimgraph.dedup import DuplicateIndex, minhash_signature
from claimgraph.readers import read_sources
from claimgraph.records import Document, RawDocument, ReadFailure
from claimgraph.store import Ledger, LedgerError
from claimgraph.store.metadata import metadata

# A pool pays for itself only past a few documents (each worker imports the cleaning stack).
POOL_THRESHOLD = 24
IN_FLIGHT_PER_WORKER = 4

# --------------------------------------------------------------------------- stages

StageRun = Callable[[Document], Any]
StageWrite = Callable[[Connection, Document, Any], None]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: StageRun
    write: StageWrite | None = None

    def store(self, tx: Connection, doc: Document, result: Any) -> None:
        if self.write is not None:
            self.write(tx, doc, result)
            return
        if not result:
            return
        if not isinstance(result, Mapping):
            raise TypeError(f"stage {self.name!r} returned {type(result).__name__}, not table rows")
        for table_name, rows in result.items():
            if rows:
                tx.execute(insert(metadata.tables[table_name]), list(rows))


# Modules that register claimgraph's own stages when imported (claim extraction).
BUILTIN_STAGE_MODULES = ("claimgraph.store.claims",)

_STAGES: dict[str, Stage] = {}
_STAGE_MODULES_LOADED = False


def register_stage(name: str, run: StageRun, write: StageWrite | None = None) -> Stage:
    """Add (or replace) the per-document stage ``name``; stages run in registration order."""
    stage = Stage(name, run, write)
    _STAGES[name] = stage
    return stage


def unregister_stage(name: str) -> None:
    _STAGES.pop(name, None)


def registered_stages() -> list[Stage]:
    """The stages ``ingest`` runs by default (stage modules imported on first call)."""
    global _STAGE_MODULES_LOADED
    if not _STAGE_MODULES_LOADED:
        _STAGE_MODULES_LOADED = True
        for module in BUILTIN_STAGE_MODULES:
            import_module(module)
        for ep in entry_points(group="claimgraph.stages"):
            ep.load()
    return list(_STAGES.values())


# --------------------------------------------------------------------------- worker side


@dataclass(slots=True)
class Processed:
    """What a worker made of one raw document, and the CPU seconds each step took."""

    doc: Document
    signature: bytes
    results: list[Any]
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Failed:
    reason: str


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    message = lines[0] if lines else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def process_raw(raw: RawDocument, stages: tuple[Stage, ...]) -> Processed | Failed:
    """Clean one raw document and run the stages on it (a worker's whole job; no database)."""
    seconds: dict[str, float] = {}
    clock = time.process_time()
    try:
        doc = clean_document(raw)
    except Exception as exc:  # one bad document must not stop the run
        return Failed(f"cannot clean: {_one_line(exc)}")
    clock = _lap(seconds, "clean", clock)
    signature = minhash_signature(doc.body_text)
    clock = _lap(seconds, "minhash", clock)
    results = []
    for stage in stages:
        try:
            results.append(stage.run(doc))
        except Exception as exc:
            return Failed(f"stage {stage.name}: {_one_line(exc)}")
        clock = _lap(seconds, f"stage:{stage.name}", clock)
    return Processed(doc, signature, results, seconds)


def _lap(seconds: dict[str, float], step: str, since: float) -> float:
    now = time.process_time()
    seconds[step] = seconds.get(step, 0.0) + now - since
    return now


# --------------------------------------------------------------------------- parent side

EventKind = Literal["ingested", "duplicate", "unchanged", "failed"]


class IngestEvent(NamedTuple):
    kind: EventKind
    uri: str
    doc_id: str | None = None
    detail: str | None = None  # the failure reason, or the id a duplicate is linked to


@dataclass(slots=True)
class IngestSummary:
    """Counts are disjoint: every document read is in exactly one of them."""

    ingested: int = 0
    duplicates: int = 0
    unchanged: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    # CPU seconds per step over the run (clean, minhash, stage:NAME in workers; store in parent)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def total(self) -> int:
        return self.ingested + self.duplicates + self.unchanged + self.failed

    def as_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "failures": [{"uri": f.uri, "reason": f.reason} for f in self.failures],
        }


class LedgerWriter:
    """The parent's side: duplicate decisions and one transaction per document.

    The duplicate index is rebuilt from the ledger, so duplicates are found across runs; a copy
    is linked to the *first* document of its family, never to another copy.
    """

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.index = DuplicateIndex()
        self.root_of: dict[str, str] = {}
        for row in ledger.dedup_rows():
            if row.minhash is not None:
                self.index.add(row.doc_id, row.text_hash, row.minhash)
            if row.duplicate_of:
                self.root_of[row.doc_id] = row.duplicate_of

    def write(self, raw: RawDocument, done: Processed, stages: tuple[Stage, ...]) -> IngestEvent:
        doc = done.doc
        match = self.index.find(doc.text_hash, done.signature)
        if match is not None and match.doc_id != doc.id:
            doc.duplicate_of = self.root_of.get(match.doc_id, match.doc_id)
            doc.duplicate_similarity = float(match.similarity)
        try:
            with self.ledger.document_transaction() as tx:
                self.ledger.add_document(tx, doc, raw, done.signature)
                for stage, result in zip(stages, done.results, strict=True):
                    stage.store(tx, doc, result)
        except IntegrityError:
            if self.ledger.has_document(doc.id):  # another process stored it meanwhile
                return IngestEvent("unchanged", raw.uri, doc.id)
            raise
        except OperationalError as exc:
            raise LedgerError(f"cannot write to {self.ledger.url}: {_one_line(exc.orig)}") from None
        self.index.add(doc.id, doc.text_hash, done.signature)
        if doc.duplicate_of:
            self.root_of[doc.id] = doc.duplicate_of
            return IngestEvent("duplicate", raw.uri, doc.id, doc.duplicate_of)
        return IngestEvent("ingested", raw.uri, doc.id)


class _Inline:
    """Runs work in this process; stands in for a pool on small runs."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ingest(
    paths: Iterable[str],
    ledger: Ledger,
    *,
    stages: Iterable[Stage] | None = None,
    workers: int | None = None,
    on_event: Callable[[IngestEvent], None] | None = None,
) -> IngestSummary:
    """Read ``paths`` into ``ledger``; returns the counts and every failure with its reason.

    ``stages`` defaults to ``registered_stages()``; ``workers`` to the CPUs available (1 means
    everything in this process). Raises ``LedgerError`` if the database itself fails.
    """
    stage_list = tuple(registered_stages() if stages is None else stages)
    workers = default_workers() if workers is None else max(1, workers)
    summary = IngestSummary()
    writer = LedgerWriter(ledger)
    known = ledger.known_raw_hashes()

    def record(event: IngestEvent) -> None:
        if event.kind == "failed":
            summary.failures.append(ReadFailure(event.uri, event.detail or "failed"))
        elif event.kind == "unchanged":
            summary.unchanged += 1
        elif event.kind == "duplicate":
            summary.duplicates += 1
        else:
            summary.ingested += 1
        if on_event is not None:
            on_event(event)

    executor: ProcessPoolExecutor | _Inline = _Inline()
    in_flight: deque[tuple[RawDocument, Future, object]] = deque()
    limit = 1
    submitted = 0

    def finish_oldest() -> None:
        nonlocal executor
        raw, future, ran_on = in_flight.popleft()
        try:
            outcome = future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory). Which document did it cannot be known: every
            # document in flight on that pool fails (and is retried by the next run); the run
            # goes on with a new pool.
            outcome = Failed("a worker process died while this document was in flight")
            if ran_on is executor:
                executor.shutdown(wait=False, cancel_futures=True)
                executor = _start_pool(workers)
        if isinstance(outcome, Failed):
            record(IngestEvent("failed", raw.uri, raw.sha256, outcome.reason))
            return
        for step, spent in outcome.seconds.items():
            summary.seconds[step] = summary.seconds.get(step, 0.0) + spent
        clock = time.process_time()
        try:
            record(writer.write(raw, outcome, stage_list))
            _lap(summary.seconds, "store", clock)
        except LedgerError:
            raise
        except (DBAPIError, TypeError, KeyError, ValueError) as exc:
            # A stage's rows that the database refuses fail this document only.
            record(IngestEvent("failed", raw.uri, raw.sha256, f"cannot store: {_one_line(exc)}"))

    def submit(raw: RawDocument) -> Future:
        nonlocal executor
        try:
            return executor.submit(process_raw, raw, stage_list)
        except BrokenProcessPool:
            # A worker died before its result was collected: the documents in flight on the old
            # pool fail when collected (finish_oldest); this one goes to a new pool.
            executor.shutdown(wait=False, cancel_futures=True)
            executor = _start_pool(workers)
            return executor.submit(process_raw, raw, stage_list)

    try:
        ledger_files = ledger.own_files()
        for item in _timed(_read(paths), summary.seconds, "read"):
            if ledger_files and _is_one_of(item.uri, ledger_files):
                continue  # the ledger itself, inside a folder being ingested
            if isinstance(item, ReadFailure):
                record(IngestEvent("failed", item.uri, None, item.reason))
                continue
            if item.sha256 in known:
                record(IngestEvent("unchanged", item.uri, item.sha256))
                continue
            known.add(item.sha256)
            submitted += 1
            if submitted == POOL_THRESHOLD and workers > 1:
                executor = _start_pool(workers)
                limit = workers * IN_FLIGHT_PER_WORKER
            in_flight.append((item, submit(item), executor))
            while len(in_flight) >= limit:
                finish_oldest()
        while in_flight:
            finish_oldest()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return summary


def _read(paths: Iterable[str]) -> Iterator[RawDocument | ReadFailure]:
    yield from read_sources(list(paths))


def _is_one_of(uri: str, files: set[Path]) -> bool:
    try:
        return Path(uri).resolve() in files
    except (OSError, ValueError):
        return False


def _timed(items: Iterator[Any], seconds: dict[str, float], step: str) -> Iterator[Any]:
    """``items``, adding the CPU time spent producing each one to ``seconds[step]``."""
    while True:
        clock = time.process_time()
        try:
            item = next(items)
        except StopIteration:
            return
        _lap(seconds, step, clock)
        yield item


def _start_pool(workers: int) -> ProcessPoolExecutor:
    # "spawn": the parent holds database connections and (in the CLI) a progress-bar thread,
    # neither of which may be inherited by a fork.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
