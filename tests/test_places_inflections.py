"""Places as news writes them, inflected and in full: a German genitive of a place nobody
watches ("die Bürgermeister Charkiws"), a name with "am" inside ("Region Rostow am Don"), the
Ukrainian locative the analyser does not know ("у Кривому Розі"), a preposition opening the
sentence ("Біля Кривого Рогу") — each resolves to its place, under one canonical name whatever
the spelling."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.entities import extract_mentions


def _places(text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.canonical for m in extract_mentions(text, lang) if m.type == "place"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Die Bürgermeister Charkiws und Odessas trafen sich.", {"Charkiws": "Kharkiv"}),
        (
            "de",
            "In der Region Rostow am Don fielen Trümmer.",
            {"Region Rostow am Don": "Rostov Oblast"},
        ),
        ("de", "Drohnen trafen Rostow am Don.", {"Rostow am Don": "Rostov-on-Don"}),
        ("uk", "У Кривому Розі пролунали вибухи.", {"Кривому Розі": "Kryvyi Rih"}),
        ("uk", "Біля Кривого Рогу пролунали вибухи.", {"Кривого Рогу": "Kryvyi Rih"}),
        ("uk", "У Новій Каховці пролунали вибухи.", {"Новій Каховці": "Nova Kakhovka"}),
        # a second "Korolyov" in the gazetteer (UA) must not take the Russian industry town
        ("en", "Drones hit a plant in Korolyov.", {"Korolyov": "Korolev"}),
        ("ru", "Дроны атаковали завод в Королёве.", {"Королёве": "Korolev"}),
        ("uk", "Дрони атакували завод у Корольові.", {"Корольові": "Korolev"}),
        ("ru", "Около Кривого Рога прогремели взрывы.", {"Кривого Рога": "Kryvyi Rih"}),
        ("ru", "Мэр Харькова сообщил о взрывах.", {"Харькова": "Kharkiv"}),
        ("uk", "Мер Харкова повідомив про вибухи.", {"Харкова": "Kharkiv"}),
        (
            "en",
            "Drones hit Kryvyi Rih and Krivoy Rog.",
            {"Kryvyi Rih": "Kryvyi Rih", "Krivoy Rog": "Kryvyi Rih"},
        ),
        ("es", "Un misil alcanzó Krivói Rog.", {"Krivói Rog": "Kryvyi Rih"}),
        ("fr", "Un missile a frappé Kryvyï Rih.", {"Kryvyï Rih": "Kryvyi Rih"}),
    ],
)
def test_an_inflected_place_resolves(lang: str, text: str, expected: dict[str, str]) -> None:
    found = _places(text, lang)
    assert {k: v for k, v in found.items() if k in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Das sagte Selenskyj am Montag in Kiew.", "Selenskyj"),
        ("de", "Die Aussagen Peskows am Dienstag blieben vage.", "Peskows"),
        ("de", "Hans traf Jens am Abend.", "Jens"),
    ],
)
def test_am_and_a_genitive_s_make_no_place_of_a_person(lang: str, text: str, name: str) -> None:
    found = _places(text, lang)
    assert not any(name in k for k in found)
    assert not any(" am " in k for k in found)


def test_the_wounded_of_kryvyi_rih_are_its_figure() -> None:
    [claim] = extract_claims_from_text("У Кривому Розі поранено 12 людей.", "uk")
    assert (claim.measure, claim.subject, claim.place) == ("injured", "Kryvyi Rih", "Kryvyi Rih")


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("de", "Drohnen trafen ein Lager bei Gera.", "Gera", "DE"),
        ("en", "A drone hit a depot near Stavropol.", "Stavropol", "RU"),
        ("ru", "Беспилотник атаковал склад под Ставрополем.", "Stavropol", "RU"),
        ("en", "Drones struck the port of Odessa.", "Odesa", "UA"),
        ("fr", "Des drones ont frappé le port d'Odessa.", "Odesa", "UA"),
    ],
)
def test_a_citys_own_name_beats_another_citys_alternate(
    lang: str, text: str, name: str, country: str
) -> None:
    # "Gera" was Győr and "Stavropol" Tolyatti (both also known by those names); "Odessa"
    # stays Odesa, far larger than Odessa, Texas
    places = [(m.canonical, m.country) for m in extract_mentions(text, lang) if m.type == "place"]
    assert (name, country) in places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Odessas Hafen wurde in der Nacht getroffen.", [("Odessas", "place")]),
        (
            "Charkiws Bürgermeister Ihor Terechow sagte das.",
            [("Charkiws", "place"), ("Ihor Terechow", "person")],
        ),
        (
            "Laut Moskaus Verteidigungsministerium wurden Drohnen abgeschossen.",
            [("Moskaus Verteidigungsministerium", "org")],
        ),
    ],
)
def test_a_german_genitive_place_before_its_noun(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # the place owns the noun after it; an organisation's name keeps its place inside it
    assert [(m.text, m.type) for m in extract_mentions(text, "de") if m.type != "role"] == expected
