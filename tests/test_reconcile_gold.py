"""The sample gold, reconciled: what an analyst checks in ``seeds.groups.json``, exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.reconcile import Reconciliation, reconcile
from fixtures.reconcile.gold_ledger import (
    doc_infos,
    find_claim,
    proposition_claims,
)


@pytest.fixture(scope="module")
def claims(seeds_dir: Path, gold_claims: list[dict]) -> list:
    from fixtures.reconcile import gold_ledger

    return gold_ledger.claims_from_gold(seeds_dir, gold_claims) + proposition_claims(seeds_dir)


@pytest.fixture(scope="module")
def recon(claims: list, seeds_dir: Path, gold_docs: dict) -> Reconciliation:
    return reconcile(claims, doc_infos(seeds_dir, gold_docs))


def _group_ids(recon: Reconciliation, claims: list, members: list[list[str]]) -> set[str]:
    return {recon.group_of[find_claim(claims, doc, text).id] for doc, text in members}


def _label_matches(gold: str, ours: str) -> bool:
    head = gold.split(" / ")[0]
    if head.startswith("unattributed ("):
        return ours.startswith(head[:-1])
    return ours.split(" / ")[0] == head


def test_the_6000_drone_figure_is_one_group_across_english_and_french(recon, claims, gold_groups):
    for gold in gold_groups["same_claim"]:
        ids = _group_ids(recon, claims, gold["members"])
        assert len(ids) == 1, gold["what"]
        group = recon.group(ids.pop())
        expected = {find_claim(claims, doc, text).id for doc, text in gold["members"]}
        assert set(group.claim_ids) == expected
        assert group.reports == 4
        assert len(group.origins) == len(gold["independent_origins"]) == 3
        for label in gold["independent_origins"]:
            assert sum(_label_matches(label, o.label) for o in group.origins) == 1, label
        # the two mentions in 000 are one origin: rnd relaying the WSJ relaying US officials
        in_000 = [c for c in group.claim_ids if recon.claim(c).doc_uri.startswith("000")]
        wsj = [o for o in group.origins if set(in_000) <= set(o.claim_ids)]
        assert len(wsj) == 1
        assert ["rnd", "The Wall Street Journal", "unnamed US officials"] in wsj[0].chains


def test_no_other_claims_are_grouped(recon, claims, gold_groups):
    expected = [
        {find_claim(claims, doc, text).id for doc, text in g["members"]}
        for g in gold_groups["same_claim"]
    ]
    multi = [set(g.claim_ids) for g in recon.groups if g.reports > 1]
    assert sorted(map(sorted, multi)) == sorted(map(sorted, expected))


def test_the_distance_conflict_is_found_and_is_the_only_one(recon, claims, gold_groups):
    found = {frozenset((a.id, b.id)) for a, b in recon.conflicts()}
    expected = {
        frozenset(_group_ids(recon, claims, g["members"])) for g in gold_groups["conflicts"]
    }
    assert found == expected
    (pair,) = expected
    miles, km = (recon.group(g) for g in pair)
    assert {miles.unit, km.unit} == {"mi", "km"}


def test_1750_drones_and_175_billion_dollars_never_group_or_conflict(recon, claims, gold_groups):
    for gold in gold_groups["not_the_same"]:
        ids = _group_ids(recon, claims, gold["members"])
        assert len(ids) == 2
        a, b = ids
        assert b not in recon.group(a).conflicts_with


def test_the_retraction_marks_the_white_house_figure(recon, claims, gold_groups):
    for gold in gold_groups["retracted"]:
        target = find_claim(claims, *gold["claim"])
        retraction = find_claim(claims, *gold["retraction"])
        group = recon.group_of_claim(target.id)
        assert group.retracted
        assert [
            (link.claim_id, link.target_id) for link in recon.links if link.kind == "retraction"
        ] == [(retraction.id, target.id)]
        assert recon.retracted_by[group.id] == [recon.group_of[retraction.id]]
    retracted = [g for g in recon.groups if g.retracted]
    assert len(retracted) == len(gold_groups["retracted"])


def test_both_denials_are_linked_to_what_they_deny(recon, claims, gold_groups):
    for gold in gold_groups["denied"]:
        denial = find_claim(claims, *gold["claim"])
        group = recon.group_of_claim(denial.id)
        assert recon.kinds[group.id] == "denial"
        (link,) = [link for link in recon.links if link.claim_id == denial.id]
        target = recon.group_of_claim(link.target_id)
        assert target.denied
        assert group.id in recon.denied_by[target.id]
        assert recon.claim(link.target_id).doc_id == denial.doc_id  # same document here
    isfahan = find_claim(claims, "002_c439a4a123958bf1.txt", "une frappe israélienne")
    assert recon.group_of_claim(isfahan.id).denied


def test_every_claim_is_in_exactly_one_group(recon, claims):
    seen = [c for g in recon.groups for c in g.claim_ids]
    assert sorted(seen) == sorted(c.id for c in claims)
