"""Attribution cues added from the PolNeAR train half (each family kept only where it adds more
true than false sources there): a poll or survey named after "in" is the teller of its finding;
light verbs and catenatives ("doubled down on", "was quick to", "took a shot at"); long-tail
stance verbs ("named", "resisted", "vouched for"). English data only so far: the other
languages have no ``source_frames`` yet, and their existing "according to" cues still carry a
poll ("selon un sondage", "laut einer Umfrage", "según una encuesta", "по данным опроса",
"за даними опитування")."""

from __future__ import annotations

import pytest

from claimgraph.extract.a_lexicon import lexicon
from claimgraph.extract.attribution import ALL_KINDS, Attribution, find_attributions
from claimgraph.extract.claims import extract_claims_from_text


def _frames(text: str, lang: str = "en") -> list[Attribution]:
    return [
        a
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.kind == "according_to"
        and a.cue is not None
        and text[a.cue.start : a.cue.end] in ("in", "In")
    ]


def _said(text: str, span) -> str:
    return text[span.start : span.end]


def test_a_survey_opening_the_sentence_is_the_innermost_teller_of_its_figure() -> None:
    text = (
        "In a Kyiv International Institute of Sociology survey published on Friday, 62 percent "
        "of Ukrainians said they opposed any territorial concessions. Russia launched 48 Shahed "
        "drones overnight, the air force said."
    )
    claims = extract_claims_from_text(text, "en", "2024-05-18", outlet="wire")
    share = next(c for c in claims if c.quantity is not None and c.quantity.value == 62)
    assert share.sources[0].name == "wire"
    assert "Institute of Sociology survey" in share.sources[-1].name
    launched = next(c for c in claims if c.quantity is not None and c.quantity.value == 48)
    assert [s.name for s in launched.sources] == ["wire", "air force"]


@pytest.mark.parametrize(
    ("text", "teller", "content"),
    [
        (
            "In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead.",
            "a Des Moines Register poll",
            "Mr. Cruz had a 10 percentage-point lead",
        ),
        (
            "Trump leads Cruz in the latest NBC News/Wall Street Journal poll.",
            "the latest NBC News/Wall Street Journal poll",
            "Trump leads Cruz",
        ),
        (
            "Rubio moved to second in a more-recent survey from Florida Southern College.",
            "a more-recent survey from Florida Southern College",
            "Rubio moved to second",
        ),
        (
            "But in a new survey, most respondents backed the plan.",
            "a new survey",
            "most respondents backed the plan",
        ),
    ],
)
def test_a_poll_or_survey_after_in_tells_its_clause(text: str, teller: str, content: str) -> None:
    (frame,) = _frames(text)
    assert _said(text, frame.source_span) == teller
    assert _said(text, frame.content) == content
    assert frame.chain[-1].type in ("document", "agency", "outlet")


@pytest.mark.parametrize(
    "text",
    [
        "Clinton said in an interview that she would win the state.",
        "The ministry said in a statement that 40 drones were shot down.",
        "Sanders has gained ground in the polls since January.",
        "“We lead in every poll,” Trump said.",
        "He was in a poll-watching mood and in no hurry.",
        "Christie tied for fifth at 5% in the poll.",
    ],
)
def test_where_a_speaker_spoke_is_no_frame(text: str) -> None:
    assert _frames(text) == []


def test_a_frame_already_told_by_a_verb_is_not_doubled() -> None:
    text = "In a CNN/ORC poll released Monday, 38 percent of voters named the economy."
    tellers = [
        _said(text, a.source_span)
        for a in find_attributions(text, "en", kinds=ALL_KINDS)
        if a.source_span is not None and "poll" in _said(text, a.source_span)
    ]
    assert len(tellers) == 1


@pytest.mark.parametrize("lang", ["fr", "de", "es", "ru", "uk"])
def test_languages_without_frame_data_find_no_frames(lang: str) -> None:
    assert lexicon(lang).source_frames == {}


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "fr",
            "Selon un sondage Ifop publié dimanche, 62 % des Français soutiennent Kyiv.",
            "un sondage Ifop",
        ),
        (
            "de",
            "Laut einer Umfrage von Forsa unterstützen 62 Prozent der Deutschen Kyjiw.",
            "einer Umfrage von Forsa",
        ),
        (
            "es",
            "Según una encuesta de Cadem, el 62 % de los chilenos apoya a Kiev.",
            "una encuesta de Cadem",
        ),
        (
            "ru",
            "По данным опроса Левада-центра, 62 процента россиян поддерживают войну.",
            "опроса Левада-центра",
        ),
        (
            "uk",
            "За даними опитування КМІС, 62 відсотки українців проти поступок.",
            "опитування КМІС",
        ),
    ],
)
def test_a_poll_after_according_to_is_still_the_teller(lang: str, text: str, teller: str) -> None:
    atts = [a for a in find_attributions(text, lang) if a.source_span is not None]
    assert any(teller in _said(text, a.source_span) for a in atts)


