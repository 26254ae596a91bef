"""Quantities in text: number, unit (canonical, SI/ISO normalised), bound and what is counted.

``extract_quantities(text, lang)`` returns ``records.Quantity`` items with spans into ``text``,
sorted and non-overlapping. One pass finds the numbers (``numbers``); each is then read in its
context (``q_context``): a currency sign before it, a scale word and a unit after it, or else the
noun it counts; a rate ("per month"); a bound ("up to", "plus de", "не менее"); and whether it is
no amount at all (a year, a day of the month, a clock time, a label, an identifier). Two numbers
joined by a range pattern ("between 15 and 20", "15-20", "от 15 до 20") become one range.

A quantity's ``span`` covers the currency, the number, its scale and its unit of measure (and a
rate); a counted noun is reported separately in ``counted``/``counted_span``; the bound phrase is
not part of the span.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from claimgraph.extract import q_context as ctx
from claimgraph.extract.numbers import NumberMatch, find_numbers
from claimgraph.extract.q_compound import join_compound_units
from claimgraph.extract.q_lexicon import QuantityLanguage, quantity_language
from claimgraph.extract.q_money import join_minor_units
from claimgraph.extract.q_partitive import inherit_partitive_units
from claimgraph.extract.q_tokens import Token, merge_adjacent, tokenize
from claimgraph.extract.q_unitcontext import dimension_in_context, reading_in_context
from claimgraph.extract.units import dimension_of, normalise
from claimgraph.lang import resolve_language
from claimgraph.records import Quantity, Span

_MEASURE_KINDS = ("currency", "measure")
_AGE_OF = {
    "year": "year_of_age",
    "month": "month_of_age",
    "week": "week_of_age",
    "day": "day_of_age",
}
_OR_EQUAL = "or_equal"  # a bound after that makes a strict bound before inclusive
_DATE_RANGE = "__date_range__"  # "between 2014 and 2017": a period, dropped
_SCORE = "__score__"  # "won 2-0", "tied at 89-89": a result, dropped


@dataclass(slots=True)
class _Candidate:
    num: NumberMatch
    first: int  # first token of the span (currency sign or number)
    last: int  # token after the span
    unit: str | None = None
    unit_kind: str | None = None  # "currency", "measure", "counted", "noun"
    counted: ctx.Counted | None = None
    bound: str | None = None
    bound_first: int | None = None  # first token of a bound phrase before the span
    tail: int = 0  # token after everything read for this number (bound after, counted noun)
    low: float | None = None
    high: float | None = None
    bound_after: bool = False  # the bound is a phrase after the number ("20 or more")
    bound_tokens: tuple[int, int] | None = None  # the bound phrase's tokens [first, last)
    dimension: str | None = None  # set when the sentence decides it ("24 degrees" of weather)


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """The quantities stated in ``text`` (any length), read with ``lang``'s conventions."""
    if not text:
        return []
    lang = resolve_language(lang)
    ql = quantity_language(lang)
    tokens = tokenize(text, ql.elisions)
    candidates = [
        c for m in find_numbers(tokens, ql) if (c := _read(tokens, m, lang, ql)) is not None
    ]
    candidates = _merge_ranges(tokens, candidates, ql)
    _from_range_to_unit(tokens, candidates, ql)
    candidates = join_minor_units(tokens, candidates, ql)
    candidates = join_compound_units(tokens, candidates, ql)
    candidates = inherit_partitive_units(tokens, candidates, ql)
    out: list[Quantity] = []
    last_end = -1
    for cand in candidates:
        if _drop(tokens, cand, ql):
            continue
        if last_end > tokens[cand.first].start and _sign_shared(tokens, cand, last_end):
            cand.first = cand.num.first  # "10 $ 30 $": the middle sign is the first amount's
            after = ctx.unit_after(tokens, cand.num.last, lang, ql)
            cand.unit = after[1] if after is not None else cand.unit  # "10 rmb 20 usd"
        q = _to_quantity(text, tokens, cand)
        if q.span.start >= last_end:
            out.append(q)
            last_end = q.span.end
    return out


def _sign_shared(tokens: list[Token], cand: _Candidate, last_end: int) -> bool:
    """Is the currency sign before ``cand`` the previous amount's unit, while ``cand`` has its
    own currency after its digits ("10 $ 30 $", "10 rmb 20 usd")?"""
    if cand.unit_kind != "currency" or cand.first == cand.num.first or cand.low is not None:
        return False
    if tokens[cand.num.first].start < last_end or cand.last <= cand.num.last:
        return False
    return tokens[cand.num.last].kind != "word" or cand.last - cand.num.last == 1


