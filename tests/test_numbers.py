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