@pytest.mark.parametrize(
    ("text", "cue", "teller"),
    [
        ("Sanders doubled down on his criticism of the trade deal.", "doubled down on", "Sanders"),
        ("Cruz was quick to attack the plan on Monday.", "was quick to", "Cruz"),
        ("Trump took a shot at Bush during the debate.", "took a shot at", "Trump"),
        (
            "Republican leaders stopped short of endorsing Trump.",
            "stopped short of",
            "Republican leaders",
        ),
        ("Young voters are more likely to back Sanders.", "are more likely to", "Young voters"),
        ("The senator made comments about the deal on Sunday.", "made comments", "The senator"),
        ("Kasich went on to praise the governor.", "went on to", "Kasich"),
        ("Christie has made the case for a tougher line on Iran.", "made the case", "Christie"),
    ],
)
def test_light_verbs_and_catenatives_name_their_subject(text: str, cue: str, teller: str) -> None:
    (att,) = [a for a in find_attributions(text, "en", kinds=ALL_KINDS) if a.cue is not None]
    assert _said(text, att.cue).endswith(cue)
    assert _said(text, att.source_span) == teller


@pytest.mark.parametrize(
    ("text", "cue", "teller"),
    [
        ("Obama named Merrick Garland to the court.", "named", "Obama"),
        ("The governor resisted calls to resign.", "resisted", "The governor"),
        ("Graham vouched for the nominee.", "vouched for", "Graham"),
        ("Ryan distanced himself from the remarks.", "distanced himself from", "Ryan"),
        ("The White House issued a warning to Tehran.", "issued", "The White House"),
        ("Warren took issue with the bank's claims.", "took issue with", "Warren"),
        ("Putin opined that the sanctions had failed.", "opined", "Putin"),
    ],
)
def test_long_tail_stance_and_speech_verbs(text: str, cue: str, teller: str) -> None:
    atts = [a for a in find_attributions(text, "en", kinds=ALL_KINDS) if a.cue is not None]
    (att,) = [a for a in atts if _said(text, a.cue).endswith(cue)]
    assert _said(text, att.source_span) == teller


def test_stance_cues_stay_out_of_the_claims_ledger() -> None:
    """Stance verbs are for PolNeAR-style attribution; a claim is told by speech and belief only:
    'Russia knocked out ...' is an event, not Russia telling the figure."""
    text = "Russia knocked out 40 percent of the grid, the ministry said."
    claims = extract_claims_from_text(text, "en", "2024-05-18", outlet="wire")
    assert claims and all(c.sources[-1].name == "ministry" for c in claims)


def test_frames_on_hostile_input_stay_inside_their_sentence() -> None:
    text = "in a new poll " * 5000 + "in " * 5000 + "new survey " * 5000
    frames = _frames(text)
    assert frames
    for f in frames:
        assert f.cue.end <= f.source_span.start
        assert len(f.source_span) < 200


@pytest.mark.parametrize(
    "cue", ["as first reported by", "as described by", "as recounted by", "as noted by"]
)
def test_an_as_by_relay_credits_the_outlet(cue: str) -> None:
    text = f"Iran has delivered 6,000 Shahed drones to Russia, {cue} the Wall Street Journal."
    claims = extract_claims_from_text(text, "en", "2024-05-18", outlet="wire")
    delivered = next(c for c in claims if c.quantity is not None and c.quantity.value == 6000)
    assert [s.name for s in delivered.sources] == ["wire", "Wall Street Journal"]


@pytest.mark.parametrize(
    ("text", "teller", "kind"),
    [
        (
            "Republican strategists worry that the nominee will lose.",
            "Republican strategists",
            "group",
        ),
        ("Many economists expect the sanctions to bite by spring.", "Many economists", "group"),
        ("Conservatives oppose the deal with Tehran.", "Conservatives", "group"),
        ("The pollster believes turnout will fall.", "The pollster", "person"),
    ],
)
def test_groups_and_roles_with_a_lower_case_head_hold_beliefs(
    text: str, teller: str, kind: str
) -> None:
    (att,) = [a for a in find_attributions(text, "en", kinds=ALL_KINDS) if a.source_span]
    assert _said(text, att.source_span) == teller
    assert att.chain[-1].type == kind
