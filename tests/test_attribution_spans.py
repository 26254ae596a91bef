"""Where a teller and its statement lie: tellers set off as an aside ("The plan, critics say, is
a disaster"), tellers named before asides in commas, statements that end where the reported
clause ends; in every supported language."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, Attribution, find_attributions


def _by_cue(text: str, lang: str, cue: str) -> Attribution | None:
    at = text.index(cue)
    for att in find_attributions(text, lang, kinds=ALL_KINDS):
        if att.cue is not None and att.cue.start <= at < att.cue.end:
            return att
    return None


def _written(text: str, att: Attribution) -> tuple[str, str]:
    assert att.source_span is not None
    return (
        text[att.source_span.start : att.source_span.end],
        text[att.content.start : att.content.end],
    )


@pytest.mark.parametrize(
    ("lang", "text", "cue", "teller"),
    [
        (
            "en",
            "Many days, former employees said, she stayed at the office.",
            "said",
            "former employees",
        ),
        ("en", "The plan, critics say, would cost 20 billion dollars.", "say", "critics"),
        (
            "fr",
            "Les coûts, des experts estiment, atteignent 20 000 dollars.",
            "estiment",
            "des experts",
        ),
        ("de", "Die Kosten, Experten sagten, liegen bei 20.000 Dollar.", "sagten", "Experten"),
        ("es", "Los costos, expertos dijeron, rondan los 20.000 dólares.", "dijeron", "expertos"),
        ("ru", "Расходы, эксперты заявили, составляют 20 тысяч долларов.", "заявили", "эксперты"),
        ("uk", "Витрати, експерти заявили, становлять 20 тисяч доларів.", "заявили", "експерти"),
    ],
)
def test_a_teller_set_off_as_an_aside_tells_the_whole_sentence(lang, text, cue, teller):
    att = _by_cue(text, lang, cue)
    assert att is not None
    told, content = _written(text, att)
    assert told == teller
    assert content == text.rstrip(".")  # both halves of the statement are the teller's


@pytest.mark.parametrize(
    ("lang", "text", "cue", "teller"),
    [
        ("en", "The costs, said experts, are 20,000 dollars.", "said", "experts"),
        (
            "fr",
            "Les coûts, estiment des experts, atteignent 20 000 dollars.",
            "estiment",
            "des experts",
        ),
        ("de", "Die Kosten, sagten Experten, liegen bei 20.000 Dollar.", "sagten", "Experten"),
        ("es", "Los costos, dijeron expertos, rondan los 20.000 dólares.", "dijeron", "expertos"),
        ("ru", "Расходы, заявили эксперты, составляют 20 тысяч долларов.", "заявили", "эксперты"),
        ("uk", "Витрати, заявили експерти, становлять 20 тисяч доларів.", "заявили", "експерти"),
    ],
)
def test_an_inverted_aside_names_the_teller_after_the_verb(lang, text, cue, teller):
    """The subject of the sentence ("Die Kosten") is what is told, not who tells it."""
    att = _by_cue(text, lang, cue)
    assert att is not None
    told, content = _written(text, att)
    assert told == teller
    assert content == text.rstrip(".")


def test_a_word_opening_the_sentence_before_a_comma_is_no_aside():
    # "Officials said, ..." opening a sentence: the ordinary subject, the content follows
    text = "Officials said, however, that 40 drones were shot down."
    att = _by_cue(text, "en", "said")
    assert att is not None
    assert _written(text, att)[0] == "Officials"


@pytest.mark.parametrize(
    ("text", "cue", "teller"),
    [
        (
            "“Google ranks first,” Seth McKee, a political scientist at Texas Tech, told The Hill.",
            "told",
            "Seth McKee",
        ),
        (
            "An Israeli official, speaking on condition of anonymity, said he would go.",
            "said",
            "An Israeli official",
        ),
        (
            "The former congressman, who led a filibuster in June, said the issue matters.",
            "said",
            "The former congressman",
        ),
        (
            "Her chief policy aide, Jake Sullivan, calls her record a blueprint.",
            "calls",
            "Jake Sullivan",
        ),
    ],
)
def test_a_teller_named_before_asides_in_commas(text, cue, teller):
    """The teller is the name (or its description); as written it keeps a descriptive aside
    (PolNeAR's convention), never a number or an adverb ("Sarandon, 69,")."""
    att = _by_cue(text, "en", cue)
    assert att is not None
    assert att.chain[-1].name.endswith(teller.removeprefix("An ").removeprefix("The "))
    written = _written(text, att)[0]
    assert teller in written
    assert written.endswith(",") or written == teller


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "“It will hurt,” said Paul Chipok, a lawyer in Orlando who specializes in land use.",
            "Paul Chipok, a lawyer in Orlando who specializes in land use",
        ),
        ("“It will hurt,” said Paul Maslin, adding that the plan fails.", "Paul Maslin"),
        ("“I don’t know,” Sarandon, 69, told MSNBC on Monday.", "Sarandon"),
        (
            "Her chief policy aide, Jake Sullivan, calls her record a blueprint.",
            "Her chief policy aide, Jake Sullivan,",
        ),
        (
            "“We won,” Morton Blackwell, the conservative icon, said.",
            "Morton Blackwell, the conservative icon,",
        ),
    ],
)
def test_a_teller_as_written_keeps_its_role_in_apposition(text, written):
    atts = [a for a in find_attributions(text, "en") if a.source_span is not None]
    # ("said Paul Maslin, adding ...": the participle is Maslin's statement too, written alike)
    assert {_written(text, a)[0] for a in atts} == {written}


