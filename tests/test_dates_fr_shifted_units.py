"""French units shifted by a modifier: "le trimestre à venir" is next quarter and "jeudi à venir"
next Thursday, but several units ("ces derniers mois", "dans les prochaines semaines", "les
mois à venir") are no one period: news writes them for a vague stretch, and reading them as
last month or next week would date a claim wrongly. With a count they are a stretch ("les 3
derniers mois").

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
            "Le groupe prévoit de livrer 500 drones au cours du trimestre à venir.",
            [("trimestre à venir", "2017-01-01", "2017-03-31")],
        ),
        (
            "Une réunion est prévue ce vendredi à venir à Bruxelles.",
            [("ce vendredi à venir", "2016-11-11", "2016-11-11")],
        ),
        (
            "Le ministre s'exprimera jeudi à venir.",
            [("jeudi à venir", "2016-11-17", "2016-11-17")],
        ),
        (
            "Les tarifs augmenteront le mois à venir.",
            [("mois à venir", "2016-12-01", "2016-12-31")],
        ),
        (
            "Kiev a reçu 200 missiles ces 3 derniers mois.",
            [("3 derniers mois", "2016-08-07", "2016-11-06")],
        ),
    ],
)
def test_one_unit_shifted_is_one_period(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les frappes de drones se sont multipliées ces derniers mois.",
        "D'autres livraisons sont attendues dans les prochaines semaines.",
        "Les prix devraient baisser dans les mois à venir.",
        "Le nombre d'attaques a doublé au cours des dernières années.",
        "Les combats se sont intensifiés ces derniers jours.",
    ],
)
def test_several_units_are_no_one_period(text: str) -> None:
    assert found(text) == []


def test_a_wire_report_keeps_its_dated_period_and_drops_the_vague_one() -> None:
    text = (
        "KIEV, 7 novembre (Reuters) - L'armée de l'air a abattu 40 drones la semaine "
        "dernière, contre une vingtaine par semaine ces derniers mois."
    )
    assert found(text) == [
        ("7 novembre", "2016-11-07", "2016-11-07"),
        ("semaine dernière", "2016-10-31", "2016-11-06"),
    ]


def test_within_a_count_with_its_modifier_is_the_counted_stretch() -> None:
    assert found("Que se passera-t-il dans les 5 années à venir ?") == [
        ("5 années à venir", "2016-11-08", "2021-11-07")
    ]
    assert found("Le rapport paraîtra dans les 5 jours.") == [
        ("dans les 5 jours", "2016-11-07", "2016-11-12")
    ]
