"""Flat tables of claims and groups, as CSV or Parquet: one row per claim, one per group."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimgraph.reconcile import Reconciliation
from claimgraph.reconcile.views import claim_record, group_summary

SEPARATOR = " > "  # between tellers of one chain
LIST_SEPARATOR = " | "  # between items of a list

CLAIM_COLUMNS: dict[str, pa.DataType] = {
    "id": pa.string(),
    "group": pa.string(),
    "doc": pa.string(),
    "doc_id": pa.string(),
    "outlet": pa.string(),
    "published": pa.string(),
    "language": pa.string(),
    "evidence_start": pa.int64(),
    "evidence_end": pa.int64(),
    "evidence": pa.string(),
    "quote": pa.string(),
    "value": pa.float64(),
    "low": pa.float64(),
    "high": pa.float64(),
    "unit": pa.string(),
    "si_value": pa.float64(),
    "si_unit": pa.string(),
    "bound": pa.string(),
    "counted": pa.string(),
    "measure": pa.string(),
    "subject": pa.string(),
    "when_start": pa.string(),
    "when_end": pa.string(),
    "proposition": pa.string(),
    "sources": pa.string(),
    "innermost_source": pa.string(),
    "modality": pa.string(),
}

GROUP_COLUMNS: dict[str, pa.DataType] = {
    "id": pa.string(),
    "kind": pa.string(),
    "subject": pa.string(),
    "measure": pa.string(),
    "value": pa.float64(),
    "low": pa.float64(),
    "high": pa.float64(),
    "unit": pa.string(),
    "proposition": pa.string(),
    "reports": pa.int64(),
    "independent_origins": pa.int64(),
    "origins": pa.string(),
    "summary": pa.string(),
    "conflicts_with": pa.string(),
    "retracted": pa.bool_(),
    "denied": pa.bool_(),
    "first_seen_claim": pa.string(),
    "first_seen_doc": pa.string(),
    "first_seen_published": pa.string(),
    "claims": pa.string(),
}


def _point_or_range(value: Any) -> tuple[float | None, float | None, float | None]:
    if isinstance(value, list):
        return None, value[0], value[1]
    return value, None, None


def claim_rows(recon: Reconciliation) -> list[dict[str, Any]]:
    rows = []
    for cid in sorted(recon.items, key=lambda c: recon.items[c].order):
        r = claim_record(recon, cid)
        value, low, high = _point_or_range(r["value"])
        rows.append(
            {
                "id": r["id"],
                "group": r["group"],
                "doc": r["doc"],
                "doc_id": r["doc_id"],
                "outlet": r["outlet"],
                "published": r["published"],
                "language": r["language"],
                "evidence_start": r["evidence"]["start"],
                "evidence_end": r["evidence"]["end"],
                "evidence": r["evidence"]["text"],
                "quote": None if r["quote"] is None else r["quote"]["text"],
                "value": value,
                "low": low,
                "high": high,
                "unit": r["unit"],
                "si_value": None if r["si"] is None else r["si"]["value"],
                "si_unit": None if r["si"] is None else r["si"]["unit"],
                "bound": r["bound"],
                "counted": r["counted"],
                "measure": r["measure"],
                "subject": r["subject"],
                "when_start": None if r["when"] is None else r["when"]["start"],
                "when_end": None if r["when"] is None else r["when"]["end"],
                "proposition": r["proposition"],
                "sources": SEPARATOR.join(r["sources"]),
                "innermost_source": r["sources"][-1] if r["sources"] else None,
                "modality": r["modality"],
            }
        )
    return rows


def group_rows(recon: Reconciliation) -> list[dict[str, Any]]:
    rows = []
    for g in recon.ranked():
        value, low, high = _point_or_range(g.value)
        first = recon.items[g.claim_ids[0]]
        rows.append(
            {
                "id": g.id,
                "kind": recon.kinds[g.id],
                "subject": g.subject,
                "measure": g.measure,
                "value": value,
                "low": low,
                "high": high,
                "unit": g.unit,
                "proposition": g.proposition,
                "reports": g.reports,
                "independent_origins": len(g.origins),
                "origins": LIST_SEPARATOR.join(o.label for o in g.origins),
                "summary": group_summary(g),
                "conflicts_with": LIST_SEPARATOR.join(g.conflicts_with),
                "retracted": g.retracted,
                "denied": g.denied,
                "first_seen_claim": first.claim.id,
                "first_seen_doc": first.doc.uri,
                "first_seen_published": first.doc.published,
                "claims": LIST_SEPARATOR.join(g.claim_ids),
            }
        )
    return rows


def _write_csv(path: Path, columns: dict[str, pa.DataType], rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)


def _write_parquet(path: Path, columns: dict[str, pa.DataType], rows: list[dict[str, Any]]) -> None:
    schema = pa.schema(list(columns.items()))
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)


def write_tables(recon: Reconciliation, folder: Path, fmt: str) -> list[Path]:
    """``claims.<fmt>`` and ``groups.<fmt>`` in ``folder`` (``fmt``: csv or parquet)."""
    writer = {"csv": _write_csv, "parquet": _write_parquet}[fmt]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, columns, rows in (
        ("claims", CLAIM_COLUMNS, claim_rows(recon)),
        ("groups", GROUP_COLUMNS, group_rows(recon)),
    ):
        path = folder / f"{name}.{fmt}"
        writer(path, columns, rows)
        written.append(path)
    return written
