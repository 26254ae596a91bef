"""What surrounds a number: currency before it, unit or counted noun after it, a rate ("per
month"), a bound ("up to", "plus de", "не менее"), and the signs that it is no amount at all
(a year, a day of the month, a clock time, a label such as "Section 3", an identifier such as
"Shahed-136"). Every lookup reads a bounded number of tokens around the number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimgraph.extract.numbers import NumberMatch
from claimgraph.extract.q_lexicon import PhraseTrie, QuantityLanguage, quantity_language
from claimgraph.extract.q_tokens import MAX_WORD, Token
from claimgraph.extract.units import (
    cased_symbols,
    currency_before,
    currency_before_glued,
    dimension_of,
    letter_symbols,
    unit_info,
    units_after,
)

COUNTED_WINDOW = 4  # words after a number searched for what it counts


@dataclass(slots=True)
class Counted:
    unit: str | None  # canonical unit (lexicon) or the noun's own singular
    first: int  # token range of the counted phrase
    last: int
    from_lexicon: bool


def currency_prefix(
    tokens: list[Token], first: int, lang: str, ql: QuantityLanguage
) -> tuple[int, str] | None:
    """A currency sign or code right before the number: (its first token, ISO code)."""
    hit = currency_before(lang).match_before(tokens, first, ql.forms)
    if hit is None:
        glued = currency_before_glued().match_before(tokens, first, ql.forms)
        if glued is None or not all(t.glued for t in tokens[glued[0] + 1 : first + 1]):
            return None
        lead = tokens[glued[0]]
        if lead.text != lead.text.upper() or (glued[0] and tokens[glued[0]].glued):
            return None
        nxt = tokens[first + 1] if first + 1 < len(tokens) else None
        if len(tokens[first].text) < 2 and not (nxt and nxt.glued and nxt.low in ".,"):
            return None  # "PS5", "PS4": consoles, not pounds
        return glued[0], str(glued[1])
    start = hit[0]
    lead = tokens[start]
    if start > 0 and lead.glued and lead.text == "$" and tokens[start - 1].kind == "word":
        # "mxn$ 15", "cad$15": an ISO code glued to the dollar sign names the dollar
        code = tokens[start - 1].text.upper()
        if (
            len(code) == 3
            and tokens[start - 1].low not in ql.words("stop_words")
            and unit_info(code).dimension == "currency"
        ):
            return start - 1, code
    if (
        lead.kind == "word"
        and not lead.text[:1].isupper()
        and lead.low in ql.words("lowercase_not_currency")
    ):
        # "a $3500" is no A$ (but still dollars); "rm" is no ringgit; "c $", "hk $" are
        if start + 1 < first:
            sign = currency_before(lang).match(tokens, first - 1, ql.forms)
            if sign is not None and sign[0] == first:
                return first - 1, str(sign[1])
        return None
    return start, str(hit[1])


@cache
def _data_trie(lang: str, section: str) -> PhraseTrie:
    """A phrase trie over a section of ``lang``'s quantity data that the shared lexicon does not
    compile."""
    ql = quantity_language(lang)
    trie = PhraseTrie(skip=frozenset(), elisions=ql.elisions)
    section_data = ql.data.get(section) or {}
    entries = (
        section_data.items()
        if isinstance(section_data, dict)
        else ((w, True) for w in section_data)
    )
    for phrase, value in entries:
        trie.add(str(phrase), value)
    return trie


_NUMBER_SECTIONS = ("number_words", "multipliers", "scales", "vague", "fraction_words")


def unit_before_partitive(
    tokens: list[Token], first: int, ql: QuantityLanguage
) -> tuple[int, str] | None:
    """A unit written before its number and joined to it by "of"/"de" ("percent of 20",
    "pourcentage de vingt"): (the phrase's first token, unit). Only when no number stands right
    before the unit word: in "5 percent of 20" the percent is 5's."""
    hit = _data_trie(ql.lang, "units_before_partitive").match_before(tokens, first, ql.forms)
    if hit is None:
        return None
    start = hit[0]
    if start > 0:
        if tokens[start - 1].kind == "num":
            return None
        for section in _NUMBER_SECTIONS:
            if ql.trie(section).match_before(tokens, start, ql.forms) is not None:
                return None
    return start, str(hit[1])


def _glued_hyphen(tokens: list[Token], k: int, kind: str = "word") -> bool:
    """Does a glued hyphen and a glued token of ``kind`` follow at ``k`` ("L-202", "t-34" with
    "num"; "six-cylinder" with "word")?"""
    return (
        k + 1 < len(tokens)
        and tokens[k].low == "-"
        and tokens[k].glued
        and tokens[k + 1].glued
        and tokens[k + 1].kind == kind
    )


def unit_after(
    tokens: list[Token], k: int, lang: str, ql: QuantityLanguage, partitive: bool = False
) -> tuple[int, str] | None:
    """A unit of measure starting at token ``k`` (or after a glued hyphen: "12-day"); with
    ``partitive``, also after "of"/"de" ("1,75 milliard de dollars", "millions of dollars")."""
    if partitive and k < len(tokens):
        hit = ql.trie("partitive").match(tokens, k, ql.forms)
        if hit is not None:
            after = hit[0]
            if after < len(tokens) and tokens[after].low in ql.words("partitive_articles"):
                after += 1  # "1/16 of a pint"
            found = unit_after(tokens, after, lang, ql)
            if found is not None:
                return found
    if k < len(tokens) and tokens[k].low == "-" and tokens[k].glued and k + 1 < len(tokens):
        k += 1
        if not tokens[k].glued:
            return None
    if k >= len(tokens) or len(tokens[k].gap) > 2 or "\n" in tokens[k].gap:
        return None
    if tokens[k].low in _BRACKETS:
        return _bracketed_unit(tokens, k, lang, ql)
    cased = cased_symbols().get(tokens[k].text)
    if cased is not None and tokens[k].text in letter_symbols() and not _letter_symbol(tokens, k):
        return None
    if cased is not None and not (
        k + 1 < len(tokens) and tokens[k + 1].glued and tokens[k + 1].kind != "punct"
    ):
        if _glued_hyphen(tokens, k + 1, "num"):
            return None  # "24703 L-202": a letter and a hyphenated number are a code
        return k + 1, cased
    hit = units_after(lang).match(tokens, k, ql.forms)
    if hit is None:
        return None
    end, code = hit
    spaced = next(
        (j for j in range(k + 1, end) if tokens[j].kind == "num" and not tokens[j].glued), None
    )
    if spaced is not None:
        # "12 m 2 dm": an exponent is glued ("m2"), a spaced digit is the next number
        hit = units_after(lang).match(tokens[k:spaced], 0, ql.forms)
        if hit is None:
            return None
        end, code = k + hit[0], hit[1]
    tok = tokens[end - 1]
    if end - k == 1 and len(tok.text) == 1 and tok.text.isupper() and not code[:1].isupper():
        return None
    # a symbol of one letter glued to letters ("5 mice") never reaches here: tokens split words
    if tok.kind == "word" and end < len(tokens) and tokens[end].glued and tokens[end].kind == "num":
        return None
    return end, str(code)


def unit_after_modifier(
    tokens: list[Token], k: int, lang: str, ql: QuantityLanguage
) -> tuple[int, str] | None:
    """A plural unit word after one lower-case modifier ("517 rushing yards", "50 previous
    years", "3 consecutive days"), for languages that set ``modifier_before_unit``."""
    if not ql.data.get("modifier_before_unit") or k + 1 >= len(tokens):
        return None
    mod = tokens[k]
    if (
        mod.kind != "word"
        or not mod.low.isalpha()
        or mod.text != mod.low
        or len(mod.gap) > 2
        or mod.low in ql.words("stop_words")
        or units_after(lang).match(tokens, k, ql.forms) is not None
        or ql.trie("counted").match(tokens, k, ql.forms) is not None
    ):
        return None
    found = unit_after(tokens, k + 1, lang, ql)
    if found is None or found[0] != k + 2:
        return None
    word = tokens[k + 1]
    if word.kind != "word" or len(word.low) < 3 or not _looks_plural(word.low, ql):
        return None
    if dimension_of(found[1]) in (None, "currency", "count"):
        return None
    return found


_CLAUSE_END = frozenset(".,;:!?)")


def _letter_symbol(tokens: list[Token], k: int) -> bool:
    """May the one-letter symbol at ``k`` ("12 C", "80 F") be read as a unit?"""
    if tokens[k].glued:
        return False
    if k + 1 >= len(tokens):
        return True
    nxt = tokens[k + 1]
    if nxt.glued:
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        return nxt.low in _CLAUSE_END and (after is None or not after.glued)
    return nxt.low in _CLAUSE_END or (nxt.kind == "word" and nxt.text == nxt.low)


_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _bracketed_unit(
    tokens: list[Token], k: int, lang: str, ql: QuantityLanguage
) -> tuple[int, str] | None:
    """A unit symbol written in brackets after its amount, as in tables: "20 (kg)", "20 [kg]".
    Only a measure spelled with two letters or more or in lower case, so "option 2 (A)" or
    "20 (AP)" stay no units."""
    if k + 1 >= len(tokens) or not tokens[k + 1].glued:
        return None
    found = unit_after(tokens, k + 1, lang, ql)
    if found is None:
        return None
    end, code = found
    inner = "".join(t.text for t in tokens[k + 1 : end])
    if (
        end >= len(tokens)
        or tokens[end].low != _BRACKETS[tokens[k].low]
        or not tokens[end].glued
        or dimension_of(code) in (None, "currency")
        or (len(inner) < 2 and not inner.islower())
    ):
        return None
    return end + 1, code


def _singular(word: str, ql: QuantityLanguage) -> str:
    irregular = ql.data.get("irregular_plurals") or {}
    if word in irregular:
        return str(irregular[word])
    if ql.lemmatize is not None:
        forms = ql.lemmatize(word)
        return forms[1] if len(forms) > 1 else forms[0]
    for ending in ql.data.get("not_plural_endings") or []:
        if word.endswith(str(ending)):
            return word
    for suffix, repl in ql.data.get("plural_rules") or []:
        if word.endswith(str(suffix)) and len(word) > max(len(str(suffix)) + 1, 3):
            return word[: len(word) - len(str(suffix))] + str(repl)
    return word


def singular_noun(word: str, lang: str) -> str:
    """The singular of a lower-case noun by ``lang``'s plural rules ("fishermen" -> "fisherman",
    "viruses" -> "virus", "cities" -> "city")."""
    return _singular(word, quantity_language(lang))


def _looks_plural(word: str, ql: QuantityLanguage) -> bool:
    if word in (ql.data.get("irregular_plurals") or {}):
        return True
    if any(word.endswith(str(e)) for e in ql.data.get("not_plural_endings") or []):
        return False
    return any(
        word.endswith(str(s)) and len(word) > len(str(s)) + 2
        for s, _ in ql.data.get("plural_rules") or []
    )


OPENING_QUOTES = frozenset('«“„"')
CLOSING_QUOTES = frozenset('»”“"')


def counted_after(
    tokens: list[Token], k: int, ql: QuantityLanguage, singular_ok: bool
) -> Counted | None:
    """The noun phrase a number counts, within a few words after token ``k``.

    A lexicon noun ("drones", "unmanned aircraft", "беспилотников") wins and gives its canonical
    unit; otherwise the first plural-looking noun (or, for ``singular_ok``, the first content
    word) gives its own singular form as the unit.
    """
    n = len(tokens)
    stop = ql.words("stop_words")
    partitive = ql.trie("partitive")
    determiners = ql.words("determiners")
    counted_trie = ql.trie("counted")
    capitalised_nouns = bool(ql.data.get("nouns_capitalised"))
    head_last = bool(ql.data.get("hyphen_compound_head_last"))
    # a collective numeral ("двоє", "пятеро") counts people: with no noun after it, persons
    collective = 0 < k <= n and tokens[k - 1].low in ql.words("collective_numbers")
    hit = partitive.match(tokens, k, ql.forms) if k < n else None
    if hit is not None:
        k = hit[0]
        while k < n and tokens[k].low in determiners:
            k += 1
    start = k
    words = 0
    weak: Counted | None = None  # a singular word, kept if no lexicon or plural noun follows
    modified = False  # a lower-case modifier opened the phrase ("eight straight World Cups")
    coordinators = ql.words("counted_coordinators")
    plain = 0  # lower-case words in a row from the start ("11 member trade agreement")
    while k < n and words < COUNTED_WINDOW:
        tok = tokens[k]
        if (k > start and (len(tok.gap) > 2 or "\n" in tok.gap)) or tok.gap.count("\n") > 1:
            break  # a paragraph break ends the phrase, even right after the number
        if tok.kind == "punct":
            if tok.low in "-/" and tok.glued and words:
                k += 1
                continue
            if k == start and tok.low in OPENING_QUOTES and k + 1 < n and tokens[k + 1].glued:
                k += 1  # "2700 «шахедів»": a nickname in quotation marks
                start = k
                continue
            break
        if tok.kind == "num":
            if tok.glued and words:  # Shahid-136/131
                k += 1
                continue
            break
        if head_last:
            compound = _hyphen_compound_head(tokens, k, ql, counted_trie)
            if compound is not None:
                unit, end, known = compound
                return Counted(unit, start, end, known)
        lex = counted_trie.match(tokens, k, ql.forms)
        if lex is not None:
            return Counted(str(lex[1]), start, lex[0], True)
        low = tok.low
        if low in coordinators and words and k + 1 < n and tokens[k + 1].kind == "word":
            # "4.3M digital and physical sales", "dozens of Kia and Hyundai vehicles"
            words += 1
            k += 1
            continue
        if low in stop or len(low) > MAX_WORD:
            break
        if ql.is_verb is not None and low.isalpha() and ql.is_verb(low):
            break  # "12 получили ранения": the count is the verb's subject, not its object
        if low.isalpha() and len(low) > 1:
            is_cap = tok.text[:1].isupper()
            if ql.is_noun is not None:
                strong = not is_cap and ql.is_noun(low)
            elif capitalised_nouns:
                strong = is_cap
            else:
                strong = (not is_cap and _looks_plural(low, ql)) or (
                    is_cap
                    and (
                        low.endswith(tuple(ql.words("capitalised_plural_endings")))
                        or (modified and _looks_plural(low, ql))
                    )
                )
            modified = modified or not is_cap
            plain += int(plain == words and not is_cap)
            if strong:
                # a plural noun ends the phrase: "5 countries sent drones" counts countries
                return Counted(_singular(low, ql), start, k + 1, False)
            if singular_ok and weak is None and not is_cap:
                weak = Counted(_singular(low, ql), start, k + 1, False)
        words += 1
        k += 1
    if collective:
        return Counted(str(ql.data.get("collective_unit", "person")), start, start, True)
    if weak is None and plain >= 3 and plain == words and _unhyphenated(tokens[start:k], ql):
        # "the 11 member trade agreement": a compound modifier that lost its hyphen, then the
        # noun it qualifies (three content words at least: "3 died last night" is no count)
        return Counted(_singular(tokens[k - 1].low, ql), start, k, False)
    return weak


_MAX_COMPOUND_PARTS = 6
_MIN_HEAD = 3  # letters of a compound's head: "Iskander-M" ends on a type letter, no noun


def _hyphen_compound_head(
    tokens: list[Token], k: int, ql: QuantityLanguage, counted_trie: PhraseTrie
) -> tuple[str, int, bool] | None:
    """A compound written with hyphens from token ``k`` whose last part is its head noun
    ("Iskander-M-Raketen" counts Raketen, "Kh-101-Marschflugkörper", "US-Soldaten"), for
    languages that set ``hyphen_compound_head_last``: (the head's unit, the compound's end,
    whether the lexicon knows the head). None when no hyphen follows token ``k`` or the last
    part is no noun (a number, a letter: "Shahed-136", "Iskander-M")."""
    e = k
    while (
        e + 2 < len(tokens)
        and (e - k) // 2 < _MAX_COMPOUND_PARTS
        and tokens[e + 1].low == "-"
        and tokens[e + 1].glued
        and tokens[e + 2].glued
        and tokens[e + 2].kind in ("word", "num")
    ):
        e += 2
    head = tokens[e]
    if e == k or head.kind != "word" or not head.low.isalpha() or len(head.low) < _MIN_HEAD:
        return None
    lex = counted_trie.match(tokens, e, ql.forms)
    if lex is not None and lex[0] == e + 1:
        return str(lex[1]), e + 1, True
    whole = counted_trie.match(tokens, k, ql.forms)
    if whole is not None and whole[0] == e + 1:
        return str(whole[1]), e + 1, True  # a compound the lexicon lists whole
    if not head.text[:1].isupper():
        return None
    return _singular(head.low, ql), e + 1, False


def _unhyphenated(words: list[Token], ql: QuantityLanguage) -> bool:
    """Do ``words`` read as a compound noun phrase rather than a verb phrase ("played really
    well")? Languages that allow the reading list endings of verbs and adverbs that forbid it
    (``unhyphenated_compounds: {not_first: [...], not_any: [...]}``)."""
    spec = ql.data.get("unhyphenated_compounds") or {}
    if not spec:
        return False
    if words[0].low.endswith(tuple(str(e) for e in spec.get("not_first") or [])):
        return False
    return not any(w.low.endswith(tuple(str(e) for e in spec.get("not_any") or [])) for w in words)


def noun_before_or(
    tokens: list[Token], first: int, lang: str, ql: QuantityLanguage
) -> tuple[str, Counted | None] | None:
    """ "a day or two", "another pick or two": a number after "or" and a singular noun with its
    article (``one_or_articles``) counts that noun: (unit, counted phrase or None for a unit
    of measure)."""
    articles = ql.words("one_or_articles")
    j = first - 2
    if not articles or j < 1 or tokens[first - 1].low not in ql.words("counted_coordinators"):
        return None
    if tokens[j].kind != "word" or tokens[j - 1].low not in articles:
        return None
    unit = unit_after(tokens, j, lang, ql)
    if unit is not None:
        return (unit[1], None) if unit[0] == first - 1 else None
    lex = ql.trie("counted").match(tokens, j, ql.forms)
    if lex is not None:
        return (str(lex[1]), Counted(str(lex[1]), j, j + 1, True)) if lex[0] == j + 1 else None
    low = tokens[j].low
    if not low.isalpha() or low in ql.words("stop_words") or tokens[j].text != low:
        return None
    return low, Counted(low, j, j + 1, False)


def suspended_hyphen(tokens: list[Token], k: int, ql: QuantityLanguage) -> int | None:
    """The hyphen of the last member a suspended one shares its word with ("four-, five- and
    six-cylinder", "5- and 10-year"): token ``k`` is the suspended hyphen; links between the
    members are ``hyphen_compound_links``."""
    links = ql.words("hyphen_compound_links")
    n = len(tokens)
    if not links or k + 1 >= n or tokens[k].low != "-" or not tokens[k].glued:
        return None
    if tokens[k + 1].glued and tokens[k + 1].kind == "word":
        return None  # not suspended: "six-cylinder"
    for j in range(k + 1, min(n, k + 12)):
        tok = tokens[j]
        if tok.low == "-" and tok.glued and j + 1 < n and tokens[j + 1].glued:
            return j
        is_number = tok.kind == "num" or ql.trie("number_words").match(tokens, j, ql.forms)
        if not (tok.low in links or tok.low == "-" or is_number):
            return None
    return None


def hyphen_compound(tokens: list[Token], k: int, ql: QuantityLanguage) -> Counted | None:
    """ "six-cylinder engine", "a three-point shot": the noun hyphenated right after a number
    (token ``k`` is the hyphen), itself followed by the noun it qualifies, is what the number
    counts. A suspended hyphen ("four-, five- and six-cylinder") shares the noun of the last
    member. Languages list the words that may join suspended members in
    ``hyphen_compound_links``; without it the rule is off."""
    n = len(tokens)
    if not ql.words("hyphen_compound_links") or k + 1 >= n:
        return None
    if tokens[k].low != "-" or not tokens[k].glued:
        return None
    j = k
    if not (tokens[k + 1].glued and tokens[k + 1].kind == "word"):
        shared = suspended_hyphen(tokens, k, ql)
        if shared is None:
            return None
        j = shared
    word = j + 1
    if word >= n or tokens[word].kind != "word" or not tokens[word].glued:
        return None
    low = tokens[word].low
    if not low.isalpha() or len(low) < 2 or (len(low) < 4 and low in ql.words("stop_words")):
        return None  # "two-to-three", "one-on-one"; "three-point" is a noun
    after = word + 1
    if after >= n or tokens[after].kind != "word" or tokens[after].glued:
        return None  # "a three-pointer.", "a 2-1 win": no noun qualified
    if tokens[after].low in ql.words("stop_words"):
        return None
    return Counted(_singular(low, ql), word, word + 1, False)


def times_unit(
    tokens: list[Token], num_first: int, k: int, ql: QuantityLanguage
) -> tuple[int, str] | None:
    """ "51 times": strikes after a strike verb ("bombed 51 times"), else plain occurrences."""
    hit = ql.trie("times").match(tokens, k, ql.forms) if k < len(tokens) else None
    if hit is None:
        return None
    verbs = ql.trie("strike_verbs")
    for back in range(max(0, num_first - 3), num_first):
        if verbs.match(tokens, back, ql.forms) is not None:
            return hit[0], "strike"
    return hit[0], str(hit[1])


def rate_after(
    tokens: list[Token], k: int, lang: str, ql: QuantityLanguage
) -> tuple[int, str] | None:
    """ "per month", "a day", "par mois", "в месяц": (index after, denominator unit)."""
    if k >= len(tokens):
        return None
    hyphened = _glued_hyphen(tokens, k)
    if hyphened:
        k += 1  # "a 52,000 barrel-a-day refinery"
    hit = ql.trie("rates").match(tokens, k, ql.forms)
    if hit is None:
        return None
    after, kind = hit
    if hyphened and _glued_hyphen(tokens, after):
        after += 1
    unit = units_after(lang).match(tokens, after, ql.forms) if after < len(tokens) else None
    if unit is not None:
        code = str(unit[1])
        if kind == "time" and unit_info(code).dimension != "duration":
            return None
        if unit[0] < len(tokens) and tokens[unit[0]].low in ql.words("rate_blockers"):
            return None  # "a year earlier" is a time, not a rate
        return unit[0], code
    if after >= len(tokens):
        return None
    if kind == "unit" and tokens[after].low in ql.words("article_rate_nouns"):
        return after + 1, tokens[after].low  # "40 cents a share", "$5 a head"
    if kind != "any":
        return None
    noun = counted_after(tokens, after, ql, singular_ok=True)
    if noun is None or noun.first != after:
        return None
    return noun.last, noun.unit or tokens[after].low


ASIDE_WINDOW = 12  # tokens inside brackets skipped to read a rate after them


def rate_after_aside(
    tokens: list[Token], k: int, lang: str, ql: QuantityLanguage
) -> tuple[int, str] | None:
    """A rate after a bracketed aside that follows the amount ("9 billion shekels ($2.408
    billion) a year"): (index after the rate, denominator unit)."""
    if k >= len(tokens) or tokens[k].low != "(":
        return None
    for j in range(k + 1, min(len(tokens), k + ASIDE_WINDOW)):
        low = tokens[j].low
        if low == ")":
            return rate_after(tokens, j + 1, lang, ql)
        if low in "(;!?" or (low == "." and j + 1 < len(tokens) and not tokens[j + 1].glued):
            return None
    return None


def age_cue_before(tokens: list[Token], first: int, ql: QuantityLanguage) -> bool:
    """A word that makes a duration someone's age: "aged", "a/avait" (avoir), "tiene/cumplió",
    right before the number or before a bound on it ("elle a plus de 60 ans"), with at most two
    adverbs between ("j'ai seulement 29 ans", "tenía tan solo diez meses")."""
    cues = ql.trie("age_cues")
    if not cues:
        return False
    bound = bound_before(tokens, first, ql)
    blockers = ql.words("age_cue_blockers")
    adverbs = ql.words("age_cue_adverbs")
    low = _range_low(tokens, first, ql)
    if low is not None:
        # "il a environ 40 - 50 ans": the cue stands before the range's low end
        first, bound = low, bound_before(tokens, low, ql)
    for k in (first,) if bound is None else (first, bound[0]):
        for _ in range(2):
            if k > 0 and tokens[k - 1].low in adverbs:
                k -= 1
        hit = cues.match_before(tokens, k, ql.forms)
        if hit is not None and not (hit[0] > 0 and tokens[hit[0] - 1].low in blockers):
            return True
    return False


def _range_low(tokens: list[Token], first: int, ql: QuantityLanguage) -> int | None:
    """The token of a range's low end when ``first`` is its high end after a bare separator
    ("40 - 50", "40 à 50"), else None."""
    if first < 2 or tokens[first - 2].kind != "num":
        return None
    low = tokens[first - 1].low
    return first - 2 if any(not r.start and r.sep == (low,) for r in ql.ranges) else None


_COMPARISON_SIGNS = frozenset("<>=≤≥")


def bound_before(tokens: list[Token], first: int, ql: QuantityLanguage) -> tuple[int, str] | None:
    if (
        first >= 2
        and tokens[first - 1].low == "-"
        and tokens[first - 1].glued
        and tokens[first].glued
        and tokens[first - 2].low in ql.words("number_prefixes")
    ):
        first -= 1  # "sub-7 nanometer": the prefix's hyphen stands between bound and number
    hit = ql.trie("bounds_before").match_before(tokens, first, ql.forms)
    if hit is None:
        return None
    k = hit[0]
    if (
        k > 0
        and tokens[k].low in _COMPARISON_SIGNS
        and tokens[k].glued
        and tokens[k - 1].low in _COMPARISON_SIGNS
    ):
        return None  # "<>30" is "not equal", "=>30" an arrow: a sign glued to another is no bound
    return hit[0], str(hit[1])


def bound_after(tokens: list[Token], k: int, ql: QuantityLanguage) -> tuple[int, str] | None:
    hit = ql.trie("bounds_after").match(tokens, k, ql.forms) if k < len(tokens) else None
    return None if hit is None else (hit[0], str(hit[1]))


# --------------------------------------------------------------------------- not amounts


def is_identifier(tokens: list[Token], m: NumberMatch, ql: QuantityLanguage) -> bool:
    """Digits glued to letters or hyphenated to a name: MH17, Shahed-136, COVID-19, 1990s, 3D."""
    if m.kind != "digits":
        return False
    i = m.first
    tok = tokens[i]
    if tok.glued and i > 0:
        prev = tokens[i - 1]
        if prev.kind == "word" or prev.low == "#":
            return True
        if prev.low == "+" and (_hyphen_chain(tokens, i) or len(tok.text) > 6):
            return True
        before = tokens[i - 2] if i > 1 else None
        if prev.glued and before is not None:
            if prev.low == "-" and before.kind == "word":
                # Shahed-136, F-16; "sub-7 nanometer" is a bound (``number_prefixes``)
                return before.low not in ql.words("number_prefixes")
            if prev.low == "/" and before.kind == "num":
                return True  # 136/131, 24/7
            if prev.low == "-" and before.kind == "num" and _hyphen_chain(tokens, i):
                return True  # 222-2222-2222
            if prev.low == "-" and before.kind == "num" and _glued_to_word(tokens, i - 2):
                return True  # "scp2-173m", "A4-300": a code's letters, digits, dash
    if tok.low == "-" and i > 0 and not tok.glued and i + 1 < len(tokens) and tokens[i + 1].glued:
        before = tokens[i - 1]
        if before.kind == "word" and len(before.text) > 1 and before.text.isupper():
            return True  # "COVID -19": an acronym's number written apart from its hyphen
    return False


def _glued_to_word(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i].glued and tokens[i - 1].kind == "word"


def _hyphen_chain(tokens: list[Token], i: int) -> bool:
    """Is number token ``i`` part of three or more numbers glued by hyphens (a phone number)?"""
    before = i > 3 and tokens[i - 3].low in "-+" and tokens[i - 3].glued is not None
    after = (
        i + 2 < len(tokens)
        and tokens[i + 1].low == "-"
        and tokens[i + 1].glued
        and tokens[i + 2].kind == "num"
        and tokens[i + 2].glued
    )
    return before or after


def is_ordinal_or_glued_word(
    tokens: list[Token], m: NumberMatch, lang: str, ql: QuantityLanguage
) -> bool:
    """ "21st", "1990s", "4G": letters glued after digits that are no unit or scale."""
    if m.kind != "digits" or m.last >= len(tokens):
        return False
    nxt = tokens[m.last]
    if not nxt.glued or nxt.kind != "word":
        return False
    if nxt.low in ql.words("ordinal_suffixes"):
        return True
    if nxt.text in cased_symbols() and nxt.text not in letter_symbols():
        return False  # "100t", "5mV": a symbol whose case is its meaning
    return units_after(lang).match(tokens, m.last, ql.forms) is None and (
        ql.trie("times").match(tokens, m.last, ql.forms) is None
    )


def is_clock_or_label(tokens: list[Token], m: NumberMatch, ql: QuantityLanguage) -> bool:
    """10:30, 3 p.m., "Section 3", "No. 5", "page 12"."""
    n = len(tokens)
    if m.kind == "digits":
        if (
            m.last + 1 < n
            and tokens[m.last].low == ":"
            and tokens[m.last].glued
            and tokens[m.last + 1].kind == "num"
        ):
            return True
        if (
            m.first >= 2
            and tokens[m.first - 1].low == ":"
            and tokens[m.first].glued
            and tokens[m.first - 2].kind == "num"
        ):
            return True
        if m.last < n and tokens[m.last].low in ql.words("time_markers"):
            return True
    k = m.first - 1
    if k >= 0 and tokens[k].low in ".#:":
        k -= 1
    labels = ql.words("labels")
    if k >= 0 and any(f in labels for f in ql.forms(tokens[k])):
        return m.kind == "digits"
    if m.kind == "digits" and m.plain_integer and m.last < n:
        # "the 90049 ZIP code": a noun after the digits that makes them a code
        return _data_trie(ql.lang, "labels_after").match(tokens, m.last, ql.forms) is not None
    return False


def is_period_fraction(tokens: list[Token], m: NumberMatch, ql: QuantityLanguage) -> bool:
    """ "this half", "the first half of 2024": a fraction word after an ordinal or a
    demonstrative names a part of a period, not an amount (``period_fraction_before``)."""
    return (
        m.kind != "digits"
        and m.last - m.first == 1
        and m.first > 0
        and tokens[m.first].low in ql.words("period_fractions")
        and tokens[m.first - 1].low in ql.words("period_fraction_before")
    )


def is_date_part(tokens: list[Token], m: NumberMatch, ql: QuantityLanguage) -> bool:
    """A day of the month or a year next to a month name ("10 December", "May 2022", "10 декабря")."""
    if not m.plain_integer:
        return False
    months = ql.trie("months")
    k = m.last
    if k < len(tokens) and tokens[k].low == "." and tokens[k].glued:
        k += 1
    if k < len(tokens) and tokens[k].low in ql.words("date_links"):
        k += 1  # "10 de diciembre"
    if k < len(tokens) and months.match(tokens, k, ql.forms) is not None:
        return m.value <= 31 or 1000 <= m.value <= 2100
    j = m.first
    if j > 0 and tokens[j - 1].low in ".," and j > 1:
        j -= 1
    return months.match_before(tokens, j, ql.forms) is not None and (
        m.value <= 31 or 1000 <= m.value <= 2100
    )


def is_address(tokens: list[Token], k: int, ql: QuantityLanguage) -> bool:
    """A house number: capitalised words (or an ordinal) then a street word after token ``k``
    ("49 Zorro Ranch Road", "9 E 71st St", "16-18 Industrial Avenue")."""
    streets = ql.words("street_words")
    if not streets:
        return False
    for j in range(k, min(k + 6, len(tokens))):
        tok = tokens[j]
        if j > k and tok.gap.strip():
            return False
        if tok.kind == "word" and tok.text[:1].isupper():
            if tok.low in streets and (j > k or _capitalised_word(tokens, j + 1)):
                return True  # "49 Zorro Ranch Road"; "22 Ave Foch" names the street after
            continue
        if tok.kind == "num" or (tok.kind == "word" and tok.glued):
            continue  # "71st"
        return False
    return False


def _capitalised_word(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper()


def looks_like_year(m: NumberMatch) -> bool:
    return m.plain_integer and 1000 <= m.value <= 2200 and m.value == int(m.value)


def is_name_label(tokens: list[Token], m: NumberMatch) -> bool:
    """A bare number named by the word before it ("S&P 500", "Big 12", "Game 7"): a label."""
    i = m.first
    if m.kind != "digits" or i < 2:
        return False
    prev = tokens[i - 1]
    before = tokens[i - 2]
    return (
        prev.kind == "word"
        and prev.text != prev.low
        and (before.kind == "word" or before.low in "&-")
    )


def is_apposed_age(tokens: list[Token], m: NumberMatch) -> bool:
    """ "Senard, 65, now faces...": a bare number set off after a name is the person's age."""
    i = m.first
    if not m.plain_integer or not 1 <= m.value <= 120 or i < 2:
        return False
    name = tokens[i - 2]
    return (
        tokens[i - 1].low == ","
        and name.kind == "word"
        and name.text[:1].isupper()
        and m.last < len(tokens)
        and tokens[m.last].low == ","
    )
