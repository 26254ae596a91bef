"""Sample gold benchmark: the claims of the five seed articles against ``gold/seeds.claims.jsonl``.

Data: ``<shared>/corpus/seeds`` and ``<shared>/gold`` (``<shared>`` is ``<repo>/../shared`` or
``$CLAIMGRAPH_SHARED``). Each seed is read and cleaned as ``claimgraph ingest`` does
(``read_sources`` then ``clean_document``), then ``extract_claims`` runs over its body.

Scoring (written down so the figures mean something):

- **locating a gold claim**: its ``context`` is searched in the cleaned document's text (first
  occurrence inside a body span, else the first anywhere); its ``quote`` inside the context gives
  the gold quote span. An extracted quantity claim *matches* a gold claim when both are in the
  same document and the extracted quantity's span overlaps the gold quote span.
- **correct** (strict): a matching claim whose value equals the gold value (a range matches
  when its low and high equal gold's ``[low, high]``; numbers compared to 1e-6 relative), whose
  canonical unit equals the gold unit and whose bound equals the gold bound.
- **recall** = gold claims with a correct match / all gold claims (29).
- **precision** = correct extracted claims / extracted *quantity* claims whose evidence sentence
  overlaps the context of some gold claim of its document (claims elsewhere in the article are
  neither right nor wrong here: the gold is not exhaustive). The raw number of all extracted
  claims (quantity and non-numeric) is printed too.
- **innermost source**: for gold claims with a match, the innermost teller (last of
  ``sources``; none when the list is empty) compared case-insensitively after dropping a leading
  "the"; an unattributed claim is right when both are empty.
- **period**: for gold claims with a match. Gold ``when`` null is right when the claim has no
  resolved period (no ``when``, or one left unresolved); otherwise each gold end (ISO year,
  month or day) must be a prefix of the claim's resolved end at the same side (``2022-09``
  matches ``2022-09-01``), a null gold end requires a null claim end. A miss is split in two:
  **unresolvable** when the document has no publication date and the claim kept its relative
  expression unresolved ("on Saturday" cannot become a day without one; by design), and
  **wrong** otherwise. For the unresolvable ones the kept expression is checked too: resolved
  against the gold period's last day taken as the publication date, does it give the gold
  period? (It says whether the right expression was kept; it is not counted as right.)
- lenient extras: measure and modality agreement on matched claims (judgement calls); subject
  agreement: the claim's subject (a watched entity: its name or any alias; else its text) occurs
  in gold's free-text ``subject`` ("Russia" in "Russia drone production line"), case-insensitive.
  The subject disagreements are listed with what was chosen and the gold text.

Prints figures; never asserts.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from claimgraph.records import Claim, Document, Span


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[1].parent / "shared"
    return Path(os.environ.get("CLAIMGRAPH_SHARED", default))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def value_matches(claim: Claim, gold: dict[str, Any]) -> bool:
    q = claim.quantity
    if q is None:
        return False
    gv = gold["value"]
    if isinstance(gv, list):
        return q.is_range and _close(q.low, gv[0]) and _close(q.high, gv[1])
    return not q.is_range and _close(q.value, float(gv))


def strict_correct(claim: Claim, gold: dict[str, Any]) -> bool:
    q = claim.quantity
    return (
        q is not None
        and value_matches(claim, gold)
        and q.unit == gold["unit"]
        and q.bound == gold["bound"]
    )


def _norm_source(name: str | None) -> str:
    if not name:
        return ""
    low = name.strip().casefold()
    return low[4:] if low.startswith("the ") else low


def innermost_ok(claim: Claim, gold: dict[str, Any]) -> bool:
    want = _norm_source(gold["sources"][-1] if gold["sources"] else None)
    have = _norm_source(claim.sources[-1].name if claim.sources else None)
    return want == have


def subject_ok(claim: Claim, gold: dict[str, Any]) -> bool:
    from claimgraph.extract.profile import default_profile

    want = (gold.get("subject") or "").casefold()
    if not want or not claim.subject:
        return not want and not claim.subject
    entity = default_profile().entity(claim.subject)
    names = [claim.subject] if entity is None else [entity.name, *entity.aliases]
    return any(n.casefold() in want for n in names)


def period_ok(claim: Claim, gold: dict[str, Any]) -> bool:
    gw = gold.get("when")
    resolved = claim.when is not None and (claim.when.start or claim.when.end)
    if gw is None:
        return not resolved
    if not resolved or claim.when is None:
        return False
    for side in ("start", "end"):
        g, h = gw.get(side), getattr(claim.when, side)
        if g is None:
            if h is not None:
                return False
        elif h is None or not str(h).startswith(str(g)):
            return False
    return True


def _last_day(iso: str) -> date:
    """The last day an ISO year, month or day covers."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return date(*parts[:3])


