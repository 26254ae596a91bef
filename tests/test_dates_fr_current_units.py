"""A French unit with its article alone ("l'année", "la semaine", "le mois", "la journée") is the
one holding the date last mentioned, the publication date's when none was; the article stays in
the span. A longer expression from the same noun wins ("l'année 2008", "la semaine du 18", "la
semaine prochaine"), a complement keeps it out ("la journée de mardi"), and "avant"/"après"
after a unit govern what follows ("l'année avant 2015" is no offset).

Resolved against Monday 7 November 2016.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2016, 11, 7)


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, "fr", REF)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le ministère publiera le bilan dans la semaine.",
            [("la semaine", "2016-11-07", "2016-11-13")],
        ),
        (
            "Les négociations sont suspendues pour la journée.",
            [("la journée", "2016-11-07", "2016-11-07")],
        ),
        (
            "L'usine tourne au ralenti pour le mois.",
            [("le mois", "2016-11-01", "2016-11-30")],
        ),
        (
            "C'est arrivé l'année avant 2015.",
            [("l'année", "2016-01-01", "2016-12-31"), ("avant 2015", None, "2014-12-31")],
        ),
        (
            "En 2014, l'usine a ouvert ses portes ; elle a livré 300 drones dans l'année.",
            [("2014", "2014-01-01", "2014-12-31"), ("l'année", "2014-01-01", "2014-12-31")],
        ),
    ],
)
def test_a_unit_alone_is_the_current_one(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les ventes de l'année 2008.", [("année 2008", "2008-01-01", "2008-12-31")]),
        ("Une réunion la semaine du 18.", [("semaine du 18", "2016-10-17", "2016-10-23")]),
        (
            "Kiev attend des renforts la semaine prochaine.",
            [("semaine prochaine", "2016-11-14", "2016-11-20")],
        ),
        ("Le sommet se tiendra le mois de mai.", [("le mois de mai", "2016-05-01", "2016-05-31")]),
        (
            "Les frappes ont repris dans la journée de mardi.",
            [("mardi", "2016-11-01", "2016-11-01")],
        ),
    ],
)
def test_a_longer_expression_or_a_complement_wins(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected


def test_a_unit_before_a_preposition_is_no_offset() -> None:
    assert found("L'histoire s'est produite l'année avant l'indépendance.") == [
        ("l'année", "2016-01-01", "2016-12-31")
    ]


def test_an_idiom_with_du_jour_is_no_date() -> None:
    assert found("Le point est à l'ordre du jour, comme le plat du jour.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le premier trimestre de l'année est généralement plus lent.",
            [("Le premier trimestre de l'année", "2016-01-01", "2016-03-31")],
        ),
        (
            "En 2014, les ventes ont chuté au premier trimestre de l'année.",
            [
                ("2014", "2014-01-01", "2014-12-31"),
                ("premier trimestre de l'année", "2014-01-01", "2014-03-31"),
            ],
        ),
        (
            "À ce jour, 300 drones ont été abattus, selon l'armée de l'air.",
            [("À ce jour", None, "2016-11-07")],
        ),
        (
            "L'armée a abattu 300 drones de mars à ce jour.",
            [("de mars à ce jour", "2016-03-01", "2016-11-07")],
        ),
        (
            "Aucune livraison n'a été confirmée jusqu'à ce jour.",
            [("jusqu'à ce jour", None, "2016-11-07")],
        ),
    ],
)
def test_a_period_of_the_year_and_so_far(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le paiement est dû le 15 du mois.", [("15 du mois", "2016-11-15", "2016-11-15")]),
        (
            "fr",
            "Le paiement est dû le 15 du mois prochain.",
            [("15 du mois prochain", "2016-12-15", "2016-12-15")],
        ),
        (
            "fr",
            "Le vote a lieu le 5 du mois de mai.",
            [("5 du mois de mai", "2016-05-05", "2016-05-05")],
        ),
        # November has no 31st: kept, left unresolved
        ("fr", "Livraison avant le 31 du mois.", [("avant le 31 du mois", None, None)]),
        (
            "en",
            "Rent is due on the 20th of the month.",
            [("the 20th of the month", "2016-11-20", "2016-11-20")],
        ),
    ],
)
def test_a_day_of_the_month(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En 2014, l'usine a ouvert. Cette année-là, elle a livré 300 drones.",
            [("2014", "2014-01-01", "2014-12-31"), ("Cette année-là", "2014-01-01", "2014-12-31")],
        ),
        ("Je n'étais pas là le week-end-là.", [("le week-end-là", "2016-11-12", "2016-11-13")]),
        (
            "J'ai beaucoup de gains cette année calendaire.",
            [("cette année calendaire", "2016-01-01", "2016-12-31")],
        ),
        ("Cette année, 300 drones ont été livrés.", [("Cette année", "2016-01-01", "2016-12-31")]),
    ],
)
def test_la_points_back_and_the_calendar_year_is_the_year(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected
