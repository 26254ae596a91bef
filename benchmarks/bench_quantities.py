"""Quantity extraction figures (printed, never asserted).

Data is read at run time from ``../shared/eval`` (or ``$CLAIMGRAPH_SHARED/eval``); a missing
folder is reported and skipped.

1. NewsQuant dev (``newsquant/dev.json``), scored as in the CQE paper's evaluation code
   (vivkaz/CQE and satya77/CQE_Evaluation, ``evaluate_models.calculate_metrics``):
   - every gold quantity and every predicted quantity is counted (precision = correct /
     predicted, recall = correct / gold, F1 their harmonic mean, in percent);
   - a gold value "a-b" is a range (low, high); values match with ``numpy.isclose``-like
     tolerance (rtol 1e-5, atol 1e-8); a range only matches a range;
   - for each gold quantity (sorted by normalised unit) the predictions are scanned in order:
     the first prediction with an equal value counts once for *value* (at most as many value
     hits per sentence as gold quantities); if its normalised unit (lower-cased) also equals
     the gold one it counts for *value+unit* and is removed from the pool, else the scan goes
     on;
   - *referred concept* (partial): the gold ``referred_concepts`` is split on commas and spaces;
     a value match whose predicted concept words share at least one word (case-insensitive)
     with it counts. Our concept words are the words of ``Quantity.counted`` ("-" when none).
   Our canonical units are mapped to NewsQuant's normalised unit names by the table
   ``NEWSQUANT_UNITS`` below (the same kind of adapter CQE's evaluation applies to every
   system it compares: its ``tagger.py`` maps "us fluid ounce" to ounce, "yen" to japanese
   yen...); an ISO currency the table lacks takes its CLDR English name, lower-cased, which is
   how NewsQuant names them ("japanese yen", "croatian kuna", "danish krone"; the table keeps
   the exceptions: dollar, pound sterling, shekel). A counted noun phrase is lower-cased, its
   coordinators left out ("Kia and Hyundai vehicles" -> kia hyundai vehicle) and its head made
   singular by the extractor's own English plural rules (the bench used to carry a cruder copy
   that made "viruses" "viruse"). Three conventions differ and are translated, not tuned: NewsQuant
   writes a change "from X ... to Y" as the range X-Y (we keep two values); it names
   a count by its noun (we map lexicon units such as ``person`` back to the counted noun's
   singular), and writes a vague plural ("hundreds", "millions of") as the range [v, 10v]
   where we follow the conflict-data convention (v as a lower bound).
2. Recognizers-Text specs (``recognizers/{Number,NumberWithUnit}/{English,French,Spanish}``):
   accuracy per model file; a case is right when the multiset of (value[, unit or bound])
   we extract equals the expected one. NumberModel is scored on the number layer
   (``numbers.parse_numbers``: every number, years and labels included), the other models on
   ``extract_quantities``. Currency names the table below lacks are read through CLDR (babel:
   "Finnish markka" -> FIM); plural unit names the specs use ("ans", "años") are translated as
   their singulars; TemperatureModel takes bare degrees too (the specs resolve "98 degrees" to
   the unit Degree); a rate ("98 $ per share") is scored as the amount in its numerator's unit,
   as the specs resolve it; a range ("eight to 10 feet", "40 - 50 years old") is scored as its
   high end, the number the unit is written after, which is the one the specs resolve; a unit
   named without an amount ("convert 10 celsius to fahrenheit": the result "fahrenheit" has no
   value) is no quantity and is not expected (it used to make the whole case unreadable, i.e.
   failed whatever we extracted). NumberModel does
   not count a number glued to a unit ("180ml", "1m isn't a number": the specs' own cases)
   while glued scales ("10k", "2mil") are part of the number. For every failed case the items are sorted into missed / wrong span /
   wrong value / wrong unit / false positive and printed per model file. NumberRangeModel takes
   bounds and ranges, and an explicit equality ("equal to 20", ``bound_span`` set with bound
   "="), which the specs resolve to the closed interval [20, 20]. Cases are skipped only when the spec marks them
   NotSupported/NotSupportedByDesign for python or dotnet *and* they are malformed for us (an
   expected ``Text`` that is not at its ``Start`` in the input, or a value we cannot read).
3. quantulum3's ``quantities.json``: share of sentences whose value multiset we reproduce;
   ``errors.json`` inputs must not raise.
4. Speed: NewsQuant sentences per second, ours against quantulum3 on the same sentences.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
import warnings
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from claimgraph.extract.numbers import number_spans
from claimgraph.extract.q_context import singular_noun
from claimgraph.extract.quantities import extract_quantities
from claimgraph.extract.units import dimension_of
from claimgraph.records import Quantity

SHARED = Path(
    os.environ.get("CLAIMGRAPH_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)
EVAL = SHARED / "eval"

NEWSQUANT_UNITS = {
    "percent": "percentage",
    "percentage_point": "percentage point",
    "basis_point": "basis point",
    "USD": "dollar",
    "USD_cent": "cent",
    "EUR": "euro",
    "GBP": "pound sterling",
    "GBP_pence": "penny",
    "MYR_sen": "sen",
    "bhp": "brake horsepower",
    "PS": "horsepower",
    "JPY": "japanese yen",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "HKD": "hong kong dollar",
    "NZD": "new zealand dollar",
    "CNY": "chinese yuan",
    "ILS": "shekel",
    "MYR": "malaysian ringgit",
    "INR": "indian rupee",
    "CHF": "swiss franc",
    "RUB": "russian ruble",
    "km": "kilometre",
    "m": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "um": "micrometre",
    "mi": "mile",
    "ft": "foot",
    "yd": "yard",
    "in": "inch",
    "kg": "kilogram",
    "g": "gram",
    "t": "metric ton",
    "lb": "pound-mass",
    "s": "second",
    "min": "minute",
    "h": "hour",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "m2": "square metre",
    "km2": "square kilometre",
    "ft2": "square foot",
    "l": "litre",
    "ml": "millilitre",
    "gal": "gallon",
    "qt": "quart",
    "pt": "pint",
    "floz": "ounce",  # NewsQuant names a US fluid ounce "ounce" (CQE's own adapter does too)
    "barrel": "barrel",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "hp": "horsepower",
    "kWh": "kilowatt hour",
    "GWh": "gigawatt hour",
    "GB": "gigabyte",
    "TB": "terabyte",
    "MB": "megabyte",
    "Hz": "hertz",
    "GHz": "gigahertz",
    "rpm": "revolutions per minute",
    "ppb": "parts-per-billion",
    "ppm": "part per million",
    "mpg": "mile per gallon",
    "mAh": "milliampere-hour",
    "person": "people",
    "time": "count",
    "mg": "milligram",
    "oz": "ounce",
    "GPa": "gigapascal",
    "lbft": "pound-foot",
    "mi2": "square mile",
    "ft3": "cubic foot",
    "nm": "nanometre",
    "Nm": "newton metre",
    "V": "volt",
    "kV": "kilovolt",
    "A": "ampere",
    "MMBtu": "mega british thermal unit",
    "kelvin": "kelvin",
    "year_of_age": "year of age",
    "month_of_age": "month of age",
    "week_of_age": "week of age",
    "day_of_age": "day of age",
}


def newsquant_unit(unit: str | None) -> str:
    if not unit:
        return "-"
    if "/" in unit:
        num, den = unit.split("/", 1)
        return f"{newsquant_unit(num)} per {newsquant_unit(den)}"
    if unit not in NEWSQUANT_UNITS and unit in _iso_currency_names():
        # NewsQuant names other currencies by their CLDR English name ("japanese yen",
        # "croatian kuna", "danish krone"): the table above only lists the exceptions
        return _iso_currency_names()[unit]
    return NEWSQUANT_UNITS.get(unit, unit.replace("_", " ")).lower()


@cache
def _iso_currency_names() -> dict[str, str]:
    from babel import Locale

    return {code: str(name).lower() for code, name in Locale("en").currencies.items()}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def _values_match(gold: Any, pred: Any) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple):
        return _close(pred[0], gold[0]) and _close(pred[1], gold[1])
    return _close(pred, gold)


def _gold_value(raw: str) -> Any:
    raw = raw.strip()
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        lo, hi = raw.split("-", 1)
        return (float(lo), float(hi))
    return float(raw)


def _noun_unit(q: Quantity) -> str:
    """NewsQuant names a count by its noun phrase, singular ("700 heart transplants" -> heart
    transplant): for counts we give the counted phrase, lower-cased, its last word singular
    by the extractor's own English plural rules."""
    # NewsQuant leaves coordinators out ("Kia and Hyundai vehicles" -> kia hyundai vehicle)
    words = [w for w in (q.counted or "").lower().split() if w not in ("and", "or")]
    if not words:
        return newsquant_unit(q.unit)
    return " ".join([*words[:-1], singular_noun(words[-1], "en")])


