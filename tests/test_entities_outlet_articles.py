"""Newspapers whose name opens with an article ("le Monde", "Le Figaro", "El País", "Die Welt",
"Der Spiegel") are outlets, article included, both as names in the text and as the tellers of
the claims they report; a common noun after an article is not one ("dans le monde", German
"die Welt" opening a sentence is the world)."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.entities import extract_mentions


@pytest.mark.parametrize(
    ("lang", "text", "outlet"),
    [
        ("fr", "Selon le Monde, 12 drones ont été abattus.", "le Monde"),
        ("fr", "Le Figaro a rapporté que 12 drones ont été abattus.", "Le Figaro"),
        ("es", "Según El País, 12 drones fueron derribados.", "El País"),
        ("de", "Laut Der Spiegel wurden 12 Drohnen abgeschossen.", "Der Spiegel"),
        ("de", "Wie Die Welt berichtete, wurden 12 Drohnen abgeschossen.", "Die Welt"),
        ("en", "He told the Guardian that 12 drones were shot down.", "the Guardian"),
    ],
)
def test_an_outlet_keeps_its_article(lang: str, text: str, outlet: str) -> None:
    found = [(m.text, m.type) for m in extract_mentions(text, lang)]
    assert (outlet, "outlet") in found


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("fr", "Selon le Monde, 12 drones ont été abattus.", "Le Monde"),
        ("fr", "Le Monde a indiqué que 12 drones ont été abattus.", "Le Monde"),
        ("fr", "Le Figaro a rapporté que 12 drones ont été abattus.", "Le Figaro"),
        ("es", "Según El País, 12 drones fueron derribados.", "El País"),
        ("de", "Laut Der Spiegel wurden 12 Drohnen abgeschossen.", "Der Spiegel"),
    ],
)
def test_an_outlet_with_an_article_tells_as_an_outlet(lang: str, text: str, teller: str) -> None:
    [claim] = extract_claims_from_text(text, lang)
    assert [(s.name, s.type) for s in claim.sources] == [(teller, "outlet")]


def test_a_person_stays_a_person() -> None:
    [claim] = extract_claims_from_text("Selon Jean Dupont, 12 drones ont été abattus.", "fr")
    assert [(s.name, s.type) for s in claim.sources] == [("Jean Dupont", "person")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Dans le monde, 12 pays fabriquent des drones."),
        ("de", "Die Welt schaut zu, wie 12 Drohnen starten."),
        ("es", "En el país, 12 drones fueron derribados."),
    ],
)
def test_the_world_and_the_country_are_no_outlet(lang: str, text: str) -> None:
    assert not [m for m in extract_mentions(text, lang) if m.type == "outlet"]


def test_an_outlet_word_inside_a_title_retypes_no_teller() -> None:
    text = "White House Press Secretary Stephanie Grisham said 12 drones were shot down."
    [claim] = extract_claims_from_text(text, "en")
    assert [s.type for s in claim.sources] == ["person"]
