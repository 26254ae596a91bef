"""Russian wire reports and official statements (ТАСС, РИА Новости, the defence ministry's overnight
summaries, regional governors on Telegram): who told what. A medium ("в своем Telegram-канале",
"на своей странице в Facebook", "в интервью телеканалу") or an addressee ("заявил *РИА Новости*
источник") is never the teller."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions


def _told(text: str) -> list[tuple[str, list[str]]]:
    """(source span as written, chain names) of every attribution told in the sentence."""
    return [
        (text[a.source_span.start : a.source_span.end], [s.name for s in a.chain])
        for a in find_attributions(text, "ru", kinds=ALL_KINDS)
        if a.source_span is not None and not a.inherited
    ]


@pytest.mark.parametrize(
    ("text", "span", "chain"),
    [
        # a medium between the teller and the verb is where it was said, not who said it
        (
            "Песков в своем Telegram-канале сообщил, что переговоры продолжатся.",
            "Песков",
            ["Песков"],
        ),
        (
            "Песков в своем телеграм-канале сообщил, что переговоры продолжатся.",
            "Песков",
            ["Песков"],
        ),
        (
            "Подоляк на своей странице в Facebook заявил, что переговоры продолжатся.",
            "Подоляк",
            ["Подоляк"],
        ),
        (
            "Глава региона Вячеслав Гладков в своем телеграм-канале сообщил, что в результате атаки пострадали два человека.",
            "Глава региона Вячеслав Гладков",
            ["Вячеслав Гладков"],
        ),
        (
            "Министр обороны Андрей Белоусов в интервью телеканалу «Россия-1» заявил, что производство выросло.",
            "Министр обороны Андрей Белоусов",
            ["Андрей Белоусов"],
        ),
        # an outlet after the verb, before the teller, is the addressee
        (
            "Об этом заявил РИА Новости источник в силовых структурах.",
            "источник",
            ["источник"],
        ),
        (
            "Как заявил ТАСС источник в оборонно-промышленном комплексе, производство выросло вдвое.",
            "источник",
            ["источник"],
        ),
        # a relay's link is no part of the body that told it; an opener pointing back inverts the verb
        (
            "Как сообщили в Минобороны России, за ночь средства ПВО уничтожили 41 беспилотник.",
            "Минобороны России",
            ["Минобороны России"],
        ),
        (
            "Об этом сообщил губернатор Вячеслав Гладков.",
            "губернатор Вячеслав Гладков",
            ["Вячеслав Гладков"],
        ),
        (
            "Об этом сообщает ТАСС.",
            "ТАСС",
            ["ТАСС"],
        ),
        # a body after a link opening the sentence speaks through a verb with no subject
        (
            "В Минобороны РФ заявили, что ночью были сбиты 30 беспилотников.",
            "Минобороны РФ",
            ["Минобороны РФ"],
        ),
        (
            "В Кремле заявили, что переговоры продолжатся.",
            "Кремле",
            ["Кремле"],
        ),
        # wire sentences that were right already
        (
            "Губернатор Белгородской области Вячеслав Гладков сообщил в Telegram, что пострадали два человека.",
            "Губернатор Белгородской области Вячеслав Гладков",
            ["Вячеслав Гладков"],
        ),
        (
            "По данным Минобороны, над территорией Курской области были перехвачены 12 дронов.",
            "Минобороны",
            ["Минобороны"],
        ),
        (
            "Представитель МИД Мария Захарова заявила журналистам, что Москва ответит.",
            "Представитель МИД Мария Захарова",
            ["Мария Захарова"],
        ),
        (
            "«Переговоры продолжатся», — заявил Песков журналистам.",
            "Песков",
            ["Песков"],
        ),
        (
            "Пресс-секретарь президента Дмитрий Песков заявил РИА Новости, что Кремль не получал предложений.",
            "Пресс-секретарь президента Дмитрий Песков",
            ["Дмитрий Песков"],
        ),
        (
            "По словам Пескова, Кремль не получал предложений.",
            "Пескова",
            ["Пескова"],
        ),
        (
            "Агентство Bloomberg со ссылкой на источники сообщает, что производство выросло.",
            "Агентство Bloomberg",
            ["Bloomberg", "источники"],
        ),
        (
            "Минобороны России сообщило, что за ночь над регионами были уничтожены 40 украинских беспилотников.",
            "Минобороны России",
            ["Минобороны России"],
        ),
        # a gerund ends in a vowel and «в»; a surname in «-ов» stays a teller
        (
            "Лавров заявил, что Москва ответит.",
            "Лавров",
            ["Лавров"],
        ),
    ],
)
def test_the_teller_of_a_ru_wire_sentence(text: str, span: str, chain: list[str]) -> None:
    """The source span as written and the chain of tellers."""
    assert _told(text) == [(span, chain)]
