"""Reconciliation commands: ``reconcile``, ``groups``, ``conflicts``, ``timeline``, ``report``,
``export``. Each reconciles the whole ledger (storing the snapshot when it is stale) and prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from claimgraph.cli.app import app, console, err_console, fail, open_ledger
from claimgraph.export import FORMATS, TABLE_FORMATS, export_ledger
from claimgraph.reconcile import Reconciliation
from claimgraph.reconcile.items import normalise_key
from claimgraph.reconcile.ledger import reconcile_ledger
from claimgraph.reconcile.views import (
    conflict_record,
    group_record,
    group_summary,
    timeline_record,
)
from claimgraph.report import REPORT_FORMATS, render_report
from claimgraph.report.content import headline
from claimgraph.store import LedgerError

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON records instead of a table.")]


def _reconciled(ctx: typer.Context, *, save: bool | None = None) -> Reconciliation:
    with open_ledger(ctx) as ledger:
        try:
            return reconcile_ledger(ledger, save=save)
        except LedgerError as exc:
            raise fail(str(exc)) from None


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _flags(recon: Reconciliation, group_id: str) -> Text:
    g = recon.group(group_id)
    text = Text()
    for on, label in (
        (g.conflicts_with, "contradicted"),
        (g.denied, "denied"),
        (g.retracted, "retracted"),
    ):
        if on:
            text.append(label + " ", style="bold red")
    kind = recon.kinds[group_id]
    if kind in ("denial", "retraction"):
        text.append(kind, style="yellow")
    return text


def _evidence_line(recon: Reconciliation, claim_id: str) -> Text:
    item = recon.items[claim_id]
    claim = item.claim
    line = Text("  “", style="dim")
    q = claim.quantity
    if q is not None and claim.evidence.contains(q.span):
        a, b = q.span.start - claim.evidence.start, q.span.end - claim.evidence.start
        line.append(claim.evidence_text[:a])
        line.append(claim.evidence_text[a:b], style="bold yellow")
        line.append(claim.evidence_text[b:])
    else:
        line.append(claim.evidence_text)
    chain = " › ".join(s.name for s in claim.sources) or item.doc.outlet or "unattributed"
    line.append(f"” — {item.doc.uri}; {chain}", style="dim")
    return line


@app.command()
def reconcile(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Reconcile the whole ledger now and store the groups."""
    recon = _reconciled(ctx, save=True)
    counts = {
        "documents": len(recon.docs),
        "claims": len(recon.items),
        "groups": len(recon.groups),
        "conflicts": len(recon.conflicts()),
        "denials": sum(1 for link in recon.links if link.kind == "denial"),
        "retractions": sum(1 for link in recon.links if link.kind == "retraction"),
    }
    if as_json:
        _dump(counts)
        return
    console.print(", ".join(f"{v} {k}" for k, v in counts.items()), highlight=False)


@app.command()
def groups(
    ctx: typer.Context,
    as_json: JsonOption = False,
    subject: Annotated[str | None, typer.Option(help="Only groups about this subject.")] = None,
    measure: Annotated[str | None, typer.Option(help="Only groups of this measure.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many groups.")] = None,
    evidence: Annotated[bool, typer.Option(help="Show every report's evidence.")] = False,
) -> None:
    """Claim groups, most independent origins first: "N reports, K independent origins"."""
    recon = _reconciled(ctx)
    chosen = [
        g
        for g in recon.ranked()
        if (subject is None or normalise_key(subject) in normalise_key(g.subject))
        and (measure is None or g.measure == measure)
    ][:limit]
    if as_json:
        _dump([group_record(recon, g) for g in chosen])
        return
    if not chosen:
        err_console.print("no groups (ingest documents with claims first)")
        return
    for g in chosen:
        title = Text(headline(recon, g), style="bold")
        title.append("  ")
        title.append_text(_flags(recon, g.id))
        title.append(f" [{g.id}]", style="dim")
        console.print(title, soft_wrap=True)
        console.print(Text("  " + group_summary(g), style="cyan"), soft_wrap=True)
        for o in g.origins:
            chains = "; ".join(" › ".join(c) or "unattributed" for c in o.chains)
            console.print(Text(f"  origin {o.label} — via {chains}"), soft_wrap=True)
        if evidence:
            for cid in g.claim_ids:
                console.print(_evidence_line(recon, cid), soft_wrap=True)


@app.command()
def conflicts(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Contradicting figures: same subject, measure and period, values apart after normalisation."""
    recon = _reconciled(ctx)
    pairs = recon.conflicts()
    if as_json:
        _dump([conflict_record(recon, a, b) for a, b in pairs])
        return
    if not pairs:
        console.print("no conflicts")
        return
    for a, b in pairs:
        record = conflict_record(recon, a, b)
        diff = record["relative_difference"]
        apart = "" if diff is None else f": {diff * 100:.0f} % apart"
        console.print(Text(f"{a.subject} — {a.measure}{apart}", style="bold red"), soft_wrap=True)
        for side in (a, b):
            console.print(Text(f"  {headline(recon, side)} ({group_summary(side)})", style="bold"))
            for cid in side.claim_ids:
                console.print(_evidence_line(recon, cid), soft_wrap=True)


@app.command()
def timeline(
    ctx: typer.Context,
    entity: Annotated[str, typer.Argument(help="An entity id or name (a subject of claims).")],
    as_json: JsonOption = False,
) -> None:
    """An entity's dated claims in order (then the undated ones)."""
    recon = _reconciled(ctx)
    record = timeline_record(recon, entity)
    if as_json:
        _dump(record)
        return
    if not record["claims"] and not record["undated"]:
        raise fail(f"no claims about {entity!r}")
    table = Table("date", "claim", "measure", "sources", "document", header_style="bold")
    for row in record["claims"] + record["undated"]:
        date = Text(row["date"] or "undated", style="" if row["date"] else "dim")
        if row["date_source"] == "published":
            date.append(" (published)", style="dim")
        what = row["quote"]["text"] if row["quote"] else (row["proposition"] or "")
        table.add_row(date, what, row["measure"] or "", " › ".join(row["sources"]), row["doc"])
    console.print(table)


@app.command()
def report(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="markdown or html.")] = "markdown",
    top: Annotated[int, typer.Option(help="How many groups to detail.")] = 10,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file.")] = None,
) -> None:
    """A brief to send on: top groups with origins, conflicts, denials, retractions, evidence."""
    if fmt not in (*REPORT_FORMATS, "md"):
        raise fail(f"unknown report format {fmt!r}; choose markdown or html")
    text = render_report(_reconciled(ctx), fmt, top=top)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        err_console.print(f"wrote {out}")


@app.command()
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(FORMATS))] = "json",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="File (json, claimreview, ftm; default stdout) or folder "
            "(csv, parquet; default ./claimgraph-export).",
        ),
    ] = None,
) -> None:
    """Export the whole ledger: json (documented schema), csv, parquet, claimreview, ftm."""
    if fmt not in FORMATS:
        raise fail(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in TABLE_FORMATS and out is not None and out.exists() and not out.is_dir():
        raise fail(
            f"{out} is a file; {fmt} export writes claims.{fmt} and groups.{fmt} to a folder"
        )
    written = export_ledger(_reconciled(ctx), fmt, out)
    for path in written:
        err_console.print(f"wrote {path}")
