"""Numbers as written: digit conventions decided by each language's data, spelled-out numbers."""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import parse_numbers


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "1,750", 1750),
        ("en", "1.75", 1.75),
        ("en", "1,75", 1.75),  # two digits after the comma: a decimal mark in any convention
        ("en", "1.750", 1.75),  # English reads a lone dot as a decimal mark
        ("en", "1,234,567.5", 1234567.5),
        ("en", "40\u202f000", 40000),
        ("fr", "1,750", 1.75),  # French reads a lone comma as a decimal mark
        ("fr", "6\u00a0000", 6000),
        ("fr", "1 234 567,89", 1234567.89),
        ("de", "1.750", 1750),  # German groups with the dot
        ("de", "1.234,5", 1234.5),
        ("es", "1.750", 1750),
        ("es", "4,800", 4.8),
        ("ru", "6 000", 6000),
        ("ru", "1,75", 1.75),
        ("uk", "1\u2009750", 1750),
    ],
)
def test_digit_conventions(lang: str, text: str, value: float):
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "twenty-five", 25),
        ("en", "one hundred and three", 103),
        ("en", "twenty-one trillion and three hundred", 21000000000300),
        ("en", "2 million", 2e6),
        ("en", "a million", 1e6),
        ("en", "one and a half", 1.5),
        ("fr", "vingt-cinq", 25),
        ("fr", "quatre-vingt-dix-neuf", 99),
        ("fr", "deux cent mille", 200000),
        ("de", "fünfundzwanzig", 25),
        ("de", "zweihundertfünfzigtausend", 250000),
        ("de", "einundzwanzig", 21),
        ("es", "veinticinco", 25),
        (
            "es",
            "trece millones cuatrocientos cincuenta y dos mil trescientos cuarenta y siete",
            13452347,
        ),
        ("es", "dos mil millones", 2e9),
        ("ru", "двадцать пять", 25),
        ("ru", "двадцати пяти", 25),
        ("ru", "три тысячи двести", 3200),
        ("uk", "двадцять п'ять", 25),
        ("uk", "двадцяти п'яти", 25),
        ("uk", "чотири", 4),
    ],
)
def test_spelled_out_numbers(lang: str, text: str, value: float):
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


def test_separate_numbers_stay_separate():
    assert [v for _, v in parse_numbers("192.168.1.2", "en")] == [192, 168, 1, 2]
    assert [v for _, v in parse_numbers("fifteen five", "en")] == [15, 5]
    assert [v for _, v in parse_numbers("In 2022 100 drones", "en")] == [2022, 100]


def test_a_huge_digit_run_is_not_a_number():
    assert parse_numbers("9" * 100_000, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "two thirds", 2 / 3),
        ("en", "a fifth", 0.2),
        ("en", "three quarters", 0.75),
        ("en", "one hundred and three quarters", 100.75),
        ("en", "five billion and three quarters", 5.75e9),
        ("en", "one million and a half", 1.5e6),
        ("en", "half a million", 5e5),
        ("fr", "deux tiers", 2 / 3),
        ("fr", "cinq huitièmes", 0.625),
        ("fr", "trois et demi", 3.5),
        ("fr", "un demi", 0.5),
        ("de", "zwei Drittel", 2 / 3),
        ("de", "drei Viertel", 0.75),
        ("es", "tres cuartos", 0.75),
        ("es", "dos tercios", 2 / 3),
        ("ru", "две трети", 2 / 3),
        ("ru", "четверть", 0.25),
        ("uk", "дві третини", 2 / 3),
        ("uk", "чверть", 0.25),
    ],
)
def test_spelled_out_fractions(lang: str, text: str, value: float):
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "3/4", 0.75),
        ("en", "-4/5", -0.8),
        ("en", "2  1/4", 2.25),
        ("en", "1\u204432", 1 / 32),
        ("en", "2½", 2.5),
        ("fr", "⅔", 2 / 3),
        ("en", "1e10", 1e10),
        ("en", "12.32e+14", 1.232e15),
        ("en", "-12e-1", -1.2),
        ("en", "1.1^23", 1.1**23),
        ("en", "1.3x10^6", 1.3e6),
        ("en", "1.99×10\u221230", 1.99e-30),
        ("fr", "2,5^-1", 0.4),
        ("es", "-127,32e13", -1.2732e15),
        ("en", "10M", 1e7),
        ("fr", "4,2Md", 4.2e9),
        ("de", "5K", 5000),
        ("ru", "1,5e3", 1500),
        ("uk", "3/4", 0.75),
    ],
)
def test_fraction_exponent_and_glued_scale_notations(lang: str, text: str, value: float):
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "five point five", 5.5),
        ("en", "two hundred point zero three", 200.03),
        ("en", "nought point eleven", 0.11),
        ("fr", "deux cent virgule cinquante deux", 200.52),
        ("es", "tres coma cinco", 3.5),
        ("de", "drei Komma fünf", 3.5),
        ("en", "3 dozens", 36),
        ("en", "half a dozen", 6),
        ("en", "322 hundred", 32200),
        ("en", "4 thousand 3 hundred and 21", 4321),
        ("fr", "vingt et un", 21),
        ("fr", "soixante et un", 61),
        ("fr", "trois cent un", 301),
        ("es", "treinta y un", 31),
        ("en", "fifty   two", 52),
        ("en", ".08", 0.08),
    ],
)
def test_decimal_words_multipliers_and_joined_words(lang: str, text: str, value: float):
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # ordinals, dates, scores and pronouns are not fractions or numbers
        ("en", "Strikes continued for a third day.", []),
        ("en", "on the twenty-fifth of May", []),
        ("en", "The one you mentioned is the one I want.", []),
        ("en", "after 9/11 and on 3/4/2020, 24/7", [9, 11, 3, 4, 2020, 24, 7]),
        ("en", "two quarters of a million and 2022 hundreds", [5e5, 2022, 100]),
        ("en", "3M Company reported", [3]),
        ("fr", "Le un contre un, l'un des trois", [3]),
        ("es", "un cuarto oscuro", []),
        ("ru", "в двадцать пятый раз", [20]),
        ("de", "Er kam als Dritter ins Ziel", []),
        ("uk", "у двадцять п'ятий раз", [20]),
    ],
)
def test_ordinals_dates_and_pronouns_stay_apart(lang: str, text: str, values: list[float]):
    assert [v for _, v in parse_numbers(text, lang)] == pytest.approx(values)
