"""Rule families of the cleaner, with cases in every supported language: site furniture, teaser
lists, bylines and credit lines, date widgets and datelines, repeated blocks."""

from __future__ import annotations

import pytest

from claimgraph.clean import clean_document, clean_flat_text
from claimgraph.clean.calendar import normalise_date, parse_date_line
from claimgraph.clean.credits import parse_byline, parse_credit
from claimgraph.clean.furniture import load_furniture
from claimgraph.records import RawDocument

# One realistic flattened page per language: header widgets, headline, byline, two paragraphs,
# a teaser list, a comment prompt. (widget date, title, byline, outlet, first, last, furniture)
PAGES = {
    "en": (
        "8°C\nTuesday, May 21, 2024\nMenu\nDrones hit the port of Odesa overnight\nBy Jane Doe - Reuters\n"
        "Russia launched 40 drones at the port of Odesa overnight, the air force said on Tuesday.\n"
        "Air defences shot down 35 of them, according to the regional governor.\n"
        "Related stories\nUkraine says it repelled an attack\nThe army said on Monday that...\n"
        "Leave a Reply\nShare on Facebook",
        "2024-05-21",
        "Drones hit the port of Odesa overnight",
        "Jane Doe",
        "Reuters",
    ),
    "fr": (
        "12 °C\nmardi 21 mai 2024\nAccueil\nDes drones frappent le port d'Odessa dans la nuit\nPar Jean Dupont, AFP\n"
        "La Russie a lancé 40 drones sur le port d'Odessa dans la nuit, a indiqué l'armée de l'air mardi.\n"
        "La défense antiaérienne en a abattu 35, selon le gouverneur régional.\n"
        "À lire aussi\nL'Ukraine affirme avoir repoussé une attaque\nL'armée a déclaré lundi que...\n"
        "Laisser un commentaire\nPartager sur Facebook",
        "2024-05-21",
        "Des drones frappent le port d'Odessa dans la nuit",
        "Jean Dupont",
        "AFP",
    ),
    "de": (
        "12 °C\nDienstag, 21. Mai 2024\nStartseite\nDrohnen treffen den Hafen von Odessa\nVon Anna Müller | dpa\n"
        "Russland hat in der Nacht 40 Drohnen auf den Hafen von Odessa abgefeuert, teilte die Luftwaffe mit.\n"
        "Die Flugabwehr schoss nach Angaben des Gouverneurs 35 davon ab.\n"
        "Das könnte Sie auch interessieren\nUkraine wehrt Angriff ab\nDie Armee teilte am Montag mit, dass...\n"
        "Kommentare (3)\nTeilen",
        "2024-05-21",
        "Drohnen treffen den Hafen von Odessa",
        "Anna Müller",
        "dpa",
    ),
    "es": (
        "12 °C\nmartes, 21 de mayo de 2024\nInicio\nDrones atacan el puerto de Odesa durante la noche\nPor María García - EFE\n"
        "Rusia lanzó 40 drones contra el puerto de Odesa durante la noche, informó la fuerza aérea el martes.\n"
        "La defensa antiaérea derribó 35 de ellos, según el gobernador regional.\n"
        "Noticias relacionadas\nUcrania dice que repelió un ataque\nEl ejército dijo el lunes que...\n"
        "Deja un comentario\nCompartir en Facebook",
        "2024-05-21",
        "Drones atacan el puerto de Odesa durante la noche",
        "María García",
        "EFE",
    ),
    "ru": (
        "+12 °C\nвторник, 21 мая 2024 г.\nГлавная\nДроны атаковали порт Одессы ночью\nАвтор: Иван Петров\n"
        "Ночью Россия выпустила 40 беспилотников по порту Одессы, сообщили в воздушных силах во вторник.\n"
        "Силы ПВО сбили 35 из них, по словам губернатора области.\n"
        "Читайте также\nУкраина заявила об отражении атаки\nВ армии в понедельник заявили, что...\n"
        "Источник: Интерфакс\nКомментарии (0)\nПоделиться",
        "2024-05-21",
        "Дроны атаковали порт Одессы ночью",
        "Иван Петров",
        "Интерфакс",
    ),
    "uk": (
        "+12 °C\nвівторок, 21 травня 2024 року\nГоловна\nДрони атакували порт Одеси вночі\nАвтор: Олена Коваленко\n"
        "Вночі Росія випустила 40 дронів по порту Одеси, повідомили в Повітряних силах у вівторок.\n"
        "Сили ППО збили 35 з них, за словами голови обласної адміністрації.\n"
        "Читайте також\nУкраїна заявила про відбиття атаки\nУ війську в понеділок заявили, що...\n"
        "Джерело: Укрінформ\nКоментарі (2)\nПоділитися",
        "2024-05-21",
        "Дрони атакували порт Одеси вночі",
        "Олена Коваленко",
        "Укрінформ",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_flattened_news_page_in_each_language(lang):
    text, widget_date, title, byline, outlet = PAGES[lang]
    lines = text.split("\n")
    doc = clean_document(
        RawDocument(f"{lang}.txt", text.encode(), "text/plain", hints={"text": text})
    )
    assert doc.title == title
    assert doc.byline == byline
    assert doc.outlet == outlet
    assert doc.language == lang
    # The body is exactly the two article paragraphs.
    body_lines = doc.body_text.split("\n")
    assert body_lines == [lines[5], lines[6]]
    # The widget date is the page's date, not the article's.
    assert doc.published.value is None
    assert doc.published.page_date == widget_date
    reasons = {r.reason for r in doc.removed}
    assert {"boilerplate:weather-widget", "boilerplate:date-widget", "boilerplate:menu"} <= reasons
    assert "boilerplate:teaser" in reasons
    assert "boilerplate:comments" in reasons
    removed_text = "\n".join(doc.text[r.start : r.end] for r in doc.removed)
    for line in lines[7:]:
        assert line in removed_text


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Please enter your comment!", "comments"),
        ("- Never miss a story with notifications", "notifications"),
        ("Sign up for our newsletter to get the latest news", "subscription"),
        ("Abonnez-vous pour lire la suite", "subscription"),
        ("Kommentare (12)", "comments"),
        ("Lesezeit: 4 Minuten", "reading-time"),
        ("Suscríbete a nuestro boletín", "subscription"),
        ("Подписывайтесь на наш канал в Telegram", "subscription"),
        ("Підписуйтесь на наш Telegram-канал", "subscription"),
        ("Facebook | Twitter | Telegram", "social-buttons"),
        ("© 2024 Example Media. All rights reserved.", "copyright"),
        ("-3.5 C", "weather-widget"),
    ],
)
def test_furniture_lexicon_recognises_real_site_furniture(line, category):
    assert load_furniture().classify(line) == category


