"""Independence: copies, re-scrapes and translations of an article never add an origin."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from claimgraph.reconcile import DocInfo, quantity_fingerprint, reconcile
from claimgraph.records import Claim, Quantity, Source, Span
from fixtures.reconcile.gold_ledger import doc_infos, find_claim, proposition_claims

SIX_THOUSAND = ("000_417ffefe938d1bfc.txt", "reports that the aim is to produce up to 6,000 drones")


@pytest.fixture(scope="module")
def base(seeds_dir: Path, gold_docs: dict, gold_claims: list[dict]):
    from fixtures.reconcile import gold_ledger

    claims = gold_ledger.claims_from_gold(seeds_dir, gold_claims) + proposition_claims(seeds_dir)
    return claims, doc_infos(seeds_dir, gold_docs)


def copy_document(
    claims: list[Claim], docs: list[DocInfo], name: str, new_id: str, **changes
) -> tuple[list[Claim], DocInfo]:
    """A copy of document ``name`` under ``new_id``; ``changes`` alter its DocInfo."""
    original = next(d for d in docs if d.uri == name)
    info = dataclasses.replace(
        original, id=new_id, uri=f"copy-of-{name}", ingest_order=len(docs) + 10, **changes
    )
    copied = [
        dataclasses.replace(c, doc_id=new_id, doc_uri=info.uri, id="")
        for c in claims
        if c.doc_id == original.id
    ]
    return copied, info


def origins_of_six_thousand(claims, docs) -> int:
    recon = reconcile(claims, docs)
    target = find_claim([c for c in claims if c.doc_uri == SIX_THOUSAND[0]], *SIX_THOUSAND)
    return len(recon.group_of_claim(target.id).origins)


def test_baseline_has_three_origins(base):
    assert origins_of_six_thousand(*base) == 3


@pytest.mark.parametrize("name", ["000_417ffefe938d1bfc.txt", "001_4884c0e8cb92d681.txt"])
def test_the_same_article_ingested_twice_adds_reports_not_origins(base, name):
    claims, docs = base
    docs = [dataclasses.replace(d, text_hash=d.id) for d in docs]
    copied, info = copy_document(claims, docs, name, "f" * 64, duplicate_of=None)
    assert info.text_hash == next(d for d in docs if d.uri == name).text_hash
    recon = reconcile(claims + copied, [*docs, info])
    target = next(c for c in copied if "6,000" in c.evidence_text)
    group = recon.group_of_claim(target.id)
    assert group.reports > 4
    assert len(group.origins) == 3


def test_a_rescraped_copy_flagged_as_near_duplicate_adds_no_origin(base):
    claims, docs = base
    original = docs[1]  # 001: its 6,000 is the outlet's own, unattributed
    copied, info = copy_document(
        claims, docs, original.uri, "e" * 64, duplicate_of=original.id, duplicate_similarity=0.93
    )
    assert origins_of_six_thousand(claims + copied, [*docs, info]) == 3


def test_a_translation_with_no_link_is_found_by_its_figures(base):
    """001 in German: no shared words, no link; the same figures in the same order."""
    claims, docs = base
    original = docs[1]
    copied, info = copy_document(claims, docs, original.uri, "d" * 64, language="de")
    german = {
        "600 miles": "965 Kilometer",
        "90 %": "90 Prozent",
        "12-day": "zwölftägigen",
        "$ 1.75 billion": "1,75 Milliarden Dollar",
    }
    for c in copied:
        q = c.quantity
        if q is not None and q.text in german:
            text = german[q.text]
            if q.unit == "mi":  # the translator converted the unit
                q = dataclasses.replace(q, value=965.0, unit="km", si_value=None, si_unit=None)
            c.quantity = dataclasses.replace(q, text=text)
        c.language = "de"
    recon = reconcile(claims + copied, [*docs, info])
    assert recon.families.of(info.id) == original.id
    target = next(c for c in copied if c.quantity and c.quantity.value == 6000)
    assert len(recon.group_of_claim(target.id).origins) == 3


def test_a_translation_link_joins_documents(base):
    claims, docs = base
    original = docs[0]
    copied, info = copy_document(
        claims, docs, original.uri, "c" * 64, language="fr", translated_from=original.id
    )
    for c in copied:  # a translation that lost every attribution still adds no origin
        c.sources = []
    assert origins_of_six_thousand(claims + copied, [*docs, info]) == 3


def test_an_independent_article_with_the_same_figure_is_a_new_origin(base):
    claims, docs = base
    info = DocInfo(
        id="b" * 64,
        uri="kyiv-independent.txt",
        outlet="Kyiv Independent",
        language="uk",
        ingest_order=99,
    )
    text = "Росія планує виробляти до 6 тис. дронів, повідомило ГУР."
    at = text.index("6 тис.")
    claim = Claim(
        doc_id=info.id,
        doc_uri=info.uri,
        evidence=Span(0, len(text)),
        evidence_text=text,
        language="uk",
        modality="reported",
        quantity=Quantity(Span(at, at + 6), "6 тис.", 6000.0, unit="drone", bound="<="),
        measure="production_target",
        subject="russia-drone-production-line",
        sources=[Source("Kyiv Independent"), Source("ГУР", type="government")],
    )
    assert origins_of_six_thousand([*claims, claim], [*docs, info]) == 4


def test_different_articles_sharing_one_headline_figure_are_not_one_family(base):
    claims, docs = base
    recon = reconcile(*base)
    assert len(set(recon.families.root.values())) == len(docs)
    by_doc = {d.id: [c for c in claims if c.doc_id == d.id] for d in docs}
    assert quantity_fingerprint(by_doc[docs[0].id]) != quantity_fingerprint(by_doc[docs[1].id])
