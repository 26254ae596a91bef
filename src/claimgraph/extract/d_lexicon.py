"""Tokens and the compiled date vocabulary of one language (``lang/<xx>/dates.yaml``).

The grammar in ``d_grammar`` never sees a word list: it asks this lexicon "which phrase of
category C starts at token i?". Every phrase in the data file is tokenised with the same
tokenizer as the text, so multi-word phrases ("the day after tomorrow", "il y a", "в ночь на")
match token by token. Lookups are dictionary hits on the first token, so scanning a text costs a
bounded amount of work per token.

Keys of ``dates.yaml`` (all optional; a category with no entry simply never matches):

- ``numeric_order``: ``dmy`` or ``mdy`` for 05/06/2024.
- ``months`` / ``weekdays``: number (1-12 / 0-6 from Monday) -> every spelling and inflection.
- ``needs_context``: month/weekday words that are also ordinary words; alone they need a cue
  word before them, and a capital too where ``capitalised_months`` is true (en, de).
- ``relative_days``, ``nights``, ``anchored_days``: phrase -> day offset.
- ``to_date``: after a period unit, from its start to the reference ("year to date").
- ``range_weekdays``: weekday number -> abbreviations that are that weekday only as the end of
  a range from a weekday ("de lunes a mar"); elsewhere they stay months or words.
- ``weekday_modifiers``: -2/2 -> spellings that, before a weekday, take the nearest one
  before/after the reference ("past Wednesday"), not the previous/next calendar week's.
- ``units``: day/week/month/year/decade -> spellings; ``modifiers``: -1/0/1 -> spellings;
  ``relative_units``: phrase -> [unit, shift] ("торік": [year, -1]).
- ``numbers``, ``ordinals``: value -> spellings; ``vague_numbers``: "a few", "several".
- phrase lists: ``articles``, ``ordinal_suffixes``, ``connectors``, ``year_cues``,
  ``year_suffixes``, ``ago_after``, ``ago_before``, ``later``, ``later_before`` ("через"),
  ``earlier``, ``from_now``, ``night_links`` ("в ночь с 6 на 7": between two days of a night),
  ``range_links``, ``since``, ``until``, ``before``, ``after``, ``first_n``, ``last_n``, ``of``,
  ``this_year``, ``decade_before``, ``decade_after``, ``night_of``, ``night_into``,
  ``night_after`` (after a day: the night starting on it, "Friday night");
  ``since_after`` / ``until_after``: after a date, an open bound ("2018 or later", "2030 and
  beyond" / "2015 or earlier"), which also makes a bare year a year; ``list_links``: words
  listing a bare year after a year ("in 2007 and 2009", "2014 or 2015").
- ``month_prefixes``: words that may introduce a month ("the month of").
- ``date_in_year``: words between a date without its year and a year ("28 June in 2020").
- ``now_words``: "now", today only as one end of a range ("between now and May").
- ``decade_words``: first year -> decades in words ("seventies": 1970, "noughties": 2000);
  alone they need an article, a century ("nineteen seventies") or a noun in the phrase
  ("семидесятые годы").
- ``year_words``: the word "year" before a year, kept in its span ("year 2008"); a short code
  glued to two digits too ("cy18"). ``fiscal_year_words``: years whose months the text does
  not give ("fiscal year 2008", "last school year", "sy18"): kept, left unresolved.
- ``centuries``: the century word ("century", "siècle", "век"); ``ordinal_suffixes`` made of
  letters also end a Roman numeral ("XXe").
- ``not_dates``: phrases that look like dates but are not ("am Morgen", "por la mañana").
- ``range_pairs``: [opening, link] pairs ("between ... and").
- numbers in words (``d_numwords``): ``numbers`` 0-99, ``hundreds`` (value -> words such as
  "cent", "novecientos"), ``hundred_word``, ``thousand_word``, ``number_links`` ("and", "et",
  "y"), ``zero_words`` ("oh"), ``year_pairs`` (true: "nineteen seventy eight").
- ``month_number_links``: a word between a day and its month written as a number ("el 17 del
  11"; after an article only).
- ``day_articles``: words that make a bare day number a date ("the 27", "le 27", "el día 27")
  when nothing but punctuation, a weekday or a month phrase follows; ``day_followers``:
  prepositions that may follow such a day too ("le 17 au soir", "le 17 à Paris"; not before a
  number: "le 1 à 0", "17 pour cent").
- ``in_future``: "in", "dans", "dentro de" before a count and a unit ("in 3 weeks");
  ``offset_from`` / ``offset_before``: "from", "after" / "before" between a count and a day
  ("two weeks from tomorrow").
- ``week_of`` ("the week of"), ``week_from`` ("the week starting"), ``week_number`` ("week 10").
- ``post_modifiers_past`` / ``post_modifiers_next``: after a count and a unit ("3 días
  siguientes", "3 semanas anteriores").
- ``day_cues``: words before a numeric day and month without a year ("on 4/22", "le 22/04").
- ``week_day_links``: between a week and its weekday ("next week on Friday", "de").
- ``abbreviation_dot``: false where a period after a month abbreviation stays out of the
  span (English, as the specs write it: "second of Aug."); elsewhere "fév." keeps it.
- ``decade_articles``: articles that alone make a decade of a round number ("los 70", "los
  noventa", "les 70s") when no noun follows.
- ``article_before_days``: false where a leading article is left out of a day's span (fr, es).
- ``article_before_ordinal_days``: false where it is left out before an ordinal weekday too (fr).
- ``article_before_months``: false where it is left out before a month, or a season with its
  modifier ("el próximo junio", "le juin 2016", "la próxima primavera"; fr, es); "le mois de"
  keeps it. ``article_before_decades``: the same for a decade named by its noun ("la década de
  1970"); by default as ``article_before_months`` (en keeps "the 1970s" while "the April 2017"
  loses its article).
- ``article_before_relative_units``: false where it is left out before "next week" (fr, en);
  ``article_kept_units`` / ``article_kept_counted_units``: units whose shifted / counted period
  keeps it all the same (default ``[day]``: "the next day").
- ``article_before_parts``: false where it is left out before a part ("end of 2000", en).
- ``day_dot``: false where a period after a day number ends the sentence ("May 9.", en) rather
  than marking an ordinal ("9. Mai"), unless a month follows it ("16. nov. 2016").
- ``within`` ("within", "dentro de", "в течение"), ``more_than``, ``less_than``: before a count
  and a unit, a stretch from the reference or an open bound ("more than 2 weeks before today").
- ``same``: before a unit, the one holding the date last mentioned ("the same week", "that year");
  ``anchored_units``: phrase -> [unit, shift], the unit after/before the date last mentioned
  ("the following week": [week, 1]).
- ``month_cues``: words that, besides the general cues, let a month word that needs context
  stand alone ("dans déc", "dans Jan").
- ``article_before_seasons``: false where a season with its year leaves its article out
  ("l'été 2016" -> "été 2016"; "l'été" keeps it, its cue; fr); ``decimal_comma``: true where decimals take a comma, so "2016.11" is a
  year and a month (fr).
- ``codes_with_year``: period codes that are a period only next to a year ("H2 2016", "2016
  Q3"; alone "H2" is hydrogen, "Q3" a car).
- ``approximately``: words between "il y a" / "dans" and a count ("il y a environ deux
  semaines", "dans à peu près un mois"): the point is the same, approximately.
- ``current_units``: unit -> an article and the unit alone ("l'année", "la semaine"): the one
  holding the date last mentioned, the publication date's when none was; the article stays.
- ``plural_words``: plural units, modifiers and articles ("semaines", "derniers", "les"): a
  unit shifted by a modifier with one of them is several units, no one period ("ces derniers
  mois", "les mois à venir"); a count makes them a stretch ("les 3 derniers mois").
- ``contracted_articles``: a preposition merged with an article ("del"): it never opens a
  shifted unit's span ("del mes que viene" -> "mes que viene").
- ``parts``: early/mid/late/so_far/rest -> phrases; ``period_units``/``period_codes``:
  quarter/half -> words / letter codes (Q1, H2); ``seasons``: season -> spellings.
- ``holidays``: a holiday key ("12-25", "easter+1", "11-4thu"; see ``d_holidays``) -> names;
  ``weekend_of``: words before a holiday naming its weekend ("the weekend of Halloween").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from claimgraph.lang import load_language_data, resolve_language
from claimgraph.textnorm import for_matching

# ASCII digits | letters | any other single non-space character. No nested quantifiers: linear.
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+|[^\s]")
# Longer words are never vocabulary; skipping them keeps lookups cheap on adversarial input.
_MAX_WORD = 40
_MAX_DIGITS = 4


# Not frozen: a frozen dataclass costs about four times as much to build, and a megabyte of
# text is a million tokens. Nothing changes a token after ``tokenize``.
@dataclass(slots=True)
class Tok:
    low: str  # lower-cased surface in the folded text
    start: int
    end: int
    num: int | None  # value of a digit run of at most four digits
    digits: int  # number of digits (0 for words and punctuation)
    upper: bool  # first character is upper-case in the text
    glued: bool  # no space between the previous token and this one
    line_start: bool = False  # first token of the text or of a line


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text`` with offsets into ``text`` (folded with ``for_matching``, same length)."""
    folded = for_matching(text)
    out: list[Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(folded):
        s, e = m.start(), m.end()
        surface = m.group()
        line_start = prev_end < 0 or folded.find("\n", prev_end, s) >= 0
        if "0" <= surface[0] <= "9":
            n = e - s
            out.append(
                Tok(
                    surface,
                    s,
                    e,
                    int(surface) if n <= _MAX_DIGITS else None,
                    n,
                    False,
                    s == prev_end,
                    line_start,
                )
            )
        else:
            low = surface.lower() if e - s <= _MAX_WORD else ""
            out.append(Tok(low, s, e, None, 0, surface[0].isupper(), s == prev_end, line_start))
        prev_end = e
    return out


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.low for t in tokenize(str(phrase)))