# --------------------------------------------------------------------------- reading one number


def _read(
    tokens: list[Token], m: NumberMatch, lang: str, ql: QuantityLanguage
) -> _Candidate | None:
    cur = ctx.currency_prefix(tokens, m.first, lang, ql)
    if cur is None and (ctx.is_identifier(tokens, m, ql) or ctx.is_clock_or_label(tokens, m, ql)):
        return None
    cand = _Candidate(num=m, first=m.first, last=m.last)
    if cur is not None:
        cand.first, cand.unit, cand.unit_kind = cur[0], cur[1], "currency"
        scale = ql.data.get("currency_scales") or {}
        if m.last < len(tokens) and tokens[m.last].low in scale and not m.scaled:
            m.value = float(f"{m.value * float(scale[tokens[m.last].low]):.15g}")
            m.scaled = True
            m.last += 1
            cand.last = m.last
    elif ctx.is_ordinal_or_glued_word(tokens, m, lang, ql):
        return None
    before_unit = ctx.unit_before_partitive(tokens, m.first, ql) if cur is None else None
    if before_unit is not None and ctx.unit_after(tokens, m.last, lang, ql) is None:
        cand.first, cand.unit, cand.unit_kind = before_unit[0], before_unit[1], "measure"
    if cand.unit is None:
        # "1,75 milliard de dollars", "deux tiers de litre", "1/4 de milla": a scale, words or a
        # written fraction take their unit after "of"/"de"
        fraction = any(tokens[k].low in ("/", "⁄") for k in range(m.first, m.last))
        partitive = m.scaled or m.kind != "digits" or fraction
        unit = ctx.unit_after(tokens, m.last, lang, ql, partitive=partitive)
        if unit is None and not m.scaled:
            unit = ctx.unit_after_modifier(tokens, m.last, lang, ql)
        reading = reading_in_context(tokens, m.first, m.last, ql, partitive)
        if reading is not None and (unit is None or reading[0] >= unit[0]):
            unit = reading  # "pounds" by its sentence; "pound-feet" is the longer unit
        if unit is not None:
            cand.last, cand.unit = unit[0], unit[1]
            cand.unit_kind = "currency" if dimension_of(unit[1]) == "currency" else "measure"
        elif (shared := ctx.suspended_hyphen(tokens, m.last, ql)) is not None:
            # "between 5- and 10-year bonds": the suspended member shares the last one's unit
            unit = ctx.unit_after(tokens, shared, lang, ql)
            if unit is not None:
                cand.unit = unit[1]
                cand.unit_kind = "currency" if dimension_of(unit[1]) == "currency" else "measure"
    elif cand.unit_kind == "currency":
        # "$ 5 million US dollars" style repeats are rare; a code after the number is absorbed
        unit = ctx.unit_after(tokens, m.last, lang, ql)
        if (
            unit is not None
            and dimension_of(unit[1]) == "currency"
            and not (unit[0] < len(tokens) and tokens[unit[0]].kind == "num")
        ):
            cand.last = unit[0]  # "$ 20 $ 30": a sign before digits opens the next amount
    if cand.unit is None:
        times = ctx.times_unit(tokens, m.first, m.last, ql)
        if times is not None:
            cand.last, cand.unit, cand.unit_kind = times[0], times[1], "measure"
    if cand.unit is None and ctx.is_apposed_age(tokens, m):
        cand.unit, cand.unit_kind = "year_of_age", "measure"
    if (
        cand.unit in _AGE_OF
        and ctx.age_cue_before(tokens, m.first, ql)
        and (
            cand.last >= len(tokens)
            or ql.trie("partitive").match(tokens, cand.last, ql.forms) is None
        )
    ):
        # "elle a 29 ans", "tiene 5 años"; "a un mois de retard" is a delay, not an age
        cand.unit = _AGE_OF[cand.unit]
    cand.tail = cand.last
    cand.dimension = dimension_in_context(tokens, m.first, cand.last, cand.unit, ql)
    before_or = ctx.noun_before_or(tokens, m.first, lang, ql) if cand.unit is None else None
    if before_or is not None:
        cand.unit, cand.counted = before_or  # "a day or two", "another pick or two"
        if cand.counted is None:
            cand.unit_kind = "measure"
        else:
            cand.unit_kind = "counted" if cand.counted.from_lexicon else "noun"
    elif cand.unit is None:
        noun = ctx.hyphen_compound(tokens, m.last, ql) if abs(m.value) != 1 else None
        noun = noun or ctx.counted_after(
            tokens, m.last, ql, singular_ok=abs(m.value) == 1 or m.kind != "digits"
        )
        if noun is not None:
            cand.counted, cand.unit = noun, noun.unit
            cand.unit_kind = "counted" if noun.from_lexicon else "noun"
            cand.tail = noun.last
    elif cand.unit_kind in _MEASURE_KINDS:
        hit = (
            ql.trie("partitive").match(tokens, cand.last, ql.forms)
            if cand.last < len(tokens)
            else None
        )
        if hit is not None:
            noun = ctx.counted_after(tokens, cand.last, ql, singular_ok=True)
            if noun is not None:
                cand.counted = noun
                cand.tail = noun.last
    rate = ctx.rate_after(tokens, cand.tail, lang, ql)
    if rate is None and cand.counted is not None:
        named = _after_model_name(tokens, cand.tail)
        if named > cand.tail:
            rate = ctx.rate_after(tokens, named, lang, ql)  # "2 700 drones Shahed par mois"
    if rate is not None:
        cand.unit = f"{cand.unit or 'unit'}/{rate[1]}"
        cand.last = cand.tail = rate[0]
    elif cand.unit_kind == "currency" and (
        rate := ctx.rate_after_aside(tokens, cand.tail, lang, ql)
    ):
        # "9 billion shekels ($2.408 billion) a year": the rate is read past the conversion in
        # brackets, which keeps its own amount (and the span stays the amount's own)
        cand.unit = f"{cand.unit}/{rate[1]}"
    before = ctx.bound_before(tokens, cand.first, ql)
    if before is not None:
        cand.bound_first, cand.bound = before
        cand.bound_tokens = (before[0], cand.first)
    after = ctx.bound_after(tokens, cand.tail, ql)
    if after is not None and _starts_next_bound(tokens, cand.tail, after[0], ql):
        after = None  # "200 or more than 190": "more than" belongs to the next number
    if after is not None and after[1] == _OR_EQUAL:
        if cand.bound in ("<", ">"):
            cand.bound += "="  # "less than 5000 or equal"
            cand.tail = after[0]
    elif after is not None and (cand.bound in (None, "~") or _explicit_equality(cand)):
        # "about five hundred or more": the bound after is the sharper one; "equal to 5000 or
        # less" is one inclusive bound written across the number
        first = cand.bound_first if _explicit_equality(cand) else cand.tail
        cand.bound_tokens = (first, after[0])
        cand.bound = after[1]
        cand.tail = after[0]
        cand.bound_after = True
    if cand.bound is None:
        cand.bound = m.bound or "="
    return cand


