"""A numeric day and month without a year ("12/03", "28/2-1/3") is a date when it fills its
line (a timeline entry, a table cell, a caption), as it is after a cue ("le 12/03"); inside a
sentence without a cue it stays a fraction or a score. A full numeric date whose leap day its
year lacks ("29/2/2019") is kept and left unresolved.

Resolved against Wednesday 18 September 2019 (a bare day is the latest not after it).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.dates import extract_time_refs

REF = date(2019, 9, 18)


def found(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.text, r.start, r.end) for r in extract_time_refs(text, lang, REF)]


def test_a_timeline_of_numeric_days_is_read_line_by_line() -> None:
    text = (
        "Chronologie des frappes\n"
        "12/03 :\n"
        "Les forces aériennes ont abattu 40 drones.\n"
        "28/2-1/3\n"
        "Deux vagues d'attaques sur Odessa, dont 2/3 interceptées.\n"
    )
    assert found("fr", text) == [
        ("12/03", "2019-03-12", "2019-03-12"),
        ("28/2-1/3", "2019-02-28", "2019-03-01"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "29/2", [("29/2", "2016-02-29", "2016-02-29")]),
        ("es", "29/2-1/3", [("29/2-1/3", "2016-02-29", "2016-03-01")]),
        ("en", "2/29", [("2/29", "2016-02-29", "2016-02-29")]),
        ("fr", "29/2/2019", [("29/2/2019", None, None)]),
        ("en", "2/29/2019", [("2/29/2019", None, None)]),
        ("fr", "29/02/2020", [("29/02/2020", "2020-02-29", "2020-02-29")]),
    ],
)
def test_a_numeric_date_alone_on_its_line(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les deux tiers, soit 2/3 des drones, ont été abattus."),
        ("es", "Ganaron 3/1 en casa."),
        ("en", "About 2/3 of the drones were downed."),
        # an impossible day is no date at all, even alone
        ("fr", "30/2"),
    ],
)
def test_inside_a_sentence_a_bare_fraction_is_no_date(lang: str, text: str) -> None:
    assert found(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le salon se tiendra du 01/05 au 07/05, 2020 à Paris.",
            [("du 01/05 au 07/05, 2020", "2020-05-01", "2020-05-07")],
        ),
        ("fr", "Réunion le 20/11, 2016.", [("20/11, 2016", "2016-11-20", "2016-11-20")]),
        # a count after the comma is no year
        (
            "fr",
            "Le 20/11, 2000 drones ont été lancés.",
            [("20/11", "2018-11-20", "2018-11-20")],
        ),
        ("en", "From 5/1 to 5/7, 2020.", [("From 5/1 to 5/7, 2020", "2020-05-01", "2020-05-07")]),
    ],
)
def test_a_numeric_day_takes_the_year_after_its_comma(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected


def test_ce_mois_de_names_the_month() -> None:
    assert found("fr", "Les frappes se multiplient depuis ce mois d'août.") == [
        ("depuis ce mois d'août", "2019-08-01", None)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Les frappes ont visé Odessa le 18 et le 19 juin.",
            [("18", "2019-06-18", "2019-06-18"), ("19 juin", "2019-06-19", "2019-06-19")],
        ),
        (
            "es",
            "Los ataques fueron el 18 y el 19 de junio.",
            [("18", "2019-06-18", "2019-06-18"), ("19 de junio", "2019-06-19", "2019-06-19")],
        ),
    ],
)
def test_a_listed_day_with_its_own_article_takes_the_next_days_month(
    lang: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert found(lang, text) == expected
