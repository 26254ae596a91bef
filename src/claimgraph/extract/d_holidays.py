"""Holidays: named days ("Christmas", "Easter Monday", "Thanksgiving 2023", "last Easter").

A mixin of ``d_grammar.Grammar`` for the rule, plus the calendar of a holiday key. The names
are language data (``holidays`` in ``dates.yaml``: key -> names); the keys are the same in
every language and say how the day is computed:

- ``MM-DD``: a fixed day ("12-25": Christmas Day);
- ``easter``, ``easter+N``, ``easter-N``: days from Western Easter Sunday ("easter+1": Easter
  Monday, "easter-2": Good Friday);
- ``MM-Nwd`` / ``MM-lastwd``: the N-th (or last) weekday of a month, ``wd`` the first three
  letters of the weekday's English name ("11-4thu": the fourth Thursday of November,
  "05-lastmon": the last Monday of May), maybe with days after it ("11-4thu+1").

Its weekend ("Labor Day weekend", "the weekend of Halloween") is the Saturday and Sunday of its
week (of the week before for a Monday), stretched to the holiday itself ("Thanksgiving
weekend": Thursday to Sunday).

A holiday alone is the most recent one not after the reference (the news convention of a bare
month); "next"/"last" pick the one after/before it; a year after it places it ("easter 2018").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from claimgraph.extract.d_sem import Cal, Holiday, Sem

if TYPE_CHECKING:
    from claimgraph.extract.d_grammar import Grammar

Parsed = tuple[int, Sem] | None

_FIXED = re.compile(r"^(\d\d)-(\d\d)$")
_EASTER = re.compile(r"^easter(?:([+-])(\d{1,3}))?$")
_NTH = re.compile(r"^(\d\d)-([1-5]|last)(mon|tue|wed|thu|fri|sat|sun)([+-]\d{1,2})?$")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CUES = (
    "year_cues",
    "since",
    "until",
    "before",
    "after",
    "range_open",
    "day_cues",
    "offset_from",
    "offset_before",
)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(key: str, year: int) -> date | None:
    """The day ``key`` names in ``year`` (None for an impossible day or an unknown key)."""
    if not 1 <= year <= 9998:
        return None
    fixed = _FIXED.match(key)
    if fixed:
        month, day = int(fixed.group(1)), int(fixed.group(2))
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, day)
    east = _EASTER.match(key)
    if east:
        if year < 1583:  # the Gregorian computus only
            return None
        days = int(east.group(2) or 0) * (-1 if east.group(1) == "-" else 1)
        return easter(year) + timedelta(days=days)
    nth = _NTH.match(key)
    if nth:
        month, which, wd = int(nth.group(1)), nth.group(2), _WEEKDAYS.index(nth.group(3))
        if not 1 <= month <= 12:
            return None
        after = timedelta(days=int(nth.group(4) or 0))
        if which == "last":
            last = date(year, month, calendar.monthrange(year, month)[1])
            return last - timedelta(days=(last.weekday() - wd) % 7) + after
        first = date(year, month, 1)
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (int(which) - 1))
        return d + after if d.month == month else None
    return None


class HolidayRules:
    def holiday(self: Grammar, i: int) -> Parsed:
        """christmas, Easter Monday, last easter, black friday 2010, easter of 2018,
        independence day of this year; its weekend ("labor day weekend", "halloween weekend
        2021", "the weekend of halloween")."""
        lead = self.lex.has(self.t, i, "weekend_of")
        if lead is not None:
            got = self.holiday_day(lead)
            if got is None or not isinstance(got[1], Holiday):
                return None
            return got[0], replace(got[1], weekend=True)
        got = self.holiday_day(i)
        if got is None or not isinstance(got[1], Holiday):
            return got
        u = self.unit(got[0])
        if u is None or u[1] != "weekend":
            return got
        day = replace(got[1], weekend=True)
        if day.year is None and day.mod is None:
            y = self.year(u[0])
            if y is not None:
                return y[0], replace(day, year=Cal(y[1]))
        return u[0], day

    def holiday_day(self: Grammar, i: int) -> Parsed:
        k, mod = self.leading_modifier(i)
        h = self.lex.match(self.t, k, "holidays")
        if h is None:
            return None
        k, key = h[0], str(h[2])
        # "Christmas tree", "Easter egg": a holiday name before a noun is an attribute, unless
        # a cue or a modifier makes it a day ("on Christmas Day we", "last Easter")
        if mod is None and self.noun_follows(k) and not self.has_cue_before(i, _CUES):
            return None
        if mod is None:
            j = self.skip(self.punct(k, ","), "of", "connectors")
            y = self.year_like(j)
            if y is not None:
                return y[0], Holiday(key, y[1])
            after = self.modifier(k)
            if after is not None and after[1] in (-1, 1):  # "la Pâques suivante"
                return after[0], Holiday(key, None, after[1])
        return k, Holiday(key, None, mod)
