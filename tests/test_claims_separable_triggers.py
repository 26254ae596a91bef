"""German separable verbs as measure triggers: "schoss 34 Drohnen ab" is a shooting down, not a
launch; the particle must close the clause within a few words."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.measures import MeasureFinder, _split_trigger
from claimgraph.extract.profile import load_profile

SUMMARY = (
    "Russland griff in der Nacht mit 40 Drohnen an. Die Luftabwehr schoss 34 Drohnen ab, "
    "teilte die Luftwaffe mit. Die Flugabwehr fing weitere 5 Raketen ab."
)


def _measures(text: str) -> dict[float, str]:
    claims = extract_claims_from_text(text, "de", published="2025-11-22")
    return {c.quantity.value: c.measure for c in claims if c.quantity is not None}


def test_overnight_summary_separates_launched_from_shot_down() -> None:
    measures = _measures(SUMMARY)
    assert measures[40] == "launched"
    assert measures[34] == "intercepted"
    assert measures[5] == "intercepted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Luftabwehr schoss in der Nacht über dem Gebiet Kursk 12 Drohnen ab.",
        "Die Flugabwehr wehrte 12 Drohnen ab und meldete keine Schäden.",
        "Die Soldaten holten 12 Drohnen vom Himmel, sagte ein Sprecher.",
    ],
)
def test_particle_closing_the_clause_makes_the_trigger(sentence: str) -> None:
    assert _measures(sentence)[12] == "intercepted"


def test_particle_of_another_clause_is_no_trigger() -> None:
    finder = MeasureFinder(load_profile(), "de")
    found = finder.triggers("Die Armee schoss 12 Raketen. Der Angriff brach ab.")
    assert all(m.payload.name != "intercepted" for m in found.matches)


def test_split_phrase_syntax() -> None:
    assert _split_trigger("schoss … ab") == ("schoss", "ab")
    assert _split_trigger("holte ... vom Himmel") == ("holte", "vom Himmel")
    assert _split_trigger("abgeschossen") is None
