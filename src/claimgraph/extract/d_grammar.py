"""Token grammar for time expressions: tokens -> matches carrying a meaning (``d_sem``).

Two passes, both linear in the number of tokens:

1. ``atoms``: at each token that can start an expression, every atom rule looks ahead a bounded
   number of tokens; the longest match wins and the scan continues after it.
2. ``compose``: neighbouring atoms joined by a range link become one range ("between September
   and January", "from May 2022 to 2023"), and a bound word before an atom makes an open
   interval ("since May 2022", "by September 2025", "d'ici 2025").

All words come from the language's ``dates.yaml`` through ``DateLexicon``; no rule names a word.
A bare number never becomes a date: a day needs a month, a year needs four digits and a cue
("in 2022", "2022 года") or a partner in a range.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from claimgraph.extract.d_centuries import CenturyRules
from claimgraph.extract.d_holidays import HolidayRules
from claimgraph.extract.d_lexicon import DateLexicon, TextLexicon, Tok
from claimgraph.extract.d_numwords import below_hundred, spelled_year
from claimgraph.extract.d_sem import (
    Bound,
    Cal,
    DayOf,
    DayShift,
    Decade,
    FirstN,
    FiscalYear,
    Holiday,
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
)
from claimgraph.extract.d_weeks import WeekRules
from claimgraph.extract.e_matcher import lemmas
from claimgraph.extract.q_lexicon import is_quantity_bound

_NUMERIC_SEPS = ("-", "/", ".")
_CURRENCY = frozenset("$€£¥₴₽#№")
_MIN_YEAR, _MAX_YEAR = 1000, 2999
_CUE_CATEGORIES = (
    "year_cues",
    "since",
    "until",
    "before",
    "after",
    "range_open",
    "parts",
    "modifiers",
)
_YEAR_CUES = ("year_cues", "since", "until", "before", "after", "parts")
# The most tokens an expression holds before its first core token ("at the beginning of the
# current year", "en lo que va del"): a generous bound, the pre-scan only skips what is farther.
_LEAD_IN = 10
# A bare number is read as a year only in this window (a full date may hold any year).
_BARE_YEAR_MIN, _BARE_YEAR_MAX = 1900, 2100


@dataclass(slots=True)
class Match:
    i: int  # first token
    j: int  # index after the last token
    sem: Sem
    weak: bool = False  # a bare year that still needs a cue or a range partner
    bare_year: bool = False  # a four-digit number read as a year, nothing else


Parsed = tuple[int, Sem] | None


def _two_digit_year(yy: int) -> int:
    """ "03/18/40", "Dec '98", "the 40s", "los 70": the 1900s, except the years of this
    century's first three decades (news reports past dates far more than ones decades ahead)."""
    return 2000 + yy if yy < 30 else 1900 + yy