def _prediction(q: Quantity) -> dict[str, Any]:
    value: Any = (q.low, q.high) if q.is_range else q.value
    if q.vague and q.bound == ">=" and q.value is not None:
        value = (q.value, q.value * 10)  # NewsQuant writes "hundreds" as 100-1000
    unit = newsquant_unit(q.unit)
    if q.unit == "GBP_pence" and q.text.rstrip().endswith("p"):
        unit = "point"  # NewsQuant's normaliser reads the symbol "p" (share prices) as point
    if q.dimension == "count" and q.unit and "/" not in q.unit and q.unit not in ("time",):
        unit = _noun_unit(q)
    concepts = re.split(r"[,\s]+", q.counted.strip()) if q.counted else ["-"]
    return {"value": value, "unit": unit, "concepts": concepts}


_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO = re.compile(r"\bto\b", re.IGNORECASE)


def _changes_as_ranges(text: str, found: list[Quantity]) -> list[dict[str, Any]]:
    """NewsQuant annotates a change "from X ... to Y" as one range X-Y ("plummeted from $36,040
    at 10.45pm last night to $34,935" is 36040-34935 dollar). We keep the two figures apart (a
    claim has a value before and after), so the adapter joins them: two single values of the
    same unit (or one without a unit), the first right after "from", the second after a "to"
    within eight words of the same clause."""
    preds = [_prediction(q) for q in found]
    out: list[dict[str, Any]] = []
    i = 0
    while i < len(found):
        a, p = found[i], preds[i]
        if i + 1 < len(found) and not a.is_range and not found[i + 1].is_range:
            b, pb = found[i + 1], preds[i + 1]
            gap = text[a.span.end : b.span.start]
            units = {u for u in (p["unit"], pb["unit"]) if u != "-"}
            if (
                _FROM.search(text[max(0, a.span.start - 8) : a.span.start])
                and _TO.search(gap)
                and len(gap.split()) <= 8
                and not re.search(r"[.;:!?]\s", gap)
                and len(units) <= 1
                and a.value is not None
                and b.value is not None
            ):
                unit = units.pop() if units else "-"
                out.append({"value": (a.value, b.value), "unit": unit, "concepts": p["concepts"]})
                i += 2
                continue
        out.append(p)
        i += 1
    return out


def score_newsquant(data: list[dict]) -> dict[str, float]:
    total_gold = total_pred = value_hits = unit_hits = concept_hits = 0
    for item in data:
        preds = _changes_as_ranges(item["text"], extract_quantities(item["text"], "en"))
        gold = sorted(item["quantities"], key=lambda g: g["normalized_unit"])
        total_gold += len(gold)
        total_pred += len(preds)
        pool = sorted(preds, key=lambda p: p["unit"])
        budget = len(gold)
        for g in gold:
            g_value = _gold_value(g["value"])
            g_unit = g["normalized_unit"].lower()
            g_concepts = {w.lower() for w in re.split(r"[,\s]+", g["referred_concepts"])}
            for p in list(pool):
                if not _values_match(g_value, p["value"]):
                    continue
                if budget > 0:
                    value_hits += 1
                    budget -= 1
                if g_concepts & {w.lower() for w in p["concepts"]}:
                    concept_hits += 1
                if p["unit"] == g_unit:
                    unit_hits += 1
                    pool.remove(p)
                    break

    def prf(hits: int) -> tuple[float, float, float]:
        p = hits / total_pred if total_pred else 0.0
        r = hits / total_gold if total_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)

    return {
        "gold": total_gold,
        "predicted": total_pred,
        "value": prf(value_hits),
        "value+unit": prf(unit_hits),
        "value+concept(partial)": prf(concept_hits),
    }


