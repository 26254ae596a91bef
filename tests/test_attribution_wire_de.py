"""German wire reports and official statements: who told what, as a reader of a dpa or Reuters
German report would name the teller. An addressee in the dative ("sagte *der Zeitung*"), the
asker of an opening phrase ("*Auf Nachfrage der dpa* sagte ein Sprecher") and a name with its
particles ("Von der Leyen") are no wrong tellers; the speaker's span stops before the statement."""

from __future__ import annotations

import pytest

from attribution_pairs import told_chains
from claimgraph.extract.attribution import ALL_KINDS, attribution_for, find_attributions
from claimgraph.records import Span


@pytest.mark.parametrize(
    ("text", "span", "chain"),
    [
        # an addressee in the dative after the verb, the subject before it
        (
            "Von der Leyen sagte der Zeitung, die Lieferungen würden fortgesetzt.",
            "Von der Leyen",
            ["Von der Leyen"],
        ),
        (
            "Selenskyj sagte der Bild am Sonntag, die Lage an der Front sei schwierig.",
            "Selenskyj",
            ["Selenskyj"],
        ),
        (
            "Der Minister sagte dem Sender ntv, man werde weitere Systeme liefern.",
            "Der Minister",
            ["Minister"],
        ),
        (
            "Selenskyj sagte der Deutschen Presse-Agentur, die Ukraine brauche mehr Flugabwehr.",
            "Selenskyj",
            ["Selenskyj"],
        ),
        (
            "Ein Regierungssprecher sagte der Nachrichtenagentur dpa, die Bundesregierung prüfe "
            "die Anfrage.",
            "Ein Regierungssprecher",
            ["Ein Regierungssprecher"],
        ),
        (
            "Die Sprecherin sagte der Zeitung, man habe keine Kenntnis davon.",
            "Die Sprecherin",
            ["Sprecherin"],
        ),
        # the addressee first, the subject after it
        (
            "Am Montag sagte der Zeitung ein Sprecher, man habe keine Kenntnis davon.",
            "ein Sprecher",
            ["Sprecher"],
        ),
        # the asker of an opening phrase is no teller
        (
            "Auf Nachfrage der dpa sagte ein Sprecher, man prüfe den Fall.",
            "ein Sprecher",
            ["Sprecher"],
        ),
        (
            "Auf Anfrage von Reuters teilte das Ministerium mit, man prüfe den Fall.",
            "das Ministerium",
            ["Ministerium"],
        ),
        (
            "Auf Nachfrage des Spiegel erklärte ein Sprecher des Verteidigungsministeriums, die "
            "Zahlen seien korrekt.",
            "ein Sprecher des Verteidigungsministeriums",
            ["ein Sprecher des Verteidigungsministeriums"],
        ),
        (
            "Befragt von Journalisten, sagte der Minister, die Armee habe 40 Drohnen abgeschossen.",
            "der Minister",
            ["Minister"],
        ),
        (
            "Auf die Frage von Journalisten sagte der Minister, die Armee habe 40 Drohnen "
            "abgeschossen.",
            "der Minister",
            ["Minister"],
        ),
        # an opening adverb is no teller
        (
            "Dazu sagte der Sprecher der Luftwaffe, es seien 30 Drohnen gewesen.",
            "der Sprecher der Luftwaffe",
            ["Sprecher der Luftwaffe"],
        ),
        # a separable verb closing an "as" clause; the article after "nach Angaben" opens the teller; a named outlet in the dative is told
        (
            "Wie das Ministerium mitteilte, wurden 30 Drohnen abgeschossen.",
            "das Ministerium",
            ["Ministerium"],
        ),
        (
            "Wie ein Sprecher angab, wurden 30 Drohnen abgeschossen.",
            "ein Sprecher",
            ["Sprecher"],
        ),
        (
            "Nach Angaben der ukrainischen Luftwaffe wurden 38 von 45 Drohnen abgeschossen.",
            "der ukrainischen Luftwaffe",
            ["ukrainischen Luftwaffe"],
        ),
        (
            "Das sagte ein Sprecher der Nachrichtenagentur Reuters.",
            "ein Sprecher",
            ["Sprecher"],
        ),
        (
            "Das berichtete die Nachrichtenagentur Reuters unter Berufung auf zwei Insider.",
            "die Nachrichtenagentur Reuters",
            ["Reuters", "zwei Insider"],
        ),
        # quoting and citing relays: the outlet first
        (
            "Die Zeitung zitiert einen ranghohen Beamten mit den Worten, Russland plane 6000 Drohnen.",
            "Die Zeitung",
            ["Zeitung", "einen ranghohen Beamten"],
        ),
        (
            "Unter Berufung auf US-Geheimdienste berichtete CNN, Russland baue eine Fabrik.",
            "CNN",
            ["CNN", "US-Geheimdienste"],
        ),
        (
            "Das Wall Street Journal berichtete unter Berufung auf ungenannte US-Beamte, Russland wolle 6000 Drohnen bauen.",
            "Das Wall Street Journal",
            ["Wall Street Journal", "ungenannte US-Beamte"],
        ),
        # a medium before a verb closing its clause; a body after 'Aus'; more 'nach ...' relays
        (
            "Wie der ukrainische Generalstab auf Telegram mitteilte, wurden 40 Drohnen abgeschossen.",
            "der ukrainische Generalstab",
            ["ukrainische Generalstab"],
        ),
        (
            "Aus dem Verteidigungsministerium in Kiew hieß es, 40 Drohnen seien abgeschossen worden.",
            "dem Verteidigungsministerium in Kiew",
            ["Verteidigungsministerium in Kiew"],
        ),
        (
            "Aus Regierungskreisen hieß es, man prüfe die Lieferung.",
            "Regierungskreisen",
            ["Regierungskreisen"],
        ),
        (
            "Nach Darstellung Kiews wurden 40 Drohnen abgeschossen.",
            "Kiews",
            ["Kiews"],
        ),
        # wire sentences that were right already
        (
            "Die ukrainische Luftwaffe teilte am Morgen mit, in der Nacht seien 45 Drohnen "
            "abgeschossen worden.",
            "Die ukrainische Luftwaffe",
            ["ukrainische Luftwaffe"],
        ),
        (
            "Laut einem Sprecher der Luftwaffe griff Russland mit 60 Drohnen vom Typ Shahed an.",
            "einem Sprecher der Luftwaffe",
            ["einem Sprecher der Luftwaffe"],
        ),
        (
            "Kremlsprecher Dmitri Peskow sagte am Montag, die Gespräche würden fortgesetzt.",
            "Kremlsprecher Dmitri Peskow",
            ["Kremlsprecher Dmitri Peskow"],
        ),
        (
            "„Wir brauchen mehr Luftabwehr“, sagte Selenskyj in seiner abendlichen Videobotschaft.",
            "Selenskyj",
            ["Selenskyj"],
        ),
        (
            "Der ukrainische Generalstab meldete in seinem Telegram-Kanal, es habe 120 Gefechte "
            "gegeben.",
            "Der ukrainische Generalstab",
            ["ukrainische Generalstab"],
        ),
        (
            "Am Sonntag sagte Außenminister Wadephul im ZDF, Deutschland werde weiter helfen.",
            "Außenminister Wadephul",
            ["Wadephul"],
        ),
        (
            "Dem Bericht zufolge hat Russland im vergangenen Jahr mehr als 6000 Drohnen "
            "produziert.",
            "Dem Bericht",
            ["Bericht"],
        ),
        (
            "Ein Sprecher des Pentagons sagte dem Sender CNN, die Lieferung sei unterwegs.",
            "Ein Sprecher des Pentagons",
            ["Ein Sprecher des Pentagons"],
        ),
    ],
)
def test_the_teller_of_a_german_wire_sentence(text: str, span: str, chain: list[str]) -> None:
    assert told_chains(text, "de") == [(span, chain)]


