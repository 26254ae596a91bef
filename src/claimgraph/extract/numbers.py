"""Numbers as written: digit groups in every convention, spelled-out numbers, vague amounts.

``find_numbers(tokens, lang_data)`` walks the tokens once and returns ``NumberMatch`` items in
text order; ``parse_numbers(text, lang)`` is the same over raw text. What a number *means*
(unit, bound, range, date or not) is decided later in ``quantities``.

Digit groups: ``1,750`` / ``1.750`` / ``1 750`` (plain, non-breaking or thin space) / ``1.75`` /
``1,75``. A separator that repeats, or is followed by a different one, groups thousands; a single
``,`` or ``.`` followed by exactly three digits is read by the language's convention (its
``decimal`` and ``group`` data); followed by another count of digits it is a decimal mark.

Spelled-out numbers are built from the language's ``number_words`` (additive values),
``multipliers`` (hundred, dozen) and ``scales`` (thousand, million, Mrd., млн...), with
``connectors`` (and, et, y) between them; languages whose data sets ``compound_numbers`` (German)
also split one word into its parts (``fünfundzwanzig`` = fünf + und + zwanzig).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimgraph.extract import q_fractions as fractions
from claimgraph.extract import q_notation as notation
from claimgraph.extract.q_lexicon import PhraseTrie, QuantityLanguage, quantity_language
from claimgraph.extract.q_tokens import MAX_WORD, Token, tokenize

MAX_DIGITS = 18  # longer digit runs are identifiers or noise, never amounts
_MAX_GROUPS = 12


@dataclass(slots=True)
class NumberMatch:
    """A number found in the tokens ``[first, last)``."""

    first: int
    last: int
    value: float
    kind: str  # "digits", "words", "vague"
    grouped: bool = False  # written with a thousands separator
    decimal: bool = False  # written with a decimal part
    scaled: bool = False  # followed by a scale word (million, Mrd., тыс.)
    scale: float = 1.0  # the factor the scale words applied
    bound: str | None = None  # a vague amount's own bound ("hundreds" -> ">=")
    weak: bool = False  # only an article-like word ("un", "ein"): a number only in context
    negative: bool = False

    @property
    def plain_integer(self) -> bool:
        return self.kind == "digits" and not self.grouped and not self.decimal and not self.scaled


# --------------------------------------------------------------------------- digit groups


def _digit_chain(tokens: list[Token], i: int) -> tuple[list[str], list[str], list[int]]:
    """Digit groups glued by ``,`` ``.`` ``'`` or separated by one space, from token ``i``."""
    groups = [tokens[i].text]
    seps: list[str] = []
    ends = [i + 1]
    j = i + 1
    n = len(tokens)
    while j < n and len(groups) < _MAX_GROUPS:
        t = tokens[j]
        if (
            t.kind == "punct"
            and t.low in ",.'"
            and t.glued
            and j + 1 < n
            and tokens[j + 1].kind == "num"
            and tokens[j + 1].glued
        ):
            seps.append(t.low)
            groups.append(tokens[j + 1].text)
            j += 2
        elif t.kind == "num" and t.gap == " " and len(t.text) == 3:
            seps.append(" ")
            groups.append(t.text)
            j += 1
        else:
            break
        ends.append(j)
    return groups, seps, ends


def _value_of(
    groups: list[str], seps: list[str], ql: QuantityLanguage
) -> tuple[float, bool, bool] | None:
    """(value, grouped, decimal) of digit groups, or None when they do not form one number."""
    if any(len(g) > MAX_DIGITS for g in groups):
        return None
    if not seps:
        return float(groups[0]), False, False
    last = seps[-1]
    earlier = seps[:-1]
    decimal = False
    if last in ",.":
        if last in earlier:
            decimal = False  # 1,234,567: a repeated separator groups
        elif earlier:
            decimal = True  # 1.234,5 / 1 234,5: the last, different separator is decimal
        elif len(groups[-1]) != 3 or groups[0] == "0" or (len(groups[0]) > 3 and last == "."):
            # 1111.121: a group before a thousands mark has at most 3 digits ("2023,300" is a
            # comma missing its space, read apart)
            decimal = True
        else:
            decimal = last == ql.decimal and last not in ql.group
    int_groups = groups[:-1] if decimal else groups
    int_seps = earlier if decimal else seps
    if int_seps:
        if len(set(int_seps)) > 1 or (
            int_seps[0] != " " and int_seps[0] not in ql.group | {",", ".", "'"}
        ):
            return None
        western = 1 <= len(int_groups[0]) <= 3 and all(len(g) == 3 for g in int_groups[1:])
        if not western and not _indian_grouping(int_groups, int_seps):
            return None
    value = float("".join(int_groups))
    if decimal:
        value = float(f"{int(value)}.{groups[-1]}")
    return value, bool(int_seps), decimal


def _indian_grouping(groups: list[str], seps: list[str]) -> bool:
    """12,34,567 / 1,00,000: commas every two digits before the last three (lakh, crore)."""
    return (
        len(groups) >= 3
        and set(seps) == {","}
        and 1 <= len(groups[0]) <= 2
        and len(groups[-1]) == 3
        and all(len(g) == 2 for g in groups[1:-1])
    )


