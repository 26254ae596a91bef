"""Rule families, one table per family, cases in every supported language.

Each case is a wire-style sentence and the quantities a reader would note in it:
(value or (low, high), unit, bound). Spans, counted nouns and SI values are checked where the
family is about them.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    out = []
    for q in extract_quantities(text, lang):
        value = (q.low, q.high) if q.is_range else q.value
        out.append((value, q.unit, q.bound))
    return out


GROUPING = [
    ("en", "The contract provides for the delivery of 1,750 drones.", [(1750, "drone", "=")]),
    (
        "en",
        "The site produced 1 750\u202f000 shells, or 1.75 million.",
        [(1750000, "shell", "="), (1750000, None, "=")],
    ),
    ("en", "Russia paid $ 1.75 billion.", [(1.75e9, "USD", "=")]),
    (
        "fr",
        "L'usine doit livrer 6\u00a0000 drones, soit 1,75 drone par heure.",
        [(6000, "drone", "="), (1.75, "drone/h", "=")],
    ),
    ("fr", "Un budget de 1.750.000 euros a été voté.", [(1750000, "EUR", "=")]),
    (
        "de",
        "Russland hat 1.750 Drohnen bestellt, also 1,75 Tausend.",
        [(1750, "drone", "="), (1750, None, "=")],
    ),
    (
        "de",
        "Der Vertrag umfasst 6 000 Drohnen im Wert von 1.234,5 Mio. Euro.",
        [(6000, "drone", "="), (1234.5e6, "EUR", "=")],
    ),
    (
        "es",
        "El contrato prevé la entrega de 1.750 drones y 2,5 millones de dólares.",
        [(1750, "drone", "="), (2.5e6, "USD", "=")],
    ),
    (
        "ru",
        "Контракт предусматривает поставку 1 750 беспилотников на 1,75 млрд долларов.",
        [(1750, "drone", "="), (1.75e9, "USD", "=")],
    ),
    (
        "uk",
        "Контракт передбачає постачання 6\u00a0000 дронів на 1,75 млрд доларів.",
        [(6000, "drone", "="), (1.75e9, "USD", "=")],
    ),
]

SCALES = [
    (
        "en",
        "The deficit rose to $419.2bn, and 2.5 million people fled.",
        [(419.2e9, "USD", "="), (2.5e6, "person", "=")],
    ),
    (
        "fr",
        "Un contrat de 1,75 milliard de dollars et 3 millions d'habitants.",
        [(1.75e9, "USD", "="), (3e6, "person", "=")],
    ),
    (
        "de",
        "Ein Auftrag im Wert von 1,75 Mrd. Dollar und 2 Millionen Menschen.",
        [(1.75e9, "USD", "="), (2e6, "person", "=")],
    ),
    (
        "es",
        "Un contrato de 1.750 millones de dólares y dos mil millones de euros.",
        [(1.75e9, "USD", "="), (2e9, "EUR", "=")],
    ),
    (
        "ru",
        "Ущерб составил 12 млрд рублей, эвакуированы 5 тыс. человек.",
        [(12e9, "RUB", "="), (5000, "person", "=")],
    ),
    (
        "uk",
        "Збитки сягнули 3 млн гривень, евакуйовано 12 тис. людей.",
        [(3e6, "UAH", "="), (12000, "person", "=")],
    ),
]

SPELLED = [
    (
        "en",
        "The Mohajer-6 can carry four precision-guided missiles and twenty-five people.",
        [(4, "missile", "="), (25, "person", "=")],
    ),
    (
        "en",
        "One hundred and three soldiers and three dozen drones.",
        [(103, "person", "="), (36, "drone", "=")],
    ),
    (
        "fr",
        "Quatre missiles, vingt-cinq soldats et quatre-vingt-quinze drones.",
        [(4, "missile", "="), (25, "person", "="), (95, "drone", "=")],
    ),
    (
        "fr",
        "Soixante et onze civils et deux cent trente personnes.",
        [(71, "person", "="), (230, "person", "=")],
    ),
    (
        "de",
        "Vier Raketen, fünfundzwanzig Soldaten und zweihundertfünfzig Drohnen.",
        [(4, "missile", "="), (25, "person", "="), (250, "drone", "=")],
    ),
    (
        "es",
        "Cuatro misiles, veinticinco soldados y cuarenta y siete drones.",
        [(4, "missile", "="), (25, "person", "="), (47, "drone", "=")],
    ),
    (
        "ru",
        "Четыре ракеты, двадцать пять человек и двести беспилотников.",
        [(4, "missile", "="), (25, "person", "="), (200, "drone", "=")],
    ),
    (
        "uk",
        "Чотири ракети, двадцять п'ять людей і двісті безпілотників.",
        [(4, "missile", "="), (25, "person", "="), (200, "drone", "=")],
    ),
]

VAGUE = [
    (
        "en",
        "Russia wants hundreds of ballistic missiles and dozens of drones.",
        [(100, "missile", ">="), (12, "drone", ">=")],
    ),
    ("en", "Iran may provide several hundred UAVs.", [(300, "drone", "=")]),
    (
        "fr",
        "Des centaines d'employés et plusieurs centaines de drones.",
        [(100, "person", ">="), (300, "drone", "=")],
    ),
    (
        "de",
        "Hunderte Soldaten und mehrere hundert Drohnen.",
        [(100, "person", ">="), (300, "drone", "=")],
    ),
    (
        "es",
        "Cientos de misiles y varios cientos de drones.",
        [(100, "missile", ">="), (300, "drone", "=")],
    ),
    (
        "ru",
        "Сотни ракет и несколько сотен беспилотников.",
        [(100, "missile", ">="), (300, "drone", "=")],
    ),
    (
        "uk",
        "Сотні ракет і кілька сотень безпілотників.",
        [(100, "missile", ">="), (300, "drone", "=")],
    ),
]

RANGES = [
    (
        "en",
        "Between 15 and 20 drones were launched, 30-40 were seen.",
        [((15, 20), "drone", "="), ((30, 40), None, "=")],
    ),
    ("en", "The range grew from 252 miles to 287 miles.", [((252, 287), "mi", "=")]),
    (
        "fr",
        "Entre 15 et 20 drones, de 30 à 40 missiles.",
        [((15, 20), "drone", "="), ((30, 40), "missile", "=")],
    ),
    (
        "de",
        "Zwischen 15 und 20 Drohnen, von 30 bis 40 Raketen.",
        [((15, 20), "drone", "="), ((30, 40), "missile", "=")],
    ),
    (
        "es",
        "Entre 15 y 20 drones, de 30 a 40 misiles.",
        [((15, 20), "drone", "="), ((30, 40), "missile", "=")],
    ),
    (
        "ru",
        "От 15 до 20 беспилотников, 30-40 ракет.",
        [((15, 20), "drone", "="), ((30, 40), "missile", "=")],
    ),
    (
        "uk",
        "Від 15 до 20 безпілотників, 30–40 ракет.",
        [((15, 20), "drone", "="), ((30, 40), "missile", "=")],
    ),
]

PERCENT = [
    (
        "en",
        "Analysts believe 90 % of the steps, or 100 percent, and 19 per cent.",
        [(90, "percent", "="), (100, "percent", "="), (19, "percent", "=")],
    ),
    ("fr", "90 % des étapes, soit 45 pour cent.", [(90, "percent", "="), (45, "percent", "=")]),
    ("de", "90 Prozent der Schritte und 3,5 %.", [(90, "percent", "="), (3.5, "percent", "=")]),
    ("es", "El 90 por ciento y el 12,5 %.", [(90, "percent", "="), (12.5, "percent", "=")]),
    ("ru", "90 процентов и 12,5 %.", [(90, "percent", "="), (12.5, "percent", "=")]),
    ("uk", "90 відсотків і 12,5 %.", [(90, "percent", "="), (12.5, "percent", "=")]),
]

CURRENCY = [
    (
        "en",
        "An average of $ 200,000, later €70,000 and 10.5 million Australian dollars.",
        [(200000, "USD", "~"), (70000, "EUR", "="), (10.5e6, "AUD", "=")],
    ),
    (
        "fr",
        "Un drone coûte 200 000 dollars, soit 180 000 €.",
        [(200000, "USD", "="), (180000, "EUR", "=")],
    ),
    (
        "de",
        "Eine Drohne kostet 200.000 US-Dollar oder 180.000 Euro.",
        [(200000, "USD", "="), (180000, "EUR", "=")],
    ),
    (
        "es",
        "Un dron cuesta 200.000 dólares o 180.000 euros.",
        [(200000, "USD", "="), (180000, "EUR", "=")],
    ),
    (
        "ru",
        "Беспилотник стоит 200 тысяч долларов, или 18 млн рублей.",
        [(200000, "USD", "="), (18e6, "RUB", "=")],
    ),
    (
        "uk",
        "Безпілотник коштує 200 тисяч доларів, або 8 млн гривень.",
        [(200000, "USD", "="), (8e6, "UAH", "=")],
    ),
]

BOUNDS = [
    (
        "en",
        "Up to 6,000 drones, more than 1,000 missiles, at least 12 people, around 500 drones, nearly 40 tanks, under 20 percent.",
        [
            (6000, "drone", "<="),
            (1000, "missile", ">"),
            (12, "person", ">="),
            (500, "drone", "~"),
            (40, "tank", "~"),
            (20, "percent", "<"),
        ],
    ),
    (
        "fr",
        "Jusqu'à 6 000 drones, plus de 1 000 missiles, au moins 12 personnes, environ 500 drones.",
        [(6000, "drone", "<="), (1000, "missile", ">"), (12, "person", ">="), (500, "drone", "~")],
    ),
    (
        "de",
        "Bis zu 6.000 Drohnen, mehr als 1.000 Raketen, mindestens 12 Menschen, rund 500 Drohnen, etwa 40 Panzer.",
        [
            (6000, "drone", "<="),
            (1000, "missile", ">"),
            (12, "person", ">="),
            (500, "drone", "~"),
            (40, "tank", "~"),
        ],
    ),
    (
        "es",
        "Hasta 6.000 drones, más de 1.000 misiles, al menos 12 personas, alrededor de 500 drones.",
        [(6000, "drone", "<="), (1000, "missile", ">"), (12, "person", ">="), (500, "drone", "~")],
    ),
    (
        "ru",
        "До 6 000 беспилотников, более 1 000 ракет, не менее 12 человек, около 500 дронов, почти 40 танков, свыше 30 ударов.",
        [
            (6000, "drone", "<="),
            (1000, "missile", ">"),
            (12, "person", ">="),
            (500, "drone", "~"),
            (40, "tank", "~"),
            (30, "strike", ">"),
        ],
    ),
    (
        "uk",
        "До 6 000 безпілотників, понад 1 000 ракет, щонайменше 12 людей, близько 500 дронів, майже 40 танків.",
        [
            (6000, "drone", "<="),
            (1000, "missile", ">"),
            (12, "person", ">="),
            (500, "drone", "~"),
            (40, "tank", "~"),
        ],
    ),
]

SI_AND_DURATIONS = [
    (
        "en",
        "Alabuga is located 600 miles east of Moscow, during the 12-day war, after three weeks.",
        [(600, "mi", "="), (12, "day", "="), (3, "week", "=")],
    ),
    (
        "fr",
        "À 804 kilomètres à l'est de Moscou, au moins un mois de retard.",
        [(804, "km", "="), (1, "month", ">=")],
    ),
    (
        "de",
        "600 Meilen östlich von Moskau, ein zwölftägiger Krieg dauerte 12 Tage.",
        [(600, "mi", "="), (12, "day", "=")],
    ),
    ("es", "A 600 millas de Moscú, durante tres semanas.", [(600, "mi", "="), (3, "week", "=")]),
    ("ru", "В 600 милях от Москвы, в течение трёх недель.", [(600, "mi", "="), (3, "week", "=")]),
    (
        "uk",
        "За 800 кілометрів від Москви, протягом трьох тижнів.",
        [(800, "km", "="), (3, "week", "=")],
    ),
]

RATES = [
    (
        "en",
        "Alabuga now produces more than 5,500 units per month and 300 drones a week.",
        [(5500, "unit/month", ">"), (300, "drone/week", "=")],
    ),
    ("fr", "L'usine produit 5 500 unités par mois.", [(5500, "unit/month", "=")]),
    ("de", "Das Werk produziert 5.500 Drohnen pro Monat.", [(5500, "drone/month", "=")]),
    ("es", "La planta produce 5.500 drones al mes.", [(5500, "drone/month", "=")]),
    ("ru", "Завод выпускает 5 500 беспилотников в месяц.", [(5500, "drone/month", "=")]),
    ("uk", "Завод виробляє 5 500 дронів на місяць.", [(5500, "drone/month", "=")]),
    # a model name or a nickname in quotation marks between the counted noun and the rate
    ("fr", "La Russie produit environ 2 700 drones Shahed par mois.", [(2700, "drone/month", "~")]),
    ("es", "Rusia produce unos 2.700 drones Shahed al mes.", [(2700, "drone/month", "~")]),
    ("uk", "Росія виробляє близько 2700 «шахедів» на місяць.", [(2700, "drone/month", "~")]),
    ("ru", "Россия выпускает около 2700 «шахедов» в месяц.", [(2700, "drone/month", "~")]),
    ("en", "Russia makes about 2,700 “Shaheds” a month.", [(2700, "drone/month", "~")]),
]

COUNTED = [
    (
        "en",
        "Anti-aircraft systems shot down 10 unmanned aircraft and the army bombed 51 times, killing two people.",
        [(10, "drone", "="), (51, "strike", "="), (2, "person", "=")],
    ),
    (
        "fr",
        "Les défenses ont abattu 10 drones kamikazes et 3 avions.",
        [(10, "drone", "="), (3, "aircraft", "=")],
    ),
    (
        "de",
        "Die Luftabwehr schoss 10 Kamikaze-Drohnen und 3 Flugzeuge ab.",
        [(10, "drone", "="), (3, "aircraft", "=")],
    ),
    (
        "es",
        "La defensa derribó 10 aviones no tripulados y 3 helicópteros.",
        [(10, "drone", "="), (3, "helicopter", "=")],
    ),
    (
        "ru",
        "ПВО сбили 10 ударных беспилотников и 3 вертолёта.",
        [(10, "drone", "="), (3, "helicopter", "=")],
    ),
    (
        "uk",
        "Сили ППО знищили 10 ударних БпЛА та 3 гелікоптери.",
        [(10, "drone", "="), (3, "helicopter", "=")],
    ),
]

NOT_AMOUNTS = [
    (
        "en",
        "On December 10, 2022, at 10:30 a.m., MH17 and the Shahed-136 were in Section 3 of the 1990s report; call +1-222-2222.",
        [],
    ),
    ("fr", "Le 10 décembre 2022 à 10h30, le Shahed-136 était au chapitre 3.", []),
    ("de", "Am 10. Dezember 2022 um 10:30 Uhr stand die Shahed-136 in Kapitel 3.", []),
    ("es", "El 10 de diciembre de 2022, el Shahed-136 figuraba en el artículo 3.", []),
    ("ru", "10 декабря 2022 года Shahed-136 упоминался в статье 3.", []),
    ("uk", "10 грудня 2022 року Shahed-136 згадувався в статті 3.", []),
]

FRACTIONS = [
    (
        "en",
        "Two thirds of the 90 drones were shot down.",
        [(2 / 3, None, "="), (90, "drone", "=")],
    ),
    ("en", "The drone flies 1/4 mile above the ground.", [(0.25, "mi", "=")]),
    ("en", "Strikes continued for a third day.", []),
    (
        "fr",
        "Les deux tiers des 90 drones ont été abattus.",
        [(2 / 3, None, "="), (90, "drone", "=")],
    ),
    ("fr", "La production a augmenté de trois et demi pour cent.", [(3.5, "percent", "=")]),
    (
        "de",
        "Zwei Drittel der 90 Drohnen wurden abgeschossen.",
        [(2 / 3, None, "="), (90, "drone", "=")],
    ),
    (
        "es",
        "Dos tercios de los 90 drones fueron derribados.",
        [(2 / 3, None, "="), (90, "drone", "=")],
    ),
    ("es", "Tres cuartos de la producción se exportan.", [(0.75, None, "=")]),
    (
        "ru",
        "Две трети из 90 беспилотников были сбиты.",
        [(2 / 3, None, "="), (90, "drone", "=")],
    ),
    (
        "uk",
        "Дві третини з 90 дронів було збито.",
        [(2 / 3, None, "="), (90, "drone", "=")],
    ),
]

BOUND_PAIRS = [
    (
        "en",
        "Officials said more than 10 and less than 20 drones were launched.",
        [((10, 20), "drone", "=")],
    ),
    (
        "en",
        "more than 10 drones and fewer than 50 missiles",
        [(10, "drone", ">"), (50, "missile", "<")],
    ),
    ("en", "The number is less than or equal to 30.", [(30, None, "<=")]),
    (
        "fr",
        "Le nombre de drones est supérieur à 100 et inférieur à 300.",
        [((100, 300), None, "=")],
    ),
    ("fr", "Sa taille est inférieure à 170.", [(170, None, "<")]),
    ("de", "Die Zahl ist größer als 100 und kleiner als 300.", [((100, 300), None, "=")]),
    ("es", "El número es mayor que 100 y menor que 300.", [((100, 300), None, "=")]),
    ("ru", "Было запущено более 10 и менее 20 беспилотников.", [((10, 20), "drone", "=")]),
    ("uk", "Було запущено понад 10 і менше 20 дронів.", [((10, 20), "drone", "=")]),
]

FAMILIES = {
    "grouping": GROUPING,
    "scales": SCALES,
    "spelled": SPELLED,
    "vague": VAGUE,
    "ranges": RANGES,
    "percent": PERCENT,
    "currency": CURRENCY,
    "bounds": BOUNDS,
    "si_durations": SI_AND_DURATIONS,
    "rates": RATES,
    "counted": COUNTED,
    "not_amounts": NOT_AMOUNTS,
    "fractions": FRACTIONS,
    "bound_pairs": BOUND_PAIRS,
}
CASES = [
    pytest.param(lang, text, expected, id=f"{family}-{lang}-{i}")
    for family, cases in FAMILIES.items()
    for i, (lang, text, expected) in enumerate(cases)
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_rule_family(lang: str, text: str, expected: list[tuple]):
    got = _brief(text, lang)
    want = [
        (tuple(float(x) for x in v) if isinstance(v, tuple) else pytest.approx(float(v)), u, b)
        for v, u, b in expected
    ]
    assert got == want


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "ru", "uk"])
def test_every_language_has_all_rule_families(lang: str):
    families = {family for family, cases in FAMILIES.items() if any(c[0] == lang for c in cases)}
    assert families == set(FAMILIES)


def test_si_normalisation_and_spans():
    text = "Alabuga is located 600 miles east of Moscow."
    (q,) = extract_quantities(text, "en")
    assert (q.text, q.si_unit) == ("600 miles", "km")
    assert q.si_value == pytest.approx(965.6, abs=0.1)
    assert text[q.span.start : q.span.end] == "600 miles"


def test_counted_phrase_is_reported_with_its_span():
    text = "Russian aggressors attacked with 15 Iranian-made Shahed suicide drones."
    (q,) = extract_quantities(text, "en")
    assert q.unit == "drone" and q.value == 15
    assert q.counted is not None and q.counted_span is not None
    assert text[q.counted_span.start : q.counted_span.end] == q.counted
    assert q.counted.startswith("Iranian-made")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget rose to 1.5e3 dollars.", [(1500, "USD", "=")]),
        ("The company reported sales of 4.3M units.", [(4.3e6, "unit", "=")]),
        # £ and ¥ as ASCII transliteration writes them, only when glued to the amount
        (
            "The contract is worth PS2.7m and Y=590 billion.",
            [(2.7e6, "GBP", "="), (590e9, "JPY", "=")],
        ),
        ("The PS5 console sold out.", []),
        # house numbers are no amounts; capitalised plurals of people are counted
        ("He lives at 49 Zorro Ranch Road, Stanley.", []),
        ("In total, 1,307,000 Americans were collecting aid.", [(1307000, "american", "=")]),
        ("Heineken rose 18 sen to RM23.50.", [(18, "MYR_sen", "="), (23.5, "MYR", "=")]),
        ("It reaches 100km/hr and 640 bhp.", [(100, "km/h", "="), (640, "bhp", "=")]),
    ],
)
def test_english_wire_notations(text: str, expected: list[tuple]):
    assert _brief(text, "en") == [(pytest.approx(float(v)), u, b) for v, u, b in expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the percent word before "of" and a number names that number's unit ...
        ("en", "The rebate is percent of 210.", [(210, "percent", "=")]),
        ("en", "per cent of twenty-two", [(22, "percent", "=")]),
        # ... only when no number stands before the percent word
        (
            "en",
            "Turnout was 5 percent of 20 million voters.",
            [(5, "percent", "="), (20e6, "voter", "=")],
        ),
        ("en", "five per cent of 20", [(5, "percent", "="), (20, None, "=")]),
    ],
)
def test_percent_written_before_its_number(lang: str, text: str, expected: list[tuple]):
    assert _brief(text, lang) == [(pytest.approx(float(v)), u, b) for v, u, b in expected]
