"""German wire sentences put the verb second after an opening phrase ("Am Montag sagte der
Sprecher ..."): the teller stands after the verb, never inside the opening phrase."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions


def _tellers(text: str) -> list[str]:
    return [
        text[a.source_span.start : a.source_span.end]
        for a in find_attributions(text, "de", kinds=ALL_KINDS)
        if a.source_span is not None and not a.inherited
    ]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        (
            "Am Montag sagte der Sprecher, in der Nacht seien 40 Drohnen abgeschossen worden.",
            "der Sprecher",
        ),
        (
            "Zu den Lieferungen sagte der Sprecher der Luftwaffe, es gebe keine Angaben.",
            "der Sprecher der Luftwaffe",
        ),
        (
            "Gestern teilte das Verteidigungsministerium mit, 40 Drohnen seien abgeschossen worden.",
            "das Verteidigungsministerium",
        ),
        (
            "Im Interview mit der Zeitung sagte Selenskyj, die Lage an der Front sei ernst.",
            "Selenskyj",
        ),
        (
            "Am Samstag erklärte Ihnat im Fernsehen, 34 der 40 Drohnen seien abgefangen worden.",
            "Ihnat",
        ),
        (
            "Fast 60 Prozent der Deutschen meinen, die Lage sei ernst.",
            "Fast 60 Prozent der Deutschen",
        ),
        ("Nach dem Angriff sagte er, die Luftabwehr habe 30 Drohnen zerstört.", "er"),
    ],
)
def test_the_teller_after_the_verb_of_an_opening_phrase(text: str, teller: str) -> None:
    assert _tellers(text) == [teller]


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        # the subject opens the sentence: an opener word is no part of the rule here
        ("Der Sprecher sagte Reportern, 40 Drohnen seien abgeschossen worden.", "Der Sprecher"),
        ("Auch der Minister sagte, die Lage sei ernst.", "der Minister"),
        ("Laut Reuters sagte der Minister, 40 Drohnen seien abgeschossen worden.", "Reuters"),
    ],
)
def test_a_subject_before_its_verb_is_kept(text: str, teller: str) -> None:
    assert _tellers(text)[0] == teller
