"""French counted offsets with their base day ("trois semaines à compter de demain"): the count
and the base make the date; "dans" before them stays out of the span, as the French specs write
it (15 results of 21), while "dans 2 semaines" alone keeps it (49 of 49).

Resolved against Monday 7 November 2016.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2016, 11, 7)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le cessez-le-feu expirera dans trois semaines à compter de demain, selon Kiev.",
            [("trois semaines à compter de demain", "2016-11-29", "2016-11-29")],
        ),
        (
            "fr",
            "Les livraisons reprendront dans deux mois après vendredi prochain.",
            [("deux mois après vendredi prochain", "2017-01-18", "2017-01-18")],
        ),
        (
            "fr",
            "Le rapport sera publié dans 3 jours à partir d'aujourd'hui.",
            [("3 jours à partir d'aujourd'hui", "2016-11-10", "2016-11-10")],
        ),
        (
            "fr",
            "Le rapport sera publié dans 2 semaines.",
            [("dans 2 semaines", "2016-11-21", "2016-11-21")],
        ),
        (
            "en",
            "The report is due in two days from today.",
            [("two days from today", "2016-11-09", "2016-11-09")],
        ),
    ],
)
def test_an_offset_from_a_base_day(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le premier convoi est arrivé il y a environ deux semaines, selon l'ONU.",
            [("il y a environ deux semaines", "2016-10-24", "2016-10-24")],
        ),
        (
            "L'usine a été frappée il y a à peu près un mois.",
            [("il y a à peu près un mois", "2016-10-07", "2016-10-07")],
        ),
        (
            "La frappe a eu lieu il y a près d'un mois.",
            [("il y a près d'un mois", "2016-10-07", "2016-10-07")],
        ),
        (
            "Je suis revenu dans mon pays il ya 2 jours.",
            [("il ya 2 jours", "2016-11-05", "2016-11-05")],
        ),
        (
            "Les premiers drones ont été livrés il y a plus d'un mois.",
            [("il y a plus d'un mois", None, "2016-10-06")],
        ),
        (
            "Les drones seront livrés dans moins d'une semaine.",
            [("dans moins d'une semaine", "2016-11-07", "2016-11-14")],
        ),
    ],
)
def test_an_approximate_or_bounded_count_ago(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found("fr", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "J'attendais des nouvelles, jour après jour, sans rien entendre.",
        "Les sirènes ont retenti nuit après nuit.",
        "Il y a près de 2000 drones dans l'arsenal.",
    ],
)
def test_repetitions_and_counts_are_no_dates(text: str) -> None:
    assert found("fr", text) == []


def test_a_count_from_a_day_with_a_contracted_article() -> None:
    assert found("fr", "Le retrait aura lieu 2 semaines à partir du 15 janvier.") == [
        ("2 semaines à partir du 15 janvier", "2017-01-29", "2017-01-29")
    ]
    assert found("fr", "Les livraisons commenceront à compter du 1er mars.") == [
        ("à compter du 1er mars", "2016-03-01", None)
    ]