@pytest.mark.parametrize(
    ("lang", "text", "cue", "teller"),
    [
        ("en", "Among Republicans, 27 percent would vote for Trump.", "vote for", "27 percent"),
        (
            "en",
            "Still, some lawmakers have perceived the efforts as weak.",
            "perceived",
            "some lawmakers",
        ),
    ],
)
def test_after_an_auxiliary_a_cue_is_a_verb_for_a_described_teller(lang, text, cue, teller):
    att = _by_cue(text, lang, cue)
    assert att is not None
    assert _written(text, att)[0] == teller


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "en",
            "Trump said 40 drones were shot down, and Ihnat said 12 missiles hit Kyiv.",
            "40 drones were shot down",
            "Ihnat",
        ),
        (
            "fr",
            "Le ministère a déclaré que 40 drones ont été abattus, et Ihnat a affirmé que 12 "
            "missiles ont frappé Kyiv.",
            "40 drones ont été abattus",
            "Ihnat",
        ),
        (
            "de",
            "Das Ministerium sagte, 40 Drohnen seien abgeschossen worden, und Ihnat sagte, 12 "
            "Raketen hätten Kiew getroffen.",
            "40 Drohnen seien abgeschossen worden",
            "Ihnat",
        ),
        (
            "es",
            "El ministerio dijo que 40 drones fueron derribados, y Ihnat dijo que 12 misiles "
            "impactaron en Kiev.",
            "40 drones fueron derribados",
            "Ihnat",
        ),
        (
            "ru",
            "Минобороны заявило, что сбито 40 дронов; Игнат заявил, что 12 ракет попали в Киев.",
            "сбито 40 дронов",
            "Игнат",
        ),
        (
            "uk",
            "Міноборони заявило, що збито 40 дронів, а Ігнат заявив, що 12 ракет влучили в Київ.",
            "збито 40 дронів",
            "Ігнат",
        ),
    ],
)
def test_a_statement_ends_where_a_clause_with_its_own_teller_begins(lang, text, first, second):
    """ "X said A, and Y said B": A is X's, B is Y's alone (Y does not relay X)."""
    atts = [a for a in find_attributions(text, lang) if not a.inherited]
    assert text[atts[0].content.start : atts[0].content.end] == first
    last = atts[-1]
    assert len(last.chain) == 1
    assert last.chain[0].name == second