def _explicit_equality(cand: _Candidate) -> bool:
    return cand.bound == "=" and cand.bound_first is not None


_MAX_MODEL_NAME = 4  # tokens of a model name after a counted noun ("drones Shahed-136")


def _after_model_name(tokens: list[Token], k: int) -> int:
    """The index after a model name that follows a counted noun ("2 700 drones *Shahed* par
    mois", "drones *Shahed-136*"): capitalised words with their glued hyphens and numbers, or
    the closing mark of a nickname in quotation marks."""
    j = k
    if j < len(tokens) and tokens[j].glued and tokens[j].low in ctx.CLOSING_QUOTES:
        j += 1  # "2700 «шахедів» на місяць": past the nickname's closing mark
        k = j
    while j < len(tokens) and j - k < _MAX_MODEL_NAME:
        t = tokens[j]
        name = t.kind == "word" and t.text[:1].isupper()
        glued_part = j > k and t.glued and (t.low == "-" or t.kind == "num")  # "Shahed-136"
        if not (name or glued_part):
            break
        j += 1
    return j


def _starts_next_bound(tokens: list[Token], start: int, end: int, ql: QuantityLanguage) -> bool:
    """Does a bound phrase of the next number begin inside ``[start, end)`` and run past it?
    ("or more than 190", "or equal to 6000")."""
    trie = ql.trie("bounds_before")
    for k in range(start, end):
        hit = trie.match(tokens, k, ql.forms)
        if hit is not None and hit[0] > end and hit[0] < len(tokens):
            return tokens[hit[0]].kind != "punct"
    return end < len(tokens) and tokens[end].kind == "num"


