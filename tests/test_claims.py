"""Claims, as a reader of the sample articles would check them, and per language."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.clean import clean_document
from claimgraph.extract.claims import extract_claims, extract_claims_from_text
from claimgraph.readers import read_sources
from claimgraph.records import Claim, Document, RawDocument


def _doc(seeds_dir: Path, name: str) -> Document:
    items = [i for i in read_sources([str(seeds_dir / name)]) if isinstance(i, RawDocument)]
    return clean_document(items[0])


def _claim(claims: list[Claim], quote: str, inside: str) -> Claim:
    found = [
        c
        for c in claims
        if c.quantity is not None and c.quantity.text == quote and inside in c.evidence_text
    ]
    assert found, f"no claim {quote!r} in a sentence with {inside!r}"
    return found[0]


@pytest.fixture(scope="module")
def rnd(seeds_dir: Path) -> tuple[Document, list[Claim]]:
    doc = _doc(seeds_dir, "000_417ffefe938d1bfc.txt")
    return doc, extract_claims(doc)


def test_the_wsj_figure_is_relayed_by_rnd_from_unnamed_us_officials(rnd) -> None:
    doc, claims = rnd
    c = _claim(claims, "6,000", "the aim is to produce")
    assert (c.quantity.value, c.quantity.unit, c.quantity.bound) == (6000, "drone", "<=")
    assert c.sources[0].name == "rnd"
    assert c.sources[-1].name == "unnamed US officials" and c.sources[-1].type == "anonymous"
    assert any(s.entity_id == "wsj" for s in c.sources)
    assert c.modality == "reported"
    assert c.measure == "production_target"
    # The evidence is the sentence, with offsets into the stored text.
    assert doc.text[c.evidence.start : c.evidence.end] == c.evidence_text
    assert doc.text[c.quantity.span.start : c.quantity.span.end] == "6,000"


def test_rnd_own_voice_and_the_spokesman(rnd) -> None:
    _, claims = rnd
    own = _claim(claims, "6,000", "the Kremlin wants to build a factory")
    assert [s.name for s in own.sources] == ["rnd"]
    shot = _claim(claims, "500", "shot down")
    assert shot.measure == "intercepted" and shot.quantity.bound == "~"
    assert shot.sources[-1].name == "Yuriy Ihnat"
    later = _claim(claims, "1000", "not even been delivered")
    assert later.measure == "undelivered"
    assert later.quantity.unit == "drone"  # "1000 of them": the drones counted just before
    assert later.quantity.bound == ">"


def test_the_ledger_records_a_dated_event_without_a_number(rnd) -> None:
    _, claims = rnd
    events = [c for c in claims if c.quantity is None and c.measure == "facility_opened"]
    assert events, "the Tajikistan factory inauguration is an event claim"
    event = events[0]
    assert "Iran inaugurated a drone-making factory in Tajikistan" in (event.proposition or "")
    assert event.when is not None and event.when.start == "2022-05-01"
    assert event.sources[-1].name.endswith("Institute for the Study of War")
    assert event.to_dict()["value"] is None


def test_miles_are_normalised_and_the_contract_value_is_money(seeds_dir: Path) -> None:
    claims = extract_claims(_doc(seeds_dir, "001_4884c0e8cb92d681.txt"))
    miles = _claim(claims, "600 miles", "Alabuga")
    record = miles.to_dict()
    assert record["unit"] == "mi" and record["si"]["unit"] == "km"
    assert record["si"]["value"] == pytest.approx(965.6, abs=0.1)
    assert record["measure"] == "distance"
    money = _claim(claims, "$ 1.75 billion", "contract")
    assert (money.quantity.value, money.quantity.unit, money.measure) == (
        1.75e9,
        "USD",
        "contract_value",
    )
    rate = _claim(claims, "5,500 units per month", "Alabuga")
    assert rate.quantity.unit == "drone/month" and rate.measure == "production_rate"
    later = _claim(claims, "$ 70,000", "fell")
    assert later.measure == "unit_cost"  # carried from the previous sentence of the quote
    assert later.when is not None and later.when.start == "2025-01-01"


def test_the_french_report_relays_the_washington_post_once(seeds_dir: Path) -> None:
    doc = _doc(seeds_dir, "002_c439a4a123958bf1.txt")
    claims = extract_claims(doc)
    six = [c for c in claims if c.quantity is not None and c.quantity.text == "6 000"]
    assert len(six) == 1, "the repeated body is not counted twice"
    c = six[0]
    assert (c.quantity.value, c.quantity.unit) == (6000, "drone")
    assert c.sources[0].name == "i24" and "Washington Post" in c.sources[-1].name
    assert c.when is not None and c.when.end is not None and c.when.end.startswith("2025")
    assert c.language == "fr"
    rng = _claim(claims, "1 600 kilomètres", "portée")
    assert (rng.measure, rng.quantity.bound) == ("range", ">")


def test_a_number_without_a_tracked_measure_is_not_a_claim() -> None:
    claims = extract_claims_from_text("The museum has 12 rooms and 3 cafés.", "en")
    assert claims == []


def test_a_watched_name_with_digits_is_not_a_quantity() -> None:
    claims = extract_claims_from_text("Russia launched Shahed 136 attack drones at Kyiv.", "en")
    assert all(c.quantity is None or c.quantity.value != 136 for c in claims)


AIR_FORCE = {
    "en": (
        "Overnight Russia launched 48 Shahed-136 drones and two Iskander-M missiles, the "
        "Ukrainian Air Force said. Air defence shot down 41 drones over the Odesa, Mykolaiv "
        "and Kharkiv regions, the Air Force said.",
        ["launched", "launched", "intercepted"],
    ),
    "fr": (
        "Selon l'armée de l'air ukrainienne, la Russie a lancé 48 drones Shahed-136 dans la nuit. "
        "La défense aérienne a abattu 41 drones au-dessus des régions d'Odessa et de Kharkiv.",
        ["launched", "intercepted"],
    ),
    "de": (
        "In der Nacht hat Russland 48 Drohnen vom Typ Shahed-136 gestartet, teilte die "
        "ukrainische Luftwaffe mit. Die Luftabwehr habe 41 Drohnen abgeschossen.",
        ["launched", "intercepted"],
    ),
    "es": (
        "Rusia lanzó 48 drones Shahed-136 durante la noche, según la Fuerza Aérea de Ucrania. "
        "La defensa antiaérea derribó 41 drones sobre Odesa y Járkov.",
        ["launched", "intercepted"],
    ),
    "ru": (
        "В ночь на субботу противник атаковал Украину 48 ударными БпЛА типа Шахед-136, "
        "сообщили Воздушные силы ВСУ. Силами ПВО сбиты 41 беспилотник.",
        ["launched", "intercepted"],
    ),
    "uk": (
        "У ніч на суботу ворог атакував 48 ударними БпЛА типу Шахед-136, повідомили Повітряні "
        "сили ЗСУ. Силами ППО збито 41 ударний БпЛА, заявив речник Повітряних сил Юрій Ігнат.",
        ["launched", "intercepted"],
    ),
}


@pytest.mark.parametrize("lang", sorted(AIR_FORCE))
def test_an_air_force_overnight_summary_in_every_language(lang: str) -> None:
    text, measures = AIR_FORCE[lang]
    claims = extract_claims_from_text(text, lang, "2024-05-18", outlet="wire")
    numeric = [c for c in claims if c.quantity is not None]
    assert [c.measure for c in numeric] == measures
    launched = numeric[0]
    assert (launched.quantity.value, launched.quantity.unit) == (48, "drone")
    assert launched.subject == "shahed-136"
    assert launched.sources[0].name == "wire"
    intercepted = numeric[-1]
    assert (intercepted.quantity.value, intercepted.quantity.unit) == (41, "drone")
    for c in claims:
        assert text[c.evidence.start : c.evidence.end] == c.evidence_text
        assert c.language == lang


@pytest.mark.parametrize(
    ("lang", "text", "teller"),
    [
        (
            "en",
            "Russia launched 48 drones overnight, the Ukrainian Air Force said.",
            "ukrainian-air-force",
        ),
        (
            "ru",
            "Россия запустила 48 дронов, сообщили Воздушные силы Украины.",
            "ukrainian-air-force",
        ),
        ("uk", "Росія запустила 48 дронів, повідомили Повітряні сили ЗСУ.", "ukrainian-air-force"),
    ],
)
def test_a_watched_teller_keeps_its_words_and_gains_its_id(
    lang: str, text: str, teller: str
) -> None:
    claims = extract_claims_from_text(text, lang)
    assert claims and claims[0].sources[-1].entity_id == teller
    assert claims[0].sources[-1].name in text


def test_relative_dates_resolve_only_with_a_publication_date() -> None:
    text = "On Saturday Russia launched 15 Shahed drones at Odesa."
    dated = extract_claims_from_text(text, "en", "2022-12-12")[0]
    assert dated.when is not None and dated.when.start == "2022-12-10"
    undated = extract_claims_from_text(text, "en")[0]
    assert undated.when is not None and undated.when.start is None
    assert undated.when.text == "On Saturday" or "Saturday" in undated.when.text


def test_denials_and_the_retraction_of_the_white_house_figure(seeds_dir: Path) -> None:
    claims = extract_claims(_doc(seeds_dir, "004_f5a9a532205b37f8.txt"))
    several = _claim(claims, "several hundred", "UAVs")
    assert (several.quantity.value, several.quantity.bound) == (300, "<=")
    assert several.sources[-1].name == "White House"
    assert several.modality == "retracted"
    retraction = next(c for c in claims if c.measure == "retraction")
    assert "retracted the claim" in retraction.evidence_text
    assert retraction.targets == several.evidence
    denial = [c for c in claims if c.measure == "denial"]
    assert any("won’t help either of the sides" in (c.proposition or "") for c in denial)


def test_a_french_denial_is_a_claim(seeds_dir: Path) -> None:
    claims = extract_claims(_doc(seeds_dir, "002_c439a4a123958bf1.txt"))
    denial = [c for c in claims if c.modality == "denied" and c.quantity is None]
    assert any("l'attaque avait échoué" in (c.proposition or "") for c in denial)


def test_every_quantity_span_points_into_the_text_it_was_read_from() -> None:
    """The figure, its bound phrase and its counted noun are spans into the stored text, also
    after the first paragraph (a reader clicks on "up to" and lands on "up to")."""
    from claimgraph.extract.claims import extract_claims_from_text

    text = (
        "Intro line.\n\n"
        "The Wall Street Journal reports that the aim is to produce up to 6,000 drones for "
        "attacks on Ukraine."
    )
    (claim,) = [c for c in extract_claims_from_text(text, "en") if c.quantity is not None]
    q = claim.quantity
    assert text[q.span.start : q.span.end] == "6,000"
    assert q.bound_span is not None and text[q.bound_span.start : q.bound_span.end] == "up to"
    assert (
        q.counted_span is not None and text[q.counted_span.start : q.counted_span.end] == "drones"
    )
