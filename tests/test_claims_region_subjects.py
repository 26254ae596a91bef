"""A place as a claim's subject is reported by what it names, never by the word as inflected.

Russian and Ukrainian name a region by an adjective ("над Брянской областью") and a city in
the case its preposition asks for ("над Курском"). When such a place ends up the subject of a
claim about a place (strikes, deaths) the claim names the place by its canonical name, as it
does in every language ("Kherson", "Bryansk Oblast"); when the claim is about what someone did
there (drones shot down over it) the subject is the place's country, whose forces act there.
The words as written stay in ``subject_text``.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.records import Claim


def _claim(text: str, lang: str, measure: str) -> Claim:
    claims = [c for c in extract_claims_from_text(text, lang) if c.measure == measure]
    assert len(claims) == 1, [(c.measure, c.subject) for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        (
            "ru",
            "Над Курском сбиты пять беспилотников, сообщил губернатор Алексей Смирнов.",
            "Курском",
        ),
        (
            "ru",
            "Над Брянской областью ночью были сбиты 12 беспилотников, сообщили в Минобороны.",
            "Брянской",
        ),
        (
            "uk",
            "Над Курською областю збито 5 дронів, повідомили російські медіа.",
            "Курською",
        ),
    ],
)
def test_drones_shot_down_over_a_region_are_its_countrys(
    lang: str, text: str, written: str
) -> None:
    claim = _claim(text, lang, "intercepted")
    assert claim.subject == "russia"
    assert claim.subject_text is not None and claim.subject_text.startswith(written)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "ru",
            "В Херсоне в результате обстрела погибли два человека, сообщила областная администрация.",
            "Kherson",
        ),
        (
            "uk",
            "У Херсоні внаслідок обстрілу загинули дві людини, повідомила обласна адміністрація.",
            "Kherson",
        ),
        (
            "en",
            "Two people were killed in Kherson by Russian shelling, the regional administration said.",
            "Kherson",
        ),
        (
            "fr",
            "Deux personnes ont été tuées à Kherson par des bombardements, selon l'administration.",
            "Kherson",
        ),
    ],
)
def test_deaths_in_a_city_name_the_city_by_its_canonical_name(
    lang: str, text: str, place: str
) -> None:
    claim = _claim(text, lang, "killed")
    assert claim.subject == place


def test_a_russian_report_of_the_night_names_places_not_their_cases() -> None:
    text = (
        "Минобороны России заявило, что ночью силы ПВО уничтожили 30 украинских беспилотников. "
        "Над Брянской областью сбиты 12 беспилотников, над Курском — ещё пять."
    )
    claims = [c for c in extract_claims_from_text(text, "ru") if c.measure == "intercepted"]
    assert claims, "no interception claim"
    for c in claims:
        assert c.subject not in ("Брянской", "Курском", "Брянской областью")
    over_bryansk = next(c for c in claims if c.quantity is not None and c.quantity.value == 12)
    assert over_bryansk.subject == "russia"
    assert over_bryansk.place == "Bryansk Oblast"


@pytest.mark.parametrize(
    ("lang", "text", "measure", "country"),
    [
        (
            "de",
            "Die Streitkräfte der Ukraine haben 20 Drohnen abgeschossen.",
            "intercepted",
            "ukraine",
        ),
        ("de", "Die Armee Russlands griff in der Nacht mit 40 Drohnen an.", "launched", "russia"),
        ("de", "Russlands Armee griff in der Nacht mit 40 Drohnen an.", "launched", "russia"),
        (
            "en",
            "The Armed Forces of Ukraine shot down 20 drones overnight.",
            "intercepted",
            "ukraine",
        ),
        ("fr", "Les forces armées de l'Ukraine ont abattu 20 drones.", "intercepted", "ukraine"),
        ("es", "Las fuerzas armadas de Ucrania derribaron 20 drones.", "intercepted", "ukraine"),
        ("ru", "Вооружённые силы Украины сбили 20 беспилотников.", "intercepted", "ukraine"),
        ("uk", "Збройні сили України збили 20 дронів.", "intercepted", "ukraine"),
    ],
)
def test_a_countrys_forces_named_with_its_name_are_that_country(
    lang: str, text: str, measure: str, country: str
) -> None:
    claim = _claim(text, lang, measure)
    assert claim.subject == country


def test_an_organisation_without_an_actor_noun_keeps_its_own_name() -> None:
    text = "The Kyiv School of Economics counted 20 drones launched at the city overnight."
    claim = _claim(text, "en", "launched")
    assert claim.subject == "Kyiv School of Economics"
