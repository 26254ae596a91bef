"""Regions named through their centre: an adjective before a region noun in Russian and
Ukrainian ("из Курской и Брянской областей"), a place next to a region noun elsewhere ("the Kursk
region", "im Gebiet Kursk", "la région de Koursk"). A person reading the mentions expects each
to be a place in the right country, named as the region, not the city."""

from __future__ import annotations

import pytest

from claimgraph.extract.entities import extract_mentions
from claimgraph.records import Mention


def _places(text: str, lang: str) -> dict[str, Mention]:
    return {m.text: m for m in extract_mentions(text, lang) if m.type == "place"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Беспилотники были запущены из Курской и Брянской областей, сообщили в Минобороны.",
            {"Курской": ("Kursk Oblast", "RU"), "Брянской": ("Bryansk Oblast", "RU")},
        ),
        (
            "uk",
            "Ворог атакував дронами з Курської та Брянської областей, повідомили в Повітряних "
            "силах.",
            {"Курської": ("Kursk Oblast", "RU"), "Брянської": ("Bryansk Oblast", "RU")},
        ),
        (
            "ru",
            "Ночью средства ПВО сбили над Белгородской, Курской и Орловской областями 12 дронов.",
            {
                "Белгородской": ("Belgorod Oblast", "RU"),
                "Курской": ("Kursk Oblast", "RU"),
                "Орловской": ("Oryol Oblast", "RU"),
            },
        ),
        (
            "ru",
            "В Харьковской области в результате удара повреждена инфраструктура.",
            {"Харьковской": ("Kharkiv Oblast", "UA")},
        ),
        (
            "uk",
            "Одеська область зазнала масованої атаки вночі, повідомив голова ОВА.",
            {"Одеська": ("Odesa Oblast", "UA")},
        ),
        (
            "uk",
            "Вибухи пролунали в Запорізькій, Дніпропетровській і Черкаській областях.",
            {
                "Запорізькій": ("Zaporizhzhia Oblast", "UA"),
                "Дніпропетровській": ("Dnipropetrovsk Oblast", "UA"),
                "Черкаській": ("Cherkasy Oblast", "UA"),
            },
        ),
        (
            "ru",
            "Ночью над Тверской областью был сбит беспилотник, сообщил губернатор.",
            {"Тверской": ("Tver Oblast", "RU")},
        ),
        (
            "ru",
            "Губернатор Краснодарского края сообщил о падении обломков.",
            {"Краснодарского": ("Krasnodar Krai", "RU")},
        ),
        (
            "en",
            "Drones were shot down over the Kursk region and the Odesa oblast overnight.",
            {"Kursk": ("Kursk Oblast", "RU"), "Odesa": ("Odesa Oblast", "UA")},
        ),
        (
            "de",
            "Die Drohnen wurden nach Angaben des Ministeriums im Gebiet Kursk abgeschossen.",
            {"Gebiet Kursk": ("Kursk Oblast", "RU")},
        ),
        (
            "de",
            "In der Region Belgorod wurden zwei Menschen verletzt, teilte der Gouverneur mit.",
            {"Region Belgorod": ("Belgorod Oblast", "RU")},
        ),
        (
            "fr",
            "Des drones ont été abattus dans la région de Koursk, selon le ministère russe.",
            {"région de Koursk": ("Kursk Oblast", "RU")},
        ),
        (
            "es",
            "Los drones fueron derribados en la región de Belgorod, según el gobernador.",
            {"región de Belgorod": ("Belgorod Oblast", "RU")},
        ),
        (
            "en",
            "Explosions were reported in Bryansk Oblast and the Kharkiv Oblast overnight.",
            {
                "Bryansk Oblast": ("Bryansk Oblast", "RU"),
                "Kharkiv Oblast": ("Kharkiv Oblast", "UA"),
            },
        ),
    ],
)
def test_a_region_resolves_to_its_country(
    lang: str, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    found = _places(text, lang)
    assert {k: (m.canonical, m.country) for k, m in found.items() if k in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # An adjective before a region noun that is made from no known place stays no place.
        ("ru", "Жители Центрального района получили помощь.", "Центрального"),
        ("uk", "Мешканці Центрального району отримали допомогу.", "Центрального"),
        # A capitalised adjective with no region noun after it is no region.
        ("ru", "Курская АЭС работает в штатном режиме, сообщил концерн.", "Курская"),
    ],
)
def test_an_adjective_without_a_place_or_noun_is_no_region(lang: str, text: str, word: str) -> None:
    assert word not in _places(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "kursk", "belgorod"),
    [
        ("en", "Drones were downed over the Kursk and Belgorod regions.", "Kursk", "Belgorod"),
        (
            "de",
            "In den Gebieten Kursk und Belgorod wurden Drohnen abgeschossen.",
            "Gebieten Kursk",
            "Belgorod",
        ),
        # the plural in the nominative and accusative ("Gebiete Saporischschja" was a person)
        ("de", "Drohnen griffen die Gebiete Kursk und Belgorod an.", "Gebiete Kursk", "Belgorod"),
        (
            "es",
            "Se derribaron drones en las regiones de Kursk y Belgorod.",
            "regiones de Kursk",
            "Belgorod",
        ),
    ],
)
def test_a_list_of_places_shares_its_region_noun(
    lang: str, text: str, kursk: str, belgorod: str
) -> None:
    found = _places(text, lang)
    assert (found[kursk].canonical, found[belgorod].canonical) == (
        "Kursk Oblast",
        "Belgorod Oblast",
    )


