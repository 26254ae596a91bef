"""An indefinite description introduces a new teller; a definite one points back.

"The Guardian reported the strike. *A report* said ..." is somebody else's report, not the
Guardian's; "*The newspaper* said ..." is the Guardian again.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_attributions


def _second_teller(text: str, lang: str) -> str:
    atts = [a for a in find_attributions(text, lang) if not a.inherited]
    return atts[1].chain[-1].name


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "en",
            "The Guardian reported the strike. A report said that 40 drones were launched.",
            "A report",
        ),
        (
            "en",
            "The Guardian reported the strike. The newspaper said that 40 drones were launched.",
            "Guardian",
        ),
        (
            "de",
            "Der Spiegel berichtete über den Angriff. Eine Zeitung schrieb, 40 Drohnen seien "
            "gestartet.",
            "Eine Zeitung",
        ),
        (
            "de",
            "Der Spiegel berichtete über den Angriff. Die Zeitung schrieb, 40 Drohnen seien "
            "gestartet.",
            "Der Spiegel",
        ),
        (
            "fr",
            "Le Monde a rapporté la frappe. Un journal a affirmé que 40 drones avaient été lancés.",
            "Un journal",
        ),
        (
            "es",
            "El País informó del ataque. Un diario afirmó que 40 drones fueron lanzados.",
            "Un diario",
        ),
    ],
)
def test_only_a_definite_description_points_back(lang: str, text: str, teller: str) -> None:
    assert _second_teller(text, lang) == teller
