"""Errors a user can act on: each carries one line, shown without a traceback."""

from __future__ import annotations


class LedgerError(Exception):
    """The ledger cannot be opened or used (bad URL, unreachable server, unwritable file)."""


class DocumentNotFound(LedgerError):
    """No stored document matches an id, id prefix or URI."""


class AmbiguousDocument(LedgerError):
    """An id prefix matches several documents."""
