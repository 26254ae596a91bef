"""Placing time expressions on the calendar.

News convention: a bare weekday, day or month ("on Saturday", "on 10 December", "in January")
is the most recent one not after the reference date (the publication date); "last" takes the
most recent strictly before it, "next" the first strictly after it. Expressions counted from
"the day before" or "a day earlier" use the anchor (the date last mentioned in the text), else
the reference. An expression that needs a reference that is missing raises ``Unresolved``.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claimgraph.extract.d_holidays import holiday_date
from claimgraph.extract.d_sem import (
    Bound,
    Cal,
    Century,
    DayOf,
    DayShift,
    Decade,
    FirstN,
    FiscalYear,
    Holiday,
    MonthOf,
    Night,
    NthUnit,
    NthWeekday,
    Offset,
    Part,
    Period,
    Range,
    Season,
    Sem,
    Stretch,
    UnitShift,
    Weekday,
    WeekdayIn,
    WeekNumber,
    WeekOf,
)

_GRAN_ORDER = {
    "day": 0,
    "night": 0,
    "week": 1,
    "weekend": 1,
    "fortnight": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "half": 4,
    "year": 5,
    "decade": 6,
    "century": 7,
}
# "a few days later": between two and nine units (documented in bench/tests, not language data)
_VAGUE_LOW, _VAGUE_HIGH = 2, 9
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
_MIN_YEAR, _MAX_YEAR = 1, 9998
_MAX_BUSINESS_DAYS = 5000  # a bound on the day-by-day walk ("the next 10^9 business days")


class Unresolved(Exception):
    """The expression needs a reference (or anchor) date that is not available."""


@dataclass(frozen=True, slots=True)
class Interval:
    start: date | None
    end: date | None
    granularity: str


@dataclass(slots=True)
class Context:
    reference: date | None
    anchor: date | None = None  # the last day mentioned ("a day earlier" counts from it)
    last: date | None = None  # the start of the last date or period mentioned ("that year")
    used_reference: bool = False
    used_anchor: bool = False
    used_last: bool = False

    def ref(self) -> date:
        if self.reference is None:
            raise Unresolved
        self.used_reference = True
        return self.reference

    def anchor_or_ref(self) -> date:
        if self.anchor is not None:
            self.used_anchor = True
            return self.anchor
        return self.ref()

    def last_or_ref(self) -> date:
        if self.last is not None:
            self.used_last = True
            return self.last
        return self.ref()


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise Unresolved
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _business_days(d: date, count: int) -> date:
    """``count`` working days (Monday to Friday) after ``d`` (before it when negative)."""
    if abs(count) > _MAX_BUSINESS_DAYS:
        raise Unresolved
    step = 1 if count > 0 else -1
    for _ in range(abs(count)):
        d += timedelta(days=step)
        while d.weekday() >= 5:
            d += timedelta(days=step)
    return d


def shift(d: date, unit: str, count: int) -> date:
    try:
        if unit == "day":
            return d + timedelta(days=count)
        if unit == "business_day":
            return _business_days(d, count)
        if unit in ("week", "weekend"):
            return d + timedelta(weeks=count)
        if unit == "fortnight":
            return d + timedelta(weeks=2 * count)
        if unit == "month":
            return add_months(d, count)
        if unit == "quarter":
            return add_months(d, 3 * count)
        if unit == "year":
            return add_months(d, 12 * count)
        if unit == "decade":
            return add_months(d, 120 * count)
    except OverflowError as exc:
        raise Unresolved from exc
    raise ValueError(f"unknown unit {unit!r}")


def unit_interval(d: date, unit: str) -> Interval:
    """The week (Monday first), month, quarter, year or decade containing ``d``."""
    if unit in ("day", "business_day"):
        return Interval(d, d, "day")
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return Interval(monday, monday + timedelta(days=6), "week")
    if unit == "fortnight":  # two weeks from this Monday ("the next fortnight": the two after)
        monday = d - timedelta(days=d.weekday())
        return Interval(monday, monday + timedelta(days=13), "week")
    if unit == "weekend":
        saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
        return Interval(saturday, saturday + timedelta(days=1), "weekend")
    if unit == "month":
        return Interval(d.replace(day=1), month_end(d.year, d.month), "month")
    if unit == "quarter":
        first = d.month - (d.month - 1) % 3
        return Interval(date(d.year, first, 1), month_end(d.year, first + 2), "quarter")
    if unit == "year":
        return Interval(date(d.year, 1, 1), date(d.year, 12, 31), "year")
    if unit == "decade":
        first = d.year - d.year % 10
        return Interval(date(first, 1, 1), date(first + 9, 12, 31), "decade")
    raise ValueError(f"unknown unit {unit!r}")


def _cal_interval(year: int, c: Cal) -> Interval | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    if c.month is None:
        return Interval(date(year, 1, 1), date(year, 12, 31), "year")
    if c.day is None:
        return Interval(date(year, c.month, 1), month_end(year, c.month), "month")
    try:
        d = date(year, c.month, c.day)
    except ValueError:
        return None
    return Interval(d, d, "day")


def _pick(candidates: list[Interval], pivot: date, mod: int | None, after: bool) -> Interval:
    """Among intervals sorted by start, the one the modifier designates relative to ``pivot``."""
    if after:  # a constraint "not before pivot" (the later end of a range)
        for iv in candidates:
            if iv.start is not None and iv.start >= pivot:
                return iv
        raise Unresolved
    if mod == 1:
        for iv in candidates:
            if iv.start is not None and iv.start > pivot:
                return iv
        raise Unresolved
    if mod == -1:
        chosen = [iv for iv in candidates if iv.end is not None and iv.end < pivot]
    else:
        chosen = [iv for iv in candidates if iv.start is not None and iv.start <= pivot]
    if not chosen:
        raise Unresolved
    return chosen[-1]


class Resolver:
    """Resolves one ``Sem`` in a ``Context``; ``not_after``/``not_before`` tie a range's ends."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def resolve(
        self, sem: Sem, not_after: date | None = None, not_before: date | None = None
    ) -> Interval:
        method = getattr(self, "_" + type(sem).__name__.lower())
        return method(sem, not_after, not_before)

    # ------------------------------------------------------------------ calendar values
    def _cal(self, c: Cal, not_after: date | None, not_before: date | None) -> Interval:
        if c.year is not None:
            iv = _cal_interval(c.year, c)
            if iv is None:
                raise Unresolved
            return iv
        if c.month is None:
            raise Unresolved
        return self._by_year(lambda y: _cal_interval(y, c), c.mod, not_after, not_before, 5)

    def _by_year(
        self,
        of_year: Callable[[int], Interval | None],
        mod: int | None,
        not_after: date | None,
        not_before: date | None,
        reach: int,
    ) -> Interval:
        """A yearly day or month without its year ("May", "Easter"): ``of_year`` places it in
        one year (None: that year has none); ``mod`` 0 takes the reference's year, else
        ``_pick`` chooses among the years within ``reach`` of the pivot (the reference, or the
        other end of a range when no modifier ties it to the reference)."""
        if mod is not None:  # "this May", "last Easter": the reference decides, not the range
            not_after = not_before = None
        pivot = not_before or not_after or self.ctx.ref()
        if mod == 0:
            iv = of_year(pivot.year)
            if iv is None:
                raise Unresolved
            return iv
        candidates = [
            iv
            for y in range(pivot.year - reach, pivot.year + reach + 1)
            if (iv := of_year(y)) is not None
        ]
        return _pick(candidates, pivot, mod, after=not_before is not None)

    def _fiscalyear(
        self, f: FiscalYear, not_after: date | None, not_before: date | None
    ) -> Interval:
        raise Unresolved  # where a fiscal or school year starts is not in the text

    def _holiday(self, h: Holiday, not_after: date | None, not_before: date | None) -> Interval:
        if h.weekend:
            day = self._holiday(replace(h, weekend=False), not_after, not_before).start
            if day is None:
                raise Unresolved
            # the weekend of its week; a Monday holiday closes the weekend before it
            saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)
            if day.weekday() == 0:
                saturday -= timedelta(weeks=1)
            sunday = saturday + timedelta(days=1)
            return Interval(min(day, saturday), max(day, sunday), "weekend")
        if h.year is not None:
            d = holiday_date(h.key, self._year_of(h.year))
            if d is None:
                raise Unresolved
            return Interval(d, d, "day")
        return self._by_year(
            lambda y: None if (d := holiday_date(h.key, y)) is None else Interval(d, d, "day"),
            h.mod,
            not_after,
            not_before,
            2,
        )

    def _weekday(self, w: Weekday, not_after: date | None, not_before: date | None) -> Interval:
        if w.mod in (-1, 1):
            # "last Wednesday" / "next Friday": that day in the previous / next calendar week
            ref = self.ctx.ref()
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=w.mod)
            d = monday + timedelta(days=w.weekday)
            return Interval(d, d, "day")
        if w.mod == 0 and not_before is None and not_after is None:
            # "this Friday", "ce vendredi": that day in the reference's week
            ref = self.ctx.ref()
            d = ref - timedelta(days=ref.weekday()) + timedelta(days=w.weekday)
            return Interval(d, d, "day")
        pivot = not_before or not_after or self.ctx.ref()
        if not_before is not None or w.mod in (1, 2):
            delta = (w.weekday - pivot.weekday()) % 7
            if delta == 0 and (w.mod in (1, 2) and not_before is None):
                delta = 7
            d = pivot + timedelta(days=delta)
        else:
            delta = (pivot.weekday() - w.weekday) % 7
            if delta == 0 and w.mod in (-1, -2):
                delta = 7
            d = pivot - timedelta(days=delta)
        return Interval(d, d, "day")

    def _dayshift(self, s: DayShift, not_after: date | None, not_before: date | None) -> Interval:
        base = self.ctx.anchor_or_ref() if s.anchored else self.ctx.ref()
        d = shift(base, "day", s.days)
        return Interval(d, d, "day")

    def _unitshift(self, s: UnitShift, not_after: date | None, not_before: date | None) -> Interval:
        base = self.ctx.last_or_ref() if s.anchored else self.ctx.ref()
        return unit_interval(shift(base, s.unit, s.shift), s.unit)

    def _stretch(self, s: Stretch, not_after: date | None, not_before: date | None) -> Interval:
        ref = self.ctx.ref()
        if s.unit in ("quarter", "decade"):
            # "the past two decades", "the last 2 quarters": whole ones before this one
            this = unit_interval(ref, s.unit)
            if s.count > 0:
                after = shift(this.end, "day", 1)
                return Interval(after, shift(shift(after, s.unit, s.count), "day", -1), s.unit)
            return Interval(
                shift(this.start, s.unit, s.count), shift(this.start, "day", -1), s.unit
            )
        if s.unit == "business_day":  # "the next 4 business days": from the next working day
            first = shift(ref, s.unit, 1 if s.count > 0 else -1)
            other = shift(ref, s.unit, s.count)
            return Interval(min(first, other), max(first, other), "day")
        other = shift(ref, s.unit, s.count)
        if s.count > 0:  # "the next three days": from tomorrow
            return Interval(ref + timedelta(days=1), other, s.unit)
        return Interval(other, ref - timedelta(days=1), s.unit)  # "the past three weeks"

    def _offset(self, o: Offset, not_after: date | None, not_before: date | None) -> Interval:
        if o.base is not None:
            start = self._nearest(o.base).start
            if start is None:
                raise Unresolved
            base = start
        else:
            base = self.ctx.anchor_or_ref() if o.anchored else self.ctx.ref()
        sign = 1 if o.count > 0 else -1
        for unit, count in o.more:  # the larger units first: "1 month 21 days ago"
            base = shift(base, unit, sign * count)
        if o.vague:
            a = shift(base, o.unit, sign * _VAGUE_LOW)
            b = shift(base, o.unit, sign * _VAGUE_HIGH)
            return Interval(min(a, b), max(a, b), o.unit)
        d = shift(base, o.unit, o.count)
        return Interval(d, d, "day")

    def _nearest(self, sem: Sem) -> Interval:
        """The day a count starts from ("3 days from Tuesday", "2 weeks after January 15", "2
        weeks before Christmas"). Without its year or week it is the occurrence nearest the
        reference: the coming one when it is less than half as far as the past one. A day one
        counts from is one in sight, and the news convention (the latest one not after the
        reference) would put a count from "January 15" written in November ten months back;
        half-way through the year ("two weeks after May 1" in November) the convention stays."""
        past = self.resolve(sem)
        if _has_year(sem) or not isinstance(sem, Cal | Weekday | Holiday | DayOf):
            return past
        if getattr(sem, "mod", None) is not None:  # "last Tuesday", "next Christmas"
            return past
        ref = self.ctx.ref()
        try:
            coming = self.resolve(sem, not_before=ref)
        except Unresolved:
            return past
        if past.start is None or coming.start is None:
            return past
        return coming if 2 * (coming.start - ref) < ref - past.start else past

    def _century(self, c: Century, not_after: date | None, not_before: date | None) -> Interval:
        first = (c.number - 1) * 100
        if not _MIN_YEAR <= first <= _MAX_YEAR - 100:
            raise Unresolved
        return Interval(date(first, 1, 1), date(first + 99, 12, 31), "century")

    def _decade(self, d: Decade, not_after: date | None, not_before: date | None) -> Interval:
        if not _MIN_YEAR <= d.first_year <= _MAX_YEAR - 10:
            raise Unresolved
        return Interval(date(d.first_year, 1, 1), date(d.first_year + 9, 12, 31), "decade")

    def _year_of(self, sem: Sem | None) -> int:
        if sem is None:
            return self.ctx.ref().year
        iv = self.resolve(sem)
        if iv.start is None:
            raise Unresolved
        return iv.start.year

    def _period(self, p: Period, not_after: date | None, not_before: date | None) -> Interval:
        year = self._year_of(p.year)
        months = 3 if p.kind == "quarter" else 6
        first = (p.index - 1) * months + 1
        if not 1 <= first <= 12:
            raise Unresolved
        return Interval(date(year, first, 1), month_end(year, first + months - 1), p.kind)

    def _season(self, s: Season, not_after: date | None, not_before: date | None) -> Interval:
        first, last = _SEASON_MONTHS[s.name]

        def of_year(y: int) -> Interval:
            end_year = y + 1 if last < first else y
            return Interval(date(y, first, 1), month_end(end_year, last), "season")

        if s.year is not None:
            return of_year(self._year_of(s.year))
        pivot = not_after or self.ctx.ref()
        candidates = [of_year(y) for y in range(pivot.year - 2, pivot.year + 2)]
        return _pick(candidates, pivot, s.mod, after=False)

    # ------------------------------------------------------------------ composites
    def _part(self, p: Part, not_after: date | None, not_before: date | None) -> Interval:
        inner = self.resolve(p.inner, not_after, not_before)
        s, e = inner.start, inner.end
        if s is None or e is None:
            raise Unresolved
        if p.kind in ("so_far", "rest"):
            ref = self.ctx.ref()
            if p.kind == "so_far":
                return Interval(s, min(max(ref, s), e), inner.granularity)
            return Interval(max(min(ref, e), s), e, inner.granularity)
        if isinstance(p.inner, UnitShift) and p.inner.unit == "year" and p.kind in _HALVES:
            # "early next year", "late last year": a half (Recognizers-Text; a named year keeps
            # the gold's quarters: "the beginning of 2023" is January-March)
            first, last = _HALVES[p.kind]
            return Interval(s.replace(month=first), month_end(s.year, last), "month")
        return _part_of(p.kind, inner)

    def _firstn(self, f: FirstN, not_after: date | None, not_before: date | None) -> Interval:
        if f.unit == "week" and f.count > 0:
            # "the first 2 weeks of 2021": whole weeks, counted as "the first week of" counts
            edge = self._nthunit(
                NthUnit(-1 if f.from_end else 1, "week", f.inner), not_after, not_before
            )
            if edge.start is None or edge.end is None:
                raise Unresolved
            if f.from_end:
                return Interval(edge.start - timedelta(weeks=f.count - 1), edge.end, "week")
            return Interval(edge.start, edge.end + timedelta(weeks=f.count - 1), "week")
        inner = self.resolve(f.inner, not_after, not_before)
        if inner.start is None or inner.end is None:
            raise Unresolved
        if f.from_end:
            start = shift(inner.end + timedelta(days=1), f.unit, -f.count)
            return Interval(max(start, inner.start), inner.end, f.unit)
        end = shift(inner.start, f.unit, f.count) - timedelta(days=1)
        return Interval(inner.start, min(end, inner.end), f.unit)

    def _night(self, n: Night, not_after: date | None, not_before: date | None) -> Interval:
        inner = self.resolve(n.inner, not_after, not_before)
        if inner.start is None or inner.end is None:
            raise Unresolved
        if inner.start != inner.end:
            return Interval(inner.start, inner.end, "night")
        if n.into:
            return Interval(inner.start - timedelta(days=1), inner.start, "night")
        return Interval(inner.start, inner.start + timedelta(days=1), "night")

    def _range(self, r: Range, not_after: date | None, not_before: date | None) -> Interval:
        if not _has_year(r.last):
            # "from 2015/08/12 until October 22", "between September and January": the first
            # end is placed by the news convention, the last one follows it
            first = self.resolve(r.first, not_after, not_before)
            last = self.resolve(r.last, not_before=first.start)
        else:
            last = self.resolve(r.last, not_after, not_before)
            first = self.resolve(r.first, not_after=last.start)
        if first.start is not None and last.end is not None and first.start > last.end:
            raise Unresolved
        gran = min((first.granularity, last.granularity), key=lambda g: _GRAN_ORDER.get(g, 0))
        return Interval(first.start, last.end, gran)

    def _month_sem(self, sem: Sem | None, not_after: date | None, not_before: date | None) -> date:
        """First day of the month ``sem`` designates (None: the reference's month)."""
        if sem is None:
            return self.ctx.ref().replace(day=1)
        iv = self.resolve(sem, not_after, not_before)
        if iv.start is None:
            raise Unresolved
        return iv.start.replace(day=1)

    def _dayof(self, d: DayOf, not_after: date | None, not_before: date | None) -> Interval:
        if d.month is not None:
            first = self._month_sem(d.month, not_after, not_before)
            iv = _cal_interval(first.year, Cal(first.year, first.month, d.day))
            if iv is None:
                raise Unresolved
            return iv
        pivot = not_before or not_after or self.ctx.ref()
        candidates = []
        reach = 13 if d.weekday is None else 40  # a Sunday 31st may be 3 years away
        for k in range(-reach, reach + 1):
            m = add_months(pivot.replace(day=1), k)
            iv = _cal_interval(m.year, Cal(m.year, m.month, d.day))
            if iv is not None:
                candidates.append(iv)
        on_weekday = [
            iv for iv in candidates if iv.start is not None and iv.start.weekday() == d.weekday
        ]
        if on_weekday:  # "Friday 13": the months whose 13th is a Friday; else the day alone
            candidates = on_weekday
        return _pick(candidates, pivot, None, after=not_before is not None)

    def _monthof(self, m: MonthOf, not_after: date | None, not_before: date | None) -> Interval:
        year = self._year_of(m.year)
        return Interval(date(year, m.month, 1), month_end(year, m.month), "month")

    def _nthweekday(
        self, w: NthWeekday, not_after: date | None, not_before: date | None
    ) -> Interval:
        first = self._month_sem(w.month, not_after, not_before)
        last = month_end(first.year, first.month)
        if w.n < 0:
            d = last - timedelta(days=(last.weekday() - w.weekday) % 7)
        else:
            d = first + timedelta(days=(w.weekday - first.weekday()) % 7 + 7 * (w.n - 1))
        if d.month != first.month:
            raise Unresolved
        return Interval(d, d, "day")

    def _weekdayin(self, w: WeekdayIn, not_after: date | None, not_before: date | None) -> Interval:
        week = self.resolve(w.week, not_after, not_before)
        if week.start is None:
            raise Unresolved
        monday = week.start - timedelta(days=week.start.weekday())
        d = monday + timedelta(days=w.weekday)
        return Interval(d, d, "day")

    def _nthunit(self, n: NthUnit, not_after: date | None, not_before: date | None) -> Interval:
        inner = self.resolve(n.inner, not_after, not_before)
        if inner.start is None or inner.end is None:
            raise Unresolved
        if n.unit == "week":
            # weeks are Monday to Sunday; the first one holds the period's first Thursday
            first = inner.start + timedelta(days=(3 - inner.start.weekday()) % 7)
            first -= timedelta(days=3)
            if n.n < 0:
                last_thu = inner.end - timedelta(days=(inner.end.weekday() - 3) % 7)
                start = last_thu - timedelta(days=3)
            else:
                start = first + timedelta(weeks=n.n - 1)
            return Interval(start, start + timedelta(days=6), "week")
        if n.n < 0:
            start = shift(inner.end + timedelta(days=1), n.unit, -1)
        else:
            start = shift(inner.start, n.unit, n.n - 1)
        end = shift(start, n.unit, 1) - timedelta(days=1)
        if start < inner.start or end > inner.end:
            raise Unresolved
        return Interval(start, end, n.unit)

    def _weekof(self, w: WeekOf, not_after: date | None, not_before: date | None) -> Interval:
        inner = self.resolve(w.inner, not_after, not_before)
        if inner.start is None:
            raise Unresolved
        if w.starting:
            return Interval(inner.start, inner.start + timedelta(days=6), "week")
        return unit_interval(inner.start, "week")

    def _weeknumber(
        self, w: WeekNumber, not_after: date | None, not_before: date | None
    ) -> Interval:
        year = self._year_of(w.year)
        monday = iso_week_one(year) + timedelta(weeks=w.n - 1)
        if w.n > 52 and monday >= iso_week_one(year + 1):
            raise Unresolved
        return Interval(monday, monday + timedelta(days=6), "week")

    def _bound(self, b: Bound, not_after: date | None, not_before: date | None) -> Interval:
        if isinstance(b.inner, Part) and (b.kind, b.inner.kind) in _WHOLE_BOUNDS:
            # "before the end of December" is by its last day, "after the beginning of March"
            # from its first: the bound reaches the whole period, not its part
            whole = self.resolve(b.inner.inner, not_after, not_before)
            if b.kind == "before":
                return Interval(None, whole.end, whole.granularity)
            return Interval(whole.start, None, whole.granularity)
        inner = self.resolve(b.inner, not_after, not_before)
        if b.kind == "since":
            return Interval(inner.start, None, inner.granularity)
        if b.kind == "after":
            return Interval(
                None if inner.end is None else inner.end + timedelta(days=1),
                None,
                inner.granularity,
            )
        if b.kind == "until":
            return Interval(None, inner.end, inner.granularity)
        return Interval(
            None,
            None if inner.start is None else inner.start - timedelta(days=1),
            inner.granularity,
        )


