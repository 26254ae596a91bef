"""Document commands: ``ingest``, ``docs``, ``show``, ``search``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from claimgraph.cli.app import app, console, err_console, fail, open_ledger
from claimgraph.records import Document, Published
from claimgraph.store import DocumentHit, DocumentSummary, LedgerError, display_url
from claimgraph.store.errors import AmbiguousDocument, DocumentNotFound

SHORT_ID = 12


# --------------------------------------------------------------------------- records


def published_record(published: Published) -> dict[str, Any]:
    return {
        "value": published.value,
        "source": published.source,
        "confidence": published.confidence,
        "page_date": published.page_date,
    }


def summary_record(doc: DocumentSummary) -> dict[str, Any]:
    return {
        "id": doc.id,
        "uri": doc.uri,
        "title": doc.title,
        "outlet": doc.outlet,
        "language": doc.language,
        "published": published_record(doc.published),
        "duplicate_of": doc.duplicate_of,
        "duplicate_similarity": doc.duplicate_similarity,
        "ingested_at": doc.ingested_at.isoformat(),
    }


def document_record(doc: Document, *, full: bool = False) -> dict[str, Any]:
    """The JSON record of a stored document (``full`` adds the text and every span)."""
    record: dict[str, Any] = {
        "id": doc.id,
        "uri": doc.uri,
        "title": doc.title,
        "outlet": doc.outlet,
        "byline": doc.byline,
        "language": doc.language,
        "language_confidence": doc.language_confidence,
        "published": published_record(doc.published),
        "content_type": doc.content_type,
        "body": doc.body_text,
        "duplicate_of": doc.duplicate_of,
        "duplicate_similarity": doc.duplicate_similarity,
        "ingested_at": doc.ingested_at.isoformat(),
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason} for r in doc.removed],
    }
    if full:
        record["text"] = doc.text
        record["body_spans"] = [[s.start, s.end] for s in doc.body]
        record["paragraphs"] = [
            {"start": p.start, "end": p.end, "language": p.language, "confidence": p.confidence}
            for p in doc.paragraphs
        ]
        record["text_hash"] = doc.text_hash
        record["translated_from"] = doc.translated_from
    return record


def print_json_array(records: Iterable[dict[str, Any]]) -> None:
    """A JSON array written record by record, so a large ledger is never held in memory."""
    out = sys.stdout
    out.write("[")
    for i, record in enumerate(records):
        out.write(",\n" if i else "\n")
        out.write(json.dumps(record, ensure_ascii=False))
    out.write("\n]\n")


def short(doc_id: str | None) -> str:
    return (doc_id or "")[:SHORT_ID]


def published_cell(published: Published) -> Text:
    if not published.value:
        return Text("unknown", style="dim")
    cell = Text(published.value)
    cell.append(f" {published.source} {published.confidence:.2f}", style="dim")
    return cell


# --------------------------------------------------------------------------- ingest


class _ProgressReporter:
    """A rich progress line on stderr, with the running counts."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.counts = {"ingested": 0, "duplicate": 0, "unchanged": 0, "failed": 0}
        self.task = progress.add_task("ingesting", total=None, counts=self._counts())

    def _counts(self) -> str:
        c = self.counts
        return (
            f"{c['ingested']} new · {c['duplicate']} duplicates · {c['unchanged']} unchanged"
            f" · {c['failed']} failed"
        )

    def __call__(self, event: Any) -> None:
        self.counts[event.kind] += 1
        self.progress.update(self.task, advance=1, counts=self._counts())


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories (read recursively) or - for standard input."),
    ],
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Worker processes (default: one per CPU)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit with status 1 if any source failed.")
    ] = False,
) -> None:
    """Read articles into the ledger: clean, deduplicate and store each one.

    Files already in the ledger (same bytes) are skipped as unchanged, so re-running is safe; an
    interrupted run keeps every document it finished and the next run adds the rest.
    """
    # Imported here: the cleaning stack is heavy, and `claimgraph --help` should stay quick.
    from claimgraph.pipeline import ingest as run_ingest

    missing = [p for p in paths if p != "-" and not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        raise fail(f"no such file or directory: {missing[0]}", code=2)
    with open_ledger(ctx) as ledger:
        show_progress = not quiet and not as_json and err_console.is_terminal
        try:
            if show_progress:
                with Progress(
                    SpinnerColumn(),
                    TextColumn("[progress.description]{task.description}"),
                    BarColumn(),
                    TextColumn("{task.completed} documents · {task.fields[counts]}"),
                    TimeElapsedColumn(),
                    console=err_console,
                    transient=True,
                ) as progress:
                    summary = run_ingest(
                        paths, ledger, workers=workers, on_event=_ProgressReporter(progress)
                    )
            else:
                summary = run_ingest(paths, ledger, workers=workers)
        except LedgerError as exc:
            raise fail(str(exc)) from None
        except KeyboardInterrupt:
            stored = ledger.count()
            raise fail(
                f"interrupted; every finished document is stored ({stored} in {ledger.url}): "
                "run the same command again to add the rest",
                code=130,
            ) from None
        total = ledger.count()
        if summary.ingested:  # the ledger's groups are current after every ingest
            from claimgraph.reconcile.ledger import reconcile_ledger

            reconcile_ledger(ledger)
    if as_json:
        print(json.dumps({**summary.as_dict(), "ledger": ledger.url, "documents": total}))
    else:
        line = Text()
        line.append(f"{summary.ingested} ingested", style="bold green")
        line.append(f", {summary.duplicates} duplicates, {summary.unchanged} unchanged, ")
        line.append(f"{summary.failed} failed", style="bold red" if summary.failed else "")
        line.append(f"  ({total} documents in {ledger.url})", style="dim")
        console.print(line, soft_wrap=True)
        for failure in summary.failures:
            console.print(
                Text.assemble(("  failed ", "red"), failure.uri, ": ", failure.reason),
                soft_wrap=True,
            )
    if summary.failed and (strict or summary.failed == summary.total):
        raise typer.Exit(1)


# --------------------------------------------------------------------------- docs


@app.command()
def docs(
    ctx: typer.Context,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON records (with the body text).")
    ] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help="At most this many documents.")
    ] = None,
) -> None:
    """List the documents in the ledger, in the order they were ingested."""
    with open_ledger(ctx) as ledger:
        if as_json:
            print_json_array(_limited((document_record(d) for d in ledger.iter_documents()), limit))
            return
        rows = ledger.list_documents(limit=limit)
        table = Table(
            title=f"{len(rows)} documents in {ledger.url}",
            title_justify="left",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            expand=True,
        )
        table.add_column("id", no_wrap=True, style="cyan")
        table.add_column("outlet", max_width=18)
        table.add_column("lang", no_wrap=True)
        table.add_column("title", ratio=1)
        table.add_column("published (source)", no_wrap=True)
        table.add_column("duplicate of", no_wrap=True)
        for doc in rows:
            duplicate = Text()
            if doc.duplicate_of:
                duplicate.append(short(doc.duplicate_of), style="yellow")
                if doc.duplicate_similarity is not None:
                    duplicate.append(f" {doc.duplicate_similarity:.2f}", style="dim")
            table.add_row(
                short(doc.id),
                Text(doc.outlet or "", overflow="fold"),
                doc.language or "",
                Text(doc.title or "", overflow="fold"),
                published_cell(doc.published),
                duplicate,
            )
        console.print(table)