def _valid_day(month: int, day: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return day <= last


class Grammar(WeekRules, CenturyRules, HolidayRules):
    def __init__(self, toks: list[Tok], lex: DateLexicon) -> None:
        self.t = toks
        self.n = len(toks)
        self.lex: DateLexicon = TextLexicon(lex, toks)

    # ------------------------------------------------------------------ small helpers
    def low(self, k: int) -> str:
        return self.t[k].low if 0 <= k < self.n else ""

    def glued(self, k: int) -> bool:
        return 0 <= k < self.n and self.t[k].glued

    def num(self, k: int) -> Tok | None:
        if 0 <= k < self.n and self.t[k].num is not None:
            return self.t[k]
        return None

    def skip(self, k: int, *categories: str, times: int = 1) -> int:
        for _ in range(times):
            m = self.lex.has(self.t, k, *categories)
            if m is None:
                break
            k = m
        return k

    def punct(self, k: int, chars: str) -> int:
        return k + 1 if self.low(k) in chars and self.low(k) != "" else k

    def in_number(self, k: int) -> bool:
        """Token ``k`` (digits) continues or is continued by a bigger number (6,107.31; 2,022)."""
        prev, nxt = k - 1, k + 1
        if (
            self.glued(k)
            and self.low(prev) in (",", ".", ":")
            and self.num(prev - 1)
            and self.glued(prev)
        ):
            return True
        if self.low(prev) and self.low(prev)[0] in _CURRENCY:
            return True  # "$12", "$ 12 December 27": an amount, glued to its sign or not
        if (
            self.glued(nxt)
            and self.low(nxt) in (",", ".", ":")
            and self.num(nxt + 1)
            and self.glued(nxt + 1)
        ):
            return True
        return self.glued(nxt) and self.low(nxt) == "%"

    def noun_follows(self, k: int) -> bool:
        """Is token ``k`` a lower-case word outside the date vocabulary ("two thousand drones")?"""
        if k >= self.n:
            return False
        tok = self.t[k]
        return (
            tok.num is None
            and tok.low.isalpha()
            and not tok.upper
            and not self.lex.is_first_token(tok.low)
        )

    def word_follows(self, k: int) -> bool:
        """Is token ``k`` a lower-case word that does not link to another date ("take", "or")?"""
        if k >= self.n or self.t[k].num is not None or self.t[k].upper:
            return False
        return self.t[k].low.isalpha() and self.lex.has(self.t, k, "range_links") is None

    def ends_phrase(self, k: int) -> bool:
        """Nothing but the end of the text or sentence punctuation follows (for a bare day)."""
        return k >= self.n or self.low(k) in (".", "!", "?", ";", ",", ")", ":")

    def has_cue_before(self, i: int, categories: tuple[str, ...] = _CUE_CATEGORIES) -> bool:
        k = self.skip_back_articles(i)
        if self.low(k - 1) == "-" and self.glued(k) and self.glued(k - 1):
            k -= 1  # "mid-March": the cue is glued to the word by a hyphen
        return self.lex.ends_before(self.t, k, *categories) is not None

    def skip_back_articles(self, i: int) -> int:
        k = self.lex.ends_before(self.t, i, "articles")
        return i if k is None else k

    # ------------------------------------------------------------------ numbers
    def day(self, k: int) -> tuple[int, int] | None:
        """A day of the month: 10, 10th, 1er, 10. (German), 1-го, tenth, twenty-first."""
        tok = self.num(k)
        if tok is not None:
            if tok.digits > 2 or not 1 <= tok.num <= 31 or self.in_number(k):
                return None
            j = k + 1
            suffix = self.lex.has(self.t, j, "ordinal_suffixes")
            if suffix is not None and self.glued(j):
                return suffix, tok.num
            if self.low(j) == "." and self.glued(j) and self.glued(j + 1):
                suffix = self.lex.has(self.t, j + 1, "ordinal_suffixes")  # "1.º", "18.ª"
                if suffix is not None and self.low(j + 1) in ("º", "ª", "°"):
                    return suffix, tok.num
            if (
                (self.lex.day_dot or self.month(j + 1) is not None)
                and self.low(j) == "."
                and self.glued(j)
                and self.low(j + 1) != ""
                and not self.num(j + 1)
            ):
                return j + 1, tok.num
            return j, tok.num
        o = self.ordinal(k, 31)
        if o is not None:
            return o
        if self.lex.has(self.t, k, "articles", "vague_numbers") is not None:
            return None
        spelled = below_hundred(self.t, self.lex, k)
        if spelled is not None and 2 <= spelled[1] <= 31:
            return spelled
        return None

    def ordinal(self, k: int, limit: int) -> tuple[int, int] | None:
        m = self.lex.match(self.t, k, "numbers")
        if m is not None and m[2] in (20, 30):
            j = self.punct(m[0], "-")
            o = self.lex.match(self.t, j, "ordinals")
            if o is not None and o[2] < 10 and m[2] + o[2] <= limit:
                return o[0], m[2] + o[2]
        o = self.lex.match(self.t, k, "ordinals")
        if o is not None and o[2] <= limit:
            return o[0], o[2]
        tok = self.num(k)
        if tok is not None and tok.num is not None and 1 <= tok.num <= limit and tok.digits <= 2:
            suffix = self.lex.has(self.t, k + 1, "ordinal_suffixes")
            if suffix is not None and self.glued(k + 1):
                return suffix, tok.num
            if self.low(k + 1) == "." and self.glued(k + 1):
                return k + 2, tok.num
        return None

    def year(self, k: int) -> tuple[int, int, bool] | None:
        """A four-digit year with its optional suffix ("року", "г."): (end, year, had_suffix)."""
        tok = self.num(k)
        if tok is None and 0 <= k < self.n and self.t[k].num is None and self.t[k].digits == 0:
            spelled = spelled_year(self.t, self.lex, k)
            if spelled is None or self.noun_follows(spelled[0]):
                return None
            return spelled[0], spelled[1], False
        if (
            tok is None
            or tok.digits != 4
            or not _MIN_YEAR <= tok.num <= _MAX_YEAR
            or self.in_number(k)
            # "138-2010-2015", "2010-2015-86": digit groups of a phone number or a code
            # (not "q1-2019": the digit before belongs to a word)
            or (self.in_number_before(k) and not self.t[k - 2].glued)
            or self.continues_number(k + 1)
        ):
            return None
        j = k + 1
        suffix = self.lex.has(self.t, j, "year_suffixes")
        if suffix is not None:
            if len(self.t[j].low) <= 2 and self.low(suffix) == "." and self.glued(suffix):
                suffix += 1  # an abbreviation: "г.", "р."
            return suffix, tok.num, True
        return j, tok.num, False

    def count(self, k: int) -> tuple[int, int | None] | None:
        """A count before a unit: 3, three, a, a few (value None)."""
        tok = self.num(k)
        if tok is not None:
            if tok.digits <= 3 and tok.num and not self.in_number(k):
                return k + 1, tok.num
            return None
        m = self.lex.match(self.t, k, "numbers", "vague_numbers")
        if m is None:
            return None
        return m[0], (m[2] if m[1] == "numbers" else None)

    def unit(self, k: int) -> tuple[int, str] | None:
        m = self.lex.match(self.t, k, "units")
        return None if m is None else (m[0], m[2])

    def modifier(self, k: int) -> tuple[int, int] | None:
        m = self.lex.match(self.t, k, "modifiers")
        return None if m is None else (m[0], m[2])

    def leading_modifier(self, k: int) -> tuple[int, int | None]:
        """A modifier ("last", "dernier", "прошлой") at ``k``, maybe after an article; else
        ``k`` past any article. Returns the next token and the modifier (None without one)."""
        m = self.modifier(k) or self.modifier(self.skip(k, "articles"))
        if m is not None:
            return m
        return self.skip(k, "articles"), None

    def month(self, k: int) -> tuple[int, int] | None:
        m = self.lex.match(self.t, k, "months")
        return None if m is None else (m[0], m[2])

    def weekday_word(self, k: int) -> tuple[int, int] | None:
        m = self.lex.match(self.t, k, "weekdays")
        return None if m is None else (m[0], m[2])

    def strict_word(self, k: int) -> bool:
        return self.low(k) in self.lex.needs_context

    def alone_ok(self, i: int, word: int, has_mod: bool, month: bool = False) -> bool:
        """May a month/weekday/season word stand alone here? Words that are also ordinary words
        ("May", "March") need a capital and a cue or a modifier."""
        if not self.strict_word(word):
            return True
        if self.lex.has(self.t, word, "not_dates") is not None:
            return False
        capital_ok = self.t[word].upper or not self.lex.capitalised_months
        if has_mod and not capital_ok and self.word_follows(word + 1):
            return False  # "this may take longer", "this may or may not"
        cues = (*_CUE_CATEGORIES, "month_cues") if month else _CUE_CATEGORIES
        return has_mod or (
            capital_ok
            and (self.has_cue_before(i, cues) or self.month_range_end(i) or self.pair_end(i))
        )

    def month_range_end(self, i: int) -> bool:
        """Is ``i`` the second month of "from March to May" (a month, a range link, here)?"""
        k = self.lex.ends_before(self.t, self.skip_back_articles(i), "range_links")
        if k is None or k == 0 or self.lex.match(self.t, k - 1, "months") is None:
            return False
        return self.t[k - 1].upper or not self.lex.capitalised_months

    def pair_end(self, i: int) -> bool:
        """Is ``i`` right after the link of a range opened just before ("between now and
        March", "between 2020 and March")? The opening stands at most four tokens earlier."""
        j = self.skip_back_articles(i)
        for open_words, link_words in self.lex.range_pairs:
            k = j - len(link_words)
            if k < 1:
                continue
            for start in range(max(0, k - 4 - len(open_words)), k - len(open_words) + 1):
                if self.paired_link(start, start + len(open_words), k) == j:
                    return True
        return False

    # ------------------------------------------------------------------ atoms
    def numeric(self, i: int) -> Parsed:
        a = self.num(i)
        if a is None or a.digits not in (1, 2, 4) or self.in_number_before(i):
            return None
        sep = self.low(i + 1)
        if sep not in _NUMERIC_SEPS or not self.glued(i + 1) or not self.glued(i + 2):
            return None
        if a.digits == 4:
            worded = self.year_word_month(i, a, sep)
            if worded is not None:
                return worded
        b = self.num(i + 2)
        if b is None:
            return None
        if self.low(i + 3) == sep and self.glued(i + 3) and self.glued(i + 4) and self.num(i + 4):
            c = self.num(i + 4)
            end = i + 5
            if self.continues_number(end):
                return None
            sem = self._three_part(a, b, c)
            return None if sem is None else (end, sem)
        end = i + 3
        if a.digits <= 2 and b.digits <= 2 and not self.continues_number(end):
            return self.day_month_numeric(i, a, b, end)
        if self.continues_number(end) or sep == ".":
            if (
                sep == "."
                and a.digits == 2
                and b.digits == 4
                and 1 <= a.num <= 12
                and not self.continues_number(end)
            ):
                return end, Cal(b.num, a.num)
            if (
                sep == "."
                and self.lex.decimal_comma  # "2016.11" is no decimal where decimals take a comma
                and a.digits == 4
                and _BARE_YEAR_MIN <= a.num <= _BARE_YEAR_MAX
                and b.digits <= 2
                and 1 <= b.num <= 12
                and not self.continues_number(end)
                and not self.noun_follows(end)
                and self.unit(end) is None
            ):
                return end, Cal(a.num, b.num)
            return None
        if a.digits == 4 and _MIN_YEAR <= a.num <= _MAX_YEAR:
            if b.digits <= 2 and 1 <= b.num <= 12:
                return end, Cal(a.num, b.num)
            if sep == "-" and b.digits == 4 and a.num < b.num <= _MAX_YEAR:
                return end, Range(Cal(a.num), Cal(b.num))
            if sep == "/" and b.digits == 4 and b.num == a.num + 1:  # "the 2019/2020 season"
                return end, Range(Cal(a.num), Cal(b.num))
            if sep in "-/" and b.digits == 2 and a.num % 100 < b.num:
                return end, Range(Cal(a.num), Cal(a.num - a.num % 100 + b.num))
            return None
        if a.digits <= 2 and b.digits == 4 and 1 <= a.num <= 12 and _MIN_YEAR <= b.num <= _MAX_YEAR:
            return end, Cal(b.num, a.num)
        return None

    def numeric_parts(self, i: int) -> tuple[int, list[Tok], str] | None:
        """Two or three digit runs glued by one separator ("10/1", "5/7/2020", "10-1-2018"),
        the last one stopping before the separator that links a range ("10/1-11/7")."""
        a = self.num(i)
        sep = self.low(i + 1)
        if a is None or sep not in _NUMERIC_SEPS or not self.glued(i + 1) or not self.glued(i + 2):
            return None
        parts = [a]
        k = i + 1
        while len(parts) < 3 and self.low(k) == sep and self.glued(k) and self.glued(k + 1):
            b = self.num(k + 1)
            if b is None:
                break
            parts.append(b)
            k += 2
        return (k, parts, sep) if len(parts) >= 2 else None

    def numeric_day(self, parts: list[Tok]) -> Cal | None:
        """A day written in numbers, with its year or without ("10/1", "5/7/2020")."""
        if len(parts) == 3:
            return self._three_part(*parts)
        a, b = parts
        if a.digits > 2 or b.digits > 2:
            return None
        first, second = (a.num, b.num) if self.lex.numeric_order == "dmy" else (b.num, a.num)
        for d, m in ((first, second), (second, first)):
            if _valid_day(m, d, None):
                return Cal(None, m, d)
        return None

    def numeric_range(self, i: int) -> Parsed:
        """ "10/1-11/7", "5/1-5/7/2020", "5/1-5/7, 2020", "10/1/2018-10/7/2018": two days in
        numbers linked by a dash; the first takes the second's year. Without any year only
        after a day cue ("from", "between", "on"), since "2/3-4/5" alone is no date."""
        if self.in_number_before(i):
            return None
        first = self.numeric_parts(i)
        if first is None:
            return None
        k, parts1, sep = first
        if self.low(k) not in ("-", "~") or not self.glued(k) or not self.glued(k + 1):
            return None
        second = self.numeric_parts(k + 1)
        if second is None or second[2] != sep or self.continues_number(second[0]):
            return None
        end, parts2, _ = second
        a, b = self.numeric_day(parts1), self.numeric_day(parts2)
        if a is None or b is None or (a.year is not None and b.year is None):
            return None
        year = b.year
        if year is None:
            j = self.punct(end, ",")
            y = self.year(j)
            if y is not None and not y[2]:
                end, year = y[0], y[1]
                b = Cal(year, b.month, b.day)
            elif not (self.day_cue_before(i) or self.alone_on_line(i, end)):
                return None
        if a.year is None:
            a = Cal(year, a.month, a.day)
        if year is not None and not _valid_day(a.month or 0, a.day or 0, a.year):
            return None
        return end, Range(a, b)

    def spaced_month_year(self, i: int) -> Parsed:
        """ "11 / 2016", "11 - 2016", "2016 / 11": a month and a year around a spaced separator
        (a year before its month with a dash only where the phrase ends: "2016 - 11 soldiers"
        is a count)."""
        a, b = self.num(i), self.num(i + 2)
        sep = self.low(i + 1)
        if a is None or b is None or sep not in ("/", "-") or self.in_number_before(i):
            return None
        if self.glued(i + 1) and self.glued(i + 2):
            return None  # glued forms are ``numeric``'s
        if self.continues_number(i + 3) or self.noun_follows(i + 3):
            return None
        month, year = (a, b) if a.digits <= 2 else (b, a)
        if a.digits > 2 and sep != "/" and not self.ends_phrase(i + 3):
            return None
        if month.digits > 2 or not 1 <= month.num <= 12 or year.digits != 4:
            return None
        if not _BARE_YEAR_MIN <= year.num <= _BARE_YEAR_MAX:
            return None
        return i + 3, Cal(year.num, month.num)

    def spaced_date(self, i: int) -> Parsed:
        """ "02 04 2009", "18 8 78": day, month and year apart, in the language's order only,
        alone between words (not in a run of numbers, nor before a counted noun)."""
        a, b, c = self.num(i), self.num(i + 1), self.num(i + 2)
        if a is None or b is None or c is None or self.glued(i + 1) or self.glued(i + 2):
            return None
        if a.digits > 2 or b.digits > 2 or c.digits not in (2, 4) or self.num(i - 1) is not None:
            return None
        if self.in_number_before(i) or self.num(i + 3) is not None:
            return None
        if self.continues_number(i + 3) or self.continues_number(i + 1) or self.noun_follows(i + 3):
            return None
        if c.digits == 4 and not _BARE_YEAR_MIN <= c.num <= _BARE_YEAR_MAX:
            return None
        y = c.num if c.digits == 4 else _two_digit_year(c.num)
        d, m = (a.num, b.num) if self.lex.numeric_order == "dmy" else (b.num, a.num)
        if not _valid_day(m, d, y):
            return None
        return i + 3, Cal(y, m, d)

    def day_month_numeric(self, i: int, a: Tok, b: Tok, end: int, cued: bool = False) -> Parsed:
        """4/22, 22/04, 7.6 without a year: only after a day cue ("on", "le", "el"), a weekday
        or a range word, since "2/3" or "24/7" alone are not dates."""
        if not (cued or self.day_cue_before(i) or self.alone_on_line(i, end)):
            return None
        first, second = (a.num, b.num) if self.lex.numeric_order == "dmy" else (b.num, a.num)
        for d, m in ((first, second), (second, first)):
            if _valid_day(m, d, None):
                # "07/05, 2020": a year after a comma (not a count: "le 20/11, 2000 drones")
                k = self.punct(end, ",")
                y = self.year(k) if k > end else None
                if (
                    y is not None
                    and not y[2]
                    and not self.noun_follows(y[0])
                    and _valid_day(m, d, y[1])
                ):
                    return y[0], Cal(y[1], m, d)
                return end, Cal(None, m, d)
        return None

    def alone_on_line(self, i: int, end: int) -> bool:
        """Tokens ``i:end`` fill their line, but for a closing punctuation mark: "29/2" as a
        timeline entry, a table cell or a caption is a date where inside a sentence it may be
        a fraction or a score."""
        if not self.t[i].line_start:
            return False
        if end < self.n and self.low(end) in (".", ":", ";", ","):
            end += 1
        if not (end >= self.n or self.t[end].line_start):
            return False
        return not self.fraction_on_line(i)

    def fraction_on_line(self, i: int) -> bool:
        """Is the line of numbers at ``i`` ("3/4", "1/2-2/3": every part one digit, none
        padded) a fraction or a score rather than a timeline entry? It is one unless another
        line of the text is a numeric day too and neither neighbouring line holds numbers only
        (a table column: "12\n3/4\n1/2"). "12/03", "29/2", "03/4" stay dates."""
        line = self.line_kinds[1].get(i)
        if line is None:
            return False
        kinds, _ = self.line_kinds
        if kinds[line] != "small_pair":
            return False
        others = sum(1 for k, kind in enumerate(kinds) if kind.endswith("pair") and k != line)
        neighbours = kinds[line - 1 : line] + kinds[line + 1 : line + 2]
        return others == 0 or any(kind != "text" for kind in neighbours)

    @cached_property
    def line_kinds(self) -> tuple[list[str], dict[int, int]]:
        """The kind of every line ("pair": digits glued by separators, "small_pair": the same
        with one unpadded digit each, "numbers": digits and signs only, "text"), and the line
        of each line-starting token."""
        kinds: list[str] = []
        of_start: dict[int, int] = {}
        k = 0
        while k < self.n:
            of_start[k] = len(kinds)
            j = k + 1
            while j < self.n and not self.t[j].line_start:
                j += 1
            toks = self.t[k:j]
            nums = [t for t in toks if t.num is not None]
            if any(t.low.isalpha() for t in toks) or not nums:
                kinds.append("text")
            elif any(t.low in _NUMERIC_SEPS and t.glued for t in toks[1:]) and all(
                t.num is not None or t.low in _NUMERIC_SEPS or t.low in ".:;,~" for t in toks
            ):
                small = all(t.digits == 1 for t in nums)
                kinds.append("small_pair" if small else "pair")
            else:
                kinds.append("numbers")
            k = j
        return kinds, of_start

    def day_cue_before(self, i: int) -> bool:
        if self.lex.ends_before(self.t, i, "day_cues", "range_open") is not None:
            return True
        link = self.lex.ends_before(self.t, i, "range_links")
        if link is not None and (self.num(link - 1) or self.month(link - 1)):
            return True  # "22/04 au 25/04": a link after a date ("il y a 2/3", "a" = has: none)
        mod = self.lex.ends_before(self.t, i, "modifiers")
        if mod is not None and (self.modifier(mod) or (i, -1))[1] >= 0:
            return True  # "this 5/12", "next 5/12" ("the last 2/3" stays a fraction)
        # "on 11/20, 11/22 or 11/25": a day listed after a numeric day that had its cue
        k = self.lex.ends_before(self.t, i, "list_links") or i
        k = k - 1 if self.low(k - 1) == "," else k
        if k < i and k >= 3 and self.num(k - 1) and self.low(k - 2) in ("/", "-"):
            first = k - 3
            return self.num(first) is not None and self.day_cue_before(first)
        # a weekday right before ("Friday 6/7") or before a bracket ("viernes (6/7)"); not
        # across a comma ("On Friday, 2/3 of the drones": a fraction)
        k = i - 2 if self.low(i - 1) == "(" else i - 1
        return k >= 0 and self.lex.match(self.t, k, "weekdays") is not None

    def year_word_month(self, i: int, year: Tok, sep: str) -> Parsed:
        """2019-sep-1, 2019/sep/01 (a month word between numbers), 2017-Q1, 2019-H2."""
        code = self.lex.match(self.t, i + 2, "period_codes")
        if (
            code is not None
            and self.glued(code[0])
            and self.num(code[0])
            and self.num(code[0]).digits == 1
        ):
            idx = self.num(code[0]).num
            if 1 <= idx <= (4 if code[2] == "quarter" else 2):
                return code[0] + 1, Period(code[2], idx, Cal(year.num))
        mo = self.month(i + 2)
        if (
            mo is None
            or self.low(mo[0]) != sep
            or not self.glued(mo[0])
            or not self.glued(mo[0] + 1)
        ):
            return None
        d = self.num(mo[0] + 1)
        if d is None or d.digits > 2 or not _valid_day(mo[1], d.num, year.num):
            return None
        return mo[0] + 2, Cal(year.num, mo[1], d.num)

    def in_number_before(self, i: int) -> bool:
        prev = i - 1
        return (
            self.glued(i)
            and self.low(prev) in (",", ".", ":", "-", "/")
            and self.num(prev - 1) is not None
            and self.glued(prev)
        )

    def continues_number(self, k: int) -> bool:
        return (
            self.glued(k)
            and self.low(k) in (*_NUMERIC_SEPS, ",", ":")
            and self.glued(k + 1)
            and self.num(k + 1) is not None
        )

    def _three_part(self, a: Tok, b: Tok, c: Tok) -> Cal | None:
        if a.digits == 4:
            y, m, d = a.num, b.num, c.num
            return Cal(y, m, d) if b.digits <= 2 and c.digits <= 2 and _valid_day(m, d, y) else None
        if a.digits > 2 or b.digits > 2 or c.digits not in (2, 4):
            return None
        y = c.num if c.digits == 4 else _two_digit_year(c.num)
        first, second = (a.num, b.num) if self.lex.numeric_order == "dmy" else (b.num, a.num)
        for d, m in ((first, second), (second, first)):
            if _valid_day(m, d, y):
                return Cal(y, m, d)
        for d, m in ((first, second), (second, first)):
            if _valid_day(m, d, None):  # "29/2/2019": a leap day its year lacks, unresolved
                return Cal(y, m, d)
        return None

    def prefix_weekday(self, i: int) -> int:
        """Skip "Monday," (or an abbreviation's period: "mer. 10 juin 2020") before a full date."""
        w = self.weekday_word(i)
        if w is None:
            return i
        k = w[0]
        if self.low(k) == "." and self.glued(k) and w[0] - i == 1 and self.strict_word(i):
            k += 1  # "mer." is the abbreviation "mer" (a strict word) with its period
        return self.punct(k, ",")

    def day_first(self, i: int, night: bool = False) -> Parsed:
        """10 December 2022, 10. Dezember, 10 de diciembre de 2022, 6-7 декабря, du 6 au 7 décembre."""
        k = self.prefix_weekday(self.skip(i, "articles", "day_articles"))  # "le lundi 12 janvier"
        k = self.skip(k, "articles")
        open_start, opening = k, self.lex.has(self.t, k, "range_open")
        if opening is not None and self.day(self.skip(opening, "articles")) is not None:
            k = self.skip(opening, "articles")
        else:
            open_start, opening = None, None
        # an article after the opening ("entre le 21") or an opening that cues a day ("du 21")
        cued = opening is not None and (
            k != opening or self.lex.has(self.t, open_start, "day_cues")
        )
        d1 = self.day(k)
        if d1 is None or self.in_number_before(k):
            return None  # (not the "20" of "11/20, 12 of Nov": a numeric date's last part)
        k, day1 = d1
        day2 = None
        link_cats = ("range_links", "night_links") if night else ("range_links",)
        link = self.lex.has(self.t, k, *link_cats) or self.paired_link(open_start, opening, k)
        if link is not None:
            d2 = self.day(self.skip(link, "articles"))
            if d2 is not None and d2[1] > day1:
                k, day2 = d2
        if opening is not None and day2 is None and link is not None:
            # "from 4 to January 22, 1995": the second day names the month (and the year)
            second = self.month_first(self.skip(link, "articles"), allow_alone=False)
            if (
                second is not None
                and isinstance(second[1], Cal)
                and second[1].day is not None
                and second[1].month is not None
                and second[1].day > day1
            ):
                last = second[1]
                return second[0], Range(Cal(last.year, last.month, day1), last)
        if opening is not None and day2 is None:
            # "entre le 1er janvier et le 5 avril": the opening pairs with a later date, which
            # ``compose`` links; this atom starts after it
            return None
        after_days = k
        if day2 is None and self.low(k) in ("-", "/") and self.glued(k) and self.glued(k + 1):
            k += 1  # "28-Nov", "1/Ene": a day glued to its month word
        k = self.skip(k, "connectors", times=2)
        mo = self.month(k)
        if mo is None:  # "du 3 au 12 du mois de septembre"
            mo = self.month(self.skip(k, "month_prefixes"))
        if mo is None and day2 is None and i < after_days - 1:
            mo = self.month_number(after_days, k)
        if mo is None:
            listed = self.listed_day(after_days, day1) if day2 is None else None
            got = listed or self._days_of_relative_month(after_days, day1, day2)
            if got is None and day2 is not None and cued and self.ends_phrase(after_days):
                got = after_days, Range(DayOf(day1), DayOf(day2))  # "entre le 21 et le 23."
            return got
        k, month = mo
        return self._finish_date(k, month, day1, day2)

    def month_number(self, after_day: int, k: int) -> tuple[int, int] | None:
        """ "el 17 del 11", "9 de 8 de 1971": a month written as a number after a day and a
        ``month_number_links`` word, or after any connector when a year follows it (the
        caller asks only when an article led the day: "el 17", never "17 del 11" alone)."""
        tok = self.num(k)
        if tok is None or tok.digits > 2 or not 1 <= tok.num <= 12 or k == after_day:
            return None
        if self.in_number(k) or self.continues_number(k + 1) or self.noun_follows(k + 1):
            return None
        linked = self.lex.has(self.t, after_day, "month_number_links") == k
        if not linked and self.year(self.skip(k + 1, "connectors")) is None:
            return None
        return k + 1, tok.num

    def listed_day(self, k: int, day: int) -> Parsed:
        """ "18 and 19 June", "18, 19 or 20 June": a day listed before a dated day takes its
        month and year (the listed day ends at ``k``)."""
        j = self.punct(k, ",")
        j = self.lex.has(self.t, j, "list_links") or j
        if j > k and self.num(j) is None:
            j = self.skip(j, "day_articles")  # "le 18 et le 19 juin"
        if j == k or self.num(j) is None:
            return None
        nxt = self.day_first(j)
        if nxt is None or not isinstance(nxt[1], Cal) or nxt[1].month is None:
            return None
        if not _valid_day(nxt[1].month, day, nxt[1].year):
            return None
        return k, Cal(nxt[1].year, nxt[1].month, day)

    def _days_of_relative_month(self, k: int, day1: int, day2: int | None) -> Parsed:
        """ "from 4 to 22 this month", "del 4 al 22 de este mes", "the 20th of next month"."""
        month = self.of_relative_period(k, "month")
        if month is None:
            return None
        if day2 is None and self.modifier(k) is not None:
            return None  # "les 10 prochains mois", "los 2 próximos meses": a count of months
        first = DayOf(day1, month[1])
        if day2 is None:
            return month[0], first
        return month[0], Range(first, DayOf(day2, month[1]))

    def paired_link(self, open_start: int | None, open_end: int | None, k: int) -> int | None:
        """Index after the link that pairs with the opening word at ``open_start:open_end``
        ("du ... au", "between ... and") when it starts at ``k``."""
        if open_start is None or open_end is None:
            return None
        opened = tuple(self.t[x].low for x in range(open_start, open_end))
        for open_words, link_words in self.lex.range_pairs:
            end = k + len(link_words)
            if (
                opened == open_words
                and end <= self.n
                and tuple(self.t[x].low for x in range(k, end)) == link_words
            ):
                return end
        return None

    def _finish_date(self, k: int, month: int, day1: int, day2: int | None) -> Parsed:
        """After "10 December" / "December 10": an optional year, then the Cal (or day range)."""
        j = k
        if self.low(j) in ("-", "/", ".") and self.glued(j) and self.year(j + 1):
            j += 1  # "31-dic-1994", "Dec.2022"
        j2 = self.punct(j, ",")
        j2 = self.skip(j2, "connectors")
        y = self.year(j2)
        year = None
        if y is not None:
            k, year = y[0], y[1]
        elif day2 is None and self.hyphen_short_year(k):
            k, year = k + 2, _two_digit_year(self.t[k + 1].num or 0)  # "4-Jul-95"
        if day2 is not None and not (
            _valid_day(month, day1, year) and _valid_day(month, day2, year)
        ):
            return None
        # "Feb 30", "February 29, 2019": a day the month does not have is still written as a
        # date; it is kept, and left unresolved
        first = Cal(year, month, day1)
        if year is None:
            k = self.abbreviation_dot(k)  # "le 27 déc."
        if day2 is None:
            return k, first
        return k, Range(first, Cal(year, month, day2))

    def hyphen_short_year(self, k: int) -> bool:
        """Does a two-digit year follow the month word ending at ``k``, glued by the separator
        that glues the day before it ("4-Jul-95", "04/dic/98"; not "Jul-95" alone, nor a run
        of numbers)?"""
        sep = self.low(k)
        tok = self.num(k + 1)
        return (
            sep in ("-", "/")
            and self.glued(k)
            and self.glued(k + 1)
            and tok is not None
            and tok.digits == 2
            and self.low(k - 2) == sep
            and self.glued(k - 1)
            and self.num(k - 3) is not None
            and not self.continues_number(k + 2)
        )

    def month_first(self, i: int, allow_alone: bool = True, cued: bool = False) -> Parsed:
        """December 10, 2022 / Dec. 10 / May 2022 / janvier dernier / в январе / next January;
        ``cued``: a construction before it makes a lone month one ("the third week of Jan")."""
        k = self.prefix_weekday(i)
        prefixed = self.lex.has(self.t, k, "month_prefixes")  # "the month of"
        if prefixed is not None:
            k = prefixed
        k, mod = self.leading_modifier(k)
        mo = self.month(k)
        if mo is None:
            return None
        word = k
        k, month = mo
        after_mod = self.modifier(k)
        # day after the month
        j = k
        if (self.low(j) in ("-", "/") and self.glued(j)) or (self.low(j) == "." and self.glued(j)):
            j += 1
        j = self.skip(j, "articles")
        d = self.day(j)
        if d is not None and self.num(j) is None and self.year(j) is not None:
            d = None  # "October two thousand and five": a year in words, not the 2nd
        if d is not None and mod is None and not (self.num(j) and self.num(j).digits == 4):
            dj, day1 = d
            day2 = None
            link = self.lex.has(self.t, dj, "range_links")
            if link is not None:
                d2 = self.day(link)
                if d2 is not None and d2[1] > day1:
                    dj, day2 = d2
            if self.low(dj) != ":" and not self.lex.has(self.t, dj, "units"):
                done = self._finish_date(dj, month, day1, day2)
                if done is not None:
                    return done
        if mod is None and self.low(k) == "-" and self.glued(k) and self.glued(k + 1):
            # "Jan-Feb 2017", "Nov-Feb 5th, 2017": the second month carries the year
            second = self.month_first(k + 1, allow_alone=False) if self.month(k + 1) else None
            if second is not None and isinstance(second[1], Cal) and second[1].year is not None:
                return second[0], Range(Cal(None, month), second[1])
        # month and year
        j = k
        if self.glued(j) and (
            self.low(j) == "." or (self.low(j) in ("-", "/") and self.glued(j + 1))
        ):
            j += 1  # "Dec. 2022", "Dec-2018", "Dec/2018"
        if j == k + 1 and self.low(k) == "-" and mod is None:
            full = self.hyphen_year_day(j, month)  # "September-2020-23"
            if full is not None:
                return full
        j = self.punct(j, ",")
        j = self.skip(j, "connectors")
        y = self.year(j) or self.named_year_after(j) or self.short_year_after_month(k, j)
        if y is not None and mod is None:
            return y[0], Cal(y[1], month)
        if mod is None:
            of_year = self.month_of_year(k, month)
            if of_year is not None:
                return of_year
        if after_mod is not None and mod is None:
            k, mod = after_mod
        if not allow_alone and mod is None:
            return None
        if not cued and not self.alone_ok(
            i, word, mod is not None or prefixed is not None, month=True
        ):
            return None
        return self.abbreviation_dot(k), Cal(None, month, None, mod)

    def hyphen_year_day(self, j: int, month: int) -> Parsed:
        """After "Month-": a four-digit year, a hyphen and a day, all glued, ending there."""
        year, day = self.num(j), self.num(j + 2)
        if (
            year is None
            or day is None
            or year.digits != 4
            or not _MIN_YEAR <= year.num <= _MAX_YEAR
            or day.digits > 2
            or self.low(j + 1) != "-"
            or not (self.glued(j) and self.glued(j + 1) and self.glued(j + 2))
            or (self.glued(j + 3) and self.low(j + 3) not in (".", ",", ")"))
            or not _valid_day(month, day.num, year.num)
        ):
            return None
        return j + 3, Cal(year.num, month, day.num)

    def short_year_after_month(self, k: int, j: int) -> tuple[int, int, bool] | None:
        """Two digits ending the phrase after a full month word ("juillet 98,", "abril del
        87"): its year ("juillet 98 personnes", "mars 12" before a word stay out)."""
        tok = self.num(j)
        if (
            tok is None
            or tok.digits != 2
            or self.strict_word(k - 1)
            or self.in_number(j)
            or not self.ends_phrase(j + 1)
        ):
            return None
        return j + 1, _two_digit_year(tok.num), False

    def abbreviation_dot(self, k: int) -> int:
        """After a month word ending at ``k``: past the period of an abbreviation ("fév.")."""
        if self.low(k) == "." and self.glued(k) and self.low(k - 1) in self.lex.month_abbreviations:
            return k + 1
        return k

    def year_month(self, i: int) -> Parsed:
        """2016 November, 2016, nov."""
        y = self.year(i)
        if y is None or y[2]:
            return None
        k = self.punct(y[0], ",")
        mo = self.month(k)
        # a month word that is also a word needs its capital where months take one ("2016,
        # May"); where they never do, the year before it is cue enough ("2016, nov"), unless a
        # noun follows ("En 2016, sept personnes": seven)
        capital_ok = self.t[k].upper or not self.lex.capitalised_months if mo else False
        if mo is None or (self.strict_word(k) and (not capital_ok or self.noun_follows(mo[0]))):
            return None
        if self.day(mo[0]) is not None:
            return None
        return self.abbreviation_dot(mo[0]), Cal(y[1], mo[1])

    def weekday(self, i: int) -> Parsed:
        k, mod = self.leading_modifier(i)
        near = self.lex.match(self.t, i, "weekday_modifiers")
        if near is not None and self.weekday_word(near[0]) is not None:
            k, mod = near[0], near[2]  # "past Wednesday": the nearest one before
        if mod == 0:
            second = self.modifier(k)
            if second is not None and second[1] in (-1, 1):  # "este próximo viernes"
                k, mod = second[0], 2 * second[1]
        w = self.weekday_word(k)
        if w is None:
            return None
        word = k
        k, wd = w
        if mod == 0:
            after = self.modifier(k)
            if after is not None and after[1] in (-1, 1):  # "ce mercredi passé"
                k, mod = after[0], 2 * after[1]
        if mod is None:
            week = self.weekday_in_week(k, wd)
            if week is not None:
                return week
            point = self.offset(self.punct(k, ","))
            off = None if point is None else point[1]
            if isinstance(off, Offset) and not (off.vague or off.anchored) and off.count > 0:
                # "Monday two weeks from now", "Saturday 3 days from now": that weekday in
                # the week of the point ("Saturday, a day earlier" stays two expressions)
                return point[0], WeekdayIn(wd, point[1])
            day = self.weekday_day(k, wd)
            if day is not None:
                return day
            after = self.modifier(k)
            if after is not None:
                k, mod = after
        if not self.alone_ok(i, word, mod is not None):
            return None
        return k, Weekday(wd, mod)

    def relative_day(self, i: int) -> Parsed:
        m = self.lex.match(self.t, i, "relative_days", "nights", "anchored_days")
        if m is None:
            return None
        j, cat, offset = m
        if cat == "nights":
            return j, Night(DayShift(offset))
        return j, DayShift(offset, anchored=cat == "anchored_days")

    def relative_unit(self, i: int) -> Parsed:
        m = self.lex.match(self.t, i, "relative_units")
        longer = self.lex.match(self.t, i, "anchored_units")
        if m is not None and longer is not None and longer[0] > m[0]:
            m = None  # "le week-end-là" is the anchored phrase, not "le week-end"
        if m is not None and self.modifier(m[0]) is None:  # "le week-end dernier" reads on
            after = self.lex.match(self.t, self.skip(i, "articles"), "relative_units")
            if after is not None and after[0] > m[0]:
                return None  # "el fin de semana después del próximo": the longer phrase
            unit, shift = m[2]
            return m[0], UnitShift(unit, shift)
        same = self.lex.match(self.t, i, "same")
        if same is not None:  # "the same week", "that year", "в том же году"
            u = self.unit(self.skip(same[0], "articles"))
            return None if u is None else (u[0], UnitShift(u[1], 0, anchored=True))
        following = self.lex.match(self.t, i, "anchored_units")
        if following is not None:  # "the following week": after the date last mentioned
            unit, step = following[2]
            return following[0], UnitShift(unit, step, anchored=True)
        mod = self.modifier(i)
        if mod is not None:
            k, shift = mod
            c = self.count(k)
            if c is not None and c[1] is not None and shift != 0:
                u = self.unit(c[0])
                if u is not None:
                    return u[0], Stretch(u[1], shift * c[1])
            u = self.unit(k)
            if u is not None and not self.several(i, u[0]):
                return u[0], UnitShift(u[1], shift)
            return None
        k = self.skip(i, "articles")
        c = self.count(k)
        if c is not None and c[1] is not None:
            between = self.modifier(c[0])  # "les trois derniers jours", "2 upcoming months"
            if between is not None and between[1] != 0 and k == i:  # the article stays out
                u = self.unit(between[0])
                if u is not None:
                    return u[0], Stretch(u[1], between[1] * c[1])
            u = self.unit(c[0])
            post = (
                None
                if u is None
                else self.lex.match(self.t, u[0], "post_modifiers_past", "post_modifiers_next")
            )
            if u is not None and post is not None and k == i:  # the article stays out
                sign = -1 if post[1] == "post_modifiers_past" else 1
                return post[0], Stretch(u[1], sign * c[1])
        u = self.unit(k)
        if u is not None:
            after = self.modifier(u[0])
            if after is not None and not self.several(i, after[0]):
                return after[0], UnitShift(u[1], after[1])
        return None

    def several(self, i: int, end: int) -> bool:
        """A plural word in a shifted unit ``i:end`` or its article just before: several units,
        no one period ("ces derniers mois", "les mois à venir" are not last or next month)."""
        return any(
            self.lex.match(self.t, k, "plural_words") is not None for k in range(max(i - 1, 0), end)
        )

    def counted_units(self, k: int) -> tuple[int, list[tuple[str, int | None]]] | None:
        """One or more "count unit" pairs: "3 days", "1 month 21 days", "2 years, 1 month and
        21 days" (a count None is vague: "a few weeks")."""
        pairs: list[tuple[str, int | None]] = []
        end = k
        while len(pairs) < 4:
            j = end
            if pairs:
                j = self.punct(j, ",")
                j = self.lex.has(self.t, j, "number_links", "range_links") or j
                if self.low(j) == "-":
                    break
            c = self.count(j)
            if c is None:
                break
            u = self.unit(c[0])
            if u is None or (pairs and c[1] is None):
                break
            pairs.append((u[1], c[1]))
            end = u[0]
        return (end, pairs) if pairs else None

    def offset(self, i: int) -> Parsed:
        """two days ago, il y a deux jours, vor zwei Tagen, a week later, days later, in 3 weeks,
        1 month 21 days ago, two weeks from tomorrow; with a bound, "more than 2 weeks before
        today" / "hace más de 3 días" (an open interval ending or starting at the point), "less
        than 3 days after tomorrow" / "within 5 days" / "dentro de 5 días" (from the base day,
        or the reference, to the point)."""
        k = i
        within = self.lex.match(self.t, k, "within")
        if within is not None:
            k = within[0]
            ahead = self.modifier(k) or self.modifier(self.skip(k, "articles"))
            if ahead is not None and ahead[1] == 1 and self.counted_units(ahead[0]) is not None:
                k = ahead[0]  # "within the next 3 years" is "within 3 years"
        bound = self.lex.match(self.t, k, "more_than", "less_than")
        if bound is not None:
            k = bound[0]
        before = self.lex.match(self.t, k, "ago_before", "later_before", "in_future")
        if before is not None:
            k = self.lex.has(self.t, before[0], "approximately") or before[0]
            if bound is None:  # "hace más de 3 días", "en menos de 2 semanas"
                bound = self.lex.match(self.t, k, "more_than", "less_than")
                k = k if bound is None else bound[0]
        point = self.point_offset(k, before)
        if within is None and bound is None:
            if point is None and before is None and k == i:
                return self.vague_offset(i)
            return point
        if point is None and within is not None:
            counted = self.counted_units(k)
            if counted is not None and self.lex.has(
                self.t, counted[0], "post_modifiers_past", "post_modifiers_next"
            ):
                return None  # "dans les 5 années à venir": the stretch is "5 années à venir"
            if counted is not None and before is None and counted[1][-1][1] is not None:
                j, pairs = counted  # "within 5 days": counted from the reference
                unit, n = pairs[-1]
                more = tuple((u, c or 1) for u, c in pairs[:-1])
                point = j, Offset(unit, n or 1, more=more)
        if point is None or not isinstance(point[1], Offset) or point[1].vague:
            return None  # "more than 3 days" alone is a duration
        end, off = point
        if bound is not None and bound[1] == "more_than":
            return end, Bound("since" if off.count > 0 else "before", off)
        base: Sem = off.base if off.base is not None else DayShift(0, anchored=off.anchored)
        return end, (Range(base, off) if off.count > 0 else Range(off, base))

    def point_offset(self, k: int, before: tuple[int, str, object] | None) -> Parsed:
        """The counted units at ``k`` and what places them ("ago", "later", "from tomorrow");
        ``before`` is the word before them ("il y a", "через", "in"), if any."""
        counted = self.counted_units(k)
        if counted is None:
            return None
        j, pairs = counted
        unit, n = pairs[-1]
        more = tuple((u, c or 1) for u, c in pairs[:-1])
        vague = n is None
        based = self.lex.match(self.t, j, "offset_from", "offset_before")
        if before is not None:
            if before[1] == "in_future" and (
                vague or self.lex.has(self.t, j, "of", "connectors") is not None
            ):
                return None  # "in 3 days of fighting", "en 3 días de": a duration
            if (
                before[1] == "in_future"
                and based is not None
                and based[1] == "offset_from"
                and self.offset_base(based[0]) is not None
            ):
                # "dans 2 semaines à partir d'aujourd'hui": the count and its base day make
                # the date, "dans" stays out (15 of the 21 French specs' results)
                return None
            sign = -1 if before[1] == "ago_before" else 1
            anchored = before[1] == "later_before"
            return j, Offset(unit, sign * (n or 1), anchored=anchored, vague=vague, more=more)
        if based is not None and not vague:  # before "après"/"after" as "later": a day follows
            day = self.offset_base(based[0])
            if day is not None:
                sign = -1 if based[1] == "offset_before" else 1
                return day[0], Offset(unit, sign * n, more=more, base=day[1])
        after = self.lex.match(self.t, j, "ago_after", "later", "earlier", "from_now")
        if after is not None:
            cat = after[1]
            sign = -1 if cat in ("ago_after", "earlier") else 1
            anchored = cat in ("later", "earlier")
            return after[0], Offset(
                unit, sign * (n or 1), anchored=anchored, vague=vague, more=more
            )
        return None

    def offset_base(self, k: int) -> Parsed:
        """The day an offset counts from ("two weeks from tomorrow", "3 days after January
        12th", "2 weeks before Christmas", "16 days from 01/02/2018")."""
        best: Parsed = None
        for rule in (
            self.relative_day,
            self.weekday,
            self.holiday,
            self.day_first,
            self.month_first,
            self.numeric,
        ):
            got = rule(k)
            if got is None or (best is not None and got[0] <= best[0]):
                continue
            if isinstance(got[1], Cal) and got[1].day is None:
                continue  # a month or a year is no day to count from
            best = got
        return best

    def vague_offset(self, i: int) -> Parsed:
        """ "days later", "weeks earlier": a few units from the date last mentioned."""
        u = self.unit(i)
        if u is not None:
            after = self.lex.match(self.t, u[0], "later", "earlier")
            if (
                after is not None
                and self.lex.has(self.t, u[0], "before", "after") is not None
                and not self.ends_phrase(after[0])
            ):
                return None  # "l'année avant 2015", "jours après l'attaque": a preposition
            if after is not None:
                sign = -1 if after[1] == "earlier" else 1
                return after[0], Offset(u[1], sign, anchored=True, vague=True)
        return None

    def year_atom(self, i: int) -> tuple[int, Sem, bool] | None:
        y = self.year(i)
        if y is None:
            return None
        strong = y[2] or self.has_cue_before(i, _YEAR_CUES)
        if strong and not y[2] and y[0] == i + 1 and self.counted_after_cue(i):
            return None  # "pour 2050 drones", "до 2000 дронов": a count after a bound
        # "in 2150, right?", "desde 1840 hasta 2000": a year far from now needs its cue and
        # nothing after it but the phrase's end or a range link ("until 1200 GMT" is a time)
        far = not (y[2] or _BARE_YEAR_MIN <= y[1] <= _BARE_YEAR_MAX)
        if far and not (
            strong
            and (self.ends_phrase(y[0]) or self.lex.has(self.t, y[0], "range_links") is not None)
        ):
            return None
        return y[0], Cal(y[1]), not strong

    def counted_after_cue(self, i: int) -> bool:
        """Is the four digits at ``i``, after a year cue, a count of the noun right after it?
        Only a counted noun of the quantities data makes it one ("pour 2050 drones", "bis 2000
        Drohnen"): any other word after a cued year leaves it a year, as news writes it ("in
        2023 exports rose", "en 2025 les drones"). A bound of the quantities data makes a count
        ("Hasta 2000 drones", "До 2000 дронов", "Up to 2000 drones"); else a year cue opening
        the sentence keeps the year ("In 2025 drones were everywhere"); inside it a purpose cue
        (``count_cues``: "pour 2050 drones") counts, and a time cue keeps a year unless its
        number is round hundreds ("bis 2030 Drohnen bauen", "in 2023 drones were" are years;
        "parts in 2000 drones" a count)."""
        k = i + 1
        if k >= self.n or self.t[k].num is not None or self.glued(k):
            return False
        low = self.low(k)
        counted = self.lex.counted_nouns
        if low not in counted and not lemmas(low, self.lex.counted_lang) & counted:
            return False
        end = self.skip_back_articles(i)
        cue = self.lex.ends_before(self.t, end, *_YEAR_CUES)
        if cue is None:
            return True
        if is_quantity_bound(self.lex.counted_lang, (self.low(j) for j in range(cue, end))):
            return True
        if cue == 0 or self.low(cue - 1) in (".", "!", "?"):
            return False
        if self.lex.ends_before(self.t, end, "count_cues") is not None:
            return True  # "pour 2050 drones", "für 2030 Drohnen": what a sum buys is counted
        # after a time word ("bis 2030 Drohnen bauen", "said that in 2023 drones were") a year
        # is a year; round hundreds are counts as often ("monatlich bis 2000 Drohnen")
        value = self.t[i].num
        return value is not None and value % 100 == 0

    def named_year(self, i: int) -> Parsed:
        """ "year 2008", "l'année 2008", "el año 2008": the year word belongs to the span; a
        short code glued to two digits too ("cy18")."""
        k = self.lex.has(self.t, i, "year_words")
        if k is None:
            return None
        y = self.year(k) or self.glued_short_year(k)
        return None if y is None else (y[0], Cal(y[1]))

    def glued_short_year(self, k: int) -> tuple[int, int, bool] | None:
        """Two digits glued to a year word ("cy18", "fy19", "fy98"): 2018, 2019, 1998."""
        tok = self.num(k)
        if tok is None or tok.digits != 2 or not self.glued(k) or self.continues_number(k + 1):
            return None
        return k + 1, _two_digit_year(tok.num), False

    def fiscal_year(self, i: int) -> Parsed:
        """ "fiscal year 2008", "last fiscal year", "this school year", "sy18": kept, never
        placed on the calendar (see ``FiscalYear``)."""
        k, mod = self.leading_modifier(i)
        end = self.lex.has(self.t, k, "fiscal_year_words")
        if end is None:
            return None
        y = (self.year(end) or self.glued_short_year(end)) if mod is None else None
        if y is None and mod is None and self.lex.has(self.t, end, "of") is not None:
            y = self.year(self.lex.has(self.t, end, "of"))  # "año fiscal de 2016"
        if y is not None:
            return y[0], FiscalYear(y[1])
        return end, FiscalYear(None, mod)

    def decade(self, i: int) -> Parsed:
        k = self.skip(i, "articles")
        before = self.lex.has(self.t, k, "decade_before") or self.lex.has(
            self.t, i, "decade_articles"
        )
        if before is not None:
            tok = self.num(before)
            if (
                tok is not None
                and tok.num is not None
                and tok.num % 10 == 0
                and tok.digits in (2, 4)
                and not self.in_number(before)
            ):
                first = tok.num if tok.digits == 4 else _two_digit_year(tok.num)
                end = (
                    self.lex.has(self.t, before + 1, "decade_after")
                    if self.glued(before + 1)
                    else None
                )
                end = end or before + 1
                # "los 70 muertos", "los 10 días siguientes", "les 10 prochains jours": a count
                mod = self.modifier(end)
                counted = mod is not None and self.unit(mod[0]) is not None
                if not self.noun_follows(end) and self.unit(end) is None and not counted:
                    return end, Decade(first)
                return None
            return self.decade_in_words(before)
        apostrophe = self.low(k) == "'"
        if apostrophe:
            k += 1
        tok = self.num(k)
        if tok is None or tok.num is None or tok.num % 10 or tok.digits not in (2, 4):
            return None
        if tok.digits == 2 and not apostrophe and not self.glued(k + 1):
            return None
        after = self.lex.has(self.t, k + 1, "decade_after")
        if after is None or not self.glued(k + 1):
            return None
        first = tok.num if tok.digits == 4 else _two_digit_year(tok.num)
        return after, Decade(first)

    def decade_in_words(self, k: int) -> Parsed:
        """After "les années" / "los": "soixante-dix", "noventa" (19xx), "dos mil" (a year)."""
        y = spelled_year(self.t, self.lex, k)
        if y is not None and y[1] % 10 == 0 and not self.noun_follows(y[0]):
            return y[0], Decade(y[1])
        tens = below_hundred(self.t, self.lex, k)
        if (
            tens is not None
            and tens[1] % 10 == 0
            and tens[1] >= 20
            and not self.noun_follows(tens[0])
        ):
            return tens[0], Decade(1900 + tens[1])
        return None

    def named_year_after(self, k: int) -> tuple[int, int, bool] | None:
        """ "(novembre de) l'année 2016", "(noviembre del) año 2016": the year word and its
        article before a year that completes a month, week or season."""
        named = self.lex.has(self.t, self.skip(k, "articles"), "year_words")
        return None if named is None else self.year(named)

    def year_like(self, k: int) -> Parsed:
        """What may follow a quarter, season or part: 2023, this year, the new year."""
        y = self.year(k) or self.named_year_after(k)
        if y is not None:
            return y[0], Cal(y[1])
        t = self.lex.has(self.t, k, "this_year")
        if t is not None:
            return t, UnitShift("year", 0)
        r = self.relative_unit(k)
        if r is not None and isinstance(r[1], UnitShift) and r[1].unit == "year":
            return r
        return None

    def period(self, i: int) -> Parsed:
        """the third quarter of 2016, Q1 2023, H2, premier semestre 2023, в первом квартале."""
        k = self.skip(i, "articles")
        idx = None
        code = self.lex.match(self.t, k, "period_codes")
        if (
            code is not None
            and self.glued(code[0])
            and self.num(code[0])
            and self.num(code[0]).digits == 1
        ):
            kind, idx, k = code[2], self.num(code[0]).num, code[0] + 1
        else:
            o = self.ordinal(k, 4)
            if o is None:
                return None
            k, idx = o
            k = self.punct(k, "-")
            p = self.lex.match(self.t, k, "period_units")
            if p is None:
                return None
            kind, k = p[2], p[0]
        if idx is None or not 1 <= idx <= (4 if kind == "quarter" else 2):
            return None
        j = self.punct(k, ",/")
        if j == k and self.low(k) == "-" and self.glued(k) and self.glued(k + 1):
            j = k + 1  # "q1-2019"
        cur = self.current_unit(self.skip(j, "connectors"))  # "premier trimestre de l'année"
        if cur is not None and isinstance(cur[1], UnitShift) and cur[1].unit == "year":
            return cur[0], Period(kind, idx, cur[1])
        j = self.skip(j, "of", "connectors")
        y = self.year_like(j)
        if y is not None:
            return y[0], Period(kind, idx, y[1])
        before = self.num(i - 1)
        if (
            code is not None
            and self.lex.has(self.t, code[0] - 1, "codes_with_year") is not None
            and (before is None or before.digits != 4)
        ):
            return None  # "H2" alone is hydrogen, "Q3" a car: only "H2 2016", "2016 Q3"
        return k, Period(kind, idx, None)

    def season(self, i: int) -> Parsed:
        k, mod = self.leading_modifier(i)
        s = self.lex.match(self.t, k, "seasons")
        if s is None:
            return None
        word = k
        k, name = s[0], s[2]
        j = self.skip(k, "of", "connectors")
        y = self.year(j)
        if y is not None and mod is None:
            return y[0], Season(name, Cal(y[1]))
        if mod is None:
            after = self.modifier(k)
            if after is not None:
                k, mod = after
        # a bare season needs a cue ("in summer") or an article ("the summer", "l'été")
        cued = self.has_cue_before(i) or word > i
        if mod is None and (self.strict_word(word) or not cued):
            return None
        return k, Season(name, None, mod)

    def period_target(self, k: int) -> Parsed:
        """A period an "early/mid/late" or "first two days of" can apply to."""
        best: Parsed = None
        for rule in (self.decade, self.period, self.season, self.numeric):
            got = rule(k)
            if got is not None and (best is None or got[0] > best[0]):
                best = got
        mo = (
            self.month_first(k, allow_alone=True, cued=True)
            if self.month(self.skip(k, "articles", "modifiers"))
            else None
        )
        if (
            mo is not None
            and isinstance(mo[1], Cal)
            and mo[1].day is None
            and (best is None or mo[0] > best[0])
        ):
            best = mo
        for alt in (self.year_like(k),):
            if alt is not None and (best is None or alt[0] > best[0]):
                best = alt
        r = self.relative_unit(k)
        if r is not None and isinstance(r[1], UnitShift) and (best is None or r[0] > best[0]):
            best = r
        return best

    def part(self, i: int) -> Parsed:
        p = self.lex.match(self.t, i, "parts")
        if p is None:
            return None
        whole = self.unit(i)
        if whole is not None and whole[0] > p[0]:
            return None  # "fin de semana" is the weekend, not the end of a week
        k, kind = p[0], p[2]
        if self.low(k) == "-" and self.glued(k):
            k += 1
        target = self.period_target(k)
        if target is None:
            a = self.skip(self.skip(k, "of"), "articles")
            u = self.unit(a)
            if u is not None:
                target = u[0], UnitShift(u[1], 0)
        if target is None:
            return None
        return target[0], Part(kind, target[1])

    def unit_to_date(self, i: int) -> Parsed:
        """ "year to date", "año hasta la fecha": the period from its start to the reference;
        alone ("à ce jour", "to date": so far) the open period up to the reference."""
        u = self.unit(i)
        if u is None:
            alone = self.lex.has(self.t, i, "to_date")
            if alone is None or self.unit(i - 1) is not None or self.glued(i):
                return None  # "jusqu'à ce jour" is the until-bound's
            if i > 0 and self.lex.is_core(self.t[i - 1]):
                return None  # "de mars à ce jour": the link of a range
            return alone, Bound("until", DayShift(0))
        if u[1] not in ("week", "month", "quarter", "year"):
            return None
        end = self.lex.has(self.t, u[0], "to_date")
        if end is None:
            return None
        return end, Part("so_far", UnitShift(u[1], 0))

    def first_n(self, i: int) -> Parsed:
        m = self.lex.match(self.t, i, "first_n", "last_n")
        if m is None:
            return None
        c = self.count(m[0])
        if (c is None or c[1] is None) and self.lex.has(
            self.t, self.skip(i, "articles"), "parts"
        ) is not None:
            return None  # "los primeros días de": a part, not the first day
        if c is None or c[1] is None:
            n, k = 1, m[0]
        else:
            k, n = c
        u = self.unit(k)
        if u is None:
            return None
        of = self.lex.has(self.t, u[0], "of")
        target = self.period_target(u[0] if of is None else of)
        if target is None:
            return None
        return target[0], FirstN(n, u[1], target[1], from_end=m[1] == "last_n")

    def night(self, i: int) -> Parsed:
        m = self.lex.match(self.t, i, "night_of", "night_into")
        if m is None:
            return None
        k = m[0]
        best: Parsed = None
        for rule in (
            lambda x: self.day_first(x, night=True),
            self.month_first,
            self.weekday,
            self.relative_day,
        ):
            got = rule(k)
            if got is not None and (best is None or got[0] > best[0]):
                best = got
        if best is None or (isinstance(best[1], Cal) and best[1].day is None):
            return None
        if isinstance(best[1], Weekday):
            # "в ночь с пятницы на субботу", "von Freitag auf Samstag": the night between two days
            link = self.lex.has(self.t, best[0], "night_links")
            last = None if link is None else self.weekday(self.skip(link, "articles"))
            if last is not None and isinstance(last[1], Weekday):
                best = last[0], Range(best[1], last[1])
        return best[0], Night(best[1], into=m[1] == "night_into")

    # ------------------------------------------------------------------ scanning
    def atom(self, i: int) -> Match | None:
        best: Match | None = None
        rules = self.number_rules if self.t[i].num is not None else self.word_rules
        for rule in rules:
            got = rule(i)
            if got is not None and got[0] > i and (best is None or got[0] > best.j):
                best = Match(i, got[0], got[1])
        y = self.year_atom(i)
        if y is not None and (best is None or y[0] > best.j):
            best = Match(i, y[0], y[1], weak=y[2], bare_year=y[0] == i + 1)
        if best is not None and self.article_left_out(i, best.sem):
            return None  # the scan goes on after the article and finds the same expression
        if best is None:
            now = self.lex.has(self.t, i, "now_words")
            if now is not None:  # today, but only as one end of a range ("between now and May")
                best = Match(i, now, DayShift(0), weak=True)
        return best

    def article_left_out(self, i: int, sem: Sem) -> bool:
        """Does the language leave the article at ``i`` out of this month's or season's span
        ("el próximo junio" -> "próximo junio", "le juin 2016" -> "juin 2016", "la próxima
        primavera")? A season without a modifier keeps it ("l'été", "el verano de 2016"); so do
        "le mois de" and "ce"/"este". A decade named by its noun leaves it out too ("la década
        de 1970"), not one after a decade article ("los años 70"); and a preposition merged
        with an article never opens a shifted unit ("del mes que viene")."""
        if isinstance(sem, UnitShift) and self.lex.has(self.t, i, "contracted_articles"):
            return True
        if self.lex.article_before_months:
            return False
        month = isinstance(sem, Cal) and sem.month is not None and sem.day is None
        season = isinstance(sem, Season) and sem.mod is not None
        decade = (
            isinstance(sem, Decade)
            and not self.lex.article_before_decades
            and self.lex.has(self.t, i, "decade_articles") is None
        )
        if not (month or season or decade):
            return False
        end = self.lex.has(self.t, i, "articles")
        if end is None or self.lex.has(self.t, i, "month_prefixes") is not None:
            return False
        mod = self.modifier(i)  # "ce juin" keeps "ce"; "el próximo" is "el" + "próximo"
        return mod is None or mod == self.modifier(end)

    @property
    def number_rules(self) -> tuple[Callable[[int], Parsed], ...]:
        """Rules that can start at a digit run."""
        return (
            self.numeric,
            self.numeric_range,
            self.nth_week,
            self.nth_day_of,
            self.spaced_month_year,
            self.spaced_date,
            self.part,  # "2ª mitad de 2016"
            self.period,
            self.decade,
            self.century,
            self.day_first,
            self.year_month,
            self.offset,
            self.bare_day,
            self.relative_unit,
        )

    @property
    def word_rules(self) -> tuple[Callable[[int], Parsed], ...]:
        return (
            self.numeric,
            self.night,
            self.nth_week,
            self.nth_day_of,
            self.nth_weekday,
            self.week_of,
            self.week_number,
            self.week_then_weekday,
            self.bare_day,
            self.first_n,
            self.unit_to_date,
            self.part,
            self.period,
            self.decade,
            self.century,
            self.named_year,
            self.fiscal_year,
            self.holiday,
            self.decade_word,
            self.day_first,
            self.month_first,
            self.year_month,
            self.offset,
            self.relative_day,
            self.relative_unit,
            self.season,
            self.weekday,
            self.current_unit,
        )

    def current_unit(self, i: int) -> Parsed:
        """ "l'année", "la semaine", "la journée" alone: the one holding the date last mentioned
        (the publication date's when none was); never when a longer expression starts at its
        noun ("l'année 2008", "la semaine du 18", "la semaine prochaine") or a complement
        follows ("la journée de mardi", "l'année de la pandémie")."""
        m = self.lex.match(self.t, i, "current_units")
        if m is None:
            return None
        j, _, unit = m
        if self.num(j) is not None or self.modifier(j) is not None:
            return None
        if self.glued(j) and self.low(j) == "-":  # "la semaine-ci", "l'année-là"
            return None
        if self.lex.has(self.t, j, "of", "connectors") is not None:
            return None
        inner = self.atom(j - 1)
        if inner is not None and inner.j > j:
            return None
        return j, UnitShift(str(unit), 0, anchored=True)

    def near_core(self) -> list[bool]:
        """Per token: is a core token (``DateLexicon.is_core``) at most ``_LEAD_IN`` tokens
        ahead? Elsewhere no rule can match, and the scan skips the token unexamined (one
        backward pass: the cheap pre-scan that keeps text without dates fast)."""
        near = [False] * self.n
        next_core = self.n + _LEAD_IN
        for k in range(self.n - 1, -1, -1):
            if self.lex.is_core(self.t[k]):
                next_core = k
            near[k] = next_core - k <= _LEAD_IN
        return near

    def could_start(self, i: int) -> bool:
        tok = self.t[i]
        if tok.num is not None:
            # digits glued after a letter belong to a word or a code ("Su34", "A4"), not a date
            return not (tok.glued and i > 0 and self.t[i - 1].low[-1:].isalpha())
        # an apostrophe opens a decade ("'90s") only before digits
        if self.lex.may_open(tok.low) or (tok.low == "'" and self.num(i + 1) is not None):
            return True
        # a Roman numeral opens a century ("XXe siècle", "XX век")
        return (
            tok.upper
            and self.lex.has(self.t, i + 1, "centuries") is not None
            and self.roman_ordinal(i) is not None
        )

    def atoms(self) -> list[Match]:
        out: list[Match] = []
        near = self.near_core()
        i = 0
        while i < self.n:
            if near[i] and self.could_start(i):
                blocked = self.lex.has(self.t, i, "not_dates")
                # "from January to March": after a date, "to" is a range link, not the verb's
                if (
                    blocked is not None
                    and out
                    and out[-1].j == i
                    and self.lex.has(self.t, i, "range_links")
                ):
                    blocked = None
                if blocked is not None:
                    i = blocked
                    continue
                m = self.atom(i)
                if m is not None:
                    m = self.night_after(m)
                    out.append(m)
                    i = m.j
                    continue
            i += 1
        return out

    def night_after(self, m: Match) -> Match:
        """ "Friday night", "el viernes por la noche", "в пятницу ночью": a day, then a
        ``night_after`` word, is the night that starts on it."""
        if not isinstance(m.sem, Weekday | DayShift) and not (
            isinstance(m.sem, Cal) and m.sem.day is not None
        ):
            return m
        end = self.lex.has(self.t, m.j, "night_after")
        if end is None:
            return m
        return Match(m.i, end, Night(m.sem))

    def link_between(self, a: Match, b: Match) -> tuple[bool, int]:
        """Do the tokens between ``a`` and ``b`` link them as a range? (linked, span start).
        Articles may stand after the opening and the link ("de la semaine 31 à la semaine 35")."""
        before_a = self.skip_back_articles(a.i)
        opening = self.lex.ends_before(self.t, before_a, "range_open")
        if opening is not None:
            link = self.paired_link(opening, before_a, a.j)
            if link is not None and b.i in (link, self.skip(link, "articles")):
                return True, opening
        link = self.lex.has(self.t, a.j, "range_links")
        if link is not None and b.i in (link, self.skip(link, "articles")):
            return True, a.i if opening is None else opening
        return False, a.i

    def compose(self, atoms: list[Match]) -> list[Match]:
        out: list[Match] = []
        k = 0
        while k < len(atoms):
            a = atoms[k]
            if k + 1 < len(atoms):
                b = atoms[k + 1]
                linked, start = self.link_between(a, b)
                if linked:
                    b = self.weekday_like(a, b)
                if linked and _rangeable(a.sem) and _rangeable(b.sem) and self.range_ok(a, b):
                    a = Match(start, b.j, Range(a.sem, b.sem))
                    k += 1
            if isinstance(a.sem, Range) and not a.weak:
                # "between 2014-2018", "from 10/1-11/7": the opening of a range written as one
                # atom belongs to it
                opening = self.lex.ends_before(self.t, a.i, "range_open")
                if opening is not None:
                    a = Match(opening, a.j, a.sem)
            if a.weak and self.listed_year(a, out[-1] if out else None):
                a = Match(a.i, a.j, a.sem)
            post = self.post_bound(a, atoms[k + 1] if k + 1 < len(atoms) else None)
            if post is not None:
                out.append(post)
            elif not a.weak:
                out.append(self.trim_article(self.bounded(a)))
                inweek = self.weekdays_of_week(out[-2], out[-1]) if len(out) > 1 else None
                if inweek is not None:  # "next week between Wednesday and Friday"
                    out[-2:] = [Match(out[-2].i, out[-1].j, inweek)]
            k += 1
        return out

    def listed_year(self, a: Match, prev: Match | None) -> bool:
        """ "in 2007 and 2009", "2014, 2015 or 2016": a bare year listed right after a year
        is one too (not before a counted noun: "in 2014 and 2000 drones")."""
        if prev is None or not a.bare_year:
            return False
        if not (isinstance(prev.sem, Cal) and prev.sem.year is not None and prev.sem.month is None):
            return False
        k = prev.j
        if self.low(k) == ",":
            k += 1
        k = self.lex.has(self.t, k, "list_links") or k
        if k != a.i or k == prev.j:
            return False
        return not self.noun_follows(a.j)

    def post_bound(self, a: Match, nxt: Match | None) -> Match | None:
        """ "2018 or later", "1/1/2016 and after", "2015 or earlier": an open bound written
        after its date (a bare year too: the bound says it is one). Not when a bound stands
        before it or the words lead to the next date ("after 2010 and before 2018")."""
        if isinstance(a.sem, Range | Bound) or self.lex.has(self.t, a.i, "range_open"):
            return None
        m = self.lex.match(self.t, a.j, "since_after", "until_after")
        if m is None or (nxt is not None and nxt.i <= self.skip(m[0], "articles")):
            return None
        if self.lex.has(self.t, m[0] - 1, "after", "before") and not self.ends_phrase(m[0]):
            return None  # "1/1/2016 and after my work is done": "after" governs what follows
        if self.bounded(a) is not a:
            return None
        kind = "since" if m[1] == "since_after" else "until"
        return Match(a.i, m[0], Bound(kind, a.sem))

    def trim_article(self, a: Match) -> Match:
        """Where the language keeps articles out of a day's span ("le 2 décembre" -> "2
        décembre", "el viernes" -> "viernes"), drop a leading one; a bare day keeps it, since
        the article is its cue ("le 27")."""
        lex = self.lex
        # every flag read below keeps the article: nothing to trim (an ordinal day's flag only
        # counts where days drop it, but it is listed so that the exit never outruns the rules)
        if (
            lex.article_before_days
            and lex.article_before_ordinal_days
            and lex.article_before_relative_units
            and lex.article_before_parts
            and lex.article_before_seasons
        ):
            return a
        if self.lex.has(self.t, a.i, "range_open") is not None:  # "del 6 al 7": a range opening
            return a
        if (
            lex.article_before_relative_units
            and self.lex.has(self.t, a.i, "relative_days", "anchored_days") == a.j
        ):
            return a  # "el día siguiente": the phrase holds it, as a relative unit's does
        if self.lex.has(self.t, a.i, "modifiers") == a.i + 1:  # "ce vendredi": a modifier
            return a
        k = self.lex.has(self.t, a.i, "articles", "day_articles")
        if isinstance(a.sem, Holiday):  # "el Día del Trabajo": "día" is the name's own
            k = self.lex.has(self.t, a.i, "articles")
        if k is None or k >= a.j:
            return a
        if k != self.lex.has(self.t, a.i, "articles"):
            return a  # "el día 9 de mayo": the day's noun ("día") is the date's, its article too
        day_like = (
            (
                not lex.article_before_days
                and (
                    _day_like(a.sem)
                    or isinstance(a.sem, Holiday)  # "le vendredi noir 2010", "el Día del Trabajo"
                    # "le vendredi 22": the weekday, not the article, makes the bare day a date
                    or (isinstance(a.sem, DayOf) and self.weekday_word(k) is not None)
                    or (
                        isinstance(a.sem, NthWeekday | NthUnit)  # "première semaine de 2015" too
                        and not lex.article_before_ordinal_days
                    )
                )
            )
            or (
                # "the next quarter" -> "next quarter"; "le dernier jour", "the next decade" keep it
                (
                    (isinstance(a.sem, UnitShift) and a.sem.unit not in lex.article_kept_units)
                    or (
                        isinstance(a.sem, Stretch)
                        and a.sem.unit not in lex.article_kept_counted_units
                    )
                    or (isinstance(a.sem, Holiday) and a.sem.mod is not None)  # "last Easter"
                    or isinstance(a.sem, FiscalYear)  # "the fiscal year 2008"
                )
                and not lex.article_before_relative_units
                and lex.has(self.t, a.i, "relative_units") is None  # "the week after next"
                and lex.has(self.t, a.i, "current_units") != a.j  # "l'année" alone
            )
            or (
                # "the fiscal year 2008", "el año escolar": the article is never the year's
                isinstance(a.sem, FiscalYear) and not lex.article_before_days
            )
            or (
                # "the end of 2000" -> "end of 2000"; after a bound it stays ("since the end of")
                isinstance(a.sem, Part) and not lex.article_before_parts
            )
            or (
                # "l'été 2016" -> "été 2016" (a bare season keeps it: "l'été", its cue)
                isinstance(a.sem, Season)
                and a.sem.year is not None
                and not lex.article_before_seasons
            )
        )
        if not day_like:
            return a
        return Match(k, a.j, a.sem, a.weak, a.bare_year)

    def weekday_like(self, a: Match, b: Match) -> Match:
        """A range from a weekday to a word that is a weekday as well as a month ("de lunes a
        mar": martes, not marzo) ends on the weekday."""
        if not isinstance(a.sem, Weekday) or not isinstance(b.sem, Cal):
            return b
        if b.sem.year is not None or b.sem.day is not None or b.sem.mod is not None:
            return b
        w = self.lex.match(self.t, b.i, "range_weekdays")
        if w is None or not (w[0] == b.j or (w[0] + 1 == b.j and self.low(w[0]) == ".")):
            return b  # (the month reading may have taken an abbreviation's dot: "mar.")
        return Match(b.i, w[0], Weekday(w[2]))

    def range_ok(self, a: Match, b: Match) -> bool:
        """Two bare years are a range only when no counted noun follows ("1500 and 2000 drones");
        "now" (or "date") is one end, never both ("from date to date" is no period)."""
        if a.weak and b.weak and a.sem == DayShift(0) == b.sem:
            return False
        if not (a.bare_year and b.bare_year):
            return True
        nxt = b.j
        if nxt < self.n and self.t[nxt].num is None and self.t[nxt].low.isalpha():
            return self.t[nxt].upper or self.lex.is_first_token(self.t[nxt].low)
        return True

    def bounded(self, a: Match) -> Match:
        m = None
        ats = [a.i]
        if self.lex.has(self.t, a.i, "year_words") is not None:
            # "before the year 2019", "avant l'année 2019" ("antes del año": "del" ends the bound)
            ats.append(self.skip_back_articles(a.i))
        for cat in ("since", "until", "before", "after"):
            for at in ats:
                start = self.lex.ends_before(self.t, at, cat)
                if start is not None and (m is None or start < m[0]):
                    m = (start, cat)
        if m is None or isinstance(a.sem, Range):
            return a
        return Match(m[0], a.j, Bound(m[1], a.sem))

    def bind_years(self, atoms: list[Match]) -> list[Match]:
        """A date without its year, then "in" and a year: one date ("28 June in 2020", "from
        April to June in 2017"; the range then takes the year of its last end). A year just
        before a quarter or half is its year ("2017 Q1")."""
        out: list[Match] = []
        k = 0
        while k < len(atoms):
            a = self.modified_day(atoms[k], out[-1] if out else None)
            if k + 1 < len(atoms):
                b = atoms[k + 1]
                dated = None
                if (
                    (b.bare_year or self.lex.has(self.t, b.i, "year_words") is not None)
                    and isinstance(b.sem, Cal)
                    and b.sem.year is not None
                    and b.sem.month is None
                    and self.lex.has(self.t, a.j, "date_in_year") == b.i
                ):
                    dated = _with_year(a.sem, b.sem.year)
                elif (
                    a.bare_year
                    and isinstance(b.sem, Period)
                    and b.sem.year is None
                    and b.i in (a.j, self.skip(a.j, "articles"))
                ):  # "2017 Q1", "2019 H2", "2016 le troisième semestre"
                    dated = Period(b.sem.kind, b.sem.index, a.sem)
                if dated is not None:
                    out.append(Match(a.i, b.j, dated))
                    k += 2
                    continue
                joined = self.weekday_then_date(a, b) or self.weekday_of_week(a, b)
                if joined is not None:
                    out.append(joined)
                    k += 2
                    continue
            out.append(a)
            k += 1
        return out

    def modified_day(self, a: Match, prev: Match | None) -> Match:
        """ "next 6th of April", "this 5/12": a modifier right before a day without its year
        places it ("next": the first one after the reference, "this": the reference's year)."""
        if not (isinstance(a.sem, Cal) and a.sem.day is not None and a.sem.year is None):
            return a
        if a.sem.mod is not None or self.lex.has(self.t, a.j, "of") is not None:
            return a
        start = self.lex.ends_before(self.t, a.i, "modifiers")
        if start is None or (prev is not None and prev.j > start):
            return a
        mod = self.modifier(start)
        if mod is None or mod[0] != a.i or mod[1] < 0:
            return a
        return Match(start, a.j, Cal(None, a.sem.month, a.sem.day, mod[1]))

    def weekday_of_week(self, a: Match, b: Match) -> Match | None:
        """ "1st week of Oct. on Friday", "in 3 days on Friday", "primera semana de octubre el
        viernes": a numbered week or a day counted from today, then a bare weekday after a
        week-day link (or an article), is that weekday of its week."""
        if not isinstance(b.sem, Weekday) or b.sem.mod is not None:
            return None
        week_like = isinstance(a.sem, NthUnit) and a.sem.unit == "week"
        if not (week_like or (isinstance(a.sem, Offset) and not a.sem.vague)):
            return None
        j = a.j
        if self.low(j) == "." and self.glued(j) and j + 1 < self.n and not self.t[j + 1].upper:
            j += 1  # "Oct. on Friday": an abbreviation's period, not a sentence's end
        link = self.lex.has(self.t, j, "week_day_links", "articles")
        if link is None or b.i not in (j, link):  # (the weekday's atom may hold its article)
            return None
        return Match(a.i, b.j, WeekdayIn(b.sem.weekday, a.sem))

    def weekday_then_date(self, a: Match, b: Match) -> Match | None:
        """ "this Friday 5/12", "ce vendredi (15 juin)", "este viernes 15 de junio": a weekday
        right before a full day (or with the day in brackets) is that day."""
        if not isinstance(a.sem, Weekday) or not isinstance(b.sem, Cal) or b.sem.day is None:
            return None
        if b.i == a.j:
            return Match(a.i, b.j, b.sem)
        if self.low(a.j) == "-" and b.i == a.j + 1 and self.glued(a.j) and self.glued(b.i):
            return Match(a.i, b.j, b.sem)  # "Friday-Jun-15"
        if self.low(a.j) == "(" and b.i == a.j + 1 and self.low(b.j) == ")":
            return Match(a.i, b.j + 1, b.sem)
        return None

    def parse(self) -> list[Match]:
        return self.compose(self.bind_years(self.atoms()))


def _with_year(sem: Sem, year: int) -> Sem | None:
    """``sem`` (a month or day without a year, or a range of them) placed in ``year``."""
    if isinstance(sem, Cal):
        if sem.year is None and sem.month is not None and sem.mod is None:
            return Cal(year, sem.month, sem.day)
        return None
    if isinstance(sem, Range):
        first, last = _with_year(sem.first, year), _with_year(sem.last, year)
        return None if first is None or last is None else Range(first, last)
    return None


def _day_like(sem: Sem) -> bool:
    """A single day or a range of days named with its month or weekday."""
    if isinstance(sem, Range):
        return _day_like(sem.first)
    if isinstance(sem, Cal):
        return sem.day is not None
    if isinstance(sem, DayOf):
        return sem.month is not None
    # an ordinal weekday keeps its article ("le premier vendredi de juillet")
    return isinstance(sem, Weekday | DayShift | WeekdayIn)


def _rangeable(sem: Sem) -> bool:
    return not isinstance(sem, Offset | Stretch | Bound)
