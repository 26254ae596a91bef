"""A user cleans the five real scraped sample articles and checks what the gold says a person
would see: the right title, outlet, byline and language, the body from its first to its last
words, no site furniture in the body, repeated lines and blocks kept once, and header date widgets
not mistaken for publication dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.clean import clean_document
from claimgraph.records import Document, RawDocument

SEED_NAMES = [
    "000_417ffefe938d1bfc.txt",
    "001_4884c0e8cb92d681.txt",
    "002_c439a4a123958bf1.txt",
    "003_07bfecfded68885e.txt",
    "004_f5a9a532205b37f8.txt",
]


def _clean(path: Path) -> Document:
    data = path.read_bytes()
    return clean_document(
        RawDocument(str(path), data, "text/plain", hints={"text": data.decode("utf-8")})
    )


@pytest.fixture(scope="module")
def cleaned(seeds_dir: Path) -> dict[str, Document]:
    return {name: _clean(seeds_dir / name) for name in SEED_NAMES}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_title_outlet_byline_language_match_the_gold(cleaned, gold_docs, name):
    doc, gold = cleaned[name], gold_docs[name]
    assert doc.language == gold["language"]
    assert doc.language_confidence > 0.9
    assert doc.title == gold["title"]
    assert doc.outlet == gold["outlet"]
    if "byline" in gold:
        assert doc.byline == gold["byline"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_body_runs_from_first_to_last_words_without_furniture(cleaned, gold_docs, name):
    doc, gold = cleaned[name], gold_docs[name]
    body = doc.body_text
    assert body.startswith(gold["body_first_words"])
    assert body.rstrip().endswith(gold["body_last_words"])
    for furniture in gold["boilerplate_examples"]:
        assert furniture not in body, furniture
        # ... and it was dropped with a reason, not silently.
        assert any(furniture in doc.text[r.start : r.end] and r.reason for r in doc.removed), (
            furniture
        )


@pytest.mark.parametrize("name", SEED_NAMES)
def test_body_is_spans_of_the_unchanged_text_and_every_other_line_has_a_reason(
    cleaned, seeds_dir, name
):
    doc = cleaned[name]
    assert doc.text == (seeds_dir / name).read_text(encoding="utf-8")
    covered = [0] * len(doc.text)
    for span in doc.body:
        for i in range(span.start, span.end):
            covered[i] += 1
    for removed in doc.removed:
        assert removed.reason
        for i in range(removed.start, removed.end):
            covered[i] += 1
    for i, ch in enumerate(doc.text):
        if not ch.isspace():
            assert covered[i] == 1, (i, doc.text[max(0, i - 20) : i + 20])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_header_dates_are_page_dates_not_publication_dates(cleaned, gold_docs, name):
    doc, gold = cleaned[name], gold_docs[name]
    assert gold["published"] is None
    assert doc.published.value is None
    assert doc.published.source == "unknown"
    assert doc.published.confidence == 0.0
    assert doc.published.page_date == gold.get("page_date_not_publication_date")


@pytest.mark.parametrize("name", ["001_4884c0e8cb92d681.txt", "003_07bfecfded68885e.txt"])
def test_a_repeated_title_line_is_kept_once(cleaned, gold_docs, name):
    doc = cleaned[name]
    for line in gold_docs[name]["duplicated_lines"]:
        assert doc.text.count(line) == 2
        assert doc.body_text.count(line) + (doc.title == line) == 1
        assert any(r.reason.startswith("repeat-of:") for r in doc.removed)


def test_the_french_body_printed_twice_is_kept_once(cleaned):
    doc = cleaned["002_c439a4a123958bf1.txt"]
    paragraphs = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert len(paragraphs) >= 5
    for paragraph in paragraphs:
        assert doc.text.count(paragraph) == 2  # printed twice ...
        assert doc.body_text.count(paragraph) == 1  # ... kept once
    (copy,) = [r for r in doc.removed if r.reason.startswith("repeat-of:")]
    start, end = (int(x) for x in copy.reason.removeprefix("repeat-of:").split("-"))
    assert doc.text[copy.start : copy.end] == doc.text[start:end]
    assert doc.body == [type(doc.body[0])(start, end)]
    assert [r.reason for r in doc.removed].count("signature") == 2  # "i24" after each copy


def test_paragraph_languages_and_exact_duplicate_key(cleaned):
    for doc in cleaned.values():
        assert doc.paragraphs
        majority = sum(p.language == doc.language for p in doc.paragraphs) / len(doc.paragraphs)
        assert majority > 0.9
        assert all(0.0 <= p.confidence <= 1.0 for p in doc.paragraphs)
        assert len(doc.text_hash) == 64
    assert len({doc.text_hash for doc in cleaned.values()}) == len(cleaned)


def test_cleaning_the_same_bytes_twice_gives_the_same_document(seeds_dir):
    a, b = _clean(seeds_dir / SEED_NAMES[0]), _clean(seeds_dir / SEED_NAMES[0])
    assert (a.id, a.text_hash, a.body, a.removed) == (b.id, b.text_hash, b.body, b.removed)
