"""The ledger store: SQLAlchemy schema, Alembic migrations, and the ``Ledger`` API.

SQLite (one file, WAL, FTS5) is the default; PostgreSQL (tsvector + GIN) is chosen by URL. Other
modules add their tables to ``claimgraph.store.metadata.metadata`` and write their rows on the
connection ``Ledger.document_transaction()`` yields, so they commit with the document.
"""

from __future__ import annotations

from claimgraph.store.engine import create_ledger_engine, database_url, display_url
from claimgraph.store.errors import AmbiguousDocument, DocumentNotFound, LedgerError
from claimgraph.store.ledger import DedupRow, DocumentHit, DocumentSummary, Ledger, StoredRaw
from claimgraph.store.metadata import documents, metadata, raw_documents
from claimgraph.store.migrate import migrate

__all__ = [
    "AmbiguousDocument",
    "DedupRow",
    "DocumentHit",
    "DocumentNotFound",
    "DocumentSummary",
    "Ledger",
    "LedgerError",
    "StoredRaw",
    "create_ledger_engine",
    "database_url",
    "display_url",
    "documents",
    "metadata",
    "migrate",
    "raw_documents",
]
