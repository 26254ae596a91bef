"""Reconciliation at scale: time and peak memory for 10^4, 10^5 and 10^6 claims.

The claims are built by varying real extracted claims: the five sample articles
(``<shared>/corpus/seeds``, ``<shared>`` = ``<repo>/../shared`` or ``$CLAIMGRAPH_SHARED``) are read,
cleaned and run through ``extract_claims``; each synthetic claim copies one of them and varies
(deterministically, seeded):
- its document: about 8 claims per document; documents get an outlet from a pool of 500, a
  publication date over three years (a tenth undated), and 5 % are re-scraped copies of an
  earlier document (``duplicate_of``) carrying the same claims;
- its subject: the template's subject plus one of N/50 variants, so blocks keep a realistic size;
- its value: mostly as extracted, sometimes rounded (x1.01), sometimes different (x0.8, x1.5, x2),
  which makes groups, echoes and conflicts;
- its period: a third of the undated ones get a month in 2022-2025;
- its chain: the document's outlet first, then the template's tellers, the innermost replaced by
  one of 2,000 tellers half of the time;
- its modality: 2 % become denials (no figure, the template's sentence as proposition).
Each size runs in a fresh process, so the peak resident memory is that size's alone; the time is
``reconcile()`` only (building the claims is not timed), as wall-clock and CPU seconds (the CPU
time is the fairer figure on a shared machine). Prints figures, never asserts.
Sizes can be changed with ``BENCH_RECONCILE_SIZES=10000,100000``.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
CLAIMS_PER_DOC = 8
OUTLETS = 500
TELLERS = 2_000
SEED = 20240601


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared"
    return Path(os.environ.get("CLAIMGRAPH_SHARED", default))


def template_claims(seeds: Path) -> list:
    from claimgraph.clean.document import clean_document
    from claimgraph.extract.claims import extract_claims
    from claimgraph.readers import read_sources
    from claimgraph.records import RawDocument

    claims = []
    for raw in read_sources([str(seeds)]):
        if isinstance(raw, RawDocument):
            claims.extend(extract_claims(clean_document(raw)))
    return claims


def _status_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, from /proc (ru_maxrss would include the
    parent's memory, inherited across fork)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def build(n: int, templates: list) -> tuple[list, list]:
    from claimgraph.reconcile import DocInfo
    from claimgraph.records import Source, TimeRef

    rng = random.Random(SEED + n)
    outlets = [f"outlet-{i}" for i in range(OUTLETS)]
    tellers = [Source(f"teller-{i}", "person" if i % 3 else "government") for i in range(TELLERS)]
    n_subjects = max(10, n // 50)
    start = date(2022, 1, 1)
    docs: list = []
    claims: list = []
    doc_claims: dict[str, list] = {}
    i = 0
    while i < n:
        doc_id = f"{len(docs):064x}"
        if docs and rng.random() < 0.05:  # a re-scraped copy of an earlier document
            original = docs[rng.randrange(len(docs))]
            docs.append(dataclasses.replace(original, id=doc_id, uri=f"doc-{len(docs)}",
                                            ingest_order=len(docs), duplicate_of=original.id))  # fmt: skip
            copied = doc_claims[doc_id] = []
            for c in doc_claims[original.id][: n - i]:
                copied.append(dataclasses.replace(c, doc_id=doc_id, id=f"c{i}"))
                i += 1
            claims.extend(copied)
            continue
        published = (
            None if rng.random() < 0.1 else (start + timedelta(rng.randrange(1100))).isoformat()
        )
        outlet = rng.choice(outlets)
        docs.append(DocInfo(id=doc_id, uri=f"doc-{len(docs)}", outlet=outlet, published=published,
                            ingest_order=len(docs), language=rng.choice(("en", "fr", "de", "es", "ru", "uk"))))  # fmt: skip
        mine = doc_claims[doc_id] = []
        for _ in range(min(CLAIMS_PER_DOC, n - i)):
            t = rng.choice(templates)
            q = t.quantity
            if q is not None and q.value is not None:
                q = dataclasses.replace(
                    q, value=q.value * rng.choice((1, 1, 1, 1, 1.01, 0.8, 1.5, 2))
                )
            when = t.when
            if when is None and rng.random() < 0.33:
                month = f"{rng.randrange(2022, 2026)}-{rng.randrange(1, 13):02d}"
                when = TimeRef(t.evidence, month, month, month)
            chain = [Source(outlet), *t.sources[1:]]
            if len(chain) > 1 and rng.random() < 0.5:
                chain[-1] = rng.choice(tellers)
            modality, proposition = t.modality, t.proposition
            if rng.random() < 0.02:  # a denial of what the template says
                q, modality, proposition = None, "denied", t.evidence_text
            c = dataclasses.replace(
                t, doc_id=doc_id, doc_uri=f"doc-{len(docs) - 1}", id=f"c{i}", quantity=q,
                when=when, sources=chain, modality=modality, proposition=proposition,
                subject=f"{t.subject or 'none'}-{rng.randrange(n_subjects)}",
            )  # fmt: skip
            mine.append(c)
            claims.append(c)
            i += 1
    return claims, docs


def run_one(n: int, templates_file: Path) -> dict:
    from claimgraph.reconcile import reconcile

    templates = pickle.loads(templates_file.read_bytes())
    claims, docs = build(n, templates)
    rss_before = _status_mb("VmRSS")
    started, cpu_started = time.perf_counter(), time.process_time()
    recon = reconcile(claims, docs)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    peak = _status_mb("VmHWM")
    return {
        "claims": len(claims),
        "documents": len(docs),
        "templates": len(templates),
        "groups": len(recon.groups),
        "multi_report_groups": sum(1 for g in recon.groups if g.reports > 1),
        "conflicts": len(recon.conflicts()),
        "links": len(recon.links),
        "families_merged": len(docs) - len(set(recon.families.root.values())),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak,
    }


def main() -> None:
    seeds = shared_dir() / "corpus" / "seeds"
    if not seeds.is_dir():
        print(f"bench_reconcile: sample corpus not found at {seeds}; nothing to measure")
        return
    sizes = [int(s) for s in os.environ.get("BENCH_RECONCILE_SIZES", "").split(",") if s.strip()]
    sizes = sizes or list(DEFAULT_SIZES)
    # Extract once here; each size's process only unpickles them, so its peak memory is the
    # claims and the reconciliation, not the extractors' language data.
    templates = template_claims(seeds)
    handle, name = tempfile.mkstemp(suffix=".pickle")
    os.close(handle)
    templates_file = Path(name)
    templates_file.write_bytes(pickle.dumps(templates))
    print("   claims     docs    groups  (>1 report)  conflicts  links  copies  wall s   CPU s  "
          "claims/CPU s  peak RSS MB  (inputs MB)")  # fmt: skip
    results = []
    for n in sizes:
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n), str(templates_file)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(f"{n:>9,}  failed: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        results.append(r)
        print(
            f"{r['claims']:>9,} {r['documents']:>8,} {r['groups']:>9,} {r['multi_report_groups']:>11,}"
            f" {r['conflicts']:>10,} {r['links']:>6,} {r['families_merged']:>7,} {r['seconds']:>7.2f}"
            f" {r['cpu_seconds']:>7.2f} {r['claims'] / r['cpu_seconds']:>13,.0f}"
            f" {r['peak_rss_mb']:>12,.0f} {r['rss_before_mb']:>12,.0f}"
        )  # fmt: skip
    print(
        f"(templates: {results[0]['templates'] if results else 0} claims extracted from the samples)"
    )
    for a, b in itertools.pairwise(results):
        size = b["claims"] / a["claims"]
        t = b["cpu_seconds"] / a["cpu_seconds"]
        extra_a = a["peak_rss_mb"] - a["rss_before_mb"]
        extra_b = b["peak_rss_mb"] - b["rss_before_mb"]
        mem = f"{extra_b / extra_a:.1f}x" if extra_a > 0 else "n/a"
        print(f"x{size:.0f} claims: CPU time x{t:.1f}, memory added by reconcile {mem} "
              f"({extra_a:,.0f} -> {extra_b:,.0f} MB)")  # fmt: skip
    templates_file.unlink(missing_ok=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]), Path(sys.argv[3]))))
    else:
        main()