@dataclass(slots=True)
class DateLexicon:
    numeric_order: str = "dmy"
    capitalised_months: bool = False  # month names are written with a capital (en, de)
    year_pairs: bool = False  # years read as two pairs of words ("nineteen seventy eight")
    # a leading article stays in the span only before a period word ("la semaine prochaine"),
    # not before a day, weekday or month ("le 2 décembre" -> "2 décembre")
    article_before_days: bool = True
    # where false (with article_before_days false), an ordinal weekday drops it too ("le premier
    # vendredi de juillet" -> "premier vendredi de juillet")
    article_before_ordinal_days: bool = True
    # where false, a unit counted from today drops it too ("la semaine prochaine" -> "semaine
    # prochaine", "l'année dernière" -> "année dernière")
    article_before_relative_units: bool = True
    # where false, a leading article is left out before a month or a season with its modifier
    # ("el próximo junio" -> "próximo junio", "le juin 2016" -> "juin 2016")
    article_before_months: bool = True
    # the same for a decade named by its noun ("la década de 1970" -> "década de 1970")
    article_before_decades: bool = True
    # where false, a season with its year leaves its leading article out ("l'été 2016")
    article_before_seasons: bool = True
    # decimals are written with a comma: "2016.11" is a year and a month
    decimal_comma: bool = False
    # units whose shifted period keeps its article even so ("le dernier jour"), and those whose
    # counted period keeps it ("the next 3 decades")
    article_kept_units: frozenset[str] = frozenset({"day"})
    article_kept_counted_units: frozenset[str] = frozenset({"day"})
    # where false, a leading article is left out before a part ("the end of 2000" -> "end of")
    article_before_parts: bool = True
    # a period glued after a day number belongs to it ("10. Dezember"); false where it ends
    # the sentence instead ("on Tue May 9. Don't") unless a month follows ("16. nov. 2016")
    day_dot: bool = True
    # letter suffixes of ordinals, longest first: they may end a Roman numeral ("XXe siècle")
    century_suffixes: tuple[str, ...] = ()
    # month spellings that are a strict prefix of another one ("fév", "sept", "Dez"): a period
    # glued after them is part of the abbreviation
    month_abbreviations: frozenset[str] = frozenset()
    needs_context: frozenset[str] = frozenset()
    # nouns the quantities data counts ("drones", "Drohnen"; its ``counted`` key, one-word
    # entries): a four-digit number right before one is a count, not a year
    counted_nouns: frozenset[str] = frozenset()
    counted_lang: str = ""  # whose lemmas the counted nouns are (ru, uk: "дронов" is "дрон")
    # one word of every phrase that carries a value (see ``is_core``)
    core_words: frozenset[str] = frozenset()
    # first token -> category -> [(following tokens, value, rank)], best rank first; the rank
    # orders all phrases of one first token: longer first, then the order of the data file
    # (it breaks ties between categories asked for together)
    _index: dict[str, dict[str, list[tuple[tuple[str, ...], Any, int]]]] = field(
        default_factory=dict
    )
    _added: int = 0
    range_pairs: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    def add(self, phrase: Any, category: str, value: Any = None) -> None:
        toks = phrase_tokens(str(phrase))
        if not toks:
            return
        entries = self._index.setdefault(toks[0], {}).setdefault(category, [])
        self._added += 1
        entries.append((toks[1:], value, (len(toks) << 20) - self._added))
        entries.sort(key=lambda e: -e[2])

    def match(self, toks: list[Tok], i: int, *categories: str) -> tuple[int, str, Any] | None:
        """The longest phrase of one of ``categories`` starting at token ``i``:
        (index after it, category, value). Ties go to the phrase listed first in the data."""
        if i >= len(toks):
            return None
        by_category = self._index.get(toks[i].low)
        if by_category is None:
            return None
        best: tuple[int, str, Any] | None = None
        best_rank = 0
        left = len(toks) - i - 1
        for cat in categories:
            entries = by_category.get(cat)
            if entries is None:
                continue
            for tail, value, rank in entries:
                if rank <= best_rank:
                    break  # best rank first: nothing better in this category
                n = len(tail)
                if n > left:
                    continue
                j = i + 1
                for w in tail:
                    if toks[j].low != w:
                        break
                    j += 1
                if j - i - 1 == n:
                    best, best_rank = (j, cat, value), rank
                    break
        return best

    def has(self, toks: list[Tok], i: int, *categories: str) -> int | None:
        """Index after a phrase of ``categories`` at ``i``, else None."""
        m = self.match(toks, i, *categories)
        return None if m is None else m[0]

    def ends_before(self, toks: list[Tok], j: int, *categories: str) -> int | None:
        """Start index of a phrase of ``categories`` ending exactly at token ``j`` (exclusive)."""
        for n in range(1, 6):
            i = j - n
            if i < 0:
                break
            if self.spans(toks, i, j, *categories):
                return i
        return None

    def spans(self, toks: list[Tok], i: int, j: int, *categories: str) -> bool:
        """Is ``toks[i:j]`` exactly a phrase of ``categories``? Unlike ``match`` a shorter
        phrase counts though a longer one starts there too ("depuis" before "le 2 octobre",
        while "depuis le" is a phrase of its own)."""
        if j > len(toks) or i >= j:
            return False
        by_category = self._index.get(toks[i].low)
        if by_category is None:
            return False
        words = tuple(t.low for t in toks[i + 1 : j])
        return any(tail == words for cat in categories for tail, _, _ in by_category.get(cat, ()))

    def is_core(self, tok: Tok) -> bool:
        """Could ``tok`` be the head of a time expression (a digit run, or a word every phrase of
        some value-carrying category needs)? Every match holds at least one such token."""
        return tok.digits > 0 or tok.low in self.core_words

    def is_first_token(self, low: str) -> bool:
        return low in self._index

    def may_open(self, low: str) -> bool:
        """Does ``low`` start a phrase that can open an expression (not only a suffix such as
        "'s", "th", "г.", which follows a number)?"""
        return any(cat not in _TRAILING for cat in self._index.get(low, ()))


