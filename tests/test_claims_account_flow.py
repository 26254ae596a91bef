"""An account goes on across a paragraph break and past a removed headline.

Wire copy gives each sentence its own paragraph, and a scraped page may repeat its headline in
the middle of the body (the cleaner removes it). A reader of "Russia launched 15 drones on
Saturday, the Air Force said. [paragraph, maybe a repeated headline] Air defence shot down 10
drones." still reads the 10 as the Air Force's figure for Saturday, about the same Shaheds: an
untold count in the sentence right after a told one keeps the teller, the period and the weapon
counted. (Untold, the next paragraph is the text's own: see test_claims_airforce.)
"""

from __future__ import annotations

import pytest

from claimgraph.extract.claims import extract_claims, extract_claims_from_text
from claimgraph.records import Claim, Document, Published, RemovedSpan, Span, sha256_hex

TOLD = {
    "en": ("Russia launched 15 Shahed drones on Saturday, the Ukrainian Air Force said.",
           "Air defence shot down 10 drones over the south.", "Ukrainian Air Force"),
    "fr": ("La Russie a lancé 15 drones Shahed samedi, a indiqué l'armée de l'air ukrainienne.",
           "La défense aérienne a abattu 10 drones dans le sud.", "l'armée de l'air ukrainienne"),
    "de": ("Am Samstag hat Russland 15 Shahed-Drohnen gestartet, teilte die ukrainische "
           "Luftwaffe mit.", "Die Luftabwehr hat im Süden 10 Drohnen abgeschossen.",
           "ukrainische Luftwaffe"),
    "es": ("Rusia lanzó 15 drones Shahed el sábado, según la Fuerza Aérea de Ucrania.",
           "La defensa antiaérea derribó 10 drones en el sur.", "Fuerza Aérea de Ucrania"),
    "ru": ("Россия в субботу запустила 15 дронов Шахед, сообщили Воздушные силы Украины.",
           "ПВО сбила 10 беспилотников на юге.", "Воздушные силы Украины"),
    "uk": ("Росія в суботу запустила 15 дронів Шахед, повідомили Повітряні сили ЗСУ.",
           "Протиповітряна оборона збила 10 дронів на півдні.", "Повітряні сили ЗСУ"),
}  # fmt: skip

HEADLINE = "Drones over the south"


def _document(text: str, lang: str, body: list[Span], removed: list[RemovedSpan]) -> Document:
    return Document(
        id=sha256_hex(text.encode("utf-8")),
        uri="test",
        text=text,
        language=lang,
        published=Published.unknown(),
        body=body,
        removed=removed,
    )


def _by_value(claims: list[Claim]) -> dict[float, Claim]:
    return {c.quantity.value: c for c in claims if c.quantity and c.quantity.value is not None}


def _check_account(claims: list[Claim], teller: str) -> None:
    found = _by_value(claims)
    launched, downed = found[15.0], found[10.0]
    assert [s.name for s in launched.sources] == [teller]
    assert [s.name for s in downed.sources] == [teller]
    assert downed.modality == "reported"
    assert launched.when is not None and downed.when == launched.when
    # ... and its drones are the Shaheds launched, whoever shot them down
    assert launched.subject == downed.subject == "shahed-136"


@pytest.mark.parametrize("lang", sorted(TOLD))
def test_the_next_paragraph_goes_on_with_the_same_account(lang: str) -> None:
    first, second, teller = TOLD[lang]
    _check_account(extract_claims_from_text(f"{first}\n\n{second}", lang), teller)


@pytest.mark.parametrize("lang", sorted(TOLD))
def test_a_removed_headline_does_not_break_the_account(lang: str) -> None:
    first, second, teller = TOLD[lang]
    text = f"{first}\n\n{HEADLINE}\n\n{second}"
    h = text.index(HEADLINE)
    doc = _document(
        text,
        lang,
        [Span(0, len(first)), Span(h + len(HEADLINE) + 2, len(text))],
        [RemovedSpan(h, h + len(HEADLINE), "repeat-of:0-21")],
    )
    _check_account(extract_claims(doc), teller)


def test_text_left_between_two_body_parts_breaks_the_account() -> None:
    first, second, _ = TOLD["en"]
    text = f"{first}\n\n{HEADLINE}\n\n{second}"
    h = text.index(HEADLINE)
    # the headline is neither body nor removed: the assembler cannot tell what stood there
    doc = _document(text, "en", [Span(0, len(first)), Span(h + len(HEADLINE) + 2, len(text))], [])
    downed = _by_value(extract_claims(doc))[10.0]
    assert downed.sources == [] and downed.when is None


def test_an_untold_count_two_sentences_later_is_the_texts_own() -> None:
    first, second, _ = TOLD["en"]
    text = f"{first}\n\nThe attack lasted all night.\n\n{second}"
    downed = _by_value(extract_claims_from_text(text, "en"))[10.0]
    assert downed.sources == [] and downed.modality == "asserted"
