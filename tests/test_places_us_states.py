"""American states are places in every language ("Florida", "Floride", "Флорида"), but a name a
reader means otherwise keeps its meaning: "Washington said" is the capital, "Georgia" alone the
country. Written after a city with a comma, a state is read in that city's country ("Atlanta,
Georgia") and the city in that state ("Paris, Texas", "Moscow, Idaho")."""

from __future__ import annotations

import pytest

from claimgraph.extract.e_places import gazetteer, name_key
from places_read import places_read


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "The plant in Florida employs 300 people, officials said.", "Florida"),
        ("fr", "Le gouverneur de Floride a réagi mardi.", "Floride"),
        ("de", "Das Werk in Florida beschäftigt 300 Menschen.", "Florida"),
        ("es", "El gobernador de Florida habló del tema.", "Florida"),
        ("ru", "Губернатор Флориды выступил с заявлением.", "Флориды"),
        ("uk", "Губернатор Флориди виступив із заявою.", "Флориди"),
    ],
)
def test_a_us_state_is_a_place_in_the_us_in_every_language(
    lang: str, text: str, surface: str
) -> None:
    assert places_read(text, lang)[surface] == ("Florida", "US")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Washington said it would send more air defence systems.", "Washington"),
        ("fr", "Washington a annoncé une nouvelle aide militaire.", "Washington"),
        ("de", "Washington kündigte neue Hilfen an.", "Washington"),
        ("es", "Washington anunció nueva ayuda militar.", "Washington"),
        ("ru", "Вашингтон заявил о новой помощи.", "Вашингтон"),
        ("uk", "Вашингтон заявив про нову допомогу.", "Вашингтон"),
    ],
)
def test_washington_alone_is_the_capital_not_the_state(lang: str, text: str, surface: str) -> None:
    assert places_read(text, lang)[surface][1] == "US"
    # the state is known under that name too, yet the capital (or the country it stands for)
    # keeps it
    assert gazetteer().subdivision(name_key(surface), "US") is not None
    place = gazetteer().get(name_key(surface))
    assert place is not None and place.kind == "city"


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Russia invaded Georgia in 2008.", "Georgia"),
        ("fr", "La Géorgie a demandé l'adhésion à l'Union européenne.", "Géorgie"),
        ("de", "Georgien strebt in die EU.", "Georgien"),
        ("es", "Rusia invadió Georgia en 2008.", "Georgia"),
        ("ru", "Грузия подала заявку на вступление в ЕС.", "Грузия"),
        ("uk", "Грузія подала заявку до ЄС.", "Грузія"),
    ],
)
def test_georgia_alone_is_the_country(lang: str, text: str, surface: str) -> None:
    assert places_read(text, lang)[surface] == ("Georgia", "GE")


def test_a_state_after_a_city_of_its_country_is_that_state() -> None:
    assert places_read("Delegates from Atlanta, Georgia, attended the hearing.", "en") == {
        "Atlanta": ("Atlanta", "US"),
        "Georgia": ("Georgia", "US"),
    }
    # after a Georgian city it stays the country
    assert places_read("Delegates met in Tbilisi, Georgia, on Monday.", "en")["Georgia"] == (
        "Georgia",
        "GE",
    )


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("He grew up in Paris, Texas, before moving to Houston.", "Paris", "Texas"),
        ("She was born in Portland, Maine, in 1980.", "Portland", "Maine"),
        ("He met them in Moscow, Idaho, last year.", "Moscow", "Idaho"),
    ],
)
def test_a_city_written_with_its_state_is_the_city_in_that_state(
    text: str, surface: str, state: str
) -> None:
    places = places_read(text, "en")
    assert places[surface] == (surface, "US")
    assert places[state] == (state, "US")


def test_a_city_alone_is_the_one_a_reader_means() -> None:
    assert places_read("Protests spread from Paris to Lyon.", "en")["Paris"] == ("Paris", "FR")
    assert places_read("Officials in Moscow said nothing.", "en")["Moscow"][1] == "RU"


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "The governor of Georgia signed the bill on Friday.", "Georgia"),
        ("en", "Georgia's governor said the plant would open.", "Georgia"),
        ("fr", "Le gouverneur de Géorgie a signé la loi.", "Géorgie"),
        ("de", "Im Bundesstaat Georgia wurde am Dienstag gewählt.", "Georgia"),
        ("es", "El gobernador de Georgia firmó la ley.", "Georgia"),
        ("ru", "В штате Джорджия прошли выборы.", "Джорджия"),
        ("uk", "У штаті Джорджія пройшли вибори.", "Джорджія"),
    ],
)
def test_a_state_cue_makes_georgia_the_us_state(lang: str, text: str, surface: str) -> None:
    # a country has no governor and is no "Bundesstaat": the name is the state's
    assert places_read(text, lang)[surface] == ("Georgia", "US")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Georgia's state security service said the plot was foiled.", "Georgia"),
        ("en", "The State Department said Georgia must act.", "Georgia"),
        ("fr", "La Géorgie a demandé l'adhésion à l'Union européenne.", "Géorgie"),
        ("es", "El presidente de Georgia viajó a Bruselas.", "Georgia"),
    ],
)
def test_without_a_state_cue_georgia_stays_the_country(lang: str, text: str, surface: str) -> None:
    assert places_read(text, lang)[surface] == ("Georgia", "GE")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Trump held a rally in Atlanta on Monday, and Georgia voters cheered.", "Georgia"),
        ("fr", "Après un meeting à Atlanta, la Géorgie a voté lundi.", "Géorgie"),
        ("de", "Nach der Kundgebung in Atlanta stimmte Georgia am Dienstag ab.", "Georgia"),
        ("es", "Tras un mitin en Atlanta, Georgia votó el martes.", "Georgia"),
    ],
)
def test_a_city_of_the_state_in_the_paragraph_makes_georgia_the_state(
    lang: str, text: str, surface: str
) -> None:
    assert places_read(text, lang)[surface] == ("Georgia", "US")


def test_a_georgian_city_in_the_paragraph_keeps_the_country() -> None:
    places = places_read("Russia invaded Georgia in 2008, and officials in Tbilisi said.", "en")
    assert places["Georgia"] == ("Georgia", "GE")


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        ("en", "He was born in Paris (Texas) in 1950.", "Paris"),
        ("fr", "Il est né à Paris, au Texas, en 1950.", "Paris"),
        ("de", "Er wurde 1950 in Paris (Texas) geboren.", "Paris"),
        ("es", "Nació en París, Texas, en 1950.", "París"),
        ("ru", "Он родился в Париже (штат Техас) в 1950 году.", "Париже"),
        ("uk", "Він народився в Парижі (штат Техас) у 1950 році.", "Парижі"),
    ],
)
def test_a_city_with_its_state_in_brackets_or_after_a_link_word(
    lang: str, text: str, city: str
) -> None:
    assert places_read(text, lang)[city] == ("Paris", "US")


@pytest.mark.parametrize(
    ("lang", "text", "city"),
    [
        ("en", "They met in Paris, then in Texas.", "Paris"),
        ("fr", "Ils se sont vus à Paris, puis au Texas.", "Paris"),
    ],
)
def test_a_list_of_places_is_no_city_with_its_state(lang: str, text: str, city: str) -> None:
    assert places_read(text, lang)[city] == ("Paris", "FR")
