"""Partitive counts: a number that is a part of a counted whole counts what the whole counts.

Air-force summaries state parts of a whole: "shot down 34 of 40 drones", "abattu 34 des 40
drones", "34 von 40 Drohnen abgeschossen", "derribó 34 de 40 drones", "збито 34 з 40 дронів",
"сбиты 34 из 40 дронов". Only the whole is written with its noun; the part inherits the whole's
unit and counted noun. Four shapes, the words being language data (``partitive_counts``):

- part, ``links`` (maybe a determiner), whole and its noun: "34 of the 40 drones";
- ``links`` opening a clause, whole and its noun, then the part within a few tokens of the
  same sentence: "Of the 40 drones, 34 were shot down", "Загалом з 40 дронів збито 34";
- the part with its noun, ``links``, then the bare whole: "34 drones out of 40" (the whole
  counts the part's noun);
- the part next to a ``pronouns`` phrase standing for the count named just before: "launched 40
  drones; 34 of them were shot down", "dont 34", "34 davon", "з них 34".

A part never exceeds its whole, is a plain amount (no unit of its own, no range, no year) and
keeps its own span; the counted noun span is the whole's. One pass over the candidates, each
lookup bounded: linear in the text.
"""

from __future__ import annotations

from typing import Any, Protocol

from claimgraph.extract.numbers import NumberMatch
from claimgraph.extract.q_lexicon import PhraseTrie, QuantityLanguage
from claimgraph.extract.q_tokens import Token

PART_AFTER_WHOLE = 4  # tokens between the whole's noun and the part ("drones, 34 were")
PRONOUN_REACH = 40  # tokens between the count a pronoun stands for and the part
_COUNT_KINDS = ("counted", "noun")
_SENTENCE_END = frozenset(".!?;")


class _Candidate(Protocol):
    num: NumberMatch
    first: int
    last: int
    tail: int
    unit: str | None
    unit_kind: str | None
    counted: Any
    low: float | None


def _tries(ql: QuantityLanguage) -> tuple[PhraseTrie, PhraseTrie]:
    """The ``links`` and ``pronouns`` of ``partitive_counts`` as phrase tries (cached)."""
    key_links, key_pronouns = "partitive_count_links", "partitive_count_pronouns"
    if key_links not in ql.tries:
        spec = ql.data.get("partitive_counts") or {}
        skip = frozenset(str(p) for p in ql.data.get("phrase_optional_punct", ["-"]))
        for key, section in ((key_links, "links"), (key_pronouns, "pronouns")):
            ql.tries[key] = PhraseTrie(
                ((str(w), True) for w in spec.get(section, []) or []),
                skip=skip,
                elisions=ql.elisions,
            )
    return ql.tries[key_links], ql.tries[key_pronouns]


def _is_part(c: _Candidate) -> bool:
    m = c.num
    year = m.plain_integer and len(str(int(abs(m.value)))) == 4 and 1000 <= m.value <= 2100
    return (
        c.unit is None
        and c.low is None
        and m.kind != "vague"
        and not m.negative
        and not m.weak
        and m.value >= 1
        and m.value == int(m.value)  # "two thirds of the 90 drones" is a share, not a count
        and not year
    )


def _is_count(c: _Candidate) -> bool:
    return c.unit_kind in _COUNT_KINDS and c.counted is not None and c.low is None


def _is_whole(c: _Candidate, part: _Candidate) -> bool:
    return _is_count(c) and c.num.value >= part.num.value


def _after_link(
    tokens: list[Token], k: int, end: int, links: PhraseTrie, ql: QuantityLanguage
) -> bool:
    """Is ``tokens[k:end]`` a link phrase, maybe followed by one determiner ("of the")?"""
    hit = links.match(tokens, k, ql.forms)
    if hit is None:
        return False
    after = hit[0]
    if after < end and tokens[after].low in ql.words("determiners"):
        after += 1
    return after == end


def _clause_start(tokens: list[Token], k: int) -> bool:
    return k == 0 or tokens[k - 1].kind == "punct" or "\n" in tokens[k].gap


def _opens_clause(tokens: list[Token], first: int, links: PhraseTrie, ql: QuantityLanguage) -> bool:
    """Does a link phrase (maybe with a determiner) end right before token ``first`` and open
    its clause, maybe after one word ("Of the 40 drones", "Загалом з 40 дронів")?"""
    k = first
    if k > 0 and tokens[k - 1].low in ql.words("determiners"):
        k -= 1
    hit = links.match_before(tokens, k, ql.forms) if k > 0 else None
    if hit is None:
        return False
    start = hit[0]
    return _clause_start(tokens, start) or (
        tokens[start - 1].kind == "word" and _clause_start(tokens, start - 1)
    )


def _same_sentence(tokens: list[Token], start: int, end: int) -> bool:
    return all(
        not (t.kind == "punct" and t.low in _SENTENCE_END) and "\n" not in t.gap
        for t in tokens[start:end]
    ) and (end >= len(tokens) or "\n" not in tokens[end].gap)


def _same_paragraph(tokens: list[Token], start: int, end: int) -> bool:
    return all("\n" not in t.gap for t in tokens[start : end + 1])


def _pronoun_next_to(
    tokens: list[Token], c: _Candidate, pronouns: PhraseTrie, ql: QuantityLanguage
) -> bool:
    """Is a pronoun phrase for an earlier count right after or right before the part?"""
    if c.last < len(tokens) and pronouns.match(tokens, c.last, ql.forms) is not None:
        return True  # "34 of them", "34 davon", "34 из них"
    return c.first > 0 and pronouns.match_before(tokens, c.first, ql.forms) is not None


def _inherit(part: _Candidate, whole: _Candidate) -> None:
    part.unit = whole.unit
    part.unit_kind = whole.unit_kind
    part.counted = whole.counted


def inherit_partitive_units(tokens: list[Token], cands: list, ql: QuantityLanguage) -> list:
    """``cands`` (in text order) with each part of a counted whole given the whole's unit."""
    if len(cands) < 2 or not ql.data.get("partitive_counts"):
        return cands
    links, pronouns = _tries(ql)
    for i, part in enumerate(cands):
        if not _is_part(part):
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        prev = cands[i - 1] if i > 0 else None
        if (
            nxt is not None
            and _is_whole(nxt, part)
            and _after_link(tokens, part.tail, nxt.first, links, ql)
        ):
            _inherit(part, nxt)  # "34 of 40 drones"
        elif (
            prev is not None
            and _is_count(prev)
            and prev.num.value <= part.num.value
            and _after_link(tokens, prev.tail, part.first, links, ql)
        ):
            _inherit(part, prev)  # "34 drones out of 40": the whole counts the part's noun
        elif prev is None or not _is_whole(prev, part):
            continue
        elif (
            part.first - prev.tail <= PART_AFTER_WHOLE
            and _opens_clause(tokens, prev.first, links, ql)
            and _same_sentence(tokens, prev.tail, part.first)
        ):
            _inherit(part, prev)  # "Of the 40 drones, 34 were shot down"
        elif (
            part.first - prev.tail <= PRONOUN_REACH
            and _pronoun_next_to(tokens, part, pronouns, ql)
            and _same_paragraph(tokens, prev.tail, part.first)
        ):
            _inherit(part, prev)  # "40 drones ... 34 of them"
    return cands
