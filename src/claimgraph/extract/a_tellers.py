"""Tellers: find the phrase naming who speaks next to a cue, type it, resolve it to a name.

No parser: a teller phrase is walked word by word away from the cue (leftwards for a subject,
rightwards after an inverted verb or "according to"), accepting capitalised words, teller words
from the language data (officials, ministry, newspaper...), a few lower-case modifiers, inner
links ("spokesman *for* the White House") and a parenthetical abbreviation, and stopping at
punctuation or a stop word. A name closed by an initial or a suffix with its dot ("Joseph R.
Biden Jr.", "the F.B.I.", data ``name_suffixes``) is walked from the word before the dot; a few
lower-case modifiers lead to a role after an inverted verb ("said Clinton's *top foreign policy*
aide Jake Sullivan"). Three language lists of ``attribution_spans.yaml`` keep a phrase to its
teller: ``addressee_links`` (an addressee skipped after an inverted verb: "a déclaré *à l'AFP*
le porte-parole"), ``medium_words`` (where the teller spoke, cut off a subject: "Ігнат *в ефірі*
заявив") and ``relative_words`` (the object of a verb in a relative clause is no teller: "qui a
démenti *l'information* a déclaré"). Long subjects and quantified tellers have modules of their
own (:mod:`a_tellers_subjects`, :mod:`a_tellers_polls`). Every walk is bounded by a fixed number
of tokens.

Wire reports in German, Russian and Ukrainian name their addressees and media in ways the walk
would take for tellers; more lists of ``attribution_spans.yaml`` keep them apart: a dative
addressee marked by its article (``dative_articles``, ``feminine_dative_articles`` before
``feminine_nouns``/``feminine_endings``: "sagte *der Zeitung*"), a known outlet read inflected
before a teller word (``outlet_addressees``: "заявил *РИА Новости* источник", "розповів
*Укрінформу* речник"), media with their links on either side of the verb (``medium_words``,
``medium_links``: "на своей странице в Facebook", "повідомили ... *в Telegram*"), a name's
particles (``name_particles``: "Ursula *von der* Leyen") and a role's complement in an oblique
case before an abbreviation (``oblique_endings``: "Голова *Харківської ОВА* Олег Синєгубов").
A teller word takes the name in quotes or the title after it ("агентство *«Интерфакс»*", "el
diario *El País*").

Pronouns ("he", "it"), definite descriptions ("the newspaper", "le journal") and bare surnames
("said Ihnat") are resolved against the tellers named earlier in the document (:class:`TellerMemory`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claimgraph.extract.a_lexicon import AttributionLexicon, phrase_tokens
from claimgraph.extract.a_tokens import Token
from claimgraph.lang import language_words, load_language_data
from claimgraph.records import Source, Span

__all__ = [
    "SpanUnion",
    "TellerMemory",
    "TellerPhrase",
    "aside_before",
    "before_addressee",
    "dative_addressee_end",
    "described_after",
    "described_before",
    "left_phrase",
    "make_source",
    "medium_before",
    "outlet_end",
    "quoted_name_before",
    "relative_words",
    "right_phrase",
    "share_before",
    "skip_medium_after",
    "with_complement",
    "with_quoted_name",
    "without_outlet_addressee",
]

MAX_PHRASE = 12
MAX_LOWER_RUN = 2


@dataclass(frozen=True, slots=True)
class TellerPhrase:
    """Tokens ``[a, b)`` naming a teller, with an optional role given in apposition."""

    a: int
    b: int
    role: tuple[int, int] | None = None


def _is_head(tok: Token, lex: AttributionLexicon) -> bool:
    return tok.is_word and (tok.is_cap or tok.low in lex.teller_heads or tok.low in lex.pronouns)


def _head_at(toks: list[Token], lo: int, j: int, lex: AttributionLexicon) -> int | None:
    """Index of the phrase's head at or just before ``j``: a closing parenthesis, or a head word
    followed by at most two lower-case modifiers ("une source anonyme", "fuentes oficiales")."""
    if j >= lo and toks[j].text == ")":
        return j
    if j - 1 >= lo and toks[j].text == "." and len(toks[j - 1].text) == 1 and toks[j - 1].is_cap:
        return j  # "the F.B.I."
    budget = lex.modifiers_after_head
    for k in range(j, max(lo - 1, j - 2 - budget), -1):
        t = toks[k]
        if _is_head(t, lex):
            return k
        if budget and t.low in lex.np_internal and t.is_word:
            continue  # "Джерело в розвідці": a complement after the head
        if t.low in lex.np_internal or t.low in lex.conjunctions:
            return None  # "criticized Rubio *for* opposing": a phrase does not end on a link
        if (
            not t.is_word
            or t.low in lex.np_stop
            or t.low in lex.complementizers
            or t.low in lex.determiners
        ):
            return None
    return None


def _linkable(tok: Token, lex: AttributionLexicon) -> bool:
    """A word that may stand before an inner link ("ministère iranien *de* la Défense")."""
    if not tok.is_word or tok.low in lex.pronouns or _stop(tok, lex):
        return False
    return _is_head(tok, lex) or lex.modifiers_after_head > 0


def _stop(tok: Token, lex: AttributionLexicon) -> bool:
    low = tok.low
    return low in lex.np_stop or low in lex.complementizers or lex.cues.match([low], 0) is not None


def title_modifiers(lang: str) -> frozenset[str]:
    """Lower-case words that may open a teller before its title ("*former* Gov. Jeb Bush"),
    from ``lang/<xx>/attribution_spans.yaml``."""
    return language_words(lang, "attribution_spans", "title_modifiers")


def name_suffixes(lang: str) -> frozenset[str]:
    """Abbreviations closing a name with their dot ("Jr.", "Inc."), from
    ``lang/<xx>/attribution_spans.yaml``."""
    return language_words(lang, "attribution_spans", "name_suffixes")


def _abbreviation_dot(toks: list[Token], lo: int, j: int, lex: AttributionLexicon) -> bool:
    """Token ``j`` is the dot of an initial or a name suffix ending a name ("R.", "Jr.")."""
    if j - 1 < lo or j >= len(toks) or toks[j].text != "." or not toks[j - 1].is_cap:
        return False
    prev = toks[j - 1].text
    return (len(prev) == 1 and prev.isalpha()) or prev.lower() in name_suffixes(lex.lang)


def left_phrase(toks: list[Token], lo: int, i: int, lex: AttributionLexicon) -> TellerPhrase | None:
    """The teller phrase ending just before token ``i`` (a subject before its verb)."""
    medium = medium_before(toks, lo, i, lex)
    if medium is not None:
        # "Речник Юрій Ігнат *в ефірі телемарафону* заявив": the teller before its medium
        return left_phrase(toks, lo, medium, lex)
    j = i - 1
    if _abbreviation_dot(toks, lo, j, lex):
        # "Joseph R. Biden Jr. said", "the F.B.I. said", "Acme Inc. said": the name before the dot
        inner = left_phrase(toks, lo, j, lex)
        return TellerPhrase(inner.a, i) if inner is not None else None
    head = _head_at(toks, lo, j, lex)
    if head is None:
        return None
    if toks[head].low in lex.pronouns and not _abbreviation_dot(toks, lo, head + 1, lex):
        return TellerPhrase(head, i) if head == j else None
    a = j
    k = head
    lower_run = 0
    while k >= lo and i - k <= MAX_PHRASE:
        t = toks[k]
        low = t.low
        if t.text == ")":
            m = k - 1
            while m >= lo and k - m <= 5 and toks[m].text != "(":
                m -= 1
            if m >= lo and toks[m].text == "(" and m > lo:
                k = m - 1
                continue
            break
        if not t.is_word:
            if low in lex.np_internal and k - 1 >= lo and toks[k - 1].is_cap and a == k + 1:
                k -= 1
                continue
            break
        if low in lex.determiners:
            if k == head:
                break
            a = k
            if k - 1 >= lo and toks[k - 1].is_word and toks[k - 1].low in lex.determiners:
                k -= 1  # "The three Democratic candidates", "all the voters", "the most"
                continue
            if low in lex.np_internal and k - 1 > lo and _linkable(toks[k - 1], lex):
                k -= 1  # "le porte-parole *des* forces armées": an article that is also a link
                continue
            if k - 1 > lo and toks[k - 1].is_word and toks[k - 1].low in lex.teller_words["outlet"]:
                k -= 1  # "el diario El País", "the newspaper The Times"
                continue
            if k - 1 > lo and toks[k - 1].low in lex.np_internal and _linkable(toks[k - 2], lex):
                k -= 1
                continue
            if (
                k - 1 > lo
                and toks[k - 1].low in lex.conjunctions
                and _is_head(toks[k - 2], lex)
                and toks[k - 2].low not in lex.pronouns
            ):
                k -= 1  # "Les économistes et les critiques", "Trump and the campaign"
                continue
            break
        if low in lex.np_internal:
            if k - 1 >= lo and _linkable(toks[k - 1], lex):
                k -= 1
                continue
            break
        if low in lex.conjunctions:
            if k - 1 >= lo and _is_head(toks[k - 1], lex) and toks[k - 1].low not in lex.pronouns:
                k -= 1
                continue
            break
        if _stop(t, lex) and not t.is_cap and k != head:
            break  # the head itself may be a cue word ("advocates", "the report")
        if low in lex.np_stop or low in lex.complementizers:
            break
        if t.is_cap or low in lex.teller_heads:
            a = k
            lower_run = 0
        else:
            lower_run += 1
            if lower_run > MAX_LOWER_RUN:
                break
            a = k
        k -= 1
    while (
        a < i
        and not toks[a].is_cap
        and toks[a].low not in lex.determiners
        and toks[a].low not in lex.teller_heads
        and toks[a].low not in title_modifiers(lex.lang)
    ):
        a += 1  # a phrase does not open on an unknown lower-case word ("*former* Gov. X" may)
    if a >= i or _object_in_relative(toks, lo, a, lex):
        return None
    a = _after_judged_statement(toks, a, i, lex)
    return TellerPhrase(a, i)


def statement_nouns(lang: str) -> frozenset[str]:
    """Nouns naming a statement that a reduced relative judges ("a claim Moscow denied")."""
    return language_words(lang, "attribution_scope", "statement_nouns")


def _after_judged_statement(toks: list[Token], a: int, i: int, lex: AttributionLexicon) -> int:
    """ "..., a claim *Moscow* disputed": a determiner and a statement noun before a name open a
    reduced relative clause; the name is the teller, the noun what it judges."""
    if (
        a + 2 < i
        and toks[a].low in lex.determiners
        and toks[a + 1].low in statement_nouns(lex.lang)
        and toks[a + 2].is_cap
    ):
        return a + 2
    return a


MAX_ADDRESSEE = 6  # tokens of an addressee after an inverted verb ("à l'agence Reuters")


def addressee_links(lang: str) -> frozenset[str]:
    """Links opening the addressee after an inverted verb (``addressee_links`` of
    ``attribution_spans.yaml``: "à", "au", "a", "al")."""
    return language_words(lang, "attribution_spans", "addressee_links")


def _after_addressee(toks: list[Token], i: int, hi: int, lex: AttributionLexicon) -> int | None:
    """The determiner opening the teller after an addressee starting at token ``i`` ("à
    l'AFP *le* porte-parole"), at most :data:`MAX_ADDRESSEE` tokens on, or None."""
    for m in range(i + 2, min(hi, i + MAX_ADDRESSEE + 1)):
        t = toks[m]
        if not t.is_word:
            return None
        prev = toks[m - 1].low
        if (
            t.low in lex.determiners
            and not t.is_cap  # "al diario *El* País": a name's article
            and prev not in lex.determiners
            and prev not in lex.np_internal
        ):
            return m
    return None


MAX_MEDIUM = 7  # tokens of a medium phrase before a verb ("в интервью телеканалу «Россия-1»")
_MEDIUM_MARKS = frozenset({"-", "«", "»", "„", "“", "”", '"'})


def medium_words(lang: str) -> frozenset[str]:
    """Words naming where a teller spoke (``medium_words`` of ``attribution_spans.yaml``:
    "эфире", "интервью"): a phrase a link opens on them is no part of the teller."""
    return language_words(lang, "attribution_spans", "medium_words")


def medium_links(lang: str) -> frozenset[str]:
    """Links opening a medium phrase besides the subject links (``medium_links`` of
    ``attribution_spans.yaml``: "*на* своей странице")."""
    return language_words(lang, "attribution_spans", "medium_links")


def medium_before(toks: list[Token], lo: int, i: int, lex: AttributionLexicon) -> int | None:
    """Start of a medium phrase right before token ``i`` (a link, at most one modifier, a word
    of :func:`medium_words` or a compound ending on one, at most :data:`MAX_MEDIUM` tokens in
    all), or None."""
    words = medium_words(lex.lang)
    if not words:
        return None
    for m in range(i - 1, max(lo, i - MAX_MEDIUM) - 1, -1):
        if not toks[m].is_word and toks[m].text not in _MEDIUM_MARKS:
            return None  # "Telegram-канале" holds its hyphen, "«Россия-1»" its quotes
        if toks[m].low in words or toks[m].low.rsplit("-", 1)[-1] in words:
            while m - 2 >= lo and toks[m - 1].text == "-" and toks[m - 2].is_word:
                m -= 2  # "в своем *Telegram-*канале": the compound's first part
            links = lex.subject_links | lex.np_internal | medium_links(lex.lang)
            for link in (m - 1, m - 2):  # "в *своем* Telegram-канале": one modifier between
                if link > lo and toks[link].is_word and toks[link].low in links:
                    return link
            return None
    return None


MAX_MEDIUM_AFTER = 4  # tokens between a medium word and the teller after it ("Укрінформу")


def skip_medium_after(toks: list[Token], i: int, hi: int, lex: AttributionLexicon) -> int:
    """After an inverted verb, the token after a medium phrase starting at token ``i`` where a
    teller word or a role follows it ("сказав *в інтерв'ю Укрінформу* речник", "заявил *в эфире
    телеканала* министр"), else ``i``."""
    words = medium_words(lex.lang)
    if not words or i + 1 >= hi:
        return i
    # the link may be skipped already with the words after a verb ("в", "в эфире")
    k = i + 1 if toks[i].low in lex.subject_links | medium_links(lex.lang) else i
    if toks[k].low not in words and toks[k].low.rsplit("-", 1)[-1] not in words:
        return i
    for m in range(k + 1, min(hi, k + 1 + MAX_MEDIUM_AFTER)):
        if not toks[m].is_word and toks[m].text not in _MEDIUM_MARKS:
            return i
        if toks[m].is_word and not toks[m].is_cap and _teller_word(toks[m].low, lex):
            return m
    return i


MAX_QUOTED_NAME = 6  # tokens of a name inside its quotes ("«Українська правда»")
_OPENING_MARKS = frozenset({"«", "„", "“", '"'})
_CLOSING_MARKS = frozenset({"»", "“", "”", '"'})


def _quoted_name_end(toks: list[Token], k: int, hi: int) -> int | None:
    """The token after a name in quotes opening at token ``k`` ("«Интерфакс»"), or None."""
    if k + 2 >= hi or toks[k].text not in _OPENING_MARKS or not toks[k + 1].is_cap:
        return None
    for m in range(k + 2, min(hi, k + 2 + MAX_QUOTED_NAME)):
        if toks[m].text in _CLOSING_MARKS:
            return m + 1
        if not toks[m].is_word and toks[m].text != "-":
            return None
    return None


def with_quoted_name(
    toks: list[Token], phrase: TellerPhrase, hi: int, lex: AttributionLexicon
) -> TellerPhrase:
    """A teller word followed by a name in quotes takes the name ("агентство *«Интерфакс»*",
    "издание «Ведомости»"), an outlet word a title opening on its article ("el diario *El
    País*")."""
    last = toks[phrase.b - 1].low
    if not _teller_word(last, lex):
        return phrase
    end = _quoted_name_end(toks, phrase.b, hi)
    if end is None and last in lex.teller_words["outlet"]:
        end = _titled_name_end(toks, phrase.b, hi, lex)
    return TellerPhrase(phrase.a, end, phrase.role) if end is not None else phrase


def _titled_name_end(toks: list[Token], k: int, hi: int, lex: AttributionLexicon) -> int | None:
    """The token after a title opening on its capitalised article at token ``k`` ("el diario
    *El País*", "le quotidien *Le Monde*"), or None."""
    if k + 1 >= hi or not toks[k].is_cap or toks[k].low not in lex.determiners:
        return None
    m = k + 1
    while m < hi and m - k <= MAX_QUOTED_NAME and toks[m].is_word and toks[m].is_cap:
        m += 1
    return m if m > k + 1 else None


def quoted_name_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """A name in quotes right before token ``i``, after a teller word or alone ("Газета
    *«Известия»* сообщила", "*«Коммерсантъ»* пишет"), or None."""
    if i - 3 < lo or toks[i - 1].text not in _CLOSING_MARKS:
        return None
    for k in range(i - 3, max(lo, i - 2 - MAX_QUOTED_NAME) - 1, -1):
        if toks[k].text in _OPENING_MARKS:
            if _quoted_name_end(toks, k, i) != i:
                return None
            before = left_phrase(toks, lo, k, lex)
            if before is not None and _teller_word(toks[k - 1].low, lex):
                return TellerPhrase(before.a, i)
            return TellerPhrase(k, i)
        if not toks[k].is_word and toks[k].text != "-":
            return None
    return None


MAX_COMPLEMENT = 4  # words of an anonymous teller's complement ("в силовых структурах")


def with_complement(
    toks: list[Token], phrase: TellerPhrase, hi: int, lex: AttributionLexicon
) -> TellerPhrase:
    """An anonymous teller takes the complement after it that one of ``complement_links`` of
    ``attribution_spans.yaml`` opens ("источник *в силовых структурах*", "джерело *в оборонному
    відомстві*"), up to punctuation, at most :data:`MAX_COMPLEMENT` words; else the phrase."""
    links = language_words(lex.lang, "attribution_spans", "complement_links")
    b = phrase.b
    if not links or b + 1 >= hi or toks[b].low not in links:
        return phrase
    last = toks[b - 1].low
    if not (last in lex.teller_words["anonymous"] or lex.looks_like_teller_word(last)):
        return phrase
    m = b + 1
    while m < hi and m - b <= MAX_COMPLEMENT and toks[m].is_word and toks[m].low not in lex.np_stop:
        m += 1
    if m == b + 1 or (m < hi and toks[m].is_word):
        return phrase  # the complement runs on: no phrase of its own
    return TellerPhrase(phrase.a, m, phrase.role)


def _teller_word(low: str, lex: AttributionLexicon) -> bool:
    """A role or a teller word, perhaps inflected ("речник", "источник", "представителя")."""
    return low in lex.teller_heads or low in lex.role_words or lex.looks_like_teller_word(low)


def before_addressee(
    toks: list[Token], phrase: TellerPhrase, lex: AttributionLexicon
) -> TellerPhrase:
    """An addressee closing a phrase after an inverted verb is no part of the teller ("a dit
    Dmitri Peskov *aux journalistes*", "a déclaré le ministre *à l'AFP*", "sagte ein Sprecher
    *der Nachrichtenagentur* Reuters"): the phrase ends before its link (``addressee_links``)
    when a teller word or a known outlet follows the link, or before a dative article
    (``dative_articles``, or ``feminine_dative_articles`` before an outlet word)."""
    links = addressee_links(lex.lang)
    datives = language_words(lex.lang, "attribution_spans", "dative_articles")
    feminine = language_words(lex.lang, "attribution_spans", "feminine_dative_articles")
    for k in range(phrase.a + 1, phrase.b - 1):
        low = toks[k].low
        if low in datives or (
            low in feminine
            and toks[k + 1].low in lex.teller_words["outlet"]
            and k + 2 < phrase.b
            and (toks[k + 2].is_cap or lex.outlet_names.match([toks[k + 2].low], 0) is not None)
        ):
            # "sagte ein Sprecher *der Nachrichtenagentur Reuters*", "sagte der Minister *dem
            # Sender* ntv": a dative, told to a named outlet ("die Chefredakteurin der Zeitung"
            # names none: a genitive)
            return TellerPhrase(phrase.a, k, phrase.role)
        if low not in links:
            continue
        m = k + 1
        if toks[m].low in lex.determiners and m + 1 < phrase.b:
            m += 1
        words = [t.low for t in toks[m : phrase.b]]
        if _teller_word(toks[m].low, lex) or lex.outlet_names.match(words, 0) is not None:
            return TellerPhrase(phrase.a, k, phrase.role)
    return phrase


MIN_INFLECTED_OUTLET = 6  # letters of a one-word outlet name read in an inflected form


@lru_cache(maxsize=16)
def _one_word_outlets(lang: str) -> tuple[str, ...]:
    """Stems of the one-word outlet names of ``lang`` long enough to be read inflected
    ("Укрінформ" -> "укрінфор", matching "Укрінформу"; "Известия" -> "извести")."""
    names = (load_language_data(lang, "attribution").get("tellers") or {}).get("outlet_names") or []
    return tuple(
        str(n).lower()[:-1]
        for n in names
        if " " not in str(n) and len(str(n)) >= MIN_INFLECTED_OUTLET
    )


def outlet_end(toks: list[Token], k: int, hi: int, lex: AttributionLexicon) -> int | None:
    """The token after a known outlet named at token ``k``, as listed or, for a one-word name,
    inflected ("*Укрінформу* речник", "*Известиям* источник"), or None."""
    if k >= hi or not toks[k].is_word:
        return None
    hit = lex.outlet_names.match([t.low for t in toks[k : min(hi, k + MAX_PHRASE)]], 0)
    if hit is not None:
        return k + hit[0]
    low = toks[k].low
    if toks[k].is_cap and any(low.startswith(stem) for stem in _one_word_outlets(lex.lang)):
        return k + 1
    return None


def without_outlet_addressee(
    toks: list[Token], phrase: TellerPhrase, lex: AttributionLexicon
) -> TellerPhrase:
    """With ``outlet_addressees`` in ``attribution_spans.yaml``, a known outlet opening the phrase
    after an inverted verb and followed by a lower-case teller word is the addressee ("заявил
    *РИА Новости* источник в силовых структурах"): the teller is what follows it."""
    if not load_language_data(lex.lang, "attribution_spans").get("outlet_addressees"):
        return phrase
    end = outlet_end(toks, phrase.a, phrase.b, lex)
    if end is None or end >= phrase.b:
        return phrase
    if end < phrase.b and toks[end].text in _CLOSING_MARKS:
        end += 1  # "«Известиям» источник": the outlet's name in quotes
    nxt = toks[end] if end < phrase.b else None
    if nxt is None or nxt.is_cap or not nxt.is_word or not _teller_word(nxt.low, lex):
        return phrase
    return TellerPhrase(end, phrase.b, phrase.role)


MAX_RELATIVE = 3  # tokens between a relative word and its verb ("qui a *démenti*")


def relative_words(lang: str) -> frozenset[str]:
    """Words opening a relative clause inside a subject (``relative_words`` of
    ``attribution_spans.yaml``: "qui", "que")."""
    return language_words(lang, "attribution_spans", "relative_words")


def _object_in_relative(toks: list[Token], lo: int, a: int, lex: AttributionLexicon) -> bool:
    """The phrase opening at ``a`` is the object of a cue verb in a relative clause, not a
    teller ("Le porte-parole qui a démenti *l'information* a déclaré", "El portavoz que
    desmintió *la información* dijo"): a cue word right before it, a relative word at most
    :data:`MAX_RELATIVE` tokens before that."""
    v = a - 1
    if v < lo or not toks[v].is_word or lex.cues.match([toks[v].low], 0) is None:
        return False
    rel = relative_words(lex.lang)
    return any(toks[m].low in rel for m in range(max(lo, v - MAX_RELATIVE), v))


MAX_DESCRIBED = 5  # words in "her younger sister", "the 46-year-old", "55 percent"


def _opens_description(tok: Token, lex: AttributionLexicon) -> bool:
    """A determiner, a possessive ("Bennett's") or a number opens a described teller."""
    return (
        tok.low in lex.determiners
        or any(tok.low.endswith(e) for e in lex.possessive_endings)
        or tok.text.isdigit()
    )


@lru_cache(maxsize=16)
def _percent_units(lang: str) -> frozenset[tuple[str, ...]]:
    """The words of a percent unit ("percent", "por ciento", "Prozent"), from the language's
    quantity data."""
    try:
        units = load_language_data(lang, "quantities").get("units") or {}
    except (FileNotFoundError, ValueError):
        return frozenset()
    return frozenset(phrase_tokens(str(k)) for k, v in units.items() if v == "percent")


def share_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """ "el 9 por ciento dijo", "9 Prozent sagten": a number and a percent unit before token
    ``i``, with the article before the number."""
    for unit in _percent_units(lex.lang):
        n = len(unit)
        k = i - n - 1
        if k < lo or not toks[k].text.isdigit():
            continue
        if tuple(t.low for t in toks[k + 1 : i]) != unit:
            continue
        if k - 1 >= lo and toks[k - 1].low in lex.determiners:
            k -= 1
        return TellerPhrase(k, i)
    return None


def described_before(
    toks: list[Token], lo: int, i: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """ "the airline said", "her advisers and allies say", "55 percent said": a phrase opened by
    a determiner, a possessive or a number whose head is a lower-case noun, before token ``i``;
    or, opening its clause, two or more lower-case words ("But hacking specialists say")."""
    share = share_before(toks, lo, i, lex)
    if share is not None:
        return share
    from claimgraph.extract.a_tellers_polls import quantified_before  # imports this module

    share = quantified_before(toks, lo, i, lex)
    if share is not None:
        return share
    j = i - 1
    if j < lo or not toks[j].is_word or toks[j].is_cap or _opens_description(toks[j], lex):
        return None
    k = j
    while k >= lo and j - k < MAX_DESCRIBED:
        t = toks[k]
        if k < j and _opens_description(t, lex):
            if k > lo and toks[k - 1].low in lex.np_stop and _mid_clause(toks, lo, k - 1, lex):
                return None  # "Trump *at the time* said": a complement, not the teller
            if _object_in_relative(toks, lo, k, lex):
                return None  # "qui a démenti *l'information* a déclaré": an object
            return TellerPhrase(k, i)  # ", while *9 percent* found": a clause opens
        if k < j and _opens_clause(toks, lo, k, lex):
            return TellerPhrase(k + 1, i) if j - k >= 2 else None
        if not t.is_word and t.text != "-":
            return None
        inner_and = t.low in lex.conjunctions and lo < k < j and toks[k - 1].is_word
        if (
            t.is_word
            and not inner_and
            and (_stop(t, lex) or t.low in lex.pronouns or t.low in lex.conjunctions)
        ):
            return None
        k -= 1
    if k < lo and j - k >= 2 and toks[lo].is_cap and not _stop(toks[lo], lex):
        return TellerPhrase(lo, i)  # "Hacking specialists say": the clause's first words
    return None


MAX_ASIDE_TELLER = 4  # words of a teller in a parenthetical ("..., former employees said, ...")
#: marks that may stand before a parenthetical teller: a comma, a dash or a closing quotation
ASIDE_OPENERS = frozenset({",", "—", "–", "”", '"', "'", "’", "»"})
#: marks that may close a parenthetical cue
ASIDE_CLOSERS = frozenset({",", ".", ";", "—", "–", "!", "?"})


def aside_before(
    toks: list[Token], lo: int, i: int, after: int, hi: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """ "Many days, *former employees* said, she ...", "“...,” *aides* said.": a bare phrase set
    off between a comma (or a closing quotation) and its cue, the cue closing the aside; token
    ``i`` opens the cue, token ``after`` follows it."""
    if after < hi and toks[after].text not in ASIDE_CLOSERS:
        return None
    k = i - 1
    while k >= lo and i - k <= MAX_ASIDE_TELLER and toks[k].is_word:
        t = toks[k]
        if _stop(t, lex) or t.low in lex.pronouns or t.low in lex.coordinators:
            return None
        k -= 1
    if k < lo or k == i - 1 or toks[k].text not in ASIDE_OPENERS:
        return None
    if not any(t.is_word for t in toks[max(lo, k - 3) : k]) and toks[k].text == ",":
        return None  # ", officials said" opening a sentence is no aside
    return TellerPhrase(k + 1, i)


def _mid_clause(toks: list[Token], lo: int, k: int, lex: AttributionLexicon) -> bool:
    """A word that is no coordinator stands before token ``k``: the link at ``k`` is inside a
    clause ("Trump *at* the time"), not opening one (", *while* 9 percent", "But *while*")."""
    return k > lo and toks[k - 1].is_word and toks[k - 1].low not in lex.coordinators


def _opens_clause(toks: list[Token], lo: int, k: int, lex: AttributionLexicon) -> bool:
    """Token ``k`` is a coordinator ("but", "and") with no word before it in the sentence."""
    if toks[k].low not in lex.coordinators:
        return False
    return all(not t.is_word for t in toks[max(lo, k - 3) : k]) and k - lo <= 3


def described_after(
    toks: list[Token], i: int, hi: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """ "..., said the host.": an article, at most a few words, then the clause ends."""
    if i >= hi or toks[i].low not in lex.determiners:
        return None
    k = i + 1
    while k < hi and k - i <= MAX_DESCRIBED and (toks[k].is_word or toks[k].text == "-"):
        if _stop(toks[k], lex) or toks[k].low in lex.pronouns:
            return None
        k += 1
    if k == i + 1 or k - i > MAX_DESCRIBED or (k < hi and toks[k].text not in ".,;:!?"):
        return None
    return TellerPhrase(i, k)


def _feminine(low: str, lang: str) -> bool:
    """A noun of the feminine gender by the lists of ``attribution_spans.yaml``
    (``feminine_nouns``, ``feminine_endings``: "Zeitung", "Presse-Agentur", "Sprecherin")."""
    return low in language_words(lang, "attribution_spans", "feminine_nouns") or low.endswith(
        tuple(language_words(lang, "attribution_spans", "feminine_endings"))
    )


def dative_addressee_end(toks: list[Token], k: int, hi: int, lex: AttributionLexicon) -> int | None:
    """Where an addressee in the dative starting at token ``k`` after a verb ends ("sagte *dem
    Sender ntv*", "sagte *der Zeitung*", "sagte *der Deutschen Presse-Agentur*"), or None.

    The case shows in the article alone: one of ``dative_articles`` ("dem", "einem"), or one of
    ``feminine_dative_articles`` ("der") before a feminine noun, which it never makes a subject
    (up to a genitive link: "der Sprecher *der Luftwaffe*" is a subject)."""
    if k >= hi or not toks[k].is_word:
        return None
    low, lang = toks[k].low, lex.lang
    dative = low in language_words(lang, "attribution_spans", "dative_articles")
    if not dative and low not in language_words(
        lang, "attribution_spans", "feminine_dative_articles"
    ):
        return None
    phrase = right_phrase(toks, k, hi, lex, loose=False)
    if phrase is None:
        return None
    if not dative:
        for m in range(k + 1, phrase.b):
            if toks[m].low in lex.np_internal:
                break
            if toks[m].is_word and _feminine(toks[m].low, lang):
                dative = True
                break
    return phrase.b if dative else None


def right_phrase(
    toks: list[Token], i: int, hi: int, lex: AttributionLexicon, *, loose: bool
) -> TellerPhrase | None:
    """The teller phrase starting at token ``i`` (after an inverted verb or "according to").

    ``loose`` (after a preposition) accepts any words up to a stop; otherwise the phrase must
    hold a capitalised word, a teller word or a pronoun.
    """
    if i >= hi or not toks[i].is_word:
        return None
    if not loose and toks[i].low in addressee_links(lex.lang):
        # "a déclaré *à l'AFP* le porte-parole": the addressee, then the teller
        after = _after_addressee(toks, i, hi, lex)
        return right_phrase(toks, after, hi, lex, loose=False) if after is not None else None
    if toks[i].low in lex.pronouns:
        # "said he." / "said he, ...", not "said it had no information"
        if loose or i + 1 >= hi or not toks[i + 1].is_word:
            return TellerPhrase(i, i + 1)
        return None
    k = i
    b = i
    seen_head = False
    lowers = 0
    while k < hi and k - i < MAX_PHRASE:
        t = toks[k]
        low = t.low
        if t.text == "(":
            m = k + 1
            while m < hi and m - k <= 5 and toks[m].text != ")":
                m += 1
            if m < hi and toks[m].text == ")":
                k = m + 1
                b = k
                continue
            break
        if not t.is_word:
            if low in lex.np_internal and k + 1 < hi and toks[k + 1].is_cap and toks[k - 1].is_cap:
                k += 1
                continue
            break
        if low in lex.np_internal and k > i and k + 1 < hi and toks[k + 1].is_word:
            k += 1  # "ein Sprecher *der* Luftwaffe", "le porte-parole *des* armées"
            continue
        if (
            low in lex.subject_links
            and k - i >= 2
            and f"{toks[k - 2].low} {toks[k - 1].low}" in lex.anonymous_markers
        ):
            # "según una fuente cercana *al* Gobierno": a link after an anonymous marker
            k += 2 if k + 1 < hi and toks[k + 1].low in lex.determiners else 1
            continue
        if low in lex.determiners:
            if k == i or toks[k - 1].low in lex.np_internal or toks[k - 1].low in lex.conjunctions:
                k += 1
                continue
            break
        if low in lex.np_internal or low in lex.conjunctions:
            if k + 1 < hi and toks[k + 1].is_word and not _stop(toks[k + 1], lex):
                k += 1
                continue
            break
        if low in lex.np_stop or low in lex.complementizers:
            break
        if k > i and _stop(t, lex) and toks[k - 1].low not in lex.determiners:
            break  # a cue word after an article is a noun: "according to *a report* in X"
        if not (t.is_cap or low in lex.teller_heads) and k > i:
            ahead = toks[k + 1 : min(hi, k + 3)]
            if any(x.low in lex.teller_heads or (x.is_cap and not seen_head) for x in ahead):
                pass  # a modifier before its head: "air force spokesman Yuriy Ihnat"
            elif _modifiers_before_head(toks, k, hi, lex):
                pass  # "Clinton's top foreign policy aide Jake Sullivan"
            elif lex.outlet_names.match([low], 0) is not None:
                pass  # "der Nachrichtenagentur dpa"
            elif seen_head and lowers < lex.modifiers_after_head:
                lowers += 1  # an adjective after its noun: "les renseignements ukrainiens"
            elif not loose or seen_head:
                break
        seen_head = seen_head or t.is_cap or low in lex.teller_heads
        k += 1
        b = k
    while b > i and (
        toks[b - 1].low in lex.np_internal
        or toks[b - 1].low in lex.determiners
        or toks[b - 1].low in lex.conjunctions
    ):
        b -= 1
    if b <= i:
        return None
    if not loose and not any(_is_head(toks[m], lex) for m in range(i, b)):
        return None
    b = _marked_aside_end(toks, b, hi, lex)
    role = _apposition(toks, b, hi, lex)
    return TellerPhrase(i, b, role)


MAX_MODIFIERS = 4  # lower-case words before a role ("top foreign policy aide")


def _modifiers_before_head(toks: list[Token], k: int, hi: int, lex: AttributionLexicon) -> bool:
    """Tokens from ``k`` are plain lower-case words, at most :data:`MAX_MODIFIERS`, then a
    role word: modifiers of that role ("top foreign policy *aide*")."""
    for m in range(k, min(hi, k + MAX_MODIFIERS + 1)):
        t = toks[m]
        if t.low in lex.role_words:
            return m > k
        if not t.is_word or t.is_cap or _stop(t, lex) or t.low in lex.np_internal:
            return False
        if t.low in lex.determiners or t.low in lex.pronouns or t.low in lex.conjunctions:
            return False
    return False


def _marked_aside_end(toks: list[Token], b: int, hi: int, lex: AttributionLexicon) -> int:
    """ "по словам источника, *близкого к Минобороны*, ...", "за словами джерела, *близького
    до* ...": after the teller and a comma, a marker pair of ``anonymous_markers`` ("близкого
    к", "знакомого с") describes the teller up to the next comma; that aside is part of its
    name. Without a comma closing it, the phrase ends at ``b``."""
    if b + 2 >= hi or toks[b].text != ",":
        return b
    if f"{toks[b + 1].low} {toks[b + 2].low}" not in lex.anonymous_markers:
        return b
    m = b + 3
    while m < hi and m - b <= MAX_PHRASE and (toks[m].is_word or toks[m].text in ("-", ".")):
        m += 1
    return m if m > b + 3 and m < hi and toks[m].text == "," else b


def _apposition(
    toks: list[Token], b: int, hi: int, lex: AttributionLexicon
) -> tuple[int, int] | None:
    """ ", deputy chief of staff of the presidency" after a name: the teller's role."""
    if b >= hi or toks[b].text != ",":
        return None
    k = b + 1
    has_role = False
    while (
        k < hi and k - b <= MAX_PHRASE and toks[k].is_word and toks[k].low not in ("who", "which")
    ):
        has_role = has_role or toks[k].low in lex.role_words
        if toks[k].low in lex.np_stop and toks[k].low not in lex.np_internal:
            break
        k += 1
    return (b + 1, k) if has_role and k > b + 1 else None


def apposition_before(
    toks: list[Token], lo: int, comma: int, lex: AttributionLexicon
) -> TellerPhrase | None:
    """ "John Kirby, spokesman for the White House, said": the name before a role in commas."""
    k = comma - 1
    has_role = False
    while k >= lo and comma - k <= 2 * MAX_PHRASE and toks[k].text != ",":
        if not toks[k].is_word and toks[k].text not in ("(", ")", "-", "."):
            return None
        has_role = has_role or toks[k].low in lex.role_words
        k -= 1
    if not has_role or k < lo or toks[k].text != ",":
        return None
    name = left_phrase(toks, lo, k, lex)
    if name is None or not toks[name.b - 1].is_cap:
        return None
    return TellerPhrase(name.a, name.b, (k + 1, comma))


# --------------------------------------------------------------------------- typing


def _head_words(words: list[str], lex: AttributionLexicon) -> list[str]:
    """The words of the phrase's head part: before its first inner link ("a source *of* X")."""
    for n, w in enumerate(words):
        if n > 0 and w in lex.np_internal and w.isalpha():
            return words[:n]
    return words


def _ends_with(words: list[str], vocabulary: frozenset[str]) -> bool:
    return any(" ".join(words[n:]) in vocabulary for n in range(max(0, len(words) - 3), len(words)))


def _contains(words: list[str], vocabulary: frozenset[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any(f" {v} " in joined for v in vocabulary)


def _after_oblique_complement(toks: list[Token], n: int, lex: AttributionLexicon) -> int:
    """Where a name starts after a role's complement in an oblique case closed by an
    abbreviation ("Голова *Харківської ОВА* Олег Синєгубов", "глава *Белгородской ОГА*"): the
    words before the abbreviation end as ``oblique_endings`` of ``attribution_spans.yaml``
    say, and capitalised words follow it; else ``n``."""
    endings = tuple(language_words(lex.lang, "attribution_spans", "oblique_endings"))
    if not endings:
        return n
    m = n
    while m < len(toks) and toks[m].is_word and toks[m].low.endswith(endings):
        m += 1
    if m == n or m + 1 >= len(toks):
        return n
    abbreviation = toks[m]
    if not (abbreviation.is_word and abbreviation.text.isupper() and len(abbreviation.text) > 1):
        return n
    rest = toks[m + 1 :]
    if all(t.is_word and t.is_cap and not t.text.isupper() for t in rest):
        return m + 1
    return n


def _particle_inside(toks: list[Token], k: int, lex: AttributionLexicon) -> bool:
    """Token ``k``, a lower-case name particle, stands between a capitalised word (perhaps after
    more particles) and the capitalised word after it ("Ursula *von* der Leyen"); the particles
    open on no article ("Sprecher *der* Bundeswehr" is a genitive)."""
    particles = language_words(lex.lang, "attribution_spans", "name_particles")
    if toks[k].is_cap or (not toks[k + 1].is_cap and toks[k + 1].low not in particles):
        return False
    m = k - 1
    while m >= 0 and toks[m].low in particles and not toks[m].is_cap:
        m -= 1
    return m >= 0 and toks[m].is_cap and toks[m].is_word and toks[m + 1].low not in lex.determiners


def _type_of(toks: list[Token], lex: AttributionLexicon) -> tuple[str, int | None]:
    """(teller type, index where a personal name starts, if the phrase ends in one)."""
    words = [
        t.low
        for t in toks
        if t.is_word and (t.low not in lex.determiners or t.low in lex.np_internal)
    ]
    if not words:
        return "group", None
    if words == [words[0]] and words[0] in lex.pronouns:
        return "person", None
    if any(lex.outlet_names.match(words, n) for n in range(len(words))):
        return "outlet", None
    head = _head_words(words, lex)
    bare = [w for w in words if w not in lex.determiners]
    if " ".join(bare) in lex.countries:
        return "government", None
    if _contains(words, lex.anonymous_markers):
        return "anonymous", None
    named = {t.low for t in toks if t.is_cap and not t.text.isupper()}
    heads = [
        head[: len(head) - m]
        for m in range(min(lex.modifiers_after_head, len(head) - 1) + 1)
        if m < 2 or not named.issuperset(head[len(head) - m :])  # "ЗСУ *Юрій Ігнат*": a name
    ]
    for kind in ("outlet", "government", "agency", "anonymous", "group", "document"):
        if any(_ends_with(h, lex.teller_words[kind]) for h in heads):
            return kind, None
    if len(head) < len(words) and head and head[-1] in lex.role_words:
        return "person", None  # "the spokesman of the Air Force": a role, no name
    caps = [t for t in toks if t.is_word]
    # a trailing run of capitalised words after a role or lower-case words is a person's name
    n = len(toks)
    particles = language_words(lex.lang, "attribution_spans", "name_particles")
    while n > 0 and (
        toks[n - 1].is_cap
        or toks[n - 1].text in ("-", ".")
        # "Ursula *von der* Leyen": particles inside a name, a capitalised word before them
        or (toks[n - 1].low in particles and n < len(toks) and _particle_inside(toks, n - 1, lex))
    ):
        n -= 1
    if n < len(toks) and all(t.is_cap or t.low in particles for t in caps[-(len(toks) - n) :]):
        # "Iranian Foreign Minister Hossein Amir-Abdollahian": the name follows the last role word
        for m in range(len(toks) - 2, n - 1, -1):
            if toks[m].low in lex.role_words or toks[m].low in lex.title_words:
                n = m + 1
                # "Пресс-секретарь Кремля Дмитрий Песков": the role's complement is not the name
                while n < len(toks) - 1 and lex.looks_like_teller_word(toks[n].low):
                    n += 1
                break
        while (
            len(toks) - n > 2
            and toks[n].is_word
            and toks[n].text.isupper()
            and len(toks[n].text) > 1
            and toks[n + 1].is_cap
            and not toks[n + 1].text.isupper()
        ):
            n += 1  # "Речник Повітряних сил ЗСУ Юрій Ігнат": the role's abbreviation, no name
        n = _after_oblique_complement(toks, n, lex)
        while n < len(toks) - 1 and not toks[n].is_word:
            n += 1  # "Sen. Bernie Sanders": the title's dot opens no name
        if (
            0 < n < len(toks)
            and toks[0].low not in lex.determiners
            and all(t.low in particles for t in toks[:n])
        ):
            n = 0  # "Von der Leyen": the particles open the name
        tail = [t.low for t in toks[n:] if t.is_word]
        if any(w in lex.teller_words[k] for w in tail for k in ("government", "agency", "outlet")):
            return "agency", None
        if len(tail) == 1 and tail[0].isupper() and len(tail[0]) > 1:
            return "agency", None
        if toks[n - 1 if n else 0].text == ")":
            return "agency", None
        return "person", n
    if _contains(words, lex.teller_words["government"]) or _contains(
        words, lex.teller_words["agency"]
    ):
        return "agency", None
    if any(w in lex.role_words for w in words):
        return "person", None
    return "group", None


def make_source(
    text: str, toks: list[Token], phrase: TellerPhrase, lex: AttributionLexicon
) -> tuple[Source, str | None]:
    """The :class:`Source` a phrase names (unresolved) and the abbreviation it defines, if any."""
    part = toks[phrase.a : phrase.b]
    alias: str | None = None
    kept: list[Token] = []
    depth = 0
    for t in part:
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            alias = t.text if alias is None else f"{alias} {t.text}"
            continue
        kept.append(t)
    kind, name_at = _type_of(kept, lex)
    full = kept
    while kept and kept[0].low in lex.definite_articles:
        kept = kept[1:]
    if not kept:
        kept = part
    role: str | None = None
    if name_at is not None and name_at > 0 and kind == "person":
        role_toks = [
            t for t in part[: len(part) - (len(part) - name_at)] if t.low not in lex.determiners
        ]
        if role_toks:
            role = text[role_toks[0].start : role_toks[-1].end]
        kept = [t for t in kept if t.start >= part[name_at].start]
    if phrase.role is not None:
        a, b = phrase.role
        role = text[toks[a].start : toks[b - 1].end]
    name = text[kept[0].start : kept[-1].end] if kept else text[part[0].start : part[-1].end]
    if kind == "outlet":
        # a known outlet keeps its own spelling, article included ("Der Spiegel", "The Cradle")
        words = [t.low for t in full]
        for n in range(len(words)):
            hit = lex.outlet_names.match(words, n)
            if hit is not None:
                name = text[full[n].start : full[n + hit[0] - 1].end]
                break
    span = Span(part[0].start, part[-1].end)
    return Source(name=" ".join(name.split()), type=kind, role=role, span=span), alias  # type: ignore[arg-type]


# --------------------------------------------------------------------------- resolution


_MEMORY_LOOKBACK = 64  # recent tellers a pronoun, description or surname may point back to


@dataclass(slots=True)
class TellerMemory:
    """The tellers named so far in one document, newest last (look-ups scan a bounded tail)."""

    seen: list[tuple[Source, int]] = field(default_factory=list)  # (source, paragraph)
    aliases: dict[str, Source] = field(default_factory=dict)

    def remember(self, source: Source, paragraph: int, alias: str | None = None) -> None:
        self.seen.append((source, paragraph))
        if alias:
            self.aliases[alias.lower()] = source

    def resolve(
        self, source: Source, words: list[str], lex: AttributionLexicon, before: int | None = None
    ) -> Source:
        """``source`` with pronouns, descriptions, surnames and abbreviations resolved; with
        ``before``, only tellers written before that offset are antecedents (a phrase resolved
        after the rest of its sentence was read never points forward)."""
        found = self._resolve(source, words, lex, before)
        if found is None:
            return source
        return replace(found, span=source.span, role=found.role or source.role)

    def _recent(self, before: int | None) -> Iterator[Source]:
        for s, _ in reversed(self.seen[-_MEMORY_LOOKBACK:]):
            if before is None or s.span is None or s.span.start < before:
                yield s

    def _resolve(
        self, source: Source, words: list[str], lex: AttributionLexicon, before: int | None
    ) -> Source | None:
        low = source.name.lower()
        if low in self.aliases:
            return self.aliases[low]
        if len(words) == 1 and words[0] in lex.pronouns:
            want = lex.pronouns[words[0]]
            for s in self._recent(before):
                if s.name.lower() in lex.pronouns:
                    continue  # an unresolved "I" or "we" is no antecedent for "he"
                if want == "person" and s.type in (
                    "person",
                    "agency",
                    "government",
                    "group",
                    "anonymous",
                ):
                    return s
                if want == "organisation" and s.type != "person":
                    return s
                if want == "plural" and s.type in ("group", "anonymous", "government", "agency"):
                    return s
            return None
        content = [w for w in words if w not in lex.determiners and w not in lex.title_words]
        if (
            len(content) == 1
            and content[0] in lex.anaphora
            and words[0] in lex.determiners
            and words[0] not in lex.indefinite_articles
        ):
            want = lex.anaphora[content[0]]
            for s in self._recent(before):
                if s.type == want or s.name.lower().split()[-1:] == content:
                    return s
            return None
        if len(content) == 1 and source.type in ("person", "agency"):
            for s in self._recent(before):
                parts = s.name.lower().split()
                if s.type == "person" and len(parts) > 1 and parts[-1] == content[0]:
                    return s
        for s in self._recent(before):
            if s.name.lower() == low and s is not source:
                return s
        return None


# --------------------------------------------------------------------------- taken spans


class SpanUnion:
    """The spans already taken by tellers, kept as their union: disjoint intervals sorted by
    start. Whether a span overlaps any taken one is one bisection, however long or nested the
    taken spans are (a look-back over the last few spans misses a long span that started before
    many short ones); adding a span merges it with the intervals it touches, each interval
    merged away once."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Some taken span shares a character with ``[start, end)``."""
        n = bisect_right(self._starts, end - 1)  # intervals starting before ``end``
        return n > 0 and self._ends[n - 1] > start

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        lo = bisect_right(self._starts, start)
        if lo > 0 and self._ends[lo - 1] > start:
            lo -= 1  # the interval before holds ``start``: merge from it
        hi = lo
        while hi < len(self._starts) and self._starts[hi] < end:
            hi += 1
        if hi > lo:
            start = min(start, self._starts[lo])
            end = max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]
