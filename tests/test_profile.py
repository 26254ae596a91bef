"""The profile: shipped default, a user's own file, and clear errors for broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.profile import ProfileError, load_profile
from claimgraph.lang import SUPPORTED_LANGUAGES
from claimgraph.records import Quantity, Span

MEASURES = {
    "production_target",
    "production_rate",
    "contract_quantity",
    "contract_value",
    "unit_cost",
    "delivered",
    "undelivered",
    "launched",
    "injured",
    "intercepted",
    "interception_rate",
    "strikes",
    "killed",
    "range",
    "distance",
    "share",
    "personnel",
    "duration",
    "capacity",
    "procurement",
}


def test_default_profile_has_every_measure_with_triggers_in_every_language() -> None:
    profile = load_profile()
    assert {m.name for m in profile.measures} == MEASURES
    for measure in profile.measures:
        for lang in SUPPORTED_LANGUAGES:
            assert measure.triggers_for(lang), f"{measure.name} has no {lang} trigger"


def test_default_watchlist_knows_the_shahed_under_all_its_names() -> None:
    shahed = load_profile().entity("shahed-136")
    assert shahed is not None and shahed.type == "weapon"
    for alias in ("Shahed-136", "Geran-2", "Шахед-136", "Герань-2", "Shahid-136"):
        assert alias in shahed.aliases
    assert "Алабуга" in load_profile().entity("alabuga").aliases
    assert "WSJ" in load_profile().entity("wsj").aliases
    assert "Повітряні сили ЗСУ" in load_profile().entity("ukrainian-air-force").aliases


def test_measures_accept_quantities_by_unit_or_dimension() -> None:
    profile = load_profile()
    km = Quantity(Span(0, 6), "600 km", 600.0, unit="km")
    drones = Quantity(Span(0, 10), "15 drones", 15.0, unit="drone")
    assert profile.accepts(profile.measure("range"), km)
    assert not profile.accepts(profile.measure("range"), drones)
    assert profile.accepts(profile.measure("launched"), drones)
    people = Quantity(Span(0, 10), "two people", 2.0, unit="person", dimension="count")
    assert profile.accepts(profile.measure("killed"), people)
    assert not profile.accepts(profile.measure("killed"), drones)


def test_a_users_own_profile_loads(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "name: ports\n"
        "measures:\n"
        "  ships_docked:\n"
        "    units: [ship]\n"
        "    triggers: {en: [docked, berthed], fr: [accosté*]}\n"
        "watchlist:\n"
        "  odesa-port: {name: Port of Odesa, type: facility, country: ua, aliases: {en: [Odesa port]}}\n",
        encoding="utf-8",
    )
    profile = load_profile(path)
    assert profile.name == "ports"
    assert profile.measure("ships_docked").triggers_for("fr") == ("accosté*",)
    assert profile.entity("odesa-port").country == "UA"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("measures: [a, b]\n", "measures"),
        ("measures:\n  x: {triggers: {en: [a]}}\n", "needs `dimensions` or `units`"),
        ("measures:\n  x: {dimensions: [weight], triggers: {en: [a]}}\n", "unknown dimension"),
        ("measures:\n  x: {dimensions: [count], triggers: [a, b]}\n", "language code"),
        ("measures:\n  x: {dimensions: [count], trigers: {en: [a]}}\n", "unknown key"),
        (
            "measures:\n  x: {dimensions: [count], triggers: {en: [a]}, contradicts: maybe}\n",
            "contradicts",
        ),
        (
            "measures:\n  x: {dimensions: [count], triggers: {en: [a]}}\n"
            "watchlist:\n  a: {type: person, aliases: {en: [Kirby]}}\n"
            "  b: {type: person, aliases: {en: [kirby]}}\n",
            "already belongs to 'a'",
        ),
        (
            "measures:\n  x: {dimensions: [count], triggers: {en: [a]}}\n"
            "watchlist:\n  a: {type: spaceship}\n",
            "watchlist.a.type",
        ),
        (
            "measures:\n  x: {dimensions: [count], triggers: {en: [a]}}\n"
            "watchlist:\n  a: {type: government, stands_for: nowhere}\n",
            "watchlist.a.stands_for",
        ),
        (
            "measures:\n  x: {dimensions: [count], triggers: {en: [a]}, subject: victim}\n",
            "measures.x.subject",
        ),
        ("measures: {x: [unclosed\n", "not valid YAML"),
    ],
)
def test_a_broken_profile_fails_with_the_file_and_key(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_the_default_profile_says_whom_each_measure_is_about() -> None:
    profile = load_profile()
    assert profile.measure("unit_cost").subject == "item"
    assert profile.measure("strikes").subject == "place"
    assert profile.measure("distance").subject == "located"
    assert profile.measure("launched").subject == "agent"
    assert profile.entity("kremlin").stands_for == "russia"


def test_a_missing_profile_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="cannot read profile"):
        load_profile(tmp_path / "nope.yaml")


def test_measures_and_entities_are_looked_up_by_name_and_id() -> None:
    profile = load_profile()
    for measure in profile.measures:
        assert profile.measure(measure.name) is measure
    with pytest.raises(KeyError):
        profile.measure("no_such_measure")
    for ent in profile.watchlist:
        assert profile.entity(ent.id) is ent
    assert profile.entity("no-such-entity") is None
    weapons = profile.entity_ids("weapon")
    assert {"shahed-136", "iskander", "kalibr"} <= weapons
    assert "russia" not in weapons and "alabuga" not in weapons
    assert weapons == {e.id for e in profile.watchlist if e.type == "weapon"}
    assert profile.entity_ids("no-such-type") == frozenset()


def test_a_copied_profile_keeps_its_lookups(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "name: mine\n"
        "measures:\n"
        "  sorties:\n"
        "    dimensions: [count]\n"
        "    triggers: {en: [sortie, sorties]}\n"
        "watchlist:\n"
        "  su-34: {name: Su-34, type: weapon, aliases: [Su-34, Су-34]}\n",
        encoding="utf-8",
    )
    profile = load_profile(path)  # made, then copied with its path (dataclasses.replace)
    assert profile.path == str(path)
    assert profile.measure("sorties").triggers_for("en") == ("sortie", "sorties")
    assert profile.entity("su-34") is not None
    assert profile.entity_ids("weapon") == {"su-34"}
