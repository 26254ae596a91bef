"""Number rule families: ratios joined by a word, derived denominators, whole-and-part numbers,
bounds written after the number, and "or equal" making a bound inclusive -- in six languages."""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import parse_numbers
from claimgraph.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("en", "one out of three", "one out of three", 1 / 3),
        ("en", "The answer is 1 over 20", "1 over 20", 0.05),
        ("fr", "un sur trois", "un sur trois", 1 / 3),
        ("fr", "deux mille sur trois", "deux mille sur trois", 2000 / 3),
        ("es", "uno sobre ciento treinta y cinco", "uno sobre ciento treinta y cinco", 1 / 135),
        ("de", "eins von drei", "eins von drei", 1 / 3),
        ("ru", "один из трёх", "один из трёх", 1 / 3),
        ("uk", "один із трьох", "один із трьох", 1 / 3),
    ],
)
def test_two_numbers_joined_by_a_ratio_word_are_one_fraction(
    lang: str, text: str, surface: str, value: float
) -> None:
    assert parse_numbers(text, lang) == [(surface, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Air defence shot down 20 out of 25 drones overnight."),
        ("fr", "La défense aérienne a abattu 20 sur 25 drones."),
        ("es", "La defensa aérea derribó 20 sobre 25 drones."),
        ("de", "Die Luftabwehr schoss 20 von 25 Drohnen ab."),
        ("ru", "ПВО сбила 20 из 25 дронов."),
        ("uk", "ППО збила 20 з 25 дронів."),
    ],
)
def test_a_ratio_word_before_a_counted_noun_keeps_both_amounts(lang: str, text: str) -> None:
    values = [q.value for q in extract_quantities(text, lang)]
    assert values == [20, 25]


def test_a_ratio_word_before_a_unit_or_a_year_keeps_both_amounts() -> None:
    assert [v for _, v in parse_numbers("un crédit de 1000 euros sur 3 ans", "fr")] == [1000, 3]
    assert [v for _, v in parse_numbers("killed 12 over 2023", "en")] == [12, 2023]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un veintiunavo", 1 / 21),
        ("tres veinteavos", 3 / 20),
        ("veintidos treintavos", 22 / 30),
        ("cien treintaicincoavos", 100 / 35),
        ("tres dosmilésimos", 3 / 2000),
        ("tres doscientosmilesimos", 3 / 200000),
        ("ciento treinta y dos cincoavos", 132 / 5),
        ("un centesimo", 0.01),
    ],
)
def test_spanish_denominators_derived_from_any_number(text: str, value: float) -> None:
    assert parse_numbers(text, "es") == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("siete con cincuenta", 7.5),
        ("trescientos cuarenta y siete con quinientos doce", 347.512),
        ("doscientos con setenta y uno", 200.71),
        ("veinte con tres quintos", 20.6),
        ("ciento treinta con tres veintiunavos", 130 + 3 / 21),
        ("uno con un medio", 1.5),
        ("once con uno y medio", 12.5),
        ("cinco billones con tres cuartos", 5.75e12),
        ("dos mil trescientos cuarenta y siete coma mil quinientos setenta y ocho", 2347.1578),
    ],
)
def test_spanish_whole_and_part(text: str, value: float) -> None:
    assert parse_numbers(text, "es") == [(text, pytest.approx(value))]


