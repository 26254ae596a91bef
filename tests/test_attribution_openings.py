"""Opening viewpoint frames: "Pour Moscou, l'accord est une victoire", "To many, ...".

French and Spanish reports attribute a view by opening the sentence with "Pour X," / "Para X,";
English does with "To X,". The phrase is a teller only when it names one: "Pour la première
fois", "To date", "To stop Ted Cruz" are adverbials.
"""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import ALL_KINDS, find_attributions
from claimgraph.extract.claims import extract_claims_from_text


def _opened(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(teller as written, content, innermost name) of attributions cued by the first word."""
    first = len(text) - len(text.lstrip())
    return [
        (
            text[a.source_span.start : a.source_span.end],
            text[a.content.start : a.content.end],
            a.chain[-1].name,
        )
        for a in find_attributions(text, lang, kinds=ALL_KINDS)
        if a.cue is not None and a.cue.start == first and a.source_span is not None
    ]


@pytest.mark.parametrize(
    ("lang", "text", "teller", "content", "name"),
    [
        (
            "fr",
            "Pour l'analyste militaire Michel Goya, ces drones changent la donne.",
            "l'analyste militaire Michel Goya",
            "ces drones changent la donne",
            "Michel Goya",
        ),
        (
            "fr",
            "Pour Moscou, l'accord est une victoire.",
            "Moscou",
            "l'accord est une victoire",
            "Moscou",
        ),
        (
            "fr",
            "Pour les experts, la production a doublé en un an.",
            "les experts",
            "la production a doublé en un an",
            "experts",
        ),
        (
            "es",
            "Para el analista Michael Kofman, los drones cambiaron la guerra.",
            "el analista Michael Kofman",
            "los drones cambiaron la guerra",
            "Michael Kofman",
        ),
        (
            "es",
            "Para los expertos, la producción se ha duplicado.",
            "los expertos",
            "la producción se ha duplicado",
            "expertos",
        ),
        (
            "en",
            "To many, the vote was a referendum on the war.",
            "many",
            "the vote was a referendum on the war",
            "many",
        ),
        (
            "en",
            "To Kyiv's allies, the strike was a warning.",
            "Kyiv's allies",
            "the strike was a warning",
            "Kyiv's allies",
        ),
    ],
)
def test_a_teller_opening_the_sentence_holds_the_view_after_the_comma(
    lang: str, text: str, teller: str, content: str, name: str
) -> None:
    assert _opened(text, lang) == [(teller, content, name)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "To date, 40 drones have been shot down."),
        ("en", "To stop the attacks, the army bought 40 guns."),
        ("en", "To be clear, nothing has changed."),
        ("en", "For Russia, the winter will be hard."),  # "For" is no frame in English
        ("fr", "Pour la première fois, 40 drones ont été abattus."),
        ("fr", "Pour lutter contre les drones, l'armée a acheté 40 canons."),
        ("fr", "Pour 2025, la Russie prévoit 6 000 drones."),
        ("fr", "Pour sa part, le ministre a refusé de commenter."),
        ("es", "Para ello, el ejército usó 40 drones."),
        ("es", "Para 2025, el plan prevé 6.000 drones."),
        # German puts the verb after the frame, with no comma; Russian and Ukrainian "Для X"
        # states a fact about X: no frame is listed there
        ("de", "Für Moskau ist das Abkommen ein Sieg."),
        ("ru", "Для Москвы, это соглашение стало победой."),
        ("uk", "Для Москви, ця угода стала перемогою."),
    ],
)
def test_an_adverbial_opening_is_no_teller(lang: str, text: str) -> None:
    assert _opened(text, lang) == []


def test_a_figure_in_an_opening_frame_is_sourced_to_its_teller() -> None:
    text = "Pour l'analyste militaire Michel Goya, la Russie a lancé 40 drones cette nuit.\n"
    claims = extract_claims_from_text(text, "fr", "2024-01-02")
    [claim] = [c for c in claims if c.quantity is not None and c.quantity.value == 40]
    assert claim.sources[-1].name == "Michel Goya"
