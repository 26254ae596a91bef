"""Exports of a reconciled ledger: ``json`` (the documented schema), ``csv`` and ``parquet``
(flat claims and groups), ``claimreview`` (schema.org JSON-LD, lossy) and ``ftm``
(FollowTheMoney entities for Aleph)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claimgraph.export.claimreview import claim_reviews
from claimgraph.export.ftm import ftm_entities, write_ftm
from claimgraph.export.ledger_json import ledger_document, ledger_schema
from claimgraph.export.tables import claim_rows, group_rows, write_tables
from claimgraph.reconcile import Reconciliation

TABLE_FORMATS = ("csv", "parquet")
STREAM_FORMATS = ("json", "claimreview", "ftm")
FORMATS = STREAM_FORMATS + TABLE_FORMATS
DEFAULT_TABLE_FOLDER = "claimgraph-export"


def export_ledger(recon: Reconciliation, fmt: str, out: Path | None = None) -> list[Path]:
    """Write the export; ``out`` is a file (stream formats; stdout when None) or a folder (tables).

    Returns the files written (empty when written to stdout).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in TABLE_FORMATS:
        return write_tables(recon, out or Path(DEFAULT_TABLE_FOLDER), fmt)
    handle = sys.stdout if out is None else out.open("w", encoding="utf-8")
    try:
        if fmt == "ftm":
            write_ftm(recon, handle)
        else:
            data = ledger_document(recon) if fmt == "json" else claim_reviews(recon)
            handle.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    finally:
        if out is not None:
            handle.close()
    return [] if out is None else [out]


__all__ = [
    "FORMATS",
    "claim_reviews",
    "claim_rows",
    "export_ledger",
    "ftm_entities",
    "group_rows",
    "ledger_document",
    "ledger_schema",
]
