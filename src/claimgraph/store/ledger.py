"""The ledger: open a database by URL, store documents one transaction each, read them back.

    with Ledger.open("ledger.db") as ledger:
        with ledger.document_transaction() as tx:
            ledger.add_document(tx, doc, raw, signature)
            ...  # a later stage writes its rows (claims) on ``tx``: all or nothing
        ledger.search("Alabuga drones")

A document and everything written with it on the same transaction commit together: a killed
ingest never leaves half a document, and the raw sha256 of every stored document is how the next
run knows what it can skip.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import NamedTuple, Self

from sqlalchemy import Connection, Engine, func, insert, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from claimgraph.records import Document, Published, RawDocument
from claimgraph.store import search as fulltext
from claimgraph.store.engine import create_ledger_engine, display_url
from claimgraph.store.errors import AmbiguousDocument, DocumentNotFound, LedgerError
from claimgraph.store.metadata import documents, raw_documents
from claimgraph.store.migrate import migrate
from claimgraph.store.rows import (
    aware,
    document_from_row,
    document_row,
    published_from,
    raw_row,
    search_row,
)

HEX = re.compile(r"[0-9a-f]{1,64}")

# The columns a listing needs: never the text, spans or raw bytes.
SUMMARY_COLUMNS = (
    documents.c.id,
    documents.c.uri,
    documents.c.title,
    documents.c.outlet,
    documents.c.language,
    documents.c.published,
    documents.c.published_source,
    documents.c.published_confidence,
    documents.c.page_date,
    documents.c.duplicate_of,
    documents.c.duplicate_similarity,
    documents.c.ingested_at,
)


@dataclass(slots=True)
class DocumentSummary:
    """One line of the ledger's listing."""

    id: str
    uri: str
    title: str | None
    outlet: str | None
    language: str | None
    published: Published
    duplicate_of: str | None
    duplicate_similarity: float | None
    ingested_at: datetime


class DedupRow(NamedTuple):
    doc_id: str
    text_hash: str
    minhash: bytes | None
    duplicate_of: str | None


@dataclass(slots=True)
class StoredRaw:
    sha256: str
    uri: str
    content_type: str
    content: bytes
    hints: dict


@dataclass(slots=True)
class DocumentHit:
    """A search result: the document's summary, its rank and a snippet with match offsets."""

    document: DocumentSummary
    rank: float
    snippet: str
    highlights: list[tuple[int, int]]


