"""Creating and dropping whole PostgreSQL databases (tests, benchmarks, fresh team ledgers)."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from claimgraph.store.engine import database_url

SAFE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _server_engine(url: str) -> Engine:
    server = make_url(database_url(url)).set(database="postgres")
    return create_engine(server, isolation_level="AUTOCOMMIT")


def create_database(url: str, name: str | None = None) -> str:
    """Create a new, empty database on the server of ``url``; returns its URL."""
    name = name or f"claimgraph_{uuid.uuid4().hex[:12]}"
    if not SAFE_NAME.fullmatch(name):
        raise ValueError(f"not a plain database name: {name!r}")
    engine = _server_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return make_url(database_url(url)).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    """Drop the database ``url`` names (closing its other connections first)."""
    name = make_url(database_url(url)).database or ""
    if not SAFE_NAME.fullmatch(name):
        raise ValueError(f"not a plain database name: {name!r}")
    engine = _server_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()
