"""Unit families, cases in every supported language: currencies named by CLDR
("Finnish markka", "florins néerlandais", "турецких лир"), signs after the amount ("100 ₾"),
case-sensitive symbols ("Nm" newton-metre against "nm" nanometre), temperatures in words,
percent words, ages read from their cue ("elle a 29 ans", "у віці 35 років") and web addresses,
whose digits are no amounts.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.unit, q.dimension) for q in extract_quantities(text, lang)]


CLDR_CURRENCIES = [
    (
        "en",
        "Nokia agreed to pay 420 million Finnish markka for the cable maker.",
        [(420e6, "FIM", "currency")],
    ),
    (
        "en",
        "It costs you 10 US dollars and me 100 Chinese yuan.",
        [(10, "USD", "currency"), (100, "CNY", "currency")],
    ),
    (
        "fr",
        "La banque a prêté 250 millions de florins néerlandais en 1989.",
        [(250e6, "NLG", "currency")],
    ),
    ("es", "El contrato asciende a 5 000 marcos finlandeses.", [(5000, "FIM", "currency")]),
    ("de", "Die Firma zahlte 300 Schwedische Kronen.", [(300, "SEK", "currency")]),
    ("ru", "Сделка оценена в 10 000 турецких лир.", [(10000, "TRY", "currency")]),
    ("uk", "Контракт оцінено у 500 турецьких лір.", [(500, "TRY", "currency")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLDR_CURRENCIES)
def test_currency_names_from_cldr(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


SIGNS_AFTER = [
    ("en", "I spent 100₾ on the new bicycle.", [(100, "GEL", "currency")]),
    ("fr", "Le livre coûte 100 ₡ à San José.", [(100, "CRC", "currency")]),
    ("es", "El premio es de 100 000 ₭.", [(100000, "LAK", "currency")]),
    ("de", "Der Preis lag bei 100 元.", [(100, "CNY", "currency")]),
    ("ru", "Он заплатил 500 ₹ за билет.", [(500, "INR", "currency")]),
    ("uk", "Вартість становить 50 ₺.", [(50, "TRY", "currency")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SIGNS_AFTER)
def test_currency_signs_after_the_amount(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


CASED_SYMBOLS = [
    (
        "en",
        "The engine makes 450 Nm of torque; the chip uses a 7 nm process.",
        [(450, "Nm", "torque"), (7, "nm", "length")],
    ),
    (
        "fr",
        "Le moteur développe 450 Nm, la puce est gravée en 5 nm.",
        [(450, "Nm", "torque"), (5, "nm", "length")],
    ),
    (
        "es",
        "Un par de 320 Nm y transistores de 3 nm.",
        [(320, "Nm", "torque"), (3, "nm", "length")],
    ),
    ("de", "Der Motor liefert 400 Nm bei 230 V.", [(400, "Nm", "torque"), (230, "V", "voltage")]),
    (
        "ru",
        "Крутящий момент 500 Nm, напряжение 12 V.",
        [(500, "Nm", "torque"), (12, "V", "voltage")],
    ),
    ("uk", "Мережа на 110 kV і 20 MW потужності.", [(110, "kV", "voltage"), (20, "MW", "power")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASED_SYMBOLS)
def test_case_sensitive_symbols(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


def test_milliwatt_is_not_megawatt() -> None:
    (q,) = extract_quantities("The laser emits 5 mW.", "en")
    assert (q.unit, q.si_value, q.si_unit) == ("mW", 0.005, "W")


TEMPERATURES = [
    ("en", "The temperature outside is 40 deg celsius.", [(40, "celsius", "temperature")]),
    ("en", "98.6 degrees F is a normal temperature.", [(98.6, "fahrenheit", "temperature")]),
    ("fr", "Il fera -5 degrés fahrenheit cette nuit.", [(-5, "fahrenheit", "temperature")]),
    ("fr", "Le four monte à 250 degrés centigrades.", [(250, "celsius", "temperature")]),
    ("es", "La máxima será de 30 grados c en Sevilla.", [(30, "celsius", "temperature")]),
    ("es", "El agua hierve a 212 grados fahrenheit.", [(212, "fahrenheit", "temperature")]),
    ("de", "Es wurden 35 Grad Celsius gemessen.", [(35, "celsius", "temperature")]),
    ("ru", "Ночью до 20 °C мороза.", [(20, "celsius", "temperature")]),
    ("uk", "Вдень до 30 ℃ спеки.", [(30, "celsius", "temperature")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TEMPERATURES)
def test_temperature_words(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


PERCENT_WORDS = [
    ("en", "Turnout rose to 100 percentage in the district.", [(100, "percent", "ratio")]),
    ("fr", "Une hausse de 10 pourcents a été enregistrée.", [(10, "percent", "ratio")]),
    ("fr", "Le taux atteint trente pourcentage.", [(30, "percent", "ratio")]),
    ("es", "Solo el ochenta y cuatro por cien respondió.", [(84, "percent", "ratio")]),
    ("de", "Die Zustimmung lag bei 45 Prozent.", [(45, "percent", "ratio")]),
    ("ru", "Рост составил 3 процента.", [(3, "percent", "ratio")]),
    ("uk", "Зростання склало 5 відсотків.", [(5, "percent", "ratio")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PERCENT_WORDS)
def test_percent_words(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


AGES = [
    ("en", "The suspect, aged 35 years, was detained.", [(35, "year_of_age", "age")]),
    (
        "en",
        "Cases are diagnosed at around 18 months of age.",
        [(18, "month_of_age", "age")],
    ),
    ("fr", "Elle a 29 ans et vit à Lyon.", [(29, "year_of_age", "age")]),
    (
        "fr",
        "Il y a 5 ans, la muraille avait plus de 500 ans.",
        [(5, "year", "duration"), (500, "year_of_age", "age")],
    ),
    ("fr", "Le chantier a au moins un mois de retard.", [(1, "month", "duration")]),
    ("es", "La obra tiene 3 meses de retraso.", [(3, "month", "duration")]),
    (
        "es",
        "Tiene 5 años y llegó hace 3 años.",
        [(5, "year_of_age", "age"), (3, "year", "duration")],
    ),
    ("de", "Er starb im Alter von 81 Jahren.", [(81, "year_of_age", "age")]),
    ("ru", "Он скончался в возрасте 81 года.", [(81, "year_of_age", "age")]),
    ("uk", "Він помер у віці 35 років.", [(35, "year_of_age", "age")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AGES)
def test_ages_from_their_cue(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


URLS = [
    ("en", "Read https://www.test.com/search?q=30%25%2020% before buying 5 drones."),
    ("fr", "Voir http://exemple.fr/page?id=2020&n=45 : 5 drones abattus."),
    ("es", "Fuente: www.ejemplo.es/2023/10/12/nota-45 — 5 drones derribados."),
    ("de", "Quelle: https://beispiel.de/artikel/2023-10-12/45 – 5 Drohnen."),
    ("ru", "Источник: https://пример.рф/новости/2023/45 — 5 дронов."),
    ("uk", "Джерело: https://приклад.укр/новини/2023/45 — 5 дронів."),
]


@pytest.mark.parametrize(("lang", "text"), URLS)
def test_numbers_inside_web_addresses_are_no_quantities(lang: str, text: str) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text, lang)] == [(5, "drone")]


LOWERCASE_PREFIXES = [
    (
        "en",
        "the simulator costs c $ 16.4 million, not a $3,500 toy",
        [(16.4e6, "CAD"), (3500, "USD")],
    ),
    ("fr", "exportations de jouets : hk $ 10,05 milliards", [(10.05e9, "HKD")]),
    ("es", "el precio fue de c $ 300 millones", [(300e6, "CAD")]),
    ("de", "der Umsatz lag bei nz $ 45 Millionen", [(45e6, "NZD")]),
    ("ru", "выручка составила hk $ 20 млн", [(20e6, "HKD")]),
    ("uk", "виторг сягнув c $ 15 млн", [(15e6, "CAD")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LOWERCASE_PREFIXES)
def test_lowercase_currency_prefixes(lang: str, text: str, expected: list[tuple]) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text, lang)] == expected


CRYPTO_AND_MINOR_UNITS = [
    ("en", "Supply limit: ₿21,000,000.", [(21e6, "BTC")]),
    ("en", "2 satoshis one day will be worth something.", [(2, "BTC_satoshi"), (1, "day")]),
    ("en", "Its shares slid to close one penny lower.", [(1, "GBP_pence")]),
    ("en", "Sell Mex$ 10 million forward.", [(10e6, "MXN")]),
    ("fr", "Le plafond est de ₿21 000 000.", [(21e6, "BTC")]),
    ("es", "Vendió Mex$ 10 millones.", [(10e6, "MXN")]),
    ("de", "Das Limit liegt bei ₿21.000.000.", [(21e6, "BTC")]),
    ("ru", "Лимит составляет ₿21 000 000.", [(21e6, "BTC")]),
    ("uk", "Ліміт становить ₿21 000 000.", [(21e6, "BTC")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CRYPTO_AND_MINOR_UNITS)
def test_crypto_signs_and_minor_units(lang: str, text: str, expected: list[tuple]) -> None:
    got = [(q.value, q.unit) for q in extract_quantities(text, lang)]
    assert got == [(pytest.approx(v), u) for v, u in expected]
    assert all(q.dimension == "currency" for q in extract_quantities(text, lang) if q.unit != "day")


def test_bits_and_codes() -> None:
    text = "IBM picked the 16-bit 8088 chip; the part scp2-173m is a code."
    assert [(q.text, q.unit) for q in extract_quantities(text, "en")] == [
        ("16-bit", "bit"),
        ("8088", None),
    ]
