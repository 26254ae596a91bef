"""Date rules per family, in every supported language (en, fr, de, es, ru, uk).

Sentences in the style of air-force overnight summaries, wire reports and official statements.
Each case: (language, sentence, expected [(text, start, end)]) with the reference date below
(Thursday 5 January 2023) as the publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2023, 1, 5)  # a Thursday


def found(
    lang: str, text: str, reference: date | None = REF
) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, reference)]


ABSOLUTE = [
    (
        "en",
        "Russia launched 15 Shahed drones on Dec. 10, 2022, the air force said.",
        [("Dec. 10, 2022", "2022-12-10", "2022-12-10")],
    ),
    (
        "en",
        "The contract was signed on 10 December 2022 in Tehran.",
        [("10 December 2022", "2022-12-10", "2022-12-10")],
    ),
    (
        "fr",
        "Le 10 décembre 2022, la défense aérienne a abattu dix drones.",
        [("10 décembre 2022", "2022-12-10", "2022-12-10")],
    ),
    (
        "de",
        "Am 10. Dezember 2022 wurden nach Angaben der Luftwaffe zehn Drohnen abgeschossen.",
        [("10. Dezember 2022", "2022-12-10", "2022-12-10")],
    ),
    (
        "es",
        "El 10 de diciembre de 2022 Rusia lanzó 15 drones, informó la fuerza aérea.",
        [("10 de diciembre de 2022", "2022-12-10", "2022-12-10")],
    ),
    (
        "ru",
        "10 декабря 2022 года ПВО сбили десять беспилотников.",
        [("10 декабря 2022 года", "2022-12-10", "2022-12-10")],
    ),
    (
        "uk",
        "10 грудня 2022 року сили ППО збили десять дронів.",
        [("10 грудня 2022 року", "2022-12-10", "2022-12-10")],
    ),
]

NUMERIC = [
    (
        "en",
        "Figures as of 2024-05-21 and 05/21/2024.",
        [("2024-05-21", "2024-05-21", "2024-05-21"), ("05/21/2024", "2024-05-21", "2024-05-21")],
    ),
    (
        "fr",
        "Bilan au 21/05/2024 publié par l'état-major.",
        [("21/05/2024", "2024-05-21", "2024-05-21")],
    ),
    ("de", "Stand: 21.05.2024, laut Generalstab.", [("21.05.2024", "2024-05-21", "2024-05-21")]),
    (
        "es",
        "Datos del 21/05/2024 según el Estado Mayor.",
        [("21/05/2024", "2024-05-21", "2024-05-21")],
    ),
    (
        "ru",
        "Данные на 21.05.2024 по сообщению Генштаба.",
        [("21.05.2024", "2024-05-21", "2024-05-21")],
    ),
    (
        "uk",
        "Станом на 21.05.2024 за даними Генштабу.",
        [("21.05.2024", "2024-05-21", "2024-05-21")],
    ),
]

RELATIVE_DAYS = [
    (
        "en",
        "The air force said on Saturday that 40 drones were shot down overnight.",
        [("Saturday", "2022-12-31", "2022-12-31"), ("overnight", "2023-01-04", "2023-01-05")],
    ),
    (
        "fr",
        "Samedi dernier, 40 drones ont été abattus, a indiqué hier l'armée de l'air.",
        [("Samedi dernier", "2022-12-31", "2022-12-31"), ("hier", "2023-01-04", "2023-01-04")],
    ),
    (
        "de",
        "Am Samstag wurden 40 Drohnen abgeschossen, teilte die Luftwaffe gestern mit.",
        [("Samstag", "2022-12-31", "2022-12-31"), ("gestern", "2023-01-04", "2023-01-04")],
    ),
    (
        "es",
        "El sábado fueron derribados 40 drones, informó ayer la fuerza aérea.",
        [("sábado", "2022-12-31", "2022-12-31"), ("ayer", "2023-01-04", "2023-01-04")],
    ),
    (
        "ru",
        "В субботу ПВО сбили 40 дронов, сообщили вчера в Воздушных силах.",
        [("субботу", "2022-12-31", "2022-12-31"), ("вчера", "2023-01-04", "2023-01-04")],
    ),
    (
        "uk",
        "У суботу сили ППО збили 40 дронів, повідомили вчора в Повітряних силах.",
        [("суботу", "2022-12-31", "2022-12-31"), ("вчора", "2023-01-04", "2023-01-04")],
    ),
]

# "next Saturday" is the Saturday of next week (5 January 2023 is a Thursday).
FUTURE_WORDING = [
    ("en", "Talks resume next Saturday.", [("next Saturday", "2023-01-14", "2023-01-14")]),
    (
        "fr",
        "Les pourparlers reprendront samedi prochain.",
        [("samedi prochain", "2023-01-14", "2023-01-14")],
    ),
    (
        "de",
        "Die Gespräche werden am nächsten Samstag fortgesetzt.",
        [("am nächsten Samstag", "2023-01-14", "2023-01-14")],
    ),
    (
        "es",
        "Las conversaciones se reanudarán el próximo sábado.",
        [("próximo sábado", "2023-01-14", "2023-01-14")],
    ),
    (
        "ru",
        "Переговоры продолжатся в следующую субботу.",
        [("в следующую субботу", "2023-01-14", "2023-01-14")],
    ),
    (
        "uk",
        "Переговори продовжаться наступної суботи.",
        [("наступної суботи", "2023-01-14", "2023-01-14")],
    ),
]

RELATIVE_MONTHS = [
    (
        "en",
        "In January the plant produced 300 drones, up from last month.",
        [("January", "2023-01-01", "2023-01-31"), ("last month", "2022-12-01", "2022-12-31")],
    ),
    (
        "fr",
        "Une délégation russe en visite en Iran, en janvier dernier, a été contrainte de se réfugier.",
        [("janvier dernier", "2022-01-01", "2022-01-31")],
    ),
    (
        "de",
        "Im Dezember wurden mehr Drohnen gestartet als im vergangenen Monat.",
        [
            ("Dezember", "2022-12-01", "2022-12-31"),
            ("im vergangenen Monat", "2022-12-01", "2022-12-31"),
        ],
    ),
    (
        "es",
        "En diciembre se lanzaron más drones que el mes pasado.",
        [("diciembre", "2022-12-01", "2022-12-31"), ("el mes pasado", "2022-12-01", "2022-12-31")],
    ),
    (
        "ru",
        "В январе враг запустил больше дронов, чем в прошлом месяце.",
        [("январе", "2023-01-01", "2023-01-31"), ("в прошлом месяце", "2022-12-01", "2022-12-31")],
    ),
    (
        "uk",
        "У січні ворог запустив більше дронів, ніж минулого місяця.",
        [("січні", "2023-01-01", "2023-01-31"), ("минулого місяця", "2022-12-01", "2022-12-31")],
    ),
]

OPEN_BOUNDS = [
    (
        "en",
        "The 6,000 drones were to be manufactured by September 2025.",
        [("by September 2025", None, "2025-09-30")],
    ),
    (
        "fr",
        "pour fournir 6 000 unités à l'armée russe d'ici 2025",
        [("d'ici 2025", None, "2025-12-31")],
    ),
    (
        "de",
        "Seit Mai 2022 setzt Russland die Drohnen ein.",
        [("Seit Mai 2022", "2022-05-01", None)],
    ),
    (
        "es",
        "Rusia usa estos drones desde mayo de 2022.",
        [("desde mayo de 2022", "2022-05-01", None)],
    ),
    (
        "ru",
        "Завод должен выпустить 6000 дронов до сентября 2025 года.",
        [("до сентября 2025 года", None, "2025-09-30")],
    ),
    (
        "uk",
        "Росія застосовує ці дрони з травня 2022 року.",
        [("з травня 2022 року", "2022-05-01", None)],
    ),
]

RANGES = [
    (
        "en",
        "Forces shot down around 500 drones between September and January.",
        [("between September and January", "2022-09-01", "2023-01-31")],
    ),
    (
        "fr",
        "Dans la nuit du 6 au 7 décembre, 17 drones ont été abattus.",
        [("Dans la nuit du 6 au 7 décembre", "2022-12-06", "2022-12-07")],
    ),
    (
        "de",
        "Zwischen September und Januar wurden rund 500 Drohnen abgeschossen.",
        [("Zwischen September und Januar", "2022-09-01", "2023-01-31")],
    ),
    (
        "es",
        "Del 6 al 7 de diciembre se derribaron 17 drones.",
        [("Del 6 al 7 de diciembre", "2022-12-06", "2022-12-07")],
    ),
    (
        "ru",
        "В ночь на 7 декабря противник атаковал 17 ударными БпЛА типа Shahed.",
        [("В ночь на 7 декабря", "2022-12-06", "2022-12-07")],
    ),
    (
        "uk",
        "У ніч на 7 грудня противник атакував 17 ударними БпЛА типу Shahed.",
        [("У ніч на 7 грудня", "2022-12-06", "2022-12-07")],
    ),
]

PERIODS = [
    (
        "en",
        "In the first quarter of 2023 and in the 1990s.",
        [
            ("the first quarter of 2023", "2023-01-01", "2023-03-31"),
            ("the 1990s", "1990-01-01", "1999-12-31"),
        ],
    ),
    (
        "fr",
        "Au début 2023, puis à la mi-juillet et dans les années 1990.",
        [
            ("début 2023", "2023-01-01", "2023-03-31"),
            ("mi-juillet", "2022-07-10", "2022-07-20"),
            ("les années 1990", "1990-01-01", "1999-12-31"),
        ],
    ),
    (
        "de",
        "Anfang 2023 und im ersten Quartal 2023.",
        [
            ("Anfang 2023", "2023-01-01", "2023-03-31"),
            ("ersten Quartal 2023", "2023-01-01", "2023-03-31"),
        ],
    ),
    (
        "es",
        "A principios de 2023 y a finales de julio.",
        [
            ("principios de 2023", "2023-01-01", "2023-03-31"),
            ("finales de julio", "2022-07-16", "2022-07-31"),
        ],
    ),
    (
        "ru",
        "В начале 2023 года и в первые два дня нового года.",
        [
            ("В начале 2023 года", "2023-01-01", "2023-03-31"),
            ("в первые два дня нового года", "2023-01-01", "2023-01-02"),
        ],
    ),
    (
        "uk",
        "На початку 2023 року і в першому кварталі 2023 року.",
        [
            ("На початку 2023 року", "2023-01-01", "2023-03-31"),
            ("першому кварталі 2023 року", "2023-01-01", "2023-03-31"),
        ],
    ),
]

AGO = [
    ("en", "Two days ago the plant was hit.", [("Two days ago", "2023-01-03", "2023-01-03")]),
    (
        "fr",
        "Il y a deux jours, l'usine a été frappée.",
        [("Il y a deux jours", "2023-01-03", "2023-01-03")],
    ),
    (
        "de",
        "Vor zwei Tagen wurde das Werk getroffen.",
        [("Vor zwei Tagen", "2023-01-03", "2023-01-03")],
    ),
    ("es", "Hace dos días la planta fue atacada.", [("Hace dos días", "2023-01-03", "2023-01-03")]),
    ("ru", "Два дня назад завод был поражён.", [("Два дня назад", "2023-01-03", "2023-01-03")]),
    ("uk", "Два дні тому завод було уражено.", [("Два дні тому", "2023-01-03", "2023-01-03")]),
]


def _ids(cases: list) -> list[str]:
    return [f"{lang}:{text[:30]}" for lang, text, _ in cases]


@pytest.mark.parametrize(("lang", "text", "expected"), ABSOLUTE, ids=_ids(ABSOLUTE))
def test_absolute_dates(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
    assert found(lang, text, None) == expected  # absolute: no reference needed


@pytest.mark.parametrize(("lang", "text", "expected"), NUMERIC, ids=_ids(NUMERIC))
def test_numeric_dates(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_DAYS, ids=_ids(RELATIVE_DAYS))
def test_relative_days(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected
    unresolved = found(lang, text, None)
    assert [t for t, _, _ in unresolved] == [t for t, _, _ in expected]
    assert all(s is None and e is None for _, s, e in unresolved)


@pytest.mark.parametrize(("lang", "text", "expected"), FUTURE_WORDING, ids=_ids(FUTURE_WORDING))
def test_future_wording_picks_the_next_one(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_MONTHS, ids=_ids(RELATIVE_MONTHS))
def test_relative_months(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), OPEN_BOUNDS, ids=_ids(OPEN_BOUNDS))
def test_open_bounds(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES, ids=_ids(RANGES))
def test_ranges(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PERIODS, ids=_ids(PERIODS))
def test_periods(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), AGO, ids=_ids(AGO))
def test_counted_back_from_publication(lang: str, text: str, expected: list) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The 12-day campaign lasted three weeks and cost 2000 lives; 15/20 were hit."),
        ("fr", "Une campagne de douze jours, 2000 drones, 1,75 milliard de dollars."),
        ("de", "Eine zwölftägige Kampagne mit 2000 Drohnen und 3,5 Mrd. Euro."),
        ("es", "Una campaña de 12 días con 2000 drones y 1.750 millones."),
        ("ru", "Двенадцатидневная кампания: 2000 дронов, 1,75 млрд долларов."),
        ("uk", "Дванадцятиденна кампанія: 2000 дронів, 1,75 млрд доларів."),
    ],
)
def test_counts_and_durations_are_not_dates(lang: str, text: str) -> None:
    assert found(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "That may be true, and troops march on."),
        ("de", "Am Morgen griffen Drohnen an."),
        ("es", "Por la mañana atacaron los drones."),
    ],
)
def test_words_that_only_look_like_dates(lang: str, text: str) -> None:
    assert found(lang, text) == []