# Parts of a period. A year: its first quarter, the two middle ones, its last quarter (the
# project's gold: "the beginning of 2023" is January-March; Recognizers-Text reads four months
# for a named year and a half for "early next year"). A month in halves with the 10th-20th as
# its middle, a week as Monday-Wednesday / Tuesday-Friday / Thursday-Sunday (as Recognizers-Text).
_YEAR_PARTS = {"early": (1, 3), "mid": (4, 9), "late": (10, 12)}
_HALVES = {"early": (1, 6), "late": (7, 12)}
_MONTH_DAYS = {"early": (1, 15), "mid": (10, 20), "late": (16, 31)}
_WEEK_DAYS = {"early": (0, 2), "mid": (1, 4), "late": (3, 6)}
_WHOLE_BOUNDS = {("before", "late"), ("after", "early")}


def _part_of(kind: str, inner: Interval) -> Interval:
    s, e = inner.start, inner.end
    if s is None or e is None:
        raise Unresolved
    if kind in ("first_half", "second_half"):
        return _half_of(kind == "second_half", s, e, inner.granularity)
    if inner.granularity == "year" and s.month == 1 and e.month == 12 and s.year == e.year:
        first, last = _YEAR_PARTS[kind]
        return Interval(date(s.year, first, 1), month_end(s.year, last), "month")
    if inner.granularity == "month" and s.day == 1 and e == month_end(s.year, s.month):
        first, last = _MONTH_DAYS[kind]
        return Interval(s.replace(day=first), min(e, s.replace(day=min(last, e.day))), "day")
    if inner.granularity == "week" and (e - s).days == 6:
        first, last = _WEEK_DAYS[kind]
        return Interval(s + timedelta(days=first), s + timedelta(days=last), "day")
    length = (e - s).days + 1
    third = length // 3
    if third == 0:  # "early day": under three days has no thirds, the part is the whole
        return Interval(s, e, "day")
    if kind == "early":
        return Interval(s, s + timedelta(days=third - 1), "day")
    if kind == "mid":
        return Interval(s + timedelta(days=third), e - timedelta(days=third), "day")
    return Interval(e - timedelta(days=length - 2 * third - 1), e, "day")


