"""Precision of attribution: what a verb reports, which words are no teller, one teller written
once; in every supported language where the construction exists."""

from __future__ import annotations

from itertools import pairwise

import pytest

from claimgraph.extract.attribution import ALL_KINDS, Attribution, find_attributions


def _by_cue(text: str, lang: str, cue: str) -> Attribution | None:
    at = text.index(cue)
    for att in find_attributions(text, lang, kinds=ALL_KINDS):
        if att.cue is not None and att.cue.start <= at < att.cue.end:
            return att
    return None


def _content(text: str, att: Attribution) -> str:
    return text[att.content.start : att.content.end]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "content"),
    [
        (
            "en",
            "Rubio says he opposes gun violence but that the president's plans won't help.",
            "says",
            "he opposes gun violence but that the president's plans won't help",
        ),
        (
            "en",
            "Cox says the actions wouldn't have prevented the shootings that Obama mentioned.",
            "says",
            "the actions wouldn't have prevented the shootings that Obama mentioned",
        ),
        (
            "en",
            "Clinton said she appreciated the apology and that she wanted to move on.",
            "said",
            "she appreciated the apology and that she wanted to move on",
        ),
        (
            "en",
            "The minister told reporters on Monday that 40 drones were shot down.",
            "told",
            "40 drones were shot down",
        ),
        (
            "fr",
            "Le ministre a déclaré lundi aux journalistes que 40 drones ont été abattus.",
            "déclaré",
            "40 drones ont été abattus",
        ),
        (
            "es",
            "El ministro dijo que ellos temen el ataque y que 40 drones fueron derribados.",
            "dijo",
            "ellos temen el ataque y que 40 drones fueron derribados",
        ),
    ],
)
def test_a_that_further_on_opens_no_statement_when_a_clause_began_after_the_verb(
    lang, text, cue, content
):
    att = _by_cue(text, lang, cue)
    assert att is not None
    assert _content(text, att) == content


def _chain(text: str, lang: str, cue: str) -> list[str]:
    att = _by_cue(text, lang, cue)
    assert att is not None
    return [s.name for s in att.chain]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "teller"),
    [
        (
            "fr",
            "La ministre Anne Dupont a déclaré lundi que la guerre continue. "
            "« Nous allons gagner », a-t-elle précisé.",
            "précisé",
            "Anne Dupont",
        ),
        (
            "fr",
            "Le porte-parole Jean-Pierre Martin a déclaré que 40 drones ont été abattus. "
            "« La défense tient », a-t-il ajouté.",
            "ajouté",
            "Jean-Pierre Martin",
        ),
        (
            "fr",
            "Le porte-parole Jean-Pierre Martin a déclaré que 40 drones ont été abattus. "
            "« La défense tient », ajoute-t-il.",
            "ajoute",
            "Jean-Pierre Martin",
        ),
        (
            "fr",
            "Le général Pierre Schill a déclaré que l'armée est prête. « Nous tiendrons », dit-il.",
            "dit",
            "Pierre Schill",
        ),
        (
            "de",
            "Verteidigungsminister Boris Pistorius sagte am Montag, der Krieg gehe weiter. "
            "„Wir werden gewinnen“, sagte er.",
            "sagte er",
            "Boris Pistorius",
        ),
        (
            "ru",
            "Министр Сергей Шойгу заявил в понедельник, что война продолжается. "
            "«Мы победим», — добавил он.",
            "добавил",
            "Сергей Шойгу",
        ),
        (
            "uk",
            "Речник Юрій Ігнат заявив у понеділок, що війна триває. «Ми переможемо», — додав він.",
            "додав",
            "Юрій Ігнат",
        ),
    ],
)
def test_a_pronoun_after_a_quotation_is_the_teller_named_before(lang, text, cue, teller):
    """ "« ... », a-t-elle précisé": the pronoun glued to the verb is no teller named "a-t-elle"
    but the one named before; so in languages that write it apart ("sagte er", "добавил он")."""
    assert _chain(text, lang, cue) == [teller]


