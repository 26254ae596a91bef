"""A relay inside its clause ("Russia, according to Kyiv, launched 120 drones") reports the
whole clause, so the figure after it has the relay's teller; a relay closing its clause
reports what comes before it only."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_attributions
from claimgraph.extract.claims import extract_claims_from_text


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("en", "Russia, according to Kyiv, launched 120 drones overnight.", "Kyiv"),
        ("fr", "La Russie a lancé, selon Kiev, 120 drones dans la nuit.", "Kiev"),
        ("es", "Rusia lanzó, según Kiev, 120 drones durante la noche.", "Kiev"),
        ("de", "Russland habe nach Angaben aus Kiew in der Nacht 120 Drohnen gestartet.", "Kiew"),
        ("de", "Russland startete nach Angaben der Luftwaffe 120 Drohnen.", "Luftwaffe"),
        ("ru", "Россия, по данным Киева, запустила 120 дронов.", "Киева"),
        ("uk", "Росія, за даними Повітряних сил, запустила 120 дронів.", "Повітряних сил"),
    ],
)
def test_a_figure_after_a_relay_inside_its_clause_has_the_relays_teller(lang, text, teller):
    claims = [c for c in extract_claims_from_text(text, lang, "2025-01-10") if c.quantity]

    assert [c.quantity.value for c in claims] == [120]
    assert claims[0].sources[-1].name == teller
    assert claims[0].modality == "reported"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Russia launched 120 drones, according to Kyiv.", "Russia launched 120 drones"),
        (
            "Russia launched 120 drones, according to Kyiv, which cited radar data.",
            "Russia launched 120 drones",
        ),
        (
            "His relatives watched the videos, according to their attorneys, and said they had "
            "questions.",
            "His relatives watched the videos",
        ),
        (
            "The deal was reached, according to the department, taking a step toward ending "
            "the strike.",
            "The deal was reached",
        ),
    ],
)
def test_a_relay_closing_its_clause_reports_what_comes_before(text, content):
    (relay,) = [a for a in find_attributions(text, "en") if a.kind == "according_to"]

    assert text[relay.content.start : relay.content.end] == content