class TextLexicon(DateLexicon):
    """A lexicon bound to the tokens of one text: each token's phrase entries are looked up
    once, so the grammar's many "does a phrase of C start here?" questions about ordinary words
    and numbers (most of them) cost one list index instead of a dictionary search."""

    __slots__ = ("_at", "_toks")

    def __init__(self, lex: DateLexicon, toks: list[Tok]) -> None:
        for f in fields(DateLexicon):
            setattr(self, f.name, getattr(lex, f.name))
        self._toks = toks
        self._at = [self._index.get(t.low) for t in toks]

    def match(self, toks: list[Tok], i: int, *categories: str) -> tuple[int, str, Any] | None:
        if toks is self._toks and (i >= len(toks) or self._at[i] is None):
            return None
        return DateLexicon.match(self, toks, i, *categories)

    def has(self, toks: list[Tok], i: int, *categories: str) -> int | None:
        if toks is self._toks and (i >= len(toks) or self._at[i] is None):
            return None
        m = DateLexicon.match(self, toks, i, *categories)
        return None if m is None else m[0]

    def ends_before(self, toks: list[Tok], j: int, *categories: str) -> int | None:
        if toks is not self._toks:
            return DateLexicon.ends_before(self, toks, j, *categories)
        for n in range(1, 6):
            i = j - n
            if i < 0:
                break
            if i >= len(toks) or self._at[i] is None:
                continue
            if self.spans(toks, i, j, *categories):
                return i
        return None