def test_a_quotation_before_an_inverted_clitic_is_what_was_said():
    text = "Anne Dupont a déclaré que la guerre continue. « Nous allons gagner », a-t-elle précisé."
    att = _by_cue(text, "fr", "précisé")
    assert att is not None
    assert _content(text, att) == "Nous allons gagner"
    assert text[att.source_span.start : att.source_span.end] == "elle"


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "en",
            "Sen. Bernie Sanders (D-I) said the so-called experts were wrong.",
            "Bernie Sanders",
        ),
        ("fr", "Jean-Pierre Martin a déclaré que la défense tient.", "Jean-Pierre Martin"),
    ],
)
def test_hyphenated_names_are_not_split(lang, text, teller):
    atts = [a for a in find_attributions(text, lang) if a.cue is not None]
    assert atts and atts[0].chain[0].name == teller


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "en",
            "Campaign manager Corey Lewandowski rejected the report, calling it false.",
            "Campaign manager Corey Lewandowski",
        ),
        (
            "en",
            "Paradis and Bennett were supporting the bill, saying it would help.",
            "Paradis and Bennett",
        ),
        (
            "en",
            "Robert Shrum, a veteran Democratic strategist, said the race was close, naming "
            "three states.",
            "Robert Shrum, a veteran Democratic strategist,",
        ),
        (
            "en",
            "Huma Abedin, a campaign aide, emailed supporters on Monday, telling them to vote.",
            "Huma Abedin, a campaign aide,",
        ),
    ],
)
def test_a_teller_is_written_once_for_all_its_cues(lang, text, teller):
    """Two cues of one subject give one teller span, not the whole phrase for one and a part
    of it for the other (PolNeAR labels each word once)."""
    spans = {
        text[a.source_span.start : a.source_span.end]
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.source_span is not None
    }
    assert spans == {teller}


def test_teller_spans_of_a_sentence_never_nest():
    text = (
        "Gun control advocates said the ruling was a setback, and Republican legislators, "
        "requesting a recount, said the vote was close."
    )
    spans = sorted(
        (a.source_span.start, a.source_span.end)
        for a in find_attributions(text, "en", kinds=ALL_KINDS)
        if a.source_span is not None
    )
    for (a1, b1), (a2, b2) in pairwise(spans):
        assert (a1, b1) == (a2, b2) or b1 <= a2


@pytest.mark.parametrize(
    ("lang", "text", "inside"),
    [
        (
            "en",
            "“When I came here, I thought we would go home. I believe we will win.\n\n"
            "“We never left,” she said.",
            "I believe",
        ),
        (
            "fr",
            "« Quand je suis arrivé, je pensais rentrer. Je crois que nous gagnerons.\n\n"
            "« Nous sommes restés », a-t-elle dit.",
            "Je crois",
        ),
        (
            "de",
            "„Als ich kam, dachte ich an die Heimkehr. Ich glaube, wir werden gewinnen.\n\n"
            "„Wir sind geblieben“, sagte sie.",
            "Ich glaube",
        ),
    ],
)
def test_a_quotation_running_on_into_the_next_paragraph_holds_no_teller(lang, text, inside):
    """News style leaves a quotation open at the end of a paragraph when the speaker goes on in
    the next one: a belief inside it is the speaker's words, not a teller of the article."""
    at = text.index(inside)
    atts = find_attributions(text, lang, kinds=ALL_KINDS)
    assert not [a for a in atts if a.cue is not None and at <= a.cue.start < at + len(inside) + 3]
    assert any(a.cue is not None and a.cue.start > text.index("\n\n") for a in atts)


def test_a_quotation_left_open_mid_paragraph_is_still_dropped():
    text = "Trump said the “deal was bad. Clinton believes the plan works."
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    assert any(a.chain and a.chain[-1].name == "Clinton" for a in atts)


