"""Database URLs and engines for the ledger: SQLite (one file, WAL) or PostgreSQL (psycopg 3)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from claimgraph.store.errors import LedgerError

DEFAULT_DB = "ledger.db"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")

# How long a writer waits for another writer's lock before giving up (seconds).
SQLITE_BUSY_TIMEOUT = 60


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``/``CLAIMGRAPH_DB``: a bare path means an SQLite file.

    ``postgres://`` and ``postgresql://`` are sent to the psycopg 3 driver.
    """
    raw = value or os.environ.get("CLAIMGRAPH_DB") or DEFAULT_DB
    if "://" not in raw:
        return f"sqlite:///{raw}"
    for prefix in ("postgres://", "postgresql://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix) :]
    return raw


def display_url(url: str | URL) -> str:
    """The URL with any password masked, fit for messages; an SQLite ledger is its file path."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return str(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.set(drivername=parsed.get_backend_name()).render_as_string(hide_password=True)


def create_ledger_engine(url: str) -> Engine:
    """An engine for ``url`` (a URL or bare SQLite path), configured for the ledger.

    Raises ``LedgerError`` with one line for a URL that cannot work (unknown scheme, missing
    folder for an SQLite file).
    """
    url = database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise LedgerError(
            f"not a database URL: {url!r} (use a file path or postgresql://user@host/db)"
        ) from None
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise LedgerError(
            f"unsupported database {backend!r} in {display_url(parsed)}: "
            f"use an SQLite file path or a postgresql:// URL"
        )
    try:
        if backend == "sqlite":
            return _sqlite_engine(parsed)
        return create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise LedgerError(f"no driver for {display_url(parsed)}: {exc}") from None


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        folder = Path(database).expanduser().resolve().parent
        if not folder.is_dir():
            raise LedgerError(
                f"cannot create the ledger {database}: folder {folder} does not exist"
            )
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module (which would otherwise defer
        # BEGIN and commit around DDL): we emit BEGIN ourselves in the "begin" event.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # In WAL mode NORMAL survives a killed process; only a power cut may lose the last commits.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the write lock up front, so two writers queue on busy_timeout instead
        # of failing when a read lock cannot be upgraded.
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
