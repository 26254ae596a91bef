"""Collective numerals (uk двоє, троє, п'ятеро; ru двое, трое, пятеро) count people: the
counted noun after them, or persons when none follows ("погибли двое")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.extract.quantities import extract_quantities

runner = CliRunner()


def _counts(text: str, lang: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(q.value, q.unit, q.counted) for q in extract_quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "uk",
            "Внаслідок обстрілу загинули двоє людей, ще троє поранених госпіталізовані.",
            [(2.0, "person", "людей"), (3.0, "wounded", "поранених")],
        ),
        ("uk", "У Харкові загинули двоє.", [(2.0, "person", None)]),
        ("uk", "Поранення дістали п'ятеро військових.", [(5.0, "person", "військових")]),
        (
            "ru",
            "В результате обстрела погибли двое, трое раненых доставлены в больницу.",
            [(2.0, "person", None), (3.0, "wounded", "раненых")],
        ),
        ("ru", "Ранения получили пятеро военных.", [(5.0, "person", "военных")]),
        (
            "ru",
            "Двое погибли, ещё четверых госпитализировали.",
            [(2.0, "person", None), (4.0, "person", None)],
        ),
    ],
)
def test_collective_numerals_count_people(
    lang: str, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert _counts(text, lang) == expected


def test_collective_numeral_keeps_its_own_counted_noun() -> None:
    assert _counts("Погибли двое журналистов.", "ru") == [(2.0, "журналист", "журналистов")]


def test_cardinals_are_unchanged() -> None:
    assert _counts("Загинули дві людини.", "uk") == [(2.0, "person", "людини")]
    # the oblique cardinal "двох" is no collective: it does not default to persons
    assert [q.unit for q in extract_quantities("Збито двох з п'яти дронів.", "uk")] != [
        "person",
        "person",
    ]


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es"])
def test_no_collective_numerals_elsewhere(lang: str) -> None:
    # languages without collective numerals read a bare small number as no count of people
    text = {
        "en": "Two died.",
        "fr": "Deux sont morts.",
        "de": "Zwei starben.",
        "es": "Dos murieron.",
    }[lang]
    assert all(q.unit != "person" for q in extract_quantities(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("uk", "Унаслідок ракетного удару по Харкову загинули двоє.", 2.0),
        ("uk", "Загинули п'ятеро військових.", 5.0),
        ("ru", "В результате обстрела погибли трое.", 3.0),
    ],
)
def test_extract_gives_a_killed_claim_for_a_collective(
    tmp_path: Path, lang: str, text: str, value: float
) -> None:
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    shown = runner.invoke(app, ["extract", "--lang", lang, "--json", str(source)])
    assert shown.exit_code == 0, shown.output
    killed = [c for c in json.loads(shown.output) if c["measure"] == "killed"]
    assert [(c["value"], c["unit"]) for c in killed] == [(value, "person")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Унаслідок обстрілу загинули двоє людей, троє поранених."),
        ("ru", "В результате обстрела погибли двое, трое раненых госпитализированы."),
    ],
)
def test_the_wounded_are_no_dead(tmp_path: Path, lang: str, text: str) -> None:
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    shown = runner.invoke(app, ["extract", "--lang", lang, "--json", str(source)])
    assert shown.exit_code == 0, shown.output
    killed = [c["value"] for c in json.loads(shown.output) if c["measure"] == "killed"]
    assert killed == [2.0]


def test_a_unit_after_a_collective_stays_its_unit() -> None:
    # "двое суток": a collective before a pluralia tantum noun measures time, not people
    assert _counts("Бои за город шли двое суток.", "ru") == [(2.0, "day", None)]
    assert _counts("Бої за місто тривали двоє діб.", "uk") == [(2.0, "day", None)]
    assert _counts("Двоє з них загинули на місці.", "uk") == [(2.0, "person", None)]