def _drop(tokens: list[Token], cand: _Candidate, ql: QuantityLanguage) -> bool:
    """Numbers that are no amount: years and days next to a month, bare years, lone articles."""
    m = cand.num
    if cand.unit is None and m.kind == "digits" and ctx.is_address(tokens, cand.last, ql):
        return True
    if cand.low is not None:
        return cand.unit in (_DATE_RANGE, _SCORE)
    if m.weak:
        # "un", "ein", "a": one only with a bound and a unit ("au moins un mois")
        # the unit must be a word: in "exceeds a $ 4 billion" the sign belongs to the digits
        # or before a measure of a dimension the language lists ("una milla de ancho"):
        # weak_one_dimensions, empty where the article is mostly idiom ("a yard", "a meter")
        word_unit = cand.unit_kind in _MEASURE_KINDS and tokens[cand.last - 1].kind == "word"
        return not word_unit or (
            cand.bound_first is None
            and dimension_of(cand.unit) not in ql.words("weak_one_dimensions")
        )
    if ctx.is_date_part(tokens, m, ql) or ctx.is_period_fraction(tokens, m, ql):
        return True
    if cand.unit is None and ctx.is_name_label(tokens, m):
        return True
    if m.kind == "words" and abs(m.value) == 1 and cand.unit is None:
        return True  # a bare "one" is a pronoun ("each one", "the same one")
    if (
        ctx.looks_like_year(m)
        and cand.bound_first is None
        and cand.unit_kind not in ("currency", "measure", "counted")
    ):
        return True
    if m.kind == "words" and abs(m.value) == 1 and cand.unit_kind not in _MEASURE_KINDS:
        # "one of the best": an idiom, not a count
        nxt = cand.num.last
        return nxt < len(tokens) and ql.trie("partitive").match(tokens, nxt, ql.forms) is not None
    return False


# --------------------------------------------------------------------------- ranges


def _merge_ranges(
    tokens: list[Token], cands: list[_Candidate], ql: QuantityLanguage
) -> list[_Candidate]:
    return merge_adjacent(
        cands, lambda a, b: _range(tokens, a, b, ql) or _bound_pair(tokens, a, b, ql)
    )


def _range(
    tokens: list[Token], a: _Candidate, b: _Candidate, ql: QuantityLanguage
) -> _Candidate | None:
    gap = tokens[a.last : b.first]
    gap_words = tuple(t.low for t in gap)
    if not gap_words or len(gap_words) > 3:
        return None
    if a.num.kind == "vague" or b.num.kind == "vague":
        return None
    for spec in ql.ranges:
        if gap_words != spec.sep:
            continue
        start = spec.start
        if start:
            words = start
            k = a.bound_first if a.bound_first is not None else a.first
            if tuple(t.low for t in tokens[max(0, k - len(words)) : k]) != words:
                continue
            if a.unit and b.unit and a.unit.split("/")[0] != b.unit.split("/")[0]:
                # "de 15 % à 415,9 millions $" is no range ("between $62 and $68 a share" is)
                continue
        elif (
            (a.unit is not None and a.unit != b.unit)
            or (a.bound_first is not None and a.bound in (">", ">=", "<", "<="))
            or (
                a.unit is not None
                and a.first > 0
                and tokens[a.first - 1].low in ql.words("range_blockers")
            )
        ):
            continue
        lo, hi = a.num.value, b.num.value
        if not a.num.scaled and b.num.scaled and lo * b.num.scale <= hi:
            lo *= b.num.scale
        if lo >= hi and not start:
            if _is_score(tokens, a, b):
                return _Candidate(
                    num=a.num, first=a.first, last=b.last, low=lo, high=hi, unit=_SCORE
                )
            continue
        if ctx.looks_like_year(a.num) and ctx.looks_like_year(b.num) and b.unit is None:
            return _Candidate(
                num=a.num, first=a.first, last=b.last, low=lo, high=hi, unit=_DATE_RANGE
            )
        merged = _Candidate(
            num=a.num,
            first=a.first,
            last=b.last,
            unit=b.unit or a.unit,
            unit_kind=b.unit_kind or a.unit_kind,
            counted=b.counted or a.counted,
            dimension=b.dimension or a.dimension,
            bound=a.bound if a.bound_first is not None else "=",
            bound_first=a.bound_first,
            bound_tokens=a.bound_tokens if a.bound_first is not None else None,
            tail=b.tail,
            low=lo,
            high=hi,
        )
        return merged
    return None


