"""Money rules, cases in every supported language: an amount and its minor
units read as one ("3 dollars and 50 cents" is 3.50 USD), minor units of their own (cents,
pence, centavos, kopecks), French "34 cents" as money rather than 3,400, and francs named
without their country.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import number_spans
from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text, lang)]


MINOR_UNITS_JOINED = [
    ("en", "The ticket cost 3 dollars and 50 cents.", [("3 dollars and 50 cents", 3.5, "USD")]),
    (
        "en",
        "It only cost thirteen dollars forty-five cents",
        [("thirteen dollars forty-five cents", 13.45, "USD")],
    ),
    ("en", "The fare is 15 dollars and 50.", [("15 dollars and 50", 15.5, "USD")]),
    ("fr", "Le billet coûte 15 dollars et 15 cents.", [("15 dollars et 15 cents", 15.15, "USD")]),
    ("es", "Solo cuesta 3 euros con 99 céntimos.", [("3 euros con 99 céntimos", 3.99, "EUR")]),
    ("es", "Solo cuesta 25 euros con 50.", [("25 euros con 50", 25.5, "EUR")]),
    ("de", "Die Fahrt kostet 5 Euro und 20 Cent.", [("5 Euro und 20 Cent", 5.2, "EUR")]),
    ("ru", "Билет стоит 45 рублей 50 копеек.", [("45 рублей 50 копеек", 45.5, "RUB")]),
    ("uk", "Квиток коштує 12 гривень 40 копійок.", [("12 гривень 40 копійок", 12.4, "UAH")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MINOR_UNITS_JOINED)
def test_amount_and_minor_units_are_one_amount(lang: str, text: str, expected: list) -> None:
    assert _brief(text, lang) == expected


NOT_JOINED = [
    # a bare number after the amount that is followed by a word counts something else
    ("en", "They paid 15 dollars and 50 soldiers came.", [15.0, 50.0]),
    # a sign is no currency word: "$5 and 20" may be a list
    ("en", "Prices were $5 and 20.", [5.0, 20.0]),
    # a scaled amount has no cents
    ("fr", "Le contrat vaut 3 millions de dollars et 20 cents.", [3e6, 20.0]),
    ("es", "Pagó 10 dólares y 150 céntimos.", [10.0, 150.0]),
    ("de", "Er zahlte 5 Euro und 20 Soldaten kamen.", [5.0, 20.0]),
    ("ru", "Он заплатил 5 рублей и 20 человек пришли.", [5.0, 20.0]),
    ("uk", "Він заплатив 5 гривень і 20 людей прийшли.", [5.0, 20.0]),
]


@pytest.mark.parametrize(("lang", "text", "values"), NOT_JOINED)
def test_other_numbers_after_an_amount_stay_apart(lang: str, text: str, values: list) -> None:
    assert [q.value for q in extract_quantities(text, lang)] == values


MINOR_UNITS = [
    ("en", "Shares fell 34 cents to close at 470 pence.", [34.0, 470.0], ["USD_cent", "GBP_pence"]),
    (
        "fr",
        "Onvia a perdu 34 cents, Orkem offre 470 pence.",
        [34.0, 470.0],
        ["USD_cent", "GBP_pence"],
    ),
    ("es", "Bajó 12 centavos y cerró a 210 peniques.", [12.0, 210.0], ["USD_cent", "GBP_pence"]),
    ("de", "Der Preis stieg um 20 Cent.", [20.0], ["EUR_cent"]),
    ("ru", "Курс вырос на 20 копеек.", [20.0], ["RUB_kopeck"]),
    ("uk", "Ціна зросла на 20 копійок.", [20.0], ["UAH_kopiyka"]),
]


@pytest.mark.parametrize(("lang", "text", "values", "units"), MINOR_UNITS)
def test_minor_units_normalise_to_their_currency(
    lang: str, text: str, values: list, units: list
) -> None:
    found = extract_quantities(text, lang)
    assert [q.value for q in found] == values
    assert [q.unit for q in found] == units
    for q in found:
        assert q.si_value == pytest.approx(q.value / 100)


def test_french_cents_after_digits_is_money_and_after_words_a_hundred() -> None:
    values = [v for _, _, v in number_spans("Le titre a perdu 34 cents.", "fr")]
    assert values[0] == 34.0 and 3400.0 not in values
    assert [v for _, _, v in number_spans("Il y avait deux cents soldats.", "fr")] == [200.0]
    text = "Deux cents soldats et 2 000 drones; le titre a perdu 34 cents."
    assert [(q.value, q.unit) for q in extract_quantities(text, "fr")] == [
        (200.0, "person"),
        (2000.0, "drone"),
        (34.0, "USD_cent"),
    ]


FRANCS = [
    ("en", "The offer valued the stake at 528 million francs.", 528e6),
    ("fr", "Les termes de l'offre valent 528 millions de francs.", 528e6),
    ("es", "La oferta vale 528 millones de francos.", 528e6),
]


@pytest.mark.parametrize(("lang", "text", "value"), FRANCS)
def test_a_franc_without_its_country_is_money_without_an_iso_code(
    lang: str, text: str, value: float
) -> None:
    (q,) = extract_quantities(text, lang)
    assert (q.value, q.unit, q.dimension, q.si_unit) == (value, "franc", "currency", None)


def test_swiss_francs_keep_their_code() -> None:
    (q,) = extract_quantities("Nestlé paid 300 Swiss francs.", "en")
    assert q.unit == "CHF"


ISO_GLUED_DOLLAR = [
    ("en", "The loan is nzd$15 million.", "NZD"),
    ("fr", "Le prêt atteint cad$ 15 millions.", "CAD"),
    ("es", "El precio es mxn$ 15.", "MXN"),
    ("de", "Der Kredit beträgt aud$ 15 Millionen.", "AUD"),
    ("ru", "Кредит составил cad$ 15 млн.", "CAD"),
    ("uk", "Кредит склав nzd$ 15 млн.", "NZD"),
]


@pytest.mark.parametrize(("lang", "text", "code"), ISO_GLUED_DOLLAR)
def test_an_iso_code_glued_to_a_dollar_sign_names_the_dollar(
    lang: str, text: str, code: str
) -> None:
    (q,) = extract_quantities(text, lang)
    assert q.unit == code and q.text.lower().startswith(code.lower())


CHANGES_ARE_NO_RANGES = [
    ("en", "Profit rose from 15% to $415.9 million.", [(15.0, "percent"), (415.9e6, "USD")]),
    (
        "fr",
        "Le réseau est monté de 15 % à 415,9 millions $.",
        [(15.0, "percent"), (415.9e6, "USD")],
    ),
    ("es", "Subió de 15 % a 415,9 millones de dólares.", [(15.0, "percent"), (415.9e6, "USD")]),
    (
        "de",
        "Der Umsatz stieg von 15 % auf 415,9 Millionen Euro.",
        [(15.0, "percent"), (415.9e6, "EUR")],
    ),
    ("ru", "Выручка выросла с 15 % до 415,9 млн долларов.", [(15.0, "percent"), (415.9e6, "USD")]),
    ("uk", "Виторг зріс з 15 % до 415,9 млн доларів.", [(15.0, "percent"), (415.9e6, "USD")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHANGES_ARE_NO_RANGES)
def test_two_figures_of_different_units_make_no_range(
    lang: str, text: str, expected: list[tuple]
) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text, lang)] == expected


def test_a_range_of_prices_per_share_is_still_a_range() -> None:
    (q,) = extract_quantities("The offer is between $62 and $68 per share.", "en")
    assert (q.low, q.high, q.unit) == (62.0, 68.0, "USD/share")
