"""The subject and modality rules on absurd run-on sentences, in six languages: the weapon a price
describes, the place a strike hits, a pronoun's subject, demonym actors and a hedge's clause run
are looked up, not scanned, so the work counted per character stays flat when the sentence grows
8x (a scan per quantity would grow it ~8x). Work is counted in Python calls, not timed."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from claimgraph.extract.claims import extract_claims_from_text

SMALL, LARGE = 3_000, 24_000  # 8x apart

RUN_ON = {
    "en": "allegedly the Shahed costs $ 20,000 and Russia paid $ 30,000 for a Geran and in Kherson "
    "the Russian military struck 51 times and it manufactured 300 drones for the Russian army ",
    "fr": "apparemment le Shahed coûte 20 000 dollars et la Russie a payé 30 000 dollars et à "
    "Kherson l'armée russe a frappé 51 fois et elle a fabriqué 300 drones pour l'armée russe ",
    "de": "angeblich kostet die Shahed 20.000 Dollar und Russland zahlte 30.000 Dollar und in "
    "Cherson hat das russische Militär 51 Mal bombardiert und es hat 300 Drohnen hergestellt ",
    "es": "supuestamente el Shahed cuesta 20.000 dólares y Rusia pagó 30.000 dólares y en Jersón "
    "el ejército ruso bombardeó 51 veces y ésta fabricó 300 drones para el ejército ruso ",
    "ru": "якобы Шахед стоит 20 000 долларов и Россия заплатила 30 000 долларов и в Херсоне "
    "российские войска нанесли 51 удар и она изготовила 300 беспилотников для российской армии ",
    "uk": "нібито Шахед коштує 20 000 доларів і Росія заплатила 30 000 доларів і в Херсоні "
    "російські війська завдали 51 удару і вона виготовила 300 дронів для російської армії ",
}


def _text(lang: str, size: int) -> str:
    unit = RUN_ON[lang]
    return (unit * (size // len(unit) + 1))[:size]


def _calls(text: str, lang: str) -> tuple[int, list[Any]]:
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        claims = extract_claims_from_text(text, lang)
    finally:
        sys.setprofile(None)
    return count, claims


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(RUN_ON))
def test_subject_and_modality_rules_do_linear_work_on_a_run_on_sentence(lang: str) -> None:
    extract_claims_from_text(_text(lang, 1_000), lang)  # language data loaded before counting
    small, few = _calls(_text(lang, SMALL), lang)
    large, many = _calls(_text(lang, LARGE), lang)
    # the rules did run: prices about the weapon, hedged, many times over
    prices = [c for c in many if c.measure == "unit_cost"]
    assert len(prices) > len([c for c in few if c.measure == "unit_cost"]) >= 2
    assert any(c.subject == "shahed-136" for c in prices)
    assert large / LARGE <= 2 * small / SMALL, (
        f"{lang}: {large / LARGE:.1f} calls/char at {LARGE} against {small / SMALL:.1f} at {SMALL}"
    )
