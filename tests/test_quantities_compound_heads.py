"""What a number counts when the counted noun is a compound with a weapon's type name: German
writes "drei Iskander-M-Raketen" (the last part, Raketen, is the head; Iskander-M only says
which missiles), the other languages write the type after the noun ("ракеты «Искандер-М»",
"missiles Iskander-M") or before it in English. A reader expects missiles in every language."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.quantities import extract_quantities


def _units(text: str, lang: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(q.value, q.unit, q.counted) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Russland feuerte in der Nacht drei Iskander-M-Raketen und 40 Shahed-Drohnen ab.",
            [(3, "missile", "Iskander-M-Raketen"), (40, "drone", "Shahed-Drohnen")],
        ),
        (
            "de",
            "Die Luftabwehr schoss zwei Kinschal-Raketen und 12 Kh-101-Marschflugkörper ab.",
            [(2, "missile", "Kinschal-Raketen"), (12, "missile", "Kh-101-Marschflugkörper")],
        ),
        (
            "de",
            "Bei dem Angriff wurden fünf US-Soldaten verletzt.",
            [(5, "person", "US-Soldaten")],
        ),
        (
            "ru",
            "Россия выпустила три ракеты «Искандер-М» и 40 дронов «Шахед».",
            [(3, "missile", "ракеты"), (40, "drone", "дронов")],
        ),
        ("uk", "Вночі збито три ракети Іскандер-М.", [(3, "missile", "ракети")]),
        (
            "ru",
            "Противник выпустил пять ракет «Искандер-М» по Харькову.",
            [(5, "missile", "ракет")],
        ),
        (
            "fr",
            "La Russie a tiré trois missiles Iskander-M et 40 drones Shahed.",
            [(3, "missile", "missiles"), (40, "drone", "drones")],
        ),
        (
            "es",
            "Rusia lanzó tres misiles Iskander-M durante la noche.",
            [(3, "missile", "misiles")],
        ),
        (
            "en",
            "Russia fired three Iskander-M missiles overnight.",
            [(3, "missile", "Iskander-M missiles")],
        ),
    ],
)
def test_a_weapon_type_in_a_compound_does_not_become_the_unit(
    lang: str, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _units(text, lang) == expected


def test_a_compound_ending_on_a_letter_or_number_is_read_as_before() -> None:
    # no head noun to count: "Iskander-M" ends on a type letter (no metres), "Shahed-136" is
    # a type the lexicon knows as a drone
    units = [q.unit for q in extract_quantities("Russland setzte drei Iskander-M ein.", "de")]
    assert len(units) == 1 and units[0] not in ("m", "metre")
    text = "Die Ukraine meldete 40 Shahed-136 über Odessa."
    assert [q.unit for q in extract_quantities(text, "de")] == ["drone"]


def test_a_german_wire_report_counts_the_missiles() -> None:
    text = (
        "Die ukrainische Luftwaffe teilte am Samstag mit, Russland habe drei "
        "Iskander-M-Raketen abgefeuert."
    )
    claims = [c for c in extract_claims_from_text(text, "de", "2024-05-21") if c.quantity]
    assert [(c.quantity.value, c.quantity.unit) for c in claims if c.quantity] == [(3.0, "missile")]
