"""The Typer application and the options every command shares."""

from __future__ import annotations

import os
from dataclasses import dataclass

import typer
from rich.console import Console

app = typer.Typer(
    name="claimgraph",
    help="Turn a pile of news articles into a ledger of sourced claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = "ledger.db"


@dataclass(slots=True)
class Settings:
    db: str


def database_url(value: str | None) -> str:
    """A SQLAlchemy URL from ``--db``/``CLAIMGRAPH_DB``: a bare path means an SQLite file."""
    raw = value or os.environ.get("CLAIMGRAPH_DB") or DEFAULT_DB
    if "://" in raw:
        if raw.startswith("postgres://"):
            raw = "postgresql://" + raw[len("postgres://") :]
        if raw.startswith("postgresql://"):
            raw = "postgresql+psycopg://" + raw[len("postgresql://") :]
        return raw
    return f"sqlite:///{raw}"


@app.callback()
def _main(
    ctx: typer.Context,
    db: str = typer.Option(
        None,
        "--db",
        envvar="CLAIMGRAPH_DB",
        help="Ledger database: an SQLite file path (default ledger.db) or a URL such as "
        "postgresql://user@host/dbname.",
        show_default=False,
    ),
) -> None:
    ctx.obj = Settings(db=database_url(db))


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error for a user's mistake (no traceback) and return the exit."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)
