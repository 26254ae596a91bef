"""Alembic environment for the ledger: run programmatically by ``claimgraph.store.migrate``.

The caller hands over an open connection in ``config.attributes["connection"]``; migrations run
inside its transaction, so a failed upgrade leaves the database as it was (PostgreSQL and, with
our explicit BEGIN, SQLite too).
"""

from __future__ import annotations

from alembic import context

from claimgraph.store.metadata import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through claimgraph.store.migrate(engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things in place: batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
