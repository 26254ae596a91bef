"""PolNeAR attribution benchmark: source and cue spans, exact and overlapping.

Data: ``<shared>/eval/polnear/dev`` (``text/*.txt`` and BRAT ``attributions/*.ann``; the shared
folder is ``<repo>/../shared`` or ``$CLAIMGRAPH_SHARED``). Run the same way on the held-back half
by pointing ``CLAIMGRAPH_SHARED`` (or ``POLNEAR_SPLIT=test``) at it: nothing here knows any case.

Scoring (micro-averaged over all articles):

- gold: every ``Source`` and ``Cue`` span of the article's annotation. Several annotators
  annotated a few articles; the first annotation file (sorted by name) is used. A discontinuous
  BRAT span ("10 20;25 30") is kept as its fragments.
- predicted: ``find_attributions(text, "en", kinds=ALL_KINDS)`` (PolNeAR annotates intentions
  and findings as attributions too); each non-inherited attribution gives its cue span and the
  span where its teller is written (``source_span``: "he", "The Post", "sources"). Identical
  spans count once.
- **exact**: a predicted span equals a gold span (start and end, or one gold fragment exactly).
- **overlapping**: a predicted span shares at least one character with a gold span (any
  fragment). Matching is one-to-one: each gold span and each prediction is used at most once,
  predictions taken in text order, each matched to the first unmatched gold span it overlaps.
- precision = matched / predicted, recall = matched / gold, F1 their harmonic mean.

Prints figures and never asserts; also prints throughput (characters and sentences per second).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from claimgraph.extract.attribution import ALL_KINDS, find_attributions
from claimgraph.extract.sentences import split_sentences

Fragments = tuple[tuple[int, int], ...]


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared"
    return Path(os.environ.get("CLAIMGRAPH_SHARED", default))


def read_ann(path: Path) -> dict[str, list[Fragments]]:
    """Gold spans by label ("Source", "Cue", "Content") from a BRAT standoff file."""
    out: dict[str, list[Fragments]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        label, _, offsets = parts[1].partition(" ")
        frags: list[tuple[int, int]] = []
        for piece in offsets.split(";"):
            a, _, b = piece.strip().partition(" ")
            if a.isdigit() and b.isdigit():
                frags.append((int(a), int(b)))
        if frags:
            out.setdefault(label, []).append(tuple(frags))
    return out


def _exact(pred: tuple[int, int], gold: Fragments) -> bool:
    hull = (gold[0][0], gold[-1][1])
    return pred == hull or pred in gold


def _overlaps(pred: tuple[int, int], gold: Fragments) -> bool:
    return any(pred[0] < b and a < pred[1] for a, b in gold)


def match(preds: list[tuple[int, int]], golds: list[Fragments], exact: bool) -> int:
    used = [False] * len(golds)
    hits = 0
    test = _exact if exact else _overlaps
    for p in sorted(preds):
        for n, g in enumerate(golds):
            if not used[n] and test(p, g):
                used[n] = True
                hits += 1
                break
    return hits


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def documents(split_dir: Path) -> Iterable[tuple[str, str, dict[str, list[Fragments]]]]:
    anns: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)
    for txt in sorted((split_dir / "text").glob("*.txt")):
        ann = anns.get(txt.stem)
        if ann is not None:
            yield txt.stem, txt.read_text(encoding="utf-8"), read_ann(ann)


ADVERSARIAL = {
    "no punctuation": "word ",
    "unbalanced quotes": '«„‹“"',
    "said, repeated": ", he said",
    "according to, repeated": "according to Reuters ",
    "mixed scripts": "Ihnat said Шахед заявив «Ми» selon Reuters según él. ",
}


def adversarial_scaling() -> None:
    """Seconds per MB on hostile inputs at two sizes: equal figures mean linear time."""
    print("adversarial input, seconds per MB at 0.25 MB and 1 MB (equal = linear):")
    for name, unit in ADVERSARIAL.items():
        rates = []
        for size in (250_000, 1_000_000):
            text = unit * (size // len(unit))
            t0 = time.perf_counter()
            find_attributions(text, "en", kinds=ALL_KINDS)
            rates.append((time.perf_counter() - t0) / (len(text) / 1e6))
        print(f"  {name:24}{rates[0]:7.2f}{rates[1]:7.2f}")


def main() -> None:
    split = os.environ.get("POLNEAR_SPLIT", "dev")
    split_dir = shared_dir() / "eval" / "polnear" / split
    if not (split_dir / "text").is_dir():
        print(f"PolNeAR {split} not found at {split_dir}: skipped")
        return
    counts = {k: [0, 0, 0, 0] for k in ("Source", "Cue")}  # exact hits, overlap hits, pred, gold
    n_docs = n_sent = n_chars = 0
    elapsed = 0.0
    for _, text, gold in documents(split_dir):
        t0 = time.perf_counter()
        sentences = split_sentences(text, "en")
        atts = [
            a for a in find_attributions(text, "en", sentences, kinds=ALL_KINDS) if not a.inherited
        ]
        elapsed += time.perf_counter() - t0
        n_docs += 1
        n_sent += len(sentences)
        n_chars += len(text)
        preds = {
            "Source": sorted(
                {(a.source_span.start, a.source_span.end) for a in atts if a.source_span}
            ),
            "Cue": sorted({(a.cue.start, a.cue.end) for a in atts if a.cue}),
        }
        for label, c in counts.items():
            golds = gold.get(label, [])
            c[0] += match(preds[label], golds, exact=True)
            c[1] += match(preds[label], golds, exact=False)
            c[2] += len(preds[label])
            c[3] += len(golds)
    print(f"PolNeAR {split}: {n_docs} articles, {n_sent} sentences, {n_chars} characters")
    print(f"{'span':8}{'match':13}{'P':>7}{'R':>7}{'F1':>7}   (hits / predicted / gold)")
    for label, (ex, ov, pred, gold_n) in counts.items():
        for name, hits in (("exact", ex), ("overlapping", ov)):
            p, r, f = prf(hits, pred, gold_n)
            print(f"{label:8}{name:13}{p:7.3f}{r:7.3f}{f:7.3f}   ({hits} / {pred} / {gold_n})")
    if elapsed > 0:
        print(
            f"speed: {n_chars / elapsed:,.0f} chars/s, {n_sent / elapsed:,.0f} sentences/s "
            f"(split + attribution, one process)"
        )
    adversarial_scaling()


if __name__ == "__main__":
    sys.exit(main())
