"""Documents, their raw bytes, and full-text search over titles and bodies.

Revision ID: 0001
Revises:
Create Date: 2024-06-01

Search is the one backend-specific part: SQLite gets an FTS5 table, PostgreSQL a table with a
generated ``tsvector`` column and a GIN index. Both use word matching without stemming (FTS5's
``unicode61`` tokenizer, PostgreSQL's ``simple`` configuration), so the same query finds the same
documents in every language on both backends.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

HASH = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", HASH, nullable=False),
        sa.Column("uri", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("outlet", sa.Text()),
        sa.Column("byline", sa.Text()),
        sa.Column("language", sa.String(16)),
        sa.Column("language_confidence", sa.Float(), nullable=False),
        sa.Column("published", sa.String(40)),
        sa.Column("published_source", sa.String(20), nullable=False),
        sa.Column("published_confidence", sa.Float(), nullable=False),
        sa.Column("page_date", sa.String(40)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("removed", sa.JSON(), nullable=False),
        sa.Column("paragraphs", sa.JSON(), nullable=False),
        sa.Column("text_hash", HASH, nullable=False),
        sa.Column("duplicate_of", HASH),
        sa.Column("duplicate_similarity", sa.Float()),
        sa.Column("translated_from", HASH),
        sa.Column("minhash", sa.LargeBinary()),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(
            ["duplicate_of"], ["documents.id"], name="fk_documents_duplicate_of_documents"
        ),
    )
    op.create_index("ix_documents_uri", "documents", ["uri"])
    op.create_index("ix_documents_text_hash", "documents", ["text_hash"])
    op.create_index("ix_documents_duplicate_of", "documents", ["duplicate_of"])
    op.create_index("ix_documents_ingested_at", "documents", ["ingested_at"])

    op.create_table(
        "raw_documents",
        sa.Column("sha256", HASH, nullable=False),
        sa.Column("uri", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("hints", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_raw_documents"),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["documents.id"],
            name="fk_raw_documents_sha256_documents",
            ondelete="CASCADE",
        ),
    )

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        op.execute(
            """
            CREATE TABLE documents_fts (
                doc_id varchar(64) PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                title text,
                body text NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
                    || setweight(to_tsvector('simple'::regconfig, body), 'B')
                ) STORED
            )
            """
        )
        op.execute("CREATE INDEX ix_documents_fts_tsv ON documents_fts USING gin (tsv)")
    else:
        raise NotImplementedError(f"claimgraph has no full-text search for {dialect}")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS documents_fts")
    op.drop_table("raw_documents")
    op.drop_index("ix_documents_ingested_at", table_name="documents")
    op.drop_index("ix_documents_duplicate_of", table_name="documents")
    op.drop_index("ix_documents_text_hash", table_name="documents")
    op.drop_index("ix_documents_uri", table_name="documents")
    op.drop_table("documents")
