"""An anonymous source described after a comma ("По словам источника, близкого к Минобороны,
дроны ..."): a reader expects the whole description as the teller's name, and the claim to
start after it, never "близкого к Минобороны" read as part of what the source said."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import find_attributions


@pytest.mark.parametrize(
    ("lang", "text", "teller", "content"),
    [
        (
            "ru",
            "По словам источника, близкого к Минобороны, дроны собраны в Татарстане.",
            "источника, близкого к Минобороны",
            "дроны собраны в Татарстане",
        ),
        (
            "ru",
            "По данным источников, знакомых с ситуацией, дроны собраны в Татарстане.",
            "источников, знакомых с ситуацией",
            "дроны собраны в Татарстане",
        ),
        (
            "uk",
            "За словами джерела, близького до Міноборони, дрони зібрані в Алабузі.",
            "джерела, близького до Міноборони",
            "дрони зібрані в Алабузі",
        ),
        (
            "uk",
            "За словами джерела, обізнаного з ситуацією, дрони зібрані в Алабузі.",
            "джерела, обізнаного з ситуацією",
            "дрони зібрані в Алабузі",
        ),
    ],
)
def test_a_marked_description_after_the_comma_is_part_of_the_teller(
    lang: str, text: str, teller: str, content: str
) -> None:
    [att] = find_attributions(text, lang)
    assert [(s.name, s.type) for s in att.chain] == [(teller, "anonymous")]
    assert text[att.content.start : att.content.end] == content


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        ("ru", "По словам источника, дроны собраны в Татарстане.", "источника"),
        # no marker pair after the comma: the clause after it is what was said
        ("uk", "За словами джерела, близько 40 дронів зібрано в Алабузі.", "джерела"),
    ],
)
def test_without_a_marker_pair_the_teller_ends_at_the_comma(
    lang: str, text: str, teller: str
) -> None:
    [att] = find_attributions(text, lang)
    assert [s.name for s in att.chain] == [teller]
