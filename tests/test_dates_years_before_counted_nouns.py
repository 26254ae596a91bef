"""A year cue inside the sentence before four digits and a counted noun: "Russland will bis
2030 Drohnen bauen" plans for a year, "Officials said that in 2023 drones were ..." tells of
one; a purpose cue ("pour 2050 drones", "für 2030 Drohnen", count_cues in dates.yaml) and round
hundreds after a time cue ("monatlich bis 2000 Drohnen", "parts in 2000 drones") stay counts.
The claim then carries no count of 2030 drones but the year as its period."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.dates import extract_time_refs

_PUBLISHED = date(2025, 11, 20)


def _years(text: str, lang: str) -> list[str]:
    return [t.text for t in extract_time_refs(text, lang, _PUBLISHED)]


@pytest.mark.parametrize(
    ("lang", "text", "expression"),
    [
        ("de", "Russland will bis 2030 Drohnen bauen.", "bis 2030"),
        ("de", "Russland will bis zum Jahr 2030 Drohnen bauen.", "bis zum Jahr 2030"),
        ("en", "Officials said that in 2023 drones were produced at Alabuga.", "2023"),
        ("fr", "La Russie veut produire d'ici 2030 drones et missiles.", "d'ici 2030"),
        ("es", "Dijo que en 2023 drones rusos atacaron Kiev cada noche.", "2023"),
        ("ru", "Он сказал, что в 2023 дроны атаковали Киев каждую ночь.", "2023"),
        ("uk", "Він сказав, що у 2023 дрони атакували Київ щоночі.", "2023"),
    ],
)
def test_a_time_cue_keeps_the_year_before_a_counted_noun(
    lang: str, text: str, expression: str
) -> None:
    assert any(expression in t for t in _years(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia signed a contract for 2050 drones."),
        ("fr", "Moscou a signé un contrat pour 2050 drones."),
        ("de", "Russland zahlte Iran für 2030 Drohnen."),
        ("es", "Rusia firmó un contrato para 2030 drones."),
        ("de", "Russland will monatlich bis 2000 Drohnen bauen."),
        ("en", "The plant has parts in 2000 drones already sent to the front."),
    ],
)
def test_a_purpose_cue_or_round_hundreds_stay_a_count(lang: str, text: str) -> None:
    assert _years(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Russland will bis 2030 Drohnen produzieren."),
        ("fr", "La Russie veut produire d'ici 2030 drones."),
    ],
)
def test_no_claim_counts_the_year(lang: str, text: str) -> None:
    claims = extract_claims_from_text(text, lang, _PUBLISHED.isoformat())
    assert not [c for c in claims if c.quantity is not None and c.quantity.value == 2030]


def test_a_count_with_its_year_keeps_both() -> None:
    [claim] = extract_claims_from_text(
        "Russland will bis 2030 insgesamt 6000 Drohnen produzieren.", "de", "2025-11-20"
    )
    assert claim.quantity is not None and claim.quantity.value == 6000
    assert claim.when is not None and claim.when.end == "2030-12-31"


def test_a_contract_for_2050_drones_is_a_claim() -> None:
    [claim] = extract_claims_from_text("Russia signed a contract for 2050 drones.", "en")
    assert claim.quantity is not None and claim.quantity.value == 2050
    assert claim.measure == "contract_quantity"