def _digits_at(tokens: list[Token], i: int, ql: QuantityLanguage) -> list[NumberMatch]:
    groups, seps, ends = _digit_chain(tokens, i)
    punct = [x for x in seps if x != " "]
    if len(punct) > 1 and len(set(punct)) == 1 and _value_of(groups, seps, ql) is None:
        # 192.168.1.2, 22,24,26: a dotted sequence, each group its own number
        starts = [e - 1 for e in ends]
        return [
            NumberMatch(s, e, float(g), "digits")
            for s, e, g in zip(starts, ends, groups, strict=True)
            if len(g) <= MAX_DIGITS
        ]
    for k in range(len(groups), 0, -1):
        parsed = _value_of(groups[:k], seps[: k - 1], ql)
        if parsed is not None:
            value, grouped, decimal = parsed
            return [NumberMatch(i, ends[k - 1], value, "digits", grouped=grouped, decimal=decimal)]
    return []


# --------------------------------------------------------------------------- spelled-out numbers

_NUM, _MULT, _SCALE, _CONN, _FRAC, _DEN = "num", "mult", "scale", "conn", "frac", "den"


def _word_item(tokens: list[Token], i: int, ql: QuantityLanguage) -> tuple[int, str, float] | None:
    """The longest number-word item starting at token ``i``: (index after, type, value); on a
    tie the earlier family wins (a denominator before a fraction word: "две трети" is 2/3)."""
    best: tuple[int, str, float] | None = None
    for trie_name, kind in (
        ("number_words", _NUM),
        ("multipliers", _MULT),
        ("scales", _SCALE),
        ("denominators", _DEN),
        ("fraction_words", _FRAC),
    ):
        hit = ql.trie(trie_name).match(tokens, i, ql.forms)
        if hit is not None and (best is None or hit[0] > best[0]):
            best = (hit[0], kind, float(hit[1]))
    if best is None and i < len(tokens):
        den = fractions.suffix_denominator(tokens[i], ql)
        if den is not None:
            best = (i + 1, _DEN, den)  # "veintiunavos": one derived word
    return best


def _compound_parts(word: str, lang: str) -> tuple[tuple[str, float], ...] | None:
    return _compound_cached(word, lang)


@lru_cache(maxsize=32768)
def _compound_cached(word: str, lang: str) -> tuple[tuple[str, float], ...] | None:
    """A compound number word split into items by greedy longest match (German style)."""
    morphemes = _morphemes(lang)
    longest = max((len(m) for m in morphemes), default=0)
    parts: list[tuple[str, float]] = []
    pos = 0
    while pos < len(word):
        for size in range(min(longest, len(word) - pos), 0, -1):
            piece = word[pos : pos + size]
            if piece in morphemes:
                parts.append(morphemes[piece])
                pos += size
                break
        else:
            return None
    if len(parts) < 2 or parts[-1][0] == _CONN or parts[0][0] == _CONN:
        return None
    return tuple(parts)


@lru_cache(maxsize=8)
def _morphemes(lang: str) -> dict[str, tuple[str, float]]:
    ql = quantity_language(lang)
    out: dict[str, tuple[str, float]] = {}
    for section, kind in (("number_words", _NUM), ("multipliers", _MULT), ("scales", _SCALE)):
        for word, value in (ql.data.get(section) or {}).items():
            if " " not in str(word) and "." not in str(word):
                out.setdefault(str(word).lower(), (kind, float(value)))
    for conn in ql.data.get("compound_connectors", []) or []:
        out[str(conn).lower()] = (_CONN, 0.0)
    return out


def _fits(group: float, value: float) -> bool:
    """May ``value`` be added to the running group (twenty + five yes; fifteen + five no)?"""
    if group == 0:
        return True
    if value != int(value):
        return False
    place = 10 ** len(str(int(value)))
    return group % place == 0 and group > value


