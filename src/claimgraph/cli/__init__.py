"""Command-line interface: ``claimgraph COMMAND``. Each module registers its commands on ``app``."""

from __future__ import annotations

from claimgraph.cli.app import app

# Command modules register themselves on import (one module per family of commands).
from claimgraph.cli import documents  # noqa: F401  isort: skip
from claimgraph.cli import extraction  # noqa: F401  isort: skip
from claimgraph.cli import reconciliation  # noqa: F401  isort: skip


def main() -> None:
    app()
