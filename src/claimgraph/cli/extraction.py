"""Claim commands: ``claims`` (list stored claims) and ``extract`` (claims of one text, unstored).

Importing this module also registers the ``claims`` ingest stage (``claimgraph.store.claims``), so
``claimgraph ingest`` stores each document's claims with it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from claimgraph.cli.app import app, console, fail, open_ledger
from claimgraph.records import Claim, Document, Published, ReadFailure
from claimgraph.store import claims as claim_store  # registers the ingest stage
from claimgraph.store.errors import AmbiguousDocument, DocumentNotFound

if TYPE_CHECKING:
    from claimgraph.extract.profile import Profile

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
    # a duration in seconds ("12 day (= 1,036,800 s)") tells a reader nothing
    if q.si_value is not None and q.si_unit and q.si_unit not in (q.unit, "s"):
        si = f" (= {_number(round(q.si_value, 1))} {q.si_unit})"
    return f"{bound}{amount}{unit}{si}"


def chain_text(claim: Claim) -> str:
    return " → ".join(s.name for s in claim.sources) if claim.sources else "(unattributed)"


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _as_written(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The ends of a period at the granularity they cover: whole years as "2022", whole months
    as "2022-08" (so 2022-08-01 – 2022-08-31 reads "2022-08")."""
    a = _day(start) if start else None
    b = _day(end) if end else None
    if a is not None and b is not None and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31):
        return str(a.year), str(b.year)
    month_start = a is None or a.day == 1
    month_end = b is None or (b + timedelta(days=1)).day == 1
    if month_start and month_end and (a is not None or b is not None):
        return (
            f"{a:%Y-%m}" if a is not None else None,
            f"{b:%Y-%m}" if b is not None else None,
        )
    return start, end


def when_text(claim: Claim) -> str | None:
    """ "2022-08", "2023-01 – 2023-03", "by 2025-09", "since 2022", or the expression kept
    unresolved (a relative date in a document without a publication date)."""
    if claim.when is None:
        return None
    if claim.when.start or claim.when.end:
        start, end = _as_written(claim.when.start, claim.when.end)
        if start is None:
            return f"by {end}"
        if end is None:
            return f"since {start}"
        return start if start == end else f"{start} – {end}"
    return f"“{claim.when.text}” (unresolved)"


def subject_text(claim: Claim, profile: Profile | None = None) -> str | None:
    """The subject by its watchlist name, with the words written when they differ
    ("Russia (“Kremlin”)"); else as written."""
    if not claim.subject:
        return None
    from claimgraph.extract.profile import default_profile

    entity = (profile or default_profile()).entity(claim.subject)
    name = entity.name if entity is not None else claim.subject
    written = claim.subject_text
    if written and written.casefold() != name.casefold():
        return f"{name} (“{written}”)"
    return name


def highlighted_evidence(claim: Claim) -> Text:
    """The evidence sentence with the quantity (or the proposition of a non-numeric claim) in
    bold and the reporting cue underlined."""
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
    elif claim.proposition:
        at = claim.evidence_text.find(claim.proposition)
        if at >= 0:
            mark(base + at, base + at + len(claim.proposition), "bold")
    return text


def print_claim(claim: Claim, profile: Profile | None = None) -> None:
    """One claim for a reader: what and how much, about whom, when, where; then the chain of
    tellers (outermost first), the modality and where it is; then the evidence highlighted.
    A non-numeric claim's proposition is shown in its evidence, not repeated above it."""
    head = Text()
    head.append(claim.measure or "claim", style="bold cyan")
    if claim.quantity is not None:
        head.append("  ")
        head.append(value_text(claim), style="bold")
    subject = subject_text(claim, profile)
    if subject:
        head.append(f"  about {subject}", style="magenta")
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


def _documents(
    file: str, lang: str | None, published: str | None, outlet: str | None
) -> Iterator[Document]:
    """The documents in ``file`` (or standard input), read and cleaned as ``ingest`` does (site
    furniture and repeated bodies left out, outlet and date found), the options taking
    precedence over what the cleaner found."""
    from claimgraph.clean import clean_document
    from claimgraph.readers import read_sources

    if file != "-" and not Path(file).is_file():
        raise fail(f"no such file: {file}", code=2)
    for item in read_sources([file], max_bytes=MAX_TEXT_BYTES):
        if isinstance(item, ReadFailure):
            raise fail(f"{item.uri}: {item.reason}", code=2)
        doc = clean_document(item)
        if lang is not None:
            doc.language = lang
        if published is not None:
            doc.published = Published(published, "container", 1.0)
        if outlet is not None:
            doc.outlet = outlet
        yield doc


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
    """Print the claims of one text without storing it (read and cleaned as ``ingest`` does)."""
    from claimgraph.extract.claims import extract_claims
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
    found = [
        c for doc in _documents(file, lang, published, outlet) for c in extract_claims(doc, chosen)
    ]
    if as_json:
        print_json([c.to_dict() for c in found])
        return
    if not found:
        console.print("no claims found", style="dim")
        return
    for c in found:
        print_claim(c, chosen)
    console.print(f"{len(found)} claims", style="dim")