@pytest.mark.parametrize(
    "prose",
    [
        "Subscribers to the service said the drones were launched from Crimea on Monday night, "
        "according to officials who asked not to be named because they were not authorised.",
        "Russia launched 40 drones overnight.",
        "Les commentaires du ministre ont été publiés mardi.",
        "Комментарии министра были опубликованы во вторник.",
        "12 drones",
    ],
)
def test_prose_is_not_furniture(prose):
    assert load_furniture().classify(prose) is None


@pytest.mark.parametrize(
    ("line", "byline", "outlet"),
    [
        ("ByNews Desk- The Cradle", "News Desk", "The Cradle"),
        ("By Jane Doe", "Jane Doe", None),
        ("Par Jean de la Fontaine, AFP", "Jean de la Fontaine", "AFP"),
        ("Von Ursula von der Leyen", "Ursula von der Leyen", None),
        ("Por María García - EFE", "María García", "EFE"),
        ("Автор: Иван Петров", "Иван Петров", None),
        ("Автор: Олена Коваленко", "Олена Коваленко", None),
    ],
)
def test_bylines(line, byline, outlet):
    credit = parse_byline(line, load_furniture())
    assert credit is not None
    assert (credit.byline, credit.outlet) == (byline, outlet)


@pytest.mark.parametrize(
    "line", ["Bypass road closed", "By the end of the year, output doubled.", "Von Montag an"]
)
def test_sentences_starting_like_a_byline_are_not_bylines(line):
    assert parse_byline(line, load_furniture()) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("source: rnd", "rnd"),
        ("Quelle: dpa", "dpa"),
        ("Avec AFP", "AFP"),
        ("Fuente: Europa Press", "Europa Press"),
        ("Источник: ТАСС", "ТАСС"),
        ("Джерело: Укрінформ", "Укрінформ"),
    ],
)
def test_credit_lines(line, outlet):
    credit = parse_credit(line, load_furniture())
    assert credit is not None and credit.outlet == outlet


def test_a_sentence_starting_with_source_is_not_a_credit():
    assert parse_credit("Source of the trouble is here", load_furniture()) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Tuesday, May 21, 2024", "2024-05-21"),
        ("April the 27th, 2024", "2024-04-27"),
        ("mardi 21 mai 2024", "2024-05-21"),
        ("1er mars 2023", "2023-03-01"),
        ("Dienstag, 21. Mai 2024, 10:45 Uhr".replace(" Uhr", ""), "2024-05-21"),
        ("21.05.2024 10:45", "2024-05-21"),
        ("viernes, 3 de marzo de 2023", "2023-03-03"),
        ("20 марта 2023 г.", "2023-03-20"),
        ("14 березня 2023 року", "2023-03-14"),
        ("2023-03-20", "2023-03-20"),
        ("March 2023", "2023-03"),
    ],
)
def test_date_only_lines(line, iso):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "April the 27th, 2024 – The Croatian Dalekovod company...",
        "On May 21, 2024 drones hit Odesa",
        "11.8 C",
        "31 February 2024",
        "6,000 drones",
    ],
)
def test_lines_that_are_not_only_a_date(line):
    assert parse_date_line(line) is None


