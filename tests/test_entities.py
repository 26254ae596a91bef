"""Entities in six languages: watchlist aliases (inflected too), names, roles and places."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.entities import extract_mentions
from claimgraph.records import Mention


def _by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


def test_a_real_article_names_its_tellers_weapons_and_places(seeds_dir: Path) -> None:
    text = (seeds_dir / "000_417ffefe938d1bfc.txt").read_text(encoding="utf-8")
    found = _by_text(extract_mentions(text, "en"))
    assert found["The Wall Street Journal"].entity_id == "wsj"
    assert found["WSJ"].entity_id == "wsj"
    assert found["Yuriy Ihnat"].role == "spokesman"
    assert found["Vadym Skibizkij"].entity_id == "vadym-skibitskyi"
    assert found["Vadym Skibizkij"].role == "deputy intelligence chief"
    assert found["Institute for the Study of War"].entity_id == "isw"
    assert found["Lobaev Arms"].type == "org"
    assert found["Kazakhstan"].country == "KZ"
    assert found["Armenia"].country == "AM" and found["Kyrgyzstan"].country == "KG"
    # Every mention's offsets point at its text.
    for m in extract_mentions(text, "en"):
        assert text[m.span.start : m.span.end] == m.text


def test_the_first_word_of_a_sentence_is_not_a_name_by_itself() -> None:
    found = _by_text(extract_mentions("Because they fly low. Details were worked out.", "en"))
    assert "Because" not in found and "Details" not in found


@pytest.mark.parametrize(
    ("lang", "text", "surface", "entity_id"),
    [
        ("en", "Russia launched Geran-2 drones overnight.", "Geran-2", "shahed-136"),
        (
            "fr",
            "Ces drones seront des variantes du modèle iranien Shahed-136.",
            "Shahed-136",
            "shahed-136",
        ),
        ("de", "Russland setzte Drohnen vom Typ Shahed-136 ein.", "Shahed-136", "shahed-136"),
        ("es", "Rusia lanzó drones Shahed 136 contra Odesa.", "Shahed 136", "shahed-136"),
        ("ru", "Ночью противник атаковал 20 Геранями-2.", "Геранями-2", "shahed-136"),
        ("uk", "Ворог запустив 15 Шахедів з Приморсько-Ахтарська.", "Шахедів", "shahed-136"),
        ("ru", "Завод в Алабуге выпускает дроны.", "Алабуге", "alabuga"),
        ("uk", "Дрони виготовлені в Алабузі.", "Алабузі", "alabuga"),
        (
            "uk",
            "Про це повідомили Повітряні сили ЗСУ.",
            "Повітряні сили ЗСУ",
            "ukrainian-air-force",
        ),
        (
            "uk",
            "За даними Повітряних сил ЗСУ, збито 10 дронів.",
            "Повітряних сил ЗСУ",
            "ukrainian-air-force",
        ),
        (
            "ru",
            "Об этом сообщили Воздушные силы Украины.",
            "Воздушные силы Украины",
            "ukrainian-air-force",
        ),
        ("de", "Das berichtete das Wall Street Journal am Freitag.", "Wall Street Journal", "wsj"),
    ],
)
def test_watchlist_aliases_in_every_language(
    lang: str, text: str, surface: str, entity_id: str
) -> None:
    found = _by_text(extract_mentions(text, lang))
    assert found[surface].entity_id == entity_id


@pytest.mark.parametrize(
    ("lang", "text", "person", "role"),
    [
        (
            "en",
            "Ukrainian forces shot down 500 drones, according to air force spokesman Yuriy Ihnat.",
            "Yuriy Ihnat",
            "spokesman",
        ),
        (
            "en",
            "The city was left without power, said Kirylo Timoshenko, deputy chief of staff of the presidency.",
            "Kirylo Timoshenko",
            "deputy chief of staff",
        ),
        (
            "fr",
            "Selon le porte-parole Jean Dupont, la frappe a échoué.",
            "Jean Dupont",
            "porte-parole",
        ),
        (
            "de",
            "Das sagte Regierungssprecher Steffen Hebestreit in Berlin.",
            "Steffen Hebestreit",
            "Regierungssprecher",
        ),
        (
            "es",
            "El portavoz Juan Pérez dijo que la Fuerza Aérea derribó 20 drones.",
            "Juan Pérez",
            "portavoz",
        ),
        (
            "ru",
            "По словам представителя Воздушных сил Украины Юрия Игната, сбиты 12 дронов.",
            "Юрия Игната",
            "представитель",
        ),
        (
            "uk",
            "Речник Повітряних сил Юрій Ігнат повідомив про атаку.",
            "Юрій Ігнат",
            "речник Повітряних сил",
        ),
    ],
)
def test_roles_attach_to_the_person_they_describe(
    lang: str, text: str, person: str, role: str
) -> None:
    found = _by_text(extract_mentions(text, lang))
    assert found[person].type == "person"
    assert found[person].role == role


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        (
            "en",
            "Anti-aircraft systems shot down 10 drones in the Kherson, Mykolaiv and Odessa regions.",
            "Kherson",
            "UA",
        ),
        (
            "en",
            "The factory is located 600 miles east of Moscow in the Tatarstan region.",
            "Tatarstan",
            "RU",
        ),
        ("fr", "Une frappe a visé une usine d'armement à Ispahan.", "Ispahan", "IR"),
        ("de", "In der Nacht griffen Drohnen die Stadt Charkiw an.", "Charkiw", "UA"),
        ("es", "Los drones atacaron Odesa durante la noche.", "Odesa", "UA"),
        ("ru", "Беспилотники атаковали объекты в Херсоне.", "Херсоне", "UA"),
        ("uk", "Над Миколаївщиною збито шість дронів.", "Миколаївщиною", "UA"),
    ],
)
def test_places_resolve_to_a_country(lang: str, text: str, place: str, country: str) -> None:
    found = _by_text(extract_mentions(text, lang))
    assert found[place].country == country


def test_organisations_by_their_words_in_several_languages() -> None:
    assert _by_text(extract_mentions("A report by the Kyiv School of Economics said so.", "en"))[
        "Kyiv School of Economics"
    ].type in ("org", "outlet", "name")
    ru = _by_text(
        extract_mentions("Как заявило Министерство обороны Белоруссии, учения завершены.", "ru")
    )
    assert ru["Министерство обороны Белоруссии"].type == "org"
    uk = _by_text(
        extract_mentions("Як повідомило Міністерство оборони Польщі, літак злетів.", "uk")
    )
    assert uk["Міністерство оборони Польщі"].type == "org"


def test_a_german_noun_is_not_a_name_but_a_german_full_name_is() -> None:
    found = _by_text(
        extract_mentions("Die Luftabwehr meldete Treffer, sagte Juri Ignat am Abend.", "de")
    )
    assert "Luftabwehr" not in found and "Treffer" not in found
    assert found["Juri Ignat"].entity_id == "yuriy-ihnat"
