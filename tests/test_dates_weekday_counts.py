"""A weekday, then a bare number, then the noun it counts: the number is a count, not the day.

Wire reports put the day of an attack right before its figures ("Russland griff die Ukraine am
Samstag 15 Shahed-Drohnen an"): the period is Saturday, and "15" counts the drones. A day number
with its month ("Samstag, 15. November", "Saturday 15 November") or a preposition after it
("Friday 23 at noon", "vendredi 2 au lundi 5") stays a date.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs

_PUBLISHED = date(2025, 11, 20)  # a Thursday: the Saturday before is 15 November


@pytest.mark.parametrize(
    ("lang", "text", "weekday"),
    [
        ("de", "Russland griff die Ukraine am Samstag 15 Shahed-Drohnen an.", "Samstag"),
        ("en", "Russia launched on Saturday 15 drones at Ukraine.", "Saturday"),
        ("en", "On Saturday 15 Ukrainian soldiers were wounded.", "Saturday"),
        ("fr", "La Russie a lancé samedi 15 drones contre l'Ukraine.", "samedi"),
        ("es", "Rusia lanzó el sábado 15 drones contra Ucrania.", "sábado"),
        ("ru", "В субботу 15 дронов было сбито над Курском.", "субботу"),
        ("uk", "У суботу 15 дронів було збито над Сумщиною.", "суботу"),
    ],
)
def test_the_number_after_a_weekday_counts_the_noun_after_it(
    lang: str, text: str, weekday: str
) -> None:
    refs = extract_time_refs(text, lang, _PUBLISHED)
    assert [r.text for r in refs] == [weekday]
    assert refs[0].start == refs[0].end == "2025-11-15"


@pytest.mark.parametrize(
    ("lang", "text", "expression", "day"),
    [
        ("de", "Am Samstag, 15. November, griff Russland an.", "Samstag, 15. November", 15),
        ("en", "It happened on Saturday 15 November.", "Saturday 15 November", 15),
        ("fr", "Cela s'est produit samedi 15 novembre.", "samedi 15 novembre", 15),
        ("es", "Ocurrió el sábado 15 de noviembre.", "sábado 15 de noviembre", 15),
        ("en", "The talks open on Friday 14 at noon.", "Friday 14", 14),
        ("en", "The strike came on Saturday 15.", "Saturday 15", 15),
    ],
)
def test_a_day_number_with_its_month_or_a_preposition_stays_the_day(
    lang: str, text: str, expression: str, day: int
) -> None:
    refs = extract_time_refs(text, lang, _PUBLISHED)
    assert refs[0].text == expression
    assert refs[0].start is not None and int(refs[0].start[-2:]) == day


def test_a_german_wire_report_counts_its_drones_on_saturday() -> None:
    text = (
        "Russland griff die Ukraine am Samstag 15 Shahed-Drohnen an, teilte die ukrainische "
        "Luftwaffe mit. Zehn davon seien abgeschossen worden."
    )
    claims = extract_claims_from_text(text, "de", "2025-11-20")
    launched = next(c for c in claims if c.measure == "launched")
    assert launched.quantity is not None and launched.quantity.value == 15
    assert launched.when is not None and launched.when.text == "Samstag"
    assert launched.when.start == "2025-11-15"