class _WordNumber:
    """Accumulates number-word items: hundreds multiply the group; a scale closes it."""

    def __init__(self) -> None:
        self.parts: list[tuple[float, float]] = []  # (scale, scaled value), scales decreasing
        self.group = 0.0
        self.has_group = False
        self.items = 0
        self.only_frac = True
        self.last_kind = ""
        self.last_value = 0.0
        self.frac_scale = 0.0  # the scale a fraction after a scale was read in
        self.group_mult = 0.0  # the largest multiplier applied since the last scale

    def add(self, kind: str, value: float, reverse: bool = False, direct: bool = False) -> bool:
        """Add one item; ``direct``: no connector since the previous item ("one half")."""
        if kind == _NUM:
            if self.has_group and reverse and self.group < 10 and value % 10 == 0 and value < 100:
                self.group += value  # fünf-und-zwanzig
            elif self.has_group and not _fits(self.group, value):
                return False
            else:
                self.group += value
            self.has_group = True
            self.only_frac = False
        elif kind == _MULT:
            # "322 hundred" multiplies, "a hundred hundred" and "2022 hundred" do not
            if (
                self.has_group
                and not self.only_frac
                and (
                    self.last_kind == _MULT
                    or self.group >= 1000
                    or self.group != int(self.group)
                    or (value >= 100 and self.group_mult >= 100)
                )
            ):
                return False  # "3 hundred and 2 hundred" is two numbers, not 30,200
            head = self.group - self.last_value
            if self.has_group and self.last_kind == _NUM and value < 100 and head >= 100:
                # "three hundred and two dozens": the dozen counts the last number only (324)
                self.group = head + self.last_value * value
            else:
                self.group = (self.group if self.has_group else 1.0) * value
            self.group_mult = max(self.group_mult, value)
            self.has_group = True
            self.only_frac = False
        elif kind == _SCALE:
            if any(sc <= value for sc, _ in self.parts if sc == value):
                return False
            if self.last_kind == _FRAC and self.frac_scale:
                # "one billion and a half million": the half is of the million, not the billion
                self.group /= self.frac_scale
            smaller = sum(v for sc, v in self.parts if sc < value)
            self.parts = [(sc, v) for sc, v in self.parts if sc > value]
            base = smaller + (self.group if self.has_group else (0.0 if smaller else 1.0))
            self.parts.append((value, base * value))
            self.group = 0.0
            self.group_mult = 0.0
            self.has_group = False
            self.only_frac = False
        elif kind == _FRAC:
            if self.has_group and self.group != int(self.group):
                return False
            if direct and self.last_kind == _NUM and self.group == self.last_value < 10:
                value *= self.group  # "one half", "two million and one half": 1 x 1/2
                self.group, self.has_group = 0.0, False
            self.frac_scale = 0.0
            if self.parts and not self.has_group:
                self.frac_scale = min(sc for sc, _ in self.parts)
                value *= self.frac_scale  # "one million and a half"
            self.group += value
            self.has_group = True
        self.items += 1
        self.last_kind, self.last_value = kind, value
        return True

    @property
    def value(self) -> float:
        return sum(v for _, v in self.parts) + self.group

    def copy(self) -> _WordNumber:
        new = _WordNumber()
        new.parts = list(self.parts)
        new.group, new.has_group = self.group, self.has_group
        new.items, new.only_frac = self.items, self.only_frac
        new.last_kind, new.last_value = self.last_kind, self.last_value
        new.frac_scale, new.group_mult = self.frac_scale, self.group_mult
        return new


def _over(acc: _WordNumber, before_conn: _WordNumber | None, den: float) -> float:
    """The value of a number followed by a denominator word: "two thirds" 2/3, "twenty-three
    fifths" 23/5; after a connector the small part alone is the numerator ("one hundred and
    three quarters" 100.75, "five billion and three quarters" 5.75 billion)."""
    small = acc.value - before_conn.value if before_conn is not None else 0.0
    # only a proper fraction follows a whole ("and three quarters"); "one hundred and thirty
    # fifths" is 130/5, the connector being part of the numerator
    if before_conn is not None and before_conn.items and 0 < small < den:
        whole = before_conn.value
        frac = small / den
        if before_conn.parts and not before_conn.has_group:
            frac *= min(sc for sc, _ in before_conn.parts)
        return whole + frac
    return acc.value / den


def _small_gap(tok: Token) -> bool:
    """Words of one number are separated by spaces on one line ("fifty   two" included)."""
    return "\n" not in tok.gap and len(tok.gap) < 8 and not tok.gap.strip()


