"""A small fraction or a score alone on its line is no date.

A numeric day and month filling its line is a timeline entry ("12/03 :", "28/2-1/3"), but "3/4"
in a table cell, a score line or a caption is a fraction: when both parts are one unpadded digit
the line is a date only in a timeline, where another line of the text is a numeric day too and
the lines around it are text, not a column of numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs

REF = date(2025, 11, 20)


def found(lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.start) for r in extract_time_refs(text, lang, REF)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "3/4"),
        ("en", "Interception rate\n3/4\nof the drones launched in the attack."),
        ("fr", "Région\nDrones abattus\nKharkiv\n12\n3/4\nOdessa\n7\n1/2"),
        ("de", "Abschussquote\n2/3\nQuelle: Luftwaffe"),
        ("es", "Resultado\n3/1\nFinal del partido."),
        ("ru", "Доля сбитых\n3/4\nпо данным ВСУ"),
        ("uk", "Частка збитих\n2/3\nза даними ЗСУ"),
        ("en", "Share intercepted\n1/2-2/3\naccording to the air force"),
    ],
)
def test_a_small_fraction_alone_on_its_line_is_no_date(lang: str, text: str) -> None:
    assert found(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "29/2", [("29/2", "2024-02-29")]),
        ("en", "2/29", [("2/29", "2024-02-29")]),
        ("fr", "Chronologie\n03/4 :\nFrappe sur Odessa.", [("03/4", "2025-04-03")]),
        (
            "fr",
            "Chronologie des frappes\n1/3 :\nDeux vagues sur Odessa.\n12/03 :\n"
            "Les forces aériennes ont abattu 40 drones.",
            [("1/3", "2025-03-01"), ("12/03", "2025-03-12")],
        ),
        (
            "en",
            "Timeline\n3/4\nDrones hit Kharkiv.\n4/5\nMissiles hit Odesa.",
            [("3/4", "2025-03-04"), ("4/5", "2025-04-05")],
        ),
        (
            "uk",
            "Хронологія\n1/3\nУдар по Одесі.\n2/3\nУдар по Харкову.",
            [("1/3", "2025-03-01"), ("2/3", "2025-03-02")],
        ),
    ],
)
def test_a_timeline_entry_stays_a_date(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(lang, text) == expected


def test_a_table_of_shares_dates_no_claim() -> None:
    text = (
        "Russia launched 40 drones overnight, the Ukrainian air force said on Thursday.\n"
        "Share shot down\n"
        "3/4\n"
    )
    claims = extract_claims_from_text(text, "en", "2025-11-20")
    launched = [c for c in claims if c.quantity is not None and c.quantity.value == 40]
    assert launched
    assert all(c.when is None or c.when.text != "3/4" for c in claims)
