"""Tellers and the words opening a sentence: an adverbial opening ("Last week,", "Hours later,",
"Despite ...,") names no teller, and a verb-second sentence opening on a phrase ("In einer
Erklärung sagte der Minister") has its teller after the verb."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions


def _tellers(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (text[a.source_span.start : a.source_span.end], text[a.cue.start : a.cue.end])
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.source_span is not None and a.cue is not None
    ]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Last week, the campaign called on the agency to act and said the review was late.",
            "the campaign",
        ),
        ("Hours later, Trump thanked Adelson, telling Reuters they were friends.", "Trump"),
        ("Minutes later, she sent an email saying it was done.", "she"),
        ("Despite challenging the leader, Cruz said he could work with him.", "Cruz"),
    ],
)
def test_an_opening_phrase_is_no_teller_en(text: str, teller: str) -> None:
    tellers = [t for t, _ in _tellers(text, "en")]
    assert teller in tellers
    assert all(t.split()[0] not in {"Last", "Hours", "Minutes", "Despite"} for t in tellers)


@pytest.mark.parametrize(
    "text",
    [
        "Having announced that he would not send me to prison, the judge handed down his sentence.",
        "Since announcing in October that he would not run, Mr. Biden has been loyal.",
    ],
)
def test_a_participle_opening_names_no_teller_en(text: str) -> None:
    assert all(t.split()[0] not in {"Having", "Since"} for t, _ in _tellers(text, "en"))


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("de", "In einer Erklärung sagte der Minister, die Lage sei ernst.", "der Minister"),
        ("de", "In einem Interview sagte sie, die Lage sei ernst.", "sie"),
        (
            "fr",
            "Dans un communiqué, le ministre a déclaré que la situation était grave.",
            "le ministre",
        ),
        ("es", "En un comunicado, el ministro dijo que la situación era grave.", "el ministro"),
        ("en", "In a statement, the minister said the situation was serious.", "the minister"),
        ("ru", "В заявлении министр сказал, что ситуация серьёзная.", "министр"),
        ("uk", "У заяві міністр сказав, що ситуація серйозна.", "міністр"),
    ],
)
def test_the_teller_after_an_opening_statement_phrase(lang: str, text: str, teller: str) -> None:
    tellers = [t for t, _ in _tellers(text, lang)]
    assert tellers == [teller]


def test_a_verb_second_statement_says_what_follows_the_teller_de() -> None:
    text = "In einer Erklärung sagte der Minister, die Lage sei ernst."
    (att,) = find_attributions(text, "de")
    assert text[att.content.start : att.content.end] == "die Lage sei ernst"


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Trump at the time said he had asked his people to look into it.", "Trump"),
        ("The report on Wednesday for the first time cited a 2013 memo.", "The report"),
        ("When Fiorina a month later announced 6,000 layoffs, workers felt betrayed.", "Fiorina"),
    ],
)
def test_a_time_phrase_before_the_verb_is_no_teller_en(text: str, teller: str) -> None:
    assert [t for t, _ in _tellers(text, "en")] == [teller]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Washington (AFP) – Democrat Hillary Clinton took a swipe at Trump, saying that "
            "his comments do more harm than good.",
            "Democrat Hillary Clinton",
        ),
        (
            "WASHINGTON, June 24 (UPI) — The senator unveiled her first ad, criticizing the "
            "proposals.",
            "The senator",
        ),
    ],
)
def test_a_dateline_is_no_teller_en(text: str, teller: str) -> None:
    assert teller in [t for t, _ in _tellers(text, "en")]
    assert all("(" not in t for t, _ in _tellers(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Trotz der Kritik sagte der Minister, die Lage sei ernst.",
        "Letzte Woche sagte der Minister, die Lage sei ernst.",
        "Stunden später sagte der Minister, die Lage sei ernst.",
    ],
)
def test_an_opening_phrase_before_a_verb_second_de(text: str) -> None:
    assert [t for t, _ in _tellers(text, "de")] == ["der Minister"]


def test_a_subordinate_clause_keeps_its_subject_en() -> None:
    text = "Since Trump said the wall would be built, the debate has changed."
    assert ("Trump", "said") in _tellers(text, "en")


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Clinton had 2,205 delegates, according to a tally by the Associated Press.",
            "a tally by the Associated Press",
        ),
        (
            "Sales grew, according to a recent report from Bloomberg New Energy Finance.",
            "a recent report from Bloomberg New Energy Finance",
        ),
        (
            "The evidence is weak, according to a court document filed by state attorney Dave "
            "Aronberg.",
            "a court document filed by state attorney Dave Aronberg",
        ),
        ("The plan failed, according to Reuters.", "Reuters"),
    ],
)
def test_according_to_a_document_names_its_author_en(text: str, teller: str) -> None:
    assert [t for t, _ in _tellers(text, "en")] == [teller]


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        ("Warren, who has not endorsed a candidate, told reporters in Boston.", "Warren", "told"),
        (
            "A White House official, who requested anonymity, said the president called him.",
            "A White House official",
            "said",
        ),
    ],
)
def test_a_relative_clause_after_the_teller_is_not_its_name_en(
    text: str, teller: str, cue: str
) -> None:
    assert (teller, cue) in _tellers(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "fr",
            "Le ministre, qui a refusé de commenter, a déclaré que la situation était grave.",
            "Le ministre",
        ),
        (
            "ru",
            "Министр, который отказался от комментариев, заявил, что ситуация серьёзная.",
            "Министр",
        ),
        ("uk", "Міністр, який відмовився від коментарів, заявив, що ситуація серйозна.", "Міністр"),
    ],
)
def test_a_relative_clause_after_the_teller_is_not_its_name(
    lang: str, text: str, teller: str
) -> None:
    assert [t for t, _ in _tellers(text, lang)] == [teller]


def test_an_apposition_role_stays_with_the_teller_en() -> None:
    text = "Paul Maslin, a Democratic pollster, said the race was close."
    assert _tellers(text, "en") == [("Paul Maslin, a Democratic pollster,", "said")]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Marco Rubio, whose hometown, Miami, is projected to flood, argues that it is fine.",
            "Marco Rubio",
        ),
        (
            "Mr. Slinker, whose latest start-up, Paradata, uses big data, said the race was close.",
            "Mr. Slinker",
        ),
    ],
)
def test_the_teller_opens_a_run_of_phrases_set_off_by_commas_en(text: str, teller: str) -> None:
    assert [t for t, _ in _tellers(text, "en")] == [teller]


def test_an_opening_phrase_before_the_apposition_is_no_teller_en() -> None:
    assert _tellers("Asked about it, Trump, a billionaire, said no.", "en") == [
        ("Trump, a billionaire,", "said")
    ]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Sunday morning, Clinton slammed the shift and accused Sanders of a flip-flop.",
            "Clinton",
        ),
        ("Eight years ago, he supported Obama and said the party had changed.", "he"),
    ],
)
def test_a_time_phrase_opening_the_sentence_is_no_teller_en(text: str, teller: str) -> None:
    assert {t for t, _ in _tellers(text, "en")} == {teller}
