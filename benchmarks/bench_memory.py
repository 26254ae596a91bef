"""Memory: peak RSS per MB of text for ``extract_claims`` (and each extractor alone) on big texts.

The text is made from the sample articles (``<shared>/corpus/seeds``): copies of their paragraphs,
each copy with its sentences in another order, until the wanted size, written to a temporary
file. Each measurement runs in a fresh child process (``spawn``): it loads everything, warms up on
one sentence, reads the text, resets its peak RSS to the current RSS (Linux ``/proc/self/clear_refs``) and
takes that as the baseline, runs the extractor over the whole text as one body segment (as
``claimgraph extract FILE`` does) and reads its peak RSS (``VmHWM``). Printed: the baseline, the peak, and ``(peak - baseline) / MB of text``; the
ratio of that figure between the two sizes says whether memory grows faster than the text.

Options (environment): ``MEMORY_SIZES`` (MB, comma-separated, default ``1,5``),
``MEMORY_STAGES`` (comma-separated among ``claims,mentions,attributions,dates,quantities,
sentences``; default all). Shared data: ``CLAIMGRAPH_SHARED`` or ``<repo>/../shared``.
Prints figures and never asserts.
"""

from __future__ import annotations

import os
import random
import re
import resource
import tempfile
from multiprocessing import get_context
from pathlib import Path
from typing import Any

MB = 1_000_000
REPO = Path(__file__).resolve().parents[1]
STAGES = ("claims", "mentions", "attributions", "dates", "quantities", "sentences")
WARM_UP = "Officials in Kharkiv said 5 drones were launched on Monday, spokesman Yuriy Ihnat said."


def shared_dir() -> Path:
    return Path(os.environ.get("CLAIMGRAPH_SHARED") or REPO.parent / "shared")


def seed_articles() -> list[str]:
    seeds = shared_dir() / "corpus" / "seeds"
    return [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]


def big_text(articles: list[str], megabytes: float) -> str:
    """About ``megabytes`` of text: the articles' paragraphs, sentences shuffled per copy."""
    paragraphs = [p for a in articles for p in a.split("\n") if p.strip()]
    rng = random.Random(7)
    target = int(megabytes * MB)
    parts: list[str] = []
    size = 0
    while size < target:
        for p in paragraphs:
            sentences = re.split(r"(?<=[.!?]) ", p)
            rng.shuffle(sentences)
            line = " ".join(sentences) + "\n\n"
            parts.append(line)
            size += len(line.encode("utf-8"))
    return "".join(parts)


def _status_mb(field: str) -> float | None:
    try:
        found = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    except OSError:
        return None
    return int(found.group(1)) * 1024 / MB if found else None


def _reset_peak() -> bool:
    """Lower the peak RSS to the current RSS (Linux: ``clear_refs`` 5), so loading and the
    text's own building do not hide the extractor's peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_mb() -> float:
    peak = _status_mb("VmHWM")
    if peak is None:  # no /proc: the process's lifetime peak (KiB on Linux)
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB
    return peak


def _run(stage: str, text: str) -> Any:
    lang = "en"
    if stage == "claims":
        from claimgraph.extract.claims import extract_claims_from_text

        return extract_claims_from_text(text, lang)
    if stage == "mentions":
        from claimgraph.extract.entities import extract_mentions

        return extract_mentions(text, lang)
    if stage == "attributions":
        from claimgraph.extract.attribution import find_attributions
        from claimgraph.extract.sentences import split_sentences

        return find_attributions(text, lang, split_sentences(text, lang))
    if stage == "dates":
        from claimgraph.extract.dates import extract_time_refs

        return extract_time_refs(text, lang, None)
    if stage == "quantities":
        from claimgraph.extract.quantities import extract_quantities

        return extract_quantities(text, lang)
    from claimgraph.extract.sentences import split_sentences

    return split_sentences(text, lang)


def _child(conn: Any, stage: str, path: Path) -> None:
    _run(stage, WARM_UP)
    text = path.read_text(encoding="utf-8")
    size = path.stat().st_size / MB
    base = _status_mb("VmRSS") if _reset_peak() else None
    base = _peak_mb() if base is None else base
    found = len(_run(stage, text))
    conn.send((size, base, _peak_mb(), found))
    conn.close()


def measure(stage: str, path: Path) -> tuple[float, float, float, int]:
    ctx = get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, stage, path))
    proc.start()
    child.close()
    result = parent.recv()
    proc.join()
    return result


def main() -> None:
    articles = seed_articles()
    if not articles:
        print(f"no sample articles under {shared_dir() / 'corpus' / 'seeds'}: nothing measured")
        return
    sizes = [float(s) for s in os.environ.get("MEMORY_SIZES", "1,5").split(",")]
    wanted = os.environ.get("MEMORY_STAGES")
    stages = [s for s in STAGES if not wanted or s in wanted.split(",")]
    print("peak RSS while extracting from one big English text (fresh process per cell)")
    print(f"{'stage':14}{'MB':>6}{'found':>9}{'base MB':>9}{'peak MB':>9}{'MB/MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for mb in sizes:
            paths.append(Path(tmp) / f"text-{mb:g}mb.txt")
            paths[-1].write_text(big_text(articles, mb), encoding="utf-8")
        for stage in stages:
            _print_stage(stage, sizes, paths)


def _print_stage(stage: str, sizes: list[float], paths: list[Path]) -> None:
    per_mb: list[float] = []
    for path in paths:
        size, base, peak, found = measure(stage, path)
        per_mb.append((peak - base) / size)
        print(
            f"{stage:14}{size:6.1f}{found:9d}{base:9.0f}{peak:9.0f}{per_mb[-1]:8.1f}",
            flush=True,
        )
    if len(per_mb) > 1 and per_mb[0] > 0:
        print(
            f"{'':14}growth of MB/MB from {sizes[0]:g} to {sizes[-1]:g} MB: "
            f"{per_mb[-1] / per_mb[0]:.2f}"
        )


if __name__ == "__main__":
    main()
