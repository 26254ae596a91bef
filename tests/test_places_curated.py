"""The regions a reader of war reporting meets, named the same whatever the language: a Russian
or Ukrainian adjective before "область", an English "region", a French "région de", a German
"Gebiet", a Spanish "región de" all name one curated region ("Dnipropetrovsk Oblast", never a
name made up from the city, "Dnipro region"). A city's district, named by an adjective, is no
town of that name somewhere else."""

from __future__ import annotations

import pytest

from claimgraph.extract.entities import extract_mentions
from claimgraph.records import Mention


def _places(text: str, lang: str) -> dict[str, Mention]:
    return {m.text: m for m in extract_mentions(text, lang) if m.type == "place"}


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "ru",
            "Ночью ПВО сбила 12 беспилотников над Днепропетровской областью.",
            "Днепропетровской",
        ),
        ("uk", "Ворог атакував Дніпропетровську область ударними дронами.", "Дніпропетровську"),
        (
            "en",
            "Drones struck the Dnipropetrovsk region overnight, the governor said.",
            "Dnipropetrovsk",
        ),
        ("en", "Russian drones hit the Dnipro region overnight, officials said.", "Dnipro"),
        ("fr", "Des drones ont frappé la région de Dnipro dans la nuit.", "région de Dnipro"),
        ("de", "Drohnen griffen in der Nacht das Gebiet Dnipro an.", "Gebiet Dnipro"),
        ("es", "Los drones atacaron la región de Dnipró durante la noche.", "región de Dnipró"),
    ],
)
def test_every_language_names_the_same_ukrainian_oblast(lang: str, text: str, word: str) -> None:
    place = _places(text, lang)[word]
    assert (place.canonical, place.country) == ("Dnipropetrovsk Oblast", "UA")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Над Воронежской, Ростовской и Брянской областями уничтожены 20 беспилотников.",
            {
                "Воронежской": "Voronezh Oblast",
                "Ростовской": "Rostov Oblast",
                "Брянской": "Bryansk Oblast",
            },
        ),
        (
            "ru",
            "Беспилотники сбиты над Московской и Ленинградской областями, сообщило Минобороны.",
            {"Московской": "Moscow Oblast", "Ленинградской": "Leningrad Oblast"},
        ),
        (
            "ru",
            "Губернатор Нижегородской области сообщил о падении обломков беспилотника.",
            {"Нижегородской": "Nizhny Novgorod Oblast"},
        ),
        (
            "uk",
            "Сили ППО збили дрони над Полтавською та Закарпатською областями.",
            {"Полтавською": "Poltava Oblast", "Закарпатською": "Zakarpattia Oblast"},
        ),
        (
            "en",
            "Drones were downed over the Voronezh, Rostov and Oryol regions.",
            {"Voronezh": "Voronezh Oblast", "Rostov": "Rostov Oblast", "Oryol": "Oryol Oblast"},
        ),
        (
            "de",
            "Im Gebiet Woronesch und in der Region Rostow wurden Drohnen abgeschossen.",
            {"Gebiet Woronesch": "Voronezh Oblast", "Region Rostow": "Rostov Oblast"},
        ),
        (
            "es",
            "Los drones cayeron en la región de Járkov y en la región de Vorónezh.",
            {"región de Járkov": "Kharkiv Oblast", "región de Vorónezh": "Voronezh Oblast"},
        ),
        (
            "fr",
            "Des drones ont été abattus dans la région de Voronej et en Crimée.",
            {"région de Voronej": "Voronezh Oblast", "Crimée": "Crimea"},
        ),
    ],
)
def test_regions_of_both_countries_are_named_as_curated(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    found = _places(text, lang)
    assert {k: m.canonical for k, m in found.items() if k in expected} == expected


def test_the_spanish_name_of_kharkiv_is_the_city() -> None:
    place = _places("Un ataque con misiles alcanzó Járkov el domingo.", "es")["Járkov"]
    assert (place.canonical, place.country) == ("Kharkiv", "UA")


@pytest.mark.parametrize(
    ("text", "kursk", "belgorod"),
    [
        (
            "Les drones ont été lancés depuis les régions de Koursk et de Belgorod.",
            "régions de Koursk",
            "Belgorod",
        ),
        (
            "Des drones abattus au-dessus des oblasts de Koursk et de Belgorod.",
            "oblasts de Koursk",
            "Belgorod",
        ),
    ],
)
def test_french_plural_region_noun_names_both_regions(text: str, kursk: str, belgorod: str) -> None:
    found = _places(text, "fr")
    assert (found[kursk].canonical, found[belgorod].canonical) == (
        "Kursk Oblast",
        "Belgorod Oblast",
    )


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("ru", "Взрыв произошел в Ленинском районе Харькова, сообщил мэр.", "Ленинском"),
        ("ru", "Обломки упали в Ленинском и Советском районах города.", "Ленинском"),
        ("uk", "Вибух пролунав у Ленінському районі міста, повідомив мер.", "Ленінському"),
    ],
)
def test_a_district_adjective_is_no_town(lang: str, text: str, word: str) -> None:
    mentions = extract_mentions(text, lang)
    assert all(m.text != word for m in mentions)
    assert all(m.country != "KZ" for m in mentions)


