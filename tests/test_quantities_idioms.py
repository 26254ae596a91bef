"""Number idioms that state no amount ("24 heures sur 24", "24/7", "24 hours a day"): a
factory working round the clock produces no count of 24 anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract.numbers import find_numbers, parse_numbers
from claimgraph.extract.q_lexicon import quantity_language
from claimgraph.extract.q_tokens import tokenize
from claimgraph.extract.quantities import extract_quantities

ROUND_THE_CLOCK = [
    ("en", "The plant runs 24 hours a day, seven days a week, and made 300 drones.", [300.0]),
    ("en", "The line works 24/7 on 3 shifts.", [3.0]),
    ("fr", "L'usine devrait fonctionner 24 heures sur 24 sur une chaîne de production.", []),
    ("fr", "Ouvert 24h/24 et 7j/7, l'atelier assemble 300 drones.", [300.0]),
    ("de", "Die Fabrik arbeitet 24 Stunden am Tag und 7 Tage die Woche an 300 Drohnen.", [300.0]),
    (
        "es",
        "La fábrica trabaja 24 horas al día, 7 días a la semana, y produce 300 drones.",
        [300.0],
    ),
    ("ru", "Завод работает 24 часа в сутки, 7 дней в неделю и выпускает 300 дронов.", [300.0]),
    ("uk", "Завод працює 24 години на добу, 7 днів на тиждень і випускає 300 дронів.", [300.0]),
]


@pytest.mark.parametrize(("lang", "text", "values"), ROUND_THE_CLOCK)
def test_round_the_clock_idioms_are_no_quantities(lang: str, text: str, values: list) -> None:
    assert [q.value for q in extract_quantities(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "The drone flew for 24 hours over the sea.", 24.0, "h"),
        ("fr", "Le drone a volé 24 heures au-dessus de la mer.", 24.0, "h"),
        ("de", "Die Drohne flog 24 Stunden über dem Meer.", 24.0, "h"),
        ("es", "El dron voló 24 horas sobre el mar.", 24.0, "h"),
        ("ru", "Дрон летал 24 часа над морем.", 24.0, "h"),
        ("uk", "Дрон літав 24 години над морем.", 24.0, "h"),
    ],
)
def test_a_plain_duration_is_still_read(lang: str, text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text, lang)] == [(value, unit)]


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "ru", "uk"])
def test_a_date_written_like_the_idiom_is_not_taken_for_it(lang: str) -> None:
    # "24/7/2023" is a date and "1/24/7" a path: the idiom must stand alone, so the quantity
    # layer still sees their numbers (and decides about dates itself)
    ql = quantity_language(lang)
    for text, values in (("24/7/2023", [24.0, 7.0, 2023.0]), ("1/24/7", [1.0, 24.0, 7.0])):
        tokens = tokenize(text, ql.elisions)
        assert [m.value for m in find_numbers(tokens, ql)] == values
    tokens = tokenize("(24/7)", ql.elisions)
    assert find_numbers(tokens, ql) == []


def test_the_number_layer_keeps_the_idioms_numbers() -> None:
    assert [v for _, v in parse_numbers("ouvert 24/7", "fr")] == [24.0, 7.0]


def test_sample_002_has_no_count_of_24_production_lines(seeds_dir: Path) -> None:
    path = next(seeds_dir.glob("002_*.txt"))
    text = path.read_text(encoding="utf-8")
    found = extract_quantities(text, "fr")
    assert not [q for q in found if q.value == 24.0]
    assert any(q.value == 6000.0 and q.unit == "unit" for q in found)
