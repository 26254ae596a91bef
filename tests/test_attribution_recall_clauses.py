"""Who speaks when the words before a cue belong to another clause: a transcript quoted
paragraph by paragraph, a relative clause restricting the subject, a clause or a place between
commas before a participle, asides set off by double hyphens; in every language a rule
exists for."""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs

TRANSCRIPTS = [
    (
        "en",
        "Partial transcript as follows:\n\n\"WALLACE: Let's start with the debate story.\n\n"
        '"PENCE: Well, look, the campaign launched 40 ads this week.',
        [("WALLACE", ":"), ("PENCE", ":")],
    ),
    (
        "fr",
        "Transcription partielle :\n\n« DUPONT : Nous avons abattu 40 drones cette nuit.\n\n"
        "« MARTIN : Combien en reste-t-il ?",
        [("DUPONT", ":"), ("MARTIN", ":")],
    ),
    (
        "de",
        "Auszug aus dem Protokoll:\n\n„MÜLLER: Wir haben 40 Drohnen abgeschossen.\n\n"
        "„SCHMIDT: Wie viele sind es noch?",
        [("MÜLLER", ":"), ("SCHMIDT", ":")],
    ),
    (
        "es",
        "Transcripción parcial:\n\n«GARCÍA: Derribamos 40 drones anoche.\n\n"
        "«LÓPEZ: ¿Cuántos quedan?",
        [("GARCÍA", ":"), ("LÓPEZ", ":")],
    ),
    ("ru", "Стенограмма:\n\n«ПЕСКОВ: Мы сбили 40 беспилотников этой ночью.", [("ПЕСКОВ", ":")]),
    ("uk", "Стенограма:\n\n«ІГНАТ: Ми збили 40 дронів цієї ночі.", [("ІГНАТ", ":")]),
]


@pytest.mark.parametrize(("lang", "text", "pairs"), TRANSCRIPTS)
def test_a_transcript_quoted_paragraph_by_paragraph_keeps_its_speakers(lang, text, pairs):
    # news sites quote a transcript with an opening mark on every paragraph and no closing
    # one; the label opening each quotation still names who speaks
    assert _pairs(text, lang) == pairs


def test_a_label_inside_a_quotation_within_a_paragraph_is_no_transcript():
    text = 'Rubio tweeted a warning. "Missouri: Remember in November who filibustered."'
    assert ("Missouri", ":") not in _pairs(text)


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Supporters who have heard directly from the Rubio campaign say their priority is"
            " to finish ahead.",
            "Supporters who have heard directly from the Rubio campaign",
            "say",
        ),
        (
            "One Democratic official who relayed the exchange said Reid quieted the chatter.",
            "One Democratic official who relayed the exchange",
            "said",
        ),
        (
            "Current and former officials who spoke with The Huffington Post said the"
            " organization has become a shell of itself.",
            "Current and former officials who spoke with The Huffington Post",
            "said",
        ),
    ],
)
def test_a_subject_restricted_by_a_relative_clause_speaks_not_the_clauses_object(text, teller, cue):
    pairs = _pairs(text)
    assert (teller, cue) in pairs
    # the relative clause's own verb, if it is a cue, is written with the same teller span
    assert {t for t, _ in pairs} == {teller}


def test_a_french_subject_restricted_by_a_relative_clause_speaks():
    text = (
        "Le porte-parole qui a reçu les journalistes du Monde a déclaré que 40 drones"
        " avaient été abattus."
    )
    assert _pairs(text, "fr") == [
        ("Le porte-parole qui a reçu les journalistes du Monde", "a déclaré")
    ]


def test_a_relative_clauses_own_subject_speaks():
    assert _pairs("Bernie Sanders is the man who Obama said was the best choice.") == [
        ("Obama", "said")
    ]


def test_a_relative_subject_reaches_no_verb_of_a_later_clause():
    text = (
        "Many supporters who came to Philadelphia say they will back Stein unless Sanders"
        " disavows the endorsement."
    )
    pairs = _pairs(text)
    assert ("Many supporters who came to Philadelphia", "say") in pairs
    # "they" and "unless" open clauses of their own: "disavows" is not the supporters'
    assert not any(t.startswith("Many") for t, c in pairs if c == "disavows")


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        # the cue before the comma has its teller right before it: the participle goes on
        # with it, not with the subject opening the sentence inside the quotation
        (
            'The former secretary will play the "woman card," Fiorina said, adding that the'
            ' way to go after it "is to attack her track record."',
            "Fiorina",
            "adding",
        ),
        # a part between commas opening on a pronoun is a clause, not an aside
        ("Meanwhile, it attacked Trump, saying he has offended veterans.", "it", "saying"),
        # "City, State," after a link is a place, the clause's subject speaks
        (
            "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa,"
            " Oklahoma, arguing that the epidemic must end.",
            "Hillary Clinton",
            "arguing",
        ),
        (
            "It’s a big if, but Sanders was in San Diego on Tuesday night, emphasizing the"
            " state's importance.",
            "Sanders",
            "emphasizing",
        ),
    ],
)
def test_a_participle_after_a_comma_is_told_by_the_clause_it_continues(text, teller, cue):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's hard not to wonder whether officials are looking enviously at the other party"
        " and wishing they had superdelegates.",
        "It’s a big if, but Sanders was in San Diego on Tuesday night, emphasizing the"
        " state's importance.",
    ],
)
def test_it_s_contracted_with_its_verb_is_no_teller(text):
    assert not any(t.lower().startswith("it") for t, _ in _pairs(text))


