"""A profile's unit words where one begins another ("missile launchers" and "missile"): the
matcher gives them longest first at each start, so their ends are out of order; a count takes
the longer word, the one that names what it counts, in six languages."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from claimgraph.extract.claims import _UnitWords, extract_claims_from_text
from claimgraph.extract.e_matcher import Match
from claimgraph.extract.profile import Profile, profile_from_data


@pytest.fixture(scope="module")
def launchers_profile() -> Profile:
    """The default profile, plus what a user counting launchers and kamikaze drones apart
    would add."""
    text = resources.files("claimgraph").joinpath("profiles/default.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["units"]["count"].append("munition")
    data["unit_words"]["launcher"] = {
        "en": ["missile launcher", "missile launchers"],
        "de": ["Raketen-Startanlage*"],
        "ru": ["ракетн* комплекс*"],
        "uk": ["ракетн* комплекс*"],
    }
    data["unit_words"]["munition"] = {"fr": ["drones kamikazes"], "es": ["drones kamikaze"]}
    return profile_from_data(data, "launchers")


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "The army received new missile launchers: 12 units were delivered in May.",
         "launcher"),
        ("fr", "L'armée a reçu des drones kamikazes : 12 unités ont été livrées en mai.",
         "munition"),
        ("es", "El ejército recibió drones kamikaze: 12 unidades fueron entregadas en mayo.",
         "munition"),
        ("de", "Die Armee erhielt neue Raketen-Startanlagen: 12 Einheiten wurden im Mai geliefert.",
         "launcher"),
        ("ru", "Армия получила новые ракетные комплексы: 12 единиц были поставлены в мае.",
         "launcher"),
        ("uk", "Армія отримала нові ракетні комплекси: 12 одиниць було поставлено в травні.",
         "launcher"),
    ],
)  # fmt: skip
def test_units_in_a_generic_unit_count_the_longer_unit_word_named_before(
    launchers_profile: Profile, lang: str, text: str, unit: str
) -> None:
    claims = [c for c in extract_claims_from_text(text, lang, profile=launchers_profile)]
    assert [(c.quantity.value, c.quantity.unit, c.measure) for c in claims if c.quantity] == [
        (12.0, unit, "delivered")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Сили оборони знищили ракетні комплекси 3 одиниці."),
        ("en", "Ukrainian forces destroyed missile launchers 3 Iskander-M units overnight."),
    ],
)
def test_a_unit_noun_right_before_the_number_is_the_longer_one(
    launchers_profile: Profile, lang: str, text: str
) -> None:
    (claim,) = [
        c for c in extract_claims_from_text(text, lang, profile=launchers_profile) if c.quantity
    ]
    assert claim.quantity is not None
    assert (claim.quantity.value, claim.quantity.unit) == (3.0, "launcher")


def test_the_default_profile_still_counts_drone_hits_by_the_noun_before_the_number() -> None:
    (claim,) = [
        c
        for c in extract_claims_from_text("Зафіксовано влучання 15 ударних БпЛА.", "uk")
        if c.quantity
    ]
    assert claim.quantity is not None
    assert (claim.quantity.value, claim.quantity.unit, claim.measure) == (15.0, "strike", "strikes")


def _m(start: int, end: int, unit: str) -> Match[str]:
    return Match(start, end, 0, 0, unit, unit)


def test_unit_words_lookups_are_right_when_ends_are_out_of_order() -> None:
    # "missile launchers 4 ... drones": matcher order puts (0, 17) before (0, 7)
    words = _UnitWords([_m(0, 17, "launcher"), _m(0, 7, "missile"), _m(25, 31, "drone")])
    assert [m.end for m in words.items] == [17, 7, 31]  # not sorted: no bisecting them
    found = words.ending_by(18)
    assert found is not None and found.payload == "launcher"
    found = words.ending_by(10)
    assert found is not None and found.payload == "missile"
    assert words.ending_by(6) is None
    found = words.ending_by(40)
    assert found is not None and found.payload == "drone"
    # inside a counted phrase: the first start, the longest that fits
    found = words.first_within(0, 17, 17)
    assert found is not None and found.payload == "launcher"
    found = words.first_within(0, 7, 10)
    assert found is not None and found.payload == "missile"
    assert words.first_within(1, 20, 40) is None
    assert not _UnitWords([])