@pytest.mark.parametrize(
    ("text", "span", "name", "role"),
    [
        (
            "Dazu sagte der Sprecher der Luftwaffe, Juri Ihnat, es seien 30 Drohnen gewesen.",
            "der Sprecher der Luftwaffe, Juri Ihnat",
            "Juri Ihnat",
            "Sprecher der Luftwaffe",
        ),
        (
            "Am Montag sagte die Sprecherin des Ministeriums, Maria Sacharowa, Moskau werde "
            "antworten.",
            "die Sprecherin des Ministeriums, Maria Sacharowa",
            "Maria Sacharowa",
            "Sprecherin des Ministeriums",
        ),
        # places set off by commas are the statement's, not a name of the teller
        (
            "Am Montag sagte der Kremlsprecher, Russland, China und Iran seien Partner.",
            "der Kremlsprecher",
            "Kremlsprecher",
            None,
        ),
    ],
)
def test_a_name_in_commas_after_an_inverted_role(
    text: str, span: str, name: str, role: str | None
) -> None:
    """ "Dazu sagte der Sprecher der Luftwaffe, Juri Ihnat, es seien ...": the person is
    named, the role kept with the name, and the statement starts after the name."""
    (a,) = find_attributions(text, "de", kinds=ALL_KINDS)
    assert a.source_span is not None
    assert text[a.source_span.start : a.source_span.end] == span
    assert [(s.name, s.role) for s in a.chain] == [(name, role)]
    assert text[a.content.start :].startswith(text[a.source_span.end + 2 :][:10])