def _half_of(second: bool, s: date, e: date, granularity: str | None) -> Interval:
    """ "la primera mitad de 2016", "la segunda quincena de julio", "la 2ª mitad de esta
    semana": a year in six months, anything else in days (a month 1-15 / 16-end, a week
    Monday-Wednesday / Thursday-Sunday, as Recognizers-Text)."""
    if granularity == "year" and (s.month, s.day, e.month, e.day) == (1, 1, 12, 31):
        if second:
            return Interval(date(e.year, 7, 1), e, "month")
        return Interval(s, date(s.year, 6, 30), "month")
    first_days = ((e - s).days + 1) // 2
    if second:
        return Interval(s + timedelta(days=first_days), e, "day")
    return Interval(s, s + timedelta(days=first_days - 1), "day")


def iso_week_one(year: int) -> date:
    """Monday of ISO week 1 of ``year`` (the week holding the year's first Thursday)."""
    jan4 = date(year, 1, 4)
    return jan4 - timedelta(days=jan4.weekday())


def _has_year(sem: Sem) -> bool:
    if isinstance(sem, Cal):
        return sem.year is not None
    if isinstance(sem, Decade | Century):
        return True
    if isinstance(sem, Period | Season):
        return sem.year is not None and _has_year(sem.year)
    if isinstance(sem, Part | FirstN | Night | Bound | NthUnit | WeekOf):
        return _has_year(sem.inner)
    if isinstance(sem, MonthOf):
        return _has_year(sem.year)
    if isinstance(sem, Holiday):
        return sem.year is not None and _has_year(sem.year)
    if isinstance(sem, DayOf | NthWeekday):
        return sem.month is not None and _has_year(sem.month)
    return False


def resolve(sem: Sem, ctx: Context) -> Interval:
    """The interval ``sem`` designates; raises ``Unresolved`` when a needed date is missing or
    falls outside the calendar ("Friday" before 1 January of year 1)."""
    try:
        return Resolver(ctx).resolve(sem)
    except OverflowError as exc:
        raise Unresolved from exc
