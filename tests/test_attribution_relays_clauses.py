"""A reporting verb coordinated inside a subordinate clause ("The crowd cheered when Trump
spotted a sign and said ..."): a reader expects the subordinate clause's subject (Trump) as the
teller, not the main clause's (the crowd); a verb coordinated in the main clause keeps its
subject."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_attributions


def _tellers(text: str) -> list[str]:
    return [a.chain[-1].name for a in find_attributions(text, "en") if a.chain]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "The crowd cheered when Trump spotted a sign and said the drones came from Iran.",
            "Trump",
        ),
        (
            "Sanders laughed after Clinton took the stage and said she would win the state.",
            "Clinton",
        ),
        (
            "Officials left the room while Smith closed the file and argued that the plan would "
            "fail.",
            "Smith",
        ),
        (
            "When the governor visited Odesa and said the port would reopen, the crowd cheered.",
            "governor",
        ),
    ],
)
def test_the_subordinate_clause_subject_speaks(text: str, teller: str) -> None:
    assert _tellers(text) == [teller]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Trump visited Ohio and said the plant would stay open.", "Trump"),
        # a phrase after "after", not a clause: the main clause's subject speaks
        ("Trump spoke after the New Hampshire primary and said he would win.", "Trump"),
        # a comma ends the subordinate clause before the coordinated verb
        ("Trump spoke briefly when the plane landed, and said he would win.", "Trump"),
    ],
)
def test_a_main_clause_verb_keeps_its_subject(text: str, teller: str) -> None:
    assert _tellers(text) == [teller]


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "fr",
            "La foule a applaudi quand Trump a repéré une pancarte et a déclaré que les drones "
            "venaient d'Iran.",
            "Trump",
        ),
        (
            "es",
            "El público aplaudió cuando Trump vio un cartel y dijo que los drones venían de Irán.",
            "Trump",
        ),
        (
            "de",
            "Die Menge jubelte, als Trump ein Schild entdeckte und sagte, die Drohnen stammten "
            "aus dem Iran.",
            "Trump",
        ),
        (
            "ru",
            "Толпа аплодировала, когда министр вышел на сцену и заявил, что дроны собраны в "
            "Алабуге.",
            "министр",
        ),
        (
            "uk",
            "Натовп аплодував, коли міністр вийшов на сцену і заявив, що дрони зібрані в Алабузі.",
            "міністр",
        ),
        # a verb coordinated in the main clause keeps its subject
        ("ru", "Министр посетил завод и заявил, что дроны собраны в Алабуге.", "Министр"),
        (
            "fr",
            "Le ministre a visité l'usine et a déclaré que les drones venaient d'Iran.",
            "ministre",
        ),
    ],
)
def test_the_subordinate_subject_speaks_in_every_language(
    lang: str, text: str, teller: str
) -> None:
    assert [a.chain[-1].name for a in find_attributions(text, lang)] == [teller]