def test_container_dates_normalise_to_iso():
    assert normalise_date("2023-01-15T10:00:00Z") == "2023-01-15"
    assert normalise_date("Tue, 21 May 2024 10:00:00 GMT") == "2024-05-21"
    assert normalise_date("21 мая 2024") == "2024-05-21"
    assert normalise_date("not a date") is None


def test_a_date_under_the_headline_is_the_dateline():
    text = (
        "Drones hit the port of Odesa\n20 марта 2023 г.\n"
        "Russia launched 40 drones at the port of Odesa overnight, the air force said.\n"
        "Air defences shot down 35 of them, the governor said."
    )
    doc = clean_document(RawDocument("d.txt", text.encode(), "text/plain", hints={"text": text}))
    assert (doc.published.value, doc.published.source) == ("2023-03-20", "dateline")
    assert 0 < doc.published.confidence < 1
    assert doc.published.page_date is None


def test_a_container_date_beats_everything_and_keeps_the_widget_as_page_date():
    text = PAGES["en"][0]
    raw = RawDocument(
        "feed#1", text.encode(), "text/plain", hints={"text": text, "published": "2023-01-15"}
    )
    doc = clean_document(raw)
    assert (doc.published.value, doc.published.source) == ("2023-01-15", "container")
    assert doc.published.page_date == "2024-05-21"


def test_container_title_and_outlet_win_over_guesses():
    text = "Breaking\nRussia launched 40 drones at Odesa overnight, the air force said on Tuesday."
    raw = RawDocument(
        "x.jsonl#L3",
        text.encode(),
        "text/plain",
        hints={"text": text, "title": "Breaking", "outlet": "Kyiv Independent"},
    )
    doc = clean_document(raw)
    assert doc.title == "Breaking"
    assert doc.outlet == "Kyiv Independent"
    assert doc.body_text == text.split("\n")[1]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_block_printed_twice_is_kept_once(lang):
    text = PAGES[lang][0]
    lines = text.split("\n")
    paragraphs = "\n".join(lines[5:7])
    doubled = "\n".join(lines[:7]) + "\n" + paragraphs + "\n" + "\n".join(lines[7:])
    result = clean_flat_text(doubled)
    body = "\n".join(doubled[s.start : s.end] for s in result.body)
    assert body == paragraphs
    (copy,) = [r for r in result.removed if r.reason.startswith("repeat-of:")]
    start, end = (int(x) for x in copy.reason.removeprefix("repeat-of:").split("-"))
    assert doubled[copy.start : copy.end] == doubled[start:end] == paragraphs


def test_text_with_no_lines_has_no_body():
    doc = clean_document(RawDocument("e.txt", b"  \n\n", "text/plain", hints={"text": "  \n\n"}))
    assert doc.body == [] and doc.body_text == ""
    assert doc.language is None and doc.language_confidence == 0.0
    assert doc.published.source == "unknown"


def test_huge_lines_and_digit_runs_are_cleaned_in_one_pass():
    # Linear-time guard: a 1 MB line without breaks and 100,000 digits must not hang any rule.
    text = ("drone " * 170_000) + "\n" + ("7" * 100_000) + "\n" + ("- " * 50_000)
    doc = clean_document(RawDocument("big.txt", text.encode(), "text/plain", hints={"text": text}))
    assert sum(len(s) for s in doc.body) >= 1_000_000


def test_short_lines_that_recur_are_structure_not_copies():
    text = (
        "Weekly drone report\n"
        "The air force publishes a summary of the night's attacks every morning at eight.\n"
        "Monday\nDrones launched: 40\nShot down by air defences\n"
        "Tuesday\nDrones launched: 25\nShot down by air defences\n"
    )
    result = clean_flat_text(text)
    body = "\n".join(text[s.start : s.end] for s in result.body)
    assert body.count("Shot down by air defences") == 2
    assert not any(r.reason.startswith("repeat-of:") for r in result.removed)


def test_a_single_long_paragraph_printed_again_is_a_copy():
    paragraph = (
        "Russia launched forty drones at the port of Odesa overnight, the air force said on "
        "Tuesday, adding that air defences shot down thirty-five of them over the southern regions."
    )
    text = f"Drones hit Odesa\n{paragraph}\nThe governor said a warehouse burned.\n{paragraph}\n"
    result = clean_flat_text(text)
    body = "\n".join(text[s.start : s.end] for s in result.body)
    assert body.count(paragraph) == 1


def test_a_telegram_message_keeps_its_first_line_in_the_body():
    text = (
        "⚡ Air defence shot down 35 of 40 drones overnight\nDebris fell on a warehouse in Odesa."
    )
    raw = RawDocument(
        "https://t.me/example/42",
        text.encode(),
        "text/plain",
        hints={"text": text, "outlet": "Example channel", "published": "2024-05-21T06:10:00"},
    )
    doc = clean_document(raw)
    assert doc.title is None
    assert doc.body_text == text
    assert (doc.published.value, doc.published.source) == ("2024-05-21", "container")