# --------------------------------------------------------------------------- Recognizers-Text

RECOGNIZERS_LANGS = {"English": "en", "French": "fr", "Spanish": "es"}
RECOGNIZERS_MODELS = {
    "Number": ["NumberModel", "PercentModel", "NumberRangeModel"],
    "NumberWithUnit": ["CurrencyModel", "DimensionModel", "AgeModel", "TemperatureModel"],
}
RECOGNIZERS_UNITS = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "british pound": "GBP",
    "pound": "GBP",
    "pound sterling": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "swiss franc": "CHF",
    "indian rupee": "INR",
    "russian ruble": "RUB",
    "cent": "USD_cent",
    "penny": "GBP_pence",
    "centime": "EUR_cent",
    "céntimo": "EUR_cent",
    "centavo": "USD_cent",
    "dólar": "USD",
    "dolar": "USD",
    "livre sterling": "GBP",
    "kilometer": "km",
    "kilomètre": "km",
    "kilómetro": "km",
    "meter": "m",
    "mètre": "m",
    "metro": "m",
    "centimeter": "cm",
    "centimètres": "cm",
    "centímetro": "cm",
    "millimeter": "mm",
    "millimètres": "mm",
    "milímetro": "mm",
    "mile": "mi",
    "miles": "mi",
    "milla": "mi",
    "foot": "ft",
    "pied": "ft",
    "pie": "ft",
    "yard": "yd",
    "inch": "in",
    "pouce": "in",
    "pulgada": "in",
    "kilogram": "kg",
    "kilogramme": "kg",
    "kilogramo": "kg",
    "gram": "g",
    "gramme": "g",
    "gramo": "g",
    "milligram": "mg",
    "milligramme": "mg",
    "microgram": "ug",
    "microgramme": "ug",
    "ton": "t",
    "tonne": "t",
    "tonelada": "t",
    "metric ton": "t",
    "pound (mass)": "lb",
    "liter": "l",
    "litre": "l",
    "litro": "l",
    "milliliter": "ml",
    "millilitre": "ml",
    "mililitro": "ml",
    "gallon": "gal",
    "galón": "gal",
    "square kilometer": "km2",
    "square meter": "m2",
    "hectare": "ha",
    "acre": "acre",
    "kilometer per hour": "km/h",
    "mile per hour": "mph",
    "miles par heure": "mph",
    "meter per second": "m/s",
    "knot": "knot",
    "watt": "W",
    "kilowatt": "kW",
    "horsepower": "hp",
    "megabyte": "MB",
    "gigabyte": "GB",
    "terabyte": "TB",
    "hertz": "Hz",
    "gigahertz": "GHz",
    "degree": "degree",
    "radian": "radian",
    "c": "celsius",
    "f": "fahrenheit",
    "celsius": "celsius",
    "fahrenheit": "fahrenheit",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "année": "year",
    "an": "year",
    "mois": "month",
    "semaine": "week",
    "jour": "day",
    "año": "year",
    "mes": "month",
    "semana": "week",
    "día": "day",
    "hour": "h",
    "minute": "min",
    "second": "s",
}


