"""Claims in the ledger: two tables on the shared metadata, rows, queries, and the ingest stage.

``claims`` holds one row per ``records.Claim`` (evidence offsets into the document's text, the
quantity, period, subject, modality); ``claim_sources`` holds its tellers in order (position 0 is
the outermost), so "every claim relayed by the Wall Street Journal" is an indexed query.

Importing this module registers the ``claims`` ingest stage: ``claimgraph ingest`` extracts each
document's claims in the worker and writes them on the document's own transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Table,
    Text,
    and_,
    exists,
    func,
    insert,
    or_,
    select,
)

from claimgraph.records import Claim, Document, Quantity, Source, Span, TimeRef
from claimgraph.store.metadata import HASH, documents, metadata

CLAIM_ID = String(32)

claims = Table(
    "claims",
    metadata,
    Column("id", CLAIM_ID, primary_key=True),
    Column("doc_id", HASH, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("doc_uri", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("language", String(16)),
    Column("modality", String(16), nullable=False),
    Column("measure", String(100)),
    Column("subject", Text),
    Column("subject_text", Text),
    Column("proposition", Text),
    Column("quote_start", Integer),
    Column("quote_end", Integer),
    Column("quote_text", Text),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("unit", String(40)),
    Column("si_value", Float),
    Column("si_unit", String(40)),
    Column("bound", String(2)),
    Column("counted", Text),
    Column("dimension", String(20)),
    Column("vague", Integer, nullable=False, default=0),
    Column("when_start", String(40)),
    Column("when_end", String(40)),
    Column("when_text", Text),
    Column("when_span", JSON),  # [start, end] or null
    Column("place", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("targets_start", Integer),
    Column("targets_end", Integer),
    Index("ix_claims_doc_id", "doc_id"),
    Index("ix_claims_measure", "measure"),
    Index("ix_claims_subject", "subject"),
    Index("ix_claims_language", "language"),
)

claim_sources = Table(
    "claim_sources",
    metadata,
    Column("claim_id", CLAIM_ID, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),  # 0 = outermost teller
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("role", Text),
    Column("entity_id", String(100)),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Index("ix_claim_sources_name", "name"),
    Index("ix_claim_sources_entity_id", "entity_id"),
)


def _safe(value: str | None) -> str | None:
    # PostgreSQL text cannot hold NUL; scraped text sometimes does.
    return value.replace("\x00", "\ufffd") if value is not None and "\x00" in value else value


# --------------------------------------------------------------------------- rows


def claim_rows(items: Iterable[Claim]) -> dict[str, list[dict[str, Any]]]:
    """Table rows for ``items``: ``{"claims": [...], "claim_sources": [...]}``."""
    rows: list[dict[str, Any]] = []
    source_rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for c in items:
        if c.id in seen:
            continue
        seen.add(c.id)
        q = c.quantity
        rows.append(
            {
                "id": c.id,
                "doc_id": c.doc_id,
                "doc_uri": _safe(c.doc_uri),
                "evidence_start": c.evidence.start,
                "evidence_end": c.evidence.end,
                "evidence_text": _safe(c.evidence_text),
                "language": c.language,
                "modality": c.modality,
                "measure": c.measure,
                "subject": _safe(c.subject),
                "subject_text": _safe(c.subject_text),
                "proposition": _safe(c.proposition),
                "quote_start": q.span.start if q else None,
                "quote_end": q.span.end if q else None,
                "quote_text": _safe(q.text) if q else None,
                "value": q.value if q else None,
                "low": q.low if q else None,
                "high": q.high if q else None,
                "unit": q.unit if q else None,
                "si_value": q.si_value if q else None,
                "si_unit": q.si_unit if q else None,
                "bound": q.bound if q else None,
                "counted": _safe(q.counted) if q else None,
                "dimension": q.dimension if q else None,
                "vague": int(bool(q.vague)) if q else 0,
                "when_start": c.when.start if c.when else None,
                "when_end": c.when.end if c.when else None,
                "when_text": _safe(c.when.text) if c.when else None,
                "when_span": [c.when.span.start, c.when.span.end] if c.when else None,
                "place": _safe(c.place),
                "cue_start": c.cue.start if c.cue else None,
                "cue_end": c.cue.end if c.cue else None,
                "targets_start": c.targets.start if c.targets else None,
                "targets_end": c.targets.end if c.targets else None,
            }
        )
        for position, s in enumerate(c.sources):
            source_rows.append(
                {
                    "claim_id": c.id,
                    "position": position,
                    "name": _safe(s.name),
                    "type": s.type,
                    "role": _safe(s.role),
                    "entity_id": s.entity_id,
                    "span_start": s.span.start if s.span else None,
                    "span_end": s.span.end if s.span else None,
                }
            )
    return {"claims": rows, "claim_sources": source_rows}


def save_claims(tx: Connection, items: Iterable[Claim]) -> int:
    """Insert ``items`` on ``tx`` (the document's transaction); returns how many."""
    rows = claim_rows(items)
    if rows["claims"]:
        tx.execute(insert(claims), rows["claims"])
    if rows["claim_sources"]:
        tx.execute(insert(claim_sources), rows["claim_sources"])
    return len(rows["claims"])


def claim_from_row(row: Any, sources: Sequence[Any]) -> Claim:
    quantity = None
    if row.quote_start is not None:
        quantity = Quantity(
            span=Span(row.quote_start, row.quote_end),
            text=row.quote_text or "",
            value=row.value,
            unit=row.unit,
            low=row.low,
            high=row.high,
            bound=row.bound or "=",
            si_value=row.si_value,
            si_unit=row.si_unit,
            counted=row.counted,
            dimension=row.dimension,
            vague=bool(row.vague),
        )
    when = None
    if row.when_span is not None:
        start, end = row.when_span
        when = TimeRef(Span(start, end), row.when_text or "", row.when_start, row.when_end)
    return Claim(
        id=row.id,
        doc_id=row.doc_id,
        doc_uri=row.doc_uri,
        evidence=Span(row.evidence_start, row.evidence_end),
        evidence_text=row.evidence_text,
        language=row.language,
        modality=row.modality,
        quantity=quantity,
        proposition=row.proposition,
        measure=row.measure,
        subject=row.subject,
        subject_text=row.subject_text,
        when=when,
        place=row.place,
        sources=[
            Source(
                s.name,
                s.type,
                s.role,
                s.entity_id,
                Span(s.span_start, s.span_end) if s.span_start is not None else None,
            )
            for s in sources
        ],
        cue=Span(row.cue_start, row.cue_end) if row.cue_start is not None else None,
        targets=Span(row.targets_start, row.targets_end) if row.targets_start is not None else None,
    )


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """What ``query_claims`` keeps; every field left None keeps everything.

    ``doc``: a document id, id prefix or URI; ``entity``: the subject's entity id or a word of
    its text, or a teller's entity id; ``source``: a teller's name (case-insensitive substring)
    or entity id; ``lang``: the claim's language.
    """

    doc_ids: tuple[str, ...] | None = None
    measure: str | None = None
    entity: str | None = None
    source: str | None = None
    lang: str | None = None
    modality: str | None = None
    limit: int | None = None
    offset: int = 0


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _select(flt: ClaimFilter) -> Select[Any]:
    query = select(claims).join(documents, documents.c.id == claims.c.doc_id)
    if flt.doc_ids is not None:
        query = query.where(claims.c.doc_id.in_(flt.doc_ids))
    if flt.measure:
        query = query.where(claims.c.measure == flt.measure)
    if flt.lang:
        query = query.where(claims.c.language == flt.lang)
    if flt.modality:
        query = query.where(claims.c.modality == flt.modality)
    if flt.entity:
        pattern = _like(flt.entity)
        teller = exists().where(
            and_(claim_sources.c.claim_id == claims.c.id, claim_sources.c.entity_id == flt.entity)
        )
        query = query.where(
            or_(
                claims.c.subject == flt.entity,
                func.lower(claims.c.subject_text).like(pattern, escape="\\"),
                func.lower(claims.c.subject).like(pattern, escape="\\"),
                teller,
            )
        )
    if flt.source:
        pattern = _like(flt.source)
        query = query.where(
            exists().where(
                and_(
                    claim_sources.c.claim_id == claims.c.id,
                    or_(
                        func.lower(claim_sources.c.name).like(pattern, escape="\\"),
                        claim_sources.c.entity_id == flt.source,
                    ),
                )
            )
        )
    query = query.order_by(
        documents.c.ingested_at, claims.c.doc_id, claims.c.evidence_start, claims.c.quote_start
    )
    return query.offset(flt.offset).limit(flt.limit)


def query_claims(conn: Connection, flt: ClaimFilter | None = None) -> list[Claim]:
    """Stored claims matching ``flt``, in document then text order."""
    rows = list(conn.execute(_select(flt or ClaimFilter())))
    if not rows:
        return []
    by_claim: dict[str, list[Any]] = {}
    ids = [r.id for r in rows]
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for s in conn.execute(
            select(claim_sources)
            .where(claim_sources.c.claim_id.in_(chunk))
            .order_by(claim_sources.c.claim_id, claim_sources.c.position)
        ):
            by_claim.setdefault(s.claim_id, []).append(s)
    return [claim_from_row(r, by_claim.get(r.id, [])) for r in rows]


def _file_name(uri: str) -> str:
    """The last path segment of a URI or path ("a/b/001_x.txt#L3" -> "001_x.txt#L3")."""
    return uri.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1]


def documents_named(conn: Connection, name: str) -> list[tuple[str, str]]:
    """(id, uri) of the documents whose file name is ``name`` or, when none is, starts with
    it ("001_4884c0e8cb92d681.txt", "001_"), in ingest order."""
    name = name.strip()
    if not name:
        return []
    rows = conn.execute(
        select(documents.c.id, documents.c.uri)
        .where(documents.c.uri.contains(name, autoescape=True))
        .order_by(documents.c.ingested_at, documents.c.id)
    ).all()
    exact = [(r.id, r.uri) for r in rows if _file_name(r.uri) == name]
    if exact:
        return exact
    return [(r.id, r.uri) for r in rows if _file_name(r.uri).startswith(name)]


def count_claims(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(claims)).scalar_one()


# --------------------------------------------------------------------------- ingest stage


def claims_stage(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """The ingest stage: a document's claims as rows (runs in a worker process)."""
    from claimgraph.extract.claims import extract_claims  # the extractors load only in workers

    return claim_rows(extract_claims(doc))


def register() -> None:
    from claimgraph.pipeline import register_stage

    register_stage("claims", claims_stage)


register()