def _from_range_to_unit(tokens: list[Token], cands: list[_Candidate], ql: QuantityLanguage) -> None:
    """ "from about 14-18 mpg to 24": a change from a range to a bare number states the number
    in the range's unit (a change from a single number is merged into a range already)."""
    pairs = [(r.start, r.sep) for r in ql.ranges if r.start]
    for a, b in pairwise(cands):
        if a.low is None or a.unit is None or b.unit is not None or b.low is not None:
            continue
        gap = tuple(t.low for t in tokens[a.tail : b.first])
        k = a.bound_first if a.bound_first is not None else a.first
        for start, sep in pairs:
            if gap == sep and tuple(t.low for t in tokens[max(0, k - len(start)) : k]) == start:
                b.unit, b.unit_kind, b.dimension = a.unit, a.unit_kind, a.dimension
                break


def _is_score(tokens: list[Token], a: _Candidate, b: _Candidate) -> bool:
    """ "2-0 down", "tied at 89-89", "a 5-4 vote", "a 2-1 win": two whole numbers glued by a
    dash, the second not above the first, neither with a unit of measure nor a lexicon noun,
    are a score or a tally, not an amount."""
    return (
        b.first == a.last + 1
        and tokens[a.last].glued
        and tokens[b.first].glued
        and a.unit is None
        and b.unit_kind in (None, "noun")
        and a.bound_first is None
        and a.num.plain_integer
        and b.num.plain_integer
        and a.num.kind == b.num.kind == "digits"
    )


_LOWER, _UPPER = (">", ">="), ("<", "<=")


def _bound_pair(
    tokens: list[Token], a: _Candidate, b: _Candidate, ql: QuantityLanguage
) -> _Candidate | None:
    """A lower and an upper bound joined by "and"/"but"/"," ("more than 10 and less than 20",
    "at most 100 and at least 20"): one range, when both count the same thing."""
    if a.low is not None or (b.bound_first is None and not b.bound_after):
        return None
    if a.bound_first is None and not a.bound_after:
        return None
    if {a.bound, b.bound} & set(_LOWER) == set() or {a.bound, b.bound} & set(_UPPER) == set():
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    links = ql.words("bound_pair_links")
    gap = tokens[a.tail : b.bound_first if b.bound_first is not None else b.first]
    if not gap or len(gap) > 2 or any(t.low not in links for t in gap):
        return None
    lo, hi = (a, b) if a.bound in _LOWER else (b, a)
    if lo.num.value >= hi.num.value:
        return None
    return _Candidate(
        num=a.num,
        first=a.first,
        last=b.last,
        unit=b.unit or a.unit,
        unit_kind=b.unit_kind or a.unit_kind,
        counted=b.counted or a.counted,
        dimension=b.dimension or a.dimension,
        bound="=",
        bound_first=a.bound_first,
        tail=b.tail,
        low=lo.num.value,
        high=hi.num.value,
    )


# --------------------------------------------------------------------------- output


def _to_quantity(text: str, tokens: list[Token], cand: _Candidate) -> Quantity:
    start = tokens[cand.first].start
    end = tokens[cand.last - 1].end
    unit = cand.unit
    is_range = cand.low is not None
    value = None if is_range else cand.num.value
    si_value, si_unit = normalise(value, unit)
    counted = counted_span = None
    if cand.counted is not None and cand.counted.last > cand.counted.first:
        cs = tokens[cand.counted.first].start
        ce = tokens[cand.counted.last - 1].end
        counted, counted_span = text[cs:ce], Span(cs, ce)
    dimension = "count" if cand.unit_kind in ("counted", "noun") else dimension_of(unit)
    if cand.dimension is not None and unit and "/" not in unit:
        dimension = cand.dimension
    return Quantity(
        span=Span(start, end),
        text=text[start:end],
        value=value,
        unit=unit,
        low=cand.low,
        high=cand.high,
        bound=cand.bound or "=",  # type: ignore[arg-type]
        si_value=si_value,
        si_unit=si_unit,
        counted=counted,
        counted_span=counted_span,
        dimension=dimension,
        vague=cand.num.kind == "vague",
        bound_span=_token_span(tokens, cand.bound_tokens),
    )


def _token_span(tokens: list[Token], first_last: tuple[int, int] | None) -> Span | None:
    if first_last is None or first_last[1] <= first_last[0]:
        return None
    return Span(tokens[first_last[0]].start, tokens[first_last[1] - 1].end)