def test_a_cue_before_an_infinitive_reads_forward_not_back():
    text = "He calls for a single-payer system; Mrs. Clinton aims to build on the law."
    att = _by_cue(text, "en", "aims")
    assert att is not None
    assert text[att.content.start : att.content.end] == "to build on the law"


@pytest.mark.parametrize(
    ("lang", "text", "cue", "opening"),
    [
        (
            "en",
            "In three interviews, Ihnat criticized the report, saying 40 drones were shot down.",
            "saying",
            "In",
        ),
        (
            "fr",
            "Dans trois entretiens, Ihnat a critiqué le rapport, affirmant que 40 drones ont "
            "été abattus.",
            "affirmant",
            "Dans",
        ),
        (
            "de",
            "In drei Interviews kritisierte Ihnat den Bericht und sagte, 40 Drohnen seien "
            "abgeschossen worden.",
            "sagte",
            "In",
        ),
        (
            "es",
            "En tres entrevistas, Ihnat criticó el informe, afirmando que 40 drones fueron "
            "derribados.",
            "afirmando",
            "En",
        ),
        (
            "ru",
            "В трёх интервью Игнат раскритиковал отчёт, заявив, что сбито 40 дронов.",
            "заявив",
            "В",
        ),
        (
            "uk",
            "У трьох інтерв'ю Ігнат розкритикував звіт, заявивши, що збито 40 дронів.",
            "заявивши",
            "У",
        ),
    ],
)
def test_an_opening_preposition_is_never_the_teller_of_a_participle(lang, text, cue, opening):
    """ "In three interviews, Ihnat ..., saying": the clause's subject speaks, or no one the
    rules can name; never the capitalised preposition opening the sentence."""
    att = _by_cue(text, lang, cue)
    if att is not None:
        assert _written(text, att)[0] != opening
        assert att.chain[-1].name == "Ihnat"


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("At the time, she released a statement saying that 40 drones were shot down.", "she"),
        ("Then he cut into Bush, calling him a stiff.", "he"),
    ],
)
def test_a_participle_after_an_object_speaks_for_the_clause_subject(text, teller):
    att = _by_cue(text, "en", "saying" if "saying" in text else "calling")
    assert att is not None
    assert _written(text, att)[0] == teller


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("en", "These drones are dangerous, believe the experts.", "the experts"),
        ("fr", "Ces drones sont dangereux, estiment les experts.", "les experts"),
        ("de", "Diese Drohnen sind gefährlich, glauben Experten.", "Experten"),
        ("es", "Estos drones son peligrosos, creen los expertos.", "los expertos"),
        ("ru", "Эти дроны опасны, считают эксперты.", "эксперты"),
        ("uk", "Ці дрони небезпечні, вважають експерти.", "експерти"),
    ],
)
def test_an_inverted_belief_closing_the_sentence_names_its_teller(lang, text, teller):
    atts = [a for a in find_attributions(text, lang, kinds=ALL_KINDS) if a.source_span]
    assert [_written(text, a)[0] for a in atts] == [teller]