# each NumberWithUnit model recognises one family of units; DimensionModel covers physical
# measures (length, mass, volume, area, speed, data...) but not money, ratios, time or ages
MODEL_DIMENSIONS: dict[str, tuple[str, ...]] = {
    "CurrencyModel": ("currency",),
    "AgeModel": ("age",),
    # the specs resolve a bare "98 degrees" / "85°" to the unit Degree in this model when the
    # sentence is about temperature ("set the thermostat to 85°") and to nothing when it is about
    # an angle ("turn a 45 degrees angle"); the extractor gives such a bare degree the dimension
    # its sentence cues (temperature or angle), so only temperatures are scored here
    "TemperatureModel": ("temperature",),
    "DimensionModel": (),
}
_NOT_DIMENSIONS = ("currency", "ratio", "duration", "age", "temperature", "count", "rate", None)


# names whose meaning depends on the model ("Pound" is GBP for money, lb for mass)
MODEL_UNITS: dict[str, dict[str, str]] = {
    "DimensionModel": {"pound": "lb", "livre": "lb", "libra": "lb"},
    "AgeModel": {
        "year": "year_of_age",
        "month": "month_of_age",
        "week": "week_of_age",
        "day": "day_of_age",
        "année": "year_of_age",
        "an": "year_of_age",
        "mois": "month_of_age",
        "semaine": "week_of_age",
        "jour": "day_of_age",
        "año": "year_of_age",
        "mes": "month_of_age",
        "semana": "week_of_age",
        "día": "day_of_age",
        "ans": "year_of_age",
        "années": "year_of_age",
        "años": "year_of_age",
        "meses": "month_of_age",
        "semaines": "week_of_age",
        "semanas": "week_of_age",
        "jours": "day_of_age",
        "días": "day_of_age",
    },
}
RECOGNIZERS_UNITS.update(
    {
        "ounce": "oz",
        "barrel": "barrel",
        "cubic foot": "ft3",
        "cubic meter": "m3",
        "square foot": "ft2",
        "square mile": "mi2",
        "megabit": "Mbit",
        "bit": "bit",
        "nanometer": "nm",
        "micrometer": "um",
        "picometer": "pm",
        "decimeter": "dm",
        "kilobyte": "KB",
        "gallon": "gal",
        "fluid ounce": "floz",
        "lao kip": "LAK",  # CLDR names it "Laotian kip"
        "tablespoon": "tbsp",
        "teaspoon": "tsp",
        "cup": "cup",
        "turn": "turn",
        "foot": "ft",
        "kilomètres": "km",
        "kilomètre": "km",
        "mètres": "m",
        "millimètres": "mm",
        "centimètres": "cm",
        "milles": "mi",
        "tonne": "t",
        "tonnes": "t",
        "gramme": "g",
        "grammes": "g",
        "kilogramme": "kg",
        "litre": "l",
        "litres": "l",
        "kilómetros": "km",
        "metros": "m",
        "kilogramos": "kg",
        "toneladas": "t",
        "litros": "l",
        "milímetros": "mm",
        "centímetros": "cm",
        "millas": "mi",
        "gramos": "g",
        "kelvin": "kelvin",
        "pence": "GBP_pence",
        "penique": "GBP_pence",
        "rupee": "INR",
        "bitcoin": "BTC",
        "satoshi": "BTC_satoshi",
        "volt": "V",
        "ampere": "A",
        "newton meter": "Nm",
        "degree celsius": "celsius",
        "degree fahrenheit": "fahrenheit",
        "degré celsius": "celsius",
        "degrés celsius": "celsius",
        "grado celsius": "celsius",
        "grados celsius": "celsius",
        # the French and Spanish specs name units in their language
        "mètre carré": "m2",
        "metro cuadrado": "m2",
        "kilomètre carré": "km2",
        "kilómetro cuadrado": "km2",
        "tonne métrique": "t",
        "tonelada métrica": "t",
        "pieds cube": "ft3",
        "pie cúbico": "ft3",
        "centímetro cúbico": "cm3",
        "onces": "oz",
        "onza": "oz",
        "baril": "barrel",
        "barril": "barrel",
        "décimètres": "dm",
        "hectomètre": "hm",
        "milla por hora": "mph",
        "mille par heure": "mph",
        # the specs' own names for money and degrees in French and Spanish ("Livre",
        # "Dollar États-Unis", "Grado Fahrenheit"), and a franc or peseta named without country
        "livre": "GBP",
        "libra": "GBP",
        "dollar états-unis": "USD",
        "dólar de hong kong": "HKD",
        "yuan chinois": "CNY",
        "yuan chino": "CNY",
        "roupie": "INR",
        "centimes": "EUR_cent",
        "franc": "franc",
        "franco": "franc",
        "peseta": "ESP",
        "netherlands guilder": "NLG",
        "sen": "MYR_sen",
        "degré": "degree",
        "grado": "degree",
        "degré fahrenheit": "fahrenheit",
        "grado fahrenheit": "fahrenheit",
    }
)