def _teller_written(text: str, lang: str, cue: str) -> str:
    att = _by_cue(text, lang, cue)
    assert att is not None and att.source_span is not None
    return text[att.source_span.start : att.source_span.end]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "written"),
    [
        (
            "en",
            "“The deck is stacked,” said Walter Kim, co-author of a study of third parties.",
            "said",
            "Walter Kim, co-author of a study of third parties",
        ),
        (
            "en",
            "“We are ready,” said Peter Hart, 25, a bank employee in Pittsburgh.",
            "said",
            "Peter Hart, 25, a bank employee in Pittsburgh",
        ),
        (
            "en",
            "“We are ready,” said Peter Hart, adding that the plan failed.",
            "said",
            "Peter Hart",
        ),
        (
            "en",
            "The three Democratic candidates agreed that the plan failed.",
            "agreed",
            "The three Democratic candidates",
        ),
        ("en", "All the voters said the plan failed.", "said", "All the voters"),
        (
            "fr",
            "« Nous sommes prêts », a déclaré Pierre Martin, porte-parole de l'armée.",
            "déclaré",
            "Pierre Martin, porte-parole de l'armée",
        ),
        (
            "es",
            "«Estamos listos», dijo Pedro Martín, portavoz del ejército.",
            "dijo",
            "Pedro Martín, portavoz del ejército",
        ),
    ],
)
def test_a_teller_is_written_as_polnear_marks_it(lang, text, cue, written):
    """A role closing the sentence after a quotation belongs to the teller (an age, a role
    without an article included); a determiner before a number or another determiner opens
    the teller ("The three ...", "All the ...")."""
    assert _teller_written(text, lang, cue) == written


def test_an_inverted_teller_in_an_aside_keeps_no_following_clause():
    text = "Die Kosten, sagten Experten, liegen bei 20 Euro."
    assert _teller_written(text, "de", "sagten") == "Experten"


@pytest.mark.parametrize(
    ("lang", "text", "participle", "teller"),
    [
        (
            "en",
            "In a statement released Thursday, Rep. Hakeem Jeffries said the killer should be "
            "in prison.",
            "released",
            "Rep. Hakeem Jeffries",
        ),
        (
            "en",
            "In a letter filed in federal court, the FBI's counsel said the probe is ongoing.",
            "filed",
            "the FBI's counsel",
        ),
        (
            "fr",
            "Dans un communiqué publié jeudi, le ministère a déclaré que 40 drones ont été abattus.",
            "publié",
            "le ministère",
        ),
    ],
)
def test_a_participle_after_an_opening_phrase_names_no_teller(lang, text, participle, teller):
    """ "In a statement *released* Thursday, X said": the statement is where X spoke, not a
    teller releasing something; X is the teller."""
    atts = [a for a in find_attributions(text, lang, kinds=ALL_KINDS) if a.cue is not None]
    at = text.index(participle)
    assert not [a for a in atts if a.cue.start == at]
    assert [text[a.source_span.start : a.source_span.end] for a in atts] == [teller]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Do you think the plan will work?"),
        ("en", "It is unclear whether he believes the figures."),
        ("en", "If they said that, they were wrong about the figures."),
        ("fr", "Vous pensez que le plan va marcher ?"),
        ("fr", "On ignore si le ministre a déclaré que 40 drones ont été abattus."),
        ("de", "Es ist unklar, ob der Minister sagte, dass 40 Drohnen abgeschossen wurden."),
        ("es", "¿Usted cree que el plan funcionará?"),
        ("es", "No está claro si el ministro dijo que 40 drones fueron derribados."),
        ("ru", "Неясно, почему министр заявил, что сбиты 40 дронов."),
        ("uk", "Незрозуміло, чи міністр заявив, що збито 40 дронів."),
    ],
)
def test_an_addressee_or_an_indirect_question_tells_nothing(lang, text):
    """ "Do *you* think ...?", "whether *he* believes", "si le ministre a déclaré": the verb
    reports no statement of the article (language data: ``attribution_scope.yaml``)."""
    assert [a for a in find_attributions(text, lang, kinds=ALL_KINDS) if a.cue is not None] == []


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("en", "The minister said that 40 drones were shot down.", "The minister"),
        ("fr", "Le ministre a déclaré que 40 drones ont été abattus.", "Le ministre"),
        ("de", "Der Minister sagte, dass 40 Drohnen abgeschossen wurden.", "Der Minister"),
        ("es", "El ministro dijo que 40 drones fueron derribados.", "El ministro"),
        ("ru", "Министр заявил, что сбиты 40 дронов.", "Министр"),
        ("uk", "Міністр заявив, що збито 40 дронів.", "Міністр"),
    ],
)
def test_the_same_report_outside_a_question_keeps_its_teller(lang, text, teller):
    atts = [a for a in find_attributions(text, lang) if a.source_span is not None]
    assert [text[a.source_span.start : a.source_span.end] for a in atts] == [teller]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "teller"),
    [
        (
            "es",
            "El ministro Juan Pérez dijo el lunes que la guerra continúa. «Vamos a ganar», añadió.",
            "añadió",
            "Juan Pérez",
        ),
        (
            "ru",
            "Министр Сергей Шойгу заявил в понедельник, что война продолжается. "
            "«Мы победим», — добавил.",
            "добавил",
            "Сергей Шойгу",
        ),
        (
            "uk",
            "Речник Юрій Ігнат заявив у понеділок, що війна триває. «Ми переможемо», — додав.",
            "додав",
            "Юрій Ігнат",
        ),
    ],
)
def test_a_verb_with_a_dropped_subject_after_a_quotation_is_the_teller_named_before(
    lang, text, cue, teller
):
    """ "«...», añadió.": no teller is written; the one named before goes on speaking."""
    att = _by_cue(text, lang, cue)
    assert att is not None
    assert [s.name for s in att.chain] == [teller]
    assert att.quote is not None


