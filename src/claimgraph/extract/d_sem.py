"""What a time expression means, before it is placed on the calendar.

The grammar (``d_grammar``) turns tokens into these values; the resolver (``d_resolve``) turns
them into intervals against a reference date (the publication date) or an anchor (the date last
mentioned). A value that needs a reference the caller did not give stays unresolved.
"""

from __future__ import annotations

from dataclasses import dataclass

Unit = str  # "day", "week", "weekend", "month", "year", "decade"


@dataclass(frozen=True, slots=True)
class Cal:
    """A calendar day, month or year; ``year`` None means "the nearest one" (needs a reference).

    ``mod``: None (bare: the most recent not after the reference), -1 (last), 0 (this), 1 (next).
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    mod: int | None = None


@dataclass(frozen=True, slots=True)
class Weekday:
    weekday: int  # 0 = Monday
    # -1/1: that day of the previous/next calendar week ("last Wednesday"); 0: of this week;
    # -2/2: the nearest one before/after the reference ("ce mercredi passé", "este próximo
    # viernes"); None: the most recent one not after it
    mod: int | None = None


@dataclass(frozen=True, slots=True)
class DayShift:
    """``days`` from the reference (today, yesterday) or, when ``anchored``, from the last date."""

    days: int
    anchored: bool = False


@dataclass(frozen=True, slots=True)
class UnitShift:
    """The whole week/month/year containing the reference, shifted by ``shift`` units; when
    ``anchored`` ("the same week", "that year"), the one containing the date last mentioned."""

    unit: Unit
    shift: int
    anchored: bool = False


@dataclass(frozen=True, slots=True)
class Stretch:
    """The ``count`` units before (count < 0) or after (count > 0) the reference."""

    unit: Unit
    count: int


@dataclass(frozen=True, slots=True)
class Offset:
    """A point ``count`` units from the reference ("two days ago", ``count`` -2) or, when
    ``anchored``, from the last date ("a week later"). ``vague``: "days later", "a few weeks ago"."""

    unit: Unit
    count: int
    anchored: bool = False
    vague: bool = False
    more: tuple[tuple[Unit, int], ...] = ()  # "1 month 21 days ago": the further (unit, count)s
    base: Sem | None = None  # "two weeks from tomorrow": counted from that day


@dataclass(frozen=True, slots=True)
class Decade:
    first_year: int


@dataclass(frozen=True, slots=True)
class Century:
    """The ``number``-th century: the hundred years from ``(number - 1) * 100`` (the 21st:
    2000-2099, the convention of the specs and of common usage)."""

    number: int


@dataclass(frozen=True, slots=True)
class Period:
    """Quarter or half ``index`` of a year (``year`` None: the reference's year)."""

    kind: str  # "quarter" | "half"
    index: int
    year: Sem | None = None


@dataclass(frozen=True, slots=True)
class Season:
    name: str  # spring, summer, autumn, winter
    year: Sem | None = None
    mod: int | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """early/mid/late/so_far/rest of another period."""

    kind: str
    inner: Sem


@dataclass(frozen=True, slots=True)
class FirstN:
    """The first (or last) ``count`` units of another period."""

    count: int
    unit: Unit
    inner: Sem
    from_end: bool = False


@dataclass(frozen=True, slots=True)
class Night:
    """The night starting on ``inner`` (``into`` False) or ending on it (``into`` True)."""

    inner: Sem
    into: bool = False


@dataclass(frozen=True, slots=True)
class DayOf:
    """Day ``day`` of a month: the month ``month`` designates ("the 20th of next month"), or,
    with ``month`` None, the nearest month holding it ("the 27th", "le 27")."""

    day: int
    month: Sem | None = None
    weekday: int | None = None  # "Friday 13": the day must fall on this weekday (0 = Monday)


@dataclass(frozen=True, slots=True)
class MonthOf:
    """Month ``month`` of the year ``year`` designates ("June next year", "junio del próximo año")."""

    month: int
    year: Sem


@dataclass(frozen=True, slots=True)
class NthWeekday:
    """The ``n``-th ``weekday`` of a month ("the first Friday of July"); ``month`` None: the
    reference's month. ``n`` -1: the last one."""

    n: int
    weekday: int
    month: Sem | None = None


@dataclass(frozen=True, slots=True)
class WeekdayIn:
    """A weekday of the week ``week`` designates ("Friday next week", "vendredi de cette semaine")."""

    weekday: int
    week: Sem


@dataclass(frozen=True, slots=True)
class NthUnit:
    """The ``n``-th week (or day) of another period ("the third week of this month"); ``n`` -1:
    the last one."""

    n: int
    unit: Unit
    inner: Sem


@dataclass(frozen=True, slots=True)
class WeekOf:
    """The week holding a day ("the week of November 30th") or, when ``starting``, the seven
    days from it ("the week starting February 4")."""

    inner: Sem
    starting: bool = False


@dataclass(frozen=True, slots=True)
class WeekNumber:
    """ISO week ``n`` of a year (``year`` None: the reference's year): "week 10"."""

    n: int
    year: Sem | None = None


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """A fiscal, financial or school year ("fiscal year 2008", "last fiscal year"): its months
    depend on the country, company or school, so it is kept and never placed on the calendar."""

    year: int | None = None
    mod: int | None = None


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day (``d_holidays`` key: "12-25", "easter+1", "11-4thu") in the year ``year``
    designates; ``year`` None: by ``mod`` as a bare month ("Christmas", "last Easter")."""

    key: str
    year: Sem | None = None
    mod: int | None = None
    weekend: bool = False  # "Labor Day weekend", "the weekend of Halloween"


@dataclass(frozen=True, slots=True)
class Range:
    first: Sem
    last: Sem


@dataclass(frozen=True, slots=True)
class Bound:
    """An open interval: ``since``/``after`` X (no end), ``until``/``before`` X (no start)."""

    kind: str  # "since" | "until" | "before" | "after"
    inner: Sem


Sem = (
    Cal
    | Weekday
    | DayShift
    | UnitShift
    | Stretch
    | Offset
    | Decade
    | Century
    | Period
    | Season
    | Part
    | FirstN
    | Night
    | Range
    | Bound
    | DayOf
    | MonthOf
    | NthWeekday
    | WeekdayIn
    | NthUnit
    | WeekOf
    | WeekNumber
    | Holiday
    | FiscalYear
)
