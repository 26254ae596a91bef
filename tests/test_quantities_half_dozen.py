"""Half a dozen is six, in every supported language ('une demi-douzaine', 'ein halbes
Dutzend', 'полдюжины'), and counts the noun after it."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities

HALF_DOZENS = [
    ("en", "Half a dozen soldiers were killed.", "Half a dozen"),
    ("fr", "Une demi-douzaine de soldats ont été tués.", "Une demi-douzaine"),
    ("es", "Media docena de soldados murieron.", "Media docena"),
    ("de", "Ein halbes Dutzend Soldaten wurden getötet.", "Ein halbes Dutzend"),
    ("ru", "Полдюжины солдат погибли.", "Полдюжины"),
    ("uk", "Півдюжини солдатів загинули.", "Півдюжини"),
]


@pytest.mark.parametrize(("lang", "text", "span"), HALF_DOZENS)
def test_half_a_dozen_soldiers_are_six_people(lang: str, text: str, span: str) -> None:
    (q,) = extract_quantities(text, lang)
    assert (q.value, q.bound, q.unit, q.text) == (6.0, "=", "person", span)
