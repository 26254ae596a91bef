"""Units and counted nouns as news copy writes them (the patterns NewsQuant annotates).

A noun hyphenated after a number counts what the number counts ("six-cylinder engine"), a
unit may follow one modifier ("517 rushing yards"), a fraction takes its unit after "of a"
("1/16 of a US pint"), US customary volumes normalise to litres, and the krone is named as
English copy translates it ("Danish crowns").
"""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str = "en") -> list[tuple]:
    return [(q.value, q.unit, q.counted) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The range comes with four-, five- and six-cylinder engine options.",
            [(4, "cylinder", "cylinder"), (5, "cylinder", "cylinder"), (6, "cylinder", "cylinder")],
        ),
        ("He shot 32.3% from three-point range.", [(32.3, "percent", None), (3, "point", "point")]),
        ("A 10-member delegation arrived.", [(10, "member", "member")]),
        # a suspended member shares a unit of measure too
        ("It sold 5- and 10-year bonds.", [(5, "year", None), (10, "year", None)]),
        # a duration stays a unit of measure; an idiom with "one" is no count
        ("He signed a five-year contract.", [(5, "year", None)]),
        ("It was a one-off payment.", []),
        # no noun qualified: a score or a word on its own
        ("He hit a three-pointer.", [(3, None, None)]),
    ],
)
def test_a_noun_hyphenated_after_a_number_is_counted(text: str, expected: list[tuple]):
    assert _brief(text) == [(pytest.approx(v), u, c) for v, u, c in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A defense that gave up 517 rushing yards against Kentucky.", [(517, "yd")]),
        ("It joins the 50 previous years of programming.", [(50, "year")]),
        ("Strikes went on for 3 consecutive days.", [(3, "day")]),
        # a modifier before a counted noun or a currency is not skipped
        ("The 10 major cities were hit.", [(10, "city")]),
        ("He paid with 5 dollar bills.", [(5, "USD")]),
    ],
)
def test_a_unit_after_one_modifier(text: str, expected: list[tuple]):
    assert [(q.value, q.unit) for q in extract_quantities(text, "en")] == [
        (pytest.approx(v), u) for v, u in expected
    ]


def test_fractions_of_a_us_customary_volume():
    text = "One US fluid ounce is 1/16 of a US pint, 1⁄32 of a US quart, and 1⁄128 of a US gallon."
    found = extract_quantities(text, "en")
    assert [(q.text, q.unit) for q in found] == [
        ("One US fluid ounce", "floz"),
        ("1/16 of a US pint", "pt"),
        ("1⁄32 of a US quart", "qt"),
        ("1⁄128 of a US gallon", "gal"),
    ]
    # all four are the same volume
    assert {round(q.si_value or 0, 4) for q in found} == {0.0296}
    assert all(q.si_unit == "l" for q in found)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Clients with more than 7.5 million Danish crowns in deposits pay a fee.", "DKK"),
        ("The fund holds 2 billion Swedish crowns.", "SEK"),
        ("The fine was 40 million Norwegian crowns.", "NOK"),
    ],
)
def test_crowns_are_the_krone(text: str, unit: str):
    (q,) = extract_quantities(text, "en")
    assert (q.unit, q.dimension) == (unit, "currency")
