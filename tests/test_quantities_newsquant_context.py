"""A number read from what stands before it in news copy: the unit of a range it changes from
("from about 14-18 mpg to 24"), the noun counted before "or" ("a day or two", "another pick or
two"), a rate written past a bracketed conversion ("9 billion shekels ($2.408 billion) a
year"), and degrees written with a bare letter ("a high of 12 C", "80 F")."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str = "en") -> list[tuple]:
    out = []
    for q in extract_quantities(text, lang):
        out.append(((q.low, q.high) if q.is_range else q.value, q.unit))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mileage went from about 14-18 mpg to 24 for sport utility vehicles.",
            [((14, 18), "mpg"), (24, "mpg")],
        ),
        ("Prices went from 10-12 dollars to 15.", [((10, 12), "USD"), (15, "USD")]),
        # a change from a single amount is a range; "to" after a percent is a level, no percent
        ("It rose from 5 percent to 7.", [((5, 7), "percent")]),
        ("The index fell 3% to 1,200.", [(3, "percent"), (1200, None)]),
    ],
)
def test_a_change_from_a_range_keeps_its_unit(text: str, expected: list[tuple]):
    assert _brief(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They seem primed to add another pick or two.", [(2, "pick")]),
        ("A drone or three crossed the border.", [(3, "drone")]),
        ("It is a Tesla or two.", [(2, None)]),  # a name is no counted noun
    ],
)
def test_a_number_after_or_counts_the_noun_before(text: str, expected: list[tuple]):
    assert _brief(text) == expected


def test_a_rate_past_a_bracketed_conversion():
    text = "It is a blow to the 9 billion shekels ($2.408 billion) a year tobacco industry."
    found = extract_quantities(text, "en")
    assert [(q.text, q.unit) for q in found] == [
        ("9 billion shekels", "ILS/year"),
        ("$2.408 billion", "USD"),
    ]
    assert _brief("He paid 100 euros (in cash). A day later he left.") == [(100, "EUR")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Expect a high of 12 C, then 80 F on Monday.",
            [(12, "celsius"), (80, "fahrenheit")],
        ),
        ("en", "12 C melting point.", [(12, "celsius")]),
        ("fr", "Il fera 12 C à Montréal.", [(12, "celsius")]),
        ("de", "Es werden 12 C erwartet.", [(12, "celsius")]),
        ("es", "Se esperan 12 C en Madrid.", [(12, "celsius")]),
        ("ru", "Ожидается 12 C тепла.", [(12, "celsius")]),
        ("uk", "Очікується 12 C тепла.", [(12, "celsius")]),
        # glued, before a hyphen or a capitalised word, the letter is a name or a code
        ("en", "The 13F filing was due.", []),
        ("en", "Ford sells more than 800,000 F-Series pickups.", [(800000, "pickup")]),
        ("en", "Jane Doe, Cloud City, PA 23456 F Block", [(23456, None)]),
        ("en", "A Boeing 777F took off.", []),
    ],
)
def test_degrees_written_with_a_bare_letter(lang: str, text: str, expected: list[tuple]):
    assert _brief(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UV light will help produce sub-7 nanometer chips.", [(7, "nm", "<")]),
        ("The sub-$1,000 phone sold out.", [(1000, "USD", "<")]),
        # a name hyphenated to digits stays a name
        ("The F-16 and the Shahed-136 flew.", []),
    ],
)
def test_a_prefix_hyphenated_to_digits_is_a_bound(text: str, expected: list[tuple]):
    found = extract_quantities(text, "en")
    assert [(q.value, q.unit, q.bound) for q in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Earnings came to 40 cents a share.", [(40, "USD_cent/share")]),
        ("en", "Tickets sell for $5 a head.", [(5, "USD/head")]),
        ("en", "They made a $10-a-share offer.", [(10, "USD/share")]),
        # an article before any other noun is no rate
        ("en", "He paid $5 a month ago for a book.", [(5, "USD")]),
        ("fr", "Un dividende de 40 cents par action.", [(40, "USD_cent/action")]),
        ("de", "Eine Dividende von 40 Cent je Aktie.", [(40, "EUR_cent/aktie")]),
        ("es", "Un dividendo de 40 centavos por acción.", [(40, "USD_cent/acción")]),
    ],
)
def test_an_amount_per_share(lang: str, text: str, expected: list[tuple]):
    assert _brief(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    ["Margins rose 2 ppts.", "Margins rose 2 pct points."],
)
def test_percentage_point_abbreviations(text: str):
    assert _brief(text) == [(2, "percentage_point")]


def test_pages_are_no_percentage_points():
    # "pp." after a number counts pages in a book notice
    assert _brief("Penguin, 320 pp., $28.") == [(320, None), (28, "USD")]