def test_a_verb_after_a_quotation_with_no_teller_named_before_tells_nothing():
    text = "«Vamos a ganar», añadió."
    assert [a for a in find_attributions(text, "es") if a.cue is not None] == []


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("en", "Contributing: Nicole Gaudiano and Greg Toppo.", None),
        ("en", "Sanders: 46.", None),
        ("en", "Trump: My immigration plans aren't set in stone.", "Trump"),
        ("fr", "Ihnat : 40 drones ont été abattus cette nuit.", "Ihnat"),
        ("de", "Ihnat: 40 Drohnen wurden abgeschossen.", "Ihnat"),
    ],
)
def test_a_colon_after_a_label_or_before_a_bare_number_opens_no_statement(lang, text, teller):
    """A name before a colon speaks ("Trump: My plans ..."); a participle labelling credits
    ("Contributing: ...") or a result ("Sanders: 46.") does not."""
    tellers = [
        text[a.source_span.start : a.source_span.end]
        for a in find_attributions(text, lang)
        if a.source_span is not None
    ]
    assert tellers == ([teller] if teller else [])


@pytest.mark.parametrize(
    ("lang", "text", "cue", "written"),
    [
        (
            "en",
            "Instead, former UN Ambassador John Bolton told reporters the deal was bad.",
            "told",
            "former UN Ambassador John Bolton",
        ),
        (
            "ru",
            "В понедельник бывший министр Сергей Шойгу заявил, что война продолжается.",
            "заявил",
            "бывший министр Сергей Шойгу",
        ),
        (
            "uk",
            "У понеділок колишній міністр Олексій Резніков заявив, що війна триває.",
            "заявив",
            "колишній міністр Олексій Резніков",
        ),
    ],
)
def test_a_lower_case_word_before_a_title_belongs_to_the_teller(lang, text, cue, written):
    """ "*former* UN Ambassador John Bolton": PolNeAR marks the whole title (language data:
    ``attribution_spans.yaml``)."""
    assert _teller_written(text, lang, cue) == written