def test_after_a_belief_or_an_intention_what_follows_is_its_object():
    text = "Voters look to their local legislature for answers."
    atts = find_attributions(text, "en", kinds=ALL_KINDS)
    assert all(_written(text, a)[0] != "their local legislature" for a in atts if a.source_span)


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("en", "I saw his surprise—naturally he expected a speech.", "his surprise", "he"),
        (
            "fr",
            "Le ministère a déclaré que 40 drones ont été abattus, mais naturellement Ihnat a "
            "affirmé que 12 missiles ont frappé.",
            "40 drones ont été abattus",
            "Ihnat",
        ),
        (
            "de",
            "Das Ministerium sagte, 40 Drohnen seien abgeschossen worden, aber Ihnat sagte, 12 "
            "Raketen hätten getroffen.",
            "40 Drohnen seien abgeschossen worden",
            "Ihnat",
        ),
        (
            "es",
            "El ministerio dijo que 40 drones fueron derribados, pero naturalmente Ihnat dijo "
            "que 12 misiles impactaron.",
            "40 drones fueron derribados",
            "Ihnat",
        ),
        (
            "ru",
            "Минобороны заявило, что сбито 40 дронов, но, конечно, Игнат заявил, что 12 ракет "
            "попали.",
            "сбито 40 дронов",
            "Игнат",
        ),
        (
            "uk",
            "Міноборони заявило, що збито 40 дронів, але, звісно, Ігнат заявив, що 12 ракет "
            "влучили.",
            "збито 40 дронів",
            "Ігнат",
        ),
    ],
)
def test_a_statement_ends_before_links_and_adverbs_opening_the_next_teller(
    lang, text, first, second
):
    """ "..., but naturally Y said": the first statement stops at the break; Y relays no one."""
    atts = [a for a in find_attributions(text, lang, kinds=ALL_KINDS) if not a.inherited]
    assert text[atts[0].content.start : atts[0].content.end].startswith(first)
    assert second not in text[atts[0].content.start : atts[0].content.end]
    assert [s.name for s in atts[-1].chain] == [second]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Matt Sinovic, executive director of the group Progress Iowa, said the plan fails.",
            "Matt Sinovic, executive director of the group Progress Iowa,",
        ),
        (
            "“It hurts,” said Osman Abu Laban, Abu-Laban’s nephew, on Facebook.",
            "Osman Abu Laban, Abu-Laban’s nephew",
        ),
        ("Trump, in an interview on Friday, said his plane was great.", "Trump"),
    ],
)
def test_a_role_between_commas_is_written_with_the_teller_but_no_circumstance(text, written):
    atts = [a for a in find_attributions(text, "en") if a.source_span is not None]
    assert [_written(text, a)[0] for a in atts] == [written]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Most backed him, while 9 percent said it was a deterrent.", "9 percent"),
        ("But while many voters say they are undecided, polls differ.", "many voters"),
    ],
)
def test_a_described_teller_opening_a_subordinate_clause(text, teller):
    """A link opening a clause (", while", "But while") may precede a described teller; a link
    inside a clause ("Trump *during* the debate said") may not."""
    atts = [a for a in find_attributions(text, "en") if a.source_span is not None]
    assert [_written(text, a)[0] for a in atts] == [teller]


def test_a_described_phrase_inside_a_clause_is_no_teller():
    text = "Trump during the debate said he would win."
    assert all(
        _written(text, a)[0] != "the debate"
        for a in find_attributions(text, "en")
        if a.source_span is not None
    )


@pytest.mark.parametrize(
    ("text", "cue", "not_teller"),
    [
        ("Zaheed, of CREDO Action, said Clinton’s response was weak.", "said", "Clinton’s"),
        ("Many analysts say the United States should commit troops.", "say", "the United States"),
        ("After blasting the report, Beck said he was done.", "blasting", "After"),
    ],
)
def test_the_subject_of_what_is_said_is_no_inverted_teller(text, cue, not_teller):
    att = _by_cue(text, "en", cue)
    assert att is None or _written(text, att)[0] != not_teller


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("en", "“We shot down 40 drones,” said the minister on Monday.", "the minister"),
        ("fr", "« Nous avons abattu 40 drones », a déclaré le ministre lundi.", "le ministre"),
        (
            "de",
            "„Wir haben 40 Drohnen abgeschossen“, sagte der Minister am Montag.",
            "der Minister",
        ),
        ("es", "“Derribamos 40 drones”, dijo el ministro el lunes.", "el ministro"),
        ("ru", "«Мы сбили 40 дронов», заявил министр в понедельник.", "министр"),
        ("uk", "«Ми збили 40 дронів», заявив міністр у понеділок.", "міністр"),
    ],
)
def test_an_inverted_teller_after_a_quotation_is_still_found(lang, text, teller):
    """The teller after the verb, without the time that follows it (the article may go)."""
    atts = [a for a in find_attributions(text, lang) if a.source_span is not None]
    assert len(atts) == 1
    written = _written(text, atts[0])[0]
    assert teller.endswith(written)
    assert atts[0].chain[-1].name.lower().endswith(teller.split()[-1].lower())


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "en",
            "But a source familiar with the investigation said 40 drones were shot down.",
            "a source familiar with the investigation",
        ),
        ("en", "Most of the voters said they were undecided.", "Most of the voters"),
        (
            "fr",
            "Une source proche de l'enquête a déclaré que 40 drones ont été abattus.",
            "Une source proche de l'enquête",
        ),
        (
            "de",
            "Eine Quelle aus dem Ministerium sagte, 40 Drohnen seien abgeschossen worden.",
            "Eine Quelle aus dem Ministerium",
        ),
        ("ru", "Источник в министерстве заявил, что сбито 40 дронов.", "Источник в министерстве"),
        ("uk", "Джерело в міністерстві заявило, що збито 40 дронів.", "Джерело в міністерстві"),
    ],
)
def test_a_teller_after_a_preposition_takes_the_words_before_it(lang, text, teller):
    atts = [a for a in find_attributions(text, lang) if a.source_span is not None]
    assert [_written(text, a)[0] for a in atts] == [teller]