def _words_at(
    tokens: list[Token], i: int, ql: QuantityLanguage, start: _WordNumber | None = None
) -> tuple[int, float, bool] | None:
    """Longest spelled-out number from token ``i`` (optionally continuing digits: "2 million").

    Denominator words end a number as a fraction ("two thirds", "a fifth of"); a tens word
    hyphenated to one ("twenty-fifth") is an ordinal, which is no amount at all.
    """
    acc = start or _WordNumber()
    connectors = ql.words("connectors")
    # "con" joins a whole and its fraction or decimals ("veinte con tres quintos" 20.6)
    whole_part = ql.words("whole_part_words")
    # "one hundred and three quarters" is 100.75, "ciento treinta y dos quintos" 132/5
    splits = bool(ql.data.get("connector_splits_fraction", True))
    whole: tuple[int, _WordNumber] | None = None
    ambiguous = ql.words("ambiguous_one")
    compound = bool(ql.data.get("compound_numbers"))
    j = i
    end = i
    weak = False
    before_conn: _WordNumber | None = None
    joined: tuple[int, _WordNumber] | None = None
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        if j > i and not _small_gap(tok):
            break
        if acc.items and whole is None and tok.low in whole_part:
            before_conn = acc.copy()
            whole = (end, before_conn)
            j += 1
            continue
        if acc.items and (tok.low in connectors or tok.low == "-"):
            if tok.low in connectors and splits:
                before_conn = acc.copy()
            j += 1
            continue
        item = None
        if tok.kind == "word" and tok.low in ambiguous:
            # "a"/"un"/"ein": one before a multiplier, scale or denominator, else a lone (weak)
            # one; after a connector, a plain one ("vingt et un", "trois cent un")
            own = _word_item(tokens, j, ql)
            nxt = _word_item(tokens, j + 1, ql)
            if own is not None and own[1] == _FRAC:
                item = own
            elif acc.items and acc.only_frac and nxt is not None and nxt[1] in (_MULT, _SCALE):
                j += 1  # "half a million", "half a dozen"
                continue
            elif nxt is not None and nxt[1] in (_MULT, _SCALE, _DEN):
                item = (j + 1, _NUM, 1.0)
            elif acc.items and own is not None and own[1] == _NUM and _fits(acc.group, 1.0):
                item = own
            elif acc.items == 0:
                item = (j + 1, _NUM, 1.0)
                weak = True
            else:
                break
        elif tok.kind == "word":
            item = _word_item(tokens, j, ql)
        elif (
            tok.kind == "num"
            and acc.items
            and len(tok.text) <= 3
            and tok.text != "0" * len(tok.text)
            and (acc.last_kind == _MULT or (acc.last_kind == _SCALE and before_conn is None))
            and not (j + 1 < n and tokens[j + 1].glued and tokens[j + 1].low in ",.'/")
        ):
            item = (j + 1, _NUM, float(tok.text))  # "4 thousand 3 hundred and 21"
        if item is None and compound and tok.kind == "word" and len(tok.low) <= MAX_WORD:
            parts = _compound_parts(tok.low, ql.lang)
            if parts:
                trial = acc.copy()
                ok = True
                reverse = False
                for kind, value in parts:
                    if kind == _CONN:
                        reverse = True
                        continue
                    if not trial.add(kind, value, reverse):
                        ok = False
                        break
                    reverse = False
                if ok:
                    acc = trial
                    j += 1
                    end = j
                    continue
        if item is None and start is None and acc.items and tok.kind == "word":
            ordinal = ql.trie("compound_ordinals").match(tokens, j, ql.forms)
            if ordinal is not None:
                # "three twenty-firsts" 3/21; "twenty-first" alone is an ordinal, no amount
                res = _fraction_end(
                    tokens, i, j, ordinal[0], acc, before_conn, float(ordinal[1]), ql, True
                )
                if res is not None or _joiner(tokens[j - 1], ql):
                    return res  # "twenty-first", "vingt et unième": an ordinal
        if item is None:
            break
        after, kind, value = item
        if start is not None and j == i and kind not in (_MULT, _SCALE):
            break
        if kind == _DEN and acc.items == 0:
            lone = ql.trie("fraction_words").match(tokens, j, ql.forms)
            if lone is None and _scale_at(tokens, after, ql) and not _after_article(tokens, i, ql):
                lone = (after, 1.0 / value)  # "quarter million"; "the third million": ordinal
            if lone is None:
                break
            after, kind, value = lone[0], _FRAC, float(lone[1])  # "треть" alone is 1/3
        if kind == _DEN:
            return _fraction_end(tokens, i, j, after, acc, before_conn, value, ql)
        reverse = tokens[j - 1].low in ql.words("compound_connectors") if j > i else False
        # "one half" multiplies; "три с половиной", "trois et demi" are phrases that add
        direct = j > i and after == j + 1 and not _joiner(tokens[j - 1], ql)
        if kind == _NUM and j > i and tokens[j - 1].low in connectors:
            joined = (end, acc.copy())  # "3 hundred and 2 hundred": may end before "and"
        if not acc.add(kind, value, reverse, direct):
            if kind == _MULT and joined is not None and acc.last_kind == _NUM:
                end, acc = joined  # the multiplier opens a second number ("and 2 hundred")
                break
            if kind == _NUM and start is None and j > i:
                ahead = _ordinal_ahead(tokens, j, acc.value, ql)
                if ahead is not None:
                    return ahead
            den = _word_item(tokens, after, ql) if kind == _NUM and j > i else None
            if den is not None and den[1] == _DEN and tokens[j - 1].low in connectors | whole_part:
                # "one hundred and three and two thirds": a fraction after the whole
                return den[0], acc.value + value / den[2], False
            break
        j = after
        end = j
        if weak:
            if start is None and j < n and _small_gap(tokens[j]):
                ahead = _ordinal_ahead(tokens, j, 1.0, ql)  # "a twenty-first" is 1/21
                if ahead is not None:
                    return ahead
            if not _fraction_follows(tokens, j, ql):
                break
            weak = False  # "un et demi", "un et un quart": a whole and its fraction
    if acc.items == 0 or (acc.only_frac and acc.items > 1):
        return None
    if whole is not None and acc.last_kind != _FRAC:
        return whole[0], whole[1].value, False  # the part after "con" is read as decimals
    return end, acc.value, weak


def _fraction_follows(tokens: list[Token], j: int, ql: QuantityLanguage) -> bool:
    """Does a connector and a fraction below one follow at ``j`` ("et demi", "and a half")?"""
    if j >= len(tokens) or not _small_gap(tokens[j]):
        return False
    if tokens[j].low in ql.words("connectors"):
        if j + 1 >= len(tokens) or not _small_gap(tokens[j + 1]):
            return False
        part = _words_at(tokens, j + 1, ql)
        return part is not None and not part[2] and 0 < part[1] < 1
    item = _word_item(tokens, j, ql)  # "et demi" is one fraction word
    return item is not None and item[1] == _FRAC


