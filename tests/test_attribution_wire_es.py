"""Spanish wire reports and official statements (EFE, Reuters, the Ukrainian air force): who told
what. An addressee ("dijo *a Reuters*", "dijo el ministro *a la agencia Efe*"), a relay's verb
("Según *informó* la agencia Efe") and an asker who asked nothing written are never the teller."""

from __future__ import annotations

import pytest

from attribution_pairs import told_chains


@pytest.mark.parametrize(
    ("text", "span", "chain"),
    [
        # an addressee after the verb or after the teller is no part of it
        (
            "El portavoz del ministerio dijo a Reuters que las entregas continuarían.",
            "El portavoz del ministerio",
            ["portavoz del ministerio"],
        ),
        (
            "«Hemos derribado 40 drones», dijo a la AFP el portavoz de la fuerza aérea.",
            "el portavoz de la fuerza aérea",
            ["portavoz de la fuerza aérea"],
        ),
        (
            "«Hemos derribado 40 drones», dijo el ministro a la agencia Efe.",
            "el ministro",
            ["ministro"],
        ),
        (
            "«Las negociaciones continúan», dijo Dmitri Peskov a los periodistas.",
            "Dmitri Peskov",
            ["Dmitri Peskov"],
        ),
        (
            "Fuentes del Pentágono dijeron a la cadena CNN que el envío está en camino.",
            "Fuentes del Pentágono",
            ["Fuentes del Pentágono"],
        ),
        (
            "El ministro declaró a El País que la situación es grave.",
            "El ministro",
            ["ministro"],
        ),
        # a relay's teller cited by another: the one citing first; a title after an outlet word
        (
            "Irán entregó 200 drones, según un funcionario estadounidense citado por Reuters.",
            "un funcionario estadounidense citado por Reuters",
            ["Reuters", "un funcionario estadounidense"],
        ),
        (
            "Según informó el diario El País, el Gobierno prepara un nuevo envío.",
            "el diario El País",
            ["El País"],
        ),
        # an opener pointing back puts the teller after the verb; a relay's auxiliary and verb are no teller
        (
            "Así lo ha asegurado el portavoz del Kremlin, Dmitri Peskov, en una rueda de prensa.",
            "el portavoz del Kremlin, Dmitri Peskov",
            ["Dmitri Peskov"],
        ),
        (
            "Según ha informado el Ministerio de Defensa, 30 drones fueron derribados.",
            "el Ministerio de Defensa",
            ["Ministerio de Defensa"],
        ),
        # a relative citing inside the subject; a role's name after an inverted verb
        (
            "Reuters, que cita a tres fuentes, informó de que Irán entregó 200 drones.",
            "Reuters",
            ["Reuters", "tres fuentes"],
        ),
        (
            "«No hay negociaciones», afirmó el portavoz del Kremlin, Dmitri Peskov, en declaraciones a la prensa.",
            "el portavoz del Kremlin, Dmitri Peskov",
            ["Dmitri Peskov"],
        ),
        # an addressee between a relay's verb and its teller
        (
            "Según dijo a Reuters una fuente del Pentágono, el envío está en camino.",
            "una fuente del Pentágono",
            ["una fuente del Pentágono"],
        ),
        # an asker who asked nothing written is no teller
        (
            "Preguntado por los periodistas, el ministro aseguró que el ejército había derribado 40 drones.",
            "el ministro",
            ["ministro"],
        ),
        # a relay's verb is no teller
        (
            "Según informó la agencia Efe, 30 drones fueron derribados.",
            "la agencia Efe",
            ["Efe"],
        ),
        # relays and bodies
        (
            "Según el ministerio, 40 drones fueron derribados durante la noche.",
            "el ministerio",
            ["ministerio"],
        ),
        (
            "Según el Estado Mayor ucraniano, 1200 soldados rusos murieron en 24 horas.",
            "el Estado Mayor ucraniano",
            ["Estado Mayor ucraniano"],
        ),
        (
            "De acuerdo con el Ministerio de Defensa ruso, se destruyeron 20 drones.",
            "el Ministerio de Defensa ruso",
            ["Ministerio de Defensa ruso"],
        ),
        (
            "La fuerza aérea ucraniana informó de que 45 drones fueron derribados.",
            "La fuerza aérea ucraniana",
            ["fuerza aérea ucraniana"],
        ),
        (
            "La Fuerza Aérea de Ucrania afirmó en Telegram que derribó 50 de los 60 drones.",
            "La Fuerza Aérea de Ucrania",
            ["Fuerza Aérea de Ucrania"],
        ),
        (
            "El Kremlin afirmó el lunes que las negociaciones continuarán.",
            "El Kremlin",
            ["Kremlin"],
        ),
        (
            "Zelenski escribió en su cuenta de Telegram que 60 drones fueron derribados.",
            "Zelenski",
            ["Zelenski"],
        ),
        (
            "El ministerio indicó en un comunicado que 12 drones fueron destruidos.",
            "El ministerio",
            ["ministerio"],
        ),
    ],
)
def test_the_teller_of_a_es_wire_sentence(text: str, span: str, chain: list[str]) -> None:
    """The source span as written and the chain of tellers."""
    assert told_chains(text, "es") == [(span, chain)]


def test_a_denial_in_a_comment_relative_is_told_by_its_own_teller() -> None:
    """ "Kiev afirma haber derribado 60 drones, algo que Moscú niega.": Moscú denies what Kiev says; the denial is Moscú's alone, not
    relayed by Kiev."""
    text = "Kiev afirma haber derribado 60 drones, algo que Moscú niega."
    assert told_chains(text, "es") == [("Kiev", ["Kiev"]), ("Moscú", ["Moscú"])]
