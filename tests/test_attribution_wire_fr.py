"""French wire reports and official statements (AFP, the Ukrainian air force, the Kremlin): who told
what. An addressee ("a déclaré *à l'AFP*", "a dit Peskov *aux journalistes*") and an asker who
asked nothing written ("Interrogé par des journalistes, le ministre ...") are never the teller."""

from __future__ import annotations

import pytest

from attribution_pairs import told_chains


@pytest.mark.parametrize(
    ("text", "span", "chain"),
    [
        # an addressee after the verb or after the teller is no part of it
        (
            "Le porte-parole du ministère a déclaré à l'AFP que les livraisons continueraient.",
            "Le porte-parole du ministère",
            ["porte-parole du ministère"],
        ),
        (
            "« Nous avons abattu 40 drones », a déclaré à l'AFP le porte-parole de l'armée de l'air, Iouri Ihnat.",
            "le porte-parole de l'armée de l'air, Iouri Ihnat",
            ["Iouri Ihnat"],
        ),
        (
            "« Les négociations continuent », a dit Dmitri Peskov aux journalistes.",
            "Dmitri Peskov",
            ["Dmitri Peskov"],
        ),
        (
            "« Nous avons abattu 40 drones », a déclaré le ministre à l'AFP.",
            "le ministre",
            ["ministre"],
        ),
        (
            "Dmitri Peskov a déclaré aux journalistes que les négociations se poursuivraient.",
            "Dmitri Peskov",
            ["Dmitri Peskov"],
        ),
        (
            "Le chef de la diplomatie ukrainienne a dit à Reuters que Kiev avait besoin de défense aérienne.",
            "Le chef de la diplomatie ukrainienne",
            ["chef de la diplomatie ukrainienne"],
        ),
        (
            "Le ministre a déclaré au Monde que la situation était grave.",
            "Le ministre",
            ["ministre"],
        ),
        # a relay's teller cited by another: the one citing first; a title after an outlet word; "faire état"
        (
            "D'après un responsable américain cité par Reuters, l'Iran a livré 200 drones.",
            "un responsable américain cité par Reuters",
            ["Reuters", "un responsable américain"],
        ),
        (
            "L'Iran a livré 200 drones, selon un responsable américain cité par Reuters.",
            "un responsable américain cité par Reuters",
            ["Reuters", "un responsable américain"],
        ),
        (
            "Paris prépare une nouvelle livraison, a rapporté le quotidien Le Figaro.",
            "le quotidien Le Figaro",
            ["Le Figaro"],
        ),
        (
            "L'armée de l'air ukrainienne fait état de 60 drones abattus.",
            "L'armée de l'air ukrainienne",
            ["L'armée de l'air ukrainienne"],
        ),
        # an opener pointing back puts the teller after the verb
        (
            "C'est ce qu'a affirmé le porte-parole du Pentagone lors d'un point presse.",
            "le porte-parole du Pentagone",
            ["porte-parole du Pentagone"],
        ),
        (
            "C'est ce qu'ont indiqué des responsables américains.",
            "des responsables américains",
            ["des responsables américains"],
        ),
        # a relative citing inside the subject; a role's name after an inverted verb
        (
            "Reuters, qui cite trois sources, a rapporté que l'Iran avait livré 200 drones.",
            "Reuters",
            ["Reuters", "trois sources"],
        ),
        (
            "« Il n'y a pas de négociations », a affirmé le porte-parole du Kremlin, Dmitri Peskov.",
            "le porte-parole du Kremlin, Dmitri Peskov",
            ["Dmitri Peskov"],
        ),
        (
            "Le ministère ukrainien de la Défense a fait savoir que 40 drones avaient été abattus.",
            "Le ministère ukrainien de la Défense",
            ["ministère ukrainien de la Défense"],
        ),
        # an asker who asked nothing written is no teller
        (
            "Interrogé par des journalistes, le ministre a affirmé que l'armée avait abattu 40 drones.",
            "le ministre",
            ["ministre"],
        ),
        # relays and bodies
        (
            "Selon l'armée de l'air ukrainienne, 45 drones ont été abattus dans la nuit.",
            "l'armée de l'air ukrainienne",
            ["l'armée de l'air ukrainienne"],
        ),
        (
            "D'après le ministère russe de la Défense, 20 drones ukrainiens ont été détruits.",
            "le ministère russe de la Défense",
            ["ministère russe de la Défense"],
        ),
        (
            "Selon l'état-major ukrainien, 1200 soldats russes ont été tués en 24 heures.",
            "l'état-major ukrainien",
            ["l'état-major ukrainien"],
        ),
        (
            "Le Kremlin a affirmé lundi que les négociations se poursuivraient.",
            "Le Kremlin",
            ["Kremlin"],
        ),
        (
            "Le président Zelensky a indiqué sur Telegram que 60 drones avaient été abattus.",
            "Le président Zelensky",
            ["Zelensky"],
        ),
        (
            "L'armée de l'air ukrainienne a indiqué que 50 drones Shahed avaient été abattus.",
            "L'armée de l'air ukrainienne",
            ["L'armée de l'air ukrainienne"],
        ),
        (
            "Le ministère a précisé dans un communiqué que 12 drones avaient été détruits.",
            "Le ministère",
            ["ministère"],
        ),
        (
            "Zelensky a affirmé sur son compte Telegram que 60 drones avaient été abattus.",
            "Zelensky",
            ["Zelensky"],
        ),
        (
            "Le Wall Street Journal, citant des responsables américains, rapporte que l'Iran a livré 200 drones.",
            "Le Wall Street Journal",
            ["Wall Street Journal", "des responsables américains"],
        ),
    ],
)
def test_the_teller_of_a_fr_wire_sentence(text: str, span: str, chain: list[str]) -> None:
    """The source span as written and the chain of tellers."""
    assert told_chains(text, "fr") == [(span, chain)]


def test_a_denial_in_a_comment_relative_is_told_by_its_own_teller() -> None:
    """ "Kiev affirme avoir abattu 60 drones, ce que Moscou dément.": Moscou denies what Kiev says; the denial is Moscou's alone, not
    relayed by Kiev."""
    text = "Kiev affirme avoir abattu 60 drones, ce que Moscou dément."
    assert told_chains(text, "fr") == [("Kiev", ["Kiev"]), ("Moscou", ["Moscou"])]
