"""Numbers written in words inside time expressions: days ("twenty second", "vingt-deux",
"veintiuno") and years ("nineteen seventy eight", "two thousand and eighteen", "deux mille
dix-huit", "dos mil dieciocho").

Words come from the language's ``dates.yaml``: ``numbers`` (0-99, compounds of a ten and a unit
are built here), ``hundreds``, ``thousands``, ``number_links`` ("and", "et", "y") and
``year_pairs`` (English reads a year as two pairs: "nineteen | seventy eight"). Each parse looks
at a bounded number of tokens, so scanning stays linear.
"""

from __future__ import annotations

from claimgraph.extract.d_lexicon import DateLexicon, Tok

Parsed = tuple[int, int] | None  # (index after the number, value)


def _word(toks: list[Tok], lex: DateLexicon, k: int, *cats: str) -> tuple[int, int] | None:
    m = lex.match(toks, k, *cats)
    return None if m is None else (m[0], int(m[2]))


def _hyphen_or_link(toks: list[Tok], lex: DateLexicon, k: int) -> int:
    if k < len(toks) and toks[k].low == "-" and toks[k].glued:
        return k + 1
    link = lex.has(toks, k, "number_links")
    return k if link is None else link


def below_hundred(toks: list[Tok], lex: DateLexicon, k: int) -> Parsed:
    """0-99 in words: "seventy eight", "vingt et un", "soixante-dix-huit", "treinta y uno"."""
    first = _word(toks, lex, k, "numbers")
    if first is None:
        return None
    end, value = first
    if value >= 20 and value % 10 == 0:
        j = _hyphen_or_link(toks, lex, end)
        nxt = _word(toks, lex, j, "numbers")
        # a unit after a ten (20 + 2); French 70 and 90 add a teen (60 + 18, 80 + 10)
        if nxt is not None and (nxt[1] < 10 or (value in (60, 80) and nxt[1] < 20)) and nxt[1]:
            return nxt[0], value + nxt[1]
    return end, value


def below_thousand(toks: list[Tok], lex: DateLexicon, k: int) -> Parsed:
    """1-999: "two hundred and sixty seven", "neuf cent", "novecientos noventa"."""
    h = _word(toks, lex, k, "hundreds")  # "cent", "cien", "novecientos" (value: hundreds)
    if h is None:
        count = below_hundred(toks, lex, k)
        if count is not None and 1 <= count[1] <= 9:
            scale = lex.has(toks, count[0], "hundred_word")
            if scale is not None:
                h = scale, count[1] * 100
        if h is None:
            return count
    end, value = h
    j = lex.has(toks, end, "number_links") or end
    rest = below_hundred(toks, lex, j)
    if rest is not None and 0 < rest[1] < 100:
        return rest[0], value + rest[1]
    return end, value


def spelled_number(toks: list[Tok], lex: DateLexicon, k: int) -> Parsed:
    """A whole number in words below 10,000 ("two thousand and twenty seven")."""
    lead = below_thousand(toks, lex, k)
    thousands = lex.has(toks, k if lead is None else lead[0], "thousand_word")
    if thousands is None:
        return lead
    value = (1 if lead is None else lead[1]) * 1000
    if value >= 10_000:
        return None
    j = lex.has(toks, thousands, "number_links") or thousands
    rest = below_thousand(toks, lex, j)
    if rest is not None and 0 < rest[1] < 1000:
        return rest[0], value + rest[1]
    return thousands, value


def spelled_year(toks: list[Tok], lex: DateLexicon, k: int) -> Parsed:
    """A year in words, 1000-2999: "two thousand and eighteen", "dos mil dieciocho", and in
    languages with ``year_pairs`` "nineteen seventy eight", "nineteen oh one", "nineteen hundred"."""
    whole = spelled_number(toks, lex, k)
    if whole is not None and 1000 <= whole[1] <= 2999 and whole[0] > k + 1:
        return whole
    if not lex.year_pairs:
        return None
    first = below_hundred(toks, lex, k)
    # "nineteen", "twenty": a pair reading stays within 1000-2099 ("twenty five nineteen" is a
    # day and a number, not the year 2519)
    if first is None or not 10 <= first[1] <= 20:
        return None
    j = first[0]
    hundred = lex.has(toks, j, "hundred_word")
    if hundred is not None:  # "nineteen hundred", "seventeen hundred (and) thirty three"
        rest = below_hundred(toks, lex, lex.has(toks, hundred, "number_links") or hundred)
        if rest is not None and 0 < rest[1] < 100:
            return rest[0], first[1] * 100 + rest[1]
        return hundred, first[1] * 100
    zero = lex.has(toks, j, "zero_words")  # "nineteen oh one"
    second = below_hundred(toks, lex, j if zero is None else zero)
    if second is None or (zero is not None and not 1 <= second[1] <= 9):
        return None
    if zero is None and second[1] < 10:
        return None
    return second[0], first[1] * 100 + second[1]