def _read_number(raw: str) -> float | None:
    raw = raw.strip().rstrip("%")
    if "," in raw and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _interval(raw: str) -> tuple[str, float | None, float | None] | None:
    m = re.fullmatch(r"\s*([\[(])\s*([^,]*),\s*([^)\]]*)([\])])\s*", raw)
    if not m:
        return None
    lo = _read_number(m.group(2)) if m.group(2).strip() else None
    hi = _read_number(m.group(3)) if m.group(3).strip() else None
    return m.group(1) + m.group(4), lo, hi


Item = tuple[tuple, int, int]  # (what is scored, start, end)


@cache
def _currency_names() -> dict[str, str]:
    """CLDR currency display names (en/fr/es, singular and plural, via babel) -> ISO code, so
    any currency a spec names ("Finnish markka", "florin néerlandais") is scored by its code;
    the hand table above takes precedence for the generic names ("dollar", "pound")."""
    from babel import Locale
    from babel.numbers import get_currency_name

    names: dict[str, str] = {}
    for lang in ("en", "fr", "es"):
        for code, name in Locale(lang).currencies.items():
            names.setdefault(name.lower(), code)
            names.setdefault(get_currency_name(code, count=2, locale=lang).lower(), code)
    return names


def _expected_unit(model: str, name: str) -> str:
    if name in (MODEL_UNITS.get(model) or {}):
        return MODEL_UNITS[model][name]
    if name in RECOGNIZERS_UNITS:
        return RECOGNIZERS_UNITS[name]
    if model == "CurrencyModel" and name in _currency_names():
        return _currency_names()[name]
    return "?" + name


def _expected(case: dict, model: str) -> list[Item] | None:
    out: list[Item] = []
    for r in case.get("Results", []):
        res = r.get("Resolution") or {}
        raw = res.get("value")
        if raw is None and res.get("unit") and model in MODEL_DIMENSIONS:
            continue  # a unit named without an amount ("to fahrenheit") is no quantity
        if raw is None:
            return None
        start = int(r.get("Start") or 0)
        span = (start, start + len(r.get("Text", "")))
        if model == "NumberRangeModel":
            iv = _interval(str(raw))
            if iv is None:
                return None
            kinds, lo, hi = iv
            if lo is not None and hi is not None:
                out.append((("range", lo, hi), *span))
            elif lo is not None:
                out.append(((">" if kinds[0] == "(" else ">=", lo), *span))
            elif hi is not None:
                out.append((("<" if kinds[1] == ")" else "<=", hi), *span))
            continue
        value = _read_number(str(raw))
        if value is None:
            return None
        if model in MODEL_DIMENSIONS:
            unit = _expected_unit(model, str(res.get("unit", "")).lower())
            out.append(((round(value, 6), unit), *span))
        else:
            out.append(((round(value, 6),), *span))
    return out


