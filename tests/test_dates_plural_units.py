"""Several units with a modifier are no single period.

"in the coming weeks", "in den letzten Monaten", "в ближайшие недели" name an open stretch of
several units, not next week or last month: a claim made "in recent months" must not be dated
to last month. With a count the stretch is known ("the next 3 months"), and one unit stays one
period ("next week", "в прошлые выходные").
"""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs

_PUBLISHED = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officials expect more drone attacks in the coming weeks."),
        ("en", "Attacks on the grid have grown in recent months."),
        ("en", "Dozens of drones were shot down over the past few days."),
        ("en", "The plant will expand in the next few years."),
        ("en", "Strikes rose over the past months, officials said."),
        ("fr", "Les frappes devraient s'intensifier dans les semaines à venir."),
        ("fr", "Les attaques se sont multipliées ces derniers mois."),
        ("de", "Die Angriffe dürften in den kommenden Wochen zunehmen."),
        ("de", "Die Angriffe haben in den letzten Monaten zugenommen."),
        ("es", "Los ataques aumentarán en las próximas semanas."),
        ("es", "Los ataques crecieron en los últimos meses."),
        ("ru", "Атаки усилятся в ближайшие недели."),
        ("ru", "Атаки участились в последние месяцы."),
        ("uk", "Атаки посиляться у найближчі тижні."),
        ("uk", "Атаки почастішали в останні місяці."),
    ],
)
def test_several_units_with_a_modifier_give_no_period(lang: str, text: str) -> None:
    assert extract_time_refs(text, lang, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("lang", "text", "expression", "start", "end"),
    [
        ("en", "Talks resume next week.", "next week", "2025-11-24", "2025-11-30"),
        ("en", "Attacks rose last month.", "last month", "2025-10-01", "2025-10-31"),
        ("de", "Die Gespräche gehen nächste Woche weiter.", "nächste Woche", "2025-11-24", None),
        ("es", "Los ataques crecieron el mes pasado.", "el mes pasado", "2025-10-01", "2025-10-31"),
        ("ru", "Переговоры продолжатся на следующей неделе.", None, "2025-11-24", None),
        ("ru", "Атака произошла в прошлые выходные.", None, "2025-11-15", None),
        ("uk", "Переговори продовжаться наступного тижня.", None, "2025-11-24", None),
        ("uk", "Атаки почастішали минулого місяця.", None, "2025-10-01", "2025-10-31"),
    ],
)
def test_one_unit_with_a_modifier_stays_one_period(
    lang: str, text: str, expression: str | None, start: str, end: str | None
) -> None:
    refs = extract_time_refs(text, lang, _PUBLISHED)
    assert len(refs) == 1
    if expression is not None:
        assert refs[0].text == expression
    assert refs[0].start == start
    if end is not None:
        assert refs[0].end == end


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        ("en", "Attacks rose in the past 3 months.", "2025-08-20", "2025-11-20"),
        ("de", "Die Angriffe nahmen in den letzten 3 Monaten zu.", "2025-08-20", "2025-11-20"),
        ("es", "Los ataques crecieron en los últimos 3 meses.", "2025-08-20", "2025-11-20"),
    ],
)
def test_a_count_makes_several_units_a_stretch(lang: str, text: str, start: str, end: str) -> None:
    refs = extract_time_refs(text, lang, _PUBLISHED)
    assert len(refs) == 1
    assert refs[0].start is not None and refs[0].start[:7] == start[:7]  # three months back
    assert refs[0].end is not None and refs[0].end[:7] == end[:7]  # up to the publication


def test_a_forecast_for_the_coming_weeks_is_not_dated_to_next_week() -> None:
    text = (
        "Russia could launch up to 1,000 drones a night in the coming weeks, Ukrainian "
        "intelligence said."
    )
    claims = extract_claims_from_text(text, "en", "2025-11-20")
    counted = [c for c in claims if c.quantity is not None and c.quantity.value == 1000]
    assert counted
    assert all(c.when is None or c.when.start != "2025-11-24" for c in counted)
