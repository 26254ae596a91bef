"""A number ending a paragraph counts nothing in the next one: a page's date line
("Monday, March 20, 2023") followed by a menu's "No menu items!" is no count of menu items, and
the claim assembler, which looks for the counted noun in the number's sentence, never reaches
past that sentence."""

from __future__ import annotations

from claimgraph.extract.claims import extract_claims_from_text
from claimgraph.extract.quantities import extract_quantities

PAGE = "Commentaire\n\nMonday, March 20, 2023\n\nNo menu items!\n\nWest warns of Russian-Iranian alliance"


def test_a_number_ending_a_paragraph_counts_nothing_after_it() -> None:
    assert all(q.counted_span is None for q in extract_quantities(PAGE, "en"))


def test_claims_of_a_page_with_a_date_line_before_a_menu() -> None:
    assert extract_claims_from_text(PAGE, "en", None) == []


def test_a_hard_wrapped_line_still_joins_a_number_and_its_noun() -> None:
    (q,) = extract_quantities("Russia plans to build up to 6,000\ndrones by 2025.", "en")
    assert q.counted == "drones"
