"""The ledger store, on SQLite and on PostgreSQL, with documents built by hand.

Every test runs on both backends: the ``ledger_url`` fixture gives a fresh SQLite file or a fresh
PostgreSQL database on the server ``make test`` starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from claimgraph.records import Document, Paragraph, Published, RawDocument, RemovedSpan, Span
from claimgraph.store import AmbiguousDocument, DocumentNotFound, Ledger, LedgerError
from claimgraph.store.admin import create_database, drop_database
from claimgraph.store.migrate import current_revisions, head_revisions
from claimgraph.store.search import fts5_query, parse_websearch, split_highlights


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    url = create_database(request.getfixturevalue("pg_url"))
    yield url
    drop_database(url)


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    with Ledger.open(ledger_url) as opened:
        yield opened


def make_doc(text_: str, uri: str, **fields) -> tuple[Document, RawDocument]:
    raw = RawDocument(uri, text_.encode("utf-8"), "text/plain", hints={"text": text_})
    body = fields.pop("body", [Span(0, len(text_))])
    doc = Document(
        id=raw.sha256,
        uri=uri,
        text=text_,
        body=body,
        text_hash=raw.sha256,
        raw_sha256=raw.sha256,
        **fields,
    )
    return doc, raw


FRENCH = (
    "Météo Paris 12°C\n"
    "L'Iran fournit des drones à la Russie\n"
    "Selon le Washington Post, la Russie prévoit de produire 6 000 drones d'ici 2025.\n"
    "Lire aussi : nos autres articles"
)


def french_doc() -> tuple[Document, RawDocument]:
    title = "L'Iran fournit des drones à la Russie"
    body_start = FRENCH.index("Selon")
    body_end = FRENCH.index("\nLire")
    return make_doc(
        FRENCH,
        "seeds/fr.txt",
        title=title,
        outlet="i24NEWS",
        byline="Rédaction",
        language="fr",
        language_confidence=0.98,
        published=Published("2023-02-06", "dateline", 0.6, page_date="2024-05-21"),
        body=[Span(body_start, body_end)],
        removed=[
            RemovedSpan(0, FRENCH.index("\n"), "boilerplate:weather-widget"),
            RemovedSpan(FRENCH.index("Lire"), len(FRENCH), "boilerplate:related"),
        ],
        paragraphs=[Paragraph(body_start, body_end, "fr", 0.97)],
        duplicate_similarity=None,
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


def test_a_stored_document_comes_back_whole(ledger: Ledger) -> None:
    doc, raw = french_doc()
    ledger.save_document(doc, raw, signature=b"\x01\x02minhash")

    back = ledger.get(doc.id)
    assert back.text == doc.text
    assert back.body == doc.body
    assert back.body_text.startswith("Selon le Washington Post")
    assert back.removed == doc.removed
    assert back.paragraphs == doc.paragraphs
    assert back.published == Published("2023-02-06", "dateline", 0.6, page_date="2024-05-21")
    assert (back.title, back.outlet, back.byline, back.language) == (
        doc.title,
        "i24NEWS",
        "Rédaction",
        "fr",
    )
    assert back.ingested_at == doc.ingested_at
    assert ledger.raw(doc.id).content == FRENCH.encode("utf-8")
    # the decoded text is not stored a second time with the raw bytes
    assert "text" not in ledger.raw(doc.id).hints
    assert list(ledger.dedup_rows()) == [(doc.id, doc.text_hash, b"\x01\x02minhash", None)]


def test_documents_are_found_by_id_prefix_or_uri(ledger: Ledger) -> None:
    doc, raw = french_doc()
    ledger.save_document(doc, raw)
    assert ledger.get(doc.id[:8]).id == doc.id
    assert ledger.get(doc.id.upper()[:10]).id == doc.id
    assert ledger.get("seeds/fr.txt").id == doc.id
    with pytest.raises(DocumentNotFound):
        ledger.get("ffffffffffff" if not doc.id.startswith("f") else "000000000000")
    with pytest.raises(DocumentNotFound):
        ledger.get("nowhere.txt")


def test_a_short_prefix_shared_by_two_documents_is_ambiguous(ledger: Ledger) -> None:
    ids = set()
    i = 0
    # find two documents whose ids share a first character
    while True:
        doc, raw = make_doc(f"article number {i}", f"a{i}.txt")
        first = {d[0] for d in ids}
        ledger.save_document(doc, raw)
        ids.add(doc.id)
        i += 1
        if doc.id[0] in first:
            break
    with pytest.raises(AmbiguousDocument):
        ledger.get(doc.id[0])
    assert ledger.get(doc.id[:12]).id == doc.id


def test_listing_is_lean_and_in_ingest_order(ledger: Ledger) -> None:
    docs = []
    for i, lang in enumerate(["en", "de", "ru"]):
        doc, raw = make_doc(
            f"text {lang} {i}",
            f"{lang}.txt",
            language=lang,
            ingested_at=datetime(2024, 1, 1 + i, tzinfo=UTC),
        )
        ledger.save_document(doc, raw)
        docs.append(doc)
    listed = ledger.list_documents()
    assert [d.id for d in listed] == [d.id for d in docs]
    assert [d.language for d in listed] == ["en", "de", "ru"]
    assert not hasattr(listed[0], "text")
    assert ledger.count() == 3
    assert ledger.known_raw_hashes() == {d.id for d in docs}
    assert [d.id for d in ledger.iter_documents()] == [d.id for d in docs]


def test_a_transaction_that_fails_leaves_nothing_behind(ledger: Ledger) -> None:
    doc, raw = french_doc()
    with pytest.raises(RuntimeError), ledger.document_transaction() as tx:
        ledger.add_document(tx, doc, raw)
        raise RuntimeError("a later stage failed")
    assert ledger.count() == 0
    assert ledger.search("drones") == []
    assert ledger.raw(doc.id) is None
    # and the same document can then be stored for real
    ledger.save_document(doc, raw)
    assert ledger.count() == 1


def test_a_later_stage_writes_in_the_document_transaction(ledger: Ledger) -> None:
    doc, raw = french_doc()
    with ledger.document_transaction() as tx:
        ledger.add_document(tx, doc, raw)
        seen = tx.execute(text("SELECT count(*) FROM documents WHERE id = :i"), {"i": doc.id})
        assert seen.scalar_one() == 1  # the stage sees the document it belongs to


def test_search_finds_words_in_every_language_with_snippets(ledger: Ledger) -> None:
    texts = {
        "en": "Russia plans to build 6,000 Shahed-136 drones at Alabuga by 2025.",
        "fr": "Selon le Washington Post, la Russie prévoit de produire 6 000 drones.",
        "de": "Russland will in Alabuga Tausende Drohnen bauen, berichtet die Zeitung.",
        "es": "Rusia planea fabricar miles de drones en Alabuga, según el diario.",
        "ru": "Россия планирует производить беспилотники Герань-2 в Алабуге.",
        "uk": "Росія планує виробляти безпілотники в Алабузі, повідомляє видання.",
    }
    ids = {}
    for lang, body in texts.items():
        doc, raw = make_doc(body, f"{lang}.txt", language=lang, title=f"{lang} report")
        ledger.save_document(doc, raw)
        ids[lang] = doc.id

    def found(query: str) -> set[str]:
        return {
            lang for lang, i in ids.items() if i in {h.document.id for h in ledger.search(query)}
        }

    assert found("Alabuga") == {"en", "de", "es"}
    assert found("беспилотники") == {"ru"}
    assert found("безпілотники") == {"uk"}
    assert found("Drohnen") == {"de"}
    assert found("drones") == {"en", "fr", "es"}
    assert found("drones Alabuga") == {"en", "es"}  # all words
    assert found("drones -Alabuga") == {"fr"}  # excluded word
    assert found("Drohnen or беспилотники") == {"de", "ru"}  # alternatives
    assert found('"Washington Post"') == {"fr"}  # phrase
    assert found('"Post Washington"') == set()
    assert found("Shahed-136") == {"en"}  # punctuation is not query syntax
    assert found("Герань-2") == {"ru"}

    hit = ledger.search("Drohnen")[0]
    assert hit.document.language == "de"
    assert "Drohnen" in hit.snippet
    start, end = hit.highlights[0]
    assert hit.snippet[start:end] == "Drohnen"


@pytest.mark.parametrize(
    "query",
    ['"', '"unbalanced phrase', "NEAR(a b)", "a AND OR NOT b", "*", "^drones", "col:drones", "-"],
)
def test_hostile_queries_never_break_search(ledger: Ledger, query: str) -> None:
    doc, raw = make_doc("drones and more drones near Alabuga", "x.txt")
    ledger.save_document(doc, raw)
    hits = ledger.search(query)
    assert all(h.document.id == doc.id for h in hits)


def test_nul_characters_are_stored_without_moving_offsets(ledger: Ledger) -> None:
    body = "before\x00after drones"
    doc, raw = make_doc(body, "nul.txt", body=[Span(7, len(body))])
    ledger.save_document(doc, raw)
    back = ledger.get(doc.id)
    assert len(back.text) == len(body)
    assert back.body_text == "after drones"
    assert ledger.raw(doc.id).content == body.encode()


def test_undecodable_file_names_and_lone_surrogates_are_stored(ledger: Ledger) -> None:
    body = "drones \udcff over the city"  # a byte 0xff decoded with surrogateescape
    raw = RawDocument(
        "articles/caf\udce9.txt", body.encode("utf-8", "surrogateescape"), "text/plain"
    )
    doc = Document(raw.sha256, raw.uri, body, body=[Span(0, len(body))], text_hash=raw.sha256)
    ledger.save_document(doc, raw)
    back = ledger.get(doc.id)
    assert back.text == "drones \ufffd over the city"
    assert back.uri == "articles/caf\ufffd.txt"
    assert ledger.search("city")[0].document.id == doc.id


def test_reopening_keeps_everything_and_migrates_once(ledger_url: str) -> None:
    doc, raw = french_doc()
    with Ledger.open(ledger_url) as first:
        first.save_document(doc, raw)
        assert current_revisions(first.engine) == head_revisions()
        assert "0001" in _all_revisions()
    with Ledger.open(ledger_url) as again:
        assert again.count() == 1
        assert again.get(doc.id).title == doc.title


def _all_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from claimgraph.store.migrate import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def test_sqlite_ledger_is_one_file_in_wal_mode(tmp_path) -> None:
    path = tmp_path / "ledger.db"
    with Ledger.open(str(path)) as ledger:
        with ledger.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            tables = set(
                conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars()
            )
        assert {"documents", "raw_documents", "documents_fts", "alembic_version"} <= tables
    assert path.is_file()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://user@localhost/db", "unsupported database"),
        ("/no/such/folder/ledger.db", "does not exist"),
        ("postgresql://nobody@127.0.0.1:1/nothing", "cannot open the ledger"),
        ("not a url://x", "not a database URL"),
    ],
)
def test_a_database_that_cannot_be_used_is_one_clear_error(url: str, says: str) -> None:
    with pytest.raises(LedgerError) as error:
        Ledger.open(url)
    assert says in str(error.value)
    assert "\n" not in str(error.value)


# --------------------------------------------------------------------------- query language


def test_websearch_queries_parse_into_alternatives_of_terms() -> None:
    groups = parse_websearch('drones "Washington Post" -Iran or Alabuga')
    assert [[(t.text, t.negated) for t in g] for g in groups] == [
        [("drones", False), ("Washington Post", False), ("Iran", True)],
        [("Alabuga", False)],
    ]
    assert parse_websearch("-only -negatives") == []
    assert parse_websearch("or or") == []
    assert parse_websearch("— … !!") == []


def test_fts5_queries_quote_every_term() -> None:
    assert fts5_query("Shahed-136") == '("Shahed-136")'
    assert fts5_query('say "hi" -no') == '(("say" AND "hi") NOT "no")'
    assert fts5_query('a"b') == '("a" AND "b")'
    assert fts5_query("x or y") == '("x") OR ("y")'
    assert fts5_query("") == ""


def test_long_queries_parse_in_linear_time() -> None:
    # 200,000 characters of quotes and dashes: parsing must stay a single pass
    groups = parse_websearch('-"' * 100_000)
    assert groups == []


def test_highlight_markers_become_offsets() -> None:
    plain, spans = split_highlights("the \u27e6drones\u27e7 of \u27e6Alabuga\u27e7")
    assert plain == "the drones of Alabuga"
    assert [plain[s:e] for s, e in spans] == ["drones", "Alabuga"]
