"""Comparable values and periods: what "the same figure" and "a contradiction" mean in numbers.

A stated quantity becomes a ``Comparable``: a dimension key (``length``, ``count:drone``,
``currency:USD``, ``count:drone/duration``...), the stated value in base units (the *anchor*) and
the interval its bound implies ("up to 6,000" is ``(-inf, 6000]``). Two claims *agree* when their
anchors are equal within a relative tolerance and their intervals meet; they *conflict* when their
intervals do not meet even after widening both by the tolerance. Equal anchors are required for
agreement (not mere overlap), so "up to 6,000" groups with "6 000" but not with "5,000"; yet
"5,000" never conflicts with "up to 6,000", because it lies inside the bound.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date

from claimgraph.records import Quantity, TimeRef

INF = math.inf

# canonical unit -> (dimension, factor to the dimension's base unit). Units not listed are counted
# things ("drone", "person", "missile"...): their own dimension, ``count:<unit>``.
UNITS: dict[str, tuple[str, float]] = {
    # length (base: metre)
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "mi": ("length", 1609.344),
    "nmi": ("length", 1852.0),
    "ft": ("length", 0.3048),
    "yd": ("length", 0.9144),
    # mass (base: kilogram)
    "kg": ("mass", 1.0),
    "g": ("mass", 0.001),
    "t": ("mass", 1000.0),
    "lb": ("mass", 0.45359237),
    # duration (base: day)
    "s": ("duration", 1 / 86400),
    "min": ("duration", 1 / 1440),
    "h": ("duration", 1 / 24),
    "hour": ("duration", 1 / 24),
    "day": ("duration", 1.0),
    "week": ("duration", 7.0),
    "month": ("duration", 365.2425 / 12),
    "year": ("duration", 365.2425),
    # speed (base: metre per second)
    "km/h": ("speed", 1000 / 3600),
    "m/s": ("speed", 1.0),
    "mph": ("speed", 1609.344 / 3600),
    "kn": ("speed", 1852 / 3600),
    # ratios
    "percent": ("ratio", 1.0),
    "%": ("ratio", 1.0),
}

CURRENCY_LENGTH = 3  # ISO 4217 codes are three upper-case letters


@dataclass(frozen=True, slots=True)
class Tolerance:
    """Relative tolerances: ``exact`` for stated figures, ``approximate`` when either is hedged
    ("around", a vague amount) or a range."""

    exact: float = 0.02
    approximate: float = 0.10

    def between(self, a: Comparable, b: Comparable) -> float:
        loose = a.loose or b.loose
        return self.approximate if loose else self.exact


@dataclass(frozen=True, slots=True)
class Comparable:
    dimension: str
    anchor: float
    low: float
    high: float
    bound: str = "="
    vague: bool = False
    is_range: bool = False

    @property
    def loose(self) -> bool:
        return self.bound == "~" or self.vague or self.is_range


def unit_dimension(unit: str | None) -> tuple[str, float]:
    """(dimension, factor to base units) for a canonical unit; rates ``a/b`` divide."""
    if not unit:
        return "number", 1.0
    if unit in UNITS:
        return UNITS[unit]
    if "/" in unit:
        num, _, den = unit.partition("/")
        num_dim, num_factor = unit_dimension(num)
        den_dim, den_factor = unit_dimension(den)
        return f"{num_dim}/{den_dim}", num_factor / den_factor
    if len(unit) == CURRENCY_LENGTH and unit.isalpha() and unit.isupper():
        return f"currency:{unit}", 1.0
    return f"count:{unit.casefold()}", 1.0


def comparable(q: Quantity) -> Comparable | None:
    """The quantity in base units with the interval its bound implies; None without a usable
    value (missing, infinite or not a number)."""
    dimension, factor = unit_dimension(q.unit)
    if q.is_range:
        assert q.low is not None and q.high is not None
        if not (math.isfinite(q.low) and math.isfinite(q.high)):
            return None
        low, high = sorted((q.low * factor, q.high * factor))
        return Comparable(dimension, (low + high) / 2, low, high, q.bound, q.vague, True)
    if q.value is None or not math.isfinite(q.value):
        return None
    v = q.value * factor
    low, high = {
        "<=": (-INF, v),
        "<": (-INF, v),
        ">=": (v, INF),
        ">": (v, INF),
    }.get(q.bound, (v, v))
    return Comparable(dimension, v, low, high, q.bound, q.vague, False)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol * max(abs(a), abs(b))


def _widened(c: Comparable, tol: float) -> tuple[float, float]:
    low = c.low - tol * abs(c.low) if math.isfinite(c.low) else c.low
    high = c.high + tol * abs(c.high) if math.isfinite(c.high) else c.high
    return low, high


def intervals_meet(a: Comparable, b: Comparable, tol: float) -> bool:
    a_low, a_high = _widened(a, tol)
    b_low, b_high = _widened(b, tol)
    return a_low <= b_high and b_low <= a_high


def agree(a: Comparable, b: Comparable, tolerance: Tolerance) -> bool:
    """Same figure: same dimension, anchors equal within tolerance, intervals meeting, and both
    vague or both stated ("hundreds" is not "100")."""
    if a.dimension != b.dimension or a.vague != b.vague:
        return False
    tol = tolerance.between(a, b)
    return _close(a.anchor, b.anchor, tol) and intervals_meet(a, b, tol)


def contradict(a: Comparable, b: Comparable, tolerance: Tolerance) -> bool:
    """Incompatible figures: same dimension and no common value even after widening both."""
    if a.dimension != b.dimension:
        return False
    return not intervals_meet(a, b, tolerance.between(a, b))


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True, slots=True)
class Period:
    """A closed interval of proleptic ordinal days; ``None`` ends are open."""

    start: int | None = None
    end: int | None = None

    @property
    def known(self) -> bool:
        return self.start is not None or self.end is not None

    def meets(self, other: Period) -> bool:
        if not self.known or not other.known:
            return True
        lo_a = self.start if self.start is not None else -(10**9)
        hi_a = self.end if self.end is not None else 10**9
        lo_b = other.start if other.start is not None else -(10**9)
        hi_b = other.end if other.end is not None else 10**9
        return lo_a <= hi_b and lo_b <= hi_a

    def intersect(self, other: Period) -> Period:
        if not self.known:
            return other
        if not other.known:
            return self
        starts = [s for s in (self.start, other.start) if s is not None]
        ends = [e for e in (self.end, other.end) if e is not None]
        return Period(max(starts) if starts else None, min(ends) if ends else None)


def iso_bounds(value: str | None) -> tuple[int, int] | None:
    """First and last ordinal day of an ISO date prefix: ``2025``, ``2025-09``, ``2025-Q3``,
    ``2025-09-14`` or a datetime; None when it is not one."""
    if not value:
        return None
    text = value.strip()[:10]
    try:
        year = int(text[:4])
        if len(text) == 4:
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        if text[4] != "-":
            return None
        rest = text[5:]
        if rest[:1] in ("Q", "q"):
            quarter = int(rest[1:2])
            first = 3 * (quarter - 1) + 1
            last_day = calendar.monthrange(year, first + 2)[1]
            return date(year, first, 1).toordinal(), date(year, first + 2, last_day).toordinal()
        month = int(rest[:2])
        if len(rest) <= 2:
            last_day = calendar.monthrange(year, month)[1]
            return date(year, month, 1).toordinal(), date(year, month, last_day).toordinal()
        day = int(rest[3:5])
        d = date(year, month, day).toordinal()
        return d, d
    except (ValueError, IndexError):
        return None


def period_of(when: TimeRef | None) -> Period:
    if when is None:
        return Period()
    start = iso_bounds(when.start)
    end = iso_bounds(when.end)
    return Period(start[0] if start else None, end[1] if end else None)


def round_significant(value: float, digits: int = 3) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    try:
        return round(value, digits - 1 - math.floor(math.log10(abs(value))))
    except OverflowError:  # rounding up past the largest float (1.8e308 -> 1.80e308)
        return value