def test_a_cue_word_after_a_participle_and_a_preposition_is_a_noun():
    text = "Making the rounds on the Sunday morning shows, Carson said he faced scrutiny."
    atts = [a for a in find_attributions(text, "en", kinds=ALL_KINDS) if a.source_span]
    assert [_written(text, a)[0] for a in atts] == ["Carson"]


def test_a_statement_with_only_a_time_before_the_break_runs_on():
    """ "a survey published on Friday, 62 percent said ...": the survey tells the clause."""
    text = "A survey published on Friday, 62 percent of voters said they opposed the plan."
    att = _by_cue(text, "en", "published")
    assert att is not None
    assert "62 percent" in text[att.content.start : att.content.end]


def test_an_indirect_question_names_no_teller():
    """ "over who supported which bill": no antecedent, so no teller; the real one is found."""
    text = (
        "The debate grew so heated over who supported which bill that Governor Chris Christie "
        "said he needed a translator."
    )
    atts = [a for a in find_attributions(text, "en", kinds=ALL_KINDS) if a.source_span]
    assert [_written(text, a)[0] for a in atts] == ["Governor Chris Christie"]


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("en", "Senator Cruz, who said the bill failed, left.", "who"),
        ("fr", "Le sénateur Cruz, qui a déclaré que le projet a échoué, est parti.", "qui"),
    ],
)
def test_a_relative_after_its_noun_still_tells(lang, text, teller):
    atts = [a for a in find_attributions(text, lang) if a.source_span]
    assert teller in [_written(text, a)[0] for a in atts]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "relative"),
    [
        (
            "en",
            "“We chase absentee requests,” said Borges, who predicted that a third of the vote "
            "will be cast early.",
            "Borges",
            "who",
        ),
        (
            "fr",
            "« Nous montrons notre colère », a déclaré Dupont, qui a reconnu que Trump était son "
            "quatrième choix.",
            "Dupont",
            "qui",
        ),
        (
            "es",
            "“Mostramos ira”, dijo García, quien reconoció que Trump era su cuarta opción.",
            "García",
            "quien",
        ),
        (
            "ru",
            "«Мы показываем гнев», — сказал Петров, который признал, что Трамп был его "
            "четвертым выбором.",
            "Петров",
            "который",
        ),
        (
            "uk",
            "«Ми показуємо гнів», — сказав Петренко, який визнав, що Трамп був його "
            "четвертим вибором.",
            "Петренко",
            "який",
        ),
    ],
)
def test_a_speaker_named_after_a_quotation_keeps_the_name_before_a_relative_clause(
    lang, text, teller, relative
):
    """The first statement is told by the name; the relative clause's own statement by its
    pronoun, which still resolves to the same person."""
    pairs = [
        (text[a.source_span.start : a.source_span.end], [s.name for s in a.chain])
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.source_span is not None
    ]
    assert pairs[0] == (teller, [teller])
    assert pairs[1] == (relative, [teller])
