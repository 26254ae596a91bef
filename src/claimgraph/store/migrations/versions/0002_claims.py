"""Claims and their tellers.

Revision ID: 0002
Revises: 0001
Create Date: 2024-06-02

One row per claim (evidence offsets into the document text, quantity, period, subject, modality)
and one row per teller of a claim, in order from the outermost (position 0).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

HASH = sa.String(64)
CLAIM_ID = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", CLAIM_ID, nullable=False),
        sa.Column("doc_id", HASH, nullable=False),
        sa.Column("doc_uri", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(16)),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("measure", sa.String(100)),
        sa.Column("subject", sa.Text()),
        sa.Column("subject_text", sa.Text()),
        sa.Column("proposition", sa.Text()),
        sa.Column("quote_start", sa.Integer()),
        sa.Column("quote_end", sa.Integer()),
        sa.Column("quote_text", sa.Text()),
        sa.Column("value", sa.Float()),
        sa.Column("low", sa.Float()),
        sa.Column("high", sa.Float()),
        sa.Column("unit", sa.String(40)),
        sa.Column("si_value", sa.Float()),
        sa.Column("si_unit", sa.String(40)),
        sa.Column("bound", sa.String(2)),
        sa.Column("counted", sa.Text()),
        sa.Column("dimension", sa.String(20)),
        sa.Column("vague", sa.Integer(), nullable=False),
        sa.Column("when_start", sa.String(40)),
        sa.Column("when_end", sa.String(40)),
        sa.Column("when_text", sa.Text()),
        sa.Column("when_span", sa.JSON()),
        sa.Column("place", sa.Text()),
        sa.Column("cue_start", sa.Integer()),
        sa.Column("cue_end", sa.Integer()),
        sa.Column("targets_start", sa.Integer()),
        sa.Column("targets_end", sa.Integer()),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name="fk_claims_doc_id_documents", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_claims_doc_id", "claims", ["doc_id"])
    op.create_index("ix_claims_measure", "claims", ["measure"])
    op.create_index("ix_claims_subject", "claims", ["subject"])
    op.create_index("ix_claims_language", "claims", ["language"])

    op.create_table(
        "claim_sources",
        sa.Column("claim_id", CLAIM_ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("role", sa.Text()),
        sa.Column("entity_id", sa.String(100)),
        sa.Column("span_start", sa.Integer()),
        sa.Column("span_end", sa.Integer()),
        sa.PrimaryKeyConstraint("claim_id", "position", name="pk_claim_sources"),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name="fk_claim_sources_claim_id_claims",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_claim_sources_name", "claim_sources", ["name"])
    op.create_index("ix_claim_sources_entity_id", "claim_sources", ["entity_id"])


def downgrade() -> None:
    op.drop_table("claim_sources")
    op.drop_table("claims")
