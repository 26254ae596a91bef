"""Ingest throughput and memory: >= 10,000 HTML documents into SQLite and PostgreSQL.

Corpus: the real news pages of ``../shared/eval/article-extraction/html/`` (91 in the dev half),
each copied many times with its paragraphs perturbed: every ``<p>`` has an even chance of being
swapped for a paragraph from another page, so the copies are distinct articles (not a pile of
duplicates) that keep real page structure and real boilerplate. Written once to a temporary
folder as ``.html`` files.

Measured in one run, on the same files:
- baseline: trafilatura alone (read the file, decode, ``trafilatura.extract``), in one process and
  in as many processes as the ingest uses;
- claimgraph ingest (read -> clean with trafilatura + htmldate + language -> MinHash dedup ->
  store) into a fresh SQLite file and a fresh PostgreSQL database, each in its own child process
  so its peak memory is its own;
- peak RSS (parent and worker processes) when 10%, 25%, 50% and 100% of the corpus has been
  ingested: flat figures mean memory does not grow with the corpus.

Usage: ``make bench ONLY=throughput`` or
``.venv/bin/python benchmarks/bench_throughput.py [--docs N] [--workers W] [--pg URL | --no-pg]
[--documents-only]``. By default the ingest runs every registered stage (claim extraction
included, as ``claimgraph ingest`` does); ``--documents-only`` runs none, which is the ingest
of the documents ledger alone (read, clean, dedup, store) against the same baseline.
Without ``--pg`` a throwaway PostgreSQL cluster is started on 127.0.0.1 like scripts/test.sh.
Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", REPO.parent / "shared"))
PAGES = SHARED / "eval" / "article-extraction" / "html"

PARAGRAPH = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.IGNORECASE | re.DOTALL)
CHECKPOINTS = (0.10, 0.25, 0.50, 1.00)


# --------------------------------------------------------------------------- corpus


def build_corpus(out: Path, count: int, seed: int = 20240601) -> list[Path]:
    """``count`` perturbed copies of the real pages, as files under ``out``."""
    pages = [
        gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
        for p in sorted(PAGES.glob("*.gz"))
    ]
    pool = [m.group(2) for page in pages for m in PARAGRAPH.finditer(page) if len(m.group(2)) > 60]
    rng = random.Random(seed)
    paths = []
    for k in range(count):
        page = pages[k % len(pages)]

        def swap(m: re.Match[str]) -> str:
            inner = rng.choice(pool) if rng.random() < 0.5 else m.group(2)
            return m.group(1) + inner + m.group(3)

        html = PARAGRAPH.sub(swap, page) + f"\n<!-- copy {k} -->\n"
        path = out / f"{k // 1000:03d}" / f"page-{k:06d}.html"
        path.parent.mkdir(exist_ok=True)
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- baseline


def trafilatura_one(path: str) -> int:
    import trafilatura

    html = Path(path).read_bytes().decode("utf-8", "replace")
    return len(trafilatura.extract(html) or "")


def baseline(paths: list[Path], processes: int) -> float:
    """Seconds for trafilatura alone over ``paths`` with ``processes`` processes."""
    names = [str(p) for p in paths]
    start = time.perf_counter()
    if processes == 1:
        for name in names:
            trafilatura_one(name)
    else:
        with multiprocessing.get_context("spawn").Pool(processes) as pool:
            for _ in pool.imap_unordered(trafilatura_one, names, chunksize=8):
                pass
    return time.perf_counter() - start


# --------------------------------------------------------------------------- memory


def _status(pid: int | str) -> dict[str, int]:
    fields = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM", "PPid"):
                    fields[key] = int(value.split()[0])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return fields


def memory_now() -> dict[str, float]:
    """MiB: this process's RSS and peak, and its child processes' (the workers')."""
    me = os.getpid()
    mine = _status("self")
    workers = [
        s for s in (_status(p) for p in os.listdir("/proc") if p.isdigit()) if s.get("PPid") == me
    ]
    return {
        "rss": mine.get("VmRSS", 0) / 1024,
        "peak": mine.get("VmHWM", 0) / 1024,
        "workers_rss": sum(w.get("VmRSS", 0) for w in workers) / 1024,
        "worker_peak": max((w.get("VmHWM", 0) for w in workers), default=0) / 1024,
    }


# --------------------------------------------------------------------------- ingest (child)


def child(url: str, corpus: str, workers: int, expected: int, documents_only: bool = False) -> None:
    """Ingest ``corpus`` into ``url``; print one JSON line with time, counts and memory."""
    from claimgraph.pipeline import ingest
    from claimgraph.store import Ledger

    marks = sorted({max(1, round(expected * f)) for f in CHECKPOINTS})
    memory: list[dict] = []
    done = 0

    def on_event(_event: object) -> None:
        nonlocal done
        done += 1
        if marks and done >= marks[0]:
            marks.pop(0)
            memory.append({"documents": done, **memory_now()})

    with Ledger.open(url) as ledger:
        start = time.perf_counter()
        stages = () if documents_only else None
        summary = ingest([corpus], ledger, stages=stages, workers=workers, on_event=on_event)
        seconds = time.perf_counter() - start
        stored = ledger.count()
    result = {
        "seconds": seconds,
        "summary": summary.as_dict() | {"failures": summary.failed},
        "steps": summary.seconds,
        "stored": stored,
        "memory": memory,
    }
    print(json.dumps(result))


def run_child(
    url: str, corpus: Path, workers: int, expected: int, documents_only: bool = False
) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            url,
            str(corpus),
            str(workers),
            str(expected),
            "documents" if documents_only else "all",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- PostgreSQL


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def throwaway_postgres() -> Iterator[str | None]:
    """A PostgreSQL cluster on a free loopback port, deleted afterwards (None if unavailable)."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not bins:
        print("PostgreSQL: no server binaries (apt-get install postgresql): skipped")
        yield None
        return
    pgbin = bins[-1].parent
    folder = Path(tempfile.mkdtemp(prefix="claimgraph-bench-pg."))
    as_pg: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(folder, "postgres")
        as_pg = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = folder / "data"
    options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    try:
        init = [*as_pg, pgbin / "initdb", "-D", data, "-U", "claimgraph", "--auth=trust"]
        subprocess.run([*init, "-E", "UTF8", "--locale=C.UTF-8"], check=True, **quiet)
        start = [*as_pg, pgbin / "pg_ctl", "-D", data, "-l", folder / "log", "-w"]
        subprocess.run([*start, "-o", options, "start"], check=True, **quiet)
        createdb = [pgbin / "createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "claimgraph"]
        subprocess.run([*createdb, "bench"], check=True, **quiet)
        yield f"postgresql://claimgraph@127.0.0.1:{port}/bench"
    finally:
        stop = [*as_pg, pgbin / "pg_ctl", "-D", data, "-m", "immediate", "stop"]
        subprocess.run(stop, check=False, **quiet)
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- report


def _report(name: str, result: dict, docs: int, base_seconds: float, base_label: str) -> None:
    if "error" in result:
        print(f"{name}: failed: {result['error']}")
        return
    seconds = result["seconds"]
    s = result["summary"]
    print(
        f"{name}: {docs / seconds:6.1f} docs/s  ({seconds:.0f} s; ingested {s['ingested']}, "
        f"duplicates {s['duplicates']}, unchanged {s['unchanged']}, failed {s['failed']}; "
        f"{result['stored']} stored)"
    )
    print(f"  time / {base_label}: {seconds / base_seconds:.2f}x  (goal <= 1.5x)")
    steps = result.get("steps", {})
    if steps:
        spent = ", ".join(f"{k} {v / docs * 1000:.0f}" for k, v in sorted(steps.items()))
        print(f"  CPU ms per document by step (workers + parent): {spent}")
    print(
        "  peak RSS (MiB) as the corpus grows:  documents  parent-peak  parent-rss  "
        "workers-rss  worker-peak"
    )
    for m in result["memory"]:
        print(
            f"  {m['documents']:>38}  {m['peak']:11.0f}  {m['rss']:10.0f}  "
            f"{m['workers_rss']:11.0f}  {m['worker_peak']:11.0f}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="corpus size (default 10,000)")
    parser.add_argument("--workers", type=int, default=None, help="ingest worker processes")
    parser.add_argument("--pg", default=None, help="PostgreSQL URL (default: a throwaway server)")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument(
        "--baseline-sample",
        type=int,
        default=2_000,
        help="documents timed for the one-process trafilatura rate (default 2,000)",
    )
    parser.add_argument(
        "--documents-only",
        action="store_true",
        help="run no per-document stage (no claim extraction): the documents ledger alone",
    )
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # figures appear as they are measured
    if args.child:
        url, corpus, workers, expected, what = args.child
        child(url, corpus, int(workers), int(expected), documents_only=what == "documents")
        return
    if not PAGES.is_dir():
        print(f"throughput: no pages at {PAGES} (set CLAIMGRAPH_SHARED): nothing measured")
        return
    from claimgraph.pipeline import default_workers

    workers = args.workers or default_workers()
    with tempfile.TemporaryDirectory(prefix="claimgraph-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        start = time.perf_counter()
        paths = build_corpus(corpus, args.docs)
        size = sum(p.stat().st_size for p in paths) / 2**20
        print(
            f"corpus: {len(paths)} HTML documents, {size:.0f} MiB, from {len(list(PAGES.glob('*.gz')))}"
            f" real pages ({time.perf_counter() - start:.0f} s to build); {workers} worker processes;"
            f" {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
        )
        sample = paths[: min(args.baseline_sample, len(paths))]
        one = baseline(sample, 1) / len(sample) * len(paths)
        print(
            f"trafilatura alone, 1 process:  {len(paths) / one:6.1f} docs/s"
            f"  ({one / len(paths) * 1000:.0f} ms per document, timed on {len(sample)} documents)"
        )
        many = baseline(paths, workers) if workers > 1 else one
        print(f"trafilatura alone, {workers} processes: {len(paths) / many:6.1f} docs/s")

        def measure(name: str, url: str) -> None:
            result = run_child(url, corpus, workers, len(paths), args.documents_only)
            _report(name, result, len(paths), one, "trafilatura alone (1 process)")
            if "error" not in result and workers > 1:
                print(
                    f"  time / trafilatura alone ({workers} processes): "
                    f"{result['seconds'] / many:.2f}x"
                )

        measure("SQLite", f"sqlite:///{root / 'ledger.db'}")
        if args.no_pg:
            return
        if args.pg:
            from claimgraph.store.admin import create_database, drop_database

            url = create_database(args.pg)
            try:
                measure("PostgreSQL", url)
            finally:
                drop_database(url)
            return
        with throwaway_postgres() as url:
            if url:
                measure("PostgreSQL", url)


if __name__ == "__main__":
    main()
