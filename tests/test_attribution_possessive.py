"""Possessive viewpoint frames: "По его словам, ...", "За його словами, ...", "In Bolton's view".

Wire copy names its speaker once, then goes on through a possessive: the possessor is the teller,
a possessive word resolving like its pronoun to the teller named before.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions
from claimgraph.extract.claims import extract_claims_from_text


def _framed(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(cue, content, innermost teller) of every attribution whose teller is a possessor."""
    return [
        (
            text[a.cue.start : a.cue.end],
            text[a.content.start : a.content.end],
            a.chain[-1].name,
        )
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.kind == "according_to" and a.cue is not None and not a.inherited
    ]


@pytest.mark.parametrize(
    ("lang", "text", "cue", "content", "teller"),
    [
        (
            "ru",
            "Пресс-секретарь Воздушных сил Юрий Игнат заявил, что атака длилась всю ночь. "
            "По его словам, силы ПВО сбили 40 беспилотников.",
            "По его словам",
            "силы ПВО сбили 40 беспилотников",
            "Юрий Игнат",
        ),
        (
            "ru",
            "Минобороны России сообщило о новой атаке. По их данным, было сбито 12 дронов.",
            "По их данным",
            "было сбито 12 дронов",
            "Минобороны России",
        ),
        (
            "uk",
            "Речник Повітряних сил Юрій Ігнат повідомив про масовану атаку. "
            "За його словами, сили ППО збили 40 безпілотників.",
            "За його словами",
            "сили ППО збили 40 безпілотників",
            "Юрій Ігнат",
        ),
        (
            "uk",
            "Аналітики заявили, що виробництво зростає. На їхню думку, темпи подвоїлися.",
            "На їхню думку",
            "темпи подвоїлися",
            "Аналітики",
        ),
        (
            "en",
            "John Bolton said the talks were a failure. In his view, sanctions had not worked.",
            "In his view",
            "sanctions had not worked",
            "John Bolton",
        ),
        (
            "en",
            "The embargo had failed, in Bolton's view.",
            "in Bolton's view",
            "The embargo had failed",
            "Bolton",
        ),
        (
            "fr",
            "Le porte-parole a déclaré que la ligne tenait. À ses yeux, la production a doublé.",
            "À ses yeux",
            "la production a doublé",
            "porte-parole",
        ),
        (
            "de",
            "Der Sprecher sagte, die Lage sei ruhig. Nach seinen Worten wurden 40 Drohnen "
            "abgeschossen.",
            "Nach seinen Worten",
            "wurden 40 Drohnen abgeschossen",
            "Sprecher",
        ),
        (
            "es",
            "El portavoz dijo que la situación era estable. En su opinión, la producción se ha "
            "duplicado.",
            "En su opinión",
            "la producción se ha duplicado",
            "portavoz",
        ),
    ],
)
def test_the_possessor_of_a_viewpoint_frame_is_the_teller(
    lang: str, text: str, cue: str, content: str, teller: str
) -> None:
    assert (cue, content, teller) in _framed(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "fr",
            "Le ministre a déclaré que la ligne tenait. Selon ses estimations, 40 drones ont été "
            "abattus.",
            "ministre",
        ),
        (
            "de",
            "Der Sprecher sagte, die Lage sei ruhig. Seinen Angaben zufolge wurden 40 Drohnen "
            "abgeschossen.",
            "Sprecher",
        ),
        (
            "es",
            "El portavoz dijo que la situación era estable. Según sus datos, 40 drones fueron "
            "derribados.",
            "portavoz",
        ),
    ],
)
def test_an_according_to_phrase_with_a_possessive_names_the_possessor(
    lang: str, text: str, teller: str
) -> None:
    # "selon *ses estimations*" named the estimates; the possessor is who estimated
    [(_, _, named)] = [f for f in _framed(text, lang)]
    assert named == teller


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "They had tears in their eyes as the sirens sounded."),
        ("en", "Voters clearly believed in her judgment."),
        ("en", "The broker was less positive in his estimation of the market's strength."),
        ("en", "Many voters cited Trump's views on immigration."),
        ("ru", "Он посмотрел ему в глаза и ничего не сказал."),
    ],
)
def test_a_viewpoint_noun_as_a_complement_is_no_frame(lang: str, text: str) -> None:
    assert _framed(text, lang) == []


def test_a_figure_after_po_ego_slovam_is_sourced_to_the_speaker_named_before() -> None:
    text = (
        "Пресс-секретарь Воздушных сил Юрий Игнат заявил, что атака длилась всю ночь. "
        "По его словам, ночью Россия запустила 40 беспилотников.\n"
    )
    claims = extract_claims_from_text(text, "ru", "2024-01-02")
    [claim] = [c for c in claims if c.quantity is not None and c.quantity.value == 40]
    assert claim.sources[-1].name == "Юрий Игнат"
    assert claim.modality == "reported"


@pytest.mark.parametrize(
    ("lang", "text", "cue", "content"),
    [
        (
            "en",
            "Ihnat said the attack lasted all night: in his view, the defences shot down 40 drones.",
            "in his view",
            "the defences shot down 40 drones",
        ),
        (
            "fr",
            "Le porte-parole a parlé longuement : à ses yeux, la défense a abattu 40 drones.",
            "à ses yeux",
            "la défense a abattu 40 drones",
        ),
        (
            "de",
            "Sprecher Juri Ihnat erklärte, dass nach seinen Worten die Abwehr 40 Drohnen "
            "abgeschossen habe.",
            "nach seinen Worten",
            "die Abwehr 40 Drohnen abgeschossen habe",
        ),
        (
            "es",
            "El portavoz habló largamente: en su opinión, la defensa derribó 40 drones.",
            "en su opinión",
            "la defensa derribó 40 drones",
        ),
        (
            "ru",
            "Игнат выступил на брифинге: по его словам, ПВО сбили 40 беспилотников.",
            "по его словам",
            "ПВО сбили 40 беспилотников",
        ),
        (
            "uk",
            "Ігнат виступив на брифінгу: за його словами, ППО збила 40 дронів.",
            "за його словами",
            "ППО збила 40 дронів",
        ),
    ],
)
def test_a_frame_after_a_colon_or_a_complementizer_frames_the_clause_it_opens(
    lang: str, text: str, cue: str, content: str
) -> None:
    """Not the whole sentence: the words before the colon or "that" are not the possessor's."""
    assert [(c, body) for c, body, _ in _framed(text, lang)] == [(cue, content)]


def test_a_possessive_never_points_forward_to_a_teller_named_later() -> None:
    text = "He made the point that, in his view, the talks had failed; Bolton said the same."
    framed = _framed(text, "en")
    assert len(framed) == 1
    assert framed[0][2] != "Bolton"