# Categories that only ever follow a number, never open an expression.
_TRAILING = frozenset({"ordinal_suffixes", "year_suffixes", "decade_after"})

_SIMPLE_LISTS = (
    "articles",
    "since_after",
    "until_after",
    "list_links",
    "fiscal_year_words",
    "weekend_of",
    "ordinal_suffixes",
    "connectors",
    "year_cues",
    "count_cues",
    "year_suffixes",
    "ago_after",
    "ago_before",
    "later",
    "earlier",
    "from_now",
    "range_links",
    "date_in_year",
    "now_words",
    "centuries",
    "year_words",
    "since",
    "until",
    "before",
    "after",
    "first_n",
    "last_n",
    "of",
    "this_year",
    "decade_before",
    "decade_after",
    "night_of",
    "night_into",
    "vague_numbers",
    "later_before",
    "night_links",
    "night_after",
    "not_dates",
    "month_prefixes",
    "to_date",
    "number_links",
    "hundred_word",
    "thousand_word",
    "zero_words",
    "day_articles",
    "month_number_links",
    "in_future",
    "offset_from",
    "offset_before",
    "week_of",
    "week_from",
    "week_number",
    "post_modifiers_past",
    "post_modifiers_next",
    "week_day_links",
    "day_cues",
    "decade_articles",
    "within",
    "more_than",
    "less_than",
    "same",
    "month_cues",
    "contracted_articles",
    "codes_with_year",
    "plural_words",
    "approximately",
    "day_followers",
)
_NUMBERED = (
    "months",
    "weekdays",
    "numbers",
    "ordinals",
    "modifiers",
    "hundreds",
    "decade_words",
    "weekday_modifiers",
    "range_weekdays",
)
_OFFSETS = ("relative_days", "nights", "anchored_days")
_NAMED = ("units", "parts", "period_units", "period_codes", "seasons", "holidays", "current_units")


