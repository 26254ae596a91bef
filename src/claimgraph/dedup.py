"""Exact and near-duplicate documents across a corpus.

Exact: the same ``text_hash`` (sha256 of the normalised body, see ``claimgraph.textnorm``).
Near: MinHash (datasketch) over word shingles of the normalised body, indexed with LSH, so a
re-scraped page with a changed footer or a lightly edited wire copy is found without comparing
against every document. Candidates from LSH are confirmed with the estimated Jaccard similarity,
which is recorded on the match.

Signatures are plain bytes (little-endian uint32 per permutation) so the store can keep them and
the index can be rebuilt from ``(doc_id, text_hash, signature)`` rows (:meth:`DuplicateIndex.from_rows`).
The index keeps only the signatures in one growing array (``num_perm * 4`` bytes per document),
which stays small and fast for 10^4-10^5 documents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from claimgraph.records import Document, sha256_hex
from claimgraph.textnorm import normalised_for_hash

NUM_PERM = 128
SHINGLE_WORDS = 3
SHINGLE_BATCH = 8192  # shingles hashed at a time (8192 x 128 permutations x 8 bytes = 8 MB)
NEAR_THRESHOLD = 0.8
# One fixed hashing scheme: signatures stored by one run must compare with the next run's.
MINHASH_SCHEME = "affine32"
EMPTY_TEXT_HASH = sha256_hex(b"")

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    doc_id: str  # the first document seen with this text
    similarity: float  # 1.0 for exact; estimated Jaccard similarity of word shingles for near
    kind: Literal["exact", "near"]


def _shingles(text: str, size: int) -> list[bytes]:
    words = _WORD.findall(normalised_for_hash(text))
    if len(words) <= size:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


SEED = 1


@cache
def _prototype(num_perm: int) -> MinHash:
    # Building a MinHash draws its permutations (about a millisecond); copies reuse them.
    return MinHash(num_perm=num_perm, seed=SEED, scheme=MINHASH_SCHEME)


def _minhash(values: np.ndarray) -> LeanMinHash:
    """A stored signature as a MinHash for LSH (no permutations needed to compare)."""
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=MINHASH_SCHEME)


def minhash_signature(
    text: str, num_perm: int = NUM_PERM, shingle_words: int = SHINGLE_WORDS
) -> bytes:
    """MinHash signature of ``text``'s word shingles as bytes (empty for text with no words)."""
    shingles = _shingles(text, shingle_words)
    if not shingles:
        return b""
    minhash = _prototype(num_perm).copy()
    # update_batch builds a shingles x permutations matrix: fed whole, a 15 MB text took 2.5 GB.
    # The signature is a running minimum, so batches give the same values in bounded memory.
    for i in range(0, len(shingles), SHINGLE_BATCH):
        minhash.update_batch(shingles[i : i + SHINGLE_BATCH])
    return minhash.hashvalues.astype("<u4").tobytes()


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (0.0 when either is empty)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(np.frombuffer(a, dtype="<u4") == np.frombuffer(b, dtype="<u4")))


class DuplicateIndex:
    """Exact (text hash) and near (MinHash LSH) lookup over documents added so far."""

    def __init__(self, threshold: float = NEAR_THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._exact: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._rows: dict[str, int] = {}  # doc_id -> row in _signatures
        self._ids: list[str] = []
        self._signatures = np.zeros((1024, num_perm), dtype=np.uint32)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._rows

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[str, str, bytes | None]],
        threshold: float = NEAR_THRESHOLD,
        num_perm: int = NUM_PERM,
    ) -> DuplicateIndex:
        """An index rebuilt from stored ``(doc_id, text_hash, signature)`` rows, oldest first."""
        index = cls(threshold=threshold, num_perm=num_perm)
        for doc_id, text_hash, signature in rows:
            index.add(doc_id, text_hash, signature or b"")
        return index

    def add(self, doc_id: str, text_hash: str, signature: bytes) -> None:
        """Remember a document; the first document with a given text stays the original."""
        if doc_id in self._rows:
            return
        if text_hash and text_hash != EMPTY_TEXT_HASH:
            self._exact.setdefault(text_hash, doc_id)
        row = len(self._ids)
        self._ids.append(doc_id)
        self._rows[doc_id] = row
        values = self._values(signature)
        if values is None:
            return
        if row >= len(self._signatures):
            grown = np.zeros((len(self._signatures) * 2, self.num_perm), dtype=np.uint32)
            grown[: len(self._signatures)] = self._signatures
            self._signatures = grown
        self._signatures[row] = values
        self._lsh.insert(doc_id, _minhash(values), check_duplication=False)

    def find(self, text_hash: str, signature: bytes) -> DuplicateMatch | None:
        """The earlier document this text duplicates (exactly, or nearly), or None."""
        if text_hash and text_hash != EMPTY_TEXT_HASH:
            original = self._exact.get(text_hash)
            if original is not None:
                return DuplicateMatch(original, 1.0, "exact")
        values = self._values(signature)
        if values is None:
            return None
        best: DuplicateMatch | None = None
        for candidate in self._lsh.query(_minhash(values)):
            row = self._rows[candidate]
            similarity = float(np.mean(self._signatures[row] == values))
            if similarity < self.threshold:
                continue
            # Ties go to the earliest document: it is the original the others copy.
            if (
                best is None
                or similarity > best.similarity
                or (similarity == best.similarity and row < self._rows[best.doc_id])
            ):
                best = DuplicateMatch(candidate, round(similarity, 4), "near")
        return best

    def _values(self, signature: bytes) -> np.ndarray | None:
        if not signature:
            return None
        values = np.frombuffer(signature, dtype="<u4")
        if len(values) != self.num_perm:
            raise ValueError(
                f"signature has {len(values)} permutations, the index uses {self.num_perm}"
            )
        return values.astype(np.uint32)


def link_duplicate(doc: Document, index: DuplicateIndex) -> bytes:
    """Set ``doc.duplicate_of``/``duplicate_similarity`` from the index, add ``doc`` to it, and
    return its signature (for the store to keep)."""
    signature = minhash_signature(doc.body_text, num_perm=index.num_perm)
    match = index.find(doc.text_hash, signature)
    if match is not None and match.doc_id != doc.id:
        doc.duplicate_of = match.doc_id
        doc.duplicate_similarity = match.similarity
    index.add(doc.id, doc.text_hash, signature)
    return signature
