"""A dash signs a quotation or a post: "“...” — Jane Doe", "... — Paul Ryan (@SpeakerRyan)".

Readers' voices, epigraphs and embedded posts credit their speaker after the words with a dash
and a name only. The name is the teller, the dash the cue, the quotation the content; a dash in
running prose ("“...” — Clinton disagreed") is no signature.
"""

from __future__ import annotations

import pytest

from attribution_pairs import teller_cue_pairs as _pairs
from claimgraph.extract.attribution import find_attributions
from claimgraph.extract.claims import extract_claims_from_text


def _signed(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(teller, content, innermost name) of each attribution whose cue is a dash."""
    return [
        (
            text[a.source_span.start : a.source_span.end],
            text[a.content.start : a.content.end],
            a.chain[-1].name,
        )
        for a in find_attributions(text, lang)
        if a.cue is not None and text[a.cue.start : a.cue.end] in "—―–-" and a.source_span
    ]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "content"),
    [
        (
            "en",
            "“The shelling went on all night and nobody came to help us.” ― Olena Kovalenko",
            "Olena Kovalenko",
            "The shelling went on all night and nobody came to help us.",
        ),
        (
            "en",
            "“We counted 40 drones over the city before midnight.” — Maria Lopez, 34, of Odesa",
            "Maria Lopez",
            "We counted 40 drones over the city before midnight.",
        ),
        (
            "en",
            "“The factory never stopped working.”\n\n- Jane Q. Public.",
            "Jane Q. Public",
            "The factory never stopped working.",
        ),
        (
            "fr",
            "« Nous avons abattu 40 drones cette nuit. » — Iouri Ihnat",
            "Iouri Ihnat",
            "Nous avons abattu 40 drones cette nuit.",
        ),
        (
            "de",
            "„Die Lage in Charkiw bleibt angespannt.“ — Ihor Terechow",
            "Ihor Terechow",
            "Die Lage in Charkiw bleibt angespannt.",
        ),
        (
            "es",
            "«No dormimos en toda la noche por las sirenas.» — María de la Cruz",
            "María de la Cruz",
            "No dormimos en toda la noche por las sirenas.",
        ),
        (
            "ru",
            "«Мы сбили 40 беспилотников за ночь» — Юрий Игнат",
            "Юрий Игнат",
            "Мы сбили 40 беспилотников за ночь",
        ),
        (
            "uk",
            "«Ми збили 40 безпілотників за ніч» — Юрій Ігнат",
            "Юрій Ігнат",
            "Ми збили 40 безпілотників за ніч",
        ),
    ],
)
def test_a_name_after_a_dash_signs_the_quotation(
    lang: str, text: str, teller: str, content: str
) -> None:
    assert [(t, c) for t, c, _ in _signed(text, lang)] == [(teller, content)]


def test_an_embedded_post_is_signed_by_the_name_before_its_handle() -> None:
    text = (
        "Air defence worked all night over the capital. pic.twitter.com/AbC123 "
        "— Vitali Klitschko (@Vitaliy_Klychko) October 10, 2022"
    )
    [(teller, content, name)] = _signed(text, "en")
    assert teller == "Vitali Klitschko"
    assert content.startswith("Air defence worked all night over the capital.")
    assert name == "Vitali Klitschko"


def test_a_quotation_whose_marks_do_not_pair_is_still_signed() -> None:
    # a closing mark opens the paragraph and a nested word is quoted with the same marks
    text = "”He calls it “hell” there, and he wants to be president.” ― Adriana Rodarte"
    [(teller, content, _)] = _signed(text, "en")
    assert teller == "Adriana Rodarte"
    assert content.startswith("He calls it")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He called the deal “a disaster” — Clinton disagreed."),
        ("en", "He called the deal “a disaster” — Clinton, however, said nothing more about it."),
        ("en", "The talks — Kyiv and Moscow both say — went nowhere."),
        ("en", "The range of 2,500 km - Western estimates put it lower - is disputed."),
        ("fr", "Il a qualifié l'accord de « désastre » — Paris a aussitôt protesté."),
        ("ru", "«Мы сбили 40 дронов», — сказал Игнат."),
        ("uk", "«Ми збили 40 дронів», — сказав Ігнат."),
    ],
)
def test_a_dash_in_running_prose_signs_nothing(lang: str, text: str) -> None:
    assert _signed(text, lang) == []


def test_direct_speech_with_a_verb_after_the_dash_keeps_its_verb() -> None:
    assert _pairs("«Мы сбили 40 дронов», — сказал Игнат.", "ru") == [("Игнат", "сказал")]


def test_a_figure_in_a_signed_quotation_is_sourced_to_its_signer() -> None:
    text = (
        "Residents of Kharkiv described the night.\n\n"
        "“Russia launched 12 drones at the city overnight.” ― Olena Kovalenko\n"
    )
    claims = extract_claims_from_text(text, "en")
    [claim] = [c for c in claims if c.quantity is not None and c.quantity.value == 12]
    assert claim.sources[-1].name == "Olena Kovalenko"
