"""Hostile input: CPU time per MB of the whole claim assembler and of each extractor alone.

For each hostile input (below) at 0.25 MB and 1 MB, runs ``extract_claims_from_text`` (the whole
assembler, as ``claimgraph extract`` does) and each extractor alone (sentences, quantities,
dates, attribution, denials, entities, measure triggers) and prints CPU seconds per MB at both
sizes and their ratio ``1 MB time / 0.25 MB time``: linear work gives about 4, quadratic about
16. CPU time (``time.process_time`` in a forked child), not wall time: the machine is shared.

Each measurement runs in its own forked child with a CPU limit (``HOSTILE_CPU_LIMIT`` seconds,
default 300), so a super-linear path shows as ``>300`` instead of hanging the run.

Then one 15 MB plain-text file (the sample articles, each copy with its own numbers so the
cleaner's repeat and duplicate detection keeps it) goes through the real command line,
``claimgraph --db <tmp> ingest <file> --json``; prints its wall time, the child's CPU time and
peak RSS (``os.wait4`` rusage of that child alone).

Options (environment): ``HOSTILE_SIZES`` (MB, comma-separated, default ``0.25,1``),
``HOSTILE_ONLY`` (substring of an input name; ``ingest`` for the ingest alone),
``HOSTILE_INGEST_MB`` (default 15, 0 skips it).
Prints figures and never asserts.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from claimgraph.extract.attribution import find_attributions, find_denials_and_retractions
from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs
from claimgraph.extract.entities import extract_mentions
from claimgraph.extract.measures import MeasureFinder
from claimgraph.extract.profile import default_profile
from claimgraph.extract.quantities import extract_quantities
from claimgraph.extract.sentences import split_sentences

MB = 1_000_000
REPO = Path(__file__).resolve().parents[1]
QUOTE_STYLES = {
    "“”": ("“", "”"),
    "«»": ("«", "»"),
    "„“": ("„", "“"),
    "‹›": ("‹", "›"),
    '""': ('"', '"'),
    "''": ("'", "'"),
}
NESTING = 5_000
# Loads what every extractor loads lazily (language data, the gazetteer on a first unknown
# capitalised name) before the clock starts.
WARM_UP = " Officials in Kharkiv and Berlin said 5 drones were launched on Monday. "


def shared_dir() -> Path:
    return Path(os.environ.get("CLAIMGRAPH_SHARED") or REPO.parent / "shared")


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seed_text() -> str | None:
    seeds = shared_dir() / "corpus" / "seeds"
    files = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    if not files:
        return None
    return "\n\n".join(f.read_text(encoding="utf-8") for f in files)


def _nested(open_q: str, close_q: str, size: int) -> str:
    block = open_q * NESTING + " the ministry said 6,000 drones were launched " + close_q * NESTING
    return _fill(block + " ", size)


def _unbalanced(size: int) -> str:
    opens = "“«„‹\"'"
    block = "".join(opens[i % len(opens)] + "he said " for i in range(NESTING))
    return _fill(block, size)


def hostile_inputs() -> dict[str, tuple[str, Callable[[int], str]]]:
    """name -> (language, text of a given size in characters)."""
    inputs: dict[str, tuple[str, Callable[[int], str]]] = {
        "line without punctuation": (
            "en",
            lambda n: _fill(
                "drones launched up to 6000 Shahed Iran said according to Reuters Odesa "
                "the air force shot down 37 of 43 in May 2024 ",
                n,
            ),
        ),
        "digits in a row": ("en", lambda n: "7" * n),
        "100,000 digits, spaced": ("en", lambda n: _fill("7" * 100_000 + " drones ", n)),
    }
    for style, (open_q, close_q) in QUOTE_STYLES.items():
        inputs[f"{NESTING} nested {style}"] = (
            "en",
            lambda n, o=open_q, c=close_q: _nested(o, c, n),
        )
    inputs[f"{NESTING} unbalanced quotes"] = ("en", _unbalanced)
    inputs["mixed scripts"] = (
        "uk",
        lambda n: _fill(
            "Шахед-136 drones 中国 无人机 6000 طائرة مسيرة Повітряні сили заявили збили 37 "
            "Iran said «Ми» 43 ",
            n,
        ),
    )
    inputs[", he said repeated"] = ("en", lambda n: _fill(", he said", n))
    article = _seed_text()
    if article is not None:
        inputs["real article repeated"] = ("en", lambda n, a=article: _fill(a + "\n\n", n))
    return inputs


def _extractors(lang: str) -> dict[str, Callable[[str], Any]]:
    finder = MeasureFinder(default_profile(), lang)
    return {
        "claims (assembler)": lambda t: extract_claims_from_text(t, lang, "2024-05-21"),
        "sentences": lambda t: split_sentences(t, lang),
        "quantities": lambda t: extract_quantities(t, lang),
        "dates": lambda t: extract_time_refs(t, lang, None),
        "attribution": lambda t: find_attributions(t, lang),
        "denials": lambda t: find_denials_and_retractions(t, lang),
        "entities": lambda t: extract_mentions(t, lang, default_profile()),
        "measure triggers": lambda t: finder.triggers(t).matches,
    }


def _measure_child(conn: Any, make: Callable[[int], str], size: int, lang: str, name: str) -> None:
    limit = int(os.environ.get("HOSTILE_CPU_LIMIT", "300"))
    resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 5))
    text = make(size)
    extract = _extractors(lang)[name]
    extract(make(2_000) + WARM_UP)
    t0 = time.process_time()
    extract(text)
    conn.send(time.process_time() - t0)
    conn.close()


def cpu_seconds(make: Callable[[int], str], size: int, lang: str, name: str) -> float | None:
    """CPU seconds of one extractor on one input, or None when the child hit the CPU limit."""
    ctx = get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_measure_child, args=(child, make, size, lang, name))
    proc.start()
    child.close()
    try:
        result: float | None = parent.recv()
    except EOFError:
        result = None
    proc.join()
    if proc.exitcode not in (0, None) and proc.exitcode != -signal.SIGXCPU:
        print(f"    ({name}: child exited with {proc.exitcode})")
    return result


def scaling(sizes: list[float], only: str | None) -> None:
    limit = os.environ.get("HOSTILE_CPU_LIMIT", "300")
    head = "".join(f"{f'{s:g} MB':>10}" for s in sizes)
    print(f"CPU seconds per MB (ratio = time at {sizes[-1]:g} MB / time at {sizes[0]:g} MB;")
    print(f"linear = {sizes[-1] / sizes[0]:g}; >{limit} = hit the CPU limit)")
    for input_name, (lang, make) in hostile_inputs().items():
        if only and only not in input_name:
            continue
        print(f"\n{input_name} [{lang}]")
        print(f"  {'':22}{head}{'ratio':>8}")
        for name in _extractors(lang):
            secs = [cpu_seconds(make, int(s * MB), lang, name) for s in sizes]
            cells = "".join(
                f"{f'>{limit}':>10}" if t is None else f"{t / s:10.2f}"
                for t, s in zip(secs, sizes, strict=True)
            )
            ratio = (
                f"{secs[-1] / secs[0]:8.1f}"
                if None not in secs and secs[0] and secs[0] > 0.005  # type: ignore[operator]
                else f"{'-':>8}"
            )
            print(f"  {name:22}{cells}{ratio}", flush=True)


def _ingest_file(path: Path, megabytes: float) -> int:
    """Write ``megabytes`` of plain text from the sample articles: each copy's paragraphs have
    their sentences in another order and end with the copy's number, so the cleaner's repeat
    remover keeps them (a file of identical copies would be one article and its repeats)."""
    article = _seed_text() or "The air force said it shot down 37 of 43 Shahed drones overnight."
    paragraphs = [p for p in article.split("\n") if p.strip()]
    rng = random.Random(15)
    target = int(megabytes * MB)
    written = 0
    copy = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            copy += 1
            lines = []
            for p in paragraphs:
                sentences = re.split(r"(?<=[.!?]) ", p)
                rng.shuffle(sentences)
                lines.append(" ".join(sentences).replace("6,000", f"{6_000 + copy:,}"))
                lines[-1] += f" (Copy {copy}.)"  # every line its own: none is a repeat
            chunk = "\n\n".join(lines) + "\n\n"
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
    return written


def ingest_through_cli(megabytes: float) -> None:
    exe = REPO / ".venv" / "bin" / "claimgraph"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "claimgraph"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hostile-15mb.txt"
        size = _ingest_file(path, megabytes)
        db = Path(tmp) / "ledger.db"
        cmd = [*command, "--db", str(db), "ingest", str(path), "--json", "--workers", "1"]
        print(f"\ningest through the CLI: {' '.join(cmd[1:])} ({size / MB:.1f} MB file)")
        out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"
        started = time.perf_counter()
        with out_path.open("wb") as out, err_path.open("wb") as err:
            proc = subprocess.Popen(cmd, stdout=out, stderr=err)
            # wait4 reaps this child alone and returns its own rusage (peak RSS of the CLI)
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        print(f"  exit status      {proc.returncode}")
        print(f"  wall time        {wall:.1f} s")
        print(f"  CPU time         {usage.ru_utime + usage.ru_stime:.1f} s")
        print(f"  peak RSS         {usage.ru_maxrss / 1024:.0f} MB")
        out_text = out_path.read_text(errors="replace")
        try:
            summary = json.loads(out_text.strip().splitlines()[-1])
            print(f"  summary          {summary}")
        except (ValueError, IndexError):
            print(f"  stderr           {err_path.read_text(errors='replace').strip()[-400:]}")
            return
        with closing(sqlite3.connect(db)) as con:
            text_chars, body = con.execute("SELECT length(text), body FROM documents").fetchone()
            (claims,) = con.execute("SELECT count(*) FROM claims").fetchone()
        body_chars = sum(end - start for start, end in json.loads(body))
        print(f"  stored           {text_chars:,} characters, {body_chars:,} in the body")
        print(f"  claims           {claims:,}")


def main() -> None:
    sizes = [float(s) for s in os.environ.get("HOSTILE_SIZES", "0.25,1").split(",")]
    only = os.environ.get("HOSTILE_ONLY") or None
    if only != "ingest":
        scaling(sizes, only)
    ingest_mb = float(os.environ.get("HOSTILE_INGEST_MB", "15"))
    if ingest_mb > 0:
        ingest_through_cli(ingest_mb)


if __name__ == "__main__":
    main()
