"""A citation opening the sentence is relayed by the teller after its comma.

"Citing unnamed US officials, the Wall Street Journal reported that ..." is the chain the
project exists for: Wall Street Journal › unnamed US officials, and every claim inside the
report keeps it.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions
from claimgraph.extract.claims import extract_claims_from_text


def _chains(text: str, lang: str) -> list[list[str]]:
    return [
        [s.name for s in a.chain]
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if not a.inherited
    ]


@pytest.mark.parametrize(
    ("lang", "text", "chain"),
    [
        (
            "en",
            "Citing unnamed US officials, the Wall Street Journal reported that Russia plans to "
            "build 6,000 drones.",
            ["Wall Street Journal", "unnamed US officials"],
        ),
        (
            "fr",
            "Citant des responsables américains, Le Monde a rapporté que 40 drones ont été "
            "abattus.",
            ["Monde", "des responsables américains"],
        ),
        (
            "es",
            "Citando a funcionarios estadounidenses, The Wall Street Journal informó que Rusia "
            "quiere construir 6.000 drones.",
            ["Wall Street Journal", "funcionarios estadounidenses"],
        ),
        (
            "ru",
            "Ссылаясь на источники, издание сообщило, что Россия хочет построить 6000 дронов.",
            ["издание", "источники"],
        ),
        (
            "uk",
            "Посилаючись на джерела, видання повідомило, що Росія хоче збудувати 6000 дронів.",
            ["видання", "джерела"],
        ),
        (
            "de",
            "Unter Berufung auf US-Geheimdienste berichtete CNN, Russland wolle 6000 Drohnen "
            "bauen.",
            ["CNN", "US-Geheimdienste"],
        ),
    ],
)
def test_the_teller_after_an_opening_citation_relays_it(
    lang: str, text: str, chain: list[str]
) -> None:
    assert _chains(text, lang)[0] == chain


def test_a_citation_resolving_to_its_own_teller_relays_nothing() -> None:
    # "the newspaper" is the Guardian itself, no second teller behind it
    text = (
        "The Guardian reported the strike on Monday. Citing the newspaper, the Guardian said "
        "that 40 drones were launched."
    )
    assert _chains(text, "en")[1] == ["Guardian"]


def test_an_indefinite_citation_is_a_teller_of_its_own() -> None:
    text = "Citing a report by the institute, Reuters said that 40 drones were launched."
    assert _chains(text, "en")[0] == ["Reuters", "a report"]


def test_a_figure_in_the_report_keeps_the_whole_chain() -> None:
    text = (
        "Citing unnamed US officials, the Wall Street Journal reported that Russia aims to "
        "produce up to 6,000 drones.\n"
    )
    claims = extract_claims_from_text(text, "en", "2023-02-05")
    [claim] = [c for c in claims if c.quantity is not None and c.quantity.value == 6000]
    assert [s.name for s in claim.sources][-2:] == ["Wall Street Journal", "unnamed US officials"]
