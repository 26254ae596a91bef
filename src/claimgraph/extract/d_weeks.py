"""Grammar rules for days and weeks named through another period: bare ordinal days ("the 27th",
"le 27", "el día 27 de este mes"), weekdays with a day or a week ("Friday the 22nd", "Friday next
week", "vendredi de la semaine prochaine"), the n-th weekday or week of a period ("the first
Friday of July", "the third week of this month"), "the week of", "week 10", and a month of a
relative year ("June next year").

A mixin of ``d_grammar.Grammar`` (it uses the grammar's helpers); every rule looks ahead a
bounded number of tokens. Words come from ``dates.yaml`` through the lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimgraph.extract.d_sem import (
    Cal,
    DayOf,
    MonthOf,
    NthUnit,
    NthWeekday,
    Range,
    Sem,
    UnitShift,
    Weekday,
    WeekdayIn,
    WeekNumber,
    WeekOf,
)

if TYPE_CHECKING:
    from claimgraph.extract.d_grammar import Grammar, Match

Parsed = tuple[int, Sem] | None


class WeekRules:
    def relative_period(self: Grammar, k: int, unit: str) -> Parsed:
        """A month / week / year named from the reference at ``k`` ("next month", "este mes")."""
        r = self.relative_unit(k)
        if r is not None and isinstance(r[1], UnitShift) and r[1].unit == unit:
            return r
        return None

    def of_relative_period(self: Grammar, k: int, unit: str) -> Parsed:
        """[of] [the] next month / cette semaine / del próximo año."""
        j = self.skip(k, "of", "connectors", "week_day_links")
        j = self.skip(j, "articles")
        got = self.relative_period(j, unit)
        if got is None and j != k:
            got = self.relative_period(self.skip(k, "of", "connectors", "week_day_links"), unit)
        u = None if got is not None or j == k else self.unit(j)
        if (
            u is not None
            and u[1] == unit
            and self.modifier(u[0]) is None
            and self.num(u[0]) is None
            and self.lex.has(self.t, u[0], "of", "connectors") is None
        ):
            got = u[0], UnitShift(unit, 0)  # "le 31 du mois", "the 20th of the month": this one
        return got

    def bare_day(self: Grammar, i: int) -> Parsed:
        """the 27th, le 27, el día 27, 22nd, the 20th of next month, 4 to 22 this month."""
        art = self.lex.has(self.t, i, "day_articles")
        k = i if art is None else art
        d = self.day_token(k, spelled=art is not None)
        if d is None:
            return None
        end, day, suffixed = d
        if art is None and not suffixed:
            return None
        month = self.of_relative_period(end, "month")
        if month is not None:
            return month[0], DayOf(day, month[1])
        w = self.weekday_word(self.punct(end, ","))
        if w is not None and self.modifier(w[0]) is None:  # "le 25 mardi", "el 21, lunes"
            return w[0], DayOf(day, None, w[1])
        if self.ends_phrase(end) or (art is not None and not suffixed and self.day_follower(end)):
            return end, DayOf(day)
        return None

    def day_follower(self: Grammar, k: int) -> bool:
        """ "le 17 au soir", "le 17 à Paris", "le 17 pour trois heures": a preposition of the
        data after an article-led bare day, not before a number ("le 1 à 0", "17 pour cent")."""
        j = self.lex.has(self.t, k, "day_followers")
        if j is None or self.num(j) is not None:
            return False
        return self.lex.has(self.t, j, "hundred_word") is None

    def day_token(self: Grammar, k: int, spelled: bool) -> tuple[int, int, bool] | None:
        """A day of the month alone: (end, day, had an ordinal suffix or was an ordinal word)."""
        tok = self.num(k)
        if tok is not None:
            if tok.digits > 2 or not 1 <= tok.num <= 31 or self.in_number(k):
                return None
            if self.in_number_before(k) or self.continues_number(k + 1):
                return None
            suffix = self.lex.has(self.t, k + 1, "ordinal_suffixes")
            if suffix is not None and self.glued(k + 1):
                return suffix, tok.num, True
            return k + 1, tok.num, False
        if not spelled:
            return None
        d = self.day(k)
        return None if d is None else (d[0], d[1], True)

    def weekday_day(self: Grammar, k: int, wd: int | None = None) -> Parsed:
        """What may follow a weekday: a day ("the 22nd", "le 2", "7/6") or a week ("next week",
        "de la semaine prochaine"); ``k`` is the index after the weekday ``wd``, which a bare
        day number must fall on ("Friday 13": a month whose 13th is a Friday)."""
        j = self.punct(k, ",")
        j = self.lex.has(self.t, j, "day_articles") or self.skip(j, "articles")  # "el día 25"
        num = self.numeric(j)
        if num is not None and isinstance(num[1], Cal) and num[1].day is not None:
            return num
        d = self.day_token(j, spelled=True)
        if d is not None and self.month(self.skip(d[0], "connectors")) is None:
            month = self.of_relative_period(d[0], "month")
            if month is not None:
                return month[0], DayOf(d[1], month[1])
            if (
                j == k + 1
                and self.low(k) == ","
                and self.ordinal(j, 31) is None
                and not self.ends_phrase(d[0])
            ):
                # "On Friday, 30 more drones were launched", "El martes, tres periodistas": a
                # count, not the 30th ("Friday, the 13th", "Friday, 13." stay days)
                return None
            if j == k and self.ordinal(j, 31) is None and self.counted_word(d[0]):
                # "am Samstag 15 Shahed-Drohnen", "on Saturday 15 drones", "samedi 15 drones":
                # the number counts the noun after it ("Saturday 15 November" stays a date)
                return None
            return d[0], DayOf(d[1], None, wd)
        return None

    def counted_word(self: Grammar, k: int) -> bool:
        """Is token ``k`` a word of 3 letters or more outside the date vocabulary (a noun a
        number before it counts: "drones", "Drohnen"; not "at", "au", "de", "pm")?"""
        if k >= self.n or self.t[k].num is not None:
            return False
        low = self.t[k].low
        return len(low) >= 3 and low.isalpha() and not self.lex.is_first_token(low)

    def weekday_in_week(self: Grammar, k: int, wd: int) -> Parsed:
        week = self.of_relative_period(k, "week")
        if week is not None:
            return week[0], WeekdayIn(wd, week[1])
        return None

    def weekdays_of_week(self: Grammar, a: Match, b: Match) -> Sem | None:
        """ "next week between Wednesday and Friday", "la semaine prochaine, du mardi au jeudi":
        a range of bare weekdays right after a week named from the reference lies in that week
        (not after "la semaine" alone: "ouvert la semaine du lundi au vendredi" is a habit).
        Written before the week ("entre mercredi et vendredi de la semaine prochaine"), the last
        weekday's atom already holds the week."""
        week, days = a.sem, b.sem
        if not isinstance(week, UnitShift) or week.unit != "week" or week.anchored:
            return None
        if b.i not in (a.j, self.punct(a.j, ",")) or not isinstance(days, Range):
            return None
        first, last = days.first, days.last
        if not (isinstance(first, Weekday) and isinstance(last, Weekday)):
            return None
        if first.mod is not None or last.mod is not None:
            return None
        return Range(WeekdayIn(first.weekday, week), WeekdayIn(last.weekday, week))

    def week_then_weekday(self: Grammar, i: int) -> Parsed:
        """next week Friday, this week on Saturday, la semaine prochaine le vendredi."""
        week = self.relative_period(i, "week")
        if week is None:
            return None
        j = self.skip(week[0], "week_day_links")
        if self.low(j) == "-" and self.glued(j) and self.glued(j + 1):
            j += 1  # "la semaine précédente-lundi": a glued hyphen links, it opens no range
        j = self.skip(j, "articles")
        w = self.weekday_word(j)
        if w is None:
            return None
        return w[0], WeekdayIn(w[1], week[1])

    def nth(self: Grammar, k: int) -> tuple[int, int] | None:
        """An ordinal for "the n-th Friday / week" (1-5), or "last" as -1."""
        o = self.ordinal(k, 5)
        if o is not None:
            return o
        last = self.lex.match(self.t, k, "last_n")
        if last is not None and self.count(last[0]) is None:
            return last[0], -1
        return None

    def month_target(self: Grammar, k: int) -> Parsed:
        """A month a day or week can belong to: July, Dec, this month, le mois prochain."""
        j = self.skip(k, "articles")
        if self.month(self.skip(j, "modifiers")) is not None:
            got = self.month_first(j, allow_alone=True)
            if got is not None and isinstance(got[1], Cal) and got[1].day is None:
                return got
            if got is not None and isinstance(got[1], MonthOf):
                return got
            # "of March": the ordinal before is the cue an ambiguous month word needs
            mo = self.month(j)
            if mo is not None and (self.t[j].upper or not self.lex.capitalised_months):
                return mo[0], Cal(None, mo[1])
        # "de ce mois": an article that is also a modifier belongs to the month phrase
        return self.relative_period(j, "month") or self.relative_period(k, "month")

    def nth_weekday(self: Grammar, i: int) -> Parsed:
        """the first Friday of July, second Sunday, le premier vendredi de ce mois."""
        k = self.skip(i, "articles")
        n = self.nth(k)
        if n is None:
            return None
        w = self.weekday_word(n[0])
        if w is None:
            return None
        of = self.skip(w[0], "of", "connectors")
        target = self.month_target(of)  # "of July", or a genitive right after ("марта")
        if target is None:
            target = self.relative_period(w[0], "month")
        if target is not None:
            return target[0], NthWeekday(n[1], w[1], target[1])
        if n[1] < 0:
            return None
        return w[0], NthWeekday(n[1], w[1], None)

    def nth_week(self: Grammar, i: int) -> Parsed:
        """the third week of this month, the last week of July, la tercera semana de 2027; the
        third month of 2021 (a month of a year only)."""
        k = self.skip(i, "articles")
        n = self.nth(k) or self.ordinal(k, 12)  # "the 9th month of next year"
        if n is None:
            return None
        u = self.unit(self.punct(n[0], "-"))
        if u is None or u[1] not in ("week", "month") or (u[1] == "week" and n[1] > 5):
            return None
        of = self.skip(u[0], "of", "connectors")
        target = self.year_like(of) if u[1] == "month" else self.period_target(of)
        if target is None:
            return None
        return target[0], NthUnit(n[1], u[1], target[1])

    def week_of(self: Grammar, i: int) -> Parsed:
        """the week of November 30th, the week starting February 4, w/c feb 4."""
        m = self.lex.match(self.t, i, "week_of", "week_from")
        if m is None:
            return None
        best: Parsed = None
        for rule in (self.day_first, self.month_first, self.numeric, self.relative_day):
            got = rule(m[0])
            if got is not None and (best is None or got[0] > best[0]):
                best = got
        if best is None:
            d = self.bare_day(m[0])
            best = d
        if best is None:  # "la semaine du 18": the phrase is the day's cue
            t = self.day_token(m[0], spelled=True)
            if t is not None and (self.ends_phrase(t[0]) or self.word_follows(t[0])):
                best = t[0], DayOf(t[1])
        if best is None or (isinstance(best[1], Cal) and best[1].day is None):
            return None
        return best[0], WeekOf(best[1], starting=m[1] == "week_from")

    def nth_day_of(self: Grammar, i: int) -> Parsed:
        """the 15th day of next month, the twenty-third day of September, the thirty-first day
        of the month (a month only: "the 100th day of the war" is a count)."""
        k = self.skip(i, "articles")
        o = self.ordinal(k, 31)
        if o is None:
            return None
        u = self.unit(o[0])
        if u is None or u[1] != "day":
            return None
        of = self.lex.has(self.t, u[0], "of")
        if of is None:
            return None
        month = self.of_relative_period(of, "month")
        if month is None and self.month(self.skip(of, "articles")) is not None:
            month = self.month_first(self.skip(of, "articles"), cued=True)
        if month is None:
            a = self.skip(of, "articles")
            m = self.unit(a)
            if a == of or m is None or m[1] != "month":
                return None
            month = m[0], UnitShift("month", 0)  # "of the month": this one
        return month[0], DayOf(o[1], month[1])

    def week_number(self: Grammar, i: int) -> Parsed:
        """week 10, semaine 12, semana 31 (ISO weeks of the reference's year)."""
        k = self.lex.has(self.t, i, "week_number")
        if k is None:
            return None
        tok = self.num(k)
        if tok is None or tok.digits > 2 or not 1 <= tok.num <= 53 or self.in_number(k):
            return None
        of = self.lex.has(self.t, k + 1, "of")
        if of is not None:
            # "week 3 of 2027", "week 27 of last year"; "week 3 of the war" is a count
            year = self.year_like(self.skip(of, "articles"))
            if year is None:
                return None
            return year[0], WeekNumber(tok.num, year[1])
        return k + 1, WeekNumber(tok.num)

    def month_of_year(self: Grammar, k: int, month: int) -> Parsed:
        """After a month word: [of] next year / del próximo año."""
        year = self.of_relative_period(k, "year")
        if year is not None:
            return year[0], MonthOf(month, year[1])
        return None
