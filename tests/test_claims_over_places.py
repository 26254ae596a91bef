"""Air-force summaries name the sky a drone was shot down over ("Over the Kursk region, ...",
"Над Курском ..."): with no one named as acting in the clause, the place's country does, in
every language (claims.yaml ``airspace_words``)."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text


def _intercepted(text: str, lang: str) -> list[tuple[float | None, str | None, str | None]]:
    return [
        (c.quantity.value, c.subject, c.place)
        for c in extract_claims_from_text(text, lang)
        if c.measure == "intercepted"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Over the Kursk region, 5 drones were shot down overnight."),
        ("en", "Air defences said 5 drones were shot down over Kursk."),
        ("fr", "Au-dessus de Koursk, 5 drones ont été abattus dans la nuit."),
        ("de", "Über Kursk wurden in der Nacht 5 Drohnen abgeschossen."),
        ("es", "Sobre Kursk, 5 drones fueron derribados durante la noche."),
        ("ru", "Над Курском ночью сбиты 5 беспилотников."),
        ("uk", "Над Курськом уночі збито 5 дронів."),
    ],
)
def test_the_sky_a_drone_fell_over_names_the_country(lang: str, text: str) -> None:
    [(value, subject, place)] = _intercepted(text, lang)
    assert value == 5.0
    assert subject == "russia"
    assert place is not None and "Kursk" in place


def test_a_named_agent_still_wins_over_the_sky() -> None:
    text = "Ukraine's air force said it shot down 40 drones over the Sumy region."
    assert _intercepted(text, "en") == [(40.0, "ukraine", "Sumy Oblast")]


def test_the_sky_of_another_conjunct_is_not_used() -> None:
    # the launch's target is no interceptor of a figure in its own coordinated clause
    text = "Russia launched 50 drones over Kharkiv, and 40 were shot down."
    [(value, subject, _)] = _intercepted(text, "en")
    assert value == 40.0 and subject is None


def test_a_target_is_no_sky() -> None:
    # "on"/"at" name a target: without a sky word the clause names no interceptor
    [(value, subject, _)] = _intercepted("At Kursk, 5 drones were shot down.", "en")
    assert value == 5.0 and subject != "russia"