def test_con_between_a_number_and_a_noun_is_no_decimal() -> None:
    assert parse_numbers("llegaron cinco con sus familias", "es") == [("cinco", 5)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "two hundred and fifty-four hundredths", 200.54),
        ("en", "one hundred and three quarters", 100.75),
        ("fr", "cent et trois quarts", 100.75),
        ("es", "ciento treinta y dos quintos", 26.4),
    ],
)
def test_a_connector_splits_off_a_fraction_where_the_language_does(
    lang: str, text: str, value: float
) -> None:
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "bound"),
    [
        ("en", "There were about five hundred or more in the convoy.", ">="),
        ("en", "fewer than 5000 or equal to", "<="),
        ("fr", "moins de 5000 ou égal", "<="),
        ("es", "Saca una nota de 30 por lo menos", ">="),
        ("es", "menos de 5000 o igual", "<="),
        ("de", "weniger als 5000 oder gleich", "<="),
        ("ru", "более 5000 или равно", ">="),
        ("uk", "понад 40 або дорівнює", ">="),
    ],
)
def test_bounds_written_after_the_number(lang: str, text: str, bound: str) -> None:
    (q,) = extract_quantities(text, lang)
    assert q.bound == bound


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "His score is 200 or greater than 190", [(">", 190)]),
        ("es", "Saca una calificación de 200 o mayor de 190", [(">", 190)]),
        ("en", "His score is more than 5000 or equal to 6000", [(">", 5000), ("=", 6000)]),
    ],
)
def test_a_bound_phrase_of_the_next_number_is_not_a_bound_after(
    lang: str, text: str, expected: list
) -> None:
    got = [(q.bound, q.value) for q in extract_quantities(text, lang)]
    assert [g for g in got if g[1] != 200] == expected  # 200 itself may stay a plain amount


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("es", "Hay 100 como máximo y 20 como mínimo manzanas.", 20, 100),
        ("es", "encuentre ventas superiores a 30 e inferiores o iguales a 40", 30, 40),
        ("fr", "des ventes supérieures à 30 et inférieures ou égales à 40", 30, 40),
        ("en", "The number range is 20 through 100", 20, 100),
    ],
)
def test_bound_pairs_and_range_words(lang: str, text: str, low: float, high: float) -> None:
    ranges = [(q.low, q.high) for q in extract_quantities(text, lang) if q.low is not None]
    assert ranges == [(low, high)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "son épaisseur de 3 pouces", 3, "in"),
        ("fr", "un aquarium de 1,5 million de gallons", 1.5e6, "gal"),
        ("fr", "291890 tonnes métriques la semaine dernière", 291890, "t"),
        ("fr", "plus de 188 miles à l'heure", 188, "mph"),
        ("fr", "Le poids est de 150 microgrammes", 150, "ug"),
        ("es", "un grosor de 3 pulgadas", 3, "in"),
        ("es", "10 galones de agua", 10, "gal"),
        ("es", "16.000 toneladas métricas", 16000, "t"),
        ("es", "188 millas por hora", 188, "mph"),
        ("es", "una granja de 45 acres", 45, "acre"),
        ("en", "a 20 dm board", 20, "dm"),
        ("de", "ein Hubraum von 1171 cm³", 1171, "cm3"),
        ("ru", "длина 20 dm", 20, "dm"),
        ("uk", "об'єм 1171 cm3", 1171, "cm3"),
    ],
)
def test_units_named_in_words_and_symbols(lang: str, text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text, lang)] == [
        (pytest.approx(value), unit)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "in 2011 revenue exceeds a $ 4 billion.", 4e9, "USD"),
        ("fr", "le chiffre dépasse un € 4 milliards.", 4e9, "EUR"),
        ("es", "la cifra supera un $ 4 millones.", 4e6, "USD"),
        ("de", "der Umsatz übersteigt ein € 4 Milliarden.", 4e9, "EUR"),
        # no articles in Russian and Ukrainian: the sign still goes with the digits
        ("ru", "выручка превышает $ 4 млрд.", 4e9, "USD"),
        ("uk", "виручка перевищує $ 4 млрд.", 4e9, "USD"),
    ],
)
def test_an_article_before_a_currency_sign_is_no_amount(
    lang: str, text: str, value: float, unit: str
) -> None:
    found = [(q.value, q.unit) for q in extract_quantities(text, lang) if q.unit == unit]
    assert found == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "1.5 thousand million", 1.5e9),
        ("fr", "2,5 mille milliards", 2.5e12),
        ("es", "10,05 mil millones", 1.005e10),
        ("de", "2,5 Tausend Milliarden", 2.5e12),
        ("ru", "1,5 тысячи миллиардов", 1.5e12),
        ("uk", "1,5 тисячі мільярдів", 1.5e12),
    ],
)
def test_a_decimal_before_a_scale_of_a_scale(lang: str, text: str, value: float) -> None:
    assert parse_numbers(text, lang) == [(text, pytest.approx(value))]


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "un contrat de 16,4 millions de $ c", 16.4e6, "CAD"),
        ("fr", "un bénéfice de 10,05 milliards de $ hk", 10.05e9, "HKD"),
        ("es", "un contrato de 300 millones de $ c", 300e6, "CAD"),
        ("es", "unos 10,05 mil millones de $ hk", 10.05e9, "HKD"),
    ],
)
def test_dollar_signs_with_their_country_after_the_amount(
    lang: str, text: str, value: float, unit: str
) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text, lang)] == [
        (pytest.approx(value), unit)
    ]
