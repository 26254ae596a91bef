"""Duplicates across documents: the same article re-scraped (exact), lightly edited (near, with
its similarity), and unrelated articles never linked; the index rebuilds from stored rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.clean import clean_document
from claimgraph.dedup import (
    DuplicateIndex,
    link_duplicate,
    minhash_signature,
    signature_similarity,
)
from claimgraph.records import Document, RawDocument


def _clean(text: str, uri: str) -> Document:
    return clean_document(RawDocument(uri, text.encode(), "text/plain", hints={"text": text}))


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]


def test_a_rescraped_page_with_other_furniture_is_an_exact_duplicate(seeds):
    first = _clean(seeds[0], "a.txt")
    # Same article, scraped another day: other weather, other teasers, no footer pitches.
    rescraped = seeds[0].replace("11.8 C", "14.2 C").replace("Latest stories", "Latest news")
    rescraped = rescraped.replace("- Gain full access to our premium content", "")
    second = _clean(rescraped, "b.txt")
    assert first.id != second.id
    assert first.text_hash == second.text_hash
    index = DuplicateIndex()
    assert link_duplicate(first, index)
    link_duplicate(second, index)
    assert first.duplicate_of is None
    assert (second.duplicate_of, second.duplicate_similarity) == (first.id, 1.0)


def test_a_lightly_edited_copy_is_a_near_duplicate_with_its_similarity(seeds):
    first = _clean(seeds[3], "a.txt")
    edited = (
        seeds[3]
        .replace("15 Iranian-made", "fifteen Iranian-made")
        .replace("killing two people", "killing 2 people")
        .replace("Kiev", "Kyiv")
    )
    second = _clean(edited, "b.txt")
    assert first.text_hash != second.text_hash
    index = DuplicateIndex()
    link_duplicate(first, index)
    link_duplicate(second, index)
    assert second.duplicate_of == first.id
    assert 0.8 <= second.duplicate_similarity < 1.0


def test_unrelated_articles_are_not_linked(seeds):
    index = DuplicateIndex()
    docs = [_clean(text, f"{i}.txt") for i, text in enumerate(seeds)]
    for doc in docs:
        link_duplicate(doc, index)
    assert [doc.duplicate_of for doc in docs] == [None] * len(docs)
    assert len(index) == len(docs)


def test_the_index_rebuilds_from_stored_rows_and_finds_the_same(seeds):
    rows = []
    for i, text in enumerate(seeds):
        doc = _clean(text, f"{i}.txt")
        rows.append((doc.id, doc.text_hash, minhash_signature(doc.body_text)))
    rebuilt = DuplicateIndex.from_rows(rows)
    probe = _clean(seeds[1].replace("Tatarstan", "Tatarstan region"), "probe.txt")
    match = rebuilt.find(probe.text_hash, minhash_signature(probe.body_text))
    assert match is not None and match.doc_id == rows[1][0] and match.kind == "near"
    exact = rebuilt.find(rows[2][1], rows[2][2])
    assert exact is not None and (exact.doc_id, exact.kind, exact.similarity) == (
        rows[2][0],
        "exact",
        1.0,
    )


def test_the_first_document_stays_the_original():
    index = DuplicateIndex()
    text = "one two three four five six seven eight nine ten eleven twelve"
    for doc_id in ("first", "second", "third"):
        index.add(doc_id, "h", minhash_signature(text))
    match = index.find("h", minhash_signature(text))
    assert match is not None and match.doc_id == "first"
    near = index.find("other", minhash_signature(text))
    assert near is not None and (near.doc_id, near.kind) == ("first", "near")


def test_empty_texts_are_never_duplicates_of_each_other():
    empty = _clean("", "e1.txt")
    other = _clean("\n\n", "e2.txt")
    index = DuplicateIndex()
    link_duplicate(empty, index)
    link_duplicate(other, index)
    assert other.duplicate_of is None
    assert minhash_signature("") == b""


def test_signatures_are_stable_bytes_and_similarity_follows_overlap():
    a = minhash_signature("the drones were launched from the south of the country at night")
    assert a == minhash_signature(
        "The drones were launched from the south of the country at night."
    )
    assert len(a) == 128 * 4
    b = minhash_signature("a completely different sentence about grain exports and shipping")
    assert signature_similarity(a, a) == 1.0
    assert signature_similarity(a, b) < 0.2


def test_a_signature_of_another_width_is_refused():
    index = DuplicateIndex(num_perm=64)
    with pytest.raises(ValueError, match="permutations"):
        index.add("x", "h", minhash_signature("some words here and there"))


def test_a_long_text_is_hashed_in_batches_with_the_same_signature() -> None:
    # a text far longer than one batch of shingles: the batched running minimum must equal the
    # signature of all shingles hashed at once (the way datasketch does it in one matrix)
    from datasketch import MinHash

    from claimgraph import dedup

    words = [f"w{i % 5000}x{i // 5000}" for i in range(3 * dedup.SHINGLE_BATCH)]
    text = " ".join(words)
    whole = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme=dedup.MINHASH_SCHEME)
    whole.update_batch(dedup._shingles(text, dedup.SHINGLE_WORDS))
    assert dedup.minhash_signature(text) == whole.hashvalues.astype("<u4").tobytes()
