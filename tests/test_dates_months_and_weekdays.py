"""Date rule families in every supported language: a range of days inside "the month
of" a named month, what a "month of" phrase keeps in its span, and the article before a weekday
that carries a day number or an ordinal ("le vendredi 13", "le premier vendredi de février").

Sentences in the style of wire reports, resolved against Thursday 5 January 2023 as the
publication date (past readings, the news convention).
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


# a range of days, then the month (through a "month of" phrase where the language has one)
DAYS_OF_THE_MONTH_OF = [
    (
        "en",
        "Talks ran from 3 to 12 of the month of September.",
        "from 3 to 12 of the month of September",
    ),
    (
        "fr",
        "Les pourparlers ont eu lieu du 3 au 12 du mois de septembre.",
        "du 3 au 12 du mois de septembre",
    ),
    (
        "de",
        "Die Gespräche liefen vom 3. bis 12. des Monats September.",
        "vom 3. bis 12. des Monats September",
    ),
    (
        "es",
        "Las conversaciones fueron del 3 al 12 del mes de septiembre.",
        "del 3 al 12 del mes de septiembre",
    ),
    ("ru", "Переговоры шли с 3 по 12 сентября.", "с 3 по 12 сентября"),
    ("uk", "Переговори тривали з 3 по 12 вересня.", "з 3 по 12 вересня"),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), DAYS_OF_THE_MONTH_OF, ids=_ids(DAYS_OF_THE_MONTH_OF)
)
def test_a_range_of_days_of_the_month_of_september(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-09-03", "2022-09-12")]


# "the month of June": the preposition before it stays out ("au mois de juin" -> "mois de juin")
MONTH_OF = [
    ("en", "The summit takes place in the month of June.", "the month of June"),
    ("fr", "Le sommet a lieu au mois de juin.", "mois de juin"),
    ("de", "Der Gipfel findet im Monat Juni statt.", "Monat Juni"),
    ("es", "La cumbre tiene lugar en el mes de junio.", "el mes de junio"),
    ("ru", "Саммит пройдёт в июне.", "июне"),
    ("uk", "Саміт відбудеться в червні.", "червні"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), MONTH_OF, ids=_ids(MONTH_OF))
def test_the_month_of_june_is_the_whole_month(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-06-01", "2022-06-30")]


def test_a_month_word_before_a_number_is_no_date() -> None:
    assert found("de", "Im Monat 3 der Offensive gab es keine Angriffe.") == []
    assert found("fr", "Au mois 3 de l'offensive, rien.") == []


# a weekday with its day number: the weekday is the cue, the article stays out where the
# language leaves it out of a day's span (fr, es); the day is the latest 13th that is a Friday
# (13 December 2022 was a Tuesday, 13 January 2023 is after the reference, so 13 May 2022)
WEEKDAY_AND_DAY = [
    ("en", "He returned on Friday 13.", "Friday 13"),
    ("fr", "Il est revenu le vendredi 13.", "vendredi 13"),
    ("de", "Er kehrte am Freitag, dem 13. zurück.", "Freitag, dem 13"),
    ("es", "Volvió el viernes 13.", "viernes 13"),
    ("ru", "Он вернулся в пятницу 13-го.", "пятницу 13-го"),
    ("uk", "Він повернувся у п'ятницю 13-го.", "п'ятницю 13-го"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), WEEKDAY_AND_DAY, ids=_ids(WEEKDAY_AND_DAY))
def test_a_weekday_with_its_day_number(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-05-13", "2022-05-13")]


# an ordinal weekday of a month: French leaves the article out, the others keep theirs
ORDINAL_WEEKDAY = [
    ("en", "It opened on the first Friday of February.", "the first Friday of February"),
    ("fr", "Elle a ouvert le premier vendredi de février.", "premier vendredi de février"),
    ("de", "Sie öffnete am ersten Freitag im Februar.", "ersten Freitag im Februar"),
    ("es", "Abrió el primer viernes de febrero.", "el primer viernes de febrero"),
    ("ru", "Она открылась в первую пятницу февраля.", "первую пятницу февраля"),
    ("uk", "Вона відкрилася в першу п'ятницю лютого.", "першу п'ятницю лютого"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ORDINAL_WEEKDAY, ids=_ids(ORDINAL_WEEKDAY))
def test_the_first_friday_of_february(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-02-04", "2022-02-04")]


# a quarter counted from the publication date: the calendar quarter before or after its own
LAST_QUARTER = [
    ("en", "Output fell last quarter, the ministry said.", "last quarter"),
    ("fr", "La production a reculé au trimestre dernier.", "trimestre dernier"),
    ("de", "Im vergangenen Quartal sank die Produktion.", "Im vergangenen Quartal"),
    ("es", "La producción cayó el trimestre pasado.", "el trimestre pasado"),
    ("ru", "В прошлом квартале производство упало.", "В прошлом квартале"),
    ("uk", "У минулому кварталі виробництво впало.", "У минулому кварталі"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), LAST_QUARTER, ids=_ids(LAST_QUARTER))
def test_last_quarter_is_the_previous_calendar_quarter(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-10-01", "2022-12-31")]


def test_next_quarter_and_a_share_that_is_no_quarter_of_the_year() -> None:
    text = "A quarter of the drones were shot down; output will rise next quarter."
    assert found("en", text) == [("next quarter", "2023-04-01", "2023-06-30")]


# "next week" counted from the publication date: French leaves the article out of the span
# ("la semaine prochaine" -> "semaine prochaine"), the others keep theirs
NEXT_WEEK = [
    ("en", "Talks resume next week.", "next week"),
    ("fr", "Les pourparlers reprennent la semaine prochaine.", "semaine prochaine"),
    ("de", "Die Gespräche beginnen nächste Woche.", "nächste Woche"),
    ("es", "Las conversaciones se reanudan la semana próxima.", "la semana próxima"),
    ("ru", "Переговоры возобновятся на следующей неделе.", "на следующей неделе"),
    ("uk", "Переговори відновляться наступного тижня.", "наступного тижня"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NEXT_WEEK, ids=_ids(NEXT_WEEK))
def test_next_week(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2023-01-09", "2023-01-15")]


# a date without its year, then "in" and the year: one date; a range takes the year of its end
IN_A_YEAR = [
    (
        "en",
        "The plant ran from April to June in 2017 and closed on 28 June in 2020.",
        "from April to June in 2017",
        "28 June in 2020",
    ),
    (
        "fr",
        "L'usine a tourné d'avril à juin en 2017 et a fermé le 28 juin en 2020.",
        "d'avril à juin en 2017",
        "28 juin en 2020",
    ),
    (
        "de",
        "Das Werk lief von April bis Juni im Jahr 2017 und schloss am 28. Juni im Jahr 2020.",
        "von April bis Juni im Jahr 2017",
        "28. Juni im Jahr 2020",
    ),
    (
        "es",
        "La planta funcionó de abril a junio en 2017 y cerró el 28 de junio en 2020.",
        "de abril a junio en 2017",
        "28 de junio en 2020",
    ),
    (
        "ru",
        "Завод работал с апреля по июнь 2017 года и закрылся 28 июня 2020 года.",
        "с апреля по июнь 2017 года",
        "28 июня 2020 года",
    ),
    (
        "uk",
        "Завод працював з квітня по червень 2017 року і закрився 28 червня 2020 року.",
        "з квітня по червень 2017 року",
        "28 червня 2020 року",
    ),
]


@pytest.mark.parametrize(("lang", "text", "months", "day"), IN_A_YEAR, ids=_ids(IN_A_YEAR))
def test_a_date_in_a_later_named_year(lang: str, text: str, months: str, day: str) -> None:
    assert found(lang, text) == [
        (months, "2017-04-01", "2017-06-30"),
        (day, "2020-06-28", "2020-06-28"),
    ]


def test_a_year_after_a_relative_month_is_no_year_of_it() -> None:
    # "last May" already has its year: "in 2020" that follows is a date of its own
    refs = found("en", "Prices rose last May in 2020 terms.")
    assert refs[0] == ("last May", "2022-05-01", "2022-05-31")


# a year just before a quarter code is its year ("2017 Q1"); where the language has no codes,
# its own word order names the quarter of a year
YEAR_THEN_QUARTER = [
    ("en", "Deliveries fell in 2016 Q3, the report said.", "2016 Q3"),
    ("fr", "Les livraisons ont baissé en 2016 T3.", "2016 T3"),
    ("de", "Die Lieferungen sanken 2016 Q3 deutlich.", "2016 Q3"),
    ("es", "Las entregas cayeron en el tercer trimestre de 2016.", "el tercer trimestre de 2016"),
    ("ru", "Поставки упали в третьем квартале 2016 года.", "третьем квартале 2016 года"),
    ("uk", "Поставки впали у третьому кварталі 2016 року.", "третьому кварталі 2016 року"),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), YEAR_THEN_QUARTER, ids=_ids(YEAR_THEN_QUARTER)
)
def test_the_third_quarter_of_2016(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2016-07-01", "2016-09-30")]


def test_a_range_of_year_and_quarter_codes() -> None:
    assert found("en", "Output grew from 2017 Q1 to 2018 Q1.") == [
        ("from 2017 Q1 to 2018 Q1", "2017-01-01", "2018-03-31")
    ]
    # a comma ends the year: "Q3" is then the quarter of the publication year
    assert found("en", "In 2016, Q3 was weak.")[0] == ("2016", "2016-01-01", "2016-12-31")


# two months joined by a hyphen, the year after the second: one range in that year
MONTH_HYPHEN_MONTH = [
    ("en", "Output rose in Jan-Feb 2017, the agency said.", "Jan-Feb 2017"),
    ("fr", "La production a augmenté en janv-fév 2017.", "janv-fév 2017"),
    ("de", "Die Produktion stieg im Jan-Feb 2017.", "Jan-Feb 2017"),
    ("es", "La producción subió en ene-feb 2017.", "ene-feb 2017"),
    ("ru", "Производство выросло в январе-феврале 2017 года.", "январе-феврале 2017 года"),
    ("uk", "Виробництво зросло в січні-лютому 2017 року.", "січні-лютому 2017 року"),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), MONTH_HYPHEN_MONTH, ids=_ids(MONTH_HYPHEN_MONTH)
)
def test_january_to_february_2017(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2017-01-01", "2017-02-28")]


def test_a_range_across_new_year_ends_in_the_named_year() -> None:
    assert found("en", "Strikes went on Nov-Feb 5th, 2017.") == [
        ("Nov-Feb 5th, 2017", "2016-11-01", "2017-02-05")
    ]


# "now" is today only as one end of a range: alone it is no date
NOW_AS_AN_END = [
    ("en", "Between Jan 22 and now the plant delivered 500 drones.", "Between Jan 22 and now"),
    (
        "fr",
        "Entre le 22 janvier et maintenant, l'usine a livré 500 drones.",
        "Entre le 22 janvier et maintenant",
    ),
    ("de", "Vom 22. Januar bis jetzt lieferte das Werk 500 Drohnen.", "Vom 22. Januar bis jetzt"),
    (
        "es",
        "Entre el 22 de enero y ahora la planta entregó 500 drones.",
        "Entre el 22 de enero y ahora",
    ),
    (
        "ru",
        "С 22 января по настоящее время завод поставил 500 дронов.",
        "С 22 января по настоящее время",
    ),
    (
        "uk",
        "З 22 січня до теперішнього часу завод поставив 500 дронів.",
        "З 22 січня до теперішнього часу",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NOW_AS_AN_END, ids=_ids(NOW_AS_AN_END))
def test_from_a_date_until_now(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-01-22", "2023-01-05")]


NOW_ALONE = [
    ("en", "Now the plant has 6,000 drones, up from 500 until now."),
    ("fr", "Maintenant l'usine a 6 000 drones."),
    ("de", "Jetzt hat das Werk 6.000 Drohnen."),
    ("es", "Ahora la planta tiene 6.000 drones."),
    ("ru", "Сейчас у завода 6000 дронов."),
    ("uk", "Зараз у заводу 6000 дронів."),
]


@pytest.mark.parametrize(("lang", "text"), NOW_ALONE, ids=_ids(NOW_ALONE))
def test_now_alone_is_no_date(lang: str, text: str) -> None:
    assert found(lang, text) == []


def test_between_now_and_a_later_day() -> None:
    assert found("en", "Between now and May 15 the plant will deliver 500 drones.") == [
        ("Between now and May 15", "2023-01-05", "2023-05-15")
    ]


# decades counted from today are whole calendar decades ("the past two decades" of 2023:
# 2000-2019); the count may stand before the modifier ("les deux dernières décennies")
PAST_TWO_DECADES = [
    ("en", "Output tripled over the past two decades.", "the past two decades"),
    (
        "fr",
        "La production a triplé au cours des deux dernières décennies.",
        "deux dernières décennies",
    ),
    (
        "de",
        "Die Produktion verdreifachte sich in den letzten zwei Jahrzehnten.",
        "letzten zwei Jahrzehnten",
    ),
    ("es", "La producción se triplicó en las dos últimas décadas.", "dos últimas décadas"),
    ("ru", "Производство утроилось за два последних десятилетия.", "два последних десятилетия"),
    ("uk", "Виробництво потроїлося за останні два десятиліття.", "за останні два десятиліття"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), PAST_TWO_DECADES, ids=_ids(PAST_TWO_DECADES))
def test_the_past_two_decades(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2000-01-01", "2019-12-31")]


# a count before "next"/"last": the days from tomorrow, or up to yesterday
NEXT_THREE_DAYS = [
    ("en", "Talks continue over the next three days.", "the next three days"),
    ("fr", "Les pourparlers continuent les trois prochains jours.", "trois prochains jours"),
    ("de", "Die Gespräche gehen in den nächsten drei Tagen weiter.", "nächsten drei Tagen"),
    ("es", "Las conversaciones siguen los 3 próximos días.", "3 próximos días"),
    ("ru", "Переговоры продолжатся в ближайшие три дня.", "в ближайшие три дня"),
    ("uk", "Переговори триватимуть найближчі три дні.", "найближчі три дні"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), NEXT_THREE_DAYS, ids=_ids(NEXT_THREE_DAYS))
def test_the_next_three_days(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2023-01-06", "2023-01-08")]


# the week of a day: French leaves the article out ("semaine du 15 septembre"), as with
# "semaine prochaine"; the others keep their opening words
WEEK_OF = [
    ("en", "Talks are set for the week of September 15, 2022.", "the week of September 15, 2022"),
    (
        "fr",
        "Les pourparlers sont prévus la semaine du 15 septembre 2022.",
        "semaine du 15 septembre 2022",
    ),
    (
        "de",
        "Die Gespräche sind für die Woche vom 15. September 2022 geplant.",
        "die Woche vom 15. September 2022",
    ),
    (
        "es",
        "Las conversaciones son la semana del 15 de septiembre de 2022.",
        "la semana del 15 de septiembre de 2022",
    ),
    (
        "ru",
        "Переговоры пройдут на неделе с 15 сентября 2022 года.",
        "на неделе с 15 сентября 2022 года",
    ),
    (
        "uk",
        "Переговори пройдуть на тижні з 15 вересня 2022 року.",
        "на тижні з 15 вересня 2022 року",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), WEEK_OF, ids=_ids(WEEK_OF))
def test_the_week_of_september_15(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-09-12", "2022-09-18")]


def test_from_today_to_a_day_with_an_elided_opening() -> None:
    assert found("fr", "Grève d'aujourd'hui au 22 janvier.") == [
        ("d'aujourd'hui au 22 janvier", "2023-01-05", "2023-01-22")
    ]
    assert found("fr", "Le prix d'avril a baissé à 5 euros.") == [
        ("avril", "2022-04-01", "2022-04-30")
    ]


# "the last week of July": the week holding the month's last Monday ("last" in the singular)
LAST_WEEK_OF_JULY = [
    ("en", "Fighting peaked in the last week of July.", "the last week of July"),
    (
        "fr",
        "Les combats ont culminé la dernière semaine de juillet.",
        "dernière semaine de juillet",
    ),
    (
        "de",
        "Die Kämpfe erreichten die letzte Woche im Juli ihren Höhepunkt.",
        "die letzte Woche im Juli",
    ),
    (
        "es",
        "Los combates alcanzaron su punto máximo la última semana de julio.",
        "la última semana de julio",
    ),
    ("ru", "Бои достигли пика в последнюю неделю июля.", "последнюю неделю июля"),
    ("uk", "Бої досягли піку в останній тиждень липня.", "останній тиждень липня"),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), LAST_WEEK_OF_JULY, ids=_ids(LAST_WEEK_OF_JULY)
)
def test_the_last_week_of_july(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2022-07-25", "2022-07-31")]


def test_the_last_week_alone_is_the_week_before_this_one() -> None:
    assert found("fr", "Les combats ont culminé la dernière semaine.") == [
        ("dernière semaine", "2022-12-26", "2023-01-01")
    ]
    assert found("es", "Los combates culminaron la última semana.") == [
        ("la última semana", "2022-12-26", "2023-01-01")
    ]


def test_a_participle_that_spells_a_modifier_takes_no_article_after_it() -> None:
    # "passé" (past) before "la semaine" is the verb: the week is the one after "la"
    assert found("fr", "Ce qui s'est passé la semaine dernière reste flou.") == [
        ("semaine dernière", "2022-12-26", "2023-01-01")
    ]
    assert found("es", "Lo que ha pasado la semana pasada sigue sin aclararse.") == [
        ("la semana pasada", "2022-12-26", "2023-01-01")
    ]


# centuries: an ordinal or a Roman numeral with the century word; the 21st is 2000-2099
TWENTIETH_CENTURY = [
    ("en", "Such drones were unknown in the 20th century.", "20th century"),
    ("fr", "De tels drones étaient inconnus au XXe siècle.", "XXe siècle"),
    ("de", "Solche Drohnen waren im 20. Jahrhundert unbekannt.", "20. Jahrhundert"),
    ("es", "Tales drones eran desconocidos en el siglo XX.", "siglo XX"),
    ("ru", "Такие дроны были неизвестны в XX веке.", "XX веке"),
    ("uk", "Такі дрони були невідомі в XX столітті.", "XX столітті"),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), TWENTIETH_CENTURY, ids=_ids(TWENTIETH_CENTURY)
)
def test_the_twentieth_century(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "1900-01-01", "1999-12-31")]


def test_what_is_no_century() -> None:
    # a compound adjective, a Roman numeral in lower case, a plural without a number
    assert found("en", "A century-old plant, a 2nd century-old bridge, over centuries.") == []
    assert found("es", "Es un siglo xx en minúsculas y varios siglos.") == []


def test_roman_numerals() -> None:
    from claimgraph.extract.d_centuries import roman

    assert [roman(w) for w in ("xxi", "xix", "iv", "xl", "v")] == [21, 19, 4, 40, 5]
    assert [roman(w) for w in ("", "xyz", "mix")] == [None, None, None]


# "the year 2019" after a bound: the word "year" (and its article) belong to the span
BEFORE_THE_YEAR = [
    ("en", "Deliveries must end before the year 2019, the contract says.", "before the year 2019"),
    ("fr", "Les livraisons doivent cesser avant l'année 2019.", "avant l'année 2019"),
    ("de", "Die Lieferungen müssen vor dem Jahr 2019 enden.", "vor dem Jahr 2019"),
    ("es", "Las entregas deben terminar antes del año 2019.", "antes del año 2019"),
    ("ru", "Поставки должны закончиться до 2019 года.", "до 2019 года"),
    ("uk", "Поставки мають завершитися до 2019 року.", "до 2019 року"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), BEFORE_THE_YEAR, ids=_ids(BEFORE_THE_YEAR))
def test_before_the_year_2019(lang: str, text: str, surface: str) -> None:
    refs = extract_time_refs(text, lang, REF)
    assert [(r.text, r.start) for r in refs] == [(surface, None)]
    assert refs[0].end in ("2018-12-31", "2019-12-31")  # "before" or "until" (до)


def test_the_word_year_before_a_year_is_part_of_it() -> None:
    assert found("en", "Output in year 2008 doubled.") == [
        ("year 2008", "2008-01-01", "2008-12-31")
    ]
    assert found("fr", "Les ventes de l'année 2008 ont doublé.") == [
        ("année 2008", "2008-01-01", "2008-12-31")
    ]


# decades in words: with an article, a century or a noun of their own ("in their seventies" is
# an age, not a decade)
THE_SEVENTIES = [
    ("en", "Such plants were built in the seventies.", "the seventies"),
    (
        "fr",
        "De telles usines ont été construites dans les années soixante-dix.",
        "les années soixante-dix",
    ),
    ("de", "Solche Werke wurden in den Siebzigern gebaut.", "den Siebzigern"),
    ("es", "Tales plantas se construyeron en los años setenta.", "los años setenta"),
    ("ru", "Такие заводы строили в семидесятые годы.", "семидесятые годы"),
    ("uk", "Такі заводи будували в сімдесяті роки.", "сімдесяті роки"),
]


@pytest.mark.parametrize(("lang", "text", "surface"), THE_SEVENTIES, ids=_ids(THE_SEVENTIES))
def test_the_seventies(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "1970-01-01", "1979-12-31")]


def test_decades_in_words_with_a_century_and_what_is_no_decade() -> None:
    assert found("en", "Built in the nineteen eighties, rebuilt in the noughties.") == [
        ("the nineteen eighties", "1980-01-01", "1989-12-31"),
        ("the noughties", "2000-01-01", "2009-12-31"),
    ]
    assert found("en", "The pilots, in their seventies, saw tens of thousands of drones.") == []


# business days skip Saturdays and Sundays (from Tuesday 21 August 2018: Wed, Thu, Fri, Mon)
NEXT_FOUR_BUSINESS_DAYS = [
    ("en", "Talks continue for the next 4 business days.", "the next 4 business days"),
    (
        "fr",
        "Les pourparlers continuent les 4 prochains jours ouvrables.",
        "4 prochains jours ouvrables",
    ),
    ("de", "Die Gespräche dauern in den nächsten 4 Werktagen an.", "nächsten 4 Werktagen"),
    ("es", "Las conversaciones siguen los próximos 4 días hábiles.", "próximos 4 días hábiles"),
    ("ru", "Переговоры продолжатся в ближайшие 4 рабочих дня.", "в ближайшие 4 рабочих дня"),
    ("uk", "Переговори триватимуть найближчі 4 робочі дні.", "найближчі 4 робочі дні"),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), NEXT_FOUR_BUSINESS_DAYS, ids=_ids(NEXT_FOUR_BUSINESS_DAYS)
)
def test_the_next_four_business_days(lang: str, text: str, surface: str) -> None:
    refs = extract_time_refs(text, lang, date(2018, 8, 21))
    assert [(r.text, r.start, r.end) for r in refs] == [(surface, "2018-08-22", "2018-08-27")]


def test_business_days_back_and_a_huge_count() -> None:
    refs = extract_time_refs("In the previous 4 business days", "en", date(2018, 8, 21))
    assert [(r.start, r.end) for r in refs] == [("2018-08-15", "2018-08-20")]
    huge = extract_time_refs("the next 100000000000 business days", "en", date(2018, 8, 21))
    assert all(r.start is None for r in huge)


# a count of units with the modifier after them: the article stays out of the span, and
# "los 10" before a unit is a count, not the 2010s
UNITS_THEN_MODIFIER = [
    ("fr", "Les livraisons reprendront les 10 jours suivants.", "10 jours suivants"),
    ("es", "Las entregas se reanudarán los 10 días siguientes.", "10 días siguientes"),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), UNITS_THEN_MODIFIER, ids=_ids(UNITS_THEN_MODIFIER)
)
def test_ten_days_following(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2023-01-06", "2023-01-15")]


def test_a_count_relative_to_an_event_is_no_date() -> None:
    assert found("en", "Five years prior to the war, 3 days following the attack.") == []
    assert found("es", "En los 70 y los 10 días siguientes.")[0] == (
        "los 70",
        "1970-01-01",
        "1979-12-31",
    )


# a weekday right before its full date, or with the date in brackets, is that date
WEEKDAY_THEN_DATE = [
    ("en", "The vote is set for this Friday (June 16, 2023).", "this Friday (June 16, 2023)"),
    ("fr", "Le vote aura lieu ce vendredi (16 juin 2023).", "ce vendredi (16 juin 2023)"),
    ("de", "Die Abstimmung findet am Freitag (16. Juni 2023) statt.", "Freitag (16. Juni 2023)"),
    (
        "es",
        "La votación será este viernes 16 de junio de 2023.",
        "este viernes 16 de junio de 2023",
    ),
    ("ru", "Голосование пройдёт в пятницу (16 июня 2023 года).", "пятницу (16 июня 2023 года)"),
    (
        "uk",
        "Голосування відбудеться у п'ятницю (16 червня 2023 року).",
        "п'ятницю (16 червня 2023 року)",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "surface"), WEEKDAY_THEN_DATE, ids=_ids(WEEKDAY_THEN_DATE)
)
def test_a_weekday_and_its_date_in_brackets(lang: str, text: str, surface: str) -> None:
    assert found(lang, text) == [(surface, "2023-06-16", "2023-06-16")]


# a season with an article is the last one before the publication date; without an article or
# a cue it is no date (Russian and Ukrainian have no articles)
THE_SUMMER = [
    ("en", "The summer was the hardest, officials said.", [("The summer", "2022-06-01")]),
    ("fr", "L'été a été le plus dur, selon les autorités.", [("L'été", "2022-06-01")]),
    ("de", "Der Sommer war der härteste, sagten Beamte.", [("Der Sommer", "2022-06-01")]),
    ("es", "El verano fue el más duro, dijeron las autoridades.", [("El verano", "2022-06-01")]),
    ("ru", "Лето было самым тяжёлым, заявили чиновники.", []),
    ("uk", "Літо було найважчим, заявили посадовці.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), THE_SUMMER, ids=_ids(THE_SUMMER))
def test_the_summer(lang: str, text: str, want: list[tuple[str, str]]) -> None:
    assert [(r.text, r.start) for r in extract_time_refs(text, lang, REF)] == want


def test_a_bare_season_word_is_no_date() -> None:
    assert found("en", "Summer camps reopened.") == []
    assert found("fr", "Il a été blessé.") == []
