"""Per-document facts reconciliation needs, and which documents are one origin.

Documents are *one family* (one origin for independence) when the cleaner or dedup linked them
(``duplicate_of``: an exact or near-duplicate, a re-scraped or syndicated copy), when a translation
link says so (``translated_from``), when their normalised body text is identical (``text_hash``), or
when their **quantity fingerprints** match. A translation shares no words with its original, but it
states the same figures in the same order: the fingerprint of a document is the sequence of its
claims' quantities, each as ``dimension=value`` in base units rounded to three significant
digits, taken as single figures and as consecutive pairs (so order counts). Two documents in
different languages whose fingerprints have a Jaccard similarity of at least ``threshold`` (and
share at least ``min_shared`` features) are one family. Candidates come from an inverted index over
the pair features, skipping features so common they prove nothing, so this grows linearly with the
number of documents rather than with its square.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimgraph.reconcile.values import Comparable, comparable, round_significant
from claimgraph.records import Claim, Document

UNDATED = "~"  # sorts after every ISO date


@dataclass(slots=True)
class DocInfo:
    """What reconciliation knows about a document (from ``records.Document`` or the ledger)."""

    id: str
    uri: str = ""
    outlet: str | None = None
    language: str | None = None
    published: str | None = None  # ISO date when known
    ingest_order: int = 0
    duplicate_of: str | None = None
    duplicate_similarity: float | None = None
    translated_from: str | None = None
    text_hash: str = ""
    title: str | None = None

    @property
    def order_key(self) -> tuple[str, int]:
        """First appearance: publication date, then (undated last) ingest order."""
        return (self.published[:10] if self.published else UNDATED, self.ingest_order)

    @property
    def short_name(self) -> str:
        tail = self.uri.rstrip("/").rsplit("/", 1)[-1] if self.uri else self.id[:12]
        return tail.split("#", 1)[0] or self.id[:12]


def doc_info(doc: Document, ingest_order: int = 0) -> DocInfo:
    return DocInfo(
        id=doc.id,
        uri=doc.uri,
        outlet=doc.outlet,
        language=doc.language,
        published=doc.published.value if doc.published else None,
        ingest_order=ingest_order,
        duplicate_of=doc.duplicate_of,
        duplicate_similarity=doc.duplicate_similarity,
        translated_from=doc.translated_from,
        text_hash=doc.text_hash,
        title=doc.title,
    )


@dataclass(slots=True)
class Families:
    """doc id -> family root (the family's first appearance) and why documents were joined."""

    root: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # root -> [(doc, why)]

    def of(self, doc_id: str) -> str:
        return self.root.get(doc_id, doc_id)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[rb] = ra
        return True


Figure = tuple[int, Comparable]  # (where in the text, the value)


def figures_of(claims: Iterable[Claim]) -> list[Figure]:
    out = []
    for claim in claims:
        value = comparable(claim.quantity) if claim.quantity is not None else None
        if value is not None:
            out.append((claim.evidence.start, value))
    return out


def fingerprint(figures: Iterable[Figure]) -> Counter[str]:
    """The language-independent fingerprint of one document's figures (see module docstring)."""
    sequence: list[str] = []
    for _, value in sorted(figures, key=lambda f: f[0]):
        feature = f"{value.dimension}={round_significant(value.anchor)}"
        if sequence and sequence[-1] == feature:
            continue  # the same figure stated twice in a row says nothing about order
        sequence.append(feature)
    fp: Counter[str] = Counter(sequence)
    fp.update(f"{a}>{b}" for a, b in itertools.pairwise(sequence))
    return fp


def quantity_fingerprint(claims: Iterable[Claim]) -> Counter[str]:
    return fingerprint(figures_of(claims))


def _jaccard(a: Counter[str], b: Counter[str]) -> float:
    inter = sum((a & b).values())
    union = sum((a | b).values())
    return inter / union if union else 0.0


def find_families(
    docs: Iterable[DocInfo],
    figures_by_doc: dict[str, list[Figure]],
    *,
    threshold: float = 0.6,
    min_shared: int = 4,
    max_posting: int = 50,
) -> Families:
    """Union the documents that are one origin (duplicates, copies, translations)."""
    infos = sorted(docs, key=lambda d: d.order_key)
    known = {d.id for d in infos}
    uf = _UnionFind()
    why: list[tuple[str, str, str]] = []

    def join(a: str, b: str, reason: str) -> None:
        if uf.union(a, b):
            why.append((a, b, reason))

    by_hash: dict[str, str] = {}
    for d in infos:
        uf.find(d.id)
        if d.duplicate_of and d.duplicate_of in known:
            sim = "" if d.duplicate_similarity is None else f" ({d.duplicate_similarity:.2f})"
            join(d.duplicate_of, d.id, f"duplicate{sim}")
        if d.translated_from and d.translated_from in known:
            join(d.translated_from, d.id, "translation link")
        if d.text_hash:
            first = by_hash.setdefault(d.text_hash, d.id)
            if first != d.id:
                join(first, d.id, "same text")

    fingerprints = {d.id: fingerprint(figures_by_doc.get(d.id, ())) for d in infos}
    language = {d.id: d.language for d in infos}
    postings: dict[str, list[str]] = defaultdict(list)
    for d in infos:
        fp = fingerprints[d.id]
        if sum(fp.values()) < min_shared:
            continue
        candidates: Counter[str] = Counter()
        pair_features = [f for f in fp if ">" in f]
        for feature in pair_features:
            posting = postings[feature]
            if len(posting) <= max_posting:
                candidates.update(posting)
        for other, pairs in candidates.most_common(5):
            if pairs < 2:
                break  # one shared pair of figures is a coincidence, not a translation
            if language[other] and language[d.id] and language[other] == language[d.id]:
                continue  # same-language copies are the near-duplicate detector's job
            shared = sum((fp & fingerprints[other]).values())
            score = _jaccard(fp, fingerprints[other])
            if shared >= min_shared and score >= threshold:
                join(other, d.id, f"same figures in the same order ({score:.2f}), translation")
        for feature in pair_features:
            postings[feature].append(d.id)

    # The family root is its first appearance, so own-voice origins are named after it.
    order = {d.id: i for i, d in enumerate(infos)}
    members: dict[str, list[str]] = defaultdict(list)
    for d in infos:
        members[uf.find(d.id)].append(d.id)
    families = Families()
    for ids in members.values():
        root = min(ids, key=order.__getitem__)
        for doc_id in ids:
            families.root[doc_id] = root
    for a, b, reason in why:
        families.reasons.setdefault(families.of(a), []).append((b, reason))
    return families
