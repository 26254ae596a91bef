"""The whole story: ingest the five sample articles with the real pipeline, reconcile, check.

What holds whatever the extractor's judgement calls: every claim lands in exactly one group, the
1,750 drones and the $1.75 billion stay apart, and re-ingesting the samples or adding a re-scraped
copy of one adds no independent origin anywhere. And the exact gold of ``seeds.groups.json``:
the four 6,000-drone reports (English and French) are one group with three independent origins,
600 miles against 804 km is a conflict, the retraction and the two denials are linked.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimgraph.pipeline import ingest
from claimgraph.reconcile import Reconciliation
from claimgraph.reconcile.ledger import reconcile_ledger
from claimgraph.store import Ledger


def claim_for(recon: Reconciliation, doc: str, text: str) -> str:
    """The id of the claim of ``doc`` (file name) whose evidence holds ``text``; for a figure,
    its quote must lie inside ``text``."""
    hits = []
    for cid, item in recon.items.items():
        if not item.doc.uri.endswith(doc):
            continue
        claim = item.claim
        if text not in claim.evidence_text and claim.evidence_text not in text:
            continue
        if claim.quantity is not None and claim.quantity.text not in text:
            continue
        hits.append(cid)
    assert len(hits) == 1, (doc, text, len(hits))
    return hits[0]


@pytest.fixture(scope="module")
def samples(tmp_path_factory, seeds_dir: Path) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("story")
    corpus = root / "seeds"
    shutil.copytree(seeds_dir, corpus)
    return corpus, root / "ledger.db"


@pytest.fixture(scope="module")
def recon(samples) -> Reconciliation:
    corpus, db = samples
    with Ledger.open(str(db)) as ledger:
        summary = ingest([str(corpus)], ledger, workers=1)
        assert summary.ingested == 5 and not summary.failures
        return reconcile_ledger(ledger)


def origins_by_claim(recon: Reconciliation) -> dict[str, int]:
    return {cid: len(recon.group_of_claim(cid).origins) for cid in recon.items}


def test_every_extracted_claim_is_in_one_group(recon):
    assert len(recon.items) >= 20
    members = [c for g in recon.groups for c in g.claim_ids]
    assert sorted(members) == sorted(recon.items)
    for g in recon.groups:
        assert 1 <= len(g.origins) <= g.reports


def test_1750_drones_and_175_billion_dollars_stay_apart(recon, gold_groups):
    for gold in gold_groups["not_the_same"]:
        a, b = (recon.group_of[claim_for(recon, doc, text)] for doc, text in gold["members"])
        assert a != b
        assert b not in recon.group(a).conflicts_with


def test_reingesting_and_a_rescraped_copy_add_no_origin(recon, samples, tmp_path):
    corpus, db = samples
    before = origins_by_claim(recon)
    copy_dir = tmp_path / "rescrape"
    copy_dir.mkdir()
    original = corpus / "001_4884c0e8cb92d681.txt"
    text = original.read_text(encoding="utf-8")
    (copy_dir / "001-rescraped.txt").write_text(text + "\nShare this article\n", encoding="utf-8")
    with Ledger.open(str(db)) as ledger:
        again = ingest([str(corpus)], ledger, workers=1)
        assert again.unchanged == 5 and again.ingested == 0
        ingest([str(copy_dir)], ledger, workers=1)
        after = reconcile_ledger(ledger)
    assert len(after.docs) == 6
    copy = next(d for d in after.docs.values() if d.uri.endswith("001-rescraped.txt"))
    assert after.families.of(copy.id) == after.families.of(
        next(d.id for d in after.docs.values() if d.uri.endswith(original.name))
    )
    for cid, k in before.items():
        assert len(after.group_of_claim(cid).origins) == k, recon.items[cid].claim.evidence_text


def test_the_sample_gold_exactly(recon, gold_groups):
    for gold in gold_groups["same_claim"]:
        ids = {recon.group_of[claim_for(recon, doc, text)] for doc, text in gold["members"]}
        assert len(ids) == 1
        assert len(recon.group(ids.pop()).origins) == len(gold["independent_origins"])
    for gold in gold_groups["conflicts"]:
        a, b = (recon.group_of[claim_for(recon, doc, text)] for doc, text in gold["members"])
        assert b in recon.group(a).conflicts_with
    for gold in gold_groups["retracted"]:
        assert recon.group_of_claim(claim_for(recon, *gold["claim"])).retracted
    for gold in gold_groups["denied"]:
        denial = claim_for(recon, *gold["claim"])
        assert any(link.claim_id == denial for link in recon.links)
