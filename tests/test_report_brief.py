"""The analyst's brief on the reconciled sample gold: what a reader of it would look for."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimgraph.reconcile import Reconciliation, reconcile
from claimgraph.report import build_brief, render_report
from claimgraph.report.markdown import md
from fixtures.reconcile.gold_ledger import claims_from_gold, doc_infos, proposition_claims


@pytest.fixture(scope="module")
def recon(seeds_dir: Path, gold_docs: dict, gold_claims: list[dict]) -> Reconciliation:
    claims = claims_from_gold(seeds_dir, gold_claims) + proposition_claims(seeds_dir)
    return reconcile(claims, doc_infos(seeds_dir, gold_docs))


def test_the_markdown_brief_leads_with_the_best_corroborated_figure(recon):
    text = render_report(recon, "markdown", top=5)
    top = text.split("## Top figures and statements", 1)[1].split("### ", 2)[1]
    assert top.startswith("up to 6,000 drone — Russia drone production line — production\\_target")
    assert "4 reports, 3 independent origins" in top
    assert "origin **The Wall Street Journal / unnamed US officials**" in top
    assert "rnd › The Wall Street Journal › unnamed US officials" in top
    assert "pour fournir **6 000** unités à l'armée russe d'ici 2025" in top


def test_the_markdown_brief_shows_the_conflict_with_both_sides(recon):
    text = render_report(recon, "markdown")
    conflicts = text.split("## Conflicts", 1)[1].split("## Denials", 1)[0]
    assert "alabuga — distance: 20 % apart once units are normalised" in conflicts
    assert "600 mi (= 965.6 km)" in conflicts and "804 km" in conflicts
    assert "is located **600 miles** east of Moscow" in conflicts
    assert "à **804 kilomètres** à l'est de Moscou" in conflicts


def test_denials_and_retractions_name_what_they_target(recon):
    text = render_report(recon, "markdown")
    denials = text.split("## Denials", 1)[1].split("## Retractions", 1)[0]
    retractions = text.split("## Retractions", 1)[1]
    assert "l'attaque avait échoué" in denials
    assert "targets: frappe israélienne contre une usine d'armement à Ispahan" in denials
    assert "we won’t help either of the sides" in denials
    assert "US officials retracted the claim" in retractions
    assert "targets: up to 300 drone — Iran — delivered" in retractions.replace("\\_", "_")


def test_evidence_is_escaped_in_markdown():
    assert md("a *bold* [link](x) <b>") == r"a \*bold\* \[link\](x) \<b\>"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_mark = tag == "mark"
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.external.append(value)

    def handle_endtag(self, tag):
        self._in_mark = False if tag == "mark" else self._in_mark

    def handle_data(self, data):
        if self._in_mark:
            self.marks.append(data)


def test_the_html_brief_is_self_contained_and_highlights_each_figure(recon):
    html = render_report(recon, "html")
    parser = _Collector()
    parser.feed(html)
    assert "script" not in parser.tags and "link" not in parser.tags
    assert parser.external == []
    assert {"6,000", "6 000", "600 miles", "804 kilomètres"} <= set(parser.marks)
    assert "up to 6,000 drone" in html


def test_brief_counts(recon):
    brief = build_brief(recon)
    assert brief.counts == {
        "documents": 5,
        "claims": 33,
        "groups": 27,
        "corroborated": 1,
        "conflicts": 1,
        "denials": 2,
        "retractions": 1,
    }
