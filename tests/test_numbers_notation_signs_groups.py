"""Number notations and multipliers: a spaced minus on its own line, Indian digit grouping,
glued scale letters with their limits, a hundred that opens a second number, French "cent(s)"
after digits, Indian scale words and the French "trillion"."""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import parse_numbers
from claimgraph.extract.quantities import extract_quantities

LANGS = ("en", "fr", "de", "es", "ru", "uk")


@pytest.mark.parametrize("lang", LANGS)
def test_a_spaced_minus_before_a_number_alone_on_its_line_is_a_sign(lang: str) -> None:
    assert parse_numbers("- 1 4/5", lang) == [("- 1 4/5", pytest.approx(-1.8))]
    assert parse_numbers("Solde :\n- 250\n", lang) == [("- 250", -250.0)]


@pytest.mark.parametrize(
    ("lang", "bullet"),
    [
        ("en", "- 12 drones were shot down"),
        ("fr", "- 12 drones ont été abattus"),
        ("de", "- 12 Drohnen wurden abgeschossen"),
        ("es", "- 12 drones fueron derribados"),
        ("ru", "- 12 дронов сбиты"),
        ("uk", "- 12 дронів збито"),
    ],
)
def test_a_list_bullet_before_a_count_is_no_minus(lang: str, bullet: str) -> None:
    assert [v for _, v in parse_numbers(bullet, lang)] == [12.0]


@pytest.mark.parametrize("lang", LANGS)
def test_indian_digit_grouping_is_one_number(lang: str) -> None:
    assert parse_numbers("Rs 12,34,567.89", lang) == [("12,34,567.89", 1234567.89)]
    assert parse_numbers("Rs 1,00,000", lang) == [("1,00,000", 100000.0)]
    # a list written without spaces stays a list
    assert [v for _, v in parse_numbers("22,24,26", lang)] == [22.0, 24.0, 26.0]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("fr", "un disque de 10G", "10G", 1e10),
        ("fr", "un chiffre de 1,2b", "1,2b", 1.2e9),
        ("es", "un disco de 10G", "10G", 1e10),
        ("en", "I can give you 10M.", "10M", 1e7),
        ("de", "Ein Budget von 3M", "3M", 3e6),
        ("fr", "2,33k", "2,33k", 2330.0),
    ],
)
def test_glued_scale_letters(lang: str, text: str, surface: str, value: float) -> None:
    assert parse_numbers(text, lang) == [(surface, value)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the 5G network"),
        ("fr", "le réseau 5G"),
        ("de", "das 5G-Netz"),
        ("es", "la red 5G"),
        ("ru", "сеть 5G"),
        ("uk", "мережа 5G"),
    ],
)
def test_a_network_generation_is_no_billions(lang: str, text: str) -> None:
    assert [v for _, v in parse_numbers(text, lang)] == [5.0]


def test_a_lower_case_b_scales_only_a_decimal_number() -> None:
    assert [v for _, v in parse_numbers("l'article 5b du traité", "fr")] == [5.0]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "3 hundred and 2 hundred were counted", [300.0, 200.0]),
        ("en", "three hundred and two hundred", [300.0, 200.0]),
        ("fr", "trois cents et deux cents", [300.0, 200.0]),
        ("de", "drei hundert und zwei hundert", [300.0, 200.0]),
        ("es", "trescientos y doscientos", [300.0, 200.0]),
        ("ru", "триста и двести", [300.0, 200.0]),
        ("uk", "триста і двісті", [300.0, 200.0]),
    ],
)
def test_a_second_hundred_after_a_connector_opens_a_second_number(
    lang: str, text: str, values: list[float]
) -> None:
    assert [v for _, v in parse_numbers(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "three hundred and two dozens", 324.0),
        ("fr", "trois cent deux", 302.0),
        ("de", "dreihundertzwei", 302.0),
        ("es", "trescientos dos", 302.0),
        ("ru", "триста два", 302.0),
        ("uk", "триста два", 302.0),
    ],
)
def test_a_hundred_and_its_units_stay_one_number(lang: str, text: str, value: float) -> None:
    assert [v for _, v in parse_numbers(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (" 322 cent ", "322 cent", 32200.0),
        ("322 cents", "322 cents", 32200.0),
        ("3 cent un est un nombre valide.", "3 cent un", 301.0),
        ("4 mille 3 cents et 21 est un nombre valide.", "4 mille 3 cents et 21", 4321.0),
    ],
)
def test_french_cent_after_digits_multiplies_when_the_number_goes_on(
    text: str, surface: str, value: float
) -> None:
    assert parse_numbers(text, "fr")[0] == (surface, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Onvia. com inc., en baisse de 34 cents", 34.0),
        ("Le contrat de décembre est monté de 14,27 cents", 14.27),
        ("Le titre a perdu 34 cents et un dollar hier.", 34.0),
    ],
)
def test_french_cents_after_a_small_amount_stay_money(text: str, value: float) -> None:
    found = extract_quantities(text, "fr")
    assert (found[0].value, found[0].unit) == (value, "USD_cent")


def test_english_cents_stay_money_whatever_the_amount() -> None:
    found = extract_quantities("The stock fell 322 cents and 3 cents.", "en")
    assert [(q.value, q.unit) for q in found] == [(322.0, "USD_cent"), (3.0, "USD_cent")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Je peux te donner treize lakh", "treize lakh", 1.3e6),
        ("Il y a un crore de boîtes dans ce conteneur", "un crore", 1e7),
        ("Je compte six crore et deux cents", "six crore et deux cents", 60000200.0),
        ("une dette de 2 trillions de dollars", "2 trillions", 2e12),
        ("vingt et un trillions", "vingt et un trillions", 2.1e13),
    ],
)
def test_french_indian_scales_and_trillion(text: str, surface: str, value: float) -> None:
    assert parse_numbers(text, "fr") == [(surface, value)]


@pytest.mark.parametrize("lang", LANGS)
def test_a_period_after_more_than_three_digits_is_a_decimal_mark(lang: str) -> None:
    assert parse_numbers("1111.121", lang) == [("1111.121", 1111.121)]
    assert parse_numbers("12345.678", lang) == [("12345.678", 12345.678)]


def test_a_comma_glued_after_a_year_in_english_keeps_both_numbers() -> None:
    # "In 2023,300 drones": a comma missing its space, no decimal
    assert [v for _, v in parse_numbers("In 2023,300 drones were launched", "en")] == [
        2023.0,
        300.0,
    ]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "3 dz eggs", 36.0),
        ("es", "3 dz de huevos", 36.0),
        ("fr", "3 douzaines d'œufs", 36.0),
        ("de", "3 Dutzend Eier", 36.0),
    ],
)
def test_a_dozen_written_short_or_long_multiplies(lang: str, text: str, value: float) -> None:
    assert [v for _, v in parse_numbers(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("pourcent des trois cent cinq", 305.0, "percent"),
        ("pour cent de vingt", 20.0, "percent"),
        ("le pourcentage de 12 pays", 12.0, None),
        ("5 pour cent de 20", 5.0, "percent"),
    ],
)
def test_french_percent_written_before_its_number(
    text: str, value: float, unit: str | None
) -> None:
    first = extract_quantities(text, "fr")[0]
    assert (first.value, first.unit) == (value, unit)