def _limited(records: Iterator[dict[str, Any]], limit: int | None) -> Iterator[dict[str, Any]]:
    for i, record in enumerate(records):
        if limit is not None and i >= limit:
            return
        yield record


# --------------------------------------------------------------------------- show


def marked_text(doc: Document) -> Text:
    """The stored text: body as is, removed spans dimmed and struck through with their reason."""
    text = doc.text
    marks: list[tuple[int, int, str | None]] = [(s.start, s.end, None) for s in doc.body]
    marks += [(r.start, r.end, r.reason) for r in doc.removed]
    marks.sort(key=lambda m: (m[0], m[1]))
    out = Text()
    pos = 0
    for start, end, reason in marks:
        start = max(start, pos)
        if end <= start:
            continue
        if start > pos:
            out.append(text[pos:start], style="dim")
        if reason is None:
            out.append(text[start:end])
        else:
            out.append(f"⟨removed: {reason}⟩", style="bold magenta")
            out.append(text[start:end], style="dim strike")
            out.append("⟨/removed⟩", style="magenta")
        pos = end
    if pos < len(text):
        out.append(text[pos:], style="dim")
    return out


@app.command()
def show(
    ctx: typer.Context,
    doc: Annotated[str, typer.Argument(help="A document id, a unique id prefix, or its URI.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the whole record as JSON.")
    ] = False,
    raw: Annotated[
        bool, typer.Option("--raw", help="Write the raw bytes as read, nothing else.")
    ] = False,
) -> None:
    """Show one document: metadata, then its text with the removed spans marked."""
    with open_ledger(ctx) as ledger:
        try:
            found = ledger.get(doc)
        except (DocumentNotFound, AmbiguousDocument) as exc:
            raise fail(str(exc)) from None
        if raw:
            stored = ledger.raw(found.id)
            if stored is None:
                raise fail(f"no raw bytes stored for {found.id}")
            sys.stdout.buffer.write(stored.content)
            return
    if as_json:
        print(json.dumps(document_record(found, full=True), ensure_ascii=False))
        return
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    rows: list[tuple[str, Text | str]] = [
        ("id", found.id),
        ("uri", found.uri),
        ("title", found.title or ""),
        ("outlet", found.outlet or ""),
        ("byline", found.byline or ""),
        ("language", f"{found.language or '?'} ({found.language_confidence:.2f})"),
        ("published", published_cell(found.published)),
    ]
    if found.published.page_date:
        rows.append(("page date", f"{found.published.page_date} (site widget, not publication)"))
    if found.duplicate_of:
        similarity = found.duplicate_similarity or 0.0
        rows.append(("duplicate of", f"{found.duplicate_of} (similarity {similarity:.2f})"))
    rows.append(("removed", f"{len(found.removed)} spans"))
    for key, value in rows:
        meta.add_row(key, value if isinstance(value, Text) else Text(value))
    console.print(meta)
    console.rule()
    console.print(marked_text(found), soft_wrap=True)


