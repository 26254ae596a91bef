"""Date rule families in every supported language: bounds on counted offsets ("more
than two weeks ago" is open-ended), stretches from the publication date ("within three weeks"),
the unit of the date last mentioned ("the same year", "that week"), the halves of a relative year
("late next year"), and what the faster scan must not change.

Sentences in the style of wire reports, resolved against Thursday 5 January 2023 as the
publication date.
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


# "more than N units ago/before X": everything up to that point, with no start
MORE_THAN = [
    ("en", "Strikes resumed more than two weeks ago.", "more than two weeks ago"),
    ("fr", "Les frappes ont repris il y a plus de deux semaines.", "il y a plus de deux semaines"),
    ("de", "Die Angriffe begannen vor mehr als zwei Wochen.", "vor mehr als zwei Wochen"),
    ("es", "Los ataques se reanudaron hace más de dos semanas.", "hace más de dos semanas"),
    ("ru", "Удары возобновились более двух недель назад.", "более двух недель назад"),
    ("uk", "Удари відновилися понад два тижні тому.", "понад два тижні тому"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MORE_THAN, ids=_ids(MORE_THAN))
def test_more_than_an_offset_ago_is_open_before_the_point(
    lang: str, text: str, surface: str
) -> None:
    assert found(lang, text) == [(surface, None, "2022-12-21")]


# "within N units": from the publication date to the point
WITHIN = [
    ("en", "Deliveries will come within three weeks.", "within three weeks"),
    ("fr", "Les livraisons arriveront dans les trois semaines.", "dans les trois semaines"),
    ("de", "Die Lieferungen kommen innerhalb von drei Wochen.", "innerhalb von drei Wochen"),
    ("es", "Las entregas llegarán dentro de tres semanas.", "dentro de tres semanas"),
    ("ru", "Поставки прибудут в течение трех недель.", "в течение трех недель"),
    ("uk", "Поставки надійдуть протягом трьох тижнів.", "протягом трьох тижнів"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), WITHIN, ids=_ids(WITHIN))
def test_within_a_count_is_a_stretch_from_publication(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2023-01-05", "2023-01-26")]


def test_bounds_with_a_base_day_in_english_french_and_spanish() -> None:
    assert found("en", "The test comes less than 3 days after tomorrow.") == [
        ("less than 3 days after tomorrow", "2023-01-06", "2023-01-09")
    ]
    assert found("en", "Work starts more than 2 weeks after today.") == [
        ("more than 2 weeks after today", "2023-01-19", None)
    ]
    assert found("fr", "Les travaux commenceront plus de 2 semaines après aujourd'hui.") == [
        ("plus de 2 semaines après aujourd'hui", "2023-01-19", None)
    ]
    assert found("es", "Regresaré en menos de 2 semanas.") == [
        ("en menos de 2 semanas", "2023-01-05", "2023-01-19")
    ]


# a bound alone counts a duration, not a date ("more than three weeks of fighting")
DURATIONS = [
    ("en", "It took more than three weeks of fighting."),
    ("en", "The repairs took less than a week."),
    ("fr", "Les combats ont duré plus de trois semaines."),
    ("de", "Die Kämpfe dauerten mehr als drei Wochen."),
    ("es", "Los combates duraron más de tres semanas."),
    ("ru", "Бои продолжались более трех недель."),
    ("uk", "Бої тривали понад три тижні."),
]


@pytest.mark.parametrize(("lang", "text"), DURATIONS, ids=_ids(DURATIONS))
def test_a_bounded_count_alone_is_a_duration(lang: str, text: str) -> None:
    assert found(lang, text) == []


# "the same year" / "that year": the year of the date last mentioned, not of publication
SAME = [
    ("en", "The plant opened on 12 May 2021. The same year, output doubled.", "same year"),
    ("fr", "L'usine a ouvert le 12 mai 2021. La même année, la production a doublé.", "même année"),
    (
        "de",
        "Das Werk öffnete am 12. Mai 2021. Im selben Jahr verdoppelte sich die Produktion.",
        "selben Jahr",
    ),
    ("es", "La planta abrió el 12 de mayo de 2021. Ese año, la producción se duplicó.", "Ese año"),
    ("ru", "Завод открылся 12 мая 2021 года. В том же году выпуск удвоился.", "том же году"),
    (
        "uk",
        "Завод відкрився 12 травня 2021 року. Того ж року виробництво подвоїлося.",
        "Того ж року",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), SAME, ids=_ids(SAME))
def test_the_same_year_is_the_year_last_mentioned(lang: str, text: str, surface: str) -> None:
    refs = extract_time_refs(text, lang, REF)
    assert [(r.text, r.start, r.end) for r in refs][-1] == (surface, "2021-01-01", "2021-12-31")
    assert refs[-1].relative and refs[-1].resolved_against == "2021-05-12"


def test_that_week_without_an_earlier_date_is_the_publication_week() -> None:
    assert found("en", "Officials were not there that week.") == [
        ("that week", "2023-01-02", "2023-01-08")
    ]
    assert found("es", "No estuve allí la misma semana.") == [
        ("misma semana", "2023-01-02", "2023-01-08")
    ]


# the end of a relative year is its second half; of a named year, its last quarter (the gold)
LATE_NEXT_YEAR = [
    ("en", "Production should start late next year.", "late next year"),
    ("fr", "La production devrait commencer fin de l'année prochaine.", "fin de l'année prochaine"),
    ("de", "Die Produktion soll Ende nächsten Jahres beginnen.", "Ende nächsten Jahres"),
    ("es", "La producción comenzará a finales del próximo año.", "finales del próximo año"),
    ("ru", "Производство начнется в конце следующего года.", "в конце следующего года"),
    ("uk", "Виробництво почнеться наприкінці наступного року.", "наприкінці наступного року"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LATE_NEXT_YEAR, ids=_ids(LATE_NEXT_YEAR))
def test_late_next_year_is_its_second_half(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2024-07-01", "2024-12-31")]


def test_a_named_year_keeps_the_gold_quarters() -> None:
    assert found("en", "At the beginning of 2023, Moscow and Tehran signed a contract.") == [
        ("At the beginning of 2023", "2023-01-01", "2023-03-31")
    ]
    assert found("en", "Production should start early this year.") == [
        ("early this year", "2023-01-01", "2023-06-30")
    ]


# the scan skips text far from any date word; a date after a long stretch of it is still found
def test_a_date_after_a_long_dateless_stretch_is_found() -> None:
    filler = "drones launched from the south were shot down over the region " * 300
    text = filler + "The attack came on 10 December 2022, officials said."
    refs = extract_time_refs(text, "en", REF)
    assert [(r.text, r.start) for r in refs] == [("10 December 2022", "2022-12-10")]
    assert text[refs[0].span.start : refs[0].span.end] == "10 December 2022"


# digits glued after letters are a code or a model name, not a date
CODES = [
    ("en", "The Su34 and the A4 units were hit."),
    ("ru", "Отчёт q1-2019 опубликован."),
    ("fr", "Je reviens à 12h34min20s."),
    ("es", "Modelo T72 y versión B2 en servicio."),
    ("de", "Der Typ MiG29 flog."),
    ("uk", "Комплекс С300 знищено."),
]


@pytest.mark.parametrize(("lang", "text"), CODES, ids=_ids(CODES))
def test_digits_glued_after_letters_are_no_date(lang: str, text: str) -> None:
    assert found(lang, text) == []
