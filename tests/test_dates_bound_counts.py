"""A bound of the quantities data opening the sentence before four digits and a counted noun
makes the digits a count, not a year ("Hasta 2000 drones fueron lanzados"); any other year cue
keeps the year ("In 2025 drones were everywhere")."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs
from claimgraph.extract.q_lexicon import is_quantity_bound


def _times(text: str, lang: str) -> list[str]:
    return [t.text for t in extract_time_refs(text, lang, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Up to 2000 drones a month are produced at the Alabuga plant."),
        ("fr", "Jusqu'à 2000 drones par mois sont produits dans l'usine d'Alabouga."),
        ("es", "Hasta 2000 drones fueron lanzados contra Ucrania en un mes."),
        ("ru", "До 2000 дронов в месяц выпускает завод в Алабуге."),
        ("uk", "До 2000 дронів на місяць випускає завод в Алабузі."),
    ],
)
def test_a_bound_opening_the_sentence_counts(lang: str, text: str) -> None:
    assert not any("2000" in t for t in _times(text, lang))
    bounded = [
        c.quantity
        for c in extract_claims_from_text(text, lang)
        if c.quantity is not None and c.quantity.value == 2000
    ]
    assert bounded and all(q.bound == "<=" and q.unit.startswith("drone") for q in bounded)


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("en", "In 2025 drones were everywhere over the front.", "2025"),
        ("fr", "En 2025 les drones étaient partout sur le front.", "2025"),
        ("de", "Bis 2000 Drohnen kannte kaum jemand.", "2000"),
        ("es", "En 2025 drones rusos atacaron Kiev cada noche.", "2025"),
        ("ru", "В 2025 дроны атаковали Киев каждую ночь.", "2025"),
        ("uk", "У 2025 дрони атакували Київ щоночі.", "2025"),
    ],
)
def test_a_year_cue_that_is_no_bound_keeps_the_year(lang: str, text: str, year: str) -> None:
    assert any(year in t for t in _times(text, lang))


def test_bounds_come_from_the_quantities_data() -> None:
    assert is_quantity_bound("en", ["up", "to"])
    assert is_quantity_bound("fr", ["jusqu", "'", "à"])
    assert is_quantity_bound("ru", ["до"])
    assert not is_quantity_bound("en", ["in"])
    assert not is_quantity_bound("de", ["bis"])  # only "bis zu" bounds a number
