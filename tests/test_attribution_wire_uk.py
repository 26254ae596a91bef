"""Ukrainian wire reports and official statements (the Air Force's overnight summaries, regional
heads on Telegram, Укрінформ interviews): who told what. A medium ("у своєму Telegram-каналі",
"в інтерв'ю Укрінформу") is never the teller; "Про це повідомляє ..." names the teller after the verb."""

from __future__ import annotations

import pytest

from attribution_pairs import told_chains
from claimgraph.extract.attribution import ALL_KINDS, attribution_for, find_attributions
from claimgraph.records import Span


@pytest.mark.parametrize(
    ("text", "span", "chain"),
    [
        # a medium between the teller and the verb is where it was said, not who said it
        (
            "Зеленський у своєму Telegram-каналі повідомив, що переговори тривають.",
            "Зеленський",
            ["Зеленський"],
        ),
        (
            "Голова ОВА Олег Синєгубов у своєму Telegram-каналі повідомив, що внаслідок обстрілу поранено трьох людей.",
            "Голова ОВА Олег Синєгубов",
            ["Олег Синєгубов"],
        ),
        (
            "Андрій Єрмак на своїй сторінці у Facebook написав, що переговори тривають.",
            "Андрій Єрмак",
            ["Андрій Єрмак"],
        ),
        (
            "Речник Повітряних сил Юрій Ігнат сказав в інтерв'ю Укрінформу, що росіяни змінили тактику.",
            "Речник Повітряних сил Юрій Ігнат",
            ["Юрій Ігнат"],
        ),
        (
            "Речник Повітряних сил Юрій Ігнат заявив в ефірі телемарафону, що росіяни змінили тактику.",
            "Речник Повітряних сил Юрій Ігнат",
            ["Юрій Ігнат"],
        ),
        # an opener pointing back inverts the verb; a medium after the verb is skipped
        (
            "Про це сказав в інтерв'ю Укрінформу речник Повітряних сил Юрій Ігнат.",
            "речник Повітряних сил Юрій Ігнат",
            ["Юрій Ігнат"],
        ),
        (
            "Про це повідомляє Українська правда з посиланням на джерела в Офісі президента.",
            "Українська правда",
            ["Українська правда", "джерела в Офісі президента"],
        ),
        (
            "Як повідомили в Повітряних силах, з 85 дронів вдалося знешкодити 60.",
            "Повітряних силах",
            ["Повітряних силах"],
        ),
        # a body after a link opening the sentence speaks through a verb with no subject
        (
            "У Повітряних силах ЗСУ повідомили, що збито 60 із 85 дронів.",
            "Повітряних силах ЗСУ",
            ["Повітряних силах ЗСУ"],
        ),
        # a medium after the opener; a name in quotes; "під час" ends the teller
        (
            "Про це у Telegram повідомив начальник Харківської ОВА Олег Синєгубов.",
            "начальник Харківської ОВА Олег Синєгубов",
            ["Олег Синєгубов"],
        ),
        (
            "Як повідомляє «Українська правда» з посиланням на джерела, переговори тривають.",
            "Українська правда",
            ["Українська правда", "джерела"],
        ),
        (
            "Про це заявив президент Володимир Зеленський під час пресконференції.",
            "президент Володимир Зеленський",
            ["Володимир Зеленський"],
        ),
        (
            "Про це повідомляє пресслужба Повітряних сил.",
            "пресслужба Повітряних сил",
            ["пресслужба Повітряних сил"],
        ),
        # a role's complement closed by an abbreviation is no part of the name
        (
            "Начальник Одеської ОВА Олег Кіпер повідомив, що поранено трьох людей.",
            "Начальник Одеської ОВА Олег Кіпер",
            ["Олег Кіпер"],
        ),
        # a citation with modifiers before the teller word; the citation closes at its comma
        (
            "Як повідомляє Reuters з посиланням на американських посадовців, переговори тривають.",
            "Reuters",
            ["Reuters", "американських посадовців"],
        ),
        # an outlet told in the dative, inflected
        (
            "Як розповів Укрінформу речник Повітряних сил Юрій Ігнат, росіяни змінили тактику.",
            "речник Повітряних сил Юрій Ігнат",
            ["Юрій Ігнат"],
        ),
        (
            "Про це розповів Укрінформу речник Повітряних сил Юрій Ігнат.",
            "речник Повітряних сил Юрій Ігнат",
            ["Юрій Ігнат"],
        ),
        (
            "Про це Укрінформу повідомили в Повітряних силах.",
            "Повітряних силах",
            ["Повітряних силах"],
        ),
        # a medium closing the teller after the verb
        (
            "Російські війська вночі атакували Україну 85 дронами, з них 60 збито, повідомили у Повітряних силах ЗСУ в Telegram.",
            "Повітряних силах ЗСУ",
            ["Повітряних силах ЗСУ"],
        ),
        # an anonymous teller keeps its complement
        (
            "Постачання триватимуть, повідомило Укрінформу джерело в оборонному відомстві.",
            "джерело в оборонному відомстві",
            ["джерело в оборонному відомстві"],
        ),
        # wire sentences that were right already
        (
            "Повітряні сили ЗСУ повідомили, що вночі росіяни атакували 85 ударними БпЛА.",
            "Повітряні сили ЗСУ",
            ["Повітряні сили ЗСУ"],
        ),
        (
            "Повітряні сили ЗСУ повідомили в Telegram, що збито 60 із 85 дронів.",
            "Повітряні сили ЗСУ",
            ["Повітряні сили ЗСУ"],
        ),
        (
            "За даними Генштабу, російські втрати за добу склали 1200 осіб.",
            "Генштабу",
            ["Генштабу"],
        ),
        (
            "За словами Ігната, росіяни змінили тактику.",
            "Ігната",
            ["Ігната"],
        ),
        (
            "Міністр закордонних справ Андрій Сибіга заявив Reuters, що Україна потребує ППО.",
            "Міністр закордонних справ Андрій Сибіга",
            ["Андрій Сибіга"],
        ),
        (
            "«Ми збили 60 дронів», – сказав Ігнат.",
            "Ігнат",
            ["Ігнат"],
        ),
        (
            "Сили оборони знешкодили 45 дронів, повідомили в Повітряних силах.",
            "Повітряних силах",
            ["Повітряних силах"],
        ),
    ],
)
def test_the_teller_of_a_uk_wire_sentence(text: str, span: str, chain: list[str]) -> None:
    """The source span as written and the chain of tellers."""
    assert told_chains(text, "uk") == [(span, chain)]


def test_a_subject_after_a_closed_citation_speaks_for_itself() -> None:
    """ "Як пише Reuters з посиланням на джерела, Росія хоче ...": Russia's intention is
    relayed by Reuters and its sources; Russia, not Reuters, is the one who wants."""
    text = "Як пише Reuters з посиланням на джерела, Росія хоче виробити 6000 дронів."
    assert told_chains(text, "uk") == [
        ("Reuters", ["Reuters", "джерела"]),
        ("Росія", ["Reuters", "джерела", "Росія"]),
    ]


def test_an_opener_pointing_back_tells_the_sentence_before() -> None:
    """ "За ніч збито 60 із 85 дронів. Про це повідомили в Повітряних силах.": the figure of the first sentence is told by the teller of the second."""
    text = "За ніч збито 60 із 85 дронів. Про це повідомили в Повітряних силах."
    attributions = find_attributions(text, "uk", kinds=ALL_KINDS)
    at = text.index("60")
    held = attribution_for(attributions, Span(at, at + len("60")))
    assert held is not None
    assert [s.name for s in held.chain] == ["Повітряних силах"]
