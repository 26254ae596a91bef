"""A fraction word without its article before a scale is that share of it ("quarter million",
"quart de million" = 250,000); after an article or determiner it is an ordinal ("the third
million"), which leaves the scale alone. Cases in every supported language."""

from __future__ import annotations

import pytest

from claimgraph.extract.numbers import number_spans

QUARTER_MILLIONS = [
    ("en", "It costs quarter million dollars."),
    ("fr", "Il coûte quart de million d'euros."),
    ("es", "Cuesta cuarto de millón de euros."),
    ("de", "Es kostet Viertel Million Euro."),
    ("ru", "Это стоит четверть миллиона рублей."),
    ("uk", "Це коштує чверть мільйона гривень."),
]


@pytest.mark.parametrize(("lang", "text"), QUARTER_MILLIONS)
def test_quarter_million_is_250000(lang: str, text: str) -> None:
    assert [v for _, _, v in number_spans(text, lang)] == [250000.0]


def test_an_ordinal_after_an_article_is_no_fraction_of_the_scale() -> None:
    assert [v for _, _, v in number_spans("the third million", "en")] == [1e6]
    assert [v for _, _, v in number_spans("el cuarto millón", "es")] == [1e6]