def test_a_city_named_after_its_district_sentence_keeps_the_city() -> None:
    found = _places("Взрыв произошел в Ленинском районе Харькова, сообщил мэр.", "ru")
    assert (found["Харькова"].canonical, found["Харькова"].country) == ("Kharkiv", "UA")


@pytest.mark.parametrize(
    ("lang", "text", "word", "region"),
    [
        (
            "uk",
            "Уламки дрона впали у Воронезькій області, пишуть росЗМІ.",
            "Воронезькій",
            "Voronezh Oblast",
        ),
        ("uk", "Вибухи пролунали в Тульській області вночі.", "Тульській", "Tula Oblast"),
        ("uk", "Дрони атакували нафтобазу в Орловській області.", "Орловській", "Oryol Oblast"),
        (
            "uk",
            "Повітряна тривога оголошена в Хмельницькій області.",
            "Хмельницькій",
            "Khmelnytskyi Oblast",
        ),
        (
            "ru",
            "Над Ярославской областью сбит беспилотник, сообщил губернатор.",
            "Ярославской",
            "Yaroslavl Oblast",
        ),
        ("ru", "В Хмельницкой области прогремели взрывы.", "Хмельницкой", "Khmelnytskyi Oblast"),
        ("ru", "В Черновицкой области объявлена тревога.", "Черновицкой", "Chernivtsi Oblast"),
        (
            "en",
            "Air raid alerts sounded across the Zakarpattia region.",
            "Zakarpattia",
            "Zakarpattia Oblast",
        ),
    ],
)
def test_adjectives_and_names_of_every_listed_region(
    lang: str, text: str, word: str, region: str
) -> None:
    assert _places(text, lang)[word].canonical == region


@pytest.mark.parametrize(
    ("lang", "text", "word", "region"),
    [
        ("en", "Kyiv said drones hit the Kyiv region overnight.", "Kyiv", "Kyiv Oblast"),
        ("de", "Drohnen griffen in der Nacht das Gebiet Kiew an.", "Gebiet Kiew", "Kyiv Oblast"),
        (
            "fr",
            "Des drones ont été abattus dans la région de Moscou.",
            "région de Moscou",
            "Moscow Oblast",
        ),
        (
            "es",
            "Los drones fueron derribados en la región de Moscú.",
            "región de Moscú",
            "Moscow Oblast",
        ),
    ],
)
def test_a_capital_watched_as_its_country_names_its_region_with_a_region_noun(
    lang: str, text: str, word: str, region: str
) -> None:
    found = [m for m in extract_mentions(text, lang) if m.text == word and m.type == "place"]
    assert [m.canonical for m in found] == [region]


def test_the_capital_alone_still_speaks_for_its_country() -> None:
    mentions = extract_mentions("Kyiv said drones hit the Kyiv region overnight.", "en")
    first = mentions[0]
    assert (first.text, first.type, first.canonical) == ("Kyiv", "country", "Ukraine")


@pytest.mark.parametrize(
    ("text", "region", "person"),
    [
        (
            "Kursk Oblast Governor Alexei Smirnov said the attack went on.",
            "Kursk Oblast",
            "Alexei Smirnov",
        ),
        (
            "Kyiv Oblast Governor Ruslan Kravchenko said two people were hurt.",
            "Kyiv Oblast",
            "Ruslan Kravchenko",
        ),
    ],
)
def test_a_governor_written_between_the_region_and_the_name(
    text: str, region: str, person: str
) -> None:
    mentions = extract_mentions(text, "en")
    assert [(m.text, m.canonical) for m in mentions if m.type == "place"] == [(region, region)]
    assert [(m.text, m.role) for m in mentions if m.type == "person"] == [(person, "governor")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Бои идут у Авдеевки, под Купянском и в Часовом Яре, сообщил Генштаб.",
            {"Авдеевки": "Avdiivka", "Купянском": "Kupiansk", "Часовом Яре": "Chasiv Yar"},
        ),
        (
            "uk",
            "Бої тривають біля Авдіївки та у Вовчанську.",
            {"Авдіївки": "Avdiivka", "Вовчанську": "Vovchansk"},
        ),
        (
            "en",
            "Drones struck the Millerovo and Morozovsk airfields.",
            {"Millerovo": "Millerovo", "Morozovsk": "Morozovsk"},
        ),
        (
            "fr",
            "Des combats ont eu lieu à Koupiansk et à Soudja.",
            {"Koupiansk": "Kupiansk", "Soudja": "Sudzha"},
        ),
        (
            "de",
            "Die Kämpfe um Awdijiwka und Sudscha dauern an.",
            {"Awdijiwka": "Avdiivka", "Sudscha": "Sudzha"},
        ),
        (
            "es",
            "Un misil alcanzó Krivói Rog y otro Jmelnitski.",
            {"Krivói Rog": "Kryvyi Rih", "Jmelnitski": "Khmelnytskyi"},
        ),
    ],
)
def test_front_line_towns_under_the_city_size_threshold_are_places(
    lang: str, text: str, expected: dict[str, str]
) -> None:
    found = _places(text, lang)
    assert {k: m.canonical for k, m in found.items() if k in expected} == expected