def _fraction_end(
    tokens: list[Token],
    first: int,
    j: int,
    after: int,
    acc: _WordNumber,
    before_conn: _WordNumber | None,
    den: float,
    ql: QuantityLanguage,
    compound_only: bool = False,
) -> tuple[int, float, bool] | None:
    """A number ended by the denominator word at ``j`` ("two thirds", "one twenty-fifth");
    ``compound_only``: the word is a denominator only inside a compound ordinal ("first")."""
    if acc.items == 0 or acc.only_frac:
        return None
    for k in range(max(first + 1, j - _MAX_ORDINAL), j):
        # "one hundred thirty fifths" 100/35, "one one thousand fifths" 1/1005: the longest
        # compound ordinal after a complete numerator is the denominator
        if _joiner(tokens[k - 1], ql):
            continue
        total = _ordinal_denominator(tokens, k, j, den, ql)
        numerator = _whole(tokens, first, k, ql) if total is not None else None
        if (
            numerator is not None
            and total is not None
            and not _ordinal_use(tokens, after, ql, numerator)
        ):
            return after, numerator / total, False
    hyphen = tokens[j - 1].low == "-" and tokens[j - 1].glued and tokens[j].glued
    if compound_only or (
        hyphen and acc.last_kind == _NUM and acc.last_value % 10 == 0 and 20 <= acc.last_value < 100
    ):
        return None  # "twenty-fifth", "twenty-first": an ordinal, no amount
    if _ordinal_use(tokens, after, ql, acc.value):
        return None
    return after, _over(acc, before_conn, den), False


def _after_article(tokens: list[Token], i: int, ql: QuantityLanguage) -> bool:
    """Is token ``i`` right after an article or determiner ("the", "el", "his")?"""
    if i == 0 or not _small_gap(tokens[i]):
        return False
    prev = tokens[i - 1].low
    return prev in ql.words("stop_words") or prev in ql.words("determiners")


def _scale_at(tokens: list[Token], k: int, ql: QuantityLanguage) -> bool:
    """Does a scale word ("million", "de million") start at token ``k``?"""
    if k < len(tokens) and ql.trie("partitive").match(tokens, k, ql.forms) is not None:
        k = ql.trie("partitive").match(tokens, k, ql.forms)[0]
    return k < len(tokens) and ql.trie("scales").match(tokens, k, ql.forms) is not None


def _ordinal_use(tokens: list[Token], after: int, ql: QuantityLanguage, numerator: float) -> bool:
    """Is "one/a" + ordinal an ordinal before a noun ("a third day", "a twenty-first century")
    rather than a fraction ("a third of", "one fifth", "a fifth million")?"""
    if numerator != 1 or after >= len(tokens):
        return False
    nxt = tokens[after]
    if nxt.low == "-" and nxt.glued and after + 1 < len(tokens) and tokens[after + 1].glued:
        return True  # "a fifth-generation fighter", "a twenty-first-century army"
    return (
        nxt.kind == "word"
        and _small_gap(nxt)
        and nxt.low not in ql.words("connectors")  # "un quart et ...": no noun follows
        and nxt.low not in ql.words("stop_words")
        and ql.trie("partitive").match(tokens, after, ql.forms) is None
        and ql.trie("scales").match(tokens, after, ql.forms) is None
    )


_MAX_ORDINAL = 8  # tokens in a compound ordinal ("one thousand one hundred and twenty - fifth")


def _joiner(tok: Token, ql: QuantityLanguage) -> bool:
    return (
        tok.low == "-"
        or tok.low in ql.words("connectors")
        or tok.low in ql.words("whole_part_words")
    )


def _ordinal_item(
    tokens: list[Token], d: int, ql: QuantityLanguage
) -> tuple[int, float, bool] | None:
    """A denominator word at ``d``: (index after, value, only in a compound ordinal)."""
    item = _word_item(tokens, d, ql)
    if item is not None and item[1] == _DEN:
        return item[0], item[2], False
    hit = ql.trie("compound_ordinals").match(tokens, d, ql.forms)
    if hit is not None:
        return hit[0], float(hit[1]), True  # "first": a denominator only in "twenty-first"
    return None


def _ordinal_denominator(
    tokens: list[Token], k: int, d: int, den: float, ql: QuantityLanguage
) -> float | None:
    """The value of the compound ordinal ``tokens[k:d]`` + the ordinal at ``d`` ("twenty fifth"
    25, "one hundred and fifth" 105, "vingt et unième" 21), or None: it must open with a number
    word and its cardinal must leave room for the ordinal (thirty + five, never three + five)."""
    if not ql.data.get("ordinal_compounds"):
        return None  # Spanish "treinta quintos" is 30/5 (its ordinal is "trigésimo quinto")
    end = d
    while end > k and _joiner(tokens[end - 1], ql):
        end -= 1
    first = _word_item(tokens, k, ql) if end > k and tokens[k].kind == "word" else None
    if first is None or first[1] != _NUM:
        return None
    part = _words_at(tokens[k:end], 0, ql)
    if part is None or part[0] != end - k or part[2] or part[1] != int(part[1]):
        return None
    return part[1] + den if _fits(part[1], den) else None


