"""Places whose names hold an abbreviation, a "Saint" or a lower-case word: a reader of "the mayor
of St. Louis" means St. Louis, Missouri, never a place called "St"; "Saint Louis" is the same
city (the larger of the two cities named so, not Senegal's Saint-Louis); "Rostov-on-Don" and
"Ростова-на-Дону" are one name; a capitalised noun that opens a Russian or Ukrainian sentence
before a place in the genitive ("Порт Одессы") is no person's name."""

from __future__ import annotations

import pytest

from claimgraph.extract.e_places import gazetteer, name_key
from claimgraph.extract.entities import extract_mentions
from places_read import places_read


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("en", "The mayor of St. Louis said the city was ready.", "St. Louis", ("St. Louis", "US")),
        (
            "en",
            "Officials in Saint Louis said on Monday the plant would close.",
            "Saint Louis",
            ("St. Louis", "US"),
        ),
        (
            "en",
            "He flew from St. Petersburg to Minsk on Tuesday.",
            "St. Petersburg",
            ("Saint Petersburg", "RU"),
        ),
        (
            "en",
            "Flights from St. Paul and Minneapolis were cancelled.",
            "St. Paul",
            ("Saint Paul", "US"),
        ),
        (
            "fr",
            "Le sommet s'est tenu à St. Gallen, en Suisse.",
            "St. Gallen",
            ("Sankt Gallen", "CH"),
        ),
        (
            "fr",
            "Le président s'est rendu à Saint-Pétersbourg.",
            "Saint-Pétersbourg",
            ("Saint Petersburg", "RU"),
        ),
        ("de", "Die Konferenz fand in St. Gallen statt.", "St. Gallen", ("Sankt Gallen", "CH")),
        (
            "de",
            "Er reiste von St. Petersburg nach Minsk.",
            "St. Petersburg",
            ("Saint Petersburg", "RU"),
        ),
        (
            "de",
            "Das Treffen fand in Sankt Petersburg statt.",
            "Sankt Petersburg",
            ("Saint Petersburg", "RU"),
        ),
        (
            "es",
            "El presidente visitó San Petersburgo la semana pasada.",
            "San Petersburgo",
            ("Saint Petersburg", "RU"),
        ),
        ("ru", "Форум прошёл в Санкт-Петербурге.", "Санкт-Петербурге", ("Saint Petersburg", "RU")),
        ("uk", "Форум пройшов у Санкт-Петербурзі.", "Санкт-Петербурзі", ("Saint Petersburg", "RU")),
    ],
)
def test_a_saint_in_a_city_name_is_part_of_it(
    lang: str, text: str, surface: str, expected: tuple[str, str]
) -> None:
    places = places_read(text, lang)
    assert places.get(surface) == expected
    assert not any(m.text in ("St", "Saint", "Sankt") for m in extract_mentions(text, lang))


def test_saint_and_st_are_one_city_s_own_name_and_the_larger_city_wins() -> None:
    gaz = gazetteer()
    louis = {gaz.get(name_key(n)) for n in ("St. Louis", "Saint Louis", "St Louis")}
    assert {(p.name, p.country) for p in louis if p} == {("St. Louis", "US")}
    # the other writings of one city's own name name it too
    for name in ("St. Gallen", "Saint Gallen", "Sankt Gallen"):
        place = gaz.get(name_key(name))
        assert place is not None and place.country == "CH"
    assert gaz.get(name_key("Ste-Foy")) == gaz.get(name_key("Sainte-Foy"))


def test_ft_and_mt_are_fort_and_mount() -> None:
    places = {
        m.text: m.canonical
        for m in extract_mentions(
            "Officials in Ft. Worth and Mt. Vernon said the plants were safe.", "en"
        )
        if m.type == "place"
    }
    assert places == {"Ft. Worth": "Fort Worth", "Mt. Vernon": "Mount Vernon"}


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "en",
            "Air defence units near Taganrog and Rostov-on-Don shot down drones.",
            "Rostov-on-Don",
        ),
        ("fr", "Des drones ont visé Rostov-sur-le-Don dans la nuit.", "Rostov-sur-le-Don"),
        ("de", "Drohnen griffen Rostow am Don an.", "Rostow am Don"),
        ("es", "Los drones atacaron Rostov del Don y Taganrog.", "Rostov del Don"),
        ("ru", "Взрывы прогремели в Ростове-на-Дону.", "Ростове-на-Дону"),
        ("uk", "У Ростові-на-Дону пролунали вибухи.", "Ростові-на-Дону"),
    ],
)
def test_a_lower_case_word_inside_a_known_place_name_keeps_it_whole(
    lang: str, text: str, surface: str
) -> None:
    assert places_read(text, lang).get(surface) == ("Rostov-on-Don", "RU")


def test_a_list_split_at_and_keeps_each_place_whole() -> None:
    places = places_read(
        "Air defence units near Taganrog and Rostov-on-Don shot down drones.", "en"
    )
    assert places == {"Taganrog": ("Taganrog", "RU"), "Rostov-on-Don": ("Rostov-on-Don", "RU")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Порт Одессы снова подвергся удару.", {"Одессы": ("Odesa", "UA")}),
        (
            "ru",
            "Обстрел Ростова-на-Дону продолжился ночью.",
            {"Ростова-на-Дону": ("Rostov-on-Don", "RU")},
        ),
        ("uk", "Порт Одеси знову атакували.", {"Одеси": ("Odesa", "UA")}),
        ("ru", "Жители Курской области эвакуированы.", {"Курской": ("Kursk Oblast", "RU")}),
        (
            "uk",
            "Мешканці Харківської області евакуйовані.",
            {"Харківської": ("Kharkiv Oblast", "UA")},
        ),
        (
            "uk",
            "Обстріл Херсона та Миколаєва триває.",
            {"Херсона": ("Kherson", "UA"), "Миколаєва": ("Mykolaiv", "UA")},
        ),
    ],
)
def test_a_noun_opening_a_sentence_before_a_place_in_the_genitive_is_no_name(
    lang: str, text: str, expected: dict[str, tuple[str, str]]
) -> None:
    mentions = extract_mentions(text, lang)
    assert places_read(text, lang) == expected
    assert not [m for m in mentions if m.type in ("person", "name")]


def test_a_given_name_before_a_place_name_in_the_nominative_stays_a_person() -> None:
    # the nominative says nothing governs the place: "Иван Харьков" is a person
    people = [m.text for m in extract_mentions("Иван Харьков заявил об этом.", "ru")]
    assert people == ["Иван Харьков"]