class Ledger:
    """A claimgraph database (SQLite file or PostgreSQL), schema migrated on open."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Ledger:
        """Open (creating and migrating as needed) the ledger at ``url`` or an SQLite path.

        Raises ``LedgerError`` with a one-line reason when the database cannot be used.
        """
        engine = create_ledger_engine(url)
        try:
            migrate(engine)
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            reason = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
            first = reason[0] if reason else type(exc).__name__
            raise LedgerError(
                f"cannot open the ledger at {display_url(engine.url)}: {first}"
            ) from None
        return cls(engine)

    @property
    def url(self) -> str:
        return display_url(self.engine.url)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def own_files(self) -> set[Path]:
        """The files of an SQLite ledger (database, WAL, shared memory), resolved; else empty."""
        database = self.engine.url.database
        if self.backend != "sqlite" or not database or database == ":memory:":
            return set()
        path = Path(database).expanduser().resolve()
        return {path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    @contextmanager
    def document_transaction(self) -> Iterator[Connection]:
        """One transaction: commits when the block ends, rolls back if it raises."""
        with self.engine.execution_options(sqlite_immediate=True).begin() as conn:
            yield conn

    def add_document(
        self,
        tx: Connection,
        doc: Document,
        raw: RawDocument | None = None,
        signature: bytes | None = None,
    ) -> None:
        """Write ``doc`` (its raw bytes and search entry too) on the transaction ``tx``."""
        tx.execute(insert(documents), [document_row(doc, signature)])
        if raw is not None:
            tx.execute(insert(raw_documents), [raw_row(raw)])
        tx.execute(
            text("INSERT INTO documents_fts (doc_id, title, body) VALUES (:doc_id, :title, :body)"),
            [search_row(doc)],
        )

    def save_document(
        self, doc: Document, raw: RawDocument | None = None, signature: bytes | None = None
    ) -> None:
        """``add_document`` in its own transaction."""
        with self.document_transaction() as tx:
            self.add_document(tx, doc, raw, signature)

    # ------------------------------------------------------------------ reading

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar_one()

    def known_raw_hashes(self) -> set[str]:
        """The raw sha256 of every stored document (a re-read file with one of these is skipped)."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(documents.c.id)).scalars())

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            query = select(documents.c.id).where(documents.c.id == doc_id)
            return conn.execute(query).first() is not None

    def dedup_rows(self) -> Iterator[DedupRow]:
        """What the duplicate index is rebuilt from, in ingest order."""
        query = select(
            documents.c.id, documents.c.text_hash, documents.c.minhash, documents.c.duplicate_of
        ).order_by(documents.c.ingested_at, documents.c.id)
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=1000).execute(query):
                minhash = None if row.minhash is None else bytes(row.minhash)
                yield DedupRow(row.id, row.text_hash, minhash, row.duplicate_of)

    def list_documents(self, limit: int | None = None, offset: int = 0) -> list[DocumentSummary]:
        """Stored documents in ingest order, without their text."""
        query = (
            select(*SUMMARY_COLUMNS)
            .order_by(documents.c.ingested_at, documents.c.id)
            .offset(offset)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [_summary(row) for row in conn.execute(query)]

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        """Every stored document, whole, in ingest order, streamed."""
        query = select(documents).order_by(documents.c.ingested_at, documents.c.id)
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=batch).execute(query):
                yield document_from_row(row)

    def resolve(self, ref: str) -> str:
        """The full id for ``ref``: an id, a unique id prefix, or a document's URI."""
        ref = ref.strip()
        with self.engine.connect() as conn:
            if HEX.fullmatch(ref.lower()):
                prefix = ref.lower()
                ids = list(
                    conn.execute(
                        select(documents.c.id)
                        .where(documents.c.id.startswith(prefix, autoescape=True))
                        .limit(11)
                    ).scalars()
                )
                if len(ids) == 1:
                    return ids[0]
                if len(ids) > 1:
                    more = "10+" if len(ids) > 10 else str(len(ids))
                    raise AmbiguousDocument(
                        f"{ref!r} matches {more} documents; give more characters of the id"
                    )
            found = conn.execute(
                select(documents.c.id)
                .where(documents.c.uri == ref)
                .order_by(documents.c.ingested_at)
                .limit(1)
            ).scalar()
        if found is None:
            raise DocumentNotFound(f"no document with id or URI {ref!r} in {self.url}")
        return found

    def get(self, ref: str) -> Document:
        """The whole document for an id, id prefix or URI (``DocumentNotFound`` otherwise)."""
        doc_id = self.resolve(ref)
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).one()
        return document_from_row(row)

    def raw(self, doc_id: str) -> StoredRaw | None:
        """The raw bytes a document was cleaned from."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(raw_documents).where(raw_documents.c.sha256 == doc_id)
            ).one_or_none()
        if row is None:
            return None
        return StoredRaw(row.sha256, row.uri, row.content_type, bytes(row.content), row.hints)

    def search(self, query: str, limit: int = 20) -> list[DocumentHit]:
        """Documents matching ``query`` (web-search syntax), best first, with snippets."""
        with self.engine.connect() as conn:
            hits = fulltext.search(conn, query, limit)
            if not hits:
                return []
            rows = conn.execute(
                select(*SUMMARY_COLUMNS).where(documents.c.id.in_([h.doc_id for h in hits]))
            )
            summaries = {row.id: _summary(row) for row in rows}
        return [
            DocumentHit(summaries[h.doc_id], h.rank, h.snippet, h.highlights)
            for h in hits
            if h.doc_id in summaries
        ]


def _summary(row: object) -> DocumentSummary:
    return DocumentSummary(
        id=row.id,  # type: ignore[attr-defined]
        uri=row.uri,  # type: ignore[attr-defined]
        title=row.title,  # type: ignore[attr-defined]
        outlet=row.outlet,  # type: ignore[attr-defined]
        language=row.language,  # type: ignore[attr-defined]
        published=published_from(row),
        duplicate_of=row.duplicate_of,  # type: ignore[attr-defined]
        duplicate_similarity=row.duplicate_similarity,  # type: ignore[attr-defined]
        ingested_at=aware(row.ingested_at),  # type: ignore[attr-defined]
    )
