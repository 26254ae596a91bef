"""Compound ordinals and mixed numbers in the number layer, in six languages:

- compound ordinals as denominators after a numerator ("one twenty-fifth" 1/25, "une vingt et
  unième" 1/21), in the languages whose ordinals are written cardinal tens + ordinal; alone they
  are ordinals, no amounts ("the twenty-fifth day", "le vingt et unième siècle");
- a mixed number splits at its connector only before a proper fraction ("one hundred and three
  quarters" 100.75, but "one hundred and thirty fifths" 130/5);
- a number word directly before a fraction word multiplies it ("one half" 0.5, "two million and
  one half" 2.5 million), a fraction before a smaller scale is of that scale ("one billion and a
  half million"), an article and a fraction after a connector are one number ("un et demi");
- a dozen after hundreds counts the last number only ("three hundred and two dozens" 324).
"""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import parse_numbers


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("en", "one twenty-fifth", "one twenty-fifth", 1 / 25),
        ("en", "a twenty-first", "a twenty-first", 1 / 21),
        ("en", "three twenty-firsts", "three twenty-firsts", 3 / 21),
        ("en", "twenty twenty fifths", "twenty twenty fifths", 20 / 25),
        ("en", "one hundred thirty fifths", "one hundred thirty fifths", 100 / 35),
        ("en", "one one hundred and fifth", "one one hundred and fifth", 1 / 105),
        ("en", "one twenty-fifth of the budget", "one twenty-fifth", 1 / 25),
        ("fr", "un vingt-cinquième", "un vingt-cinquième", 1 / 25),
        ("fr", "une vingt et unieme", "une vingt et unieme", 1 / 21),
        ("fr", "trois vingt-et-unième", "trois vingt-et-unième", 3 / 21),
        ("fr", "vingt vingt cinquième", "vingt vingt cinquième", 20 / 25),
        ("fr", "cent trente cinquièmes", "cent trente cinquièmes", 100 / 35),
    ],
)
def test_a_compound_ordinal_after_a_numerator_is_its_denominator(
    lang: str, text: str, surface: str, value: float
) -> None:
    assert parse_numbers(text, lang) == [(surface, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        # Spanish, German, Russian and Ukrainian ordinals are not cardinal + ordinal compounds
        # ("trigésimo quinto", "fünfunddreißigstel"): the whole number is the numerator
        ("es", "ciento treinta quintos", "ciento treinta quintos", 26.0),
        ("de", "einhundertdreißig Fünftel", "einhundertdreißig Fünftel", 26.0),
        ("ru", "две трети", "две трети", 2 / 3),
        ("uk", "дві третини", "дві третини", 2 / 3),
        ("en", "twenty one fifths", "twenty one fifths", 21 / 5),
        ("fr", "vingt-trois cinquièmes", "vingt-trois cinquièmes", 23 / 5),
    ],
)
def test_without_a_compound_ordinal_the_whole_number_is_the_numerator(
    lang: str, text: str, surface: str, value: float
) -> None:
    assert parse_numbers(text, lang) == [(surface, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It happened on the twenty-fifth day of the siege."),
        ("en", "a twenty-first-century army"),
        ("en", "They flew a fifth-generation fighter."),
        ("fr", "au vingt et unième siècle"),
        ("fr", "le vingt-cinquième jour du siège"),
        ("es", "el vigésimo primer siglo"),
        ("de", "der einundzwanzigste Tag"),
    ],
)
def test_an_ordinal_alone_is_no_amount(lang: str, text: str) -> None:
    assert parse_numbers(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "one hundred and three quarters", 100.75),
        ("en", "one hundred and thirty fifths", 26.0),
        ("en", "one hundred and thirty-two fifths", 26.4),
        ("en", "one hundred and thirty and two fifths", 130.4),
        ("fr", "cent et trois quarts", 100.75),
        ("fr", "cent et trente cinquièmes", 26.0),
        ("es", "ciento treinta con dos quintos", 130.4),
        ("de", "drei und zwei Drittel", 3 + 2 / 3),
    ],
)
def test_a_mixed_number_splits_only_before_a_proper_fraction(
    lang: str, text: str, value: float
) -> None:
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "one half", 0.5),
        ("en", "two million and one half", 2_500_000),
        ("en", "one billion and a half million", 1_000_500_000),
        ("en", "one billion and three quarters million", 1_000_750_000),
        ("fr", "un et un demi", 1.5),
        ("fr", "un et demi", 1.5),
        ("fr", "deux millions et un demi", 2_500_000),
        ("fr", "un milliard et demi million", 1_000_500_000),
        ("es", "dos millones y un medio", 2_500_000),
        ("es", "un billón y medio millón", 1_000_000_500_000),
        ("de", "zwei Millionen und ein halb", 2_500_000),
        ("ru", "три с половиной миллиона", 3_500_000),
        ("uk", "три з половиною мільйона", 3_500_000),
    ],
)
def test_a_fraction_word_takes_its_number_and_its_scale(lang: str, text: str, value: float) -> None:
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "three hundred and two dozens"),
        ("fr", "trois cent deux douzaines"),
        ("es", "trescientas dos docenas"),
        ("de", "dreihundertzwei Dutzend"),
    ],
)
def test_a_dozen_after_hundreds_counts_the_last_number(lang: str, text: str) -> None:
    assert parse_numbers(text, lang) == [(text, 324.0)]