def build_lexicon(data: dict[str, Any]) -> DateLexicon:
    lex = DateLexicon(
        numeric_order=str(data.get("numeric_order", "dmy")),
        capitalised_months=bool(data.get("capitalised_months", False)),
        year_pairs=bool(data.get("year_pairs", False)),
        article_before_days=bool(data.get("article_before_days", True)),
        article_before_ordinal_days=bool(data.get("article_before_ordinal_days", True)),
        article_before_relative_units=bool(data.get("article_before_relative_units", True)),
        article_before_months=bool(data.get("article_before_months", True)),
        article_before_decades=bool(
            data.get("article_before_decades", data.get("article_before_months", True))
        ),
        article_before_seasons=bool(data.get("article_before_seasons", True)),
        decimal_comma=bool(data.get("decimal_comma", False)),
        article_kept_units=frozenset(data.get("article_kept_units") or ["day"]),
        article_kept_counted_units=frozenset(data.get("article_kept_counted_units") or ["day"]),
        article_before_parts=bool(data.get("article_before_parts", True)),
        day_dot=bool(data.get("day_dot", True)),
    )
    spellings = [
        [phrase_tokens(str(w)) for w in words] for words in (data.get("months") or {}).values()
    ]
    lex.month_abbreviations = frozenset(
        short[0]
        for words in spellings
        for short in words[1:]  # the first spelling is the month's full name
        if data.get("abbreviation_dot", True)
        and len(short) == 1
        and len(short[0]) < min(5, len(words[0][0]))
        and any(len(w) == 1 and w[0] != short[0] and w[0].startswith(short[0]) for w in words)
    )
    lex.needs_context = frozenset(phrase_tokens(w)[0] for w in data.get("needs_context", []) if w)
    for key in _SIMPLE_LISTS:
        for phrase in data.get(key, []) or []:
            lex.add(phrase, key)
    for key in _NUMBERED:
        for value, phrases in (data.get(key) or {}).items():
            for phrase in phrases:
                lex.add(phrase, key, int(value))
    for key in _OFFSETS:
        for phrase, offset in (data.get(key) or {}).items():
            lex.add(phrase, key, int(offset))
    for key in _NAMED:
        for name, phrases in (data.get(key) or {}).items():
            for phrase in phrases:
                lex.add(phrase, key, str(name))
    for key in ("relative_units", "anchored_units"):
        for phrase, (unit, shift) in (data.get(key) or {}).items():
            lex.add(phrase, key, (str(unit), int(shift)))
    for opening, link in data.get("range_pairs", []) or []:
        lex.range_pairs.append((phrase_tokens(opening), phrase_tokens(link)))
        lex.add(opening, "range_open")
    lex.core_words = frozenset(_core_words(data))
    letters = {str(w) for w in data.get("ordinal_suffixes") or [] if str(w).isalpha()}
    lex.century_suffixes = tuple(sorted(letters, key=len, reverse=True))
    return lex


