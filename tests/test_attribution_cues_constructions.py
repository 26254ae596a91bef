"""Cues known by construction: verbs no list holds, recognised by their ending and place."""

from __future__ import annotations

from claimgraph.extract.attribution import ALL_KINDS, Attribution, find_attributions


def _found(text: str) -> list[Attribution]:
    return find_attributions(text, "en", kinds=ALL_KINDS)


def _by_cue(text: str, cue: str) -> Attribution | None:
    for a in _found(text):
        if a.cue is not None and cue in text[a.cue.start : a.cue.end]:
            return a
    return None


def _teller(text: str, a: Attribution) -> str:
    assert a.source_span is not None
    return text[a.source_span.start : a.source_span.end]


def test_an_unlisted_verb_before_that_reports_its_subjects_clause() -> None:
    text = (
        "Adam Ozimek calculates that 600,000 jobs will be lost. Critics charged that the hearing"
        " failed. Critics charge that she skewed foreign policy."
    )
    a = _by_cue(text, "calculates")
    assert a is not None and _teller(text, a) == "Adam Ozimek"
    assert text[a.content.start : a.content.end].startswith("600,000 jobs")
    b = _by_cue(text, "charged")
    assert b is not None and _teller(text, b) == "Critics"
    bare = [
        a for a in _found(text) if a.cue is not None and text[a.cue.start : a.cue.end] == "charge"
    ]
    assert len(bare) == 1 and _teller(text, bare[0]) == "Critics"


def test_a_relative_clause_after_a_plural_noun_is_no_report() -> None:
    text = "Investigators recovered several thousand emails that were not among the pages."
    assert _by_cue(text, "emails") is None
    text = "Obama made the case to progressive group leaders that he did not sell them out."
    assert _by_cue(text, "leaders") is None


def test_that_as_a_determiner_or_after_it_is_no_report() -> None:
    text = "Bill Clinton proved that prediction wrong. Somehow, it appears that Sanders won."
    assert _by_cue(text, "proved") is None
    assert _by_cue(text, "appears") is None


def test_an_unlisted_verb_after_a_quotation_closed_by_a_comma() -> None:
    text = '"Silly boys acting like they have never seen a girl before," scoffed Arianna Gil.'
    a = _by_cue(text, "scoffed")
    assert a is not None and _teller(text, a) == "Arianna Gil"
    assert text[a.content.start : a.content.end].startswith("Silly boys")
    text = '"The only bill I know of that has bipartisan support," Toomey fumed on Tuesday.'
    b = _by_cue(text, "fumed")
    assert b is not None and _teller(text, b) == "Toomey"


def test_a_title_in_quotes_before_a_clause_is_no_report() -> None:
    text = "The chain produces dossiers called ''billionaire dossiers,'' which it sells to banks."
    assert _by_cue(text, "sells") is None


def test_an_unlisted_verb_before_to_and_a_listed_cue() -> None:
    text = "Rubio again tried to rebuke the front-runner. Mr. Trump hesitated to repeat his charge."
    a = _by_cue(text, "tried to rebuke")
    assert a is not None and _teller(text, a) == "Rubio"
    b = _by_cue(text, "hesitated to repeat")
    assert b is not None and _teller(text, b) == "Mr. Trump"


def test_a_plural_noun_before_to_is_no_report() -> None:
    text = (
        "Attendees used markers to write notes. Facebook lets users to tell readers they are safe."
    )
    assert _by_cue(text, "markers to write") is None
    assert _by_cue(text, "users to tell") is None
    text = "They have a poor record when it comes to speaking about discrimination."
    assert all(a.cue is None or "comes" not in text[a.cue.start : a.cue.end] for a in _found(text))


def test_a_progressive_or_a_bare_verb_before_that() -> None:
    text = "Hillary Clinton is declaring that she is moving closer. They maintain that most agree."
    a = _by_cue(text, "declaring")
    assert a is not None and _teller(text, a) == "Hillary Clinton"
    assert text[a.content.start : a.content.end].startswith("she is moving")
    b = _by_cue(text, "maintain")
    assert b is not None and _teller(text, b) == "They"


def test_a_possessors_noun_and_a_copula_before_a_clause() -> None:
    text = "Beck's contention was that Trump is appealing to voters."
    a = _by_cue(text, "contention")
    assert a is not None and _teller(text, a).startswith("Beck")
    assert text[a.content.start : a.content.end].startswith("Trump is appealing")
    text = "The senator repeated his belief that there will be a contested convention."
    assert _by_cue(text, "belief") is None


def test_a_copula_and_any_adjective_before_that() -> None:
    text = "Political pundits are shocked that Donald Trump is leading in the polls."
    a = _by_cue(text, "shocked")
    assert a is not None and _teller(text, a) == "Political pundits"
    assert text[a.content.start : a.content.end].startswith("Donald Trump is leading")
    text = "It is clear that the Republican insiders do not understand."
    assert all(a.source_span is None or _teller(text, a) != "It" for a in _found(text))


def test_links_times_and_participles_are_no_construction_cues() -> None:
    text = "Despite complaints that he is a crusader, Mr. Sanders stayed."
    assert _by_cue(text, "complaints") is None
    text = "I'm going to remind them that we are Americans."
    assert _by_cue(text, "going to remind") is None
    text = 'The bill can be "the best of both worlds," giving states more power.'
    assert _by_cue(text, "giving") is None


def test_an_unlisted_verb_after_a_quotation_of_several_sentences() -> None:
    text = (
        "\u201cThe troops cannot leave before the election. That is unfair to them,\u201d the "
        "general charged. \u201cThey have served with honour.\u201d"
    )
    a = _by_cue(text, "charged")
    assert a is not None and _teller(text, a) == "the general"
    assert "cannot leave before the election" in text[a.content.start : a.content.end]
