"""Date rule families (ranges opened before an article, quarters and decades in
words, "the same week", spaced month/year numbers, bounds on offsets), in every supported
language.

Sentences in the style of wire reports, resolved against Thursday 5 January 2023 as the
publication date; negatives keep the news conventions (a number with no date cue is not a date).
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


# a range whose opening word ("entre", "between", "zwischen") stands before the first date's
# article, or whose link stands before the second date's article
RANGES = [
    (
        "en",
        "Strikes were recorded between the 1st of March and the 5th of April 2022.",
        [("between the 1st of March and the 5th of April 2022", "2022-03-01", "2022-04-05")],
    ),
    (
        "fr",
        "Les frappes ont eu lieu entre le 1er janvier et le 5 avril 2022.",
        [("entre le 1er janvier et le 5 avril 2022", "2022-01-01", "2022-04-05")],
    ),
    (
        "fr",
        "Les livraisons ont été suivies de la semaine 31 à la semaine 35.",
        [("de la semaine 31 à la semaine 35", "2023-07-31", "2023-09-03")],
    ),
    (
        "es",
        "Los ataques se produjeron entre el 4 de septiembre y el 8 de septiembre de 2022.",
        [
            (
                "entre el 4 de septiembre y el 8 de septiembre de 2022",
                "2022-09-04",
                "2022-09-08",
            )
        ],
    ),
    (
        "de",
        "Die Angriffe dauerten vom 4. September bis zum 8. September 2022.",
        [("vom 4. September bis zum 8. September 2022", "2022-09-04", "2022-09-08")],
    ),
    (
        "ru",
        "Удары продолжались с 4 сентября по 8 сентября 2022 года.",
        [("с 4 сентября по 8 сентября 2022 года", "2022-09-04", "2022-09-08")],
    ),
    (
        "uk",
        "Удари тривали з 4 вересня по 8 вересня 2022 року.",
        [("з 4 вересня по 8 вересня 2022 року", "2022-09-04", "2022-09-08")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), RANGES, ids=_ids(RANGES))
def test_ranges_opened_before_an_article(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


def test_an_unpaired_opening_stays_out_of_a_single_date() -> None:
    assert found("fr", "Il est arrivé entre le 1er janvier, selon la police.") == [
        ("1er janvier", "2023-01-01", "2023-01-01")
    ]


# the rest of a period, or the part of it so far; a part's leading preposition stays out of
# its span where the specs leave it out ("au début de" -> "début de", "a finales de")
PARTS_SO_FAR_AND_REST = [
    (
        "en",
        "Strikes will continue for the rest of the week.",
        [("for the rest of the week", "2023-01-05", "2023-01-08")],
    ),
    (
        "fr",
        "Les frappes continueront le reste de la semaine.",
        [("reste de la semaine", "2023-01-05", "2023-01-08")],
    ),
    (
        "fr",
        "Les prix ont baissé plus tôt ce mois-ci.",
        [("plus tôt ce mois-ci", "2023-01-01", "2023-01-05")],
    ),
    (
        "fr",
        "La contre-offensive a débuté au début de la semaine dernière.",
        [("début de la semaine dernière", "2022-12-26", "2022-12-28")],
    ),
    (
        "es",
        "Los precios bajaron un 20% en lo que va de año.",
        [("en lo que va de año", "2023-01-01", "2023-01-05")],
    ),
    (
        "es",
        "Los ataques se intensificaron a mediados de la semana pasada.",
        [("mediados de la semana pasada", "2022-12-27", "2022-12-30")],
    ),
    (
        "de",
        "Die Angriffe gehen den Rest der Woche weiter.",
        [("den Rest der Woche", "2023-01-05", "2023-01-08")],
    ),
    (
        "de",
        "Die Preise sind seit Anfang des Jahres gestiegen.",
        [("seit Anfang des Jahres", "2023-01-01", "2023-01-05")],
    ),
    (
        "ru",
        "С начала года сбито 300 беспилотников.",
        [("С начала года", "2023-01-01", "2023-01-05")],
    ),
    ("ru", "Удары продолжатся остаток недели.", [("остаток недели", "2023-01-05", "2023-01-08")]),
    (
        "uk",
        "З початку року збито 300 дронів.",
        [("З початку року", "2023-01-01", "2023-01-05")],
    ),
    ("uk", "Удари триватимуть решту тижня.", [("решту тижня", "2023-01-05", "2023-01-08")]),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), PARTS_SO_FAR_AND_REST, ids=_ids(PARTS_SO_FAR_AND_REST)
)
def test_parts_so_far_and_rest(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# a day glued to its month word ("28-Dec-2022"), a weekday with "this" (that day of the
# reference's week), a weekday before a full date after an article, the n-th weekday of "this
# month" written with a modifier that doubles as an article
WEEKDAYS_AND_GLUED_DAYS = [
    (
        "en",
        "The drones hit the port on 28-Dec-2022.",
        [("28-Dec-2022", "2022-12-28", "2022-12-28")],
    ),
    (
        "fr",
        "Les drones ont frappé le port le 28-déc-2022.",
        [("28-déc-2022", "2022-12-28", "2022-12-28")],
    ),
    (
        "es",
        "Los drones atacaron el puerto el 28-dic-2022.",
        [("28-dic-2022", "2022-12-28", "2022-12-28")],
    ),
    (
        "de",
        "Die Drohnen trafen den Hafen am 28-Dez-2022.",
        [("28-Dez-2022", "2022-12-28", "2022-12-28")],
    ),
    ("ru", "Дроны атаковали порт 28-дек-2022.", [("28-дек-2022", "2022-12-28", "2022-12-28")]),
    ("uk", "Дрони атакували порт 28-груд-2022.", [("28-груд-2022", "2022-12-28", "2022-12-28")]),
    ("en", "The talks resume this Friday.", [("this Friday", "2023-01-06", "2023-01-06")]),
    (
        "fr",
        "Les pourparlers reprennent ce vendredi.",
        [("ce vendredi", "2023-01-06", "2023-01-06")],
    ),
    (
        "es",
        "Las conversaciones se reanudan este viernes.",
        [("este viernes", "2023-01-06", "2023-01-06")],
    ),
    (
        "de",
        "Die Gespräche werden diesen Freitag fortgesetzt.",
        [("diesen Freitag", "2023-01-06", "2023-01-06")],
    ),
    (
        "ru",
        "Переговоры возобновятся в эту пятницу.",
        [("в эту пятницу", "2023-01-06", "2023-01-06")],
    ),
    (
        "uk",
        "Переговори відновляться цієї пʼятниці.",
        [("цієї пʼятниці", "2023-01-06", "2023-01-06")],
    ),
    (
        "fr",
        "Le sommet a eu lieu le lundi 2 janvier 2023.",
        [("lundi 2 janvier 2023", "2023-01-02", "2023-01-02")],
    ),
    (
        "es",
        "La cumbre fue el lunes 2 de enero de 2023.",
        [("lunes 2 de enero de 2023", "2023-01-02", "2023-01-02")],
    ),
    (
        "fr",
        "Le vote aura lieu le premier vendredi de ce mois.",
        [("premier vendredi de ce mois", "2023-01-06", "2023-01-06")],
    ),
    (
        "es",
        "La votación será el primer viernes de este mes.",
        [("el primer viernes de este mes", "2023-01-06", "2023-01-06")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), WEEKDAYS_AND_GLUED_DAYS, ids=_ids(WEEKDAYS_AND_GLUED_DAYS)
)
def test_weekdays_and_glued_days(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


def test_abbreviated_weekdays_need_a_cue() -> None:
    # "mar", "sam", "ven" are also words or names: alone they are no weekday
    assert found("fr", "Le navire Sam a quitté la mer.") == []
    assert found("fr", "Les navires ont quitté la mer Noire le 4 janvier.") == [
        ("4 janvier", "2023-01-04", "2023-01-04")
    ]


# decades in digits and words; a round number that counts something is no decade
DECADES = [
    ("en", "Production began in the 70s.", [("the 70s", "1970-01-01", "1979-12-31")]),
    ("fr", "La production a commencé dans les 70s.", [("les 70s", "1970-01-01", "1979-12-31")]),
    (
        "fr",
        "La production a commencé dans les années soixante-dix.",
        [("les années soixante-dix", "1970-01-01", "1979-12-31")],
    ),
    ("es", "La producción empezó en los 70.", [("los 70", "1970-01-01", "1979-12-31")]),
    ("es", "La producción empezó en los noventa.", [("los noventa", "1990-01-01", "1999-12-31")]),
    (
        "es",
        "La producción empezó en los años dos mil.",
        [("los años dos mil", "2000-01-01", "2009-12-31")],
    ),
    (
        "de",
        "Die Produktion begann in den 70er Jahren.",
        [("den 70er Jahren", "1970-01-01", "1979-12-31")],
    ),
    ("ru", "Производство началось в 70-х годах.", [("70-х годах", "1970-01-01", "1979-12-31")]),
    ("uk", "Виробництво почалося у 70-х роках.", [("70-х роках", "1970-01-01", "1979-12-31")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), DECADES, ids=_ids(DECADES))
def test_decades(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los 70 muertos fueron identificados."),
        ("es", "Los noventa drones fueron derribados."),
        ("fr", "Les 40 blessés ont été évacués."),
        ("fr", "Les 20 ont été arrêtés hier soir."),
    ],
)
def test_counted_round_numbers_are_no_decades(lang: str, text: str) -> None:
    assert [r.text for r in extract_time_refs(text, lang, REF) if "19" in (r.start or "")] == []


# a period glued after a month abbreviation belongs to it (English specs leave it out)
ABBREVIATIONS = [
    (
        "fr",
        "Les livraisons reprendront en fév. selon le ministère.",
        [("fév.", "2022-02-01", "2022-02-28")],
    ),
    (
        "es",
        "La ofensiva empezó el 27 dic. según el ejército.",
        [("27 dic.", "2022-12-27", "2022-12-27")],
    ),
    (
        "de",
        "Die Offensive begann am 27. Dez. laut Armee.",
        [("27. Dez.", "2022-12-27", "2022-12-27")],
    ),
    (
        "ru",
        "Наступление началось 27 дек. по данным армии.",
        [("27 дек.", "2022-12-27", "2022-12-27")],
    ),
    ("uk", "Наступ почався 27 груд. за даними армії.", [("27 груд.", "2022-12-27", "2022-12-27")]),
    (
        "en",
        "The offensive began on 27 Dec. the army said.",
        [("27 Dec", "2022-12-27", "2022-12-27")],
    ),
    # a full month name at the end of a sentence leaves the full stop out
    ("fr", "Les livraisons ont repris en juin.", [("juin", "2022-06-01", "2022-06-30")]),
    ("ru", "Наступление началось в марте.", [("марте", "2022-03-01", "2022-03-31")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), ABBREVIATIONS, ids=_ids(ABBREVIATIONS))
def test_month_abbreviation_periods(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


QUARTERS = [
    (
        "en",
        "Production fell in the third quarter of 2022.",
        [("the third quarter of 2022", "2022-07-01", "2022-09-30")],
    ),
    (
        "fr",
        "La production a chuté au troisième quart de 2022.",
        [("troisième quart de 2022", "2022-07-01", "2022-09-30")],
    ),
    (
        "es",
        "La producción cayó en el tercer cuarto de 2022.",
        [("el tercer cuarto de 2022", "2022-07-01", "2022-09-30")],
    ),
    (
        "de",
        "Die Produktion sank im dritten Quartal 2022.",
        [("dritten Quartal 2022", "2022-07-01", "2022-09-30")],
    ),
    (
        "ru",
        "Производство упало в третьем квартале 2022 года.",
        [("третьем квартале 2022 года", "2022-07-01", "2022-09-30")],
    ),
    (
        "uk",
        "Виробництво впало у третьому кварталі 2022 року.",
        [("третьому кварталі 2022 року", "2022-07-01", "2022-09-30")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), QUARTERS, ids=_ids(QUARTERS))
def test_quarters(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Un cuarto de los drones fue derribado."),
        ("fr", "Un quart des drones a été abattu."),
        ("en", "A quarter of the drones were shot down."),
    ],
)
def test_a_share_is_no_quarter(lang: str, text: str) -> None:
    assert found(lang, text) == []


# a month and a year around a spaced separator; a count after a year is no month
SPACED_MONTH_YEAR = [
    ("en", "Deliveries stopped in 11 / 2022.", [("11 / 2022", "2022-11-01", "2022-11-30")]),
    ("fr", "Les livraisons ont cessé en 11 - 2022.", [("11 - 2022", "2022-11-01", "2022-11-30")]),
    ("es", "Las entregas cesaron en 2022 / 11.", [("2022 / 11", "2022-11-01", "2022-11-30")]),
    ("de", "Die Lieferungen endeten im 11 / 2022.", [("11 / 2022", "2022-11-01", "2022-11-30")]),
    ("ru", "Поставки прекратились в 11 / 2022.", [("11 / 2022", "2022-11-01", "2022-11-30")]),
    ("uk", "Постачання припинилися у 11 - 2022.", [("11 - 2022", "2022-11-01", "2022-11-30")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), SPACED_MONTH_YEAR, ids=_ids(SPACED_MONTH_YEAR))
def test_spaced_month_and_year(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The vote ended 11 - 2022 delegates against."),
        ("fr", "Le score final : 3 - 2022 voix."),
        ("es", "En total 2022 - 11 drones fueron derribados."),
    ],
)
def test_spaced_numbers_with_a_count_are_no_month(lang: str, text: str) -> None:
    assert [r.granularity for r in extract_time_refs(text, lang, REF)] != ["month"]
