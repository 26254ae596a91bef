"""Claim groups: the reconciled snapshot of the ledger.

Revision ID: 0003
Revises: 0002
Create Date: 2024-06-03

One row per group (the full group record as JSON, plus the columns worth filtering on), its
members with their origin and role, conflicts between groups, denial/retraction links, and one
row per reconcile run so readers can tell whether the snapshot is current.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GROUP_ID = sa.String(32)
CLAIM_ID = sa.String(32)
HASH = sa.String(64)


def upgrade() -> None:
    op.create_table(
        "claim_groups",
        sa.Column("id", GROUP_ID, nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subject", sa.Text()),
        sa.Column("measure", sa.String(100)),
        sa.Column("value", sa.JSON()),
        sa.Column("unit", sa.String(40)),
        sa.Column("proposition", sa.Text()),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("independent_origins", sa.Integer(), nullable=False),
        sa.Column("retracted", sa.Boolean(), nullable=False),
        sa.Column("denied", sa.Boolean(), nullable=False),
        sa.Column("first_seen", CLAIM_ID, nullable=False),
        sa.Column("first_seen_doc", HASH, nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claim_groups"),
    )
    op.create_index("ix_claim_groups_subject", "claim_groups", ["subject"])
    op.create_index("ix_claim_groups_measure", "claim_groups", ["measure"])
    op.create_index("ix_claim_groups_rank", "claim_groups", ["rank"])

    op.create_table(
        "claim_group_members",
        sa.Column("group_id", GROUP_ID, nullable=False),
        sa.Column("claim_id", CLAIM_ID, nullable=False),
        sa.Column("doc_id", HASH, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("origin_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("group_id", "claim_id", name="pk_claim_group_members"),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["claim_groups.id"],
            name="fk_claim_group_members_group_id_claim_groups",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_claim_group_members_claim_id", "claim_group_members", ["claim_id"])
    op.create_index("ix_claim_group_members_doc_id", "claim_group_members", ["doc_id"])

    op.create_table(
        "claim_group_conflicts",
        sa.Column("group_id", GROUP_ID, nullable=False),
        sa.Column("other_id", GROUP_ID, nullable=False),
        sa.PrimaryKeyConstraint("group_id", "other_id", name="pk_claim_group_conflicts"),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["claim_groups.id"],
            name="fk_claim_group_conflicts_group_id_claim_groups",
            ondelete="CASCADE",
        ),
    )

    op.create_table(
        "claim_group_links",
        sa.Column("claim_id", CLAIM_ID, nullable=False),
        sa.Column("target_claim_id", CLAIM_ID, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("group_id", GROUP_ID, nullable=False),
        sa.Column("target_group_id", GROUP_ID, nullable=False),
        sa.Column("how", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("claim_id", "target_claim_id", name="pk_claim_group_links"),
    )
    op.create_index(
        "ix_claim_group_links_target_group_id", "claim_group_links", ["target_group_id"]
    )

    op.create_table(
        "reconcile_runs",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("groups", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reconcile_runs"),
    )


def downgrade() -> None:
    op.drop_table("reconcile_runs")
    op.drop_index("ix_claim_group_links_target_group_id", table_name="claim_group_links")
    op.drop_table("claim_group_links")
    op.drop_table("claim_group_conflicts")
    op.drop_index("ix_claim_group_members_doc_id", table_name="claim_group_members")
    op.drop_index("ix_claim_group_members_claim_id", table_name="claim_group_members")
    op.drop_table("claim_group_members")
    op.drop_index("ix_claim_groups_rank", table_name="claim_groups")
    op.drop_index("ix_claim_groups_measure", table_name="claim_groups")
    op.drop_index("ix_claim_groups_subject", table_name="claim_groups")
    op.drop_table("claim_groups")