def _ours(text: str, lang: str, model: str) -> list[Item]:
    if model == "NumberModel":
        # the number layer is what Recognizers' NumberModel measures (years and labels included)
        # a number glued to a unit ("180ml", "29km Road", "1m isn't a number") is a quantity
        # token, which NumberModel by design does not report as a number
        return [
            ((round(v, 6),), s, e)
            for s, e, v in number_spans(text, lang)
            if not (e < len(text) and text[e].isalpha() and text[e - 1].isdigit())
        ]
    out: list[Item] = []
    for q in extract_quantities(text, lang):
        span = (q.span.start, q.span.end)
        if model == "NumberRangeModel":
            if q.is_range:
                out.append((("range", q.low, q.high), *span))
            elif q.bound in (">", ">=", "<", "<=") and q.value is not None:
                out.append(((q.bound, q.value), *span))
            elif q.bound == "=" and q.bound_span is not None and q.value is not None:
                out.append((("range", q.value, q.value), *span))  # "equal to 20" is [20, 20]
            continue
        if model == "PercentModel":
            if q.unit == "percent" and q.value is not None:
                out.append(((round(q.value, 6),), *span))
            continue
        if model in MODEL_DIMENSIONS:
            wanted = MODEL_DIMENSIONS[model]
            unit, dimension = _amount_unit(q)
            value = q.high if q.is_range else q.value
            if value is not None and (
                dimension in wanted or (not wanted and dimension not in _NOT_DIMENSIONS)
            ):
                out.append(((round(value, 6), unit), *span))
    return out


def _amount_unit(q: Quantity) -> tuple[str | None, str | None]:
    """The unit and dimension of the amount itself: a rate ("98 $ per share", "500000 barrels a
    day") states an amount in its numerator's unit, which is what the specs resolve."""
    if q.dimension == "rate" and q.unit and "/" in q.unit:
        numerator = q.unit.rsplit("/", 1)[0]
        return numerator, dimension_of(numerator)
    return q.unit, q.dimension


FAILURES = ("missed", "wrong span", "wrong value", "wrong unit", "false positive")


def _failures(expected: list[Item], ours: list[Item]) -> Counter:
    """Why a case failed, per expected item: no overlapping prediction (missed), an overlapping
    one with another value (wrong value) or unit (wrong unit), or the right reading over other
    boundaries (wrong span); predictions overlapping nothing expected are false positives."""
    out: Counter = Counter()
    used: set[int] = set()
    for key, s, e in expected:
        hits = [i for i, (_, ps, pe) in enumerate(ours) if ps < e and s < pe and i not in used]
        if not hits:
            out["missed"] += 1
            continue
        best = next((i for i in hits if ours[i][0] == key), None)
        if best is None:
            best = next((i for i in hits if ours[i][0][:1] == key[:1]), hits[0])
        used.add(best)
        got = ours[best][0]
        if got[:1] != key[:1] or (key and key[0] == "range" and got != key):
            out["wrong value"] += 1
        elif got != key:
            out["wrong unit"] += 1
        elif (ours[best][1], ours[best][2]) != (s, e):
            out["wrong span"] += 1
    out["false positive"] += sum(
        1
        for i, (_, ps, pe) in enumerate(ours)
        if i not in used and not any(ps < e and s < pe for _, s, e in expected)
    )
    return out


def _malformed(case: dict) -> bool:
    text = case.get("Input", "")
    for r in case.get("Results", []):
        start = r.get("Start")
        if start is None or text[start : start + len(r.get("Text", ""))] != r.get("Text"):
            return True
    return False


def _unsupported_here(case: dict) -> bool:
    flags = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}".lower()
    return "python" in flags or "dotnet" in flags