def unresolvable(claim: Claim, doc: Document) -> bool:
    """The claim kept a relative expression that a document without a date cannot resolve."""
    from claimgraph.extract.claims import reference_date

    w = claim.when
    return (
        w is not None
        and not (w.start or w.end)
        and w.relative
        and reference_date(doc.published) is None
    )


def expression_fits(claim: Claim, gold: dict[str, Any], doc: Document) -> bool:
    """Resolved against the gold period's last day as the publication date, whether the
    claim's kept expression gives the gold period."""
    from dataclasses import replace

    from claimgraph.extract.dates import extract_time_refs
    from claimgraph.lang import resolve_language

    w, gw = claim.when, gold.get("when") or {}
    end = gw.get("end") or gw.get("start")
    if w is None or not end:
        return False
    segment = next((s for s in doc.body if s.start <= w.span.start < s.end), None)
    if segment is None:
        return False
    refs = extract_time_refs(
        doc.text[segment.start : segment.end], resolve_language(doc.language), _last_day(end)
    )
    local = w.span.start - segment.start
    again = next((t for t in refs if t.span.start == local), None)
    return again is not None and period_ok(replace(claim, when=again), gold)


def locate(doc: Document, context: str, quote: str) -> tuple[Span, Span] | None:
    """The gold context and quote spans in ``doc.text`` (a body occurrence preferred)."""
    text = doc.text
    found: list[int] = []
    pos = text.find(context)
    while pos >= 0:
        found.append(pos)
        pos = text.find(context, pos + 1)
    if not found:
        return None
    in_body = [p for p in found if any(s.start <= p < s.end for s in doc.body)]
    start = (in_body or found)[0]
    q = context.find(quote)
    if q < 0:
        return None
    return Span(start, start + len(context)), Span(start + q, start + q + len(quote))


def load_documents(seeds: Path) -> dict[str, Document]:
    from claimgraph.clean import clean_document
    from claimgraph.readers import read_sources
    from claimgraph.records import RawDocument

    docs: dict[str, Document] = {}
    for path in sorted(seeds.iterdir()):
        for item in read_sources([str(path)]):
            if isinstance(item, RawDocument):
                docs[path.name] = clean_document(item)
    return docs