# Categories whose phrases carry the value of an expression: every match of the grammar holds
# one of them (or digits); the rest (articles, links, cues, bounds, parts) only surround them.
_CORE = (
    "months",
    "weekdays",
    "ordinals",
    "units",
    "relative_days",
    "nights",
    "anchored_days",
    "relative_units",
    "anchored_units",
    "seasons",
    "holidays",
    "fiscal_year_words",
    "period_units",
    "period_codes",
    "this_year",
    "now_words",
    "centuries",
    "decade_words",
    "hundreds",
    "hundred_word",
    "thousand_word",
)


def _core_words(data: dict[str, Any]) -> set[str]:
    """One word of each value-carrying phrase: a word that is a phrase of its own ("day" in
    "the next day"), else its longest word, the one least likely to be common."""
    phrases: list[str] = []
    for key in _CORE:
        value = data.get(key) or {}
        if isinstance(value, dict):
            for k, v in value.items():
                phrases.extend(
                    [str(k)] if key in (*_OFFSETS, "relative_units", "anchored_units") else v
                )
        else:
            phrases.extend(str(w) for w in value)
    # a number word counts from two: "a"/"one" alone only counts a unit, and units are core
    for value, words in (data.get("numbers") or {}).items():
        if int(value) >= 2:
            phrases.extend(words)
    split = [toks for toks in (phrase_tokens(str(p)) for p in phrases) if toks]
    out = {toks[0] for toks in split if len(toks) == 1}
    for toks in split:
        # a phrase holding digits or a core word ("the next day") is covered already
        if not any(t[0].isdigit() or t in out for t in toks):
            out.add(max(reversed(toks), key=len))
    return out


@cache
def lexicon_for(lang: str) -> DateLexicon:
    """The compiled date vocabulary of ``lang`` (falls back to English for unknown languages)."""
    lex = build_lexicon(load_language_data(resolve_language(lang), "dates"))
    counted = load_language_data(resolve_language(lang), "quantities").get("counted") or {}
    lex.counted_nouns = frozenset(str(w).lower() for w in counted if " " not in str(w))
    lex.counted_lang = resolve_language(lang)
    return lex
