"""Exports of the reconciled sample gold: what someone loading them elsewhere would check."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

from claimgraph.export import export_ledger, ledger_document, ledger_schema
from claimgraph.export.ftm import ftm_entities
from claimgraph.reconcile import Reconciliation, reconcile
from fixtures.reconcile.gold_ledger import claims_from_gold, doc_infos, proposition_claims

FTM_SUBSET = Path(__file__).parent / "fixtures" / "reconcile" / "ftm_schemata.json"


@pytest.fixture(scope="module")
def recon(seeds_dir: Path, gold_docs: dict, gold_claims: list[dict]) -> Reconciliation:
    claims = claims_from_gold(seeds_dir, gold_claims) + proposition_claims(seeds_dir)
    return reconcile(claims, doc_infos(seeds_dir, gold_docs))


def test_the_json_export_follows_its_schema(recon, tmp_path):
    out = tmp_path / "ledger.json"
    assert export_ledger(recon, "json", out) == [out]
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(ledger_schema())).validate(data)
    assert data["counts"]["claims"] == 33 and data["counts"]["conflicts"] == 1
    assert data["conflicts"][0]["relative_difference"] == pytest.approx(0.201, abs=0.001)
    six = data["groups"][0]
    assert six["summary"] == "4 reports, 3 independent origins"
    assert six["claims"][0]["doc"] == "000_417ffefe938d1bfc.txt"
    assert six["claims"][0]["role"] == "first"


def test_the_schema_rejects_a_group_without_origins(recon):
    data = ledger_document(recon)
    data["groups"][0]["independent_origins"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json.loads(ledger_schema()))


def test_csv_tables_of_claims_and_groups(recon, tmp_path):
    claims_csv, groups_csv = export_ledger(recon, "csv", tmp_path / "out")
    with claims_csv.open(encoding="utf-8") as fh:
        claims = list(csv.DictReader(fh))
    with groups_csv.open(encoding="utf-8") as fh:
        groups = list(csv.DictReader(fh))
    assert len(claims) == 33
    alabuga_km = next(r for r in claims if r["unit"] == "km" and r["measure"] == "distance")
    assert alabuga_km["value"] == "804.0" and alabuga_km["innermost_source"] == "Washington Post"
    assert alabuga_km["sources"] == "i24 > Washington Post"
    by_id = {g["id"]: g for g in groups}
    assert by_id[alabuga_km["group"]]["conflicts_with"]
    assert groups[0]["independent_origins"] == "3" and groups[0]["reports"] == "4"


def test_parquet_tables_keep_types(recon, tmp_path):
    claims_pq, groups_pq = export_ledger(recon, "parquet", tmp_path / "out")
    claims = pq.read_table(claims_pq)
    groups = pq.read_table(groups_pq)
    assert claims.num_rows == 33
    assert str(claims.schema.field("value").type) == "double"
    assert str(groups.schema.field("retracted").type) == "bool"
    rows = groups.to_pylist()
    assert sum(r["retracted"] for r in rows) == 1
    assert sum(r["denied"] for r in rows) == 2


def test_claimreview_is_a_lossy_view_of_figures_and_events(recon, tmp_path):
    out = tmp_path / "reviews.jsonld"
    export_ledger(recon, "claimreview", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    assert all(
        r["@type"] == "ClaimReview" and r["itemReviewed"]["@type"] == "Claim" for r in reviews
    )
    verdicts = {r["identifier"]: r["reviewRating"]["alternateName"] for r in reviews}
    six = recon.ranked()[0]
    assert verdicts[six.id] == "3 independent origins"
    assert sorted(verdicts.values()).count("Contradicted") == 2
    assert "Retracted" in verdicts.values()
    assert len(reviews) == len(recon.groups) - 3  # two denials and a retraction are not reviewed


def test_ftm_entities_use_only_followthemoney_schemata(recon, tmp_path):
    subset = json.loads(FTM_SUBSET.read_text(encoding="utf-8"))
    out = tmp_path / "ledger.ftm.json"
    export_ledger(recon, "ftm", out)
    entities = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    for entity in entities:
        allowed = subset[entity["schema"]]
        assert set(entity["properties"]) <= set(allowed), entity
        for name, values in entity["properties"].items():
            assert isinstance(values, list) and all(isinstance(v, str) for v in values)
            if allowed[name] == "entity":
                assert set(values) <= ids, (entity["id"], name)
    schemata = [e["schema"] for e in entities]
    assert schemata.count("Article") == 5
    assert schemata.count("Note") == 33 + len(recon.groups)
    wsj = [e for e in entities if e["properties"].get("name") == ["The Wall Street Journal"]]
    assert [e["schema"] for e in wsj] == ["Organization"]
    languages = {
        v for e in entities if e["schema"] == "Article" for v in e["properties"]["language"]
    }
    assert languages == {"eng", "fra"}


def test_ftm_ids_are_stable(recon):
    assert [e["id"] for e in ftm_entities(recon)] == [e["id"] for e in ftm_entities(recon)]