def main() -> None:
    shared = shared_dir()
    seeds, gold_path = shared / "corpus" / "seeds", shared / "gold" / "seeds.claims.jsonl"
    if not seeds.is_dir() or not gold_path.is_file():
        print(f"gold benchmark skipped: {seeds} or {gold_path} not found")
        return
    from claimgraph.extract.claims import extract_claims

    gold = [
        json.loads(line)
        for line in gold_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    docs = load_documents(seeds)
    started = time.perf_counter()
    claims = {name: extract_claims(doc) for name, doc in docs.items()}
    elapsed = time.perf_counter() - started

    located: list[tuple[dict[str, Any], Span, Span]] = []
    missing_context = 0
    for g in gold:
        doc = docs.get(g["doc"])
        spans = locate(doc, g["context"], g["quote"]) if doc is not None else None
        if spans is None:
            missing_context += 1
            continue
        located.append((g, *spans))

    recall_hits = src_hits = period_hits = measure_hits = modality_hits = matched = 0
    subject_hits = period_unresolvable = period_fits = 0
    rows: list[str] = []
    subject_rows: list[str] = []
    period_rows: list[str] = []
    for g, _context, quote in located:
        candidates = [
            c
            for c in claims[g["doc"]]
            if c.quantity is not None and c.quantity.span.overlaps(quote)
        ]
        best = next(
            (c for c in candidates if strict_correct(c, g)), candidates[0] if candidates else None
        )
        if best is None:
            rows.append(f"  MISS   {g['doc'][:3]} {g['quote']!r:24} (no claim)")
            continue
        matched += 1
        ok = strict_correct(best, g)
        recall_hits += ok
        src = innermost_ok(best, g)
        src_hits += src
        per = period_ok(best, g)
        period_hits += per
        if not per:
            doc = docs[g["doc"]]
            kept = best.when.text if best.when is not None else "-"
            if unresolvable(best, doc):
                period_unresolvable += 1
                fits = expression_fits(best, g, doc)
                period_fits += fits
                verdict = "unresolvable, no publication date; expression " + (
                    "fits gold" if fits else "does NOT fit gold"
                )
            else:
                verdict = "WRONG"
            period_rows.append(
                f"  {g['doc'][:3]} {g['quote']!r:24} kept {kept!r:40.40} gold {g['when']}: {verdict}"
            )
        measure_hits += best.measure == g["measure"]
        modality_hits += best.modality == g["modality"]
        subj = subject_ok(best, g)
        subject_hits += subj
        if not subj:
            subject_rows.append(
                f"  {g['doc'][:3]} {g['quote']!r:24} got {best.subject!s:14.14} "
                f"({best.subject_text!r:.28}) gold {g['subject']!r}"
            )
        q = best.quantity
        assert q is not None
        got = f"{[q.low, q.high] if q.is_range else q.value} {q.unit} {q.bound}"
        flags = (
            ("" if ok else " value/unit/bound")
            + ("" if src else " source")
            + ("" if per else " period")
        )
        rows.append(
            f"  {'ok  ' if ok and src and per else 'DIFF'}   {g['doc'][:3]} {g['quote']!r:24} got {got:28}"
            f" src={best.sources[-1].name if best.sources else '-'!s:38.38}{flags}"
        )

    relevant = correct = 0
    for name, found in claims.items():
        contexts = [(g, ctx) for g, ctx, _ in located if g["doc"] == name]
        for c in found:
            if c.quantity is None or not any(c.evidence.overlaps(ctx) for _, ctx in contexts):
                continue
            relevant += 1
            if any(
                c.quantity.span.overlaps(q) and strict_correct(c, g)
                for g, _, q in located
                if g["doc"] == name
            ):
                correct += 1

    total = len(gold)
    all_claims = sum(len(v) for v in claims.values())
    quantity_claims = sum(1 for v in claims.values() for c in v if c.quantity is not None)
    print(
        f"gold claims: {total} ({missing_context} whose context was not found in the cleaned text)"
    )
    for row in rows:
        print(row)
    print(f"recall (value+unit+bound):   {recall_hits}/{total} = {recall_hits / total:.3f}")
    precision = correct / relevant if relevant else 0.0
    print(
        f"precision (value+unit+bound): {correct}/{relevant} = {precision:.3f}  (extracted quantity claims in gold context sentences)"
    )
    print(f"innermost source right:      {src_hits}/{total}  (of {matched} matched)")
    print(f"period right:                {period_hits}/{total}  (of {matched} matched)")
    wrong = matched - period_hits - period_unresolvable
    print(
        f"  period misses: {period_unresolvable} unresolvable (no publication date; "
        f"{period_fits} of them keep an expression that fits gold), {wrong} wrong"
    )
    for row in period_rows:
        print(row)
    print(f"measure agrees (lenient):    {measure_hits}/{matched} matched")
    print(f"modality agrees (lenient):   {modality_hits}/{matched} matched")
    print(f"subject agrees (lenient):    {subject_hits}/{matched} matched")
    for row in subject_rows:
        print(row)
    print(
        f"all extracted claims:        {all_claims} ({quantity_claims} quantity, {all_claims - quantity_claims} non-numeric) in {len(docs)} documents"
    )
    print(
        f"extraction time:             {elapsed:.2f}s for {len(docs)} documents (first call loads data)"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
