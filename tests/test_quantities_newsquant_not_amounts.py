"""Numbers in news copy that are no amounts: a score or a tally ("2-0 down", "tied at 89-89",
"a 5-4 vote"), an acronym's number written apart ("COVID -19"), a code named after the digits
("the 90049 ZIP code"), a unit's label ("Unit 3"), a house number before the street word
("22 Ave Foch") and a part of a period ("this half", "the first half of 2024")."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [
        ((q.low, q.high) if q.is_range else q.value, q.unit) for q in extract_quantities(text, lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "At 2-0 down it was easy to give up.", []),
        ("en", "Thompson's layup tied Game 7 at 89-89.", []),
        ("en", "The council approved it in a 5-4 vote.", []),
        ("fr", "Le PSG s'est imposé 3-1 face à Lyon.", []),
        ("de", "Bayern gewann 2-0 gegen Dortmund.", []),
        ("es", "El Madrid ganó 4-2 en casa.", []),
        ("ru", "«Зенит» выиграл 2-1.", []),
        ("uk", "«Динамо» перемогло 3-0.", []),
        # a rising pair is a range, and an amount with a unit is no score
        ("en", "It launched 15-20 drones.", [((15, 20), "drone")]),
        ("fr", "Entre 15-20 drones ont été lancés.", [((15, 20), "drone")]),
        ("en", "Shares fell 5-3 percent.", [(5, None), (3, "percent")]),
    ],
)
def test_a_score_is_no_amount(lang: str, text: str, expected: list[tuple]):
    assert _brief(text, lang) == [
        (tuple(float(x) for x in v) if isinstance(v, tuple) else pytest.approx(v), u)
        for v, u in expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They procured thousands of COVID -19 tests.", [(1000, None)]),
        ("Temperatures fell to -19 degrees.", [(-19, "degree")]),
        ("In the 90049 ZIP code, based on 37 sales, prices fell.", [(37, "sale")]),
        ("An office, Unit 3 at 16-18 Industrial Avenue, was leased.", []),
        ("Properties include 22 Ave Foch, Paris.", []),
        ("Sales grew 35 per cent this half.", [(35, "percent")]),
        ("Profit doubled in the first half of 2024.", []),
        ("Half of the drones were shot down.", [(0.5, "drone")]),
    ],
)
def test_english_codes_labels_and_periods(text: str, expected: list[tuple]):
    assert _brief(text, "en") == [(pytest.approx(v), u) for v, u in expected]
