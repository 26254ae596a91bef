"""A relative word after a teller and a comma speaks for that teller ("The union, which
endorsed ..."), and the relative clause ends at its closing comma, so the main clause's own verb
is told by the subject, not by the relative clause."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions


def _found(text: str, lang: str = "en") -> list[tuple[str, str, str, list[str]]]:
    return [
        (
            text[a.source_span.start : a.source_span.end],
            text[a.cue.start : a.cue.end],
            text[a.content.start : a.content.end],
            [s.name for s in a.chain],
        )
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.source_span is not None and a.cue is not None
    ]


def test_which_after_a_comma_tells_for_the_phrase_before_it():
    text = (
        "The Ohio Education Association, which endorsed the governor in March, is expected to campaign"
        " for him across the state."
    )
    (teller, cue, _, chain), *_ = _found(text)
    assert (teller, cue) == ("which", "endorsed")
    assert chain == ["Ohio Education Association"]


def test_the_relative_clause_stops_at_its_comma_and_the_subject_speaks_after_it():
    text = (
        "The Huffington Post, which originally said it would cover the race in its"
        " entertainment section, said on Friday that it had changed course."
    )
    found = _found(text)
    relative = next(f for f in found if f[0] == "which")
    assert relative[1] == "originally said"
    assert "changed course" not in relative[2]
    main = next(f for f in found if f[1] == "said")
    assert main[0] == "The Huffington Post"
    assert main[2] == "it had changed course"


def test_who_after_a_comma_keeps_its_clause_to_itself():
    text = "Sen. Claire Reed, who has endorsed the mayor, said the plan would pass."
    found = _found(text)
    assert ("who", "has endorsed") in [(f[0], f[1]) for f in found]
    said = next(f for f in found if f[1] == "said")
    assert said[2] == "the plan would pass"
    assert "said" not in next(f for f in found if f[0] == "who")[2]


@pytest.mark.parametrize(
    "text",
    [
        "A new poll that shows the senator ahead was released on Monday.",  # restrictive "that"
        "The hall in which the candidates debated was full.",  # no comma: no teller
        "It rained so that nobody came.",
    ],
)
def test_no_teller_without_a_comma_before_the_relative_word(text: str):
    assert all(f[0].lower() not in ("that", "which") for f in _found(text))


@pytest.mark.parametrize(
    ("lang", "text", "teller", "named"),
    [
        (
            "fr",
            "Le syndicat, qui a déclaré que le plan était faible, a voté contre.",
            "qui",
            "syndicat",
        ),
        (
            "ru",
            "Профсоюз, который заявил, что план слаб, проголосовал против.",
            "который",
            "Профсоюз",
        ),
        (
            "uk",
            "Профспілка, яка заявила, що план слабкий, проголосувала проти.",
            "яка",
            "Профспілка",
        ),
    ],
)
def test_a_relative_pronoun_after_a_comma_in_other_languages(
    lang: str, text: str, teller: str, named: str
):
    found = _found(text, lang)
    relative = next(f for f in found if f[0] == teller)
    assert relative[3] == [named]
    assert "план" in relative[2] or "plan" in relative[2]


def test_german_relative_clause_puts_its_verb_last_and_its_relative_word_speaks():
    text = "Das Ministerium, das die Angaben nicht bestätigte, teilte mit, der Plan sei schwach."
    found = _found(text, "de")
    relative = next(f for f in found if f[1] == "nicht bestätigte")
    assert relative[0] == "das"
    assert relative[3] == ["Ministerium"]  # not "Angaben", the object between them
    assert relative[2] == "die Angaben"
    main = next(f for f in found if f[1] == "teilte mit")
    assert main[3] == ["Ministerium"]
    assert main[2] == "der Plan sei schwach"


def test_german_relative_clause_without_object_reports_what_follows_its_verb():
    text = "Der Minister, der gestern sagte, dass der Plan schwach sei, trat zurück."
    (teller, cue, content, chain), *_ = _found(text, "de")
    assert (teller, cue, content, chain) == ("der", "sagte", "der Plan schwach sei", ["Minister"])


def test_german_article_after_a_comma_opens_a_main_clause_not_a_relative_one():
    text = "Er sagte, die Experten glauben an den Plan."
    assert ("die Experten", "glauben") in [(f[0], f[1]) for f in _found(text, "de")]


@pytest.mark.parametrize(
    ("lang", "text", "chain", "content"),
    [
        (
            "fr",
            "Selon Reuters, qui cite un haut responsable, le ministre a démissionné hier.",
            ["Reuters", "un haut responsable"],
            "le ministre a démissionné hier",
        ),
        (
            "es",
            "Según Reuters, que cita a un alto funcionario, el ministro dimitió ayer.",
            ["Reuters", "un alto funcionario"],
            "el ministro dimitió ayer",
        ),
    ],
)
def test_a_relay_whose_relative_clause_cites_another_teller_chains_both(
    lang: str, text: str, chain: list[str], content: str
):
    relay = next(a for a in find_attributions(text, lang) if a.kind == "according_to")
    assert [s.name for s in relay.chain] == chain
    assert text[relay.content.start : relay.content.end] == content


def test_a_relay_whose_relative_clause_says_something_keeps_its_one_teller():
    text = "According to Reuters, which said the talks failed, the minister resigned."
    relay = next(a for a in find_attributions(text, "en") if a.kind == "according_to")
    assert [s.name for s in relay.chain] == ["Reuters"]


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "es",
            "Una fuente, cercana al ministerio, dijo que los drones venían de Irán.",
            "Una fuente, cercana al ministerio",
        ),
        (
            "fr",
            "Une source, proche du ministère, a déclaré que les drones venaient d'Iran.",
            "Une source, proche du ministère",
        ),
        (
            "ru",
            "Источник, близкий к министерству, сообщил, что дроны прилетели из Ирана.",
            "Источник, близкий к министерству",
        ),
    ],
)
def test_the_description_of_an_anonymous_teller_after_a_comma_is_part_of_it(
    lang: str, text: str, teller: str
):
    (written, _, content, chain), *_ = _found(text, lang)
    assert chain == [teller]
    assert written.rstrip(",") == teller
    assert "drones" in content or "дроны" in content


def test_a_pronoun_after_a_closing_quotation_does_not_swallow_the_report_before_it():
    text = (
        "Campaign spokesman Dan Ortiz said that voters can trust the senator's"
        ' "steady hand in a crisis," he said.'
    )
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    he = next(a for a in atts if text[a.source_span.start : a.source_span.end] == "he")
    assert text[he.content.start : he.content.end] == "steady hand in a crisis"
    ortiz = next(a for a in atts if text[a.cue.start : a.cue.end] == "said" and a is not he)
    assert not he.content.contains(ortiz.cue)  # the report before the quotation is its own


def test_a_teller_after_a_quotation_closing_a_plain_sentence_takes_the_whole_sentence():
    text = 'The city "was left without electricity for two days," said the mayor.'
    (att,) = find_attributions(text, "en")
    assert text[att.content.start : att.content.end].startswith("The city")


def test_a_relative_clause_closing_the_sentence_does_not_swallow_the_report_before_it():
    text = "Voters at the rally said the governor was the only candidate they trusted."
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    they = next(a for a in atts if text[a.source_span.start : a.source_span.end] == "they")
    said = next(a for a in atts if text[a.cue.start : a.cue.end] == "said")
    assert not they.content.contains(said.cue)
    assert text[they.content.start : they.content.end] == "candidate"


def test_a_teller_set_off_after_what_it_says_still_takes_the_words_before_it():
    text = "The plan failed because nobody funded it, the mayor said."
    (att,) = find_attributions(text, "en")
    assert text[att.content.start : att.content.end] == "The plan failed because nobody funded it"


def test_a_noun_ending_like_a_participle_is_still_the_gap_antecedent():
    text = "Ortiz said the fence was never finished, something that Ruiz mocked."
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    ruiz = next(a for a in atts if text[a.source_span.start : a.source_span.end] == "Ruiz")
    assert text[ruiz.content.start : ruiz.content.end] == "something"


def test_a_gap_behind_an_embedding_verb_belongs_to_the_phrase_before_both():
    text = "Ortiz is exactly the kind of judge many senators fear the governor would choose."
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    gov = next(a for a in atts if text[a.cue.start : a.cue.end] == "would choose")
    fear = next(a for a in atts if text[a.cue.start : a.cue.end] == "fear")
    assert text[gov.content.start : gov.content.end].endswith("judge")
    assert not gov.content.contains(fear.cue)


def test_a_citing_phrase_inside_the_quotation_is_no_citation_before_the_teller():
    text = "''Everybody should be believed until shown otherwise based on evidence,'' she said."
    (att,) = find_attributions(text, "en")
    assert text[att.source_span.start : att.source_span.end] == "she"
    assert [s.name for s in att.chain] == ["she"]
