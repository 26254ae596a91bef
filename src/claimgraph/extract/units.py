"""Units: what a canonical unit measures and how its values normalise (SI lengths/masses/durations,
ISO 4217 currencies), plus the phrase lexicons that find units around a number.

Language-independent symbols and currency signs live in ``data/units.yaml``; unit words ("miles",
"kilomètres", "Prozent", "долларов") in each language's ``quantities.yaml`` under ``units`` and
``currency_before``. Currency names beyond those ("Finnish markka", "florins néerlandais",
"турецких лир") come from the CLDR data babel ships, so every ISO 4217 code is a currency. A
unit code that is neither (a counted noun such as ``drone``) has the dimension ``count`` and no
normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_name, list_currencies

from claimgraph.extract.q_lexicon import PhraseTrie, quantity_language


@dataclass(frozen=True, slots=True)
class UnitInfo:
    code: str
    dimension: str
    si: str | None = None
    factor: float | None = None


@cache
def _unit_data() -> dict[str, Any]:
    path = resources.files("claimgraph") / "data" / "units.yaml"
    with path.open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def unit_data() -> dict[str, Any]:
    """The parsed ``data/units.yaml`` (shared, do not mutate)."""
    return _unit_data()


@cache
def _iso_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


@cache
def unit_info(code: str) -> UnitInfo:
    """What ``code`` measures; a code not in the unit table (nor an ISO 4217 currency) is a
    counted thing."""
    spec = (_unit_data().get("units") or {}).get(code)
    if spec is None:
        base = code.split("/", 1)[0]
        if "/" in code:
            return UnitInfo(code, "rate")
        if code in _iso_currencies():
            return UnitInfo(code, "currency", code, 1.0)
        return UnitInfo(base, "count")
    return UnitInfo(code, str(spec["dimension"]), spec.get("si"), spec.get("factor"))


def normalise(value: float | None, code: str | None) -> tuple[float | None, str | None]:
    """``(si_value, si_unit)`` for a value in ``code``: 600 mi -> (965.606, "km")."""
    if value is None or code is None:
        return None, None
    info = unit_info(code)
    if info.si is None or info.factor is None:
        return None, None
    return float(f"{value * float(info.factor):.6g}"), info.si


def dimension_of(code: str | None) -> str | None:
    return None if code is None else unit_info(code).dimension


@cache
def units_after(lang: str) -> PhraseTrie:
    """Unit phrases written after a number in ``lang``: its words plus the shared symbols."""
    ql = quantity_language(lang)
    # tokenized like the text ("à l'heure" keeps its elided article as one token)
    trie = PhraseTrie(skip=frozenset(), elisions=ql.elisions)
    for phrase, code in (ql.data.get("units") or {}).items():
        trie.add(str(phrase), str(code))
    for phrase, code in (_unit_data().get("symbols") or {}).items():
        trie.add(str(phrase), str(code))
    for phrase, code in _cldr_currency_names(lang):
        trie.add(phrase, code)  # added last: the language file's own words win
    return trie


def _cldr_currency_names(lang: str) -> list[tuple[str, str]]:
    """Currency names of several words in ``lang`` from CLDR, singular and plural forms
    ("us dollar", "finnish markkas", "marcos finlandeses"). One-word names ("real", "won",
    "mark") are ambiguous with common words: the language file lists those it accepts."""
    try:
        locale = Locale.parse(lang)
    except (ValueError, UnknownLocaleError):
        return []
    out: list[tuple[str, str]] = []
    for code in sorted(locale.currencies):
        names = {str(locale.currencies[code])}
        for count in (1, 2, 5):
            names.add(get_currency_name(code, count=count, locale=locale))
        out.extend((name.lower(), code) for name in sorted(names) if " " in name.strip())
    return out


@cache
def cased_symbols() -> dict[str, str]:
    """Symbols whose case carries the meaning ("Nm" newton-metre, "nm" nanometre; "MW"
    megawatt, "mW" milliwatt): matched on the exact surface before the case-folded table."""
    return {str(k): str(v) for k, v in (_unit_data().get("symbols_cased") or {}).items()}


@cache
def letter_symbols() -> frozenset[str]:
    """Cased symbols of one letter ("C", "F") read only apart from the digits, before the end
    of a clause or a lower-case word (``units.yaml``: ``letter_symbols``)."""
    return frozenset(str(s) for s in _unit_data().get("letter_symbols") or [])


@cache
def currency_before_glued() -> PhraseTrie:
    """Transliterated currency signs read only when glued to the digits ("PS2.7m" = £2.7m)."""
    trie = PhraseTrie(skip=frozenset())
    for phrase, code in (_unit_data().get("currency_before_glued") or {}).items():
        trie.add(str(phrase), str(code))
    return trie


@cache
def currency_before(lang: str) -> PhraseTrie:
    """Currency signs and codes written before a number ("$ 1.75 billion", "USD 20")."""
    ql = quantity_language(lang)
    trie = PhraseTrie(skip=frozenset())
    for phrase, code in (ql.data.get("currency_before") or {}).items():
        trie.add(str(phrase), str(code))
    for phrase, code in (_unit_data().get("currency_before") or {}).items():
        trie.add(str(phrase), str(code))
    return trie
