"""Profiles: the measures worth tracking and the entities to recognise, loaded from YAML.

A profile is domain knowledge, kept out of code (see DESIGN.md). ``load_profile(None)`` gives the
shipped default (``profiles/default.yaml``); ``load_profile(path)`` reads a user's own. Loading
validates everything and raises ``ProfileError`` with the file and the offending key, so a typo in
a hand-written profile is a one-line message, not a traceback deep inside extraction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from claimgraph.records import Quantity

DIMENSIONS: frozenset[str] = frozenset(
    {
        "count",
        "currency",
        "length",
        "mass",
        "duration",
        "ratio",
        "rate",
        "area",
        "speed",
        "volume",
        # a number of places ("hits in 6 locations"): never a number of drones or strikes
        "places",
    }
)
ENTITY_TYPES: frozenset[str] = frozenset(
    {"person", "org", "outlet", "agency", "government", "country", "place", "weapon", "facility"}
)


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Measure:
    """A kind of quantity worth tracking, with the words that announce it."""

    name: str
    description: str = ""
    dimensions: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    triggers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    priority: int = 0
    fallback: bool = False
    # Who the measure is about: ``agent`` (who produces, supplies, launches: the name acting in
    # the quantity's clause), ``located`` (a distance: the thing before the trigger, never the
    # reference point after "east of"), ``item`` (a price, a payload, a range: the weapon it
    # describes, named in the sentence or, failing that, the last one named before) or ``place``
    # (strikes, deaths: the place hit, named in the sentence; else the agent) or ``clause_agent``
    # (shooting down: a name in the quantity's own clause only, never one borrowed from before,
    # since whoever shoots down is seldom who was named launching).
    subject: str = "agent"
    # Measures whose trigger, as the purpose of one of this measure's triggers, counts for this
    # one ("a production line to supply 6,000 units" is a production target, not a delivery).
    absorbs: frozenset[str] = frozenset()
    # The measure of the whole a part of this measure is counted out of: in "shot down 34 of 40
    # drones" the 34 is intercepted and the 40 is what was launched (``whole: launched``).
    whole: str | None = None
    # False where two figures of the measure with one subject may be about different things, so
    # they never contradict ("a gap of three weeks" and "a month's delay", both about Russia)
    contradicts: bool = True

    def triggers_for(self, lang: str) -> tuple[str, ...]:
        return self.triggers.get(lang, ())


SUBJECT_ROLES: frozenset[str] = frozenset({"agent", "located", "item", "place", "clause_agent"})


@dataclass(frozen=True, slots=True)
class EventKind:
    """A kind of dated event worth a claim of its own ("facility_opened")."""

    name: str
    description: str = ""
    triggers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def triggers_for(self, lang: str) -> tuple[str, ...]:
        return self.triggers.get(lang, ())


@dataclass(frozen=True, slots=True)
class WatchedEntity:
    """An entity to recognise under every alias, reported under its canonical id."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    country: str | None = None
    # Places a facility is known by ("the drone plant in Tatarstan" is Alabuga).
    located_in: tuple[str, ...] = ()
    # Adjectives of nationality: a teller described as "Iranian Foreign Minister" speaks for Iran.
    demonyms: tuple[str, ...] = ()
    # The entity this one is a figure of speech for when it acts: "the Kremlin wants to build a
    # factory" is Russia building it (a teller keeps its own name: "the Kremlin said").
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    measures: tuple[Measure, ...]
    watchlist: tuple[WatchedEntity, ...]
    unit_dimensions: Mapping[str, str] = field(default_factory=dict)
    description: str = ""
    path: str | None = None
    events: tuple[EventKind, ...] = ()
    generic_units: frozenset[str] = frozenset()
    unit_words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    # Indexes built once when the profile is made (the assembler asks per claim): by name, by
    # id, the ids of each entity type. The first of a name or id wins, as a scan would find it.
    _measures_by_name: Mapping[str, Measure] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _entities_by_id: Mapping[str, WatchedEntity] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _ids_by_type: Mapping[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_name: dict[str, Measure] = {}
        for m in self.measures:
            by_name.setdefault(m.name, m)
        by_id: dict[str, WatchedEntity] = {}
        by_type: dict[str, set[str]] = {}
        for e in self.watchlist:
            by_id.setdefault(e.id, e)
            by_type.setdefault(e.type, set()).add(e.id)
        # frozen: the indexes are set the way dataclasses set frozen fields
        object.__setattr__(self, "_measures_by_name", by_name)
        object.__setattr__(self, "_entities_by_id", by_id)
        object.__setattr__(self, "_ids_by_type", {t: frozenset(i) for t, i in by_type.items()})

    def measure(self, name: str) -> Measure:
        try:
            return self._measures_by_name[name]
        except KeyError:
            raise KeyError(name) from None

    def entity(self, entity_id: str) -> WatchedEntity | None:
        return self._entities_by_id.get(entity_id)

    def entity_ids(self, entity_type: str) -> frozenset[str]:
        """The ids of the watched entities of ``entity_type`` ("weapon")."""
        return self._ids_by_type.get(entity_type, frozenset())

    def subject_root(self, subject: str) -> str:
        """The broadest watched entity a subject belongs to: its country's entry for a watched
        entity with a country (the Kremlin and Alabuga belong to Russia), else itself."""
        return _roots(self).get(subject, subject)

    def dimension_of(self, quantity: Quantity) -> str | None:
        """The quantity's dimension: its own, else the one the profile gives its unit.

        A unit per unit of time ("drone/month", "unit/month") is a rate whatever it counts.
        """
        if quantity.unit and "/" in quantity.unit:
            return "rate"
        if quantity.dimension:
            return quantity.dimension
        if quantity.unit:
            return self.unit_dimensions.get(quantity.unit)
        return None

    def accepts(self, measure: Measure, quantity: Quantity) -> bool:
        """Whether ``measure`` can describe ``quantity`` (by unit first, else by dimension)."""
        if quantity.unit and quantity.unit in measure.units:
            return True
        dim = self.dimension_of(quantity)
        return dim is not None and dim in measure.dimensions


# --------------------------------------------------------------------------- loading


def _fail(where: str, message: str) -> ProfileError:
    return ProfileError(f"{where}: {message}")


def _str_list(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(where, "must be a list of non-empty strings")
    return [v.strip() for v in value]


def _lang_lists(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _fail(where, "must map a language code (en, fr, ...) to a list of phrases")
    out: dict[str, tuple[str, ...]] = {}
    for lang, phrases in value.items():
        if not isinstance(lang, str) or not lang.isalpha() or len(lang) not in (2, 3):
            raise _fail(where, f"{lang!r} is not a language code")
        out[lang] = tuple(_str_list(phrases, f"{where}.{lang}"))
    return out


def _flag(spec: dict[str, Any], key: str, default: bool, where: str) -> bool:
    """The true/false setting ``key`` of a measure's ``spec``."""
    value = spec.get(key, default)
    if not isinstance(value, bool):
        raise _fail(f"{where}.{key}", "must be true or false")
    return value


def _measure(name: str, spec: Any, where: str) -> Measure:
    if not isinstance(spec, dict):
        raise _fail(where, "must be a mapping with triggers and dimensions or units")
    unknown = set(spec) - {
        "description",
        "dimensions",
        "units",
        "triggers",
        "priority",
        "fallback",
        "subject",
        "absorbs",
        "whole",
        "contradicts",
    }
    if unknown:
        raise _fail(where, f"unknown key(s): {', '.join(sorted(map(str, unknown)))}")
    dims = (
        _str_list(spec.get("dimensions", []), f"{where}.dimensions")
        if spec.get("dimensions")
        else []
    )
    bad = [d for d in dims if d not in DIMENSIONS]
    if bad:
        raise _fail(
            f"{where}.dimensions",
            f"unknown dimension(s) {', '.join(bad)}; use {', '.join(sorted(DIMENSIONS))}",
        )
    units = _str_list(spec.get("units", []), f"{where}.units") if spec.get("units") else []
    if not dims and not units:
        raise _fail(where, "needs `dimensions` or `units` (which quantities it accepts)")
    triggers = _lang_lists(spec.get("triggers"), f"{where}.triggers")
    if not triggers and not spec.get("fallback"):
        raise _fail(where, "needs `triggers` (or `fallback: true`)")
    priority = spec.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise _fail(f"{where}.priority", "must be an integer")
    fallback = _flag(spec, "fallback", False, where)
    role = spec.get("subject", "agent")
    if role not in SUBJECT_ROLES:
        raise _fail(
            f"{where}.subject", f"{role!r} is not one of {', '.join(sorted(SUBJECT_ROLES))}"
        )
    absorbs = _str_list(spec["absorbs"], f"{where}.absorbs") if spec.get("absorbs") else []
    contradicts = _flag(spec, "contradicts", True, where)
    return Measure(
        name=name,
        description=str(spec.get("description", "")),
        dimensions=frozenset(dims),
        units=frozenset(units),
        triggers=triggers,
        priority=priority,
        fallback=fallback,
        subject=str(role),
        absorbs=frozenset(absorbs),
        whole=str(spec["whole"]) if spec.get("whole") else None,
        contradicts=contradicts,
    )


def _event(name: str, spec: Any, where: str) -> EventKind:
    if not isinstance(spec, dict):
        raise _fail(where, "must be a mapping with triggers")
    unknown = set(spec) - {"description", "triggers"}
    if unknown:
        raise _fail(where, f"unknown key(s): {', '.join(sorted(map(str, unknown)))}")
    triggers = _lang_lists(spec.get("triggers"), f"{where}.triggers")
    if not triggers:
        raise _fail(where, "needs `triggers`")
    return EventKind(name, str(spec.get("description", "")), triggers)


def _entity(entity_id: str, spec: Any, where: str) -> WatchedEntity:
    if not isinstance(spec, dict):
        raise _fail(where, "must be a mapping with name, type and aliases")
    unknown = set(spec) - {
        "name",
        "type",
        "aliases",
        "country",
        "located_in",
        "demonyms",
        "stands_for",
    }
    if unknown:
        raise _fail(where, f"unknown key(s): {', '.join(sorted(map(str, unknown)))}")
    etype = spec.get("type")
    if etype not in ENTITY_TYPES:
        raise _fail(f"{where}.type", f"{etype!r} is not one of {', '.join(sorted(ENTITY_TYPES))}")
    name = spec.get("name", entity_id)
    if not isinstance(name, str) or not name.strip():
        raise _fail(f"{where}.name", "must be a non-empty string")
    raw_aliases = spec.get("aliases", {})
    if isinstance(raw_aliases, list):
        aliases = _str_list(raw_aliases, f"{where}.aliases")
    else:
        aliases = [
            a for group in _lang_lists(raw_aliases, f"{where}.aliases").values() for a in group
        ]
    country = spec.get("country")
    if country is not None and (not isinstance(country, str) or len(country) != 2):
        raise _fail(f"{where}.country", "must be an ISO 3166-1 alpha-2 code such as UA")
    places = _phrases(spec.get("located_in"), f"{where}.located_in")
    demonyms = _phrases(spec.get("demonyms"), f"{where}.demonyms")
    unique = list(dict.fromkeys([name, *aliases]))
    stands_for = spec.get("stands_for")
    if stands_for is not None and (not isinstance(stands_for, str) or not stands_for.strip()):
        raise _fail(f"{where}.stands_for", "must be the id of another watched entity")
    return WatchedEntity(
        entity_id,
        name,
        etype,
        tuple(unique),
        country.upper() if country else None,
        tuple(dict.fromkeys(places)),
        tuple(dict.fromkeys(demonyms)),
        stands_for.strip() if stands_for else None,
    )


def _phrases(value: Any, where: str) -> list[str]:
    """A list of phrases, or phrases by language (flattened)."""
    if not value:
        return []
    if isinstance(value, list):
        return _str_list(value, where)
    return [p for group in _lang_lists(value, where).values() for p in group]


_ROOTS: dict[int, tuple[Profile, dict[str, str]]] = {}


def _roots(profile: Profile) -> dict[str, str]:
    hit = _ROOTS.get(id(profile))
    if hit is None or hit[0] is not profile:
        countries = {
            e.country: e.id for e in profile.watchlist if e.type == "country" and e.country
        }
        roots = {
            e.id: countries.get(e.country, e.id) if e.country else e.id for e in profile.watchlist
        }
        hit = _ROOTS[id(profile)] = (profile, roots)
    return hit[1]


def profile_from_data(data: Any, where: str = "profile") -> Profile:
    """A validated ``Profile`` from already-parsed YAML data."""
    if not isinstance(data, dict):
        raise _fail(where, "must hold a mapping with `measures` and `watchlist`")
    measures_spec = data.get("measures")
    if not isinstance(measures_spec, dict) or not measures_spec:
        raise _fail(f"{where}: measures", "must be a non-empty mapping of measure name to spec")
    measures = tuple(
        _measure(str(n), s, f"{where}: measures.{n}") for n, s in measures_spec.items()
    )
    events_spec = data.get("events") or {}
    if not isinstance(events_spec, dict):
        raise _fail(f"{where}: events", "must map an event kind to its triggers")
    events = tuple(_event(str(n), s, f"{where}: events.{n}") for n, s in events_spec.items())
    watch_spec = data.get("watchlist") or {}
    if not isinstance(watch_spec, dict):
        raise _fail(f"{where}: watchlist", "must map an entity id to its name, type and aliases")
    watchlist = tuple(_entity(str(i), s, f"{where}: watchlist.{i}") for i, s in watch_spec.items())
    names = {m.name for m in measures}
    for m in measures:
        unknown_measures = sorted(m.absorbs - names)
        if unknown_measures:
            raise _fail(
                f"{where}: measures.{m.name}.absorbs",
                f"no measure named {', '.join(unknown_measures)}",
            )
        if m.whole is not None and m.whole not in names:
            raise _fail(f"{where}: measures.{m.name}.whole", f"no measure named {m.whole}")
    ids = {e.id for e in watchlist}
    for ent in watchlist:
        if ent.stands_for is not None and (ent.stands_for not in ids or ent.stands_for == ent.id):
            raise _fail(
                f"{where}: watchlist.{ent.id}.stands_for",
                f"{ent.stands_for!r} is not another entity of the watchlist",
            )
    seen: dict[str, str] = {}
    for ent in watchlist:
        for alias in ent.aliases:
            key = alias.casefold()
            if key in seen and seen[key] != ent.id:
                raise _fail(
                    f"{where}: watchlist.{ent.id}",
                    f"alias {alias!r} already belongs to {seen[key]!r}",
                )
            seen[key] = ent.id
    unit_dims: dict[str, str] = {}
    units_spec = data.get("units") or {}
    if not isinstance(units_spec, dict):
        raise _fail(f"{where}: units", "must map a dimension to a list of canonical units")
    for dim, units in units_spec.items():
        if dim not in DIMENSIONS:
            raise _fail(
                f"{where}: units.{dim}", f"unknown dimension; use {', '.join(sorted(DIMENSIONS))}"
            )
        for unit in _str_list(units, f"{where}: units.{dim}"):
            unit_dims[unit] = str(dim)
    generic = data.get("generic_units") or []
    generic_units = (
        frozenset(_str_list(generic, f"{where}: generic_units")) if generic else frozenset()
    )
    words_spec = data.get("unit_words") or {}
    if not isinstance(words_spec, dict):
        raise _fail(f"{where}: unit_words", "must map a canonical unit to its words by language")
    unit_words = {str(u): _lang_lists(w, f"{where}: unit_words.{u}") for u, w in words_spec.items()}
    return Profile(
        name=str(data.get("name", "profile")),
        measures=measures,
        watchlist=watchlist,
        unit_dimensions=unit_dims,
        description=str(data.get("description", "")),
        events=events,
        generic_units=generic_units,
        unit_words=unit_words,
    )


def load_profile(path: str | Path | None = None) -> Profile:
    """The profile at ``path`` (YAML), or the shipped default when ``path`` is None."""
    if path is None:
        return default_profile()
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProfileError(f"{p}: cannot read profile ({exc.strerror or exc})") from exc
    return _parse(text, str(p))


@cache
def default_profile() -> Profile:
    text = resources.files("claimgraph").joinpath("profiles/default.yaml").read_text("utf-8")
    return _parse(text, "profiles/default.yaml")


def _parse(text: str, where: str) -> Profile:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{where}: not valid YAML ({exc})") from exc
    profile = profile_from_data(data, where)
    return replace(profile, path=where)