# --------------------------------------------------------------------------- search


def hit_record(hit: DocumentHit) -> dict[str, Any]:
    return {
        **summary_record(hit.document),
        "rank": hit.rank,
        "snippet": hit.snippet,
        "highlights": [list(h) for h in hit.highlights],
    }


def highlighted(snippet: str, highlights: list[tuple[int, int]]) -> Text:
    out = Text(snippet)
    for start, end in highlights:
        out.stylize("bold yellow", start, end)
    return out


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(help='Words to find (all of them); "a phrase", or, -excluded.')
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="At most this many results.")
    ] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records.")] = False,
) -> None:
    """Full-text search over titles and bodies, best matches first, with snippets."""
    with open_ledger(ctx) as ledger:
        hits = ledger.search(query, limit=limit)
        where = ledger.url
    if as_json:
        print_json_array(hit_record(h) for h in hits)
        return
    if not hits:
        err_console.print(Text(f"no document matches {query!r} in {display_url(where)}"))
        raise typer.Exit(1)
    for hit in hits:
        doc = hit.document
        head = Text()
        head.append(short(doc.id), style="cyan")
        head.append(f"  {doc.title or doc.uri}", style="bold")
        details = " · ".join(x for x in (doc.outlet, doc.language, doc.published.value) if x)
        if details:
            head.append(f"  ({details})", style="dim")
        console.print(head)
        console.print(Text("    ").append(highlighted(hit.snippet, hit.highlights)))