def _whole(tokens: list[Token], i: int, k: int, ql: QuantityLanguage) -> float | None:
    """The value of ``tokens[i:k]`` read as one spelled-out number (an article is one)."""
    if k <= i or _joiner(tokens[k - 1], ql):
        return None
    part = _words_at(tokens[i:k], 0, ql)
    if part is None or part[0] != k - i or part[1] <= 0:
        return None
    return part[1]


def _ordinal_ahead(
    tokens: list[Token], j: int, numerator: float, ql: QuantityLanguage
) -> tuple[int, float, bool] | None:
    """A whole number ended at ``j`` and a compound ordinal opening there ("one twenty-fifth",
    "twenty twenty fifths", "one one hundred fifth"): numerator over the ordinal."""
    if j == 0 or _joiner(tokens[j - 1], ql) or numerator <= 0 or numerator != int(numerator):
        return None
    for d in range(j + 1, min(len(tokens), j + _MAX_ORDINAL)):
        if not _small_gap(tokens[d]):
            return None
        found = _ordinal_item(tokens, d, ql)
        if found is not None:
            total = _ordinal_denominator(tokens, j, d, found[1], ql)
            if total is None or _ordinal_use(tokens, found[0], ql, numerator):
                return None
            return found[0], numerator / total, False
        if not _joiner(tokens[d], ql) and (
            tokens[d].kind != "word" or _word_item(tokens, d, ql) is None
        ):
            return None
    return None


# --------------------------------------------------------------------------- all numbers


def find_numbers(
    tokens: list[Token], ql: QuantityLanguage, skip_idioms: bool = True
) -> list[NumberMatch]:
    """Every number in the tokens, in order, non-overlapping (one left-to-right pass).

    ``skip_idioms``: leave out the numbers of the language's ``idioms`` ("24 heures sur 24",
    "24/7": round the clock), which state no amount; the number layer alone keeps them."""
    out: list[NumberMatch] = []
    vague = ql.trie("vague")
    negative = ql.trie("negative")
    idioms = ql.trie("idioms") if skip_idioms else None
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if idioms and tok.kind != "punct":
            idiom = idioms.match(tokens, i, ql.forms)
            if idiom is not None and _stands_alone(tokens, i, idiom[0]):
                i = idiom[0]  # "24 heures sur 24", "24/7": round the clock, no amount
                continue
        if tok.kind == "word":
            hit = vague.match(tokens, i, ql.forms)
            if hit is not None:
                spec = hit[1] if isinstance(hit[1], dict) else {"value": hit[1]}
                out.append(
                    NumberMatch(i, hit[0], float(spec["value"]), "vague", bound=spec.get("bound"))
                )
                i = hit[0]
                continue
            neg = negative.match(tokens, i, ql.forms)
            words = _words_at(tokens, neg[0] if neg else i, ql)
            if words is not None:
                end, value, weak = words
                weak = weak and not neg  # "négatif un": no article after a sign word
                if not weak:
                    end, value = _decimal_words(tokens, end, value, ql)
                out.append(
                    NumberMatch(
                        i, end, -value if neg else value, "words", weak=weak, negative=bool(neg)
                    )
                )
                i = end
                continue
            i += 1
            continue
        if tok.kind == "punct":
            frac = notation.vulgar_fraction(tok)
            if frac is not None:
                out.append(NumberMatch(i, i + 1, frac, "digits", decimal=True))
            i += 1
            continue
        found = _digits_at(tokens, i, ql)
        if not found:
            i += 1
            continue
        if len(found) > 1:
            out.extend(found)
            i = found[-1].last
            continue
        m = found[0]
        if (
            m.last == i + 1
            and i > 0
            and tokens[i - 1].low == ql.decimal
            and tok.glued
            and (tokens[i - 1].gap or i == 1)
            and len(tok.text) <= MAX_DIGITS
        ):
            m.value, m.decimal, m.first = float("0." + tok.text), True, i - 1  # ".001 per cent"
        if not (
            notation.extend_exponent(tokens, m)
            or notation.extend_fraction(tokens, m)
            or notation.extend_glued_scale(tokens, m, ql)
        ):
            _scale_words(tokens, m, ql)
        _sign(tokens, i, m, negative, ql)
        out.append(m)
        i = m.last
    out = _fraction_of_scale(tokens, out, ql)
    return _link_fractions(tokens, out, ql) if ql.trie("fraction_links") else out


def _stands_alone(tokens: list[Token], first: int, end: int) -> bool:
    """Is ``tokens[first:end]`` not glued to digits or a slash around it ("24/7" yes,
    "24/7/2023" a date, "1/24/7" a path)?"""
    before = tokens[first - 1] if first else None
    if (
        before is not None
        and tokens[first].glued
        and (before.kind == "num" or before.low in "/.,:-")
    ):
        return False
    if end >= len(tokens) or not tokens[end].glued:
        return True
    after = tokens[end]
    if after.kind == "num" or after.low in "/-":
        return False
    return not (
        after.low in ".,:"
        and end + 1 < len(tokens)
        and tokens[end + 1].kind == "num"
        and tokens[end + 1].glued
    )


