"""A four-digit count after a year cue is a count, not a year.

"pour", "до", "bis", "hasta", "up to" are year cues ("pour 2050", "до 2030 года") and bounds of
amounts too ("pour 2050 drones", "до 2000 дронов"). A number right before the noun it counts is
no year; a year stands before punctuation, an article, a preposition, a verb, or ends the phrase
("en 2025 les drones", "in 2024 alone"), and a cue opening the sentence keeps it ("In 2025
drones were everywhere").
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
        ("fr", "La Russie vise pour 2050 drones par mois, selon le renseignement ukrainien."),
        ("en", "The plant has parts in 2000 drones already sent to the front."),
        ("en", "Officials say the army received up to 2000 drones from the plant."),
        ("ru", "Россия планирует выпускать до 2000 дронов в месяц, сообщил источник."),
        ("uk", "Росія планує випускати до 2000 дронів на місяць, повідомила розвідка."),
        ("de", "Russland will monatlich bis 2000 Drohnen bauen, berichtet der Geheimdienst."),
        ("es", "Rusia fabricará hasta 2000 drones al mes, según la inteligencia ucraniana."),
    ],
)
def test_a_count_after_a_bound_is_no_year(lang: str, text: str) -> None:
    assert extract_time_refs(text, lang, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("lang", "text", "expression", "year"),
    [
        ("fr", "Le plan est prévu pour 2050.", "2050", 2050),
        ("fr", "En 2025 les drones ont frappé Kharkiv chaque nuit.", "2025", 2025),
        ("fr", "Il en a produit 300 pour 2025 et prévoit davantage.", "2025", 2025),
        ("en", "In 2025 drones were everywhere over Kyiv.", "2025", 2025),
        ("en", "Russia fired more missiles in 2024 alone than in the year before.", "2024", 2024),
        ("en", "Production will double by 2030, the ministry said.", "by 2030", 2030),
        ("ru", "Россия планирует это до 2030 года.", "до 2030 года", 2030),
        ("ru", "Завод построят к 2030 и расширят позже.", "к 2030", 2030),
        ("uk", "Завод працюватиме до 2030 і далі.", "до 2030", 2030),
        ("de", "Das Werk soll bis 2030 fertig sein, sagte der Minister.", "bis 2030", 2030),
        ("es", "Rusia fabricará drones hasta 2030 y después.", "hasta 2030", 2030),
        ("es", "En 2025 los drones golpearon Járkov.", "2025", 2025),
        # a noun the quantities data does not count is the year's clause, not a count
        ("en", "Officials said that in 2023 exports rose by 5%.", "2023", 2023),
        ("fr", "Il a dit qu'en 2024 production et ventes ont doublé.", "2024", 2024),
        ("es", "Dijo que en 2023 exportaciones y ventas crecieron.", "2023", 2023),
        ("ru", "Он сказал, что в 2023 экспорт вырос.", "2023", 2023),
        ("uk", "Він сказав, що у 2023 експорт зріс.", "2023", 2023),
    ],
)
def test_a_year_before_a_link_a_verb_or_the_phrase_end_stays_a_year(
    lang: str, text: str, expression: str, year: int
) -> None:
    refs = extract_time_refs(text, lang, _PUBLISHED)
    assert [r.text for r in refs] == [expression]
    bound = refs[0].end or refs[0].start
    assert bound is not None and bound.startswith(str(year))


def test_more_than_a_count_by_a_year_keeps_both_apart() -> None:
    refs = extract_time_refs("The plant will build more than 2000 drones by 2025.", "en", None)
    assert [r.text for r in refs] == ["by 2025"]
    assert refs[0].end == "2025-12-31"


@pytest.mark.parametrize(
    ("lang", "text", "value", "year"),
    [
        (
            "fr",
            "Selon le renseignement ukrainien, Moscou a signé un contrat pour 2050 drones à "
            "livrer d'ici 2026.",
            2050,
            "2026",
        ),
        (
            "ru",
            "По данным разведки, к 2026 году Россия будет выпускать до 2000 дронов в месяц.",
            2000,
            "2026",
        ),
        (
            "es",
            "Según la inteligencia ucraniana, Rusia fabricará hasta 2000 drones al mes en 2026.",
            2000,
            "2026",
        ),
    ],
)
def test_a_production_claim_counts_its_drones_and_dates_its_year(
    lang: str, text: str, value: int, year: str
) -> None:
    claims = extract_claims_from_text(text, lang, "2025-11-20")
    counted = [c for c in claims if c.quantity is not None and c.quantity.value == value]
    assert counted, [(c.quantity, c.when) for c in claims]
    when = counted[0].when
    assert when is not None and (when.end or when.start or "").startswith(year)
