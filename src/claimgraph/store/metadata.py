"""The ledger's SQLAlchemy schema: one shared ``metadata`` every store module adds its tables to.

``documents`` holds every field of ``records.Document`` (spans as JSON) plus the MinHash signature
the duplicate index is rebuilt from; ``raw_documents`` keeps the bytes as found, apart, so listing
documents never drags the raw bytes along. Full-text search is backend specific and lives in the
migrations (an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL).

Other store modules (``store/claims.py``, ``store/groups.py``) define their tables on this same
``metadata`` and ship their own Alembic migrations.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

# Stable constraint names: Alembic migrations (and SQLite batch mode) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

HASH = String(64)  # a sha256 in hex

documents = Table(
    "documents",
    metadata,
    Column("id", HASH, primary_key=True),  # sha256 of the raw bytes
    Column("uri", Text, nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("byline", Text),
    Column("language", String(16)),
    Column("language_confidence", Float, nullable=False, default=0.0),
    Column("published", String(40)),  # ISO date or datetime
    Column("published_source", String(20), nullable=False, default="unknown"),
    Column("published_confidence", Float, nullable=False, default=0.0),
    Column("page_date", String(40)),
    Column("text", Text, nullable=False),
    Column("body", JSON, nullable=False),  # [[start, end], ...]
    Column("removed", JSON, nullable=False),  # [{"start", "end", "reason"}, ...]
    Column("paragraphs", JSON, nullable=False),  # [{"start", "end", "language", "confidence"}]
    Column("text_hash", HASH, nullable=False),
    Column("duplicate_of", HASH, ForeignKey("documents.id")),
    Column("duplicate_similarity", Float),
    Column("translated_from", HASH),
    Column("minhash", LargeBinary),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Index("ix_documents_uri", "uri"),
    Index("ix_documents_text_hash", "text_hash"),
    Index("ix_documents_duplicate_of", "duplicate_of"),
    Index("ix_documents_ingested_at", "ingested_at"),
)

raw_documents = Table(
    "raw_documents",
    metadata,
    Column("sha256", HASH, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("uri", Text, nullable=False),
    Column("content_type", String(100), nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
    Column("hints", JSON, nullable=False),  # container hints, minus the decoded text/html
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