def _fraction_of_scale(
    tokens: list[Token], found: list[NumberMatch], ql: QuantityLanguage
) -> list[NumberMatch]:
    """ "a quarter of a million", "deux tiers de million", "un cuarto de millón": a fraction
    of a scale word is one amount (a partitive word and an article may stand between)."""
    partitive, articles = ql.words("partitive"), ql.words("ambiguous_one")
    out: list[NumberMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "words"
            and m.kind == "words"
            and 0 < abs(prev.value) < 1
            and _scale_only(tokens, m, articles, ql)
            and (
                m.first == prev.last  # "три четверти миллиона": a genitive, no partitive word
                or (m.first - prev.last == 1 and tokens[prev.last].low in partitive)
            )
        ):
            out[-1] = NumberMatch(
                prev.first,
                m.last,
                float(f"{prev.value * m.value:.15g}"),
                "words",
                scaled=True,
                scale=m.value,
            )
            continue
        out.append(m)
    return out


def _scale_only(
    tokens: list[Token], m: NumberMatch, articles: frozenset[str], ql: QuantityLanguage
) -> bool:
    """Is the number a scale word alone, maybe after an article ("a million", "millón")?"""
    k = m.first + 1 if tokens[m.first].low in articles else m.first
    hit = ql.trie("scales").match(tokens, k, ql.forms) if k < m.last else None
    return hit is not None and hit[0] == m.last


def _link_fractions(
    tokens: list[Token], found: list[NumberMatch], ql: QuantityLanguage
) -> list[NumberMatch]:
    """ "one over three", "1 out of 5", "un sur trois": two numbers joined as one ratio."""
    out: list[NumberMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind != "vague"
            and m.kind != "vague"
            and not m.negative
            and prev.value == int(prev.value)
            and fractions.fraction_link(tokens, prev.last, m.first, m.last, m.value, ql)
        ):
            kind = "words" if "words" in (prev.kind, m.kind) else "digits"
            value = float(f"{prev.value / m.value:.15g}")
            out[-1] = NumberMatch(
                prev.first, m.last, value, kind, decimal=True, negative=prev.negative
            )
            continue
        out.append(m)
    return out


def _scale_words(tokens: list[Token], m: NumberMatch, ql: QuantityLanguage) -> None:
    """ "2 million", "1.75 billion", "4,5 Mrd.", "3 hundred and 21", "3 dozens"."""
    # French "34 cents" is money; "322 cents", "3 cent un" multiply
    continued = 0  # > 0: the word multiplies only when the number goes on past it
    if m.last < len(tokens) and tokens[m.last].low in ql.words("money_or_multiplier_after_digits"):
        reading = _multiplies_after_digits(tokens, m, ql)
        if reading is None:
            return
        continued = m.last + 1 if reading == "continued" else 0
    acc = _WordNumber()
    acc.group, acc.has_group, acc.items, acc.only_frac = m.value, True, 1, False
    acc.last_kind, acc.last_value = _NUM, m.value
    if not m.decimal:
        words = _words_at(tokens, m.last, ql, acc)
    else:
        words = None
        hit = ql.trie("scales").match(tokens, m.last, ql.forms)
        if hit is None:
            hit = ql.trie("multipliers").match(tokens, m.last, ql.forms)
        if hit is not None:
            end, factor = hit[0], float(hit[1])
            nxt = ql.trie("scales").match(tokens, end, ql.forms)
            while nxt is not None and float(nxt[1]) > factor and _small_gap(tokens[end]):
                # "10,05 mil millones": a scale of a scale multiplies
                end, factor = nxt[0], factor * float(nxt[1])
                nxt = ql.trie("scales").match(tokens, end, ql.forms)
            words = (end, m.value * factor, False)
    if words is not None and words[0] > max(m.last, continued):
        m.scaled = True
        m.scale = words[1] / m.value if m.value else 1.0
        # 16.4 x 10^6 is 16399999.999999998 in binary floating point: keep 15 digits
        m.last, m.value = words[0], float(f"{words[1]:.15g}")


def _multiplies_after_digits(
    tokens: list[Token], m: NumberMatch, ql: QuantityLanguage
) -> str | None:
    """Is a word that is both a minor money unit and a multiplier (French "cent") a multiplier
    after the digits of ``m``? "always" when the digits are a whole number no money is written
    in minor units of ("322 cents": ``minor_units_below``); "continued" when a number goes on
    after it ("3 cent un", "3 cents et 21"); None for money ("34 cents", "14,27 cents")."""
    limit = float(ql.data.get("minor_units_below", 100))
    if not m.decimal and m.value == int(m.value) and abs(m.value) >= limit:
        return "always"
    n = len(tokens)
    j = m.last + 1
    joined = j < n and _small_gap(tokens[j]) and tokens[j].low in ql.words("connectors")
    if joined:
        j += 1
    if j >= n or not _small_gap(tokens[j]):
        return None
    if tokens[j].kind == "num":
        short = len(tokens[j].text) <= 2 and not (j + 1 < n and tokens[j + 1].glued)
        return "continued" if short else None
    if joined and tokens[j].low in ql.words("ambiguous_one"):
        return None  # "34 cents et un dollar": the article opens the next amount
    item = _word_item(tokens, j, ql) if tokens[j].kind == "word" else None
    return "continued" if item is not None and item[1] == _NUM and item[2] < 100 else None


