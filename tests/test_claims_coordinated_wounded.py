"""Casualty reports coordinate the dead and the wounded with a bare count after "and"
("Tres personas murieron y 12 resultaron heridas"): the count is the subject of the verb
after it, never a count of that verb's object ("resultaron heridas", "получили ранения"),
so the 12 is an injured figure in every language."""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.entities import extract_mentions
from claimgraph.extract.quantities import extract_quantities


def _measures(text: str, lang: str) -> dict[float, str | None]:
    claims = extract_claims_from_text(text, lang, "2025-11-22")
    return {c.quantity.value: c.measure for c in claims if c.quantity is not None}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three people were killed and 12 were injured."),
        ("en", "Three people were killed and 12 suffered injuries."),
        ("fr", "Trois personnes ont été tuées et 12 ont été blessées."),
        ("fr", "Trois personnes sont mortes et 12 ont été blessées."),
        ("de", "Drei Menschen wurden getötet und 12 wurden verletzt."),
        ("de", "Drei Menschen wurden getötet, 12 erlitten Verletzungen."),
        ("es", "Tres personas murieron y 12 resultaron heridas."),
        ("es", "Tres personas murieron y 12 sufrieron heridas."),
        ("ru", "Три человека погибли и 12 получили ранения."),
        ("uk", "Троє людей загинули і 12 отримали поранення."),
    ],
)
def test_the_dead_and_the_wounded_after_and(lang: str, text: str) -> None:
    assert _measures(text, lang) == {3: "killed", 12: "injured"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Three people were killed and 12 suffered injuries."),
        ("de", "Drei Menschen wurden getötet, 12 erlitten Verletzungen."),
        ("es", "Tres personas murieron y 12 resultaron heridas."),
        ("ru", "Три человека погибли и 12 получили ранения."),
        ("uk", "Троє людей загинули і 12 отримали поранення."),
    ],
)
def test_a_verb_after_a_bare_count_is_not_what_it_counts(lang: str, text: str) -> None:
    twelve = [q for q in extract_quantities(text, lang) if q.value == 12]
    assert [q.counted for q in twelve] == [None]


@pytest.mark.parametrize(
    ("lang", "text", "counted"),
    [
        ("es", "En Járkov 12 personas resultaron heridas.", "personas"),
        ("ru", "В Белгороде 12 человек получили ранения.", "человек"),
        ("uk", "У Харкові 12 людей отримали поранення.", "людей"),
        ("ru", "Россия получила 12 новых беспилотников.", "новых беспилотников"),
    ],
)
def test_a_noun_after_the_count_is_still_counted(lang: str, text: str, counted: str) -> None:
    [q] = extract_quantities(text, lang)
    assert (q.value, q.counted) == (12, counted)


def test_a_collective_numeral_opening_the_sentence_is_no_place() -> None:
    # "Троє" (three people) once resolved to Troy, which then became the claim's subject
    claims = extract_claims_from_text("Троє людей загинули, ще 12 поранені.", "uk")
    assert [(c.measure, c.place) for c in claims] == [("killed", None), ("injured", None)]


def test_a_german_number_word_opening_the_sentence_names_no_one() -> None:
    # German capitalises "Menschen": "Drei Menschen" once read as a person's name
    claims = extract_claims_from_text("Drei Menschen wurden getötet und 12 wurden verletzt.", "de")
    assert [(c.measure, c.subject) for c in claims] == [("killed", None), ("injured", None)]


def test_a_number_word_heading_a_hyphen_compound_stays_in_it() -> None:
    found = [m.text for m in extract_mentions("Die Zwei-Faktor-Authentifizierung fehlt.", "de")]
    assert "Zwei-Faktor-Authentifizierung" in found