@pytest.mark.parametrize(
    ("text", "span", "chain"),
    [
        # the subject after the verb stays the teller: "der" before a masculine noun, "einer"
        # a pronoun ("one of the officials"), a genitive inside the subject
        (
            "Am Montag sagte der Sprecher der Luftwaffe, 40 Drohnen seien abgeschossen worden.",
            "der Sprecher der Luftwaffe",
            ["Sprecher der Luftwaffe"],
        ),
        (
            "Am Montag sagte einer der Beamten, man habe keine Kenntnis davon.",
            "einer der Beamten",
            ["einer der Beamten"],
        ),
        (
            "In einer Erklärung sagte der Minister, die Lage sei ernst.",
            "der Minister",
            ["Minister"],
        ),
        # a genitive outlet with no name after it stays in the teller
        (
            "Russland habe 45 Drohnen gestartet, sagte die Chefredakteurin der Zeitung.",
            "die Chefredakteurin der Zeitung",
            ["Chefredakteurin der Zeitung"],
        ),
        # a name's particles belong to it; an article before a genitive does not
        (
            "Ursula von der Leyen sagte, die Lieferungen würden fortgesetzt.",
            "Ursula von der Leyen",
            ["Ursula von der Leyen"],
        ),
        (
            "Der Sprecher der Bundeswehr Peter Müller sagte, die Lieferungen würden fortgesetzt.",
            "Der Sprecher der Bundeswehr Peter Müller",
            ["Sprecher der Bundeswehr Peter Müller"],
        ),
    ],
)
def test_counter_cases_keep_their_teller(text: str, span: str, chain: list[str]) -> None:
    assert told_chains(text, "de") == [(span, chain)]


def test_a_question_written_keeps_its_asker() -> None:
    """ "Auf die Frage von Reuters nach den Lieferungen sagte der Sprecher": the question is
    written, so Reuters asked it; the answer stays the spokesman's alone."""
    text = (
        "Auf die Frage von Reuters nach den Lieferungen sagte der Sprecher, die ersten Drohnen "
        "kämen im März."
    )
    told = told_chains(text, "de")
    assert ("Reuters", ["Reuters"]) in told
    assert ("der Sprecher", ["Sprecher"]) in told


def test_the_minister_alone_tells_the_shot_down_drones() -> None:
    """The claim of the statement ("40 Drohnen") is told by the minister, never through the
    journalists who asked."""
    text = "Befragt von Journalisten, sagte der Minister, die Armee habe 40 Drohnen abgeschossen."
    attributions = find_attributions(text, "de", kinds=ALL_KINDS)
    at = text.index("40 Drohnen")
    holding = [a for a in attributions if a.content.start <= at < a.content.end]
    assert [[s.name for s in a.chain] for a in holding] == [["Minister"]]


def test_a_denial_in_a_comment_relative_is_told_by_its_own_teller() -> None:
    """ "Kiew meldete 60 abgeschossene Drohnen, was Moskau bestritt.": Moskau denies what Kiew says; the denial is Moskau's alone, not
    relayed by Kiew."""
    text = "Kiew meldete 60 abgeschossene Drohnen, was Moskau bestritt."
    assert told_chains(text, "de") == [("Kiew", ["Kiew"]), ("Moskau", ["Moskau"])]


def test_a_name_in_apposition_to_the_opening_subject_keeps_its_role_and_statement() -> None:
    """ "Der Sprecher der Luftwaffe, Juri Ihnat, sagte, 40 Drohnen ...": the statement is what
    follows the verb (the name in commas is no aside inside a statement), the role is kept."""
    text = "Der Sprecher der Luftwaffe, Juri Ihnat, sagte, 40 Drohnen seien abgeschossen worden."
    (a,) = find_attributions(text, "de", kinds=ALL_KINDS)
    assert [(s.name, s.role) for s in a.chain] == [("Juri Ihnat", "Sprecher der Luftwaffe")]
    assert text[a.content.start : a.content.end] == "40 Drohnen seien abgeschossen worden"


def test_an_opener_pointing_back_tells_the_sentence_before() -> None:
    """ "Russland hat in der Nacht 45 Drohnen gestartet. Das teilte das Ministerium am Montag mit.": the figure of the first sentence is told by the teller of the second."""
    text = (
        "Russland hat in der Nacht 45 Drohnen gestartet. Das teilte das Ministerium am Montag mit."
    )
    attributions = find_attributions(text, "de", kinds=ALL_KINDS)
    at = text.index("45")
    held = attribution_for(attributions, Span(at, at + len("45")))
    assert held is not None
    assert [s.name for s in held.chain] == ["Ministerium"]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "Selenskyj sagte der Bild am Sonntag, die Lage an der Front sei schwierig.",
            "die Lage an der Front sei schwierig",
        ),
        (
            "Von der Leyen sagte der Zeitung, die Lieferungen würden fortgesetzt.",
            "die Lieferungen würden fortgesetzt",
        ),
        (
            "Der Minister sagte dem Sender ntv, man werde 40 Systeme liefern.",
            "man werde 40 Systeme liefern",
        ),
    ],
)
def test_the_statement_starts_after_the_addressee(text: str, statement: str) -> None:
    """What was said starts after the addressee and its comma, never on the addressee."""
    (a,) = find_attributions(text, "de", kinds=ALL_KINDS)
    assert text[a.content.start : a.content.end] == statement