def test_a_comma_after_the_region_noun_closes_it() -> None:
    found = _places("Dans la région, Moscou a déployé des drones.", "fr")
    assert all(m.canonical != "Moscow region" for m in found.values())


@pytest.mark.parametrize(
    ("lang", "text", "role", "person"),
    [
        (
            "en",
            "Governor of Belgorod Oblast Vyacheslav Gladkov said two people were injured.",
            "governor",
            "Vyacheslav Gladkov",
        ),
        (
            "ru",
            "Губернатор Белгородской области Вячеслав Гладков сообщил о двух раненых.",
            "губернатор",
            "Вячеслав Гладков",
        ),
        (
            "uk",
            "Голова Сумської області Володимир Артюх повідомив про влучання.",
            "голова",
            "Володимир Артюх",
        ),
        (
            "de",
            "Der Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, teilte mit, zwei "
            "Menschen seien verletzt worden.",
            "Gouverneur",
            "Wjatscheslaw Gladkow",
        ),
        (
            "fr",
            "Le gouverneur de la région de Belgorod, Viatcheslav Gladkov, a fait état de deux "
            "blessés.",
            "gouverneur",
            "Viatcheslav Gladkov",
        ),
        (
            "es",
            "El gobernador de la región de Belgorod, Viacheslav Gladkov, informó de dos heridos.",
            "gobernador",
            "Viacheslav Gladkov",
        ),
    ],
)
def test_the_governor_of_a_region_is_the_person_named_after_it(
    lang: str, text: str, role: str, person: str
) -> None:
    mentions = extract_mentions(text, lang)
    people = {m.text: m.role for m in mentions if m.type == "person"}
    assert people == {person: role}
    assert any(m.type == "place" and m.country in ("RU", "UA") for m in mentions)


def test_a_city_without_a_region_noun_stays_the_city() -> None:
    found = _places("Explosions were heard in Kursk and in the Belgorod region.", "en")
    assert (found["Kursk"].canonical, found["Belgorod"].canonical) == ("Kursk", "Belgorod Oblast")


def test_a_long_list_of_capitalised_words_is_read_a_bounded_way() -> None:
    # Forty capitalised words before the noun: no adjective reaches a noun that far away.
    text = "из " + " и ".join(["Курской"] * 40) + " областей"
    found = [m for m in extract_mentions(text, "ru") if m.type == "place"]
    assert len(found) <= 6
