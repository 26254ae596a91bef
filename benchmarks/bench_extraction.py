"""Body extraction on real news HTML: the Zyte (scrapinghub) article-extraction benchmark.

Data: ``<shared>/eval/article-extraction/`` (``ground-truth.json`` maps a page's sha256 to its
``articleBody``; the page is ``html/<sha256>.html.gz``). ``<shared>`` is ``../shared`` next to the
checkout, or ``$CLAIMGRAPH_SHARED``. Nothing is copied into the repository.

Scoring, exactly as scrapinghub/article-extraction-benchmark's ``evaluate.py`` defines it:

- tokens are ``re.findall(r"\\w+", text)`` (Unicode, case kept);
- each text becomes a multiset of 4-token shingles (a text with fewer than 4 tokens is one shingle
  of all its tokens; an empty text has none);
- per page, over the union of shingles: ``tp += min(true, pred)``, ``fp += max(0, pred - true)``,
  ``fn += max(0, true - pred)``; then tp, fp, fn are divided by their sum, so long pages do not
  weigh more;
- per page, precision = 1 when fp == fn == 0, 0 when tp == fp == 0, else tp / (tp + fp); recall
  likewise with fn;
- precision is the mean over pages with tp + fp > 0, recall the mean over pages with tp + fn > 0,
  and F1 = 2PR / (P + R) of those means;
- accuracy is the share of pages whose token lists are identical.

The benchmark's bootstrap standard deviations (1000 resamples of pages) are printed too.
Printed for ``claimgraph.clean.clean_document`` (the body text) and for trafilatura alone
(``trafilatura.extract(html, include_comments=False)``, the benchmark's own trafilatura runner) in
the same run. Run: ``make bench ONLY=extraction``.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from claimgraph.clean import clean_document
from claimgraph.records import RawDocument

SHINGLE = 4
BOOTSTRAP = 1000
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)

TpFpFn = tuple[float, float, float]


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared"
    return Path(os.environ.get("CLAIMGRAPH_SHARED", default))


def tokenize(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    tokens = tokenize(text)
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def shingle_matching(true: str | None, pred: str | None) -> TpFpFn:
    t, p = shingles(true), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tp += min(t[key], p[key])
        fp += max(0, p[key] - t[key])
        fn += max(0, t[key] - p[key])
    total = tp + fp + fn
    if total > 0:
        return tp / total, fp / total, fn / total
    return tp, fp, fn


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def metrics(rows: list[TpFpFn]) -> dict[str, float]:
    precision = statistics.mean([_precision(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score(truth: dict[str, str], predicted: dict[str, str], seed: int = 0) -> dict[str, float]:
    keys = sorted(truth)
    rows = [shingle_matching(truth[k], predicted.get(k, "")) for k in keys]
    accuracy = [float(tokenize(truth[k]) == tokenize(predicted.get(k, ""))) for k in keys]
    result = metrics(rows)
    result["accuracy"] = statistics.mean(accuracy)
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(BOOTSTRAP):
        picks = [rng.randrange(len(rows)) for _ in rows]
        for key, value in metrics([rows[i] for i in picks]).items():
            samples.setdefault(key, []).append(value)
    for key, values in samples.items():
        result[f"{key}_std"] = statistics.stdev(values)
    return result


def ours(html: str, key: str) -> str:
    raw = RawDocument(f"{key}.html", html.encode("utf-8"), "text/html", hints={"html": html})
    return clean_document(raw).body_text


def trafilatura_alone(html: str, key: str) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def run(
    extractor: Callable[[str, str], str], pages: dict[str, str]
) -> tuple[dict[str, str], float, float]:
    """Predictions, wall seconds and CPU seconds (after one warm-up page, so one-off model
    loading is not counted against either extractor)."""
    first = next(iter(pages))
    extractor(pages[first], first)
    wall, cpu = time.perf_counter(), time.process_time()
    out = {key: extractor(html, key) for key, html in pages.items()}
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    root = shared_dir() / "eval" / "article-extraction"
    truth_path = root / "ground-truth.json"
    if not truth_path.is_file():
        print(f"article-extraction data not found at {root}: nothing to measure")
        return
    truth_raw = json.loads(truth_path.read_text(encoding="utf-8"))
    truth = {k: (v.get("articleBody") or "") for k, v in truth_raw.items()}
    pages: dict[str, str] = {}
    missing = 0
    for key in truth:
        path = root / "html" / f"{key}.html.gz"
        if not path.is_file():
            missing += 1
            continue
        with gzip.open(path, "rt", encoding="utf8") as fh:
            pages[key] = fh.read()
    truth = {k: v for k, v in truth.items() if k in pages}
    print(f"article-extraction: {len(pages)} pages ({missing} listed without HTML) from {root}")
    print(f"{'extractor':<18} precision      recall         F1             accuracy  wall s  cpu s")
    for name, extractor in (("claimgraph", ours), ("trafilatura alone", trafilatura_alone)):
        predicted, wall, cpu = run(extractor, pages)
        m = score(truth, predicted)
        print(
            f"{name:<18} {m['precision']:.3f} ± {m['precision_std']:.3f}  "
            f"{m['recall']:.3f} ± {m['recall_std']:.3f}  {m['f1']:.3f} ± {m['f1_std']:.3f}  "
            f"{m['accuracy']:.3f}     {wall:6.1f} {cpu:6.1f}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
