"""The Typer application and what every command shares: the ``--db`` option, the ledger, errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from claimgraph.store import Ledger, LedgerError, database_url, display_url

app = typer.Typer(
    name="claimgraph",
    help="Turn a pile of news articles into a ledger of sourced claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

console = Console()
err_console = Console(stderr=True)


@dataclass(slots=True)
class Settings:
    db: str  # a SQLAlchemy URL

    @property
    def shown_db(self) -> str:
        return display_url(self.db)


@app.callback()
def _main(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="CLAIMGRAPH_DB",
            help="Ledger database: an SQLite file path (default ledger.db) or a URL such as "
            "postgresql://user@host/dbname.",
            show_default=False,
        ),
    ] = None,
) -> None:
    ctx.obj = Settings(db=database_url(db))


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error for a user's mistake (no traceback) and return the exit."""
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def settings(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings(db=database_url(None))


def open_ledger(ctx: typer.Context) -> Ledger:
    """The ledger named by ``--db``; a database that cannot be opened is a one-line error."""
    try:
        return Ledger.open(settings(ctx).db)
    except LedgerError as exc:
        raise fail(str(exc)) from None