def test_a_pronoun_contracted_with_its_verb_keeps_its_teller():
    text = "They’re less hostile to regulation and generally agree that the rich should pay more."
    assert ("They’re", "generally agree") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "Kall -- co-editor of Debating The Donald, a book analyzing Trump's debates -- said"
            " the candidate tended to make announcements.",
            "Kall -- co-editor of Debating The Donald, a book analyzing Trump's debates --",
            "said",
        ),
        (
            "The three constitutional scholars - Mr. Tribe, Ms. Epstein and Mr. Amar - agreed"
            " that the clause applies.",
            "The three constitutional scholars - Mr. Tribe, Ms. Epstein and Mr. Amar -",
            "agreed",
        ),
    ],
)
def test_a_subject_before_an_aside_in_double_hyphens_or_with_titles_speaks(text, teller, cue):
    pairs = _pairs(text)
    assert (teller, cue) in pairs
    assert [c for _, c in pairs].count(cue) == 1  # "said the candidate" is no second teller


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "BRUSSELS - European leaders gathered Friday to discuss the challenges facing their"
            " continent, offering broad new defense efforts.",
            "European",
        ),
        (
            "MYRTLE BEACH, S.C. - Sen. Ted Cruz continued his onslaught against Donald Trump on"
            " Saturday, questioning the mogul's temperament.",
            "Sen. Ted Cruz",
        ),
    ],
)
def test_a_dateline_in_capitals_is_no_teller(text, teller):
    tellers = {t for t, _ in _pairs(text)}
    assert any(t.startswith(teller) for t in tellers)  # the clause's subject speaks
    assert not any(t.isupper() for t in tellers)


@pytest.mark.parametrize(
    "text",
    [
        "BYLINE: Amber Phillips.",
        "CLARIFICATION: The first sentence has been clarified.",
        "EMAIL: fitcity@nytimes.com.",
        "LOOK: Shocking Photos Of The Rally Are Going Viral.",
    ],
)
def test_a_label_before_a_colon_names_no_teller(text):
    assert not any(c == ":" for _, c in _pairs(text))


@pytest.mark.parametrize(
    ("text", "teller", "cue"),
    [
        (
            "The judges said their ruling must be binding, a call echoed by Japan on Saturday.",
            "Japan",
            "echoed",
        ),
        (
            "Dena Grayson is not licensed to practice, a fact first reported by Christopher Heath.",
            "Christopher Heath",
            "first reported",
        ),
    ],
)
def test_the_agent_of_a_participle_describing_a_phrase_tells_it(text, teller, cue):
    assert (teller, cue) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "not_teller"),
    [
        ("''It's nonsense,'' Mr. Trump said by telephone on Sunday.", "telephone"),
        ("Mr. Bush responded by first saying some good things about Mr. Trump.", "first"),
    ],
)
def test_by_after_a_finite_verb_or_before_a_gerund_names_no_agent(text, not_teller):
    assert not any(not_teller in t for t, _ in _pairs(text))


@pytest.mark.parametrize(
    ("lang", "text", "teller", "cue"),
    [
        (
            "en",
            "An official who requested anonymity said 40 drones were shot down.",
            "An official who requested anonymity",
            "said",
        ),
        (
            "en",
            "An official who spoke on condition of anonymity said 40 drones were shot down.",
            "An official who spoke on condition of anonymity",
            "said",
        ),
        (
            "es",
            "Un funcionario que pidió el anonimato dijo que 40 drones fueron derribados.",
            "Un funcionario que pidió el anonimato",
            "dijo",
        ),
        (
            "es",
            "El portavoz que habló con Reuters dijo que 40 drones fueron derribados.",
            "El portavoz que habló con Reuters",
            "dijo",
        ),
        (
            "fr",
            "Un responsable qui a requis l'anonymat a déclaré que 40 drones avaient été abattus.",
            "Un responsable qui a requis l'anonymat",
            "a déclaré",
        ),
    ],
)
def test_an_anonymous_subject_restricted_by_a_relative_clause_speaks(lang, text, teller, cue):
    # the relative clause ends on words of its own ("anonymity", "Reuters", "el anonimato"):
    # neither they nor the relative pronoun tell what was said
    assert (teller, cue) in _pairs(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "El ministro dijo que el portavoz informó que 40 drones fueron derribados.",
        "El Gobierno anunció que Kiev informó de 40 drones derribados.",
    ],
)
def test_spanish_que_before_a_subject_opens_what_was_said(text):
    # "que" before a determiner or a name is the complementizer, not a relative
    tellers = {t for t, _ in _pairs(text, "es")}
    assert not any(" que " in t for t in tellers)
    assert len(tellers) == 2
