"""Date rule families added for the Recognizers-Text goal, in every supported language.

Each case is a sentence in the style of wire reports and official statements, resolved against
Thursday 5 January 2023 as the publication date; negatives check the news conventions that keep
claim extraction honest (a number with no date cue is not a date).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2023, 1, 5)  # a Thursday


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


def _ids(cases: list) -> list[str]:
    return [f"{c[0]}:{c[1][:32]}" for c in cases]


# "the 27th", "le 27", "el día 27": the most recent such day, or the month named after it
BARE_DAYS = [
    ("en", "The talks resume on the 27th.", [("the 27th", "2022-12-27", "2022-12-27")]),
    (
        "en",
        "Tuesday the 13th was the worst night.",
        [("Tuesday the 13th", "2022-12-13", "2022-12-13")],
    ),
    (
        "en",
        "Payments are due on the 20th of next month.",
        [("the 20th of next month", "2023-02-20", "2023-02-20")],
    ),
    ("fr", "Les pourparlers reprennent le 27.", [("le 27", "2022-12-27", "2022-12-27")]),
    ("fr", "La décision est tombée mardi le 13.", [("mardi le 13", "2022-12-13", "2022-12-13")]),
    (
        "fr",
        "Les livraisons ont eu lieu du 4 au 22 de ce mois.",
        [("du 4 au 22 de ce mois", "2023-01-04", "2023-01-22")],
    ),
    (
        "es",
        "Las conversaciones se reanudan el día 27.",
        [("el día 27", "2022-12-27", "2022-12-27")],
    ),
    (
        "es",
        "Los ataques siguieron del 4 al 22 de este mes.",
        [("del 4 al 22 de este mes", "2023-01-04", "2023-01-22")],
    ),
]

# a weekday of a named week, the n-th weekday of a month
WEEKDAYS = [
    (
        "en",
        "Deliveries start Friday next week.",
        [("Friday next week", "2023-01-13", "2023-01-13")],
    ),
    (
        "en",
        "The vote is on the first Tuesday of March.",
        [("the first Tuesday of March", "2022-03-01", "2022-03-01")],
    ),
    (
        "fr",
        "Les livraisons commencent vendredi de la semaine prochaine.",
        [("vendredi de la semaine prochaine", "2023-01-13", "2023-01-13")],
    ),
    (
        "fr",
        "Le vote a eu lieu le premier mardi de mars.",
        [("premier mardi de mars", "2022-03-01", "2022-03-01")],
    ),
    (
        "es",
        "Las entregas empiezan el viernes de la próxima semana.",
        [("viernes de la próxima semana", "2023-01-13", "2023-01-13")],
    ),
    (
        "es",
        "La votación fue el primer martes de marzo.",
        [("el primer martes de marzo", "2022-03-01", "2022-03-01")],
    ),
    (
        "de",
        "Die Abstimmung war am ersten Dienstag im März.",
        [("ersten Dienstag im März", "2022-03-01", "2022-03-01")],
    ),
    (
        "ru",
        "Поставки начнутся в пятницу на следующей неделе.",
        [("пятницу на следующей неделе", "2023-01-13", "2023-01-13")],
    ),
    (
        "ru",
        "Голосование прошло в первый вторник марта.",
        [("первый вторник марта", "2022-03-01", "2022-03-01")],
    ),
    (
        "uk",
        "Постачання почнуться у п'ятницю наступного тижня.",
        [("п'ятницю наступного тижня", "2023-01-13", "2023-01-13")],
    ),
    (
        "uk",
        "Голосування відбулося в перший вівторок березня.",
        [("перший вівторок березня", "2022-03-01", "2022-03-01")],
    ),
]

# weeks: the n-th week of a period (ISO weeks), weekends, week numbers
WEEKS = [
    (
        "en",
        "Strikes peaked in the third week of December.",
        [("the third week of December", "2022-12-12", "2022-12-18")],
    ),
    ("en", "Talks are planned this weekend.", [("this weekend", "2023-01-07", "2023-01-08")]),
    ("en", "Production fell in week 10.", [("week 10", "2023-03-06", "2023-03-12")]),
    (
        "fr",
        "Les frappes ont culminé la troisième semaine de décembre.",
        [("troisième semaine de décembre", "2022-12-12", "2022-12-18")],
    ),
    (
        "fr",
        "Des négociations sont prévues ce week-end.",
        [("ce week-end", "2023-01-07", "2023-01-08")],
    ),
    (
        "es",
        "Los ataques alcanzaron su pico la tercera semana de diciembre.",
        [("la tercera semana de diciembre", "2022-12-12", "2022-12-18")],
    ),
    (
        "es",
        "Hay negociaciones previstas este fin de semana.",
        [("este fin de semana", "2023-01-07", "2023-01-08")],
    ),
    (
        "de",
        "Am kommenden Wochenende wurden 40 Drohnen abgeschossen.",
        [("Am kommenden Wochenende", "2023-01-14", "2023-01-15")],
    ),
    ("de", "Die Produktion fiel in KW 10.", [("KW 10", "2023-03-06", "2023-03-12")]),
    (
        "ru",
        "В эти выходные было сбито 40 беспилотников.",
        [("эти выходные", "2023-01-07", "2023-01-08")],
    ),
    ("uk", "У ці вихідні було збито 40 дронів.", [("ці вихідні", "2023-01-07", "2023-01-08")]),
]

# offsets forward ("in 3 weeks"), compound ("1 month 21 days ago") and from another day
OFFSETS = [
    ("en", "A second batch arrives in 3 weeks.", [("in 3 weeks", "2023-01-26", "2023-01-26")]),
    (
        "en",
        "The plant opened 1 month 21 days ago.",
        [("1 month 21 days ago", "2022-11-14", "2022-11-14")],
    ),
    (
        "en",
        "The decision comes two weeks from tomorrow.",
        [("two weeks from tomorrow", "2023-01-20", "2023-01-20")],
    ),
    (
        "fr",
        "Un deuxième lot arrive dans 3 semaines.",
        [("dans 3 semaines", "2023-01-26", "2023-01-26")],
    ),
    (
        "es",
        "Un segundo lote llega en 3 semanas.",
        [("en 3 semanas", "2023-01-26", "2023-01-26")],
    ),
    (
        "es",
        "Se lanzaron drones los 3 días siguientes.",
        [("3 días siguientes", "2023-01-06", "2023-01-08")],
    ),
    (
        "de",
        "Die Lieferungen beginnen in drei Wochen.",
        [("in drei Wochen", "2023-01-26", "2023-01-26")],
    ),
    (
        "de",
        "Vor 1 Monat und 21 Tagen wurde das Werk eröffnet.",
        [("Vor 1 Monat und 21 Tagen", "2022-11-14", "2022-11-14")],
    ),
    (
        "ru",
        "Завод открылся 1 месяц и 21 день назад.",
        [("1 месяц и 21 день назад", "2022-11-14", "2022-11-14")],
    ),
    (
        "uk",
        "Завод відкрився 1 місяць 21 день тому.",
        [("1 місяць 21 день тому", "2022-11-14", "2022-11-14")],
    ),
]

# years in words, a month of a relative year, numeric day and month after a day cue
CALENDAR = [
    (
        "en",
        "The war began in nineteen ninety-two, not in two thousand and one.",
        [
            ("nineteen ninety-two", "1992-01-01", "1992-12-31"),
            ("two thousand and one", "2001-01-01", "2001-12-31"),
        ],
    ),
    (
        "en",
        "A contract will be signed in June next year.",
        [("June next year", "2024-06-01", "2024-06-30")],
    ),
    ("en", "The next round was on 4/22.", [("4/22", "2022-04-22", "2022-04-22")]),
    (
        "fr",
        "La guerre a commencé en mille neuf cent quatre-vingt-douze.",
        [("mille neuf cent quatre-vingt-douze", "1992-01-01", "1992-12-31")],
    ),
    (
        "fr",
        "Un contrat sera signé en juin de l'année prochaine.",
        [("juin de l'année prochaine", "2024-06-01", "2024-06-30")],
    ),
    ("fr", "Le tour précédent a eu lieu le 22/04.", [("22/04", "2022-04-22", "2022-04-22")]),
    (
        "es",
        "La guerra empezó en mil novecientos noventa y dos.",
        [("mil novecientos noventa y dos", "1992-01-01", "1992-12-31")],
    ),
    (
        "es",
        "Se firmará un contrato en junio del próximo año.",
        [("junio del próximo año", "2024-06-01", "2024-06-30")],
    ),
    ("es", "La ronda anterior fue el 22/04.", [("22/04", "2022-04-22", "2022-04-22")]),
]

# parts of a month: halves, with the 10th-20th as the middle
PARTS = [
    (
        "en",
        "Attacks rose at the end of the month and in mid-December.",
        [
            ("at the end of the month", "2023-01-16", "2023-01-31"),
            ("in mid-December", "2022-12-10", "2022-12-20"),
        ],
    ),
    (
        "fr",
        "Les attaques ont augmenté à la fin du mois.",
        [("fin du mois", "2023-01-16", "2023-01-31")],
    ),
    (
        "es",
        "Los ataques aumentaron a finales de mes.",
        [("finales de mes", "2023-01-16", "2023-01-31")],
    ),
    (
        "de",
        "Die Angriffe nahmen Ende des Monats zu.",
        [("Ende des Monats", "2023-01-16", "2023-01-31")],
    ),
    ("ru", "Атаки усилились в конце месяца.", [("в конце месяца", "2023-01-16", "2023-01-31")]),
    (
        "uk",
        "Атаки посилилися наприкінці місяця.",
        [("наприкінці місяця", "2023-01-16", "2023-01-31")],
    ),
]

MONTH_RANGES = [
    (
        "en",
        "Production ran from March to May.",
        [("from March to May", "2022-03-01", "2022-05-31")],
    ),
    ("en", "They may march to May Street.", []),
    ("fr", "La production a duré de mars à mai.", [("de mars à mai", "2022-03-01", "2022-05-31")]),
    (
        "es",
        "La producción duró de marzo a mayo.",
        [("de marzo a mayo", "2022-03-01", "2022-05-31")],
    ),
]

# numbers with no date cue stay numbers
NOT_DATES = [
    ("en", "The 27th Brigade and 15 drones were hit; the 3rd battalion too."),
    ("en", "Russia launched 500 drones in 3 days of fighting."),
    ("en", "In two thousand cases the drones missed."),
    ("en", "A 2/3 majority is needed and 24/7 patrols continue."),
    ("fr", "Le 27e régiment et 15 drones ont été touchés."),
    ("fr", "Une majorité des 2/3 est requise."),
    ("es", "El 27 regimiento y 15 drones fueron alcanzados."),
    ("es", "Murieron 40 personas en 3 días de combates."),
    ("de", "Das 27. Regiment und 15 Drohnen wurden getroffen."),
    ("ru", "27-й полк и 15 дронов были поражены."),
    ("uk", "27-й полк і 15 дронів були уражені."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BARE_DAYS, ids=_ids(BARE_DAYS))
def test_bare_ordinal_days(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKDAYS, ids=_ids(WEEKDAYS))
def test_weekdays_of_a_week_or_month(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKS, ids=_ids(WEEKS))
def test_weeks_weekends_and_week_numbers(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), OFFSETS, ids=_ids(OFFSETS))
def test_offsets(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CALENDAR, ids=_ids(CALENDAR))
def test_years_in_words_months_of_a_year_and_numeric_days(
    lang: str, text: str, expected: list
) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS, ids=_ids(PARTS))
def test_parts_of_a_month(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"), NOT_DATES, ids=[f"{c[0]}:{c[1][:32]}" for c in NOT_DATES]
)
def test_numbers_without_a_date_cue_are_not_dates(lang: str, text: str) -> None:
    assert found(lang, text) == []


def test_without_a_reference_the_new_forms_stay_unresolved() -> None:
    refs = extract_time_refs(
        "Deliveries start Friday next week, in 3 weeks at the latest.", "en", None
    )
    assert [r.text for r in refs] == ["Friday next week", "in 3 weeks"]
    assert all(r.start is None and r.end is None and r.relative for r in refs)


@pytest.mark.parametrize(("lang", "text", "expected"), MONTH_RANGES, ids=_ids(MONTH_RANGES))
def test_ranges_of_ambiguous_month_words(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
