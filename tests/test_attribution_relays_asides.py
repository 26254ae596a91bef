"""A relative clause set off by commas after the teller ("El ministro, que rechazó comentar,
dijo ...", "Der Minister, der die Lage kennt, sagte ..."): a reader expects the claim credited
to the minister, in every language, and never lost or given to the clause's object."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_attributions


def _tellers(text: str, lang: str) -> list[tuple[list[str], str | None]]:
    return [
        (
            [s.name for s in a.chain],
            text[a.source_span.start : a.source_span.end] if a.source_span else None,
        )
        for a in find_attributions(text, lang)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "written"),
    [
        (
            "es",
            "El ministro, que rechazó comentar, dijo que los drones venían de Irán.",
            "ministro",
            "El ministro",
        ),
        (
            "es",
            "La portavoz, quien habló bajo condición de anonimato, dijo que los drones venían "
            "de Irán.",
            "portavoz",
            "La portavoz",
        ),
        (
            "es",
            "El Ministerio de Defensa, que no dio más detalles, informó que 40 drones fueron "
            "derribados.",
            "Ministerio de Defensa",
            "El Ministerio de Defensa",
        ),
        (
            "de",
            "Der Minister, der die Lage kennt, sagte, die Drohnen stammten aus dem Iran.",
            "Minister",
            "Der Minister",
        ),
        (
            "de",
            "Die Sprecherin, deren Partei regiert, sagte, die Drohnen stammten aus dem Iran.",
            "Sprecherin",
            "Die Sprecherin",
        ),
        (
            "fr",
            "Le ministre, dont le parti gouverne, a déclaré que les drones venaient d'Iran.",
            "ministre",
            "Le ministre",
        ),
        (
            "ru",
            "Министр, который посетил завод, заявил, что дроны собраны в Алабуге.",
            "Министр",
            "Министр",
        ),
        (
            "ru",
            "Представитель ведомства, которого цитирует ТАСС, заявил, что дроны собраны в Алабуге.",
            "Представитель ведомства",
            "Представитель ведомства",
        ),
        (
            "uk",
            "Речниця, яка відмовилася від коментарів, заявила, що дрони зібрані в Алабузі.",
            "Речниця",
            "Речниця",
        ),
        (
            "en",
            "The minister, who declined to comment further, said the drones came from Iran.",
            "minister",
            "The minister",
        ),
    ],
)
def test_a_relative_clause_after_the_teller_is_an_aside(
    lang: str, text: str, teller: str, written: str
) -> None:
    assert _tellers(text, lang) == [([teller], written)]
