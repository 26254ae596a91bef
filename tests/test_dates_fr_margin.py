"""French dates, session 3 round 2: symbolic bounds and weekdays named inside a week.

Sentences in the style of tables, wire reports and meeting notes, resolved against Monday
7 November 2016 as the publication date. What a reader checks: the highlighted span and the
period it names (an open end stays open).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2016, 11, 7)  # a Monday


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


# ">=" / "<=" before a year are open bounds in French as in English and Spanish (tables, filters)
SYMBOL_BOUNDS = [
    ("fr", "Ventes des modèles >=2019 uniquement.", [(">=2019", "2019-01-01", None)]),
    ("fr", "Ventes des modèles <= 2019 uniquement.", [("<= 2019", None, "2019-12-31")]),
    ("en", "Sales of models >=2019 only.", [(">=2019", "2019-01-01", None)]),
    ("es", "Ventas de modelos <=2019 solamente.", [("<=2019", None, "2019-12-31")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), SYMBOL_BOUNDS)
def test_a_symbol_before_a_year_is_an_open_bound(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


def test_a_symbol_before_a_plain_number_is_no_date() -> None:
    # "a >= 5": a comparison of counts, no year cue
    assert found("fr", "Le score doit être >= 5 pour passer.") == []


# a range of weekdays right after a week named from the publication date lies in that week
WEEKDAYS_IN_WEEK = [
    (
        "fr",
        "Les négociations reprendront la semaine prochaine entre mercredi et vendredi.",
        [("semaine prochaine entre mercredi et vendredi", "2016-11-16", "2016-11-18")],
    ),
    (
        "fr",
        "Le sommet se tient cette semaine du mardi au jeudi à Bruxelles.",
        [("cette semaine du mardi au jeudi", "2016-11-08", "2016-11-10")],
    ),
    (
        "fr",
        "La semaine dernière, du lundi au mercredi, les frappes ont visé le port.",
        [("semaine dernière, du lundi au mercredi", "2016-10-31", "2016-11-02")],
    ),
    (
        "en",
        "Talks resume next week between Wednesday and Friday.",
        [("next week between Wednesday and Friday", "2016-11-16", "2016-11-18")],
    ),
    (
        "es",
        "Las conversaciones siguen la próxima semana entre miércoles y viernes.",
        [("la próxima semana entre miércoles y viernes", "2016-11-16", "2016-11-18")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), WEEKDAYS_IN_WEEK)
def test_a_weekday_range_after_a_week_lies_in_that_week(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


def test_a_weekday_range_apart_from_the_week_stays_apart() -> None:
    # words between the week and the weekdays: two expressions, each read on its own
    got = found("fr", "La semaine prochaine, le ministre sera à Kyiv du mardi au jeudi.")
    assert [t for t, _, _ in got] == ["semaine prochaine", "du mardi au jeudi"]


# "autour du" before a bare day: the day is approximate, the phrase stays in the span
AROUND_DAY = [
    (
        "Le convoi devrait arriver autour du 21 ce mois-ci.",
        [("autour du 21 ce mois-ci", "2016-11-21", "2016-11-21")],
    ),
    (
        "Le vote aura lieu aux alentours du 15 du mois prochain.",
        [("aux alentours du 15 du mois prochain", "2016-12-15", "2016-12-15")],
    ),
    ("Les livraisons ont repris autour du 21.", [("autour du 21", "2016-10-21", "2016-10-21")]),
]


@pytest.mark.parametrize(("text", "want"), AROUND_DAY)
def test_around_a_bare_day_is_that_day(text: str, want: list) -> None:
    assert found("fr", text) == want


def test_around_a_percentage_is_no_day() -> None:
    assert found("fr", "Le taux de chômage tourne autour du 21 pour cent.") == []


def test_a_weekday_glued_to_its_week_by_a_hyphen_is_that_weekday() -> None:
    # one day of the previous week, not a range from that week to a Monday
    got = found("fr", "Que s'est-il passé la semaine précédente-lundi ?")
    assert got == [("semaine précédente-lundi", "2016-10-31", "2016-10-31")]


# two bare days linked by a range opening and its link: a range of days (an article or a
# day-cueing opening makes them days; counts stay counts)
BARE_DAY_RANGES = [
    (
        "fr",
        "Les combats entre le 21 et le 23, selon l'armée, ont fait dix morts.",
        [("entre le 21 et le 23", "2016-10-21", "2016-10-23")],
    ),
    ("fr", "Le salon se tient du 21 au 23.", [("du 21 au 23", "2016-10-21", "2016-10-23")]),
    (
        "en",
        "Talks were held between the 21st and 23rd.",
        [("between the 21st and 23rd", "2016-10-21", "2016-10-23")],
    ),
    (
        "es",
        "Las reuniones fueron entre el 21 y el 23.",
        [("entre el 21 y el 23", "2016-10-21", "2016-10-23")],
    ),
    ("fr", "Le nombre de blessés est passé de 21 à 23.", []),
    ("fr", "Il y a eu entre 21 et 23 frappes.", []),
    ("en", "Between 21 and 23.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), BARE_DAY_RANGES)
def test_two_bare_days_in_a_range_are_a_range_of_days(lang: str, text: str, want: list) -> None:
    assert found(lang, text) == want


# a bare day with its article before "à", "au", "pour" is a day too; a number after the
# preposition makes it a score or a rate
DAY_FOLLOWERS = [
    ("Le chef rebelle a été tué le 17 au soir.", [("le 17", "2016-10-17", "2016-10-17")]),
    ("Les ministres se verront le 17 à Paris.", [("le 17", "2016-10-17", "2016-10-17")]),
    ("Après le 1 à 0, le club a reculé.", []),
    ("Le taux atteint le 17 pour cent des votes.", []),
    ("Il a fini le 17e au classement.", []),
    ("Le point 3 figure dans le plan, le 3 dans la liste.", []),
]


@pytest.mark.parametrize(("text", "want"), DAY_FOLLOWERS)
def test_a_bare_day_before_a_preposition(text: str, want: list) -> None:
    assert found("fr", text) == want