def _decimal_words(
    tokens: list[Token], end: int, value: float, ql: QuantityLanguage
) -> tuple[int, float]:
    """ "five point five", "two hundred point zero three", "nought point eleven": a decimal
    word (``decimal_words``) then single digit words, or one number read as its digits;
    "siete con cincuenta" 7.50, "once con uno y medio" 12.5: after a ``whole_part_words`` word a
    fraction is added and a whole number is read as the decimals."""
    if value != int(value) or end + 1 >= len(tokens) or not _small_gap(tokens[end + 1]):
        return end, value
    if tokens[end].low in ql.words("whole_part_words"):
        part = _words_at(tokens, end + 1, ql)
        if part is None or part[2] or part[1] <= 0:
            return end, value
        if part[1] != int(part[1]):
            return part[0], value + part[1] * (1 if value >= 0 else -1)
        digits = str(int(part[1]))
        return part[0], value + float("0." + digits) * (1 if value >= 0 else -1)
    if tokens[end].low not in ql.words("decimal_words"):
        return end, value
    digits = ""
    k = end + 1
    while k < len(tokens) and len(digits) < MAX_DIGITS and _small_gap(tokens[k]):
        item = _word_item(tokens, k, ql) if tokens[k].kind == "word" else None
        if item is None or item[1] != _NUM or item[2] > 9 or item[2] != int(item[2]):
            break
        digits += str(int(item[2]))
        k = item[0]
    if not digits:
        whole = _words_at(tokens, end + 1, ql)
        if whole is None or whole[2] or whole[1] != int(whole[1]) or whole[1] >= 1e6:
            return end, value
        digits, k = str(int(whole[1])), whole[0]
    return k, value + float("0." + digits) * (1 if value >= 0 else -1)


def _sign(
    tokens: list[Token], i: int, m: NumberMatch, negative: PhraseTrie, ql: QuantityLanguage
) -> None:
    """A minus written before digits: "-1", "$-50.8bn", "minus 387", "minus-5"."""
    tok = tokens[i]
    prev = tokens[i - 1] if i else None
    hyphen = prev is not None and prev.low == "-" and tok.glued
    if hyphen and (
        i == 1 or prev.gap or (tokens[i - 2].kind == "punct" and tokens[i - 2].low not in "-/")
    ):
        m.negative, m.value, m.first = True, -m.value, i - 1
        return
    if prev is not None and prev.low == "-" and _alone_on_line(tokens, i - 1, m.last):
        m.negative, m.value, m.first = True, -m.value, i - 1  # "- 10 k" as a whole line
        return
    word_end = i - 1 if hyphen else i
    hit = negative.match_before(tokens, word_end, ql.forms) if word_end > 0 else None
    if hit is not None:
        m.negative, m.value, m.first = True, -m.value, hit[0]


def _alone_on_line(tokens: list[Token], sign: int, last: int) -> bool:
    """Is a minus set apart by a space ("- 10 k", "- 1 4/5") with its number the whole line?
    A list bullet ("- 10 drones were shot down") has words after its number."""
    gap = tokens[sign + 1].gap
    return (
        0 < len(gap) <= 2
        and not gap.strip()
        and (sign == 0 or "\n" in tokens[sign].gap)
        and (last == len(tokens) or "\n" in tokens[last].gap)
    )


def is_pronoun_one(tokens: list[Token], m: NumberMatch, ql: QuantityLanguage) -> bool:
    """ "the one you mentioned", "which one": a lone one after a determiner is a pronoun."""
    return (
        m.kind == "words"
        and m.last == m.first + 1
        and abs(m.value) == 1
        and m.first > 0
        and tokens[m.first - 1].low in ql.words("pronoun_determiners")
    )


def number_spans(text: str, lang: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every number in ``text``, in text order, idioms included ("24/7"
    is 24 and 7 here; ``extract_quantities`` leaves them out). A lone article ("a", "un") and
    the pronoun "one" are no numbers here."""
    ql = quantity_language(lang)
    tokens = tokenize(text, ql.elisions)
    return [
        (tokens[m.first].start, tokens[m.last - 1].end, m.value)
        for m in find_numbers(tokens, ql, skip_idioms=False)
        if not m.weak and not is_pronoun_one(tokens, m, ql)
    ]


def parse_numbers(text: str, lang: str) -> list[tuple[str, float]]:
    """(surface, value) of every number in ``text`` -- a convenience over ``number_spans``."""
    return [(text[start:end], value) for start, end, value in number_spans(text, lang)]
