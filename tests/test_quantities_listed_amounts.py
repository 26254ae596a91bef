"""Amounts listed side by side with their currency signs ("10 € 30 €", "$ 20,000 $ 37,305"):
each sign belongs to one amount, so both amounts are read; a code repeated after a signed
amount ("$ 5 million US dollars") still belongs to it. Cases in every supported language."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities import extract_quantities


def _brief(text: str, lang: str) -> list[tuple]:
    return [(q.value, q.unit, q.text) for q in extract_quantities(text, lang)]


LISTS = [
    (
        "en",
        "Costs were $ 20,000 $ 37,305 in total",
        [(20000.0, "USD", "$ 20,000"), (37305.0, "USD", "$ 37,305")],
    ),
    ("fr", "Les frais : 10 € 30 €", [(10.0, "EUR", "10 €"), (30.0, "EUR", "30 €")]),
    ("es", "Gastos: € 10 € 30", [(10.0, "EUR", "€ 10"), (30.0, "EUR", "€ 30")]),
    ("de", "Kosten: 10 € 30 €", [(10.0, "EUR", "10 €"), (30.0, "EUR", "30 €")]),
    ("ru", "Расходы: 10 € 30 €", [(10.0, "EUR", "10 €"), (30.0, "EUR", "30 €")]),
    ("uk", "Витрати: 10 € 30 €", [(10.0, "EUR", "10 €"), (30.0, "EUR", "30 €")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LISTS)
def test_listed_amounts_each_keep_their_sign(lang: str, text: str, expected: list[tuple]) -> None:
    assert _brief(text, lang) == expected


def test_a_code_repeated_after_a_signed_amount_belongs_to_it() -> None:
    assert _brief("Costs were $ 5 million US dollars", "en") == [
        (5e6, "USD", "$ 5 million US dollars")
    ]


def test_listed_amounts_in_two_currencies_each_keep_their_code() -> None:
    assert _brief("10 rmb 20 usd", "en") == [(10.0, "CNY", "10 rmb"), (20.0, "USD", "20 usd")]


RENMINBI = [
    ("en", "He paid 40 rmb for it."),
    ("fr", "Il a payé 40 rmb."),
    ("es", "Pagó 40 rmb."),
    ("de", "Er zahlte 40 rmb."),
    ("ru", "Он заплатил 40 rmb."),
    ("uk", "Він заплатив 40 rmb."),
]


@pytest.mark.parametrize(("lang", "text"), RENMINBI)
def test_rmb_after_the_amount_is_the_renminbi(lang: str, text: str) -> None:
    assert _brief(text, lang) == [(40.0, "CNY", "40 rmb")]
