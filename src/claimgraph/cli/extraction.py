"""Claim commands: ``claims`` (list stored claims) and ``extract`` (claims of one text, unstored).

Importing this module also registers the ``claims`` ingest stage (``claimgraph.store.claims``), so
``claimgraph ingest`` stores each document's claims with it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from claimgraph.cli.app import app, console, fail, open_ledger
from claimgraph.records import Claim
from claimgraph.store import claims as claim_store  # registers the ingest stage
from claimgraph.store.errors import AmbiguousDocument, DocumentNotFound

MAX_TEXT_BYTES = 50 * 1024 * 1024


# --------------------------------------------------------------------------- rendering


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def value_text(claim: Claim) -> str:
    """ "<= 6,000 drone", "15-20 drone", or the proposition of a non-numeric claim."""
    q = claim.quantity
    if q is None:
        return claim.proposition or ""
    amount = f"{_number(q.low)}-{_number(q.high)}" if q.is_range else _number(q.value)
    bound = "" if q.bound == "=" else f"{q.bound} "
    unit = f" {q.unit}" if q.unit else ""
    si = ""
    if q.si_value is not None and q.si_unit and q.si_unit != q.unit:
        si = f" (= {_number(round(q.si_value, 1))} {q.si_unit})"
    return f"{bound}{amount}{unit}{si}"


def chain_text(claim: Claim) -> str:
    return " → ".join(s.name for s in claim.sources) if claim.sources else "(unattributed)"


def when_text(claim: Claim) -> str | None:
    if claim.when is None:
        return None
    if claim.when.start or claim.when.end:
        start, end = claim.when.start or "…", claim.when.end or "…"
        return start if start == end else f"{start} – {end}"
    return f"“{claim.when.text}” (unresolved)"


def highlighted_evidence(claim: Claim) -> Text:
    """The evidence sentence with the quantity in bold and the reporting cue underlined."""
    text = Text(claim.evidence_text)
    base = claim.evidence.start
    limit = len(claim.evidence_text)

    def mark(start: int, end: int, style: str) -> None:
        a, b = start - base, end - base
        if 0 <= a < b <= limit:
            text.stylize(style, a, b)

    if claim.cue is not None:
        mark(claim.cue.start, claim.cue.end, "underline")
    if claim.quantity is not None:
        mark(claim.quantity.span.start, claim.quantity.span.end, "bold yellow")
    return text


def print_claim(claim: Claim) -> None:
    head = Text()
    head.append(claim.measure or "claim", style="bold cyan")
    head.append("  ")
    head.append(value_text(claim), style="bold")
    if claim.subject:
        head.append(f"  subject {claim.subject}", style="magenta")
    period = when_text(claim)
    if period:
        head.append(f"  when {period}", style="green")
    if claim.place:
        head.append(f"  in {claim.place}", style="green")
    console.print(head, highlight=False)
    meta = Text("  ")
    meta.append(chain_text(claim))
    meta.append(f"  [{claim.modality}]", style="italic")
    meta.append(f"  {claim.doc_uri} @{claim.evidence.start}", style="dim")
    console.print(meta, highlight=False)
    console.print(Text("  ") + highlighted_evidence(claim), highlight=False)
    console.print()


def print_json(records: list[dict[str, Any]]) -> None:
    import json

    sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1))
    sys.stdout.write("\n")


# --------------------------------------------------------------------------- claims


@app.command()
def claims(
    ctx: typer.Context,
    doc: Annotated[
        str | None,
        typer.Option(
            "--doc", help="Only this document: id, id prefix, URI, file name or its unique prefix."
        ),
    ] = None,
    measure: Annotated[
        str | None, typer.Option("--measure", help="Only this measure (e.g. launched, range).")
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option("--entity", help="Only claims about this entity (watchlist id or name)."),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", help="Only claims told by this teller (name or watchlist id)."),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only claims in this language.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help="At most this many claims.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON claim records.")] = False,
) -> None:
    """List the claims stored in the ledger, with their evidence highlighted."""
    with open_ledger(ctx) as ledger:
        doc_ids = None if doc is None else (_document_id(ledger, doc),)
        flt = claim_store.ClaimFilter(
            doc_ids=doc_ids, measure=measure, entity=entity, source=source, lang=lang, limit=limit
        )
        with ledger.engine.connect() as conn:
            found = claim_store.query_claims(conn, flt)
    if as_json:
        print_json([c.to_dict() for c in found])
        return
    if not found:
        console.print("no claims match", style="dim")
        return
    for c in found:
        print_claim(c)
    console.print(f"{len(found)} claims", style="dim")


def _document_id(ledger: Any, ref: str) -> str:
    """The document ``ref`` names: what ``show`` accepts (an id, a unique id prefix, a URI),
    else a file name or a unique prefix of one ("001_4884c0e8cb92d681.txt", "001_")."""
    try:
        return str(ledger.resolve(ref))
    except AmbiguousDocument as exc:
        raise fail(str(exc)) from None
    except DocumentNotFound as exc:
        missing = str(exc)
    with ledger.engine.connect() as conn:
        named = claim_store.documents_named(conn, ref)
    ids = list(dict.fromkeys(doc_id for doc_id, _ in named))
    if len(ids) == 1:
        return ids[0]
    if ids:
        uris = list(dict.fromkeys(uri for _, uri in named))
        shown = ", ".join(uris[:5]) + (f" and {len(uris) - 5} more" if len(uris) > 5 else "")
        raise fail(
            f"{ref!r} names {len(ids)} documents ({shown}); give more of the file name, "
            "the id or the URI"
        )
    raise fail(f"{missing} (nor a file name)")


# --------------------------------------------------------------------------- extract


def _read_text(file: str) -> str:
    if file == "-":
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
    else:
        path = Path(file)
        if not path.is_file():
            raise fail(f"no such file: {file}", code=2)
        with path.open("rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise fail(f"{file} is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB", code=2)
    return data.decode("utf-8", errors="replace")


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="A UTF-8 text file, or - for standard input.")],
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language (en fr de es ru uk); detected if omitted."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published", help="Publication date YYYY-MM-DD: relative dates resolve against it."
        ),
    ] = None,
    profile: Annotated[
        Path | None, typer.Option("--profile", help="A profile YAML (default: the shipped one).")
    ] = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="The publishing outlet (first teller).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON claim records.")] = False,
) -> None:
    """Print the claims of one text without storing it."""
    from claimgraph.extract.claims import extract_claims_from_text
    from claimgraph.extract.profile import ProfileError, load_profile
    from claimgraph.lang import available_languages

    if published is not None:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise fail(
                f"--published must be a date such as 2023-01-02, not {published!r}", 2
            ) from None
    if lang is not None and lang not in available_languages():
        raise fail(
            f"no language data for {lang!r}; use one of {', '.join(available_languages())}", 2
        )
    try:
        chosen = load_profile(profile)
    except ProfileError as exc:
        raise fail(str(exc), code=2) from None
    text = _read_text(file)
    if lang is None:
        from claimgraph.clean import detect_language

        lang, _ = detect_language(text)
    found = extract_claims_from_text(text, lang, published, profile=chosen, uri=file, outlet=outlet)
    if as_json:
        print_json([c.to_dict() for c in found])
        return
    if not found:
        console.print("no claims found", style="dim")
        return
    for c in found:
        print_claim(c)
    console.print(f"{len(found)} claims", style="dim")
