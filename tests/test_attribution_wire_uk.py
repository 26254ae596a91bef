"""Ukrainian wire reports and official statements (the Air Force's overnight summaries, regional
heads on Telegram, Укрінформ interviews): who told what. A medium ("у своєму Telegram-каналі",
"в інтерв'ю Укрінформу") is never the teller; "Про це повідомляє ..." names the teller after the verb."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions


def _told(text: str) -> list[tuple[str, list[str]]]:
    """(source span as written, chain names) of every attribution told in the sentence."""
    return [
        (text[a.source_span.start : a.source_span.end], [s.name for s in a.chain])
        for a in find_attributions(text, "uk", kinds=ALL_KINDS)
        if a.source_span is not None and not a.inherited
    ]


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
    assert _told(text) == [(span, chain)]