def score_recognizers(root: Path) -> None:
    for family, models in RECOGNIZERS_MODELS.items():
        for folder, lang in RECOGNIZERS_LANGS.items():
            for model in models:
                path = root / family / folder / f"{model}.json"
                if not path.is_file():
                    continue
                cases = json.loads(path.read_text(encoding="utf-8-sig"))
                right = total = skipped = 0
                why: Counter = Counter()
                for case in cases:
                    expected = _expected(case, model)
                    if _unsupported_here(case) and (expected is None or _malformed(case)):
                        skipped += 1
                        continue
                    total += 1
                    ours = _ours(case["Input"], lang, model)
                    if expected is None:
                        why["unreadable gold"] += 1
                    elif Counter(k for k, _, _ in expected) == Counter(k for k, _, _ in ours):
                        right += 1
                    else:
                        why.update(_failures(expected, ours))
                acc = right / total if total else 0.0
                print(
                    f"  {family}/{folder}/{model}: accuracy {acc:.3f} ({right}/{total}), "
                    f"skipped {skipped} (NotSupported for python/dotnet and malformed for us)"
                )
                if why:
                    print(
                        "      failed items: "
                        + ", ".join(
                            f"{k} {why[k]}" for k in (*FAILURES, "unreadable gold") if why[k]
                        )
                    )


# --------------------------------------------------------------------------- quantulum3 cases


def score_quantulum_cases(folder: Path) -> None:
    cases = json.loads((folder / "quantities.json").read_text(encoding="utf-8"))
    right = 0
    for case in cases:
        expected = Counter(round(float(r["value"]), 6) for r in case["res"])
        ours = Counter(
            round(v, 6)
            for q in extract_quantities(case["req"], "en")
            for v in ([q.low, q.high] if q.is_range else [q.value])
            if v is not None
        )
        right += expected == ours
    print(
        f"  quantities.json: value multiset reproduced {right}/{len(cases)} = {right / len(cases):.3f}"
    )
    errors = json.loads((folder / "errors.json").read_text(encoding="utf-8"))
    crashed = 0
    for text in errors:
        try:
            extract_quantities(text, "en")
        except Exception as exc:  # a crash is the figure being measured
            crashed += 1
            print(f"    crash on {text!r}: {exc!r}")
    print(
        f"  errors.json: {len(errors) - crashed}/{len(errors)} inputs handled without an exception"
    )


# --------------------------------------------------------------------------- speed


def speed(sentences: list[str]) -> None:
    start = time.perf_counter()
    for s in sentences:
        extract_quantities(s, "en")
    ours = len(sentences) / (time.perf_counter() - start)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3

            q3.parse("warm up 5 km")
            start = time.perf_counter()
            for s in sentences:
                q3.parse(s)
            theirs = len(sentences) / (time.perf_counter() - start)
    except ImportError:
        print(f"  claimgraph {ours:.0f} sentences/s; quantulum3 not installed")
        return
    print(
        f"  claimgraph {ours:.0f} sentences/s, quantulum3 {theirs:.0f} sentences/s "
        f"on the same {len(sentences)} sentences: {ours / theirs:.1f}x"
    )


def main() -> None:
    extract_quantities("warm up: 5 km, 3 drones", "en")  # load language data before timing
    newsquant = EVAL / "newsquant" / "dev.json"
    print("NewsQuant (CQE scoring)")
    if newsquant.is_file():
        data = json.loads(newsquant.read_text(encoding="utf-8"))
        scores = score_newsquant(data)
        print(
            f"  {len(data)} sentences, {scores['gold']} gold quantities, {scores['predicted']} predicted"
        )
        for key in ("value", "value+unit", "value+concept(partial)"):
            p, r, f = scores[key]
            print(f"  {key:24s} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}")
    else:
        print(f"  missing: {newsquant}")
    print("Recognizers-Text specs")
    if (EVAL / "recognizers").is_dir():
        score_recognizers(EVAL / "recognizers")
    else:
        print(f"  missing: {EVAL / 'recognizers'}")
    print("quantulum3 test cases")
    if (EVAL / "quantulum3").is_dir():
        score_quantulum_cases(EVAL / "quantulum3")
    else:
        print(f"  missing: {EVAL / 'quantulum3'}")
    print("Speed")
    if newsquant.is_file():
        speed([item["text"] for item in json.loads(newsquant.read_text(encoding="utf-8"))])
    else:
        print("  skipped: NewsQuant sentences missing")


if __name__ == "__main__":
    main()
