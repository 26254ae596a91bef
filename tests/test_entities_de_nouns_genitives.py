"""German wire copy: common nouns are no places or organisations, genitive names are their places.

Every German noun is capitalised, so a noun that some town is called ("Bau", a city in
Malaysia; "Ende", "Mitte") or that names a kind of facility ("das Werk") must not come out as a
name; and a watched name in the genitive ("Russlands", "Irans", "Kiews") is that country or city.
The same families are checked in the other languages where they apply: Russian and Ukrainian
find inflected names through their morphology; French and Spanish have no genitive ending.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.entities import extract_mentions
from claimgraph.records import Mention


def _mentions(text: str, lang: str) -> list[Mention]:
    return extract_mentions(text, lang)


def test_a_dpa_report_on_the_plant_names_the_plant_and_the_countries_not_its_nouns() -> None:
    text = (
        "Der Bau des Werks in Alabuga hat sich verzögert. Das Werk soll am Ende 6000 Drohnen "
        "im Jahr herstellen, sagte ein Sprecher Russlands. Nach Angaben Irans wurden die ersten "
        "Drohnen Mitte November geliefert. Die Luftabwehr der Ukraine habe 20 Drohnen "
        "abgeschossen."
    )
    found = _mentions(text, "de")
    by_text = {m.text: m for m in found}
    for noun in ("Bau", "Ende", "Mitte", "Werk", "Werks"):
        assert noun not in by_text, noun
    assert not any(m.type == "place" and m.country == "MY" for m in found)
    assert by_text["Alabuga"].entity_id == "alabuga"
    assert by_text["Russlands"].entity_id == "russia"
    assert by_text["Irans"].entity_id == "iran"
    assert by_text["Ukraine"].entity_id == "ukraine"
    for m in found:
        assert text[m.span.start : m.span.end] == m.text


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("Die Angriffe Russlands auf die Energieversorgung gehen weiter.", "Russlands", "russia"),
        ("Irans Drohnen wurden über dem Schwarzen Meer gesichtet.", "Irans", "iran"),
        ("Kiews Bürgermeister Vitali Klitschko rief zur Ruhe auf.", "Kiews", "ukraine"),
        ("Der Präsident der Ukraine sprach von 40 Drohnen.", "Ukraine", "ukraine"),
    ],
)
def test_a_watched_name_in_the_genitive_is_that_name(text: str, name: str, entity: str) -> None:
    by_text = {m.text: m for m in _mentions(text, "de")}
    assert by_text[name].entity_id == entity


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Der Bau begann im Mai.", "Bau"),
        ("Am Ende wurden zwei Menschen verletzt.", "Ende"),
        ("Das Werk produziert 5.500 Drohnen pro Monat.", "Werk"),
        ("Die Fabrik liegt östlich von Moskau.", "Fabrik"),
        ("Der Rest wurde abgefangen.", "Rest"),
    ],
)
def test_a_common_noun_after_its_article_is_no_name(text: str, noun: str) -> None:
    assert noun not in [m.text for m in _mentions(text, "de")]


def test_a_word_ending_in_double_s_keeps_its_s() -> None:
    # "Kongress" is no genitive of "Kongres"; nothing watched is found in it
    found = _mentions("Der Kongress beriet über Hilfen für die Ukraine.", "de")
    assert [m.entity_id for m in found if m.entity_id] == ["ukraine"]


@pytest.mark.parametrize(
    ("lang", "text", "name", "entity"),
    [
        ("ru", "Атаки России на энергосистему продолжаются.", "России", "russia"),
        ("ru", "По данным Ирана, беспилотники были поставлены.", "Ирана", "iran"),
        ("uk", "Атаки Росії на енергосистему тривають.", "Росії", "russia"),
        ("uk", "За даними Ірану, дрони було поставлено.", "Ірану", "iran"),
        ("fr", "Les attaques de la Russie contre l'Ukraine continuent.", "Russie", "russia"),
        ("es", "Los ataques de Rusia contra Ucrania continúan.", "Rusia", "russia"),
        ("en", "Russia's attacks on Ukraine's grid continue.", "Russia", "russia"),
    ],
)
def test_the_same_names_in_the_other_languages(
    lang: str, text: str, name: str, entity: str
) -> None:
    by_text = {m.text: m for m in _mentions(text, lang)}
    assert by_text[name].entity_id == entity


def test_the_subject_of_a_german_claim_is_the_country_in_the_genitive() -> None:
    text = "Die Luftabwehr Russlands habe in der Nacht 20 ukrainische Drohnen abgeschossen."
    claims = [c for c in extract_claims_from_text(text, "de") if c.measure == "intercepted"]
    assert [c.subject for c in claims] == ["russia"]
